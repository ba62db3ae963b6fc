#include "ingest/read_source.hpp"

#include <algorithm>
#include <cstdio>

#include "text/blank.hpp"
#include "ingest/docx_reader.hpp"
#include "ingest/format_detect.hpp"
#include "ingest/html_reader.hpp"
#include "ingest/ofd_reader.hpp"
#include "ingest/pdf_text.hpp"
#include "ingest/inputs.hpp"
#include "ingest/read_file.hpp"
#include "ingest/transcode.hpp"
#include "ingest/zip_archive.hpp"
#include "text/utf8.hpp"
#include "model/input_error.hpp"
#include "model/messages.hpp"
#include "text/han.hpp"

namespace clausecheck::ingest {

namespace {

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

// A bad byte in text read as UTF-8, where an editor finds it (line, and
// column in characters of the text before it) and a hex viewer too (its
// offset in the file, `skipped` bytes of BOM before text).
InputError bad_byte(const std::string& path, std::string_view text, std::size_t at, std::size_t skipped,
                    const std::string& message) {
  const Location where = SourceText(path, std::string(text.substr(0, at))).locate(static_cast<std::uint32_t>(at));
  return InputError(path, where, msg(Msg::byte_offset, {message, std::to_string(at + skipped)}));
}

// UTF-16 text without a BOM: NUL in every other byte of its first characters
// (true of ASCII and of most CJK in one of the two byte orders).
bool looks_utf16_without_bom(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size() / 2, 32);
  if (n < 2) return false;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; ++i) {
    even += bytes[2 * i] == '\0';
    odd += bytes[2 * i + 1] == '\0';
  }
  return (even == n && odd == 0) || (odd == n && even == 0);
}

// Whether a GB18030 reading is Chinese text rather than bytes of some other
// encoding that happen to form GB18030 sequences: most non-ASCII characters
// must be CJK ideographs or CJK/full-width punctuation.
bool looks_chinese(std::string_view utf8) {
  std::size_t other = 0, cjk = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    if (text::is_ascii(utf8[i])) {
      ++i;
      continue;
    }
    const text::CodePoint cp = text::decode_at(utf8, i);
    i += cp.length;
    const char32_t c = cp.value;
    const bool common = text::is_han(c) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F) ||
                        (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2460 && c <= 0x24FF) ||
                        (c >= 0x2160 && c <= 0x217F) || (c >= 0x20000 && c <= 0x3134F) || c == 0x00B7 || c == 0x00D7 ||
                        c == 0x2103;
    (common ? cjk : other) += 1;
  }
  return cjk >= 2 * other;
}

