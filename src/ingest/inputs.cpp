#include "ingest/inputs.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <set>
#include <system_error>
#include <utility>

#include "ingest/ignore_rules.hpp"
#include "ingest/read_file.hpp"
#include "model/messages.hpp"
#include "text/utf8.hpp"

namespace clausecheck::ingest {

namespace fs = std::filesystem;

namespace {

// A directory's documents: the files of the formats read (format_detect.hpp judges each by its content), and
// those named as a document format that is not read (.doc, .xlsx, a scan), so that each of these is an error
// of its own rather than a file left out without a word.
bool is_document(const fs::path& p) {
  // Document formats not read: each is then an error when read (format_detect.hpp says what it is).
  static const std::set<std::string, std::less<>> unread = {".doc", ".wps",  ".rtf",  ".odt", ".xls",  ".xlsx",
                                                            ".et",  ".ppt",  ".pptx", ".jpg", ".jpeg", ".png",
                                                            ".tif", ".tiff", ".bmp",  ".gif"};
  const std::string ext = text::lower_ascii(p.extension().string());
  const auto& known = document_extensions();
  return unread.contains(ext) || std::find(known.begin(), known.end(), ext) != known.end();
}

using FileId = std::pair<dev_t, ino_t>;

}  // namespace

namespace {
// The index of the first byte where x and y differ (the shorter one's size when
// one begins the other), eight bytes a step: the walk's sort compares paths
// that share their folder's long prefix, and a byte a step was 87 M of the
// 1.4 G instructions of a check of 10,000 small files.
std::size_t first_difference(std::string_view x, std::string_view y) {
  const std::size_t n = std::min(x.size(), y.size());
  std::size_t i = 0;
  if constexpr (std::endian::native == std::endian::little)
    for (; i + sizeof(std::uint64_t) <= n; i += sizeof(std::uint64_t)) {
      std::uint64_t a = 0, b = 0;
      std::memcpy(&a, x.data() + i, sizeof a);
      std::memcpy(&b, y.data() + i, sizeof b);
      if (a != b) return i + static_cast<std::size_t>(std::countr_zero(a ^ b)) / 8;
    }
  while (i < n && x[i] == y[i]) ++i;
  return i;
}
}  // namespace

// A separator sorts before every other byte. Every path compared here is the
// walked directory / a name, so no separator is doubled and the two orders
// agree; path::compare splits both paths into names on each call, which was a
// tenth of a check of 100,000 small files.
bool path_less(const fs::path& a, const fs::path& b) {
  const std::string& x = a.native();
  const std::string& y = b.native();
  const std::size_t i = first_difference(x, y);
  if (i == y.size()) return false;
  if (i == x.size()) return true;
  const auto rank = [](char c) { return c == '/' ? 0 : static_cast<unsigned char>(c) + 1; };
  return rank(x[i]) < rank(y[i]);
}

namespace {

// Whether `path` is `dir` or lies below it (both canonical).
bool within(const fs::path& path, const fs::path& dir) {
  return std::mismatch(dir.begin(), dir.end(), path.begin(), path.end()).first == dir.end();
}

std::string not_regular(mode_t mode) {
  if (S_ISFIFO(mode)) return msg(Msg::fifo_not_read);
  if (S_ISSOCK(mode)) return msg(Msg::socket_not_read);
  if (S_ISCHR(mode) || S_ISBLK(mode)) return msg(Msg::device_not_read);
  return msg(Msg::special_not_read);
}

// One directory argument walked: its documents, each file once (a file
// reached through a symlink or a hard link as well is listed under its own
// name, not the link's), and the entries that could not be used.
class Walk {
 public:
  Walk(const std::vector<fs::path>& roots, const InputOptions& options, std::vector<InputError>& errors)
      : roots_(roots), options_(options), errors_(errors) {}

