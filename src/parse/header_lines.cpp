#include "parse/header_lines.hpp"

#include <array>
#include <string>

#include "grammar/doc_number.hpp"
#include "grammar/signature_line.hpp"
#include "ingest/line_shape.hpp"
#include "parse/date_line.hpp"
#include "parse/document_type.hpp"
#include "parse/text_shape.hpp"
#include "text/han.hpp"
#include "text/utf8.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kNumberLineMax = 100;  // bytes; 驻政办〔2023〕10号 签发人：××× with spaces to spare
constexpr std::size_t kTitleLinesMax = 3;    // a title printed over more lines is not seen in practice
constexpr std::size_t kMastheadMax = 30;   // code points of 中共××市委办公室××市人民政府办公室文件
constexpr std::size_t kLabelMax = 8;       // code points of a line's label (索引号, 公开方式, 签发人)
constexpr std::size_t kShortNoteMax = 20;  // code points: a longer line in brackets is a note (题注)
constexpr std::size_t kJointIssuersMax = 4;     // issuer lines above a joint header's 文件
constexpr std::size_t kAttachmentLabelMax = 5;  // code points of 附件, 附件1, 附件1.

constexpr std::array kIndexLabels = {"索引号",   "信息索引号", "发布机构", "发文机关", "公开方式", "公开范围",
                                     "公开属性", "主题分类",   "组配分类", "体裁分类", "成文日期", "发布日期",
                                     "发文日期", "生效日期",   "文号",     "发文字号", "有效性",   "标题"};

// What an issuer's name ends with, so 文件 after it is a masthead.
constexpr std::array kOrganEnds = {"政府", "办公厅", "办公室", "委员会", "委", "局", "厅", "部", "院", "署", "会"};

constexpr std::array kOpenEnds = {"的", "和", "与", "及", "或", "暨", "关于", "印发", "转发", "批转"};

constexpr std::array kNoteOpenings = {"此件", "本件", "此页", "本页", "本文"};

bool has_ascii_letter(std::string_view text) {
  for (char c : text)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  return false;
}

// An index code: one word of ASCII letters, digits and separators holding a
// digit (HHCR-2023-01005, 000014349/2023-00012), not a line of English.
bool is_index_code(std::string_view text) {
  bool digit = false;
  for (char c : text) {
    if (c == ' ' || !text::is_ascii(c)) return false;
    digit = digit || (c >= '0' && c <= '9');
  }
  return digit;
}

// The label before a line's first colon (索引号：…), when it is short and no
// title's words (关于…).
std::string_view label_of(std::string_view squeezed) {
  const auto colon = find_any(squeezed, {"：", ":"});
  if (colon == std::string_view::npos || colon == 0) return {};
  const auto label = squeezed.substr(0, colon);
  if (text::code_point_count(label) > kLabelMax || label.find("关于") != std::string_view::npos) return {};
  return label;
}

// （此件公开发布）, (本文有删减), or a long 题注 in brackets; a short bracket
// such as （试行） or （2018—2035年） can be a title's last line.
bool is_bracketed_note(std::string_view s) {
  const bool opens = s.starts_with("（") || s.starts_with("(");
  const bool closes = s.ends_with("）") || s.ends_with(")");
  if (!opens || !closes) return false;
  const auto inner = s.substr(s.starts_with("（") ? 3 : 1);
  for (std::string_view opening : kNoteOpenings)
    if (inner.starts_with(opening)) return true;
  return text::code_point_count(s) > kShortNoteMax;
}

// 武汉市人民政府办公厅 2023年5月15日印发: who printed the document and when.
// The printer is often an office's secretariat (…办公厅秘书处), no organ of its own.
bool is_printing_line(std::string_view s) {
  constexpr std::string_view kPrinted = "印发";
  if (!s.ends_with(kPrinted)) return false;
  s.remove_suffix(kPrinted.size());
  if (parse_date_line(s)) return true;
  const auto line = grammar::parse_signature_line(s);
  return line && line->date.part == grammar::DateText::Part::whole;
}

// A title is complete once it names its type; a 关于 title only with its
// 的 (关于印发…若干措施 / （试行）的通知 goes on past 措施).
bool is_complete_title(std::string_view joined) {
  if (read_title(joined).type.empty()) return false;
  const auto about = joined.find("关于");
  return about == std::string_view::npos || joined.find("的", about) != std::string_view::npos;
}

// A line ending in a word that needs more after it (…的, …和, …关于) cannot end a title.
bool ends_open(std::string_view s) {
  for (std::string_view word : kOpenEnds)
    if (s.ends_with(word)) return true;
  return false;
}

// An issuer of a joint header on a line of its own: a short line without a
// title's words.
bool is_issuer_line(std::string_view text) {
  if (!looks_like_title(text)) return false;
  const std::string s = squeeze(text);
  return s.find("关于") == std::string::npos && read_title(s).type.empty();
}

}  // namespace

