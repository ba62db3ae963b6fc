#include "parse/document_builder.hpp"

#include "grammar/clause_number.hpp"
#include "grammar/doc_number.hpp"
#include "parse/clause_tree.hpp"
#include "parse/date_line.hpp"
#include "parse/document_type.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kAddresseesMax = 200;  // code points of a 主送机关 line

void set_title(Document& doc, const std::vector<Paragraph>& ps, std::size_t begin, std::size_t end) {
  if (begin >= end) return;
  for (std::size_t i = begin; i < end; ++i) doc.title += squeeze(ps[i].text);
  doc.span = {ps[begin].source_span().begin, ps[end - 1].source_span().end};
  TitleInfo info = read_title(doc.title);
  doc.type = std::move(info.type);
  doc.trial = info.trial;
  doc.issuer = std::move(info.issuer);
}

// 各县、区人民政府，市城乡一体化示范区…管委会，市政府有关部门： split on the commas
// only: 各县、区人民政府 is one addressee.
std::vector<std::string> split_addressees(std::string_view text) {
  text.remove_suffix(std::string_view("：").size());
  std::vector<std::string> out;
  while (!text.empty()) {
    const auto comma = find_any(text, {"，", ","});
    const auto piece = text.substr(0, comma);
    if (!piece.empty()) out.emplace_back(piece);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + (text.substr(comma, 1) == "," ? 1 : 3));
  }
  return out;
}

// 第二条 具备下列条件之一的…： is a lead-in of a clause, not a salutation.
bool is_addressee_line(std::string_view text) {
  return text.ends_with("：") && !has_sentence_end(text) && code_points(text) <= kAddresseesMax &&
         !grammar::match_clause_number(text);
}

// ——2023年1月4日在驻马店市第五届人民代表大会第一次会议上: a speech's date.
std::optional<Date> subtitle_date(std::string_view text) {
  if (!text.starts_with("——")) return std::nullopt;
  text.remove_prefix(std::string_view("——").size());
  const auto day = text.find("日");
  if (day == std::string_view::npos) return std::nullopt;
  return parse_date_line(text.substr(0, day + std::string_view("日").size()));
}

void fill_body(Document& doc, std::vector<Paragraph>& ps, std::size_t begin, std::size_t end) {
  ClauseTree tree = build_clause_tree(ps, begin, end);
  doc.preamble = std::move(tree.preamble);
  doc.clauses = std::move(tree.clauses);
  doc.closing = std::move(tree.closing);
}

// The document a 印发 notice carries: its title line, then its text. A
// closing statement about the notice (本通知自发布之日起实施) that PDF layout
// put after the attachment belongs to the notice.
Document build_attachment(Document& notice, std::vector<Paragraph>& ps, std::size_t begin, std::size_t end) {
  Document att;
  set_title(att, ps, begin, begin + 1);
  if (att.issuer.empty()) att.issuer = notice.issuer;
  fill_body(att, ps, begin + 1, end);
  const std::string self = "本" + notice.type;
  while (!att.closing.empty() && !notice.type.empty() && att.closing.front().text.starts_with(self)) {
    notice.closing.push_back(std::move(att.closing.front()));
    att.closing.erase(att.closing.begin());
  }
  return att;
}

std::optional<std::size_t> find_date_line(const std::vector<Paragraph>& ps, std::size_t begin, std::size_t end,
                                          std::optional<Date>& date) {
  for (std::size_t i = begin; i < end; ++i) {
    if ((date = parse_date_line(ps[i].text))) return i;
  }
  return std::nullopt;
}

}  // namespace

Document build_document(std::vector<Paragraph>& ps, const DocumentStart& start, std::size_t end) {
  Document doc;
  set_title(doc, ps, start.title_begin, start.title_end);
  std::size_t pos = start.title_end;
  if (start.number_at) {
    doc.number = grammar::parse_doc_number(squeeze(ps[*start.number_at].text));
    pos = *start.number_at + 1;
  }
  if (pos < end) {
    if (auto date = subtitle_date(squeeze(ps[pos].text))) {
      doc.signed_date = date;
      ++pos;
    }
  }
  // A speaker line (驻马店市人民政府市长 李跃勇) may stand before the salutation;
  // it stays in the preamble.
  std::vector<Paragraph> lead;
  for (std::size_t i = pos; i < std::min(end, pos + 2); ++i) {
    if (!is_addressee_line(ps[i].text)) continue;
    doc.addressees = split_addressees(ps[i].text);
    lead.assign(ps.begin() + static_cast<std::ptrdiff_t>(pos), ps.begin() + static_cast<std::ptrdiff_t>(i));
    pos = i + 1;
    break;
  }
  std::optional<Date> date;
  const auto date_at = find_date_line(ps, pos, end, date);
  if (date_at) doc.signed_date = date;
  if (date_at && *date_at == pos) {
    // A dated header line right after the title (statutes: 1985年12月30日).
    fill_body(doc, ps, pos + 1, end);
  } else {
    fill_body(doc, ps, pos, date_at.value_or(end));
  }
  doc.preamble.insert(doc.preamble.begin(), lead.begin(), lead.end());
  if (!date_at || *date_at == pos || *date_at + 1 >= end) return doc;
  if (looks_like_title(ps[*date_at + 1].text)) {
    doc.attachments.push_back(build_attachment(doc, ps, *date_at + 1, end));
  } else {
    // What follows a signing date without a title of its own (抄送, 印发 lines).
    doc.closing.insert(doc.closing.end(), ps.begin() + static_cast<std::ptrdiff_t>(*date_at) + 1,
                       ps.begin() + static_cast<std::ptrdiff_t>(end));
  }
  return doc;
}

}  // namespace clausecheck::parse
