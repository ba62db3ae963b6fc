#include "ingest/inputs.hpp"

#include <algorithm>
#include <system_error>

#include "model/input_error.hpp"

namespace clausecheck::ingest {

namespace {
bool is_document(const std::filesystem::path& p) {
  const auto ext = p.extension();
  return ext == ".txt" || ext == ".md";
}
}  // namespace

std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  for (const std::string& arg : args) {
    const fs::path path(arg);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) throw InputError(arg, "文件或目录不存在");
    if (!fs::is_directory(status)) {
      out.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
      // Hidden entries (.git, editor back-ups such as .#notes.md) are no documents.
      if (it->path().filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && is_document(it->path())) found.push_back(it->path());
    }
    if (ec) throw InputError(arg, "无法读取目录：" + ec.message());
    if (found.empty()) throw InputError(arg, "目录中没有 .txt 或 .md 文档");
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace clausecheck::ingest
