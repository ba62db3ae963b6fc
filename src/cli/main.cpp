#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"clausecheck: reads Chinese government policy documents"};
  app.set_version_flag("--version", CLAUSECHECK_VERSION);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
