#include "parse/facts/triggers.hpp"

#include <bit>
#include <cstring>

#include "parse/facts/char_set.hpp"
#include "text/utf8.hpp"

namespace clausecheck::parse {

namespace {

// Figures start with a digit, a Chinese numeral (also a capital one: 壹拾万元整) or 半.
const CharSet figure_chars(
    U"0123456789０１２３４５６７８９〇○零一二两三四五六七八九十百千万亿半壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億");
const CharSet any_trigger(
    U"0123456789０１２３４５６７８９〇○零一二两三四五六七八九十百千万亿半壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億每自施有试继"
    U"废停再准代修《〔[【［责");

// The last two bytes of the three-byte triggers, as the 16-bit word they are
// in memory. A character whose last two bytes are none of these is no trigger
// whatever its first byte: told by one load and one byte compare, where
// decoding it and asking `any_trigger` took twice the instructions (a bitmap
// of the words took two more per character than these bytes). Only words of
// two continuation bytes are ever read: 64 cache lines of the 64 KB. Few
// Chinese characters share a trigger's last two bytes (1 % of the seed's).
class TailSet {
 public:
  constexpr explicit TailSet(std::u32string_view chars) {
    for (char32_t c : chars)
      if (const text::Encoded utf8 = text::encode(c); utf8.length == 3) {
        const unsigned second = utf8.bytes[1], third = utf8.bytes[2];
        held_[std::endian::native == std::endian::little ? second | third << 8 : second << 8 | third] = 1;
      }
  }
  // `tail` points at a character's second byte; two bytes are readable.
  bool may_hold(const unsigned char* tail) const {
    std::uint16_t word;
    std::memcpy(&word, tail, sizeof word);
    return held_[word] != 0;
  }

 private:
  std::array<std::uint8_t, 0x10000> held_{};
};

const TailSet trigger_tails(
    U"０１２３４５６７８９〇○零一二两三四五六七八九十百千万亿半壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億每自施有试继废停再准代"
    U"修《〔【"
    U"［责");

void add(Triggers& out, char32_t c, std::uint32_t at) {
  if (figure_chars.contains(c)) {
    out.figures.push_back(at);
    return;
  }
  switch (c) {
    case U'每':
      out.every.push_back(at);
      break;
    case U'自':
    case U'施':
      out.from.push_back(at);
      break;
    case U'有':
    case U'试':
      out.validity.push_back(at);
      break;
    case U'继':
    case U'废':
    case U'停':
    case U'再':
    case U'准':
    case U'代':
    case U'修':
      out.repeal.push_back(at);
      break;
    case U'《':
      out.titles.push_back(at);
      break;
    case U'〔':
    case U'[':
    case U'【':
    case U'［':
      out.brackets.push_back(at);
      break;
    case U'责':
      out.duty.push_back(at);
      break;
    default:
      break;
  }
}

// The three-byte character at `at`, when the filter let it through: most
// such are triggers. Out of line, so the scan's loop keeps its registers.
[[gnu::noinline]] void add_three_byte(std::string_view text, std::size_t at, Triggers& out) {
  const char32_t c = text::decode_at(text, at).value;
  if (any_trigger.contains(c)) add(out, c, static_cast<std::uint32_t>(at));
}

}  // namespace

void find_triggers(std::string_view text, Triggers& out) {
  for (auto* v :
       {&out.figures, &out.every, &out.from, &out.validity, &out.repeal, &out.titles, &out.brackets, &out.duty})
    v->clear();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  // Every character starting before `limit` has three readable bytes, so the
  // hot loop needs no check of its own; the last two bytes can only hold
  // ASCII triggers.
  const std::size_t limit = size >= 2 ? size - 2 : 0;
  const unsigned char* const stop = bytes + limit;
  std::size_t at = 0;
  while (at < limit) {
    const unsigned char byte = bytes[at];
    if (text::leads_three_bytes(byte)) {
      // Every other trigger is a three-byte character; Chinese text is a run
      // of them, walked in a tight loop of its own, by a pointer alone: with
      // the offset kept beside it, each character took three more instructions.
      const unsigned char* p = bytes + at;
      do {
        if (trigger_tails.may_hold(p + 1)) add_three_byte(text, static_cast<std::size_t>(p - bytes), out);
        p += 3;
      } while (p < stop && text::leads_three_bytes(*p));
      at = static_cast<std::size_t>(p - bytes);
    } else if (text::is_ascii(byte)) {
      if (any_trigger.contains(byte)) add(out, byte, static_cast<std::uint32_t>(at));
      ++at;
    } else {
      at += text::sequence_length(byte);
    }
  }
  for (; at < size; ++at)
    if (any_trigger.contains(bytes[at])) add(out, bytes[at], static_cast<std::uint32_t>(at));
}

}  // namespace clausecheck::parse
