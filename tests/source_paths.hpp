#pragma once
// Where the tests find the repository's examples (CLAUSECHECK_SOURCE_DIR, which
// tests/CMakeLists.txt defines), named once for every test program.
#include <filesystem>
#include <string>

namespace clausecheck::test {

inline std::filesystem::path source_dir() { return CLAUSECHECK_SOURCE_DIR; }
inline const std::string kExamples = CLAUSECHECK_SOURCE_DIR "/examples";
// The real gazette issue every part is tried on first.
inline const std::string kSeed = kExamples + "/zhumadian-gazette-2023-02.txt";
// The seed, the drafts and the revisions, as words of a command line: 14 files of every shape.
inline const std::string kExampleInputs = kSeed + " " + kExamples + "/drafts " + kExamples + "/revisions";

}  // namespace clausecheck::test