std::optional<DocNumber> read_number_line(std::string_view text) {
  constexpr std::string_view kSigner = "签发人";
  if (text.size() > kNumberLineMax) return std::nullopt;
  const auto signer = text.find(kSigner);
  if (signer == std::string_view::npos && !text.ends_with("号") && !text.ends_with("號")) return std::nullopt;
  const std::string s = squeeze(text.substr(0, signer));
  return grammar::parse_doc_number(s);
}

bool names_organ(std::string_view name) {
  for (std::string_view end : kOrganEnds)
    if (name.ends_with(end)) return true;
  return false;
}

bool is_masthead_line(std::string_view text) {
  const std::string s = squeeze(text);
  constexpr std::string_view kFile = "文件";
  if (!s.ends_with(kFile) || text::code_point_count(s) > kMastheadMax || s.find("关于") != std::string::npos)
    return false;
  const std::string_view issuer = std::string_view(s).substr(0, s.size() - kFile.size());
  return issuer.empty() || names_organ(issuer);
}

bool is_index_line(std::string_view text) {
  const std::string s = squeeze(text);
  if (!text::holds_han(s)) return is_index_code(s);
  const std::string_view label = label_of(s);
  for (std::string_view known : kIndexLabels)
    if (label == known) return true;
  return false;
}

bool is_header_note(std::string_view text) {
  const std::string s = squeeze(text);
  if (!text::holds_han(s) && (is_index_code(s) || !has_ascii_letter(s))) return true;  // HHCR-2023-01005, - 3 -
  if (!label_of(s).empty() || ingest::is_decorated_page_number(s)) return true;
  if (s.starts_with("附件") && text::code_point_count(s) <= kAttachmentLabelMax) return true;
  return is_bracketed_note(s) || is_printing_line(s);
}

bool is_record_line(std::string_view text) {
  // Asked of every paragraph of a body: only one opening with 抄 (抄送：) or
  // ending with 发 (…印发) is squeezed, a copy, to be read.
  const std::string_view ends = squeeze_ends(text);
  if (!ends.starts_with("抄") && !ends.ends_with("发")) return false;
  const std::string s = squeeze(text);
  return label_of(s) == "抄送" || is_printing_line(s);
}

bool is_trial_mark(std::string_view s) { return s == "（试行）" || s == "(试行)" || s == "（暂行）" || s == "(暂行)"; }

std::size_t title_end_from(const std::vector<Paragraph>& ps, std::size_t at, std::size_t end) {
  std::string joined;
  std::size_t i = at;
  for (; i < end && i - at < kTitleLinesMax && looks_like_title(ps[i].text); ++i) {
    const std::string piece = squeeze(ps[i].text);
    if (!joined.empty() && is_complete_title(joined) && !is_trial_mark(piece)) break;
    joined += piece;
  }
  if (i <= at + 1 || !read_title(joined).type.empty()) return i;
  // Lines that never name a type: the title goes on only past a line that
  // cannot end one (深圳湾口岸港方口岸区的 / 查验区界址点坐标).
  std::size_t e = at + 1;
  while (e < i && ends_open(squeeze(ps[e - 1].text))) ++e;
  return e;
}

std::size_t title_begin_before(const std::vector<Paragraph>& ps, std::size_t floor, std::size_t stop) {
  std::size_t k = stop;
  while (k > floor && stop - k < kTitleLinesMax && looks_like_title(ps[k - 1].text)) --k;
  // The last line holding 关于: a line before it that holds one too is a
  // title of its own (a statute's heading above its 关于 title).
  for (std::size_t j = stop; j > k; --j) {
    const std::string line = squeeze(ps[j - 1].text);
    if (line.find("关于") == std::string::npos) continue;
    const bool issuer_before =
        line.starts_with("关于") && j - 1 > k && is_issuer_line(ps[j - 2].text) && names_organ(squeeze(ps[j - 2].text));
    return issuer_before ? j - 2 : j - 1;
  }
  for (std::size_t j = k; j < stop; ++j)
    if (find_any(squeeze(ps[j].text), {"转发", "批转"}) != std::string::npos) return j;
  return k;
}

std::size_t header_begin(const std::vector<Paragraph>& ps, std::size_t floor, std::size_t at) {
  std::size_t b = at;
  while (b > floor && (is_index_line(ps[b - 1].text) || is_masthead_line(ps[b - 1].text))) {
    --b;
    if (!is_masthead_line(ps[b].text)) continue;
    for (std::size_t n = 0; b > floor && n < kJointIssuersMax && is_issuer_line(ps[b - 1].text); ++n) --b;
  }
  return b;
}

std::string_view decree_issuer(std::string_view name) {
  constexpr std::string_view kDecree = "令", kState = "中华人民共和国";
  if (name.ends_with(kDecree)) name.remove_suffix(kDecree.size());
  if (name.starts_with(kState) && name.size() > kState.size()) name.remove_prefix(kState.size());
  return name;
}

}  // namespace clausecheck::parse
