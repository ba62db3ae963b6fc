#pragma once
#include <filesystem>
#include <memory>

#include "ingest/read_source.hpp"
#include "model/parsed_file.hpp"

namespace clausecheck::parse {

struct ParseOptions {
  bool facts = true;  // off: the clause model alone (bench_facts's baseline)
};

// The whole parse stage: paragraphs → gazette masthead and contents →
// documents → clause trees → facts.
ParsedFile parse_source(std::shared_ptr<const SourceText> source, ParseOptions options = {});

// read_source + parse_source. Throws InputError.
ParsedFile parse_path(const std::filesystem::path& path, ingest::Blank blank = ingest::Blank::refuse);

}  // namespace clausecheck::parse
