#include <doctest/doctest.h>

#include "grammar/expr.hpp"
#include "rules/expr_eval.hpp"
#include "model/in_language.hpp"

using namespace clausecheck;
using namespace clausecheck::rules;

namespace {
Value eval(
    const std::string& text, const Resolver& r = [](const std::string&) { return std::optional<Value>(Value{}); }) {
  return evaluate(expr::parse(text), r);
}
}  // namespace

TEST_CASE("expressions parse with precedence: and binds tighter than or, comparison tighter than and") {
  CHECK(expr::to_string(expr::parse("doc.trial and validity.duration > 2y")) == "doc.trial and validity.duration > 2y");
  CHECK(expr::to_string(expr::parse("a or b and not c")) == "a or b and not c");
  CHECK(expr::to_string(expr::parse("(not a) == -(not b) + --c")) == "(not a) == -(not b) + --c");
  CHECK(expr::to_string(expr::parse("((a or b) and c) != (x < y)")) == "((a or b) and c) != (x < y)");
  CHECK(expr::to_string(expr::parse("not (a and b) or -(x * (y + z))")) == "not (a and b) or -(x * (y + z))");
  CHECK(expr::to_string(expr::parse("value + other.value == 100")) == "value + other.value == 100");
  CHECK(expr::to_string(expr::parse("2024-03-04 + 1y6m <= as_of")) == "2024-03-04 + 1y6m <= as_of");
  CHECK(expr::to_string(expr::parse("android")) == "android");  // a keyword prefix is still a field name
}

TEST_CASE("a duration's parts are unsigned and its sum an int (found by fuzz_expr)") {
  CHECK(expr::to_string(expr::parse("3w-6w")) ==
        "21d - 42d");  // was one literal, -21d, printed so it read back as (-21d)
  CHECK(expr::to_string(expr::parse("2147483647d")) == "2147483647d");
  CHECK_THROWS_AS(expr::parse("2147483647y1y"), expr::SyntaxError);
  CHECK_THROWS_AS(expr::parse("400000000w"), expr::SyntaxError);  // 7 × 400000000 days overflowed an int
  CHECK_THROWS_AS(eval("90d * -1e308"), EvalError);               // the multiple was cast to int unchecked
  CHECK_THROWS_AS(eval("2147483647d + 1d"), EvalError);
  CHECK(eval("90d * 1.5").text() == "90d");  // a whole multiple, as before
  // Parts that reach an int each are compared and added to dates wide.
  CHECK(eval("2147483647y > 1m").truthy());  // 12 × the years overflowed an int
  CHECK(eval("2024-01-31 + 1m").text() == "2024-02-29");
  CHECK(eval("2024-01-01 + 10000y").text() == "12024-01-01");
  CHECK_THROWS_AS(eval("2024-01-01 + 10001y"), EvalError);  // past what std::chrono::year holds
  CHECK_THROWS_AS(eval("2024-01-01 - 2147483647d"), EvalError);
}

TEST_CASE(
    "a string's backslashes: \\\\ and \\\" are escapes, any other stays for RE2; the print reads back as itself") {
  CHECK(eval(R"("2024年" matches "\d{4}年")").truthy());  // was the pattern d{4}年
  CHECK_FALSE(eval(R"("d年" matches "\d年")").truthy());
  CHECK(eval(R"("a\"b")").text() == "a\"b");
  CHECK(eval(R"("\\")").text() == "\\");
  CHECK_THROWS_AS(expr::parse(R"("\")"), expr::SyntaxError);  // \" is a quote inside: the string never ends
  // A NUL, quotes and backslashes print escaped and parse back to the same text (found by fuzz_expr).
  const std::string nul_and_backslashes("\"\\\0\\\"\\q\" == x", 13);
  const std::string printed = expr::to_string(expr::parse(nul_and_backslashes));
  CHECK(printed == std::string("\"\\\\\0\\\"\\\\q\" == x", 15));
  CHECK(expr::to_string(expr::parse(printed)) == printed);
}