  std::vector<fs::path> run(const fs::path& top) {
    top_ = top.native();
    if (!top_.empty() && top_.back() != '/') top_ += '/';
    load_rules(top);
    struct stat st {};
    if (::stat(top.c_str(), &st) == 0) take({top, false}, st);
    // Real directories first, so that a directory reached through a link as
    // well is walked, and its files named, under its own name.
    while (!pending_.empty() || !linked_.empty()) {
      auto& from = pending_.empty() ? linked_ : pending_;
      const fs::path dir = std::move(from.back());
      from.pop_back();
      if (::stat(dir.c_str(), &st) == 0 && seen_dirs_.insert({st.st_dev, st.st_ino}).second) read_dir(dir, st.st_dev);
    }
    // Real names before links (false < true), each in path order.
    std::sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) {
      return a.via_link != b.via_link ? b.via_link : path_less(a.path, b.path);
    });
    // Each file under the first of its names in that order: the names sorted
    // by file (then by that order) in one flat array, where a set of the
    // files made a node per file.
    std::vector<std::pair<FileId, std::size_t>> by_file;
    by_file.reserve(found_.size());
    for (std::size_t i = 0; i < found_.size(); ++i) by_file.emplace_back(found_[i].id, i);
    std::sort(by_file.begin(), by_file.end());
    std::vector<bool> first(found_.size());
    for (std::size_t k = 0; k < by_file.size(); ++k)
      first[by_file[k].second] = k == 0 || by_file[k].first != by_file[k - 1].first;
    std::vector<fs::path> out;
    for (std::size_t i = 0; i < found_.size(); ++i)
      if (first[i]) out.push_back(std::move(found_[i].path));
    // Already in order unless a file was taken under a link's name.
    if (!std::is_sorted(out.begin(), out.end(), path_less)) std::sort(out.begin(), out.end(), path_less);
    return out;
  }

 private:
  struct Entry {
    fs::path path;
    bool via_link;
  };

  void error(const fs::path& path, const std::string& reason) { errors_.emplace_back(path.string(), reason); }

  // The directory's .clausecheckignore, then --exclude (so that a glob given
  // on the command line has the last word), and --include.
  void load_rules(const fs::path& top) {
    const fs::path file = top / kIgnoreFileName;
    struct stat st {};
    if (::lstat(file.c_str(), &st) == 0) {
      try {
        ignore_.add_lines(read_file(file, msg(Msg::what_ignore)));
      } catch (const InputError& e) {
        errors_.push_back(e);
      }
    }
    for (const std::string& glob : options_.exclude) ignore_.add(glob);
    for (const std::string& glob : options_.include) include_.add(glob);
  }

  // An entry's path below the walked directory, as the globs see it.
  std::string_view relative(const fs::path& path) const {
    return std::string_view(path.native()).substr(std::min(top_.size(), path.native().size()));
  }

