#include "reports/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <string_view>
#include <system_error>

#include "model/input_error.hpp"
#include "model/messages.hpp"

namespace clausecheck::reports {

namespace fs = std::filesystem;

namespace {

// "无法写入（Permission denied）": the message in the run's language, the reason the system's.
InputError write_error(const fs::path& path, Msg what, int err) {
  return InputError(path.string(), msg(what, {std::strerror(err)}));
}

// Every byte written, or the reason why not (a closed pipe is EPIPE where
// SIGPIPE is ignored, as main does).
void write_all(int fd, std::string_view content, const fs::path& shown) {
  for (std::size_t done = 0; done < content.size();) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw write_error(shown, Msg::output_write_failed, n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
}

// The descriptor /dev/stdout and /dev/stderr name: written directly, so that
// `>>` keeps appending and nothing is reopened or replaced.
int standard_stream(const fs::path& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  return -1;
}

// /dev/fd/N and /proc/…/fd/N stand for an open descriptor even when it is a regular file.
bool descriptor_alias(const fs::path& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec).lexically_normal();
  return abs.parent_path() == "/dev/fd" || (abs.string().starts_with("/proc/") && abs.parent_path().filename() == "fd");
}

// write_all, then close, whose error is the last chance to hear of a failed write.
void write_and_close(int fd, std::string_view content, const fs::path& shown) {
  try {
    write_all(fd, content, shown);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) throw write_error(shown, Msg::output_write_failed, errno);
}

// The temporary file of the write under way, for the signal handler to remove.
char pending_temp[4096];
volatile std::sig_atomic_t has_pending_temp = 0;
constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
using Handler = void (*)(int);

extern "C" void remove_temp_and_stop(int sig) {
  if (has_pending_temp) ::unlink(pending_temp);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

// The temporary file beside the output, removed unless it was renamed into
// place, also when the run is interrupted.
class TempFile {
 public:
  explicit TempFile(const fs::path& target) {
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    name_ = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    if (name_.size() >= sizeof pending_temp) throw InputError(target.string(), msg(Msg::output_path_too_long));
    fd_ = ::mkstemp(name_.data());  // O_CREAT | O_EXCL: never opens what is already there
    if (fd_ < 0) throw write_error(target, Msg::output_no_temp_file, errno);
    std::memcpy(pending_temp, name_.c_str(), name_.size() + 1);
    has_pending_temp = 1;
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i)
      before_[i] = std::signal(kStopSignals[i], remove_temp_and_stop);
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!renamed_) ::unlink(name_.c_str());
    has_pending_temp = 0;
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i) std::signal(kStopSignals[i], before_[i]);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  int fd() const { return fd_; }
  const std::string& name() const { return name_; }
  // Closes the file, reporting what close reports (the last write errors of some file systems).
  int close() {
    const int r = ::close(fd_);
    fd_ = -1;
    return r;
  }
  void renamed() { renamed_ = true; }

 private:
  std::string name_;
  int fd_ = -1;
  bool renamed_ = false;
  Handler before_[std::size(kStopSignals)] = {};
};

namespace {

mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// The directory's record of a rename made durable (best effort: not every file system syncs directories).
void sync_directory_of(const fs::path& target) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (const int d = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); d >= 0) {
    ::fsync(d);
    ::close(d);
  }
}

}  // namespace

void refuse_overwrite(const fs::path& output, const ReadFiles& read, const std::string& option) {
  struct stat link {
  }, out{};
  if (::lstat(output.c_str(), &link) != 0) return;  // nothing there yet: no input either
  if (::stat(output.c_str(), &out) != 0) throw InputError(output.string(), msg(Msg::output_dangling_symlink, {option}));
  if (const std::string* file = read.find(out))
    throw InputError(output.string(), msg(Msg::output_is_input, {option, *file}));
}

OutputFile::OutputFile(const fs::path& path, const ReadFiles& inputs) : shown_(path) {
  if (path.empty() || path == "-" || standard_stream(path) >= 0) {
    fd_ = path.empty() || path == "-" ? STDOUT_FILENO : standard_stream(path);
    if (path.empty() || path == "-") shown_ = "stdout";
    std::fflush(nullptr);  // what was printed before stays before
    return;
  }
  refuse_overwrite(path, inputs, msg(Msg::output_label));
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) throw write_error(path, Msg::output_cannot_write, errno);
    replace(path, nullptr);
    return;
  }
  if (!S_ISREG(st.st_mode) || descriptor_alias(path)) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) throw write_error(path, Msg::output_cannot_open, errno);
    owns_fd_ = true;
    return;
  }
  // A symlink stays: the file it leads to is replaced, beside itself.
  std::error_code ec;
  const fs::path target = fs::canonical(path, ec);
  if (ec) throw InputError(path.string(), msg(Msg::output_cannot_write, {ec.message()}));
  replace(target, &st);
}

// `target` (a regular file or none yet) to be replaced whole: the report goes
// to a temporary file beside it, renamed into place by commit.
void OutputFile::replace(const fs::path& target, const struct stat* old) {
  temp_ = std::make_unique<TempFile>(target);
  target_ = target;
  shown_ = target;
  fd_ = temp_->fd();
  // mkstemp makes 0600; the report gets the old file's mode and owner, or the usual ones.
  ::fchmod(fd_, old ? old->st_mode & 07777 : new_file_mode());
  if (old && (old->st_uid != ::geteuid() || old->st_gid != ::getegid()))
    (void)::fchown(fd_, old->st_uid, old->st_gid);  // only root may; others keep their own
}

OutputFile::~OutputFile() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}  // an uncommitted temporary file is removed by its own destructor

void OutputFile::write(std::string_view chunk) { write_all(fd_, chunk, shown_); }

void OutputFile::commit() {
  if (temp_) {
    if (::fsync(fd_) != 0 || temp_->close() != 0) throw write_error(target_, Msg::output_write_failed, errno);
    fd_ = -1;
    if (::rename(temp_->name().c_str(), target_.c_str()) != 0)
      throw write_error(target_, Msg::output_cannot_replace, errno);
    temp_->renamed();
    sync_directory_of(target_);
  } else if (owns_fd_) {
    owns_fd_ = false;
    // close's error is the last chance to hear of a failed write.
    if (::close(fd_) != 0) throw write_error(shown_, Msg::output_write_failed, errno);
  }
}

void write_output(const fs::path& path, std::string_view content, const ReadFiles& inputs) {
  OutputFile out(path, inputs);
  out.write(content);
  out.commit();
}

void append_output(const fs::path& path, const std::string& content, const ReadFiles& inputs,
                   const std::string& option) {
  refuse_overwrite(path, inputs, option);
  struct stat link {};
  const bool is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
  // Created only where no symlink stands (one that exists was checked above to lead somewhere).
  const int flags = O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC | (is_link ? 0 : O_CREAT | O_NOFOLLOW);
  const int fd = ::open(path.c_str(), flags, 0666);
  if (fd < 0) throw InputError(path.string(), msg(Msg::output_cannot_append, {option, std::strerror(errno)}));
  write_and_close(fd, content, path);
}

}  // namespace clausecheck::reports
