#include "reports/output_stream.hpp"

#include <string_view>

namespace clausecheck::reports {

OutputStream::Buffer::Buffer(OutputFile& file) : file_(file) { setp(room_.data(), room_.data() + room_.size()); }

void OutputStream::Buffer::drain() {
  const std::string_view held(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(room_.data(), room_.data() + room_.size());  // emptied first: a throwing write leaves nothing to write again
  if (!held.empty()) file_.write(held);
}

OutputStream::Buffer::int_type OutputStream::Buffer::overflow(int_type c) {
  drain();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

// A piece larger than the buffer goes to the file directly, after what the buffer holds.
std::streamsize OutputStream::Buffer::xsputn(const char* s, std::streamsize n) {
  const auto size = static_cast<std::size_t>(n);
  if (size <= static_cast<std::size_t>(epptr() - pptr())) {
    traits_type::copy(pptr(), s, size);
    pbump(static_cast<int>(n));
    return n;
  }
  drain();
  if (size < room_.size()) return xsputn(s, n);
  file_.write(std::string_view(s, size));
  return n;
}

int OutputStream::Buffer::sync() {
  drain();
  return 0;
}

OutputStream::OutputStream(OutputFile& file) : std::ostream(nullptr), buffer_(file), file_(file) {
  rdbuf(&buffer_);
  exceptions(std::ios::badbit);
}

void OutputStream::finish() {
  buffer_.drain();
  file_.commit();
}

}  // namespace clausecheck::reports
