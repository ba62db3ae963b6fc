#include "text/json_writer.hpp"

#include <algorithm>
#include <array>
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

constexpr bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The escape of a byte that needs one.
void append_escape(std::string& out, unsigned char c) {
  static constexpr char kHexDigits[] = "0123456789abcdef";
  if (const char* e = short_escape(c)) {
    out += e;
  } else {
    out += "\\u00";
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 0xF];
  }
}

// Printable ASCII that needs no escape: written as it is. A table, since every key is asked.
bool plain_ascii(std::string_view text) {
  static constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x7F; ++c) plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return plain;
  }();
  return std::all_of(text.begin(), text.end(), [](char c) { return kPlain[static_cast<unsigned char>(c)]; });
}

// A string's text, escaped, and valid UTF-8 from the first byte that is not. Most text, Chinese, holds
// few bytes to escape (line breaks) and none that is not UTF-8: one pass finds the next of either, and
// what is before it is copied as it is (was a pass for each).
void append_text(std::string& out, std::string_view text) {
  static constexpr AsciiSet kEscaped = [] {
    AsciiSet escaped{};
    for (std::size_t c = 0; c < escaped.size(); ++c) escaped[c] = needs_escape(static_cast<unsigned char>(c));
    return escaped;
  }();
  for (std::size_t run = 0;;) {
    const std::string_view rest = text.substr(run);
    const std::size_t stop = first_invalid_utf8_or(rest, kEscaped);
    out.append(rest.substr(0, stop));
    if (stop == std::string_view::npos) return;
    const auto c = static_cast<unsigned char>(rest[stop]);
    if (c >= 0x80) return append_text(out, valid_utf8(rest.substr(stop)));  // not UTF-8 from here: \xNN
    append_escape(out, c);
    run += stop + 1;
  }
}

}  // namespace

void JsonWriter::new_line(std::size_t depth) {
  // One append of a prefix of a ready line break and indentation: a member is
  // a line, and two appends for each were 3 % of `parse --format json`.
  static const std::string kBreak = "\n" + std::string(128, ' ');
  const std::size_t width = (base_ + depth) * static_cast<std::size_t>(indent_);
  if (width < kBreak.size()) {
    out_.append(kBreak, 0, width + 1);
    return;
  }
  out_ += '\n';
  out_.append(width, ' ');
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

void JsonWriter::Level::remember(std::string_view key) {
  key_size = key.size();
  if (key.size() <= kShortKey) std::copy(key.begin(), key.end(), short_key.begin());
  else long_key.assign(key);
}

void JsonWriter::key(std::string_view key) {
  if (levels_.empty() || !levels_.back().object || after_key_) throw std::logic_error("JSON: a key outside an object");
  Level& level = levels_.back();
  // nlohmann's objects are sorted maps: a key out of order would print elsewhere.
  if (level.count > 0 && key <= level.last_key()) throw std::logic_error("JSON: key out of order: " + std::string(key));
  level.remember(key);
  drain_if_full();
  const bool comma = level.count++ > 0;
  after_key_ = true;
  if (plain_ascii(key) && plain_key(key, comma)) return;
  if (comma) out_ += ',';
  if (indent_ >= 0) new_line(levels_.size());
  quoted(key);
  out_ += indent_ >= 0 ? ": " : ":";
}

bool JsonWriter::plain_key(std::string_view key, bool comma) {
  // The whole head of a member, `,⏎    "key": `, made on the stack and appended once: a key is most of
  // the members of a report, and the five appends of the general path were a third of
  // `parse --format json`.
  constexpr std::size_t kRoom = 160;
  static constexpr std::array<char, kRoom> kSpaces = [] {
    std::array<char, kRoom> spaces{};
    spaces.fill(' ');
    return spaces;
  }();
  const bool indented = indent_ >= 0;
  const std::size_t width = indented ? (base_ + levels_.size()) * static_cast<std::size_t>(indent_) : 0;
  if (width + key.size() + 6 > kRoom) return false;  // deeper or longer than any report's
  std::array<char, kRoom> head;
  char* at = head.data();
  if (comma) *at++ = ',';
  if (indented) {
    *at++ = '\n';
    at = std::copy_n(kSpaces.data(), width, at);
  }
  *at++ = '"';
  at = std::copy(key.begin(), key.end(), at);
  *at++ = '"';
  *at++ = ':';
  if (indented) *at++ = ' ';
  out_.append(head.data(), static_cast<std::size_t>(at - head.data()));
  return true;
}

void JsonWriter::open(char bracket, bool object) {
  item();
  out_ += bracket;
  levels_.emplace_back().object = object;
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
  if (plain_ascii(text)) out_.append(text);
  else append_text(out_, text);
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

JsonWriter::Drain drain_into(std::ostream& out) {
  return [&out](std::string_view text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); };
}

}  // namespace clausecheck::text
