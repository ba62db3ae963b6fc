#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::ingest {

// A ZIP archive held in memory (.docx and OFD are ZIP packages), read with
// libzip and never extracted to disk. Every way it can hurt is an InputError
// naming the file: a truncated or corrupt archive, an entry whose name climbs
// out of the package (../, an absolute path), and a zip bomb — the entries
// read from one archive may together hold at most `budget` bytes (--max-size),
// counted as they are inflated, whatever sizes the archive claims.
class ZipArchive {
 public:
  ZipArchive(std::string path, std::string_view bytes, std::uint64_t budget);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // The entry's bytes, or nothing when the archive holds no such entry.
  std::optional<std::string> read(const std::string& name);
  // read, the entry's absence an error (`role` says what the entry is for the message).
  std::string require(const std::string& name, const std::string& role);

  const std::string& path() const { return path_; }

 private:
  struct Handle;
  std::string path_;
  std::unique_ptr<Handle> zip_;
  std::uint64_t limit_;
  std::uint64_t left_;  // of limit_, for the entries still to read
};

// Whether bytes begin as a ZIP archive does (a local file header, or the end record of an empty one).
bool looks_like_zip(std::string_view bytes);

// A path inside a package, `relative` resolved against the folder of `base`
// (OFD's BaseLoc and DocRoot; a leading / is the package root). nullopt when
// it climbs above the root.
std::optional<std::string> resolve_in_package(std::string_view base, std::string_view relative);

}  // namespace clausecheck::ingest
