#include "ingest/ignore_rules.hpp"

#include <cstddef>

namespace clausecheck::ingest {

namespace {

// The end of the character class opening at `pattern[i]` ('['), or npos when
// it is not closed (then the '[' is a plain character, as in git).
std::size_t class_end(std::string_view pattern, std::size_t i) {
  std::size_t j = i + 1;
  if (j < pattern.size() && (pattern[j] == '!' || pattern[j] == '^')) ++j;
  if (j < pattern.size() && pattern[j] == ']') ++j;  // a ']' first is a member
  for (; j < pattern.size(); ++j)
    if (pattern[j] == ']') return j;
  return std::string_view::npos;
}

bool in_class(std::string_view cls, char c) {  // cls: between '[' and ']'
  bool negated = false;
  std::size_t i = 0;
  if (!cls.empty() && (cls[0] == '!' || cls[0] == '^')) negated = true, i = 1;
  bool found = false;
  for (; i < cls.size(); ++i) {
    if (i + 2 < cls.size() && cls[i + 1] == '-') {
      found = found || (static_cast<unsigned char>(c) >= static_cast<unsigned char>(cls[i]) &&
                        static_cast<unsigned char>(c) <= static_cast<unsigned char>(cls[i + 2]));
      i += 2;
    } else {
      found = found || cls[i] == c;
    }
  }
  return found != negated;
}

// The memoised matcher: each (pattern position, text position) pair is
// decided once, so a pattern of many stars stays O(|pattern| × |text|).
class Matcher {
 public:
  Matcher(std::string_view p, std::string_view t) : p_(p), t_(t), memo_((p.size() + 1) * (t.size() + 1), kUnknown) {}
  bool at(std::size_t i, std::size_t j) {
    signed char& m = memo_[i * (t_.size() + 1) + j];
    if (m == kUnknown) m = static_cast<signed char>(decide(i, j));
    return m == 1;
  }

 private:
  static constexpr signed char kUnknown = -1;

  bool decide(std::size_t i, std::size_t j) {
    if (i == p_.size()) return j == t_.size();
    const char c = p_[i];
    if (c == '*') {
      const bool globstar = i + 1 < p_.size() && p_[i + 1] == '*';
      if (globstar) {
        // "**/" matches no or any number of whole names; a trailing "**" everything left.
        std::size_t next = i + 2;
        if (next < p_.size() && p_[next] == '/') {
          if (at(next + 1, j)) return true;
          for (std::size_t k = j; k < t_.size(); ++k)
            if (t_[k] == '/' && at(next + 1, k + 1)) return true;
          return false;
        }
        for (std::size_t k = j; k <= t_.size(); ++k)
          if (at(next, k)) return true;
        return false;
      }
      return at(i + 1, j) || (j < t_.size() && t_[j] != '/' && at(i, j + 1));
    }
    if (j == t_.size()) return false;
    if (c == '?') return t_[j] != '/' && at(i + 1, j + 1);
    if (c == '[') {
      const std::size_t end = class_end(p_, i);
      if (end != std::string_view::npos)
        return t_[j] != '/' && in_class(p_.substr(i + 1, end - i - 1), t_[j]) && at(end + 1, j + 1);
    }
    if (c == '\\' && i + 1 < p_.size()) return t_[j] == p_[i + 1] && at(i + 2, j + 1);
    return t_[j] == c && at(i + 1, j + 1);
  }

  std::string_view p_, t_;
  std::vector<signed char> memo_;
};

}  // namespace

bool glob_match(std::string_view pattern, std::string_view text) { return Matcher(pattern, text).at(0, 0); }

void IgnoreRules::add(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  // Trailing blanks go unless quoted with a backslash.
  while (!line.empty() && line.back() == ' ' && !(line.size() > 1 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);
  if (line.empty() || line.front() == '#') return;
  Pattern p;
  if (line.front() == '!') p.negated = true, line.remove_prefix(1);
  if (!line.empty() && line.back() == '/') p.dir_only = true, line.remove_suffix(1);
  if (line.empty()) return;
  const bool anchored = line.find('/') != std::string_view::npos;
  if (line.front() == '/') line.remove_prefix(1);
  p.glob = anchored ? std::string(line) : "**/" + std::string(line);
  patterns_.push_back(std::move(p));
}

void IgnoreRules::add_lines(std::string_view text) {
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    add(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

const IgnoreRules::Pattern* IgnoreRules::last_match(std::string_view relative, bool is_dir) const {
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it)
    if ((is_dir || !it->dir_only) && glob_match(it->glob, relative)) return &*it;
  return nullptr;
}

bool IgnoreRules::ignored(std::string_view relative, bool is_dir) const {
  const Pattern* p = last_match(relative, is_dir);
  return p != nullptr && !p->negated;
}

bool IgnoreRules::matches_any(std::string_view relative, bool is_dir) const {
  return last_match(relative, is_dir) != nullptr;
}

}  // namespace clausecheck::ingest
