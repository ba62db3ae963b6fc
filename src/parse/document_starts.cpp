#include "parse/document_starts.hpp"

#include <algorithm>

#include "grammar/doc_number.hpp"
#include "parse/document_type.hpp"
#include "parse/header_lines.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

constexpr std::size_t kDecreeLineMax = 90;  // bytes; 中华人民共和国国务院令 第707号 with spaces

bool ends_with_hao(std::string_view text) { return text.ends_with("号") || text.ends_with("號"); }

bool is_number_line(std::string_view text) { return read_number_line(text).has_value(); }

// The end of a document's header: after its title and its number.
std::size_t header_end(const DocumentStart& s) { return std::max(s.title_end, s.number_at.value_or(0) + 1); }

// A number line with its title before it (the usual layout) or after it
// (成府发〔2023〕12号 / 成都市人民政府关于…). Lines before the number that name
// no document type are a red header (中共××市委 ××市人民政府), not a title,
// when a title follows the number.
DocumentStart start_at_number(const std::vector<Paragraph>& ps, std::size_t floor, std::size_t number,
                              std::size_t end) {
  const std::size_t before = title_begin_before(ps, floor, number);
  std::string title;
  for (std::size_t i = before; i < number; ++i) title += squeeze(ps[i].text);
  const bool typed = !read_title(title).type.empty();
  const std::size_t after_end = typed ? number + 1 : title_end_from(ps, number + 1, end);
  if (before < number && (typed || after_end == number + 1))
    return {header_begin(ps, floor, before), before, number, number};
  if (after_end > number + 1) return {header_begin(ps, floor, before), number + 1, after_end, number};
  return {header_begin(ps, floor, number), number, number, number};
}

// 长沙市人民政府令 / 第158号, or both on one line.
std::optional<DocumentStart> decree_at(const std::vector<Paragraph>& ps, std::size_t floor, std::size_t i,
                                       std::size_t end) {
  const std::string_view text = ps[i].text;
  if (text.size() > kDecreeLineMax) return std::nullopt;
  if (ends_with_hao(text) && grammar::parse_decree_number(squeeze(text)))
    return DocumentStart{header_begin(ps, floor, i), i, i, i, true};
  if (!text.ends_with("令") || i + 1 >= end || ps[i + 1].text.size() > kDecreeLineMax) return std::nullopt;
  if (!grammar::parse_decree_number(squeeze(text) + squeeze(ps[i + 1].text))) return std::nullopt;
  return DocumentStart{header_begin(ps, floor, i), i, i + 1, i + 1, true};
}

std::optional<DocumentStart> contents_title_at(const std::vector<Paragraph>& ps, std::size_t i, std::size_t end,
                                               const std::vector<std::string>& titles) {
  if (titles.empty() || !looks_like_title(ps[i].text)) return std::nullopt;
  const std::string one = squeeze(ps[i].text);
  if (std::find(titles.begin(), titles.end(), one) != titles.end()) return DocumentStart{i, i, i + 1, std::nullopt};
  if (i + 1 < end) {
    const std::string two = one + squeeze(ps[i + 1].text);
    if (std::find(titles.begin(), titles.end(), two) != titles.end()) return DocumentStart{i, i, i + 2, std::nullopt};
  }
  return std::nullopt;
}

}  // namespace

std::vector<DocumentStart> find_document_starts(const std::vector<Paragraph>& ps, std::size_t begin, std::size_t end,
                                                const std::vector<std::string>& titles) {
  std::vector<DocumentStart> starts;
  for (std::size_t i = begin; i < end; ++i) {
    const std::size_t floor = starts.empty() ? begin : header_end(starts.back());
    if (is_number_line(ps[i].text)) {
      // The number line right after a contents title belongs to that title.
      if (!starts.empty() && !starts.back().number_at && starts.back().title_end == i) {
        starts.back().number_at = i;
        continue;
      }
      starts.push_back(start_at_number(ps, floor, i, end));
      i = header_end(starts.back()) - 1;
      continue;
    }
    if (auto decree = decree_at(ps, floor, i, end)) {
      starts.push_back(*decree);
      i = header_end(*decree) - 1;
      continue;
    }
    if (auto found = contents_title_at(ps, i, end, titles)) {
      starts.push_back(*found);
      i = found->title_end - 1;
    }
  }
  if (starts.empty() && begin < end) {
    std::size_t title = begin;
    while (title < end && (is_index_line(ps[title].text) || is_masthead_line(ps[title].text))) ++title;
    starts.push_back({begin, title, title < end ? title_end_from(ps, title, end) : title, std::nullopt});
  }
  return starts;
}

}  // namespace clausecheck::parse
