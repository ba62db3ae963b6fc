#include "index/update_index.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "index/file_rows.hpp"
#include "index/schema.hpp"
#include "ingest/read_file.hpp"
#include "model/date.hpp"
#include "model/period_count.hpp"
#include "parse/parse_paths.hpp"
#include "rules/engine.hpp"
#include "rules/fingerprint.hpp"
#include "rules/pack_loader.hpp"
#include "status/document_summary.hpp"
#include "text/fnv1a.hpp"

namespace clausecheck::index {

namespace {

struct Stored {
  std::int64_t id = 0;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string hash;
};

// A file found on disk whose stored stat differs (or that is new).
struct Candidate {
  std::filesystem::path path;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string hash;
  const Stored* stored = nullptr;
};

std::int64_t to_int(const std::optional<std::string>& cell) { return cell ? std::stoll(*cell) : 0; }

std::map<std::string, Stored> stored_files(Store& store) {
  std::map<std::string, Stored> out;
  for (const Row& row : store.query("SELECT path, id, size, mtime_ns, content_hash FROM files", {}))
    out[row[0].value_or("")] = Stored{to_int(row[1]), to_int(row[2]), to_int(row[3]), row[4].value_or("")};
  return out;
}

// `path` is `root` or inside it, name by name ("a/b" is not under "a/bc").
bool under(const std::filesystem::path& path, const std::filesystem::path& root) {
  const auto p = path.lexically_normal();
  const auto r = root.lexically_normal();
  auto pi = p.begin();
  for (auto ri = r.begin(); ri != r.end(); ++ri, ++pi) {
    if (ri->empty()) continue;  // the trailing "" of "dir/"
    if (pi == p.end() || *pi != *ri) return false;
  }
  return true;
}

std::int64_t next_id(Store& store) {
  const auto rows = store.query("SELECT COALESCE(MAX(id), 0) + 1 FROM files", {});
  return to_int(rows.at(0).at(0));
}

class Updater {
 public:
  Updater(Store& store, const IndexOptions& options) : store_(store), options_(options) {
    settings_.as_of = Date{options.as_of, Precision::day};
    settings_.warning_days = options.status.warn_days;
    settings_.civil_code_count = options.status.count == status::DayCount::civil_code;
    rules_ = rules::all_rules(rules::builtin_packs());
  }

  // Reads and hashes each candidate; those whose content changed are parsed and written, in one transaction.
  void batch(std::vector<Candidate>& batch, IndexRun& run) {
    std::vector<Candidate*> changed;
    std::vector<Candidate*> touched;
    for (Candidate& c : batch) {
      try {
        c.hash = text::hex64(text::fnv1a(ingest::read_file(c.path)));
      } catch (const InputError& e) {
        run.errors.push_back(e);
        failed_.push_back(&c);
        continue;
      }
      (c.stored && c.stored->hash == c.hash ? touched : changed).push_back(&c);
    }
    std::vector<std::filesystem::path> paths;
    paths.reserve(changed.size());
    for (const Candidate* c : changed) paths.push_back(c->path);
    std::vector<ParsedFile> files;
    std::vector<Candidate*> parsed;
    std::size_t i = 0;
    for (auto& result : parse::parse_paths(paths, options_.jobs)) {
      Candidate* c = changed[i++];
      try {
        files.push_back(result.get());
        parsed.push_back(c);
      } catch (const InputError& e) {
        run.errors.push_back(e);
        failed_.push_back(c);
      }
    }
    std::vector<Finding> findings = rules::run_rules(rules_, files, settings_);
    ensure_fingerprints(findings);
    std::map<std::string, std::vector<const Finding*>> by_file;
    for (const Finding& f : findings) by_file[f.file].push_back(&f);

    WriteTransaction transaction(store_);
    std::int64_t id = next_id(store_);
    for (const Candidate* c : touched) {
      const std::array<Value, 3> row = {c->size, c->mtime_ns, c->stored->id};
      store_.run("UPDATE files SET size = $1, mtime_ns = $2 WHERE id = $3", row);
    }
    for (std::size_t k = 0; k < files.size(); ++k) {
      const Candidate& c = *parsed[k];
      // Looked up again inside the transaction: another writer of a shared index may have written the file since.
      const auto now = store_.query("SELECT id FROM files WHERE path = $1", std::array<Value, 1>{c.path.string()});
      const std::int64_t file_id = now.empty() ? id++ : to_int(now[0][0]);
      if (!now.empty()) {
        delete_file_rows(store_, file_id);
        store_.run("DELETE FROM files WHERE id = $1", std::array<Value, 1>{file_id});
      }
      const std::array<Value, 7> row = {file_id,
                                        c.path.string(),
                                        c.size,
                                        c.mtime_ns,
                                        c.hash,
                                        Date{options_.as_of, Precision::day}.iso(),
                                        std::string(status::to_string(options_.status.count))};
      store_.run(
          "INSERT INTO files (id, path, size, mtime_ns, content_hash, indexed_as_of, day_count) VALUES ($1, $2, $3, "
          "$4, $5, $6, $7)",
          row);
      write_file_rows(store_, file_id, files[k], status::summarize(files[k], options_.status),
                      by_file[files[k].source->path()]);
    }
    // A file that can no longer be read or parsed keeps no rows that describe what it was.
    for (const Candidate* c : failed_) remove(c->stored);
    transaction.commit();
    run.touched += touched.size();
    run.parsed += files.size();
    failed_.clear();
  }

