#include "model/page_suffix.hpp"

namespace clausecheck {

std::string page_suffix(const Location& at) {
  if (at.page == 0) return {};
  return " (page " + std::to_string(at.page) + ", line " + std::to_string(at.page_line) + ")";
}

}  // namespace clausecheck
