#include "reports/answer_text.hpp"

#include <nlohmann/json.hpp>
#include <string>

#include "model/messages.hpp"
#include "status/status.hpp"
#include "text/escape_visible.hpp"

namespace clausecheck::reports {

namespace {
// A document's status label in the run's language, from its machine name (the JSON `label` stays Chinese).
std::string label(const nlohmann::json& d) {
  const std::string name = d["status"].get<std::string>();
  for (int s = 0; s <= static_cast<int>(status::Status::amended); ++s)
    if (name == status::to_string(static_cast<status::Status>(s))) return status::label(static_cast<status::Status>(s));
  return d["label"].get<std::string>();
}
}  // namespace

void write_answer_text(const nlohmann::json& answer, std::ostream& out) {
  const std::string question = answer["question"];
  const auto& answers = answer["answers"];
  const auto doc = [](const nlohmann::json& d) {
    const std::string title = text::visible(d["title"].get<std::string>());
    const std::string number = text::visible(d["number"].get<std::string>());
    return number.empty() ? msg(Msg::answer_document, {title}) : msg(Msg::answer_numbered, {title, number});
  };
  const auto place = [](const nlohmann::json& d) {
    std::string s = text::visible(d["file"].get<std::string>());
    if (d.contains("line"))
      s += ":" + std::to_string(d["line"].get<long long>()) + ":" + std::to_string(d["column"].get<long long>());
    return s;
  };
  for (const auto& a : answers) {
    if (question == "repealed-by") {
      out << doc(a) << "  " << label(a) << "  " << place(a) << '\n';
      if (a["repealed_by"].empty()) out << msg(Msg::answer_not_repealed) << '\n';
      for (const auto& l : a["repealed_by"]) {
        out << msg(Msg::answer_repealed_by, {doc(l), place(l)});
        if (!l["takes_effect"].is_null()) out << msg(Msg::answer_from, {l["takes_effect"].get<std::string>()});
        out << "\n    " << text::visible(l["evidence"].get<std::string>()) << '\n';
      }
    } else if (question == "in-force") {
      out << doc(a) << "  " << label(a);
      if (!a["expires_on"].is_null()) out << msg(Msg::answer_until, {a["expires_on"].get<std::string>()});
      out << "  " << place(a) << '\n';
    } else {
      out << msg(Msg::answer_cites, {place(a), doc(a), doc(a["cites"]), label(a["cites"])}) << "\n    "
          << text::visible(a["evidence"].get<std::string>()) << '\n';
    }
  }
  out << msg(Msg::answer_count, {std::to_string(answers.size()), answer["as_of"].get<std::string>()}) << '\n';
}

}  // namespace clausecheck::reports
