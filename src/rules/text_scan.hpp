#pragma once
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "model/parsed_file.hpp"
#include "rules/check.hpp"
#include "rules/rule_fields.hpp"

namespace clausecheck::rules {

// The source ranges a text rule reads at its scope: the whole file (gazette),
// each top-level document from its title to its last text (document), or
// each clause's own text before its children (clause).
void for_each_region(const ParsedFile& file, Scope scope, const std::function<void(Span, Place)>& fn);

// An RE2 pattern from a rule field; a bad pattern is an InputError at the field.
std::shared_ptr<const RE2> regex_field(const RuleFields& fields, const std::string& key, const std::string& pattern);

// The RE2 pattern of a rule field, compiled when a text first needs it. A
// built-in pack's pattern is compiled at its first use: one whose `requires:`
// literal no line holds is never compiled ([\p{Han}]{1,12} alone costs millions
// of instructions, more than checking a small file). A pack file's pattern is
// compiled as the pack loads, so that a bad one is an error at its field
// before any document is read. `group` is a capture the rule reads: past the
// pattern's groups it is an error at the field "group".
class LazyRegex {
 public:
  LazyRegex(const RuleFields& fields, const std::string& key, std::string pattern, int group = 0);
  const RE2& get() const;

 private:
  std::string pattern_;
  int group_;
  std::string pack_;  // the pack's path and the places of the two fields, for an error at first use
  Location at_, group_at_;
  mutable std::once_flag once_;
  mutable std::shared_ptr<const RE2> re_;
};

// Patterns whose matches excuse an overlapping finding (names, quotations, allowed words).
class Exceptions {
 public:
  Exceptions() = default;
  Exceptions(const RuleFields& fields, const std::string& key);
  // True when an exception matches on the same line as `span` and overlaps it.
  bool excuse(const std::string& text, Span span) const;

 private:
  std::vector<std::shared_ptr<const RE2>> patterns_;
};

// The literals a match of a pattern must hold, as RE2's prefilter tells them
// (FilteredRE2): a region that holds none of them is not searched. A search of
// the whole text for 截止目前|截止到|… runs RE2's DFA over every byte; looking
// for the literals runs memchr. Where the prefilter can tell nothing (a
// pattern of character classes), or its literals, which it lowercases, hold a
// cased letter, every region may match.
class LiteralFilter {
 public:
  explicit LiteralFilter(const std::string& pattern);
  bool may_match(const std::string& text, Span region) const;
  // The pattern as the filter compiled it (RE2::Quiet, as regex_field does), to
  // search with rather than compile it twice; none when it is no pattern.
  const RE2* regex() const { return compiled_ ? &filter_.GetRE2(0) : nullptr; }

 private:
  re2::FilteredRE2 filter_;
  std::vector<std::string> atoms_;
  bool compiled_ = false;
  bool usable_ = false;
};

// The lines of text[region] that contain `literal` (all of region when it is
// empty): a cheap search that lets a pattern skip text it cannot match.
void for_each_line_with(const std::string& text, Span region, const std::string& literal,
                        const std::function<void(Span line)>& fn);

// Every match of `re` in text[region] that holds a character, as source spans
// of capture `group`; an empty match (x* matches everywhere) is stepped past.
void for_each_match(const RE2& re, const std::string& text, Span region, int group,
                    const std::function<void(Span match, const std::vector<std::string>& groups)>& fn);

}  // namespace clausecheck::rules