// CRLF and lone CR to LF, in place.
void normalize_line_ends(std::string& text) {
  std::size_t out = text.find('\r');
  if (out == std::string::npos) return;
  for (std::size_t i = out; i < text.size(); ++i) {
    if (text[i] != '\r') {
      text[out++] = text[i];
    } else {
      text[out++] = '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  text.resize(out);
}

SourceText finish(std::string path, std::string text, std::string encoding) {
  normalize_line_ends(text);
  return SourceText(std::move(path), std::move(text), std::move(encoding));
}

SourceText decode_utf16(std::string path, std::string_view bytes, bool big_endian) {
  Transcoded t = utf16_to_utf8(bytes.substr(2), big_endian);
  const char* name = big_endian ? "UTF-16BE" : "UTF-16LE";
  if (!t.ok()) throw InputError::at_offset(path, t.bad + 2, msg(Msg::utf16_invalid, {name}));
  if (const auto at = text::first_control_byte(t.text); at != std::string_view::npos)
    throw InputError(path, msg(Msg::utf16_control, {name, hex_byte(static_cast<unsigned char>(t.text[at]))}));
  return finish(std::move(path), std::move(t.text), name);
}

}  // namespace

namespace {

// decode() on bytes it owns, so that a UTF-8 file is moved, not copied, into its SourceText.
SourceText decode_bytes(std::string path, std::string bytes) {
  // Spans are 32-bit offsets (a GBK file grows by half in UTF-8).
  if (bytes.size() >= 0x7FFF'FFFF) throw InputError(path, msg(Msg::huge_file));
  const std::string_view view = bytes;
  if (view.starts_with("\xFF\xFE")) return decode_utf16(std::move(path), view, false);
  if (view.starts_with("\xFE\xFF")) return decode_utf16(std::move(path), view, true);
  // Most files are clean UTF-8, told in one pass; the others are judged by the two passes that say where.
  const bool clean = text::is_clean_text(view);
  if (const auto at = clean ? std::string_view::npos : text::first_control_byte(view); at != std::string_view::npos) {
    if (looks_utf16_without_bom(view)) throw InputError::at_offset(path, at, msg(Msg::utf16_without_bom));
    throw bad_byte(path, view, at, 0, msg(Msg::control_byte, {hex_byte(static_cast<unsigned char>(view[at]))}));
  }
  if (view.starts_with("\xEF\xBB\xBF")) {
    const std::string_view body = view.substr(3);
    if (const auto bad = clean ? std::string_view::npos : text::first_invalid_utf8(body); bad != std::string_view::npos)
      throw bad_byte(path, body, bad, 3,
                     msg(Msg::bad_utf8_after_bom, {hex_byte(static_cast<unsigned char>(body[bad]))}));
    bytes.erase(0, 3);
    return finish(std::move(path), std::move(bytes), "UTF-8-BOM");
  }
  const auto bad = clean ? std::string_view::npos : text::first_invalid_utf8(view);
  if (bad == std::string_view::npos) return finish(std::move(path), std::move(bytes), "UTF-8");
  Transcoded gb = gb18030_to_utf8(view);
  if (gb.ok() && looks_chinese(gb.text)) return finish(std::move(path), std::move(gb.text), "GB18030");
  throw bad_byte(path, view, bad, 0, msg(Msg::bad_encoding, {hex_byte(static_cast<unsigned char>(view[bad]))}));
}

// decode_bytes, and what a file with no text gets: refused, or an empty text.
SourceText decode_owned(std::string path, std::string bytes, Blank blank) {
  if (bytes.empty()) {
    if (blank == Blank::refuse) throw InputError(path, msg(Msg::file_empty));
    return SourceText(std::move(path), "");
  }
  SourceText source = decode_bytes(std::move(path), std::move(bytes));
  if (blank == Blank::refuse && text::only_blanks(source.text())) throw InputError(source.path(), msg(Msg::file_blank));
  return source;
}

}  // namespace

namespace {

// Text a reader made from a package or a page: held to what decoded text is held to. An OFD's comes with
// its page table, its paragraphs apart by blank lines (SourceText::PageLines).
SourceText extracted(std::string path, std::string text, std::string format, Blank blank,
                     std::vector<std::uint32_t> page_starts = {}) {
  if (const auto bad = text::first_invalid_utf8(text); bad != std::string_view::npos)
    throw InputError(path, msg(Msg::extracted_bad_utf8, {format, std::to_string(bad)}));
  if (const auto at = text::first_control_byte(text); at != std::string_view::npos)
    throw InputError(path, msg(Msg::extracted_control, {format, hex_byte(static_cast<unsigned char>(text[at]))}));
  if (blank == Blank::refuse && text::only_blanks(text)) throw InputError(path, msg(Msg::extracted_no_text, {format}));
  return SourceText(std::move(path), std::move(text), std::move(format), std::move(page_starts),
                    SourceText::PageLines::blank_line_paragraphs);
}

// An HTML page in the charset it declares (GBK pages are common on government sites), else as text is decoded.
SourceText read_html(std::string path, std::string bytes, Blank blank) {
  const std::string charset = declared_charset(bytes);
  if (charset == "gbk" || charset == "gb2312" || charset == "gb18030") {
    Transcoded t = gb18030_to_utf8(bytes);
    if (!t.ok()) throw InputError::at_offset(path, t.bad, msg(Msg::html_bad_charset, {charset}));
    normalize_line_ends(t.text);
    return extracted(std::move(path), html_text(t.text), "HTML/GB18030", blank);
  }
  const SourceText markup = decode_bytes(path, std::move(bytes));
  const std::string format = markup.encoding().starts_with("UTF-8") ? "HTML" : "HTML/" + markup.encoding();
  return extracted(std::move(path), html_text(markup.text()), format, blank);
}

// The source of a file, read by the reader of its format.
SourceText read_any(std::string path, std::string bytes, Blank blank) {
  if (bytes.empty()) return decode_owned(std::move(path), std::move(bytes), blank);
  switch (detect_format(path, bytes)) {
    case InputFormat::text:
      return decode_owned(std::move(path), std::move(bytes), blank);
    case InputFormat::html:
      return read_html(std::move(path), std::move(bytes), blank);
    case InputFormat::docx: {
      ZipArchive zip(path, bytes, max_file_size());
      return extracted(std::move(path), docx_text(zip), "DOCX", blank);
    }
    case InputFormat::ofd: {
      ZipArchive zip(path, bytes, max_file_size());
      OfdText ofd = ofd_text(zip);
      return extracted(std::move(path), std::move(ofd.text), "OFD", blank, std::move(ofd.page_starts));
    }
    case InputFormat::pdf:
      // poppler's text, already UTF-8; never blank (a scan is an error of its own).
      return read_pdf(std::move(path), bytes);
  }
  return decode_owned(std::move(path), std::move(bytes), blank);
}

}  // namespace

bool text_is_file_bytes(const SourceText& source) {
  return source.encoding() == "UTF-8" || source.encoding() == "UTF-8-BOM";
}

SourceText decode(std::string path, std::string_view bytes) {
  return read_any(std::move(path), std::string(bytes), Blank::refuse);
}

std::shared_ptr<const SourceText> read_source(const std::filesystem::path& path, Blank blank) {
  std::string name = path.string();
  if (path == kStdinArg) return std::make_shared<const SourceText>(read_any(kStdinName, read_stdin(), blank));
  return std::make_shared<const SourceText>(read_any(std::move(name), read_file(path), blank));
}

}  // namespace clausecheck::ingest
