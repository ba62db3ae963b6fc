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
// (rules, explain), `run` for those that only run the rules (check, diff), which then go without them.
// Their YAML is two fifths of a pack's text and more than half of yaml-cpp's time on it; everything
// else is loaded the same, at the same lines and columns.
enum class Use : std::uint8_t { examples, run };

// The packs embedded in the binary: validity, format, consistency, typos.
const std::vector<Pack>& builtin_packs(Use use = Use::examples);

// One of them, by its place in that list, loaded the first time it is asked for.
const Pack& builtin_pack(std::size_t i, Use use = Use::examples);

// A pack's text with each rule's `examples:` block (the key, and the lines below it that are blank or
// indented further) as empty lines: the lines and columns of the rest stay as they are.
std::string without_examples(std::string_view yaml);

// Their names in that order (each pack's `pack:`, its file's stem), known without loading them.
std::vector<std::string> builtin_pack_names();

// What `--rules` names: a pack file, a directory of packs, or a built-in pack's name.
std::vector<Pack> load_packs(const std::string& spec, Use use = Use::examples);

}  // namespace clausecheck::rules
