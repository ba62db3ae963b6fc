#include "reports/output_file.hpp"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <system_error>

#include "model/input_error.hpp"

namespace clausecheck::reports {

namespace fs = std::filesystem;

namespace {

// An output that does not exist yet cannot be an input; one that does is
// compared by identity, which sees through symlinks, hard links and "./a".
bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec) && !ec;
}

}  // namespace

void write_output(const fs::path& path, const std::string& content, const std::vector<fs::path>& inputs) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  for (const fs::path& input : inputs)
    if (same_file(path, input)) throw InputError(path.string(), "输出文件不能是输入文件（refusing to overwrite an input）");
  const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
  // Same directory, so the rename cannot cross file systems; the pid keeps two runs apart.
  const fs::path temp = parent / ("." + path.filename().string() + "." + std::to_string(::getpid()) + ".tmp");
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError(path.string(), "无法写入（cannot write the output file）");
    out << content;
    if (!out.flush()) {
      out.close();
      fs::remove(temp);
      throw InputError(path.string(), "写入失败（cannot write the output file）");
    }
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    fs::remove(temp, ec);
    throw InputError(path.string(), "无法写入（cannot write the output file: " + ec.message() + "）");
  }
}

}  // namespace clausecheck::reports
