#pragma once
// What the ZIP module (zip_module.cpp, a shared library of its own) offers ZipArchive: libzip and the
// libraries it links (libcrypto, libbz2, libz; libcrypto alone made a third of the symbol look-ups of every
// start) are loaded the first time a .docx or OFD is read (zip_archive.cpp), not at every start.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::ingest {

// How reading one entry went; the messages are ZipArchive's.
enum class ZipEntryRead : std::uint8_t { read, missing, unopenable, damaged, over_budget };

// libzip's part of ZipArchive. An archive is the module's own handle, given back to each call.
struct ZipCalls {
  // The archive over `bytes` (not copied: they outlive it), or null with libzip's reason in `why`.
  void* (*open)(std::string_view bytes, std::string& why);
  void (*close)(void* archive);
  // The names of its entries, in their order.
  std::vector<std::string> (*names)(void* archive);
  bool (*has)(void* archive, const std::string& name);
  // The entry's bytes into `out`, stopping as soon as more than `budget` bytes are inflated (over_budget),
  // whatever size the archive claims; libzip's reason in `why` when it is unopenable or damaged.
  ZipEntryRead (*read)(void* archive, const std::string& name, std::uint64_t budget, std::string& out,
                       std::string& why);
};

// The module's one entry point, looked up by this name; both sides are built together, by the same compiler.
using GetZipCalls = const ZipCalls* (*)();
inline constexpr const char* kZipCallsSymbol = "clausecheck_zip_calls";

}  // namespace clausecheck::ingest
