#pragma once
#include <memory>
#include <vector>

#include "model/parsed_file.hpp"
#include "rules/check.hpp"
#include "model/finding.hpp"
#include "rules/rule.hpp"
#include "rules/run_settings.hpp"

namespace clausecheck::rules {

// What the rules made of one file: the findings of the rules that read it
// alone, and the notes of those that read across files.
struct FileFindings {
  std::vector<Finding> findings;
  std::vector<std::size_t> rule_of;              // the index of the rule that made each finding
  std::vector<std::unique_ptr<FileNote>> notes;  // by rule index; null for a per_file() rule
};

// A run of the rules (except change rules) over files streamed through it:
// check() each file on any thread, as soon as it is parsed, then add() what it
// gave on one thread in input order, and the file can go. The run keeps the
// findings and the notes (Check::note), never a file. finish() decides the
// rules that read across files and returns every finding sorted by file,
// line, column and rule (then rule order, then the order each rule found
// them in: the same for any scheduling); anchors and messages filled,
// fingerprints left to the baseline code.
class RuleRun {
 public:
  // `texts`: the text of every file added, again, in order (Check::decide), for
  // a run that no longer holds its files.
  RuleRun(const std::vector<Rule>& rules, const RunSettings& settings, TextPass texts);
  // `lanes`: threads the rules of this file may spread over (the cores a run of fewer files than jobs
  // leaves idle); the findings are the same for any number.
  FileFindings check(const ParsedFile& file, unsigned lanes = 1) const;
  void add(FileFindings file);
  std::vector<Finding> finish();

 private:
  // Rule r over `input`'s one file: its findings appended, or its note set.
  void check_rule(std::size_t r, const RunInput& input, std::vector<Finding>& findings,
                  std::unique_ptr<FileNote>& note) const;

  const std::vector<Rule>& rules_;
  const RunSettings& settings_;
  TextPass texts_;
  std::vector<Finding> findings_;
  std::vector<std::size_t> rule_of_;
  std::vector<std::vector<std::unique_ptr<FileNote>>> notes_;  // by rule, then by file
};

// A RuleRun over files already parsed.
std::vector<Finding> run_rules(const std::vector<Rule>& rules, const std::vector<ParsedFile>& files,
                               const RunSettings& settings);

// Runs the `change` rules over the changes between two versions (for `diff`).
std::vector<Finding> run_change_rules(const std::vector<Rule>& rules, const std::vector<Change>& changes,
                                      const RunSettings& settings);

// The rules of every pack, in pack order.
std::vector<Rule> all_rules(const std::vector<Pack>& packs);

}  // namespace clausecheck::rules
