#pragma once
#include <string>
#include <vector>

namespace clausecheck::cli {

// Writes a command's output to stdout ("" or "-") or to a file, through a
// temporary file renamed into place, so a failed run never leaves half a
// report. Refuses to write over one of the inputs. Throws InputError.
void write_output(const std::string& path, const std::string& content, const std::vector<std::string>& inputs = {});

}  // namespace clausecheck::cli
