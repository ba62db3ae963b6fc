#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "cli/run_cli.hpp"
#include "ingest/format_detect.hpp"
#include "ingest/html_reader.hpp"
#include "ingest/read_file.hpp"
#include "ingest/read_source.hpp"
#include "ingest/word_numbering.hpp"
#include "model/input_error.hpp"
#include "model/model_json.hpp"
#include "parse/parse_file.hpp"
#include "temp_dir.hpp"
#include "text/chinese_number.hpp"

using namespace clausecheck;

namespace {

const std::string kInputs = CLAUSECHECK_SOURCE_DIR "/tests/data/inputs/";
const std::string kExamples = CLAUSECHECK_SOURCE_DIR "/examples/";

// The text each test file was made from (tests/data/inputs/make_inputs.py).
const std::vector<std::pair<std::string, std::string>> kMadeFrom = {
    {"zhumadian-gazette-2023-02", kExamples + "zhumadian-gazette-2023-02.txt"},
    {"complement-30-60", kExamples + "drafts/complement-30-60.txt"},
    {"effective-before-signing", kExamples + "drafts/effective-before-signing.txt"},
    {"numbering-gap", kExamples + "drafts/numbering-gap.txt"},
    {"trial-three-years", kExamples + "drafts/trial-three-years.txt"},
    {"two-digit-year", kExamples + "drafts/two-digit-year.txt"},
    {"wrong-brackets", kExamples + "drafts/wrong-brackets.txt"},
};

// A file's model as JSON, with the keys of `dropped` removed at every depth.
nlohmann::json model(const std::string& path, const std::vector<std::string>& dropped) {
  nlohmann::json j = nlohmann::json::parse(model_json(parse::parse_path(path)));
  const auto strip = [&](auto& self, nlohmann::json& v) -> void {
    if (v.is_object()) {
      for (const std::string& k : dropped) v.erase(k);
      for (auto& [key, member] : v.items()) self(self, member);
    } else if (v.is_array()) {
      for (auto& e : v) self(self, e);
    }
  };
  strip(strip, j);
  return j;
}

const std::vector<std::string> kPlaces = {"path",     "encoding",   "span",   "line", "column",
                                          "end_line", "end_column", "offset", "end"};

// Documents, then each document's fields (clauses with their labels, facts…) one by one, for a readable failure.
void check_same_model(const nlohmann::json& got, const nlohmann::json& want) {
  REQUIRE(got["documents"].size() == want["documents"].size());
  CHECK(got["gazette"] == want["gazette"]);
  for (std::size_t d = 0; d < want["documents"].size(); ++d)
    for (const auto& field : want["documents"][d].items()) {
      const std::string key = field.key();
      CAPTURE(d);
      CAPTURE(key);
      CHECK(got["documents"][d][key] == field.value());
    }
}

std::string read_text(const std::string& path) { return ingest::read_source(path)->text(); }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < text.size()) {
    const std::size_t e = std::min(text.find('\n', b), text.size());
    out.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::string error_of(const std::string& path) {
  try {
    ingest::read_source(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(read without error)";
}

}  // namespace

TEST_CASE("the seed and the drafts as .docx, OFD and HTML give the model of their text") {
  for (const auto& made : kMadeFrom) {
    const nlohmann::json want = model(made.second, kPlaces);
    REQUIRE(!want["documents"].empty());
    for (const char* ext : {".docx", ".ofd", ".html"}) {
      const std::string file = made.first + ext;
      CAPTURE(file);
      check_same_model(model(kInputs + file, kPlaces), want);
    }
  }
}

TEST_CASE(".docx: a span's line is the paragraph's number, so every place is the text's own") {
  // make_inputs.py wrote one paragraph per line of the text, an empty one per blank line.
  for (const auto& made : kMadeFrom) {
    const std::string& name = made.first;
    CAPTURE(name);
    CHECK(model(kInputs + name + ".docx", {"path", "encoding"}) == model(made.second, {"path", "encoding"}));
  }
}

TEST_CASE("OFD and HTML: every clause's span starts at its printed number in the file's text") {
  for (const char* ext : {".ofd", ".html"}) {
    const ParsedFile file = parse::parse_path(kInputs + "zhumadian-gazette-2023-02" + ext);
    std::size_t clauses = 0;
    const auto walk = [&](auto& self, const Clause& c) -> void {
      CAPTURE(c.number.printed);
      CHECK(std::string_view(file.source->text()).substr(c.span.begin).starts_with(c.number.printed));
      ++clauses;
      for (const Clause& child : c.children) self(self, child);
    };
    for (const Document& d : file.documents)
      for (const Clause& c : d.clauses) walk(walk, c);
    CHECK(clauses > 10);
  }
}

TEST_CASE(".docx: Word's numbering read as printed, tables as rows, tracked changes accepted, header left out") {
  const std::vector<std::string> want = {"一、总体要求",
                                         "（一）指导思想",
                                         "（二）基本原则",
                                         "1.坚持规划引领",
                                         "2.坚持节约集约",
                                         "二、重点任务",  // a level's use restarts the levels below it
                                         "（一）加强组织领导",
                                         "1.第一部分",
                                         "1.1第一节",
                                         "1.2第二节",
                                         "一、重新编号",  // a w:num with a startOverride: a list of its own
                                         "第一条　为了规范管理，制定本办法。",
                                         "第二条　本办法自发布之日起施行。",  // numbered by its style (basedOn)
                                         "①圆圈编号",
                                         "无编号",
                                         "序号\t事项\t时限",
                                         "1\t提交材料\t5个工作日",
                                         "第一行第二行",  // a manual line break keeps the paragraph one line
                                         "页码：7",       // a field's result, not its code
                                         "甲增加乙"};     // w:ins kept, w:del dropped
  const std::string text = read_text(kInputs + "features.docx");
  CHECK(lines_of(text) == want);
  CHECK(text.find("页眉") == std::string::npos);
}

TEST_CASE("Word's numFmt values and Chinese counting") {
  CHECK(text::chinese_number(1) == "一");
  CHECK(text::chinese_number(10) == "十");
  CHECK(text::chinese_number(19) == "十九");
  CHECK(text::chinese_number(20) == "二十");
  CHECK(text::chinese_number(105) == "一百零五");
  CHECK(text::chinese_number(110) == "一百一十");
  CHECK(text::chinese_number(1010) == "一千零一十");
  CHECK(text::chinese_number(0) == "0");
  CHECK(ingest::format_number(3, "ideographTraditional") == "丙");
  CHECK(ingest::format_number(12, "decimalFullWidth") == "１２");
  CHECK(ingest::format_number(4, "upperRoman") == "IV");
  CHECK(ingest::format_number(28, "lowerLetter") == "bb");
  CHECK(ingest::format_number(7, "decimal") == "7");
}

TEST_CASE("malformed and hostile files: an error naming the file and what is wrong") {
  CHECK(error_of(kInputs + "bad-truncated.docx").find("ZIP 包损坏或不完整") != std::string::npos);
  CHECK(error_of(kInputs + "bad-truncated.ofd").find("ZIP 包损坏或不完整") != std::string::npos);
  CHECK(error_of(kInputs + "bad-xml-bomb.docx").find("DOCTYPE") != std::string::npos);
  CHECK(error_of(kInputs + "bad-path.docx").find("越出包外（../../outside.xml）") != std::string::npos);
  CHECK(error_of(kInputs + "bad-path.ofd").find("越出包外（../../Doc_0/Document.xml）") != std::string::npos);
  CHECK(error_of(kInputs + "bad-xml.ofd").find("Content.xml 不是完好的 XML") != std::string::npos);
  CHECK(error_of(kInputs + "bad-charset.html").find("不是有效的 GB18030/GBK") != std::string::npos);
  CHECK(error_of(kInputs + "unsupported.doc").find("旧式 Office 文件") != std::string::npos);
  CHECK(error_of(kInputs + "unsupported.png").find("图片") != std::string::npos);
  CHECK(error_of(kInputs + "unsupported.xlsx").find("Excel") != std::string::npos);
  for (const char* name : {"bad-truncated.docx", "unsupported.doc"})
    CHECK(error_of(kInputs + name).starts_with(kInputs + name + ": "));
}

TEST_CASE("a zip bomb is stopped at --max-size as it inflates") {
  // word/document.xml inflates to 8 MiB from 46 KB: read under the default limit, refused under 1 MiB.
  CHECK(read_text(kInputs + "bad-zip-bomb.docx").size() < 1000);
  ingest::set_max_file_size(1 << 20);
  const std::string error = error_of(kInputs + "bad-zip-bomb.docx");
  ingest::set_max_file_size(ingest::kDefaultMaxFileSize);
  CHECK(error.find("zip bomb") != std::string::npos);
}

TEST_CASE("pugixml does not expand a DTD's entities: a billion laughs stays its own size") {
  const std::string bomb =
      "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
      "<r>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</r>";
  pugi::xml_document doc;
  REQUIRE(doc.load_string(bomb.c_str(), pugi::parse_default | pugi::parse_doctype));
  const std::string text = doc.child("r").text().get();
  CHECK(text == "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;");
}

TEST_CASE("the format is judged by content; the extension only hints at a page") {
  CHECK(ingest::detect_format("a.txt", "%PDF-1.7\n") == ingest::InputFormat::pdf);
  CHECK(ingest::detect_format("a.txt", "<!DOCTYPE html><html>") == ingest::InputFormat::html);
  CHECK(ingest::detect_format("a.txt", "\xEF\xBB\xBF  <HTML lang=zh>") == ingest::InputFormat::html);
  CHECK(ingest::detect_format("a.htm", "<div>正文</div>") == ingest::InputFormat::html);
  CHECK(ingest::detect_format("a.txt", "<div>正文</div>") == ingest::InputFormat::text);
  CHECK(ingest::detect_format("a.docx", "第一条 本办法") == ingest::InputFormat::text);
  CHECK_THROWS_AS(ingest::detect_format("a.txt", "{\\rtf1\\ansi"), InputError);
  CHECK_THROWS_AS(ingest::detect_format("a.txt", "\x1F\x8B\x08\x00"), InputError);
  TempDir dir;
  const auto zip = dir.write("plain.docx", "PK\x03\x04 not really a zip");
  CHECK(error_of(zip.string()).find("ZIP 包损坏或不完整") != std::string::npos);
}

TEST_CASE("HTML: the body container, chrome and scripts dropped, entities decoded, lines and paragraphs") {
  const std::string page =
      "<html><head><title>t</title><style>p{}</style></head><body><nav><p>首页</p></nav>"
      "<h1>关于印发&ldquo;办法&rdquo;的通知</h1><div class=\"x zoom\"><p>第一条&nbsp;甲&#12289;乙&#x3002;</p>"
      "<script>document.write('<p>脚本</p>')</script><p>第二行<br>第三行</p><table><tr><td>a</td><td>b</td></tr>"
      "</table><!-- <p>注释</p> --><p>1 &lt; 2 &amp;&unknown; x</p></div><div "
      "class=footer>版权所有</div></body></html>";
  CHECK(ingest::html_text(page) ==
        "关于印发“办法”的通知\n\n第一条\u00A0甲、乙。\n\n第二行\n第三行\n\na\tb\n\n1 < 2 &&unknown; x\n\n");
  // No named container: the element with the most text of its own, whole (the short div inside it too).
  const std::string plain =
      "<body><div><a>导航</a> <a>链接</a></div><div><div>短</div><p>正文第一段很长很长。</p><p>正文第二段。</p></div>"
      "</body>";
  CHECK(ingest::html_text(plain) == "短\n\n正文第一段很长很长。\n\n正文第二段。\n\n");
  CHECK(ingest::declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">") ==
        "gb2312");
  CHECK(ingest::declared_charset("<meta charset='utf-8'>") == "utf-8");
}

TEST_CASE("one bad file among good ones: the bad one named, the good ones read and deciding the exit code") {
  const CliRun r = run_cli("parse " + kInputs + "numbering-gap.docx " + kInputs + "bad-truncated.docx " + kInputs +
                           "unsupported.doc " + kInputs + "numbering-gap.ofd " + kInputs + "numbering-gap.html");
  CHECK(r.code == 0);  // 2 only when no file could be read (docs/cli.md)
  CHECK(r.err.find("bad-truncated.docx") != std::string::npos);
  CHECK(r.err.find("unsupported.doc") != std::string::npos);
  CHECK(r.out.find("numbering-gap.docx (DOCX)") != std::string::npos);
  CHECK(r.out.find("numbering-gap.ofd (OFD)") != std::string::npos);
  CHECK(r.out.find("numbering-gap.html (HTML)") != std::string::npos);
}
