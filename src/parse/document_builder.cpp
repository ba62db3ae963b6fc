#include "parse/document_builder.hpp"

#include "grammar/clause_number.hpp"
#include "grammar/doc_number.hpp"
#include "grammar/signature_line.hpp"
#include "parse/clause_tree.hpp"
#include "parse/date_line.hpp"
#include "parse/document_type.hpp"
#include "parse/header_lines.hpp"
#include "parse/text_shape.hpp"
#include "text/utf8.hpp"

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

// 第二条 具备下列条件之一的…： is a lead-in of a clause, not a salutation; so is
// a sentence announcing what follows (…现就…作如下规定：, 特作以下的规定：, 通知如下：).
bool is_addressee_line(std::string_view text) {
  return text.ends_with("：") && !has_sentence_end(text) && text::code_point_count(text) <= kAddresseesMax &&
         !grammar::match_clause_number(text) && text.find("如下") == std::string_view::npos &&
         !text.ends_with("规定：");
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

// The document a 印发 notice carries: its title lines, then its text. A
// closing statement about the notice (本通知自发布之日起实施) that PDF layout
// put after the attachment belongs to the notice.
Document build_attachment(Document& notice, std::vector<Paragraph>& ps, std::size_t begin, std::size_t title_end,
                          std::size_t end) {
  Document att;
  set_title(att, ps, begin, title_end);
  if (att.issuer.empty()) att.issuer = notice.issuer;
  fill_body(att, ps, title_end, end);
  const std::string self = "本" + notice.type;
  while (!att.closing.empty() && !notice.type.empty() && att.closing.front().text.starts_with(self)) {
    notice.closing.push_back(std::move(att.closing.front()));
    att.closing.erase(att.closing.begin());
  }
  return att;
}

// The signing date: the first line from begin on that is a date alone or an
// issuer and a date (郑州市人民政府 2023年3月15日).
std::optional<std::size_t> find_signing_line(const std::vector<Paragraph>& ps, std::size_t begin, std::size_t end,
                                             std::optional<SigningLine>& line) {
  for (std::size_t i = begin; i < end; ++i) {
    if ((line = parse_signing_line(ps[i].text))) return i;
  }
  return std::nullopt;
}

// Who signs when the title names no issuer (国务院办公厅对…的答复): the issuer
// on the date's line, or the line just before it.
std::string signature_issuer(const std::vector<Paragraph>& ps, std::size_t pos, std::size_t date_at,
                             const SigningLine& line) {
  if (!line.issuer.empty()) return line.issuer;
  if (date_at > pos && looks_like_title(ps[date_at - 1].text)) return squeeze(ps[date_at - 1].text);
  return {};
}

// Where the lines that sign above the date begin: the issuer's (成都市人民政府, then 2023年4月10日)
// and each issuer's of a joint document (市财政局, 市税务局). They close the document: the last
// clause ended before them. A line that opens a clause (五、附则) is no signature.
std::size_t signature_begin(const std::vector<Paragraph>& ps, std::size_t pos, std::size_t date_at) {
  constexpr std::size_t kMaxLines = 4;
  std::size_t begin = date_at;
  while (begin > pos + 1 && date_at - begin < kMaxLines && grammar::is_issuer_line(squeeze(ps[begin - 1].text)) &&
         !grammar::match_clause_number(ps[begin - 1].text))
    --begin;
  return begin;
}

std::optional<DocNumber> read_number(const std::vector<Paragraph>& ps, const DocumentStart& start) {
  if (!start.number_at) return std::nullopt;
  if (!start.decree) return read_number_line(ps[*start.number_at].text);
  const std::string line = squeeze(ps[*start.number_at].text);
  std::string name;  // the 令's name when printed on a line of its own
  for (std::size_t i = start.title_begin; i < start.title_end; ++i) name += squeeze(ps[i].text);
  return grammar::parse_decree_number(name + line);
}

// A 令 and the measure it publishes are one document, as 发文字号 lists cite
// them: the measure's title and text, the 令's number, issuer and date. The
// 令's own text (《…办法》已经…通过，现予公布，自…起施行 / 市长 ×××) opens it.
Document build_decree(std::vector<Paragraph>& ps, const DocumentStart& start, std::size_t date_at,
                      const SigningLine& signing, std::size_t title_end, std::size_t end) {
  Document doc;
  set_title(doc, ps, date_at + 1, title_end);
  doc.number = read_number(ps, start);
  if (doc.number) doc.issuer = std::string(decree_issuer(doc.number->agency));
  doc.signed_date = signing.date;
  doc.signing = signing_date(ps[date_at], signing);
  fill_body(doc, ps, title_end, end);
  const auto text = ps.begin() + static_cast<std::ptrdiff_t>(*start.number_at + 1);
  doc.preamble.insert(doc.preamble.begin(), text, ps.begin() + static_cast<std::ptrdiff_t>(date_at));
  return doc;
}

// What follows a signing date: notes and the 抄送 and 印发 lines stay with the
// document; a title after them begins the document it carries.
void read_after_signing(Document& doc, std::vector<Paragraph>& ps, std::size_t date_at, std::size_t end) {
  std::size_t after = date_at + 1;
  while (after < end && is_header_note(ps[after].text)) ++after;
  const std::size_t title_end = after < end ? title_end_from(ps, after, end) : after;
  const auto first = ps.begin() + static_cast<std::ptrdiff_t>(date_at + 1);
  if (title_end == after) {
    doc.closing.insert(doc.closing.end(), first, ps.begin() + static_cast<std::ptrdiff_t>(end));
    return;
  }
  doc.closing.insert(doc.closing.end(), first, ps.begin() + static_cast<std::ptrdiff_t>(after));
  doc.attachments.push_back(build_attachment(doc, ps, after, title_end, end));
}

}  // namespace

