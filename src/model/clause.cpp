#include "model/clause.hpp"

namespace clausecheck {

std::string Clause::text() const {
  std::string out;
  for (const Paragraph& p : body) {
    if (!out.empty()) out += '\n';
    out += p.text;
  }
  return out;
}

}  // namespace clausecheck
