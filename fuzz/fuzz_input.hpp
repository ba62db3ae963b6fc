#pragma once
// What the fuzz targets share: the input as text, and as a file for the
// loaders that only read paths (the config and the baseline).
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace clausecheck::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Writes the input to `name` in a folder of this process's own (fuzzers may
// run in parallel) and returns its path. The folder holds nothing else, so a
// config naming a pack by a relative path finds no file beside it.
// The folder is removed when the process exits.
inline std::filesystem::path write_input(const std::string& name, const std::uint8_t* data, std::size_t size) {
  struct Folder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("clausecheck-fuzz-" + std::to_string(getpid()));
    Folder() { std::filesystem::create_directories(path); }
    ~Folder() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Folder dir;
  const auto path = dir.path / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

}  // namespace clausecheck::fuzz