TEST_CASE("syntax errors carry the column where the expression goes wrong") {
  try {
    expr::parse("a <");
    FAIL("no error");
  } catch (const expr::SyntaxError& e) {
    CHECK(e.column() == 4);
  }
  try {
    expr::parse("a b");
    FAIL("no error");
  } catch (const expr::SyntaxError& e) {
    CHECK(e.column() == 3);
  }
}

TEST_CASE("durations, dates and numbers evaluate and compare") {
  CHECK(eval("3y > 2y").truthy());
  CHECK(eval("12m == 1y").truthy());
  CHECK_FALSE(eval("90d > 6m").truthy());
  CHECK(eval("2024-03-03 < 2024-03-04").truthy());
  CHECK(eval("2023-03-04 + 1y - 1d == 2024-03-03").truthy());
  CHECK(eval("30 + 70 == 100").truthy());
  CHECK_FALSE(eval("30 + 60 == 100").truthy());
  CHECK(eval("\"办法\" in [\"办法\", \"规定\"]").truthy());
  CHECK(eval("\"若干措施（试行）\" matches \"试行|暂行\"").truthy());
}

TEST_CASE("a missing field is null: comparisons with it are false and it is falsy") {
  CHECK_FALSE(eval("validity.duration > 2y").truthy());
  CHECK(eval("not validity").truthy());
  CHECK(eval("validity == null").truthy());
}

TEST_CASE("the resolver supplies field values; an unknown field is an error") {
  const Resolver r = [](const std::string& path) -> std::optional<Value> {
    if (path == "validity.duration") return Value{DurationValue{3, 0, 0, 0}};
    if (path == "doc.trial") return Value{true};
    return std::nullopt;
  };
  CHECK(eval("doc.trial and validity.duration > 2y", r).truthy());
  CHECK_THROWS_AS(eval("doc.trail", r), EvalError);
}

TEST_CASE("a value in a message reads as the document would write it; in an error, as the expression does") {
  const InLanguage chinese(clausecheck::Lang::zh);
  CHECK(eval("1y + 6m").display() == "1年6个月");
  CHECK(eval("1y + 6m").text() == "1y6m");
  CHECK(eval("missing").display() == "未载明");
  CHECK(eval("missing").text() == "null");
  CHECK(eval("2024-03-03").display() == "2024-03-03");
}

TEST_CASE("a value in an English run's message reads in English words") {
  const InLanguage english(clausecheck::Lang::en);
  CHECK(eval("1y + 6m").display() == "1 year 6 months");
  CHECK(eval("90d").display() == "90 days");
  CHECK(eval("missing").display() == "not stated");
  CHECK(eval("1y + 6m").text() == "1y6m");  // an error quotes the expression's form in either language
}

namespace {
std::size_t syntax_error_column(const std::string& text) {
  try {
    expr::parse(text);
  } catch (const expr::SyntaxError& e) {
    return e.column();
  }
  return 0;
}

// `count` copies of `part` in a row.
std::string repeated(const std::string& part, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += part;
  return out;
}
}  // namespace

TEST_CASE("nesting deeper than kMaxDepth is a syntax error where it goes too deep, not a stack overflow") {
  // The 101st opening level is refused where its content starts.
  const std::size_t column = expr::kMaxDepth + 2;
  CHECK(syntax_error_column(repeated("(", 10000) + "1" + repeated(")", 10000)) == column);
  CHECK(syntax_error_column(repeated("[", 10000) + repeated("]", 10000)) == column);
  CHECK(syntax_error_column(repeated("-", 10000) + "1") == column);
  CHECK(syntax_error_column(repeated("not ", 10000) + "a") == 4 * expr::kMaxDepth + 5);
  // Just within the limit it parses and evaluates.
  const std::string deepest = repeated("(", expr::kMaxDepth) + "1" + repeated(")", expr::kMaxDepth);
  CHECK(eval(deepest + " == 1").truthy());
  CHECK(eval(repeated("not ", expr::kMaxDepth) + "true").truthy());
}

