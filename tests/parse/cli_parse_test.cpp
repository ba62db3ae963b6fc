#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/run_cli.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kSeed = CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt";

fs::path scratch_dir() {
  const fs::path dir = fs::temp_directory_path() / ("clausecheck-cli-parse-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

}  // namespace

TEST_CASE("parse --format json follows the model contract") {
  const CliRun r = run_cli("parse --format json " + kSeed);
  REQUIRE(r.code == 0);
  const json j = json::parse(r.out);
  CHECK(j["schema"] == "clausecheck/model@1");
  const json& f = j["files"][0];
  CHECK(f["encoding"] == "UTF-8");
  CHECK(f["gazette"]["issue"] == 2);
  CHECK(f["gazette"]["running"] == 124);
  CHECK(f["gazette"]["toc"].size() == 5);
  REQUIRE(f["documents"].size() == 5);
  const json& measures = f["documents"][2]["attachments"][0];
  CHECK(measures["trial"] == true);
  CHECK(measures["clauses"].size() == 27);
  CHECK(measures["clauses"][25]["label"] == "二十六");
  CHECK(measures["clauses"][25]["style"] == "一、");
  CHECK(measures["clauses"][25]["span"]["line"] == 635);
  CHECK(f["documents"][2]["number"]["raw"] == "驻政〔2023〕9号");
  CHECK(f["documents"][2]["signed"] == "2023-03-04");
  CHECK(r.err.empty());
}

TEST_CASE("the outline lists documents and clauses with their lines") {
  const CliRun r = run_cli("parse " + kSeed);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("document: 政府工作报告 [报告] 2023-01-04  (line 95)") != std::string::npos);
  CHECK(r.out.find("二十七、 鼓励采取银行保函置换预售监管资金") != std::string::npos);
}

TEST_CASE("the outline gives a clause one line, its text's source lines joined") {
  const fs::path file = scratch_dir() / "two-lines.txt";
  write(file,
        "驻马店市测试管理办法\n\n第一条 为了规范管理，制定本办法。\n本办法适用于全市。\n\n第二条 "
        "本办法自2023年1月1日起施行。\n");
  const CliRun r = run_cli("parse " + file.string());
  REQUIRE(r.code == 0);
  CHECK(r.out.find("  第一条 为了规范管理，制定本办法。 本办法适用于…  (line 3)\n") != std::string::npos);
}

TEST_CASE("the GBK copy of the seed gives the same model as the UTF-8 one") {
  const fs::path gbk = scratch_dir() / "seed-gbk.txt";
  REQUIRE(std::system(("iconv -f UTF-8 -t GBK " + kSeed + " > " + gbk.string()).c_str()) == 0);
  const CliRun utf8 = run_cli("parse --format json " + kSeed);
  const CliRun converted = run_cli("parse --format json " + gbk.string());
  REQUIRE(converted.code == 0);
  json a = json::parse(utf8.out)["files"][0], b = json::parse(converted.out)["files"][0];
  CHECK(b["encoding"] == "GB18030");
  a.erase("path"), a.erase("encoding"), b.erase("path"), b.erase("encoding");
  CHECK(a == b);
}

TEST_CASE("bad input: one line naming the file, exit 2 when no file was read, the good files still reported") {
  const fs::path dir = scratch_dir();
  write(dir / "empty.txt", "");
  write(dir / "binary.txt", std::string("\x7f"
                                        "ELF\x02\x01\x01\0\0\0\0\0",
                                        12));
  write(dir / "latin1.txt", "caf\xe9 \xff\xfe\xfd abc\n");
  fs::create_directories(dir / "nodocs");
  write(dir / "nodocs" / "notes.yaml", "a: 1");  // no document (a .png would be found, and read by its content)
  for (const char* name : {"empty.txt", "binary.txt", "latin1.txt", "missing.txt", "nodocs"}) {
    CAPTURE(name);
    const CliRun r = run_cli("parse " + (dir / name).string());
    CHECK(r.code == 2);
    CHECK(r.err.find((dir / name).string()) != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.find("internal error") == std::string::npos);
  }
  const CliRun mixed = run_cli("parse --format json " + (dir / "empty.txt").string() + " " + kSeed);
  CHECK(mixed.code == 0);  // the seed was read: an error line for the empty file, exit 2 only when nothing was read
  const json j = json::parse(mixed.out);
  REQUIRE(j["files"].size() == 1);
  CHECK(j["files"][0]["documents"].size() == 5);
}

TEST_CASE("-o writes the output to a file and refuses to overwrite an input") {
  const fs::path out = scratch_dir() / "model.json";
  fs::remove(out);
  const CliRun r = run_cli("parse --format json -o " + out.string() + " " + kSeed);
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  std::ifstream in(out);
  CHECK(json::parse(in)["files"].size() == 1);
  const fs::path copy = scratch_dir() / "copy.txt";
  fs::copy_file(kSeed, copy, fs::copy_options::overwrite_existing);
  const auto before = fs::file_size(copy);
  const CliRun clobber = run_cli("parse -o " + copy.string() + " " + copy.string());
  CHECK(clobber.code == 2);
  CHECK(fs::file_size(copy) == before);
}

TEST_CASE("usage errors exit 2; --help and --version exit 0") {
  CHECK(run_cli("parse --format yaml " + kSeed).code == 2);
  CHECK(run_cli("parse").code == 2);
  CHECK(run_cli("frobnicate").code == 2);
  const CliRun help = run_cli("parse --help");
  CHECK(help.code == 0);
  CHECK(help.out.find("Examples:") != std::string::npos);
  const CliRun version = run_cli("--version");
  CHECK(version.code == 0);
  CHECK(version.out.find(CLAUSECHECK_VERSION) != std::string::npos);
}
