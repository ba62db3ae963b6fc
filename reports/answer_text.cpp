#include "reports/answer_text.hpp"

#include <nlohmann/json.hpp>
#include <string>

#include "text/escape_visible.hpp"

namespace clausecheck::reports {

void write_answer_text(const nlohmann::json& answer, std::ostream& out) {
  const std::string question = answer["question"];
  const auto& answers = answer["answers"];
  const auto doc = [](const nlohmann::json& d) {
    std::string s = "《" + text::visible(d["title"].get<std::string>()) + "》";
    if (!d["number"].get<std::string>().empty()) s += "（" + text::visible(d["number"].get<std::string>()) + "）";
    return s;
  };
  const auto place = [](const nlohmann::json& d) {
    std::string s = text::visible(d["file"].get<std::string>());
    if (d.contains("line"))
      s += ":" + std::to_string(d["line"].get<long long>()) + ":" + std::to_string(d["column"].get<long long>());
    return s;
  };
  for (const auto& a : answers) {
    if (question == "repealed-by") {
      out << doc(a) << "  " << a["label"].get<std::string>() << "  " << place(a) << '\n';
      if (a["repealed_by"].empty()) out << "  未见废止它的文件 (no document in the index repeals it)\n";
      for (const auto& l : a["repealed_by"]) {
        out << "  废止于 " << doc(l) << "  " << place(l);
        if (!l["takes_effect"].is_null()) out << "  自 " << l["takes_effect"].get<std::string>();
        out << "\n    " << text::visible(l["evidence"].get<std::string>()) << '\n';
      }
    } else if (question == "in-force") {
      out << doc(a) << "  " << a["label"].get<std::string>();
      if (!a["expires_on"].is_null()) out << " 至 " << a["expires_on"].get<std::string>();
      out << "  " << place(a) << '\n';
    } else {
      out << place(a) << "  " << doc(a) << " 引用 " << doc(a["cites"]) << "  " << a["cites"]["label"].get<std::string>()
          << "\n    " << text::visible(a["evidence"].get<std::string>()) << '\n';
    }
  }
  out << answers.size() << " 条 (answers) as of " << answer["as_of"].get<std::string>() << '\n';
}

}  // namespace clausecheck::reports
