#include "parse/document_starts.hpp"

#include <algorithm>

#include "grammar/doc_number.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

// The title before a number line: one paragraph, or an issuer line and a
// 关于… line that PDF extraction set apart (驻马店市人民政府办公室 / 关于…的通知).
DocumentStart title_before_number(const std::vector<Paragraph>& ps, std::size_t begin, std::size_t number) {
  DocumentStart start{number, number, number};
  if (number == begin || !looks_like_title(ps[number - 1].text)) return start;
  start.title_begin = number - 1;
  const std::string last = squeeze(ps[number - 1].text);
  if (last.starts_with("关于") && start.title_begin > begin && looks_like_title(ps[number - 2].text) &&
      code_points(squeeze(ps[number - 2].text)) <= 30)
    start.title_begin = number - 2;
  return start;
}

constexpr std::size_t kNumberLineMax = 80;  // bytes; 驻政办〔2023〕10号 with spaces to spare

bool is_number_line(std::string_view text) {
  return text.size() <= kNumberLineMax && text.ends_with("号") && grammar::parse_doc_number(squeeze(text)).has_value();
}

std::optional<DocumentStart> contents_title_at(const std::vector<Paragraph>& ps, std::size_t i, std::size_t end,
                                               const std::vector<std::string>& titles) {
  if (titles.empty() || !looks_like_title(ps[i].text)) return std::nullopt;
  const std::string one = squeeze(ps[i].text);
  if (std::find(titles.begin(), titles.end(), one) != titles.end()) return DocumentStart{i, i + 1, std::nullopt};
  if (i + 1 < end) {
    const std::string two = one + squeeze(ps[i + 1].text);
    if (std::find(titles.begin(), titles.end(), two) != titles.end()) return DocumentStart{i, i + 2, std::nullopt};
  }
  return std::nullopt;
}

}  // namespace

std::vector<DocumentStart> find_document_starts(const std::vector<Paragraph>& ps, std::size_t begin, std::size_t end,
                                                const std::vector<std::string>& titles) {
  std::vector<DocumentStart> starts;
  for (std::size_t i = begin; i < end; ++i) {
    if (is_number_line(ps[i].text)) {
      // The number line right after a contents title belongs to that title.
      if (!starts.empty() && !starts.back().number_at && starts.back().title_end == i) {
        starts.back().number_at = i;
        continue;
      }
      starts.push_back(title_before_number(ps, starts.empty() ? begin : starts.back().title_end, i));
      continue;
    }
    if (auto found = contents_title_at(ps, i, end, titles)) {
      starts.push_back(*found);
      i = found->title_end - 1;
    }
  }
  if (starts.empty() && begin < end) {
    const bool titled = looks_like_title(ps[begin].text);
    starts.push_back({begin, titled ? begin + 1 : begin, std::nullopt});
  }
  return starts;
}

}  // namespace clausecheck::parse
