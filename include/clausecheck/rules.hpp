#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clausecheck/export.hpp"
#include "clausecheck/model.hpp"

namespace clausecheck {

// A set of rules (docs/rules.md), as a handle: the engine's rules are built
// from YAML and regular expressions the library keeps to itself. Copies share
// the rules, which never change once loaded.
class CLAUSECHECK_API Rules {
 public:
  // The built-in packs: validity, format, consistency, typos.
  static Rules builtin();
  // What `clausecheck check --rules` takes: a pack file (.yaml, .yml), a
  // folder of packs, or a built-in pack's name. Throws InputError.
  static Rules load(const std::string& spec);
  // One pack from YAML text; `origin` names it in errors. Throws InputError.
  static Rules from_yaml(const std::string& yaml, const std::string& origin = "<yaml>");

  // The rules' ids (validity.expired), in pack order.
  std::vector<std::string> ids() const;

  // The library's side of the handle, complete only inside it.
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Rules(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

// What a check needs besides the rules and the files.
struct CheckOptions {
  std::optional<std::chrono::year_month_day> as_of;  // validity is judged on this day; none: today (local, TZ)
  int warning_days = 90;                             // `expiring` within this many days
  bool civil_code_count = false;  // 民法典 第二百零一条: a period's first day does not count
};

// Runs the rules (all but change rules) over the files, as `clausecheck check`
// does without config, baseline or suppressions. Findings come sorted by
// file, line, column and rule, fingerprints filled.
CLAUSECHECK_API std::vector<Finding> check(const Rules& rules, const std::vector<ParsedFile>& files,
                                           const CheckOptions& options = {});

}  // namespace clausecheck
