#pragma once
#include <string>
#include <utility>
#include <variant>

namespace clausecheck::ingest {

// The entry point `symbol` of a module of clausecheck's own (the PDF and ZIP readers: a shared library
// opened at the first file that needs it, so that no other run loads the libraries it links), or dlerror's
// reason it could not be had. dlopen finds the module by the run path of the program or library that opens
// it: relative to it ($ORIGIN) once installed, the modules' folder in a build tree (CMakeLists.txt).
// The module stays loaded for the rest of the run.
std::variant<void*, std::string> open_module(const char* file, const char* symbol);

// open_module, its entry point as the function type `Entry`.
template <class Entry>
std::variant<Entry, std::string> module_entry(const char* file, const char* symbol) {
  std::variant<void*, std::string> found = open_module(file, symbol);
  if (auto* why = std::get_if<std::string>(&found)) return std::move(*why);
  return reinterpret_cast<Entry>(std::get<void*>(found));
}

}  // namespace clausecheck::ingest
