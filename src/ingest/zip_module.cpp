// The ZIP module: libclausecheck-zip.so, the one part of clausecheck that links libzip. ZipArchive
// (zip_archive.cpp) opens it the first time a package (.docx, OFD) is read, so that no other run pays for
// loading libzip and the compression and crypto libraries it needs. It knows nothing of clausecheck but
// zip_calls.hpp: the messages are ZipArchive's.
#include <zip.h>

#include "ingest/zip_calls.hpp"

namespace clausecheck::ingest {

namespace {

zip_t* as_zip(void* archive) { return static_cast<zip_t*>(archive); }

void* open(std::string_view bytes, std::string& why) {
  zip_error_t error;
  zip_error_init(&error);
  // The source does not own the bytes (freep 0): they outlive the archive, which only reads.
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  if (!zip) {
    if (source) zip_source_free(source);
    why = zip_error_strerror(&error);
  }
  zip_error_fini(&error);
  return zip;
}

void close(void* archive) { zip_discard(as_zip(archive)); }

std::vector<std::string> names(void* archive) {
  const zip_int64_t n = zip_get_num_entries(as_zip(archive), 0);
  std::vector<std::string> out;
  out.reserve(static_cast<std::size_t>(n));
  for (zip_int64_t i = 0; i < n; ++i)
    if (const char* name = zip_get_name(as_zip(archive), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS))
      out.emplace_back(name);
  return out;
}

bool has(void* archive, const std::string& name) { return zip_name_locate(as_zip(archive), name.c_str(), 0) >= 0; }

ZipEntryRead read(void* archive, const std::string& name, std::uint64_t budget, std::string& out, std::string& why) {
  const zip_int64_t index = zip_name_locate(as_zip(archive), name.c_str(), 0);
  if (index < 0) return ZipEntryRead::missing;
  zip_file_t* file = zip_fopen_index(as_zip(archive), static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    why = zip_strerror(as_zip(archive));
    return ZipEntryRead::unopenable;
  }
  struct Close {
    zip_file_t* f;
    ~Close() { zip_fclose(f); }
  } const close{file};
  char chunk[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
    if (got < 0) {
      why = zip_file_strerror(file);
      return ZipEntryRead::damaged;
    }
    if (got == 0) return ZipEntryRead::read;
    const auto n = static_cast<std::uint64_t>(got);
    if (n > budget) return ZipEntryRead::over_budget;
    budget -= n;
    out.append(chunk, static_cast<std::size_t>(n));
  }
}

constexpr ZipCalls kCalls{open, close, names, has, read};

}  // namespace

}  // namespace clausecheck::ingest

// Looked up by name (kZipCallsSymbol) with dlsym; the module exports nothing else.
extern "C" __attribute__((visibility("default"))) const clausecheck::ingest::ZipCalls* clausecheck_zip_calls() {
  return &clausecheck::ingest::kCalls;
}
