#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "model/fact.hpp"
#include "model/gazette.hpp"
#include "model/span.hpp"
#include "model/source_text.hpp"

namespace clausecheck::diff {

// What happened to one clause between two versions of a document.
enum class ClauseChangeKind {
  unchanged,   // same text, same label, same place
  renumbered,  // same text, new label (a clause was inserted or deleted before it)
  modified,    // edited text at the same place
  moved,       // same or edited text under another parent or out of order among its siblings
  inserted,
  deleted,
  merged,  // an old clause whose text went into another (paired) clause: old → that clause
  split,   // a new clause split off from an old one that has a partner of its own: that clause → new
};
// "unchanged", "renumbered", "modified", "moved", "inserted", "deleted", "merged", "split"
const char* to_string(ClauseChangeKind kind);

// One piece of a character-level redline: equal text, or a deletion or insertion.
enum class RedlineOp { equal, deleted, inserted };
struct RedlinePiece {
  RedlineOp op = RedlineOp::equal;
  std::string text;  // UTF-8
  bool operator==(const RedlinePiece&) const = default;
};
using Redline = std::vector<RedlinePiece>;

// A typed fact whose value changed between two versions of a clause: 2% → 3%.
// A fact only in the old clause has no new_fact, and the other way round.
struct FactChange {
  std::string kind;     // kind_name of the fact: "threshold", "duration", …
  std::string subject;  // the threshold's subject or the target's indicator, when it has one
  const Fact* old_fact = nullptr;
  const Fact* new_fact = nullptr;
  // +1 when the new value is larger or later, -1 when smaller or earlier, 0 when
  // equal or not comparable (different units, a responsibility, a reference).
  int direction = 0;
};

struct ClauseChange {
  ClauseChangeKind kind = ClauseChangeKind::unchanged;
  const Clause* old_clause = nullptr;  // null when inserted
  const Clause* new_clause = nullptr;  // null when deleted
  std::string old_path;                // "二/（五）" as printed; empty when inserted
  std::string new_path;                // empty when deleted
  double similarity = 1.0;  // Dice of the own texts, labels stripped; for pairs found by covering, merged and split
                            // pieces: the share of text found
  Redline redline;          // for modified and edited moved clauses
  std::vector<FactChange> facts;
};

// Where a paragraph outside the numbered clauses stands.
enum class PassagePart {
  preamble,  // before the clauses: 引言, 印发语, a law's revision history, lead paragraphs
  closing,   // after them: closing lines, signature, date
  text,      // anywhere in the file, compared whole: the last word on "no difference"
};
// "preamble", "closing", "text"
const char* to_string(PassagePart part);

// A paragraph outside the clauses that changed: modified (with a redline), inserted or deleted.
struct PassageChange {
  PassagePart part = PassagePart::preamble;
  ClauseChangeKind kind = ClauseChangeKind::modified;
  std::string old_text;  // empty when inserted
  std::string new_text;  // empty when deleted
  Span old_span;         // in the old source (its line for reports)
  Span new_span;
  Redline redline;  // when modified
};

// A change of a document's own attribute (number, title, signing date, trial
// marker, validity, effective rule), as display texts.
struct FieldChange {
  std::string field;  // "number", "title", "signed", "trial", "validity", "effective"
  std::string old_value;
  std::string new_value;
};

enum class DocumentStatus { unchanged, changed, added, removed };
// "unchanged", "changed", "added", "removed"
const char* to_string(DocumentStatus status);

struct DocumentChange {
  DocumentStatus status = DocumentStatus::unchanged;
  const Document* old_doc = nullptr;  // null when added
  const Document* new_doc = nullptr;  // null when removed
  std::string old_name;               // the document number, else the title; empty when added
  std::string new_name;
  std::vector<FieldChange> fields;
  std::vector<FactChange> facts;        // document-level facts (validity, effect, repeal)
  std::vector<PassageChange> passages;  // paragraphs before and after the clauses
  std::vector<ClauseChange> clauses;    // pre-order of the new tree, deleted clauses where they stood
  std::vector<DocumentChange> attachments;
};

// A table-of-contents entry of a gazette issue that came or went.
struct TocChange {
  bool added = false;  // else removed
  std::string title;
  int page = 0;
};

// Everything that changed between two parsed files. Points into both
// ParsedFiles, which must outlive it.
struct ChangeSet {
  std::shared_ptr<const SourceText> old_source;
  std::shared_ptr<const SourceText> new_source;
  std::vector<DocumentChange> documents;
  std::vector<TocChange> toc;
  // Only when nothing above changed but the files' paragraphs (page-break
  // joins made, line ends aside) differ: those paragraphs, so that two
  // different files are never reported as the same.
  std::vector<PassageChange> text;

  // No clause, field, fact, passage, document or contents entry changed.
  bool empty() const;
};

// Whether a document change (with its attachments) carries any change at all.
bool has_changes(const DocumentChange& change);

}  // namespace clausecheck::diff
