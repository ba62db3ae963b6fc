// Any bytes as the expression of a `compare` or `threshold` rule: parsed,
// printed back (which must parse to the same print), and evaluated against
// a small real model: a notice with a document number, a validity period and
// a clause with two percentages, so that doc.*, validity.*, clause.*, fact.*
// and other.* all read values.
#include <cstdlib>
#include <memory>
#include <string>

#include "fuzz/fuzz_input.hpp"
#include "parse/parse_file.hpp"
#include "rules/expr_eval.hpp"
#include "rules/model_values.hpp"

namespace {

using namespace clausecheck;

constexpr const char* kNotice =
    "驻马店市人民政府关于预售资金监管的通知\n\n驻政〔2023〕13号\n\n各县区人民政府，市直有关部门：\n\n"
    "一、鼓励采取银行保函置换预售监管资金。保函置换金额不得超过资金额度的30%，"
    "置换后的监管资金不得低于资金额度的60%。\n\n"
    "二、加强监督检查。\n\n本通知自2023年3月4日起施行，有效期三年。\n\n2023年3月4日\n";

struct Model {
  ParsedFile file = parse::parse_source(std::make_shared<const SourceText>("notice.txt", kNotice));
  rules::RunSettings settings;
  Model() { settings.as_of = Date{std::chrono::year{2024} / 5 / 6}; }
  rules::Subject subject() const {
    rules::Subject s{.settings = &settings};
    if (file.documents.empty()) return s;
    s.doc = &file.documents.front();
    if (s.doc->clauses.empty()) return s;
    s.clause = &s.doc->clauses.front();
    const auto& facts = s.clause->facts;
    if (!facts.empty()) s.fact = &facts.front();
    if (facts.size() > 1) s.other = &facts[1];
    return s;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Model model;
  static const rules::Resolver resolve = rules::make_resolver(model.subject());
  expr::ast::Ptr ast;
  try {
    ast = expr::parse(fuzz::as_text(data, size));
  } catch (const expr::SyntaxError&) {
    return 0;
  }
  const std::string printed = expr::to_string(ast);
  if (expr::to_string(expr::parse(printed)) != printed) std::abort();  // the print reads back as itself
  (void)rules::field_names(ast);
  try {
    (void)rules::evaluate(ast, resolve).display();
  } catch (const rules::EvalError&) {
  }
  return 0;
}
