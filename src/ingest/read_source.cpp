#include "ingest/read_source.hpp"

#include <cstdio>
#include <fstream>
#include <system_error>

#include "ingest/blank.hpp"
#include "ingest/transcode.hpp"
#include "ingest/utf8.hpp"
#include "model/input_error.hpp"

namespace clausecheck::ingest {

namespace {

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

// Offset of the first byte no text file holds: NUL or a C0 control other
// than tab, line feed, vertical tab, form feed (pdftotext's page break) and CR.
std::size_t first_control_byte(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if ((c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F) return i;
  }
  return std::string_view::npos;
}

// Whether a GB18030 reading is Chinese text rather than bytes of some other
// encoding that happen to form GB18030 sequences: most non-ASCII characters
// must be CJK ideographs or CJK/full-width punctuation.
bool looks_chinese(std::string_view utf8) {
  std::size_t other = 0, cjk = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    const CodePoint cp = decode_at(utf8, i);
    i += cp.length;
    const char32_t c = cp.value;
    const bool common = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F) ||
                        (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2460 && c <= 0x24FF) ||
                        (c >= 0x2160 && c <= 0x217F) || c == 0x00B7 || c == 0x00D7 || c == 0x2103;
    (common ? cjk : other) += 1;
  }
  return cjk >= 2 * other;
}

std::string normalize_line_ends(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return out;
}

bool only_blanks(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      ++i;
      continue;
    }
    const std::size_t n = blank_at(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

SourceText finish(std::string path, std::string text, std::string encoding) {
  text = normalize_line_ends(std::move(text));
  if (only_blanks(text)) throw InputError(path, "文件只有空白字符，没有内容");
  return SourceText(std::move(path), std::move(text), std::move(encoding));
}

SourceText decode_utf16(std::string path, std::string_view bytes, bool big_endian) {
  Transcoded t = utf16_to_utf8(bytes.substr(2), big_endian);
  const char* name = big_endian ? "UTF-16BE" : "UTF-16LE";
  if (!t.ok()) throw InputError::at_offset(path, t.bad + 2, std::string(name) + " 编码无效（不成对的代理项或字节数为奇数）");
  if (const auto at = first_control_byte(t.text); at != std::string_view::npos)
    throw InputError(path, std::string(name) + " 文本中含有控制字符 " + hex_byte(static_cast<unsigned char>(t.text[at])) +
                               "，像是二进制文件");
  return finish(std::move(path), std::move(t.text), name);
}

}  // namespace

SourceText decode(std::string path, std::string_view bytes) {
  if (bytes.empty()) throw InputError(path, "文件为空");
  if (bytes.starts_with("\xFF\xFE")) return decode_utf16(std::move(path), bytes, false);
  if (bytes.starts_with("\xFE\xFF")) return decode_utf16(std::move(path), bytes, true);
  if (const auto at = first_control_byte(bytes); at != std::string_view::npos)
    throw InputError::at_offset(path, at, "含有控制字节 " + hex_byte(static_cast<unsigned char>(bytes[at])) +
                                              "，像是二进制文件，不是文本");
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    const std::string_view body = bytes.substr(3);
    if (const auto bad = first_invalid_utf8(body); bad != std::string_view::npos)
      throw InputError::at_offset(path, bad + 3, "带 UTF-8 BOM，但字节 " + hex_byte(static_cast<unsigned char>(body[bad])) +
                                                     " 不是有效的 UTF-8");
    return finish(std::move(path), std::string(body), "UTF-8-BOM");
  }
  const auto bad = first_invalid_utf8(bytes);
  if (bad == std::string_view::npos) return finish(std::move(path), std::string(bytes), "UTF-8");
  Transcoded gb = gb18030_to_utf8(bytes);
  if (gb.ok() && looks_chinese(gb.text)) return finish(std::move(path), std::move(gb.text), "GB18030");
  throw InputError::at_offset(path, bad, "字节 " + hex_byte(static_cast<unsigned char>(bytes[bad])) +
                                             " 不是有效的 UTF-8，文件也不是有效的 GB18030/GBK 编码");
}

std::shared_ptr<const SourceText> read_source(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) throw InputError(name, "文件不存在");
  if (std::filesystem::is_directory(status)) throw InputError(name, "是目录，不是文件");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(name, "无法打开文件（没有读权限？）");
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(std::filesystem::file_size(path, ec)));
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw InputError(name, "读取文件失败");
  return std::make_shared<const SourceText>(decode(name, bytes));
}

}  // namespace clausecheck::ingest
