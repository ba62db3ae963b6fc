#include "cli/logging.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace clausecheck::cli {

void setup_logging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("clausecheck");
  logger->set_pattern("clausecheck: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::level::level_enum level = spdlog::level::warn;
  if (verbosity < 0) level = spdlog::level::err;
  else if (verbosity == 1) level = spdlog::level::info;
  else if (verbosity >= 2) level = spdlog::level::debug;
  spdlog::set_level(level);
}

}  // namespace clausecheck::cli
