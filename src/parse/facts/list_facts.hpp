#pragma once
#include <optional>

#include "model/fact.hpp"
#include "parse/facts/fact_text.hpp"
#include "parse/facts/triggers.hpp"

namespace clausecheck::parse {

// （责任单位：市科技局、市市场监管局，各县区政府）, and the bare parenthesised
// list of units that ends an item of an 实施意见: （市工信局、市发改委）.
void scan_responsibility(FactSink& sink, const Triggers& triggers);

// 《河南省见义勇为人员奖励和保障条例》, （豫政〔2021〕27号）, 豫财综〔2022〕77号. A document's
// own number (`own`) is not a reference.
void scan_references(FactSink& sink, const Triggers& triggers, const std::optional<DocNumber>& own);

}  // namespace clausecheck::parse
