#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace clausecheck::rules {

// A pack from YAML text; `origin` names it in errors ("rules/validity.yaml").
// Every key is checked: a malformed pack throws InputError with
// origin:line:column, the key, and for an unknown key the nearest valid one.
Pack load_pack(const std::string& origin, const std::string& text);

// A pack file (.yaml or .yml). Throws InputError.
Pack load_pack_file(const std::filesystem::path& path);

// The packs embedded in the binary: validity, format, consistency, typos.
const std::vector<Pack>& builtin_packs();

// One of them, by its place in that list, loaded the first time it is asked for.
const Pack& builtin_pack(std::size_t i);

// Their names in that order (each pack's `pack:`, its file's stem), known without loading them.
std::vector<std::string> builtin_pack_names();

// What `--rules` names: a pack file, a directory of packs, or a built-in pack's name.
std::vector<Pack> load_packs(const std::string& spec);

}  // namespace clausecheck::rules
