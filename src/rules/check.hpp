#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "model/parsed_file.hpp"
#include "model/finding.hpp"
#include "rules/message.hpp"
#include "rules/rule.hpp"
#include "rules/run_settings.hpp"

namespace clausecheck::status {
struct Register;
}

namespace clausecheck::rules {

// Where in the model a finding sits; the message placeholders read from it.
struct Place {
  const ParsedFile* file = nullptr;
  const Document* doc = nullptr;
  const Clause* clause = nullptr;  // the deepest clause holding the span, if any
  const Fact* fact = nullptr;
};

// A finding made from its file but not yet reported: what only the whole run
// tells (the right spelling of an abbreviation) is still to be put in its
// `vars`, its `fix` or decided. A check that reads across files keeps these,
// never the file.
struct Draft {
  Finding finding;                          // all but the message
  std::map<std::string, std::string> vars;  // the placeholders the check gives, known so far
  // The placeholders the reporter reads from the model (file, doc.*, clause.*,
  // fact.*), one a slot of the rule's message, taken while the file is at hand;
  // none where the message's name is not one of them or is given in `vars`.
  std::vector<std::optional<std::string>> model_values;
};

// Collects the findings of one rule: fills location, anchor and message.
class Reporter {
 public:
  Reporter(const Rule& rule, std::vector<Finding>& out) : rule_(rule), out_(out) {}
  // `vars` fill kind-specific placeholders ({value}, {expected}, {fix} …);
  // the clause is looked up from the span when place.clause is null.
  // `related`: the defect's other places, named by the one finding. A second
  // report of the same rule at the same span (a notice and its attachment read
  // the same validity statement) is dropped: one defect, one finding.
  void report(Place place, Span span, std::map<std::string, std::string> vars = {},
              std::optional<std::string> fix = std::nullopt, const std::vector<Span>& related = {});
  // report() in two steps: the draft while the file is at hand (none for a
  // second one at the same span), then add() when the run has decided.
  std::optional<Draft> draft(Place place, Span span, std::map<std::string, std::string> vars = {},
                             std::optional<std::string> fix = std::nullopt, const std::vector<Span>& related = {});
  void add(Draft draft);  // the message filled ({fix} from finding.fix) and the finding reported
  const Rule& rule() const { return rule_; }

 private:
  const MessageTemplate& message();  // the rule's message, read at its first finding

  const Rule& rule_;
  std::optional<MessageTemplate> message_;
  std::vector<Finding>& out_;
  std::set<std::tuple<const SourceText*, std::uint32_t, std::uint32_t>> reported_;  // file and span of each finding
};

// Everything a check's run() sees: the files (one at a time for a
// per_file() check in a run of the engine) and the settings.
struct RunInput {
  RunInput(std::span<const ParsedFile> f, const RunSettings& s);
  ~RunInput();
  RunInput(const RunInput&) = delete;
  RunInput& operator=(const RunInput&) = delete;

  // The status register of `files` on settings.as_of, built on first use:
  // every expiry rule reads the same one (built per rule, it was most of the
  // time of a check with many dated clauses).
  const status::Register& status_register() const;
  // The file of a path (the last of that path), by a map built on first use
  // and shared by every expiry rule (three built-in ones each made its own).
  const ParsedFile* file_named(std::string_view path) const;

  std::span<const ParsedFile> files;
  const RunSettings& settings;

 private:
  // Built once even when the rules of one file run on several threads (RuleRun::check's lanes). A mutex, not a
  // once_flag: glibc's pthread_once wakes waiters with a system call every time a flag is first passed, and a
  // RunInput is made for every file (a check of 100,000 small files made 100,000 futex calls).
  mutable std::mutex built_;
  mutable std::unique_ptr<const status::Register> register_;
  mutable std::unordered_map<std::string_view, const ParsedFile*> by_path_;  // a scan per entry was quadratic
};

// One change between two versions of a document, as the diff stage (issue 5)
// hands it to `change` rules. Spans point into `file` (the new version, or the
// old one for a deletion).
struct Change {
  std::string kind;  // inserted, deleted, merged, split, moved, renumbered, modified
  const ParsedFile* file = nullptr;
  const Document* doc = nullptr;
  const Clause* old_clause = nullptr;
  const Clause* new_clause = nullptr;
  const Fact* old_fact = nullptr;  // read as other.* in expressions
  const Fact* new_fact = nullptr;  // read as fact.*
  Span span;
};

// What a check that reads across files keeps of one file: drafts and the
// little it decides them by (each such check's docs say what), so that a run
// holds these and never the files' text or model.
struct FileNote {
  virtual ~FileNote() = default;
};

// A second pass over the text of each file of a run whose files are no longer
// held (RuleRun): `count` is called with each text, on the worker threads, and
// must touch nothing shared; `merge` is called with what each count gave, on the
// calling thread, in input order. The text of a UTF-8 text file is handed as its
// bytes are read again (a BOM and CR line ends kept, no second decoding), and
// as they are now: a file changed since its check may hold any bytes. Counting on one thread made a whole-run count
// an eighth of a two-core check of the laws.
using TextCount = std::function<std::unique_ptr<FileNote>(const std::string& text)>;
using TextMerge = std::function<void(std::unique_ptr<FileNote>)>;
using TextPass = std::function<void(const TextCount& count, const TextMerge& merge)>;

// One kind of rule, configured from its YAML fields. A check never runs code
// from the rule; the kinds are the only code.
class Check {
 public:
  virtual ~Check() = default;
  virtual void run(const RunInput& input, Scope scope, Reporter& out) const = 0;
  // A check that is not per_file() reads across the files of a run in two
  // steps: note() of each file, on the worker thread that holds it (`out` only
  // drafts), then decide() once, on one thread, over the notes in input order;
  // `texts` hands it the text of every file of the run again, should it need a
  // count over the whole run that no small note can hold.
  virtual std::unique_ptr<FileNote> note(const ParsedFile&, Scope, Reporter&) const { return nullptr; }
  virtual void decide(std::vector<std::unique_ptr<FileNote>>&, const TextPass& /*texts*/, Reporter&) const {}
  // Whether what it finds in a file depends on that file alone: then the
  // engine runs it over a few files at a time, with every other such check,
  // while those files are in the cache (rule by rule over all files, each
  // rule fetched every file's model from memory again: a check of 100,000
  // small files spent a third of its time there, mostly waiting on memory).
  virtual bool per_file() const { return false; }
  // Only `change` rules look at changes.
  virtual void run_changes(const std::vector<Change>&, const RunSettings&, Reporter&) const {}
};

}  // namespace clausecheck::rules
