#pragma once
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

// What one run of the clausecheck binary gave.
struct CliRun {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs a shell command line; stdout and stderr kept apart, stderr through a
// file named after this process so that test executables run side by side do
// not mix theirs.
inline CliRun run_shell(const std::string& command_line) {
  const auto err_file =
      std::filesystem::temp_directory_path() / ("clausecheck-cli-" + std::to_string(::getpid()) + ".err");
  const std::string command = "{ " + command_line + "; } 2>" + err_file.string();
  CliRun r;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf{};
  while (const std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_file);
  r.err.assign(std::istreambuf_iterator<char>(e), {});
  std::filesystem::remove(err_file);
  return r;
}

// Runs the clausecheck binary with arguments (already shell-quoted).
inline CliRun run_cli(const std::string& args) { return run_shell(std::string(CLAUSECHECK_BINARY) + " " + args); }

// Runs the binary in folder `dir` (a config is found from the working folder upward).
inline CliRun run_cli_in(const std::filesystem::path& dir, const std::string& args) {
  return run_shell("cd '" + dir.string() + "' && " + std::string(CLAUSECHECK_BINARY) + " " + args);
}
