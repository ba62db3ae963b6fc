#include <doctest/doctest.h>

#include <string>

#include "ingest/ignore_rules.hpp"
#include "ingest/inputs.hpp"
#include "temp_dir.hpp"

using namespace clausecheck;
using ingest::glob_match;

TEST_CASE("glob_match: * and ? stay within a name, ** crosses names, classes and escapes") {
  CHECK(glob_match("*.md", "README.md"));
  CHECK_FALSE(glob_match("*.md", "a/README.md"));
  CHECK(glob_match("**/*.md", "README.md"));
  CHECK(glob_match("**/*.md", "a/b/README.md"));
  CHECK(glob_match("a/**", "a/b/c.txt"));
  CHECK_FALSE(glob_match("a/**", "ab/c.txt"));
  CHECK(glob_match("a/**/z.txt", "a/z.txt"));
  CHECK(glob_match("a/**/z.txt", "a/b/c/z.txt"));
  CHECK(glob_match("v?.txt", "v1.txt"));
  CHECK_FALSE(glob_match("v?.txt", "v/.txt"));
  CHECK(glob_match("v[0-9].txt", "v7.txt"));
  CHECK_FALSE(glob_match("v[!0-9].txt", "v7.txt"));
  CHECK(glob_match("\\*.txt", "*.txt"));
  CHECK_FALSE(glob_match("\\*.txt", "a.txt"));
  CHECK(glob_match("[ab", "[ab"));  // an unclosed class is plain text
}

TEST_CASE("glob_match: many stars on a long name stay fast (memoised)") {
  const std::string text(2000, 'a');
  CHECK_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*b", text));
}

TEST_CASE("IgnoreRules: gitignore's negation, dir/, anchoring and last match wins") {
  ingest::IgnoreRules rules;
  rules.add_lines("# drafts are not checked\n\n*.md\n!keep.md\nbuild/\n/top.txt\ndocs/old/*.txt  \n");
  CHECK(rules.ignored("README.md", false));
  CHECK(rules.ignored("a/notes.md", false));
  CHECK_FALSE(rules.ignored("a/keep.md", false));
  CHECK(rules.ignored("build", true));
  CHECK(rules.ignored("x/build", true));
  CHECK_FALSE(rules.ignored("build", false));  // dir/ matches directories only
  CHECK(rules.ignored("top.txt", false));
  CHECK_FALSE(rules.ignored("a/top.txt", false));  // anchored to the root
  CHECK(rules.ignored("docs/old/v1.txt", false));
  CHECK_FALSE(rules.ignored("docs/old/sub/v1.txt", false));
  CHECK_FALSE(rules.ignored("policy.txt", false));
}

TEST_CASE("find_inputs: .clausecheckignore, --exclude and --include select a directory's files") {
  TempDir dir;
  dir.write("a.txt", "x");
  dir.write("README.md", "x");
  dir.write("drafts/b.txt", "x");
  dir.write("drafts/keep.txt", "x");
  dir.write("notes.text", "x");
  dir.write(ingest::kIgnoreFileName, "README.md\ndrafts/\n");
  const auto plain = ingest::find_inputs({dir.path().string()});
  CHECK(plain.errors.empty());
  REQUIRE(plain.files.size() == 1);
  CHECK(plain.files[0] == dir.path() / "a.txt");

  // A directory left out is not entered: its files cannot be taken back (as in git).
  ingest::InputOptions options;
  options.exclude = {"a.txt", "!drafts/keep.txt"};
  CHECK(ingest::find_inputs({dir.path().string()}, options).errors.size() == 1);  // nothing left: an error

  options.exclude = {"!drafts/"};
  const auto back = ingest::find_inputs({dir.path().string()}, options);
  REQUIRE(back.files.size() == 3);
  CHECK(back.files[1] == dir.path() / "drafts/b.txt");

  options.exclude = {};
  options.include = {"*.text", "a.*"};
  const auto included = ingest::find_inputs({dir.path().string()}, options);
  REQUIRE(included.files.size() == 2);
  CHECK(included.files[0] == dir.path() / "a.txt");
  CHECK(included.files[1] == dir.path() / "notes.text");
}

TEST_CASE("find_inputs: - is standard input, taken once") {
  const auto once = ingest::find_inputs({"-"});
  REQUIRE(once.files.size() == 1);
  CHECK(once.errors.empty());
  CHECK(ingest::find_inputs({"-", "-"}).errors.size() == 1);
}
