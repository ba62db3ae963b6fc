#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

#include "model/messages.hpp"

namespace clausecheck::ingest {

// The default of --max-size: far above any real policy document or config
// (the laws corpus's largest file is under 1 MB), far below a memory risk.
inline constexpr std::uint64_t kDefaultMaxFileSize = 64ull << 20;

// The size limit of read_file for the whole run (--max-size sets it once, before any reading).
void set_max_file_size(std::uint64_t bytes);
std::uint64_t max_file_size();

// The bytes of a regular file, `what` naming it in messages (msg(Msg::what_pack)…, in the run's language).
// Never blocks and never reads without end: a FIFO, a device, a socket or a
// directory is refused without being read, and so is a file over max_file_size().
// Throws InputError naming the path and the reason.
std::string read_file(const std::filesystem::path& path, const std::string& what = msg(Msg::what_file));

// Standard input to its end (`-` on the command line), at most max_file_size()
// bytes; InputError naming <stdin> when it is larger or cannot be read.
std::string read_stdin();

}  // namespace clausecheck::ingest
