#include "ingest/zip_archive.hpp"

#include <variant>

#include "ingest/module.hpp"
#include "ingest/zip_calls.hpp"
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

// The module's calls, loaded once; without the module, InputError (exit 2) naming it.
const ZipCalls& zip_module(const std::string& path) {
  static const std::variant<GetZipCalls, std::string> loaded =
      module_entry<GetZipCalls>(CLAUSECHECK_ZIP_MODULE, kZipCallsSymbol);
  if (const auto* why = std::get_if<std::string>(&loaded))
    throw InputError(path, msg(Msg::zip_module_missing, {CLAUSECHECK_ZIP_MODULE, *why}));
  return *std::get<GetZipCalls>(loaded)();
}

}  // namespace

struct ZipArchive::Handle {
  explicit Handle(const ZipCalls& module) : calls(module) {}
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() {
    if (archive) calls.close(archive);
  }
  const ZipCalls& calls;
  void* archive = nullptr;
};

ZipArchive::ZipArchive(std::string path, std::string_view bytes, std::uint64_t budget)
    : path_(std::move(path)), zip_(std::make_unique<Handle>(zip_module(path_))), limit_(budget), left_(budget) {
  std::string why;
  zip_->archive = zip_->calls.open(bytes, why);
  if (!zip_->archive) throw InputError(path_, msg(Msg::zip_broken, {why}));
  for (const std::string& name : zip_->calls.names(zip_->archive))
    if (escapes(name)) throw InputError(path_, msg(Msg::zip_path_outside, {name}));
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) const { return zip_->calls.has(zip_->archive, name); }

std::optional<std::string> ZipArchive::read(const std::string& name) {
  std::string out, why;
  switch (zip_->calls.read(zip_->archive, name, left_, out, why)) {
    case ZipEntryRead::read:
      left_ -= out.size();
      return out;
    case ZipEntryRead::missing:
      return std::nullopt;
    case ZipEntryRead::unopenable:
      throw InputError(path_, msg(Msg::zip_entry_unreadable, {name, why}));
    case ZipEntryRead::damaged:
      throw InputError(path_, msg(Msg::zip_entry_damaged, {name, why}));
    case ZipEntryRead::over_budget:
      break;
  }
  throw InputError(path_, msg(Msg::zip_bomb, {std::to_string(limit_)}));
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
