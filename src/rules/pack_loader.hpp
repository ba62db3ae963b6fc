#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace clausecheck::rules {

// A pack from YAML text; `origin` names it in errors ("rules/validity.yaml").
// Every key is checked: a malformed pack throws InputError with
// origin:line:column, the key, and for an unknown key the nearest valid one.
Pack load_pack(const std::string& origin, const std::string& text);

// A pack file (.yaml or .yml). Throws InputError.
Pack load_pack_file(const std::filesystem::path& path);

// What a built-in pack is loaded for: `examples` for the commands that show or run a rule's examples
// (rules, explain); `report` for a run whose report shows the rules' docs (SARIF's rule descriptions,
// the HTML summary), which goes without the examples; `run` for the other runs, which go without the
// docs too (a rule's summary is then its message). yaml-cpp takes some 1,500 instructions a byte of
// the rest: the examples were more than half of its time on a pack, the docs a quarter of what
// remained. Everything else is loaded the same, at the same lines and columns.
enum class Use : std::uint8_t { examples, report, run };

// The packs embedded in the binary: validity, format, consistency, typos.
const std::vector<Pack>& builtin_packs(Use use = Use::examples);

// One of them, by its place in that list, loaded the first time it is asked for.
const Pack& builtin_pack(std::size_t i, Use use = Use::examples);

// A pack's text as `use` reads it: each rule's `examples:` block (the key, and the lines below it that are
// blank or indented further) and, for `run`, its `docs:` block as empty lines; the lines and columns
// of the rest stay as they are. A key whose value is written on its line ({…}, a string) stays.
std::string text_for(std::string_view yaml, Use use);

// Their names in that order (each pack's `pack:`, its file's stem), known without loading them.
std::vector<std::string> builtin_pack_names();

// What `--rules` names: a pack file, a directory of packs, or a built-in pack's name.
std::vector<Pack> load_packs(const std::string& spec, Use use = Use::examples);

}  // namespace clausecheck::rules
