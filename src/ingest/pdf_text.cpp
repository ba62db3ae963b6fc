#include "ingest/pdf_text.hpp"

#include <climits>
#include <string_view>
#include <variant>

#include "ingest/module.hpp"
#include "ingest/pdf_pages.hpp"
#include "model/messages.hpp"
#include "model/input_error.hpp"
#include "text/blank.hpp"

namespace clausecheck::ingest {

namespace {

ReadPdfPages pdf_module(const std::string& path) {
  static const std::variant<ReadPdfPages, std::string> loaded =
      module_entry<ReadPdfPages>(CLAUSECHECK_PDF_MODULE, kReadPdfPagesSymbol);
  if (const auto* why = std::get_if<std::string>(&loaded))
    throw InputError(path, msg(Msg::pdf_module_missing, {CLAUSECHECK_PDF_MODULE, *why}));
  return std::get<ReadPdfPages>(loaded);
}

std::string because(const PdfPages& read) {
  return read.complaint.empty() ? "" : msg(Msg::pdf_because, {read.complaint});
}

}  // namespace

bool is_pdf(std::string_view bytes) { return bytes.starts_with("%PDF-"); }

SourceText read_pdf(std::string path, const std::string& bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(path, msg(Msg::pdf_too_large));
  PdfPages read;
  pdf_module(path)(bytes, read);
  using Outcome = PdfPages::Outcome;
  switch (read.outcome) {
    case Outcome::read:
      break;
    case Outcome::unopenable:
      throw InputError(path, msg(Msg::pdf_broken, {because(read)}));
    case Outcome::locked:
      throw InputError(path, msg(Msg::pdf_encrypted));
    case Outcome::no_pages:
      throw InputError(path, msg(Msg::pdf_no_pages, {because(read)}));
    case Outcome::bad_page:
      throw InputError(path, msg(Msg::pdf_page_unreadable, {std::to_string(read.bad_page + 1), because(read)}));
    case Outcome::too_much_text:
      throw InputError(path, msg(Msg::text_too_much, {"PDF"}));
  }
  if (text::only_blanks(read.text)) throw InputError(path, msg(Msg::pdf_no_text, {std::to_string(read.pages)}));
  return SourceText(std::move(path), std::move(read.text), "PDF", std::move(read.page_starts));
}

}  // namespace clausecheck::ingest
