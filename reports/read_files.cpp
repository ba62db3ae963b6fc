#include "reports/read_files.hpp"

#include <sys/stat.h>

namespace clausecheck::reports {

void ReadFiles::add(const std::filesystem::path& path) {
  paths_.push_back(path.native());
  identities_.reset();
}

const std::string* ReadFiles::find(const struct stat& st) const {
  if (!identities_) {
    identities_.emplace();
    identities_->reserve(paths_.size());
    for (std::size_t i = 0; i < paths_.size(); ++i) {
      struct stat in {};
      if (::stat(paths_[i].c_str(), &in) == 0) identities_->push_back({in.st_dev, in.st_ino, i});
    }
  }
  for (const Identity& id : *identities_)
    if (id.dev == st.st_dev && id.ino == st.st_ino) return &paths_[id.index];
  return nullptr;
}

}  // namespace clausecheck::reports
