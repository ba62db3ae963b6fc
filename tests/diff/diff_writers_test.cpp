// The text and Markdown diffs: what an inserted or deleted clause says,
// punctuation-only edits, and marks next to Chinese punctuation.
#include <doctest/doctest.h>

#include "diff/diff_files.hpp"
#include "parse/parse_file.hpp"
#include "reports/diff_markdown.hpp"
#include "reports/diff_text.hpp"
#include "text/code_points.hpp"

using namespace clausecheck;

namespace {

const std::string kHead = "驻马店市人民政府关于印发测试办法的通知\n\n驻政〔2023〕9号\n\n各县区人民政府：\n\n";
const std::string kTail = "\n\n2023年3月4日\n";

ParsedFile parse(const std::string& clauses) {
  return parse::parse_source(std::make_shared<const SourceText>("t.txt", kHead + clauses + kTail));
}

struct Outputs {
  std::string text, markdown;
};

Outputs diff_of(const std::string& old_clauses, const std::string& new_clauses) {
  const ParsedFile a = parse(old_clauses), b = parse(new_clauses);
  const diff::ChangeSet changes = diff::diff_files(a, b);
  return {reports::diff_text(changes, {}), reports::diff_markdown(changes, {})};
}

bool has(const std::string& out, const std::string& part) { return out.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("text: an inserted and a deleted clause show what they say, a long one cut short") {
  std::string many;
  for (int k = 0; k < 70; ++k) many += "甲";
  const Outputs o = diff_of("一、加强管理。\n\n二、落实责任。\n\n三、" + many + "。",
                            "一、加强管理。\n\n二、落实责任。\n\n三、优化联合验收备案制度。");
  CHECK(has(o.text, "删除 三 → —\n"));
  CHECK(has(o.text, "[-" + std::string(many.data(), 60 * 3) + "…-]"));  // 60 code points, then …
  CHECK(has(o.text, "新增 — → 三\n"));
  CHECK(has(o.text, "{+优化联合验收备案制度"));
}

TEST_CASE("a punctuation-only edit is labelled so; a mark around punctuation takes in the letters next to it") {
  const Outputs o = diff_of("一、加强管理，落实责任。\n\n二、优化服务。", "一、加强管理；落实责任。\n\n二、优化服务。");
  CHECK(has(o.text, "修改（仅标点） 一\n"));
  CHECK(has(o.text, "[-，-]{+；+}"));
  // 管理~~，~~落实 would stay as typed: ~~ does not open before ， after a letter.
  CHECK(has(o.markdown, "一、加强管~~理，落~~实责任。"));
  CHECK(has(o.markdown, "一、加强管**理；落**实责任。"));
  CHECK_FALSE(has(o.markdown, "<"));
  CHECK(has(o.markdown, "| 修改（仅标点） |"));

  const Outputs words = diff_of("一、加强管理，落实责任。", "一、加强监管，落实责任。");
  CHECK(has(words.text, "修改 一\n"));
  CHECK(has(words.markdown, "一、加强~~管理~~监管") == false);  // the sides are apart
  CHECK(has(words.markdown, "一、加强~~管理~~，落实责任。"));
  CHECK(has(words.markdown, "一、加强**监管**，落实责任。"));
}

TEST_CASE("is_punctuation: Chinese and ASCII punctuation, not letters, digits or blanks") {
  for (char32_t c : std::u32string(U"，。、；：？！“”《》（）【】…—,.;:()!?")) CHECK(text::is_punctuation(c));
  for (char32_t c : std::u32string(U"加a5５ \u3000")) CHECK_FALSE(text::is_punctuation(c));
}
