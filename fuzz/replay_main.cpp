// The fuzz target's logic without libFuzzer: runs LLVMFuzzerTestOneInput once
// on every file of the folder given, the inputs a fuzzer once failed on. A
// crash, a sanitizer report or an escaped exception fails the test; a folder
// that is missing or empty fails too, so a wrong path cannot pass unseen.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " FOLDER\n";
    return 2;
  }
  std::size_t replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    std::cout << entry.path().filename().string() << '\n' << std::flush;  // names the input if the next call dies
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++replayed;
  }
  if (replayed == 0) {
    std::cerr << argv[1] << ": no fixtures to replay\n";
    return 1;
  }
  std::cout << replayed << " inputs replayed\n";
  return 0;
}
