#include "ingest/pdf_text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "model/input_error.hpp"
#include "text/blank.hpp"

namespace clausecheck::ingest {

namespace {

// poppler reports damage (a broken xref it repairs, a bad object) to one global function, by default
// stderr. The first complaint of the PDF being read goes into our message instead; parses run on
// several threads, so each keeps its own.
thread_local std::string first_complaint;

void keep_complaint(const std::string& message, void* /*closure*/) {
  // poppler-cpp prefixes its level ("error: "), which our own error line already says.
  constexpr std::string_view kLevel = "error: ";
  if (first_complaint.empty()) first_complaint = message.starts_with(kLevel) ? message.substr(kLevel.size()) : message;
}

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(keep_complaint, nullptr); });
}

std::string because() { return first_complaint.empty() ? "" : "（poppler：" + first_complaint + "）"; }

// A page's text as poppler gives it (UTF-8, from its UTF-16), with the controls no text file holds (a
// stray CR or escape from a font's ToUnicode map) as spaces; the page ends its last line.
void append_page(std::string& out, const std::vector<char>& page) {
  for (const char c : page) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 && c != '\n' && c != '\f') || u == 0x7F ? ' ' : c;
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

bool is_pdf(std::string_view bytes) { return bytes.starts_with("%PDF-"); }

SourceText read_pdf(std::string path, const std::string& bytes) {
  silence_poppler();
  first_complaint.clear();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(path, "PDF 文件太大");
  const std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError(path, "无法打开 PDF：文件已损坏或不完整（交叉引用表或对象有误）" + because());
  if (doc->is_locked()) throw InputError(path, "PDF 已加密，需要密码才能读取；请提供未加密的文件");
  const int pages = doc->pages();
  if (pages <= 0) throw InputError(path, "PDF 没有页面" + because());
  std::string text;
  std::vector<std::uint32_t> page_starts;
  page_starts.reserve(static_cast<std::size_t>(pages));
  for (int i = 0; i < pages; ++i) {
    const std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) throw InputError(path, "PDF 第 " + std::to_string(i + 1) + " 页无法读取" + because());
    page_starts.push_back(static_cast<std::uint32_t>(text.size()));
    append_page(text, page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8());
    // Spans are 32-bit offsets.
    if (text.size() >= 0x7FFF'FFFF) throw InputError(path, "PDF 的文字太多（2 GiB 以上），不像是一份公文");
  }
  if (text::only_blanks(text))
    throw InputError(path, "PDF 没有文字层（" + std::to_string(pages) +
                               " 页都只有图像，像是扫描件）：请先做文字识别（OCR），再检查识别出的文本");
  return SourceText(std::move(path), std::move(text), "PDF", std::move(page_starts));
}

}  // namespace clausecheck::ingest