  // The kernel's d_type and d_ino of each entry stand for an lstat of it (a
  // stat per file was a third of the system calls of a check of 100,000
  // small files): a file's identity is its inode in its folder's device.
  // Only an entry of unknown type (some file systems give none) and a
  // symlink are looked at further.
  void read_dir(const fs::path& dir, dev_t dev) {
    struct Name {
      std::string name;
      unsigned char type;
      ino_t ino;
    };
    std::vector<Name> names;
    const std::unique_ptr<DIR, int (*)(DIR*)> stream(::opendir(dir.c_str()), ::closedir);
    if (!stream) return error(dir, msg(Msg::cannot_read_dir, {std::strerror(errno)}));
    errno = 0;
    while (const dirent* e = ::readdir(stream.get())) {
      // Hidden entries (.git, editor back-ups such as .#notes.md) are no documents; nor are . and ..
      if (e->d_name[0] != '.') names.push_back({e->d_name, e->d_type, e->d_ino});
      errno = 0;
    }
    if (errno != 0) error(dir, msg(Msg::cannot_read_dir, {std::strerror(errno)}));
    // Sorted, so that which of two names of one file is kept never depends on the directory's order.
    std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.name < b.name; });
    // dir / name copies dir's list of names before it appends; one string split once costs less.
    std::string prefix = dir.native();
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
    for (Name& n : names) entry(fs::path(prefix + n.name), n.type, n.ino, dev);
  }

  void entry(fs::path path, unsigned char type, ino_t ino, dev_t dev) {
    struct stat st {};
    if (type != DT_UNKNOWN && type != DT_LNK) {
      st.st_mode = static_cast<mode_t>(DTTOIF(type));
      st.st_dev = dev;
      st.st_ino = ino;
      return take({std::move(path), false}, st);
    }
    if (::lstat(path.c_str(), &st) != 0) return error(path, msg(Msg::cannot_read, {std::strerror(errno)}));
    if (S_ISLNK(st.st_mode)) return symlink(path);
    take({std::move(path), false}, st);
  }

  // A symlink is taken like its target when that exists, stays inside the
  // given directories (or --follow-symlinks) and does not lead back up.
  void symlink(const fs::path& path) {
    struct stat target {};
    if (::stat(path.c_str(), &target) != 0) {
      const int err = errno;
      if (err == ELOOP) return error(path, msg(Msg::symlink_loop));
      std::error_code ec;
      if (err == ENOENT) return error(path, msg(Msg::symlink_dangling, {fs::read_symlink(path, ec).string()}));
      return error(path, msg(Msg::symlink_unreadable, {std::strerror(err)}));
    }
    std::error_code ec;
    const fs::path resolved = fs::canonical(path, ec);
    if (ec) return error(path, msg(Msg::symlink_unresolved, {ec.message()}));
    const bool inside =
        std::any_of(roots_.begin(), roots_.end(), [&](const fs::path& r) { return within(resolved, r); });
    if (!inside && !options_.follow_symlinks) {
      if (S_ISDIR(target.st_mode) || is_document(path)) error(path, msg(Msg::symlink_outside, {resolved.string()}));
      return;
    }
    if (S_ISDIR(target.st_mode) && within(fs::canonical(path.parent_path(), ec), resolved))
      return error(path, msg(Msg::symlink_up, {resolved.string()}));
    take({path, true}, target);
  }

  void take(Entry e, const struct stat& st) {
    const bool dir = S_ISDIR(st.st_mode);
    const bool is_top = e.path.native().size() < top_.size();
    if (!is_top && ignore_.ignored(relative(e.path), dir)) return;
    if (dir) return (e.via_link ? linked_ : pending_).push_back(std::move(e.path));
    if (options_.include.empty() ? !is_document(e.path) : !include_.matches_any(relative(e.path), false)) return;
    if (!S_ISREG(st.st_mode)) return error(e.path, not_regular(st.st_mode));
    found_.push_back({e.via_link, std::move(e.path), {st.st_dev, st.st_ino}});
  }

  const std::vector<fs::path>& roots_;
  const InputOptions& options_;
  std::vector<InputError>& errors_;
  std::string top_;  // the walked directory, ending in '/'
  IgnoreRules ignore_, include_;
  std::vector<fs::path> pending_, linked_;
  std::set<FileId> seen_dirs_;
  struct Found {
    bool via_link;
    fs::path path;
    FileId id;
  };
  std::vector<Found> found_;
};

// The canonical form of every directory argument: where symlinks may lead.
std::vector<fs::path> roots_of(const std::vector<std::string>& args) {
  std::vector<fs::path> roots;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) roots.push_back(fs::canonical(arg, ec));
  }
  return roots;
}

}  // namespace

const std::vector<std::string>& document_extensions() {
  static const std::vector<std::string> known = {".txt", ".md", ".docx", ".ofd", ".html", ".htm", ".pdf"};
  return known;
}

std::string extension_list(const std::string& separator) {
  std::string out;
  for (const std::string& ext : document_extensions()) out += (out.empty() ? "" : separator) + ext;
  return out;
}

FoundInputs find_inputs(const std::vector<std::string>& args, const InputOptions& options) {
  FoundInputs out;
  const std::vector<fs::path> roots = roots_of(args);
  bool stdin_taken = false;
  for (const std::string& arg : args) {
    if (arg == kStdinArg) {
      if (stdin_taken) out.errors.emplace_back(kStdinName, msg(Msg::stdin_twice));
      else out.files.emplace_back(arg);
      stdin_taken = true;
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(arg, ec);
    if (!fs::exists(status)) {
      const bool missing = !ec || ec == std::errc::no_such_file_or_directory;
      out.errors.emplace_back(arg, missing ? msg(Msg::path_missing) : msg(Msg::cannot_read, {ec.message()}));
      continue;
    }
    if (!fs::is_directory(status)) {
      out.files.emplace_back(arg);
      continue;
    }
    const std::size_t errors_before = out.errors.size();
    std::vector<fs::path> found = Walk(roots, options, out.errors).run(arg);
    if (found.empty() && out.errors.size() == errors_before)
      out.errors.emplace_back(arg, msg(Msg::no_documents, {extension_list(language() == Lang::zh ? " 或 " : " or ")}));
    out.files.insert(out.files.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  return out;
}

std::vector<fs::path> expand_inputs(const std::vector<std::string>& args) {
  FoundInputs found = find_inputs(args);
  if (!found.errors.empty()) throw found.errors.front();
  return std::move(found.files);
}

}  // namespace clausecheck::ingest
