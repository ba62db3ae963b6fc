// The default --as-of is today where the user is (TZ), not in UTC: 26 hours
// apart, UTC+14 and UTC-12 are never on the same calendar day.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/run_cli.hpp"

namespace {

std::string as_of_in(const std::string& tz) {
  const CliRun r = run_shell("TZ='" + tz + "' " + std::string(CLAUSECHECK_BINARY) +
                             " status --no-config-discovery --format json " CLAUSECHECK_SOURCE_DIR
                             "/examples/zhumadian-gazette-2023-02.txt");
  REQUIRE(r.code == 0);
  return nlohmann::json::parse(r.out).at("as_of").get<std::string>();
}

std::string date_in(const std::string& tz) {
  std::string out = run_shell("TZ='" + tz + "' date +%F").out;
  return out.substr(0, out.find('\n'));
}

}  // namespace

TEST_CASE("the default --as-of is today in the local time zone") {
  for (const std::string tz : {"<+14>-14", "<-12>+12", "Asia/Shanghai", "UTC"}) {
    CAPTURE(tz);
    CHECK(as_of_in(tz) == date_in(tz));
  }
  CHECK(as_of_in("<+14>-14") != as_of_in("<-12>+12"));
}
