#include "grammar/line_shape_def.hpp"

namespace clausecheck::grammar {

namespace {

// The bytes of line that parser p reads from its start, if it reads any.
template <typename Parser>
bool read_start(std::string_view line, const Parser& p, const char** end = nullptr) {
  const char* first = line.data();
  if (!x3::parse(first, line.data() + line.size(), p)) return false;
  if (end) *end = first;
  return true;
}

}  // namespace

std::size_t line_clause_number_length(std::string_view line) {
  const char* end = nullptr;
  return read_start(line, parser::line_clause_number, &end) ? static_cast<std::size_t>(end - line.data()) : 0;
}

bool starts_with_letter_item(std::string_view line) { return read_start(line, parser::letter_item); }
bool is_whole_date_line(std::string_view line) { return read_start(line, parser::whole_date_line); }
bool has_bracketed_year(std::string_view line) { return read_start(line, parser::bracketed_year); }
bool is_digits_only(std::string_view line) { return read_start(line, parser::digits_only); }
bool is_page_reference_line(std::string_view line) { return read_start(line, parser::page_reference); }
bool is_decorated_page_number_line(std::string_view line) { return read_start(line, parser::decorated_page_number); }
bool is_bare_page_number_line(std::string_view line) { return read_start(line, parser::bare_page_number); }

bool is_attachment_label_line(std::string_view line) { return read_start(line, parser::attachment_label); }

bool is_notes_label_line(std::string_view line) { return read_start(line, parser::notes_label); }

}  // namespace clausecheck::grammar
