# The one warning set of every first-party target: the layers, the CLI, the
# tests, the fuzz targets and the benchmarks. It is set for the whole directory
# tree rather than target by target so that a target added later cannot miss
# it. Third-party headers do not count: every dependency is a Debian package
# under /usr/include, which the compilers treat as system headers.
option(CLAUSECHECK_WERROR "Treat warnings as errors (the CI presets turn it on)" OFF)
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wconversion)
if(CLAUSECHECK_WERROR)
  add_compile_options(-Werror)
endif()
