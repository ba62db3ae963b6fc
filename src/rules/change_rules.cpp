#include "rules/change_rules.hpp"

#include <array>
#include <filesystem>
#include <string_view>

#include "model/messages.hpp"
#include "rules/pack_loader.hpp"

namespace clausecheck::diff::builtin {
extern const std::array<std::pair<std::string_view, std::string_view>, 1> files;
}  // namespace clausecheck::diff::builtin

namespace clausecheck::diff {

namespace {

class Collector {
 public:
  Collector(const ParsedFile& old_file, const ParsedFile& new_file) : old_(old_file), new_(new_file) {}

  void document(const DocumentChange& d) {
    if (d.status == DocumentStatus::added) return whole(d.new_doc, &new_, "document-added");
    if (d.status == DocumentStatus::removed) return whole(d.old_doc, &old_, "document-removed");
    if (d.old_doc->trial != d.new_doc->trial)
      whole(d.new_doc, &new_, d.new_doc->trial ? "trial-added" : "trial-removed");
    for (const FactChange& f : d.facts) fact(f, "modified", &new_, d.new_doc, nullptr, nullptr, d.new_doc->span);
    for (const ClauseChange& c : d.clauses) clause(c, d);
    for (const DocumentChange& a : d.attachments) document(a);
  }

  std::vector<rules::Change> take() { return std::move(out_); }

 private:
  void whole(const Document* doc, const ParsedFile* file, const char* kind) {
    rules::Change c;
    c.kind = kind;
    c.file = file;
    c.doc = doc;
    c.span = doc->span;
    out_.push_back(std::move(c));
  }

  void clause(const ClauseChange& c, const DocumentChange& d) {
    if (c.kind == ClauseChangeKind::unchanged) return;
    const bool gone = c.kind == ClauseChangeKind::deleted;
    rules::Change r;
    r.kind = to_string(c.kind);
    r.file = gone ? &old_ : &new_;
    r.doc = gone ? d.old_doc : d.new_doc;
    r.old_clause = c.old_clause;
    r.new_clause = c.new_clause;
    r.span = gone ? c.old_clause->span : c.new_clause->span;
    out_.push_back(r);
    for (const FactChange& f : c.facts) fact(f, r.kind, r.file, r.doc, c.old_clause, c.new_clause, r.span);
  }

  // A fact that went away is placed at `where` in `home`: the clause or
  // document that held it.
  void fact(const FactChange& f, const std::string& kind, const ParsedFile* home, const Document* doc,
            const Clause* old_clause, const Clause* new_clause, Span where) {
    rules::Change r;
    r.kind = kind;
    r.file = f.new_fact ? &new_ : home;
    r.doc = doc;
    r.old_clause = old_clause;
    r.new_clause = new_clause;
    r.old_fact = f.old_fact;
    r.new_fact = f.new_fact;
    r.span = f.new_fact ? f.new_fact->span : where;
    out_.push_back(r);
  }

  const ParsedFile& old_;
  const ParsedFile& new_;
  std::vector<rules::Change> out_;
};

}  // namespace

std::vector<rules::Change> to_rule_changes(const ChangeSet& changes, const ParsedFile& old_file,
                                           const ParsedFile& new_file) {
  Collector collect(old_file, new_file);
  for (const DocumentChange& d : changes.documents) collect.document(d);
  return collect.take();
}

std::string builtin_changes_pack_name() { return std::filesystem::path(builtin::files[0].first).stem().string(); }

const rules::Pack& builtin_changes_pack(rules::Use use) {
  // Its texts are in the language it was read in.
  const auto load = [use] {
    const auto& [name, text] = builtin::files[0];
    return rules::load_pack("<builtin>/" + std::string(name), rules::text_for(text, use));
  };
  // One static per use (a lambda type each).
  if (use == rules::Use::run) return once_per_language([&load] { return load(); });
  if (use == rules::Use::report) return once_per_language([&load] { return load(); });
  return once_per_language([&load] { return load(); });
}

}  // namespace clausecheck::diff
