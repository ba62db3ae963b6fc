#pragma once
#include <string>
#include <vector>

#include "model/date.hpp"

namespace clausecheck::rules {

// The jurisdiction profile: validity caps of normative documents (行政规范性文件).
// The default is the figure common to the provincial rules (e.g. 上海市 2010 令第26号 第二十六条).
struct Profile {
  std::string name = "default";
  int normative_cap_years = 5;
  int trial_cap_years = 2;
};

// Everything a run needs besides the rules and the files: from the config and the CLI.
struct RunSettings {
  Date as_of;                     // status date; the CLI defaults it to today
  int warning_days = 90;          // `expiring` within this many days
  bool civil_code_count = false;  // 民法典 第二百零一条: the first day does not count
  Profile profile;
  // The document types that make rules and so must state a validity period;
  // a notice that carries one of them counts too. Never 报告.
  std::vector<std::string> normative_types = {"办法", "规定", "细则", "措施"};
};

}  // namespace clausecheck::rules
