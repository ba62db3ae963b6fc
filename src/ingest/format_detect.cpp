#include "ingest/format_detect.hpp"

#include <filesystem>

#include "model/messages.hpp"
#include "ingest/pdf_text.hpp"
#include "ingest/read_file.hpp"
#include "ingest/zip_archive.hpp"
#include "model/input_error.hpp"
#include "text/utf8.hpp"

namespace clausecheck::ingest {

namespace {

bool starts(std::string_view bytes, std::string_view magic) { return bytes.starts_with(magic); }

// Markup at the start of the file (after a BOM and blanks), in its first kilobyte.
bool looks_html(std::string_view bytes, bool hinted) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || bytes[first] != '<') return false;
  const std::string head = text::lower_ascii(bytes.substr(first, 1024));
  if (head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<head")) return true;
  // <!-- a comment --> or <?xml …?> before the root: an XHTML page names its root early.
  if (head.find("<html") != std::string::npos) return true;
  return hinted;
}

// A ZIP archive: which package, or an error saying what else it is.
InputFormat zip_kind(const std::string& path, std::string_view bytes) {
  const ZipArchive zip(path, bytes, max_file_size());
  if (zip.has("word/document.xml")) return InputFormat::docx;
  if (zip.has("OFD.xml")) return InputFormat::ofd;
  if (zip.has("xl/workbook.xml")) throw InputError(path, msg(Msg::format_xlsx));
  if (zip.has("ppt/presentation.xml")) throw InputError(path, msg(Msg::format_pptx));
  if (zip.has("content.xml") && zip.has("mimetype")) throw InputError(path, msg(Msg::format_odf));
  throw InputError(path, msg(Msg::format_other_zip));
}

}  // namespace

InputFormat detect_format(const std::string& path, std::string_view bytes) {
  if (is_pdf(bytes)) return InputFormat::pdf;
  if (looks_like_zip(bytes)) return zip_kind(path, bytes);
  if (starts(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) throw InputError(path, msg(Msg::format_ole));
  if (starts(bytes, "{\\rtf")) throw InputError(path, msg(Msg::format_rtf));
  if (starts(bytes, "\x89PNG") || starts(bytes, "\xFF\xD8\xFF") || starts(bytes, "GIF8") ||
      starts(bytes, std::string_view("II*\0", 4)) || starts(bytes, std::string_view("MM\0*", 4)) ||
      (starts(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP"))
    throw InputError(path, msg(Msg::format_image));
  if (starts(bytes, "\x1F\x8B") || starts(bytes, "7z\xBC\xAF") || starts(bytes, "Rar!"))
    throw InputError(path, msg(Msg::format_archive));
  const std::string ext = text::lower_ascii(std::filesystem::path(path).extension().string());
  return looks_html(bytes, ext == ".htm" || ext == ".html") ? InputFormat::html : InputFormat::text;
}

const char* format_name(InputFormat format) {
  switch (format) {
    case InputFormat::text:
      return "text";
    case InputFormat::docx:
      return "DOCX";
    case InputFormat::ofd:
      return "OFD";
    case InputFormat::html:
      return "HTML";
    case InputFormat::pdf:
      return "PDF";
  }
  return "text";
}

}  // namespace clausecheck::ingest
