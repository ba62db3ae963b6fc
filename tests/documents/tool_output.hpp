#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cli/run_cli.hpp"

// What the built binary says about one file: its documents with their
// attachments in reading order, and the register's entry for each.
struct ToolOutput {
  nlohmann::json model;                          // parse --format json
  std::vector<const nlohmann::json*> documents;  // documents, each followed by its attachments
  std::vector<nlohmann::json> status_entries;    // the register's document entries (clause null), in order
};

// A list member of the tool's output by reference (the documents and facts
// are pointed into), an empty list when absent or null.
inline const nlohmann::json& list_field(const nlohmann::json& object, const char* key) {
  static const nlohmann::json empty = nlohmann::json::array();
  const auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : empty;
}

inline void flatten_documents(const nlohmann::json& docs, std::vector<const nlohmann::json*>& out) {
  for (const nlohmann::json& d : docs) {
    out.push_back(&d);
    flatten_documents(list_field(d, "attachments"), out);
  }
}

inline ToolOutput read_tool_output(const std::string& file) {
  ToolOutput t;
  const CliRun parse = run_cli("parse --format json '" + file + "'");
  REQUIRE_MESSAGE(parse.code == 0, file << ": " << parse.err);
  t.model = nlohmann::json::parse(parse.out);
  for (const nlohmann::json& f : t.model.at("files")) flatten_documents(f.at("documents"), t.documents);
  // The as-of date does not change a window's first or last day.
  const CliRun status = run_cli("status --format json --as-of 2024-01-01 '" + file + "'");
  REQUIRE_MESSAGE(status.code == 0, file << ": " << status.err);
  const nlohmann::json register_json = nlohmann::json::parse(status.out);
  for (const nlohmann::json& e : register_json.at("entries"))
    if (e.at("clause").is_null()) t.status_entries.push_back(e);
  return t;
}

// Every fact of a document: its own and those of its clauses, not those of
// its attachments (they are documents of their own).
inline void collect_facts(const nlohmann::json& node, std::vector<const nlohmann::json*>& out) {
  for (const nlohmann::json& f : list_field(node, "facts")) out.push_back(&f);
  for (const char* key : {"clauses", "children"})
    for (const nlohmann::json& c : list_field(node, key)) collect_facts(c, out);
}
