// policy_summary FILE [YYYY-MM-DD]: the documents of a file (title, 文号, type)
// with where each stands in the register on the date (today when none is
// given), and how many findings the built-in rules make.
#include <clausecheck/parse.hpp>
#include <clausecheck/rules.hpp>
#include <clausecheck/status.hpp>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

namespace {

// The register's line of the document itself, not of one of its clauses. An
// attachment's line carries its notice's 文号, so the title tells it apart.
const clausecheck::RegisterEntry* entry_of(const clausecheck::Register& reg, const clausecheck::Document& doc,
                                           bool attachment) {
  for (const clausecheck::RegisterEntry& e : reg.entries())
    if (!e.clause && e.attachment == attachment && e.document_title == doc.title) return &e;
  return nullptr;
}

void print(const clausecheck::Document& doc, const clausecheck::Register& reg, const std::string& indent) {
  const clausecheck::RegisterEntry* entry = entry_of(reg, doc, !indent.empty());
  std::cout << indent << doc.title << " | " << (doc.number ? doc.number->raw : "-") << " | "
            << (doc.type.empty() ? "-" : doc.type) << " | "
            << (entry ? clausecheck::status::to_string(entry->status) : "-") << '\n';
  for (const clausecheck::Document& attachment : doc.attachments) print(attachment, reg, indent + "  ");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: policy_summary FILE [YYYY-MM-DD]\n";
    return 2;
  }
  std::chrono::year_month_day as_of = clausecheck::status::today();
  if (argc == 3) {
    const auto date = clausecheck::parse_iso_date(argv[2]);
    if (!date || date->precision != clausecheck::Precision::day) {
      std::cerr << "error: expected a date YYYY-MM-DD: " << argv[2] << '\n';
      return 2;
    }
    as_of = date->ymd;
  }
  try {
    const std::vector<clausecheck::ParsedFile> files{clausecheck::parse_file(argv[1])};
    const clausecheck::Register reg = clausecheck::build_register(files, as_of);
    std::cout << files.front().documents.size() << " documents, status as of "
              << clausecheck::Date{as_of, clausecheck::Precision::day}.iso() << '\n';
    for (const clausecheck::Document& doc : files.front().documents) print(doc, reg, "");
    clausecheck::CheckOptions options;
    options.as_of = as_of;
    std::cout << clausecheck::check(clausecheck::Rules::builtin(), files, options).size() << " findings\n";
  } catch (const clausecheck::InputError& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 2;
  }
  return 0;
}
