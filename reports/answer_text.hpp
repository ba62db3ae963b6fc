#pragma once
// `clausecheck query --format text`: an answer of the index's named questions
// (src/index/questions.hpp, docs/index.md) printed for reading, one line or
// two an answer and the count last.
#include <nlohmann/json_fwd.hpp>
#include <ostream>

namespace clausecheck::reports {

void write_answer_text(const nlohmann::json& answer, std::ostream& out);

}  // namespace clausecheck::reports
