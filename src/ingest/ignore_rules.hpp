#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::ingest {

// The file a directory given on the command line may hold to leave files out
// of the walk (gitignore syntax, read in that directory only).
inline constexpr const char* kIgnoreFileName = ".clausecheckignore";

// gitignore-style patterns matched against a path relative to the walked
// directory ("a/b.txt", '/' between names): `#` comments and blank lines
// skipped, `!` re-includes, a trailing `/` matches directories only, a pattern
// with a `/` before its end is anchored to the directory (a leading `/` too),
// one without matches a name at any depth; `*` and `?` never match `/`, `**`
// matches any number of whole names, `[a-z]` and `[!a-z]` a character class
// (bytes), `\` quotes the next character. The last pattern that matches decides.
class IgnoreRules {
 public:
  // One line of an ignore file or one glob of --exclude.
  void add(std::string_view line);
  // Every line of an ignore file's text.
  void add_lines(std::string_view text);
  bool empty() const { return patterns_.empty(); }
  // Whether the last pattern matching `relative` excludes it (false when none matches).
  bool ignored(std::string_view relative, bool is_dir) const;
  // Whether any pattern matches `relative`, negated or not (for --include: the globs that select).
  bool matches_any(std::string_view relative, bool is_dir) const;

 private:
  struct Pattern {
    std::string glob;  // anchored ones without their leading '/', others prefixed with "**/"
    bool negated = false;
    bool dir_only = false;
  };
  const Pattern* last_match(std::string_view relative, bool is_dir) const;
  std::vector<Pattern> patterns_;
};

// Whether `text` matches the glob `pattern` as IgnoreRules reads one (no
// leading '!' or trailing '/'). Time O(|pattern| × |text|).
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace clausecheck::ingest
