#pragma once
#include <functional>
#include <vector>

#include "diff/change_set.hpp"

namespace clausecheck::diff {

// The changes between the typed facts of two versions of a clause (or of a
// document's own facts). Facts are paired by kind, and within a kind by
// subject (a threshold's subject, a target's indicator), then by position;
// a pair whose value is the same is no change. Unpaired facts are reported as
// added (no old_fact) or removed (no new_fact). A quantity inside a threshold
// or target (the 2% of 不超过2%) goes with it and is not compared on its own.
std::vector<FactChange> compare_facts(const std::vector<Fact>& old_facts, const std::vector<Fact>& new_facts);

// The same over the facts of several clauses a side, taken together: an article
// split into several compared with all its pieces, several merged into one with
// it (a fine that went to the piece split off is not removed). Each group is
// one clause's facts; the changes point into them.
// With `part`, facts pair only with facts of the same part ("" for most): a
// document's header dates only with the same header dates, never with a date
// of its closing lines.
using FactGroups = std::vector<const std::vector<Fact>*>;
std::vector<FactChange> compare_facts(const FactGroups& old_groups, const FactGroups& new_groups,
                                      const std::function<std::string(const Fact&)>& part = {});

// Whether two fact values mean the same (ignoring the text they were read from).
bool same_value(const FactValue& a, const FactValue& b);

}  // namespace clausecheck::diff
