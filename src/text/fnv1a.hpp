#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace clausecheck::text {

inline constexpr std::uint64_t kFnv1aOffset = 14695981039346656037ULL;

// 64-bit FNV-1a of `bytes`, continuing from `hash`: one multiply a byte, no
// table, the same value on every machine. Not cryptographic: it tells an edit
// from no edit (finding fingerprints, the index's content hashes), never a
// forgery from the original.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnv1aOffset);

// The hash as 16 lower-case hex digits.
std::string hex64(std::uint64_t hash);

}  // namespace clausecheck::text
