#include "cli/logging.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <iostream>

#include "cli/terminal.hpp"
#include "text/escape_visible.hpp"

namespace clausecheck::cli {

namespace {

constexpr const char* kPattern = "clausecheck: %^%l%$: %v";

bool quiet = false;

// Log messages name files and quote configs: their controls and line breaks
// are shown escaped as in the reports, so that no name acts on the terminal or
// starts a line a CI runner reads as a command of its own.
class VisibleFormatter : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    const std::string shown = text::visible(std::string_view(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg escaped = msg;
    escaped.payload = shown;
    pattern_.format(escaped, dest);
    msg.color_range_start = escaped.color_range_start;  // where the sink colours the level
    msg.color_range_end = escaped.color_range_end;
  }
  std::unique_ptr<spdlog::formatter> clone() const override { return std::make_unique<VisibleFormatter>(); }

 private:
  spdlog::pattern_formatter pattern_{kPattern};
};

}  // namespace

void setup_logging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("clausecheck");
  logger->set_formatter(std::make_unique<VisibleFormatter>());
  // --color and NO_COLOR decide, not spdlog's own terminal test alone.
  for (auto& sink : logger->sinks())
    if (auto* colored_sink = dynamic_cast<spdlog::sinks::stderr_color_sink_mt*>(sink.get()))
      colored_sink->set_color_mode(colored(STDERR_FILENO) ? spdlog::color_mode::always : spdlog::color_mode::never);
  spdlog::set_default_logger(logger);
  spdlog::level::level_enum level = spdlog::level::warn;
  quiet = verbosity < 0;
  if (verbosity < 0) level = spdlog::level::err;
  else if (verbosity == 1) level = spdlog::level::info;
  else if (verbosity >= 2) level = spdlog::level::debug;
  spdlog::set_level(level);
}

void note(std::string_view message) {
  if (!quiet) std::cerr << "clausecheck: " << text::visible(message) << '\n';
}

}  // namespace clausecheck::cli
