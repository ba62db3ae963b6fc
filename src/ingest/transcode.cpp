#include "ingest/transcode.hpp"

#include <iconv.h>

#include <cerrno>
#include <stdexcept>

#include "text/utf8.hpp"

namespace clausecheck::ingest {

Transcoded utf16_to_utf8(std::string_view bytes, bool big_endian) {
  Transcoded out;
  out.text.reserve(bytes.size() * 3 / 2);
  const auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const char32_t u = unit(i);
    if (u >= 0xDC00 && u <= 0xDFFF) return {{}, i};
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 >= bytes.size()) return {{}, i};
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return {{}, i};
      text::append_utf8(out.text, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
      i += 2;
      continue;
    }
    text::append_utf8(out.text, u);
  }
  if (i < bytes.size()) return {{}, i};
  return out;
}

namespace {
// iconv_t owner, so that every return path closes the descriptor.
class Iconv {
 public:
  Iconv(const char* to, const char* from) : cd_(iconv_open(to, from)) {
    // NOLINTNEXTLINE(performance-no-int-to-ptr): (iconv_t)-1 is how iconv_open says it failed.
    if (cd_ == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error(std::string("iconv_open ") + from);
  }
  ~Iconv() { iconv_close(cd_); }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};
}  // namespace

Transcoded gb18030_to_utf8(std::string_view bytes) {
  Iconv cd("UTF-8", "GB18030");
  Transcoded out;
  // A GB18030 character of n bytes becomes at most n + n/2 UTF-8 bytes.
  out.text.resize(bytes.size() + bytes.size() / 2 + 4);
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* dst = out.text.data();
  std::size_t out_left = out.text.size();
  if (iconv(cd.get(), &in, &in_left, &dst, &out_left) == static_cast<std::size_t>(-1))
    return {{}, static_cast<std::size_t>(in - bytes.data())};
  out.text.resize(out.text.size() - out_left);
  return out;
}

}  // namespace clausecheck::ingest
