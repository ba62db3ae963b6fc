#include <doctest/doctest.h>

#include <string>

#include "ingest/read_source.hpp"
#include "text/utf8.hpp"
#include "model/input_error.hpp"
#include "temp_dir.hpp"

using namespace clausecheck;
using ingest::decode;

namespace {
// The message of the InputError that decoding `bytes` as file "f.txt" throws.
std::string decode_error(std::string_view bytes) {
  try {
    decode("f.txt", bytes);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

std::string read_error(const std::filesystem::path& path) {
  try {
    ingest::read_source(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("UTF-8 without and with BOM") {
  const SourceText plain = decode("a.txt", "第一条 总则。\n");
  CHECK(plain.text() == "第一条 总则。\n");
  CHECK(plain.encoding() == "UTF-8");
  const SourceText bom = decode("a.txt", "\xEF\xBB\xBF第一条");
  CHECK(bom.text() == "第一条");
  CHECK(bom.encoding() == "UTF-8-BOM");
}

TEST_CASE("UTF-16 with BOM, both byte orders, with a surrogate pair") {
  // "中a😀" : U+4E2D, U+0061, U+1F600 (D83D DE00)
  const std::string le("\xFF\xFE\x2D\x4E\x61\x00\x3D\xD8\x00\xDE", 10);
  const std::string be("\xFE\xFF\x4E\x2D\x00\x61\xD8\x3D\xDE\x00", 10);
  const SourceText a = decode("le.txt", le);
  const SourceText b = decode("be.txt", be);
  CHECK(a.text() == "中a\xF0\x9F\x98\x80");
  CHECK(a.encoding() == "UTF-16LE");
  CHECK(b.text() == a.text());
  CHECK(b.encoding() == "UTF-16BE");
}

TEST_CASE("UTF-16 with an unpaired surrogate names the byte") {
  const std::string le("\xFF\xFE\x2D\x4E\x00\xDC", 6);
  CHECK(decode_error(le) == "f.txt: byte 4: UTF-16LE 编码无效（不成对的代理项或字节数为奇数）");
}

TEST_CASE("GBK bytes are read as GB18030") {
  // 中文：第一条 in GBK
  const SourceText t = decode("g.txt", "\xD6\xD0\xCE\xC4\xA3\xBA\xB5\xDA\xD2\xBB\xCC\xF5\n");
  CHECK(t.text() == "中文：第一条\n");
  CHECK(t.encoding() == "GB18030");
}

TEST_CASE("GB18030 four-byte sequences: characters outside GBK") {
  // 𠀀 (U+20000, CJK extension B) between two GBK characters: 中𠀀文
  const SourceText t = decode("g.txt", "\xD6\xD0\x95\x32\x82\x36\xCE\xC4");
  CHECK(t.text() == "中\xF0\xA0\x80\x80文");
  CHECK(t.encoding() == "GB18030");
}

TEST_CASE("CRLF and lone CR become LF, so lines stay where an editor shows them") {
  const SourceText t = decode("c.txt", "一\r\n二\r三\n\r\n四");
  CHECK(t.text() == "一\n二\n三\n\n四");
  CHECK(t.locate(static_cast<std::uint32_t>(t.text().find("四"))) == Location{5, 1});
}

TEST_CASE("strict UTF-8: overlongs, surrogates, out of range and truncated sequences") {
  using text::first_invalid_utf8;
  CHECK(first_invalid_utf8("ab\xC0\xAF") == 2);
  CHECK(first_invalid_utf8("\xE0\x80\x80") == 0);
  CHECK(first_invalid_utf8("x\xED\xA0\x80") == 1);
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);
  CHECK(first_invalid_utf8("中\xE4\xB8") == 3);
  CHECK(first_invalid_utf8("中文\xF0\x9F\x98\x80") == std::string_view::npos);
}

TEST_CASE("bad bytes: the message names the file and the offset") {
  CHECK(decode_error("") == "f.txt: 文件为空");
  CHECK(decode_error(" \n\t\n\xE3\x80\x80\n") == "f.txt: 文件只有空白字符，没有内容");
  CHECK(decode_error(std::string("ab\0cd", 5)) ==
        "f.txt:1:3: 含有控制字节 0x00，像是二进制文件，不是文本（字节偏移 2）");
  CHECK(decode_error(std::string("a\0b\0c\0", 6)) ==
        "f.txt: byte 1: 含有 NUL 字节，像是没有 BOM 的 UTF-16 文件；请另存为 UTF-8 或带 BOM 的 UTF-16");
  CHECK(decode_error("abc\x01") == "f.txt:1:4: 含有控制字节 0x01，像是二进制文件，不是文本（字节偏移 3）");
  // Latin-1 "café crème": neither UTF-8 nor GB18030.
  CHECK(decode_error("caf\xE9 cr\xE8me") ==
        "f.txt:1:4: 字节 0xE9 不是有效的 UTF-8，文件也不是有效的 GB18030/GBK 编码（字节偏移 3）");
  // Valid GB18030 four-byte sequences that decode to C1 controls, not Chinese.
  CHECK(decode_error("abc\x81\x30\x81\x30\x81\x30\x81\x31") ==
        "f.txt:1:4: 字节 0x81 不是有效的 UTF-8，文件也不是有效的 GB18030/GBK 编码（字节偏移 3）");
  // Line and column count characters: 驻 is three bytes, one column.
  CHECK(decode_error("第一条\n驻\xFF") ==
        "f.txt:2:2: 字节 0xFF 不是有效的 UTF-8，文件也不是有效的 GB18030/GBK 编码（字节偏移 13）");
  CHECK(decode_error("\xEF\xBB\xBF"
                     "ok\xFF") == "f.txt:1:3: 带 UTF-8 BOM，但字节 0xFF 不是有效的 UTF-8（字节偏移 5）");
}

TEST_CASE("read_source: missing path, directory, unreadable-free happy path") {
  TempDir dir;
  const auto missing = dir.path() / "nope.txt";
  CHECK(read_error(missing) == missing.string() + ": 文件不存在");
  CHECK(read_error(dir.path()) == dir.path().string() + ": 是目录，不是文件");
  const auto empty = dir.write("empty.txt", "");
  CHECK(read_error(empty) == empty.string() + ": 文件为空");
  const auto good = dir.write("good.txt", "一、总则\r\n");
  const auto source = ingest::read_source(good);
  CHECK(source->path() == good.string());
  CHECK(source->text() == "一、总则\n");
}
