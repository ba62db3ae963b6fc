# Every dependency comes from Debian 12's packages (see .ci/install-deps).
find_package(Boost 1.74 REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(doctest REQUIRED)
# libsqlite3-dev: the embedded index, its static library linked into the program. Debian's libsqlite3.so is
# bound at load (BIND_NOW): 1,600 symbol look-ups at every start, a fifth of them, for the two commands that
# open a database (index, status --db); linked in, its calls are resolved when the program is linked.
find_path(SQLITE3_INCLUDE_DIR sqlite3.h REQUIRED)
find_library(SQLITE3_STATIC_LIBRARY libsqlite3.a REQUIRED)
find_package(Threads REQUIRED)
add_library(SQLite::SQLite3 STATIC IMPORTED)
set_target_properties(SQLite::SQLite3 PROPERTIES
  IMPORTED_LOCATION ${SQLITE3_STATIC_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${SQLITE3_INCLUDE_DIR}
  INTERFACE_LINK_LIBRARIES "Threads::Threads;${CMAKE_DL_LIBS};m")
find_package(PostgreSQL REQUIRED)  # libpq-dev: the shared index
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# .docx and OFD are ZIP packages of XML parts (src/ingest/zip_archive, xml_part).
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
find_package(pugixml REQUIRED)
# PDF text (src/ingest/pdf_text.cpp): Debian's libpoppler-cpp-dev.
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)

# dtl is header-only and ships no CMake package.
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)
add_library(dtl::dtl INTERFACE IMPORTED)
target_include_directories(dtl::dtl INTERFACE ${DTL_INCLUDE_DIR})

# jieba's dictionary (python3-jieba) is the source of the Han word list the
# repetition rules use to tell where two words meet (代表团|团长) from a typo
# (统筹筹); cmake/han_lexicon.py turns it into a C++ source at build time.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
find_file(JIEBA_DICT dict.txt PATHS /usr/lib/python3/dist-packages/jieba NO_DEFAULT_PATH REQUIRED)
