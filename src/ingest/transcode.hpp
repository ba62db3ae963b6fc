#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace clausecheck::ingest {

// The UTF-8 form of text in another encoding, or the offset of the first byte
// that could not be decoded.
struct Transcoded {
  std::string text;
  std::size_t bad = std::string_view::npos;
  bool ok() const { return bad == std::string_view::npos; }
};

// UTF-16 without its BOM; unpaired surrogates and an odd byte count are errors.
Transcoded utf16_to_utf8(std::string_view bytes, bool big_endian);
// GB18030 (a superset of GBK and GB2312), strictly, with glibc's iconv.
Transcoded gb18030_to_utf8(std::string_view bytes);

}  // namespace clausecheck::ingest
