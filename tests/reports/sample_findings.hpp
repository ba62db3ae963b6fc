#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "model/finding.hpp"
#include "rules/rule_meta.hpp"

namespace clausecheck::testing {

inline Finding make_finding(std::string rule, Severity severity, std::string message, std::string file, Location at,
                            std::string evidence, std::string anchor) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.message = std::move(message);
  f.file = std::move(file);
  f.location = at;
  f.evidence = std::move(evidence);
  f.anchor = std::move(anchor);
  return f;
}

// Three findings like the ones the seed and the drafts give: a typo with a
// fix, a bracket error and an expired document.
inline std::vector<Finding> sample_findings() {
  std::vector<Finding> out;
  out.push_back(make_finding("typos.repeat", Severity::warning, "疑似重复字“统筹筹”", "examples/seed.txt", {120, 7},
                             "统筹筹", "政府工作报告/三"));
  out.back().span = {4000, 4009};
  out.back().fix = "统筹";
  out.push_back(make_finding("format.doc-number-brackets", Severity::error, "文号应使用六角括号〔〕：驻政[2023]9号",
                             "drafts/wrong brackets.txt", {3, 1}, "驻政[2023]9号", "驻政[2023]9号"));
  out.back().span = {40, 57};
  out.push_back(make_finding("validity.expired", Severity::info, "驻政〔2023〕9号 已于2024-03-03失效",
                             "examples/seed.txt", {641, 13}, "有效期一年", "驻政〔2023〕9号"));
  out.back().span = {90000, 90015};
  return out;
}

inline std::vector<RuleMeta> sample_rules() {
  RuleMeta typo{
      "typos.repeat", Severity::warning, "疑似重复字“{evidence}”", "重复的字", "PDF 与录入常见的重复字。", "repetition",
      "fact",         "typos",           "<builtin>/typos.yaml:3", ""};
  RuleMeta brackets{"format.doc-number-brackets",
                    Severity::error,
                    "文号应使用六角括号〔〕：{evidence}",
                    "文号括号",
                    "GB/T 9704-2012 7.2.4：年份用六角括号〔〕括入。",
                    "pattern",
                    "document",
                    "format",
                    "<builtin>/format.yaml:10",
                    ""};
  RuleMeta expired{"validity.expired",
                   Severity::info,
                   "{doc.number} 已失效",
                   "已失效的文件",
                   "有效期届满。",
                   "expiry",
                   "document",
                   "validity",
                   "<builtin>/validity.yaml:5",
                   ""};
  RuleMeta quiet{"validity.not-yet-effective",
                 Severity::warning,
                 "{doc.number} 尚未施行",
                 "尚未施行",
                 "",
                 "expiry",
                 "document",
                 "validity",
                 "<builtin>/validity.yaml:20",
                 ""};
  return {typo, brackets, expired, quiet};
}

// A fresh empty directory under the system temp dir, removed by the destructor.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("clausecheck-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

}  // namespace clausecheck::testing
