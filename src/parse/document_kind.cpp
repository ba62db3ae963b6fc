#include "parse/document_kind.hpp"

#include <string_view>

#include "grammar/date.hpp"

namespace clausecheck::parse {

namespace {

// How many paragraphs before the first clause may hold adoption lines: the
// laws print two or three (通过, 公布, 施行), a 令 its 令 lines.
constexpr std::size_t kAdoptionLines = 6;

bool has(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

// A line that tells who adopted, approved or promulgated the document (a
// title's second line, 常务委员会监督法, tells nothing).
bool adoption_line(std::string_view line) {
  for (std::string_view verb : {"通过", "批准", "公布", "发布", "施行", "令"})
    if (has(line, verb)) return true;
  return false;
}

// The adoption lines a statute prints under its title: who adopted,
// approved or promulgated it decides its kind (the State Council approves the
// rules a ministry then publishes: 行政法规 in the national database).
std::string kind_by_adoption(const Document& doc) {
  for (std::size_t i = 0; i < doc.preamble.size() && i < kAdoptionLines; ++i) {
    const std::string_view line = doc.preamble[i].text;
    if (!adoption_line(line)) continue;
    if (has(line, "审判委员会") || has(line, "检察委员会")) return "司法解释";
    if (has(line, "全国人民代表大会")) return has(doc.title, "宪法") ? "宪法" : "法律";
    if (has(line, "人民代表大会")) return "地方性法规";
    if (has(line, "国务院") && (has(line, "令") || has(line, "批准") || has(line, "常务会议"))) return "行政法规";
    if (has(line, "令第") || has(line, "号令")) return "规章";  // 公安部令第159号, 食品药品监管局、海关总署第4号令
    for (std::string_view meeting : {"部务会议", "局务会议", "委务会议", "署务会议", "行务会议"})
      if (has(line, meeting))
        return "规章";  // a ministry's, a bureau's, a commission's meeting (not a government's 常务会议)
  }
  return {};
}

// A 条例 named after a place (上海市…, 广西壮族自治区…) is local, one without is
// the State Council's; 城市 is no place (城市公共交通条例).
bool starts_with_place(std::string_view title) {
  const std::size_t end = title.size() < 30 ? title.size() : 30;  // the place is within its first ten characters
  const std::string_view head = title.substr(0, end);
  for (std::string_view p : {"省", "市", "自治区", "自治州", "自治县", "特别行政区"})
    if (const std::size_t at = head.find(p); at != std::string_view::npos && at >= 6 && head.substr(at - 3, 3) != "城")
      return true;
  return false;
}

// Articles (第一条 …) at the top, or under 章 and 节: the form of a statute.
bool of_articles(const std::vector<Clause>& clauses) {
  for (const Clause& c : clauses) {
    if (c.number.style == NumberStyle::article || of_articles(c.children)) return true;
  }
  return false;
}

}  // namespace

std::string legal_kind(const Document& doc) {
  // A 文号 (驻政〔2023〕9号) is an administrative organ's document, whatever its
  // preamble says of meetings (经市政府常务会议研究同意); a 令 or a 法释 number is not one.
  const bool decree = doc.number && doc.number->agency.ends_with("令");
  const bool judicial =
      doc.number && (doc.number->agency.starts_with("法释") || doc.number->agency.starts_with("高检发释"));
  if (doc.number && !decree && !judicial) return doc.type == "报告" ? "工作报告" : "行政规范性文件";
  if (std::string by_adoption = kind_by_adoption(doc); !by_adoption.empty()) return by_adoption;
  const std::string_view title = doc.title;
  if (has(title, "宪法") && title.starts_with("中华人民共和国")) return "宪法";
  // A people's congress's own rules: 上海市人民代表大会关于代表议案的规定.
  if (has(title, "人民代表大会"))
    return has(title, "全国人民代表大会") && !starts_with_place(title) ? "法律" : "地方性法规";
  if (judicial) return "司法解释";
  if (title.starts_with("最高人民法院") || title.starts_with("最高人民检察院")) return "司法解释";
  if (decree)
    return doc.number->agency.starts_with("国务院") || doc.number->agency.starts_with("中华人民共和国国务院")
               ? "行政法规"
               : "规章";
  if (doc.type == "法" && title.starts_with("中华人民共和国")) return "法律";
  // The State Council's own 规定 or 办法 without a 文号 (国务院关于科学技术拨款管理的暂行规定):
  // a 行政法规, as those it issued before 2000 were.
  if ((title.starts_with("国务院关于") || title.starts_with("中华人民共和国国务院关于")) &&
      (doc.type == "规定" || doc.type == "办法"))
    return "行政法规";
  if (doc.type == "条例") return starts_with_place(title) ? "地方性法规" : "行政法规";
  if (doc.type == "报告") return "工作报告";
  // Articles with neither a 文号 nor a 主送机关 nor a signing date: a statute as a
  // database prints it without its promulgation lines (上海市企业名称登记管理规定,
  // 公安机关适用继续盘问规定). A 行政规范性文件 is numbered, addressed and signed, or
  // stands as the attachment of a notice that is. Its level is not written; a
  // place in the title makes it local, as for a 条例. A draft (征求意见稿) is not
  // numbered or signed yet, and is an administrative organ's.
  const bool draft = has(title, "征求意见稿") || has(title, "送审稿") || has(title, "讨论稿");
  if (!draft && !doc.signed_date && doc.addressees.empty() && !doc.number) {
    if (of_articles(doc.clauses)) return starts_with_place(title) ? "地方性法规" : "规章";
    // 高等教育管理职责暂行规定 (1986), numbered 一、 as the State Council then wrote:
    // a 规定 or 办法 with no mark of an administrative document, of a level not written.
    if (doc.type == "规定" || doc.type == "办法") return "其他";
  }
  // What an administrative organ issues otherwise, numbered or a draft not yet numbered.
  return doc.number || !doc.type.empty() ? "行政规范性文件" : "其他";
}

std::optional<Date> adoption_date(const Document& doc) {
  std::optional<Date> first;
  for (std::size_t i = 0; i < doc.preamble.size() && i < kAdoptionLines; ++i) {
    const std::string_view line = doc.preamble[i].text;
    if (!adoption_line(line)) continue;
    const auto written = grammar::match_opening_date(line);
    if (!written || !written->year) continue;
    const auto date = grammar::calendar_date(*written, written->year);
    if (date && (!first || date->first_day() < first->first_day())) first = date;
  }
  return first;
}

void set_legal_kinds(std::vector<Document>& documents) {
  for (Document& doc : documents) {
    doc.kind = legal_kind(doc);
    for (Document& a : doc.attachments) a.kind = doc.kind;
  }
}

}  // namespace clausecheck::parse
