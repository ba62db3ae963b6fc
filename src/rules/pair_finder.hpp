#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace clausecheck::rules {

// Where any of a few six-byte strings (pairs of three-byte characters, as the
// repetition rule counts over a run) stands in a text. Wu–Manber's shift over
// two-byte blocks: a window steps by up to five bytes a look-up where a scan
// character by character decoded each one (a tenth of a check of the laws).
// Takes any bytes; a match is wherever the six bytes stand (on valid UTF-8,
// where a character starts).
class PairFinder {
 public:
  // The six bytes at text[at], big-endian in one integer.
  static std::uint64_t key_at(std::string_view text, std::size_t at);

  explicit PairFinder(std::vector<std::uint64_t> pairs);
  bool empty() const { return pairs_.empty(); }
  // The first offset from `from` on where one of the pairs stands, or npos.
  std::size_t find(std::string_view text, std::size_t from) const;

 private:
  std::vector<std::uint64_t> pairs_;                        // sorted, each once
  std::array<std::uint8_t, std::size_t{1} << 16> shift_{};  // by the window's last two bytes
};

}  // namespace clausecheck::rules