  void remove(const Stored* stored) {
    if (!stored) return;
    delete_file_rows(store_, stored->id);
    store_.run("DELETE FROM files WHERE id = $1", std::array<Value, 1>{stored->id});
  }

 private:
  Store& store_;
  const IndexOptions& options_;
  rules::RunSettings settings_;
  std::vector<rules::Rule> rules_;
  std::vector<const Candidate*> failed_;
};

}  // namespace

IndexRun update_index(Store& store, const std::vector<std::filesystem::path>& files,
                      const std::vector<std::string>& roots, const IndexOptions& options) {
  prepare_schema(store, Access::write);
  const std::map<std::string, Stored> stored = stored_files(store);
  IndexRun run;
  run.files = files.size();
  std::vector<Candidate> candidates;
  std::set<std::string> found;
  for (const auto& path : files) {
    found.insert(path.string());
    struct stat st {};
    const auto it = stored.find(path.string());
    const Stored* before = it == stored.end() ? nullptr : &it->second;
    if (::stat(path.c_str(), &st) != 0) {
      // Left to read_file, which says why.
      candidates.push_back({path, -1, -1, "", before});
      continue;
    }
    const std::int64_t mtime_ns = std::int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec;
    const auto size = static_cast<std::int64_t>(st.st_size);
    if (before && before->size == size && before->mtime_ns == mtime_ns) {
      ++run.unchanged;
      continue;
    }
    candidates.push_back({path, size, mtime_ns, "", before});
  }
  Updater updater(store, options);
  for (std::size_t from = 0; from < candidates.size(); from += options.batch) {
    std::vector<Candidate> batch(
        candidates.begin() + static_cast<std::ptrdiff_t>(from),
        candidates.begin() + static_cast<std::ptrdiff_t>(std::min(candidates.size(), from + options.batch)));
    updater.batch(batch, run);
  }
  std::vector<const Stored*> gone;
  for (const auto& entry : stored) {
    if (found.count(entry.first)) continue;
    const std::filesystem::path path = entry.first;
    if (std::any_of(roots.begin(), roots.end(), [&path](const std::string& root) { return under(path, root); }))
      gone.push_back(&entry.second);
  }
  if (!gone.empty()) {
    WriteTransaction transaction(store);
    for (const Stored* row : gone) updater.remove(row);
    transaction.commit();
  }
  run.removed = gone.size();
  return run;
}

}  // namespace clausecheck::index
