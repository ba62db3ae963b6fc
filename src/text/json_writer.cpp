#include "text/json_writer.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "text/utf8.hpp"
#include "text/escape_visible.hpp"

namespace clausecheck::text {

namespace {

// nlohmann's escapes (ensure_ascii off): its short forms, else \u00xx for the
// other C0 controls; every other byte, DEL and non-ASCII too, as it is.
const char* short_escape(unsigned char c) {
  switch (c) {
    case '\b':
      return "\\b";
    case '\t':
      return "\\t";
    case '\n':
      return "\\n";
    case '\f':
      return "\\f";
    case '\r':
      return "\\r";
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    default:
      return nullptr;
  }
}

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

void append_escaped(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t run = 0;  // start of the bytes not yet written
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!needs_escape(c)) continue;
    out.append(text.substr(run, i - run));
    run = i + 1;
    if (const char* e = short_escape(c)) {
      out += e;
    } else {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  out.append(text.substr(run));
}

}  // namespace

void JsonWriter::new_line(std::size_t depth) {
  out_ += '\n';
  out_.append((base_ + depth) * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::drain_if_full() {
  if (!drain_ || out_.size() < chunk_) return;
  drain_(out_);
  out_.clear();
}

void JsonWriter::item() {
  drain_if_full();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (level.object) throw std::logic_error("JSON: a member without a key");
  if (level.count++ > 0) out_ += ',';
  if (indent_ >= 0) new_line(levels_.size());
}

void JsonWriter::key(std::string_view key) {
  if (levels_.empty() || !levels_.back().object || after_key_) throw std::logic_error("JSON: a key outside an object");
  Level& level = levels_.back();
  // nlohmann's objects are sorted maps: a key out of order would print elsewhere.
  if (level.count > 0 && key <= level.last_key) throw std::logic_error("JSON: key out of order: " + std::string(key));
  level.last_key.assign(key);
  drain_if_full();
  if (level.count++ > 0) out_ += ',';
  if (indent_ >= 0) new_line(levels_.size());
  quoted(key);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::open(char bracket, bool object) {
  item();
  out_ += bracket;
  levels_.push_back(Level{object, 0, {}});
}

void JsonWriter::close(char bracket) {
  const bool empty = levels_.back().count == 0;
  levels_.pop_back();
  if (!empty && indent_ >= 0) new_line(levels_.size());
  out_ += bracket;
}

void JsonWriter::quoted(std::string_view text) {
  out_ += '"';
  // Keys and most short values are printable ASCII: copied as they are, not
  // validated and then scanned for escapes (the keys alone were a seventh of
  // `parse --format json` of a 10 MB line).
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }))
    out_.append(text);
  else if (text::first_invalid_utf8(text) == std::string_view::npos) append_escaped(out_, text);
  else append_escaped(out_, valid_utf8(text));
  out_ += '"';
}

void JsonWriter::value(std::string_view text) {
  item();
  quoted(text);
}

void JsonWriter::integer(long long n) {
  item();
  char buffer[24];
  out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, n).ptr);
}

void JsonWriter::unsigned_integer(unsigned long long n) {
  item();
  char buffer[24];
  out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, n).ptr);
}

// nlohmann's own digits (its shortest round trip, 1.0 for a whole value, null
// for NaN): rare enough in the reports not to need a copy of its algorithm.
void JsonWriter::value(double d) { literal(nlohmann::json(d).dump()); }

void JsonWriter::value(const std::vector<std::string>& list) {
  begin_array();
  for (const std::string& s : list) value(s);
  end_array();
}

void JsonWriter::value(const nlohmann::json& tree) {
  using Type = nlohmann::json::value_t;
  switch (tree.type()) {
    case Type::null:
      return value(nullptr);
    case Type::boolean:
      return value(tree.get<bool>());
    case Type::number_integer:
      return integer(tree.get<long long>());
    case Type::number_unsigned:
      return unsigned_integer(tree.get<unsigned long long>());
    case Type::string:
      return value(tree.get_ref<const std::string&>());
    case Type::array:
      begin_array();
      for (const nlohmann::json& item : tree) value(item);
      return end_array();
    case Type::object:
      begin_object();
      for (const auto& [name, item] : tree.items()) member(name, item);
      return end_object();
    default:
      return literal(tree.dump());  // a float, as nlohmann prints it
  }
}

}  // namespace clausecheck::text
