#include "cli/output_file.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "model/input_error.hpp"

namespace clausecheck::cli {

namespace fs = std::filesystem;

namespace {
bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}
}  // namespace

void write_output(const std::string& path, const std::string& content, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  for (const std::string& input : inputs)
    if (same_file(path, input)) throw InputError(path, "refusing to write the output over an input file");
  const fs::path target(path);
  fs::path temp = target;
  temp += ".clausecheck-tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError(path, "cannot write the output file");
    out << content;
    if (!out.flush()) throw InputError(path, "cannot write the output file");
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    throw InputError(path, "cannot write the output file");
  }
}

}  // namespace clausecheck::cli
