#pragma once
#include <array>
#include <concepts>
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace clausecheck::text {

// The one way reports write JSON (parse's model, check's findings, diff, and
// through dump_json the documents still built as nlohmann values): streamed
// into a string, byte for byte as nlohmann's dump(indent) prints the same
// values, without building a tree first (a 10 MB line made a 200 MB output
// whose tree cost four times the parse). Every string, keys too, is made
// valid UTF-8 first (bytes that are not become \xNN, escape_visible.hpp), so
// the output is always valid JSON.
//
// nlohmann keeps an object's keys sorted, so the keys of an object must be
// given in ascending byte order; a key out of order is a logic_error.
class JsonWriter {
 public:
  // indent < 0: compact, as dump(-1).
  explicit JsonWriter(std::string& out, int indent = 2) : out_(out), indent_(indent) {}
  // What is written is handed to `drain` (and `out` cleared) whenever it
  // passes `chunk` bytes: a report written as it is made, never held whole.
  using Drain = std::function<void(std::string_view)>;
  JsonWriter(std::string& out, int indent, Drain drain, std::size_t chunk = std::size_t{1} << 20)
      : out_(out), indent_(indent), drain_(std::move(drain)), chunk_(chunk) {}

  // What is written is one value at `depth` of a document written elsewhere,
  // indented as it would be there (a file of `parse --format json`, made on
  // a worker thread while the output is written in order).
  void nest(std::size_t depth) { base_ = depth; }

  void begin_object() { open('{', true); }
  void end_object() { close('}'); }
  void begin_array() { open('[', false); }
  void end_array() { close(']'); }
  void key(std::string_view key);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(bool b) { literal(b ? "true" : "false"); }
  void value(std::nullptr_t) { literal("null"); }
  template <std::integral T>
  requires(!std::same_as<T, bool>) void value(T n) {
    if constexpr (std::signed_integral<T>) integer(static_cast<long long>(n));
    else unsigned_integer(static_cast<unsigned long long>(n));
  }
  void value(double d);
  void value(const nlohmann::json& tree);
  template <typename T>
  void value(const std::optional<T>& v) {
    if (v) value(*v);
    else value(nullptr);
  }
  void value(const std::vector<std::string>& list);

  template <typename T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

 private:
  // An object's or array's state; an object keeps its last key, since keys
  // must ascend. Short keys (all the reports' own) are kept in place: a string
  // assigned for each of millions of members was a tenth of the writer's time.
  struct Level {
    static constexpr std::size_t kShortKey = 32;
    bool object = false;
    std::size_t count = 0;
    std::array<char, kShortKey> short_key{};
    std::size_t key_size = 0;
    std::string long_key;  // a key longer than kShortKey
    std::string_view last_key() const {
      return key_size <= kShortKey ? std::string_view(short_key.data(), key_size) : std::string_view(long_key);
    }
    void remember(std::string_view key);
  };
  void open(char bracket, bool object);
  void close(char bracket);
  void item();  // what goes before a value: nothing after a key, else a separator and indentation
  void new_line(std::size_t depth);
  void drain_if_full();
  void literal(std::string_view text) {
    item();
    out_.append(text);
  }
  void integer(long long n);
  void unsigned_integer(unsigned long long n);
  void quoted(std::string_view text);
  // A key that needs no escape and what goes before it, in one append; false (nothing written) past its room.
  bool plain_key(std::string_view key, bool comma);

  std::string& out_;
  int indent_;
  Drain drain_;
  std::size_t chunk_ = 0;
  std::vector<Level> levels_;
  bool after_key_ = false;
  std::size_t base_ = 0;
};

// A Drain that prints onto `out`, and the chunk a writer of a report hands it:
// a report's JSON streamed onto its output (reports::OutputStream), never
// held whole, in a string small enough to stay in memory already touched.
JsonWriter::Drain drain_into(std::ostream& out);
inline constexpr std::size_t kStreamChunk = std::size_t{1} << 16;

}  // namespace clausecheck::text
