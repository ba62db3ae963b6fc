#include "diff/redline.hpp"

#include <algorithm>

#include "text/code_points.hpp"
#include "diff/edit_script.hpp"

namespace clausecheck::diff {

namespace {

// The redline while it is cleaned: equal runs and changes, alternating.
struct Block {
  bool change = false;
  std::u32string equal;    // when !change
  std::u32string removed;  // when change
  std::u32string added;
};

bool is_word_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'.' ||
         (c >= U'０' && c <= U'９');
}

std::vector<Block> raw_blocks(const std::u32string& a, const std::u32string& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  const auto head = static_cast<std::ptrdiff_t>(prefix), tail = static_cast<std::ptrdiff_t>(suffix);
  const std::vector<char32_t> mid_a(a.begin() + head, a.end() - tail);
  const std::vector<char32_t> mid_b(b.begin() + head, b.end() - tail);

  std::vector<Block> out;
  auto equal = [&](char32_t c) {
    if (out.empty() || out.back().change) out.push_back(Block{});
    out.back().equal += c;
  };
  auto change = [&]() -> Block& {
    if (out.empty() || !out.back().change) out.push_back(Block{true, {}, {}, {}});
    return out.back();
  };
  for (std::size_t i = 0; i < prefix; ++i) equal(a[i]);
  std::size_t i = 0, j = 0;
  for (Edit e : edit_script(mid_a, mid_b)) {
    if (e == Edit::common) equal(mid_a[i++]), ++j;
    else if (e == Edit::deleted) change().removed += mid_a[i++];
    else change().added += mid_b[j++];
  }
  for (std::size_t k = a.size() - suffix; k < a.size(); ++k) equal(a[k]);
  return out;
}

std::size_t weight(const Block& change) { return std::max(change.removed.size(), change.added.size()); }

// Folds short equal runs between two changes into one change, until none is
// left: one pass with the result as a stack, since a fold only makes the
// change on top heavier and so may let it swallow the equal run below it.
void fold_short_equalities(std::vector<Block>& blocks) {
  std::vector<Block> out;
  out.reserve(blocks.size());
  for (Block& b : blocks) {
    out.push_back(std::move(b));
    while (out.size() >= 3) {
      Block& right = out.back();
      Block& mid = out[out.size() - 2];
      Block& left = out[out.size() - 3];
      if (!right.change || mid.change || !left.change) break;
      if (mid.equal.size() > weight(left) || mid.equal.size() > weight(right)) break;
      left.removed += mid.equal + right.removed;
      left.added += mid.equal + right.added;
      out.resize(out.size() - 2);
    }
  }
  blocks = std::move(out);
}

// Whether a change touches a word character on the side facing `edge`.
bool starts_word(const Block& c) {
  return (!c.removed.empty() && is_word_char(c.removed.front())) || (!c.added.empty() && is_word_char(c.added.front()));
}
bool ends_word(const Block& c) {
  return (!c.removed.empty() && is_word_char(c.removed.back())) || (!c.added.empty() && is_word_char(c.added.back()));
}

// Grows each change over the rest of a Latin word or number it cuts through.
void extend_to_words(std::vector<Block>& blocks) {
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    Block& c = blocks[k];
    if (!c.change) continue;
    if (k > 0 && starts_word(c)) {
      std::u32string& before = blocks[k - 1].equal;
      const auto word = std::find_if(before.rbegin(), before.rend(), [](char32_t x) { return !is_word_char(x); });
      const std::u32string part(word.base(), before.end());
      c.removed.insert(0, part);
      c.added.insert(0, part);
      before.erase(word.base(), before.end());
    }
    if (k + 1 < blocks.size() && ends_word(c)) {
      std::u32string& after = blocks[k + 1].equal;
      const auto word = std::find_if(after.begin(), after.end(), [](char32_t x) { return !is_word_char(x); });
      const std::u32string part(after.begin(), word);
      c.removed += part;
      c.added += part;
      after.erase(after.begin(), word);
    }
  }
  // An equal run eaten up joins its neighbouring changes.
  std::vector<Block> merged;
  for (Block& b : blocks) {
    if (!b.change && b.equal.empty()) continue;
    if (b.change && !merged.empty() && merged.back().change) {
      merged.back().removed += b.removed;
      merged.back().added += b.added;
    } else {
      merged.push_back(std::move(b));
    }
  }
  blocks = std::move(merged);
}

}  // namespace

Redline make_redline(std::string_view old_text, std::string_view new_text) {
  std::vector<Block> blocks = raw_blocks(text::to_code_points(old_text), text::to_code_points(new_text));
  fold_short_equalities(blocks);
  extend_to_words(blocks);
  Redline out;
  for (const Block& b : blocks) {
    if (!b.change) {
      out.push_back({RedlineOp::equal, text::to_utf8(b.equal)});
      continue;
    }
    if (!b.removed.empty()) out.push_back({RedlineOp::deleted, text::to_utf8(b.removed)});
    if (!b.added.empty()) out.push_back({RedlineOp::inserted, text::to_utf8(b.added)});
  }
  return out;
}

}  // namespace clausecheck::diff
