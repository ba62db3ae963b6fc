// Any bytes as the two versions `clausecheck diff OLD NEW` compares, split at
// the first NUL (a byte no text file holds, so each side can still be any
// text), else in the middle: both decoded and parsed, aligned and diffed,
// the built-in change rules run, and the diff written as text and JSON.
#include <memory>
#include <string_view>

#include "rules/change_rules.hpp"
#include "diff/diff_files.hpp"
#include "fuzz/fuzz_input.hpp"
#include "ingest/read_source.hpp"
#include "model/input_error.hpp"
#include "parse/parse_file.hpp"
#include "reports/diff_json.hpp"
#include "reports/diff_text.hpp"
#include "rules/engine.hpp"

namespace {
clausecheck::ParsedFile parse_side(std::string path, std::string_view bytes) {
  using namespace clausecheck;
  return parse::parse_source(std::make_shared<const SourceText>(ingest::decode(std::move(path), bytes)));
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace clausecheck;
  const std::string_view bytes = fuzz::as_text(data, size);
  const std::size_t nul = bytes.find('\0');
  const std::size_t cut = nul != std::string_view::npos ? nul : bytes.size() / 2;
  const std::size_t skip = nul != std::string_view::npos ? 1 : 0;
  try {
    const ParsedFile old_file = parse_side("old.txt", bytes.substr(0, cut));
    const ParsedFile new_file = parse_side("new.txt", bytes.substr(cut + skip));
    const diff::ChangeSet changes = diff::diff_files(old_file, new_file);
    const std::vector<Finding> findings = rules::run_change_rules(
        diff::builtin_changes_pack().rules, diff::to_rule_changes(changes, old_file, new_file), rules::RunSettings{});
    (void)reports::diff_text(changes, findings);
    (void)reports::diff_json(changes, findings);
  } catch (const InputError&) {
  }
  return 0;
}