TEST_CASE("long chains of and, or, + and * are one node each, walked in a loop") {
  const std::size_t n = 100000;
  CHECK(eval("1" + repeated(" + 1", n - 1) + " == " + std::to_string(n)).truthy());
  CHECK(eval("true" + repeated(" and true", n)).truthy());
  CHECK_FALSE(eval("true" + repeated(" and true", n) + " and false").truthy());
  CHECK(eval("false" + repeated(" or false", n) + " or true").truthy());
  CHECK(eval("1" + repeated(" * 1", n) + " == 1").truthy());
  // Mixed operators of one level still fold left to right; the chain prints as it reads back.
  CHECK(expr::to_string(expr::parse("a - b + c")) == "a - b + c");
  CHECK(expr::to_string(expr::parse("(a - b) + c")) == "(a - b) + c");
  CHECK(expr::to_string(expr::parse("a - (b + c)")) == "a - (b + c)");
  CHECK(eval("10 - 3 + 2 == 9").truthy());
  CHECK(eval("12 / 3 * 2 == 8").truthy());
}

TEST_CASE("nan and inf are field names, not numbers; a number past double's range is a syntax error") {
  CHECK(expr::to_string(expr::parse("nan")) == "nan");
  CHECK(expr::to_string(expr::parse("inf")) == "inf");
  CHECK(syntax_error_column("x > 1e999") == 5);
}

TEST_CASE("every node is placed at its byte offset, so an evaluation error points at what failed") {
  const expr::ast::Ptr root = expr::parse("doc.trial and  (1 + \"x\") > 2");
  CHECK(root->offset == 0);
  REQUIRE(root->operands.size() == 2);
  CHECK(root->operands[0]->offset == 0);
  CHECK(root->operands[1]->offset == 15);  // the comparison starts at its parenthesis
  try {
    evaluate(root, [](const std::string&) { return std::optional<Value>(Value{true}); });
    FAIL("no error");
  } catch (const EvalError& e) {
    CHECK(e.offset() == 16);  // the sum inside the parentheses
  }
}

TEST_CASE("letters and digits of names are ASCII: a byte above 0x7F outside a string is a syntax error at its column") {
  CHECK(syntax_error_column("文件 == 1") == 1);
  CHECK(syntax_error_column("a == \"文件\"é") == 10);       // after the string, counted in code points
  CHECK(syntax_error_column("doc.type == \"文件\"") == 0);  // inside a string any UTF-8 is text
}

TEST_CASE("a prefix chain prints as deep as it was written, so its print parses (found by fuzz_expr)") {
  const std::string minus = "a -" + repeated("-", 90) + "b";  // 90 unary minus levels: within kMaxDepth
  const std::string printed = expr::to_string(expr::parse(minus));
  CHECK(printed == "a - " + repeated("-", 90) + "b");
  CHECK(expr::to_string(expr::parse(printed)) == printed);  // (-(-…)) was 180 levels deep: a syntax error
  const std::string nots = repeated("not ", 90) + "a";
  CHECK(expr::to_string(expr::parse(expr::to_string(expr::parse(nots)))) == nots);
}

TEST_CASE(
    "a print is never deeper than what was parsed: a comparison over 99 unary minus reads back (found by fuzz_expr)") {
  const std::string minus = repeated("-", 99) + "y";
  const std::string deep = "(1 + 2) * 3 / 4 != (x - " + minus + ")";  // 100 levels: as deep as the grammar reads
  const std::string printed = expr::to_string(expr::parse(deep));
  CHECK(printed == "(1 + 2) * 3 / 4 != x - " + minus);  // a parenthesis per chain printed it 101 deep: unreadable
  CHECK(expr::to_string(expr::parse(printed)) == printed);
  CHECK_THROWS_AS(expr::parse("(1 + 2) * 3 / 4 != (x - -" + minus + ")"), expr::SyntaxError);  // 101 levels
}
