#include "ingest/zip_archive.hpp"

#include <zip.h>

#include "model/messages.hpp"
#include "model/input_error.hpp"

namespace clausecheck::ingest {

namespace {

// An entry name that would leave the package if it were extracted: absolute, a drive, or a .. part.
bool escapes(std::string_view name) {
  if (name.starts_with('/') || name.starts_with('\\') || (name.size() > 1 && name[1] == ':')) return true;
  std::size_t begin = 0;
  while (begin <= name.size()) {
    std::size_t end = name.find_first_of("/\\", begin);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(begin, end - begin) == "..") return true;
    begin = end + 1;
  }
  return false;
}

}  // namespace

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip) zip_discard(zip);
  }
};

ZipArchive::ZipArchive(std::string path, std::string_view bytes, std::uint64_t budget)
    : path_(std::move(path)), zip_(std::make_unique<Handle>()), limit_(budget), left_(budget) {
  zip_error_t error;
  zip_error_init(&error);
  // The source does not own the bytes (freep 0): they outlive the archive, which only reads.
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) zip_->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!zip_->zip) {
    if (source) zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw InputError(path_, msg(Msg::zip_broken, {why}));
  }
  zip_error_fini(&error);
  const zip_int64_t n = zip_get_num_entries(zip_->zip, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(zip_->zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    if (name && escapes(name)) throw InputError(path_, msg(Msg::zip_path_outside, {name}));
  }
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) const { return zip_name_locate(zip_->zip, name.c_str(), 0) >= 0; }

std::optional<std::string> ZipArchive::read(const std::string& name) {
  const zip_int64_t index = zip_name_locate(zip_->zip, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_file_t* file = zip_fopen_index(zip_->zip, static_cast<zip_uint64_t>(index), 0);
  if (!file) throw InputError(path_, msg(Msg::zip_entry_unreadable, {name, zip_strerror(zip_->zip)}));
  struct Close {
    zip_file_t* f;
    ~Close() { zip_fclose(f); }
  } const close{file};
  std::string out;
  char chunk[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
    if (got < 0) throw InputError(path_, msg(Msg::zip_entry_damaged, {name, zip_file_strerror(file)}));
    if (got == 0) break;
    const auto n = static_cast<std::uint64_t>(got);
    if (n > left_) throw InputError(path_, msg(Msg::zip_bomb, {std::to_string(limit_)}));
    left_ -= n;
    out.append(chunk, static_cast<std::size_t>(n));
  }
  return out;
}

std::string ZipArchive::require(const std::string& name, const std::string& role) {
  if (auto bytes = read(name)) return std::move(*bytes);
  throw InputError(path_, msg(Msg::zip_missing, {role, name}));
}

bool looks_like_zip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) || bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

std::optional<std::string> resolve_in_package(std::string_view base, std::string_view relative) {
  std::vector<std::string_view> parts;
  if (!relative.starts_with('/')) {
    const std::size_t slash = base.rfind('/');
    base = slash == std::string_view::npos ? std::string_view() : base.substr(0, slash);
  } else {
    base = {};
  }
  std::string joined = std::string(base) + (base.empty() ? "" : "/") + std::string(relative);
  std::string_view rest = joined;
  std::size_t begin = 0;
  while (begin <= rest.size()) {
    std::size_t end = rest.find_first_of("/\\", begin);
    if (end == std::string_view::npos) end = rest.size();
    const std::string_view part = rest.substr(begin, end - begin);
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    begin = end + 1;
  }
  std::string out;
  for (const std::string_view p : parts) out += (out.empty() ? "" : "/") + std::string(p);
  return out;
}

}  // namespace clausecheck::ingest
