// Any bytes as an input file, through what `clausecheck parse --format json`
// does with them: decode (the format by content — .docx and OFD packages, HTML
// pages — encoding sniffing, UTF-8 checks, line ends), the
// whole parse with facts, and the JSON model. A user error (bytes that are no
// text) is an InputError; anything else escaping is a bug.
#include <memory>

#include "fuzz/fuzz_input.hpp"
#include "ingest/read_source.hpp"
#include "model/input_error.hpp"
#include "model/model_json.hpp"
#include "parse/parse_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace clausecheck;
  try {
    auto source = std::make_shared<const SourceText>(ingest::decode("fuzz.txt", fuzz::as_text(data, size)));
    const ParsedFile file = parse::parse_source(std::move(source));
    (void)model_json(file);
  } catch (const InputError&) {
  }
  return 0;
}
