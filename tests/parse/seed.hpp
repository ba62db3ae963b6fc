#pragma once
#include "parse/parse_file.hpp"

// The seed gazette, parsed once for all the tests of a binary.
inline const clausecheck::ParsedFile& seed_gazette() {
  static const clausecheck::ParsedFile file =
      clausecheck::parse::parse_path(CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt");
  return file;
}
