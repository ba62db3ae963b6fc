# `cpack` in a build directory makes clausecheck_<version>_<arch>.deb: the
# program, its man page and completions (component cli) and the library with
# its headers and CMake package (component library), in one package. Its
# dependencies are read off the binaries by dpkg-shlibdeps (package dpkg-dev),
# so they are those of the Debian release it was built on. .ci/package-test
# installs it with apt on the CI machine and runs it (README, "Install").
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME clausecheck)
set(CPACK_PACKAGE_VENDOR "clausecheck")
set(CPACK_PACKAGE_CONTACT "clausecheck maintainers <clausecheck@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reads Chinese government policy documents: clauses, validity, changes")
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "clausecheck reads Chinese government policy documents and laws into a typed clause model.\n"
  "It tells legal staff which measures are in force, expiring or repealed, shows reviewers\n"
  "what changed between two versions clause by clause, and checks drafts against rule packs\n"
  "in CI (text, JSON, SARIF, JUnit, GitHub and Markdown reports).")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libpq is opened at run time (src/index/libpq.hpp), so dpkg-shlibdeps cannot see it: named here.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libpq5")
# The library is installed into the package too; its own soname is no dependency.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL OFF)  # one package holding every component
include(CPack)
