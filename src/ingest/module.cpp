#include "ingest/module.hpp"

#include <dlfcn.h>

namespace clausecheck::ingest {

std::variant<void*, std::string> open_module(const char* file, const char* symbol) {
  // RTLD_LOCAL keeps the module's libraries' symbols out of the way of everything loaded later.
  void* const module = dlopen(file, RTLD_NOW | RTLD_LOCAL);
  if (!module) return std::string(dlerror());
  void* const entry = dlsym(module, symbol);
  if (!entry) return std::string(file) + " lacks " + symbol;
  return entry;
}

}  // namespace clausecheck::ingest
