#pragma once
#include "parse/facts/fact_text.hpp"
#include "parse/facts/triggers.hpp"

namespace clausecheck::parse {

// The facts built on figures in one paragraph: dates, periods, deadlines,
// durations, quantities, thresholds and targets. Only the places where a
// figure may start (Triggers::figures) are tried.
void scan_figures(ScanContext& context, FactSink& sink, const Triggers& triggers);

}  // namespace clausecheck::parse
