#pragma once
#include <filesystem>
#include <memory>
#include <vector>

#include "index/store.hpp"

namespace clausecheck::index {

// The embedded back-end: one file, WAL journal (readers never wait for the
// writer), a busy timeout of kBusyTimeoutMs before a locked file is an error.
inline constexpr int kBusyTimeoutMs = 5000;
std::unique_ptr<Store> open_sqlite(const std::filesystem::path& path, Access access,
                                   const std::vector<std::filesystem::path>& read);

}  // namespace clausecheck::index
