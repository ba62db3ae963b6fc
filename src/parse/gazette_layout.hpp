#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "model/gazette.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::parse {

// Where a gazette issue's parts lie: masthead and contents first, the
// documents in [body_begin, body_end), the colophon (主办单位：… 出版日期：…) last.
struct GazetteLayout {
  Gazette gazette;
  std::size_t body_begin = 0;
  std::size_t body_end = 0;
};

// A gazette is recognised by its issue line (第2号（总第124号）) near the top.
std::optional<GazetteLayout> read_gazette(const std::vector<Paragraph>& paragraphs);

}  // namespace clausecheck::parse