Document build_document(std::vector<Paragraph>& ps, const DocumentStart& start, std::size_t end) {
  std::size_t pos = start.number_at ? std::max(start.title_end, *start.number_at + 1) : start.title_end;
  std::optional<SigningLine> signing;
  if (start.decree) {
    const auto date_at = find_signing_line(ps, pos, end, signing);
    const std::size_t title_end = date_at ? title_end_from(ps, *date_at + 1, end) : 0;
    if (date_at && title_end > *date_at + 1) return build_decree(ps, start, *date_at, *signing, title_end, end);
  }
  Document doc;
  set_title(doc, ps, start.title_begin, start.title_end);
  doc.number = read_number(ps, start);
  if (start.decree && doc.number) {
    if (doc.title.empty()) doc.title = doc.number->agency;
    doc.issuer = std::string(decree_issuer(doc.number->agency));
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
  const auto date_at = find_signing_line(ps, pos, end, signing);
  if (date_at) {
    doc.signed_date = signing->date;
    doc.signing = signing_date(ps[*date_at], *signing);
    if (doc.issuer.empty()) doc.issuer = signature_issuer(ps, pos, *date_at, *signing);
  }
  if (date_at && *date_at == pos) {
    // A dated header line right after the title (statutes: 1985年12月30日).
    fill_body(doc, ps, pos + 1, end);
  } else {
    const std::size_t signers = date_at ? signature_begin(ps, pos, *date_at) : end;
    fill_body(doc, ps, pos, signers);
    if (date_at)
      doc.closing.insert(doc.closing.end(), ps.begin() + static_cast<std::ptrdiff_t>(signers),
                         ps.begin() + static_cast<std::ptrdiff_t>(*date_at));
  }
  doc.preamble.insert(doc.preamble.begin(), lead.begin(), lead.end());
  // A signing line whose date does not exist (2023年2月30日) signs no day: kept as
  // the closing's first line, its date is read and diagnosed (invalid-date) like
  // any other in the text, not dropped unseen.
  if (date_at && !signing->date) doc.closing.push_back(ps[*date_at]);
  if (date_at && *date_at != pos && *date_at + 1 < end) read_after_signing(doc, ps, *date_at, end);
  return doc;
}

}  // namespace clausecheck::parse
