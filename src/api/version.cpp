#include "clausecheck/version.hpp"

namespace clausecheck {

const char* version() { return CLAUSECHECK_VERSION; }

}  // namespace clausecheck
