#pragma once
#include "parse/facts/fact_text.hpp"

namespace clausecheck::parse {

// The facts built on figures in one paragraph: dates, periods, deadlines,
// durations, quantities, thresholds and targets. Only places where a figure
// starts (a digit, a Chinese numeral, 半) are tried, so the scan costs little
// where there are none.
void scan_figures(ScanContext& context, FactSink& sink);

}  // namespace clausecheck::parse
