// read_baseline (rules/baseline.hpp): a baseline file read as nlohmann's SAX
// events, entry by entry, so that every value is checked for its type where it
// stands (file:line:column), which a parsed DOM no longer knows, and memory
// stays that of the entries.
#include <cstdint>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>

#include "ingest/read_file.hpp"
#include "model/input_error.hpp"
#include "model/source_text.hpp"
#include "rules/baseline.hpp"
#include "rules/rule_meta.hpp"
#include "model/messages.hpp"

namespace clausecheck {

namespace {

// A char iterator that records how far the parser has read: SAX events carry
// no position, but each comes right after the parser read its token.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, const char** furthest) : at_(at), furthest_(furthest) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    *furthest_ = ++at_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** furthest_;
};

// One scalar event's value.
struct Scalar {
  enum class Type { null, boolean, integer, unsigned_integer, real, string } type;
  std::string text;
  std::uint64_t number = 0;
};

// The SAX handler: the top object's schema and findings, each finding an object
// of typed fields; anything else the file holds is skipped.
class Reader {
 public:
  Reader(const SourceText& file, const char** furthest) : file_(file), furthest_(furthest) {}

  bool null() { return scalar({Scalar::Type::null, "", 0}); }
  bool boolean(bool) { return scalar({Scalar::Type::boolean, "", 0}); }
  bool number_integer(std::int64_t value) {
    return scalar(
        {value < 0 ? Scalar::Type::integer : Scalar::Type::unsigned_integer, "", static_cast<std::uint64_t>(value)});
  }
  bool number_unsigned(std::uint64_t value) { return scalar({Scalar::Type::unsigned_integer, "", value}); }
  bool number_float(double, const std::string&) { return scalar({Scalar::Type::real, "", 0}); }
  bool string(std::string& value) { return scalar({Scalar::Type::string, std::move(value), 0}); }
  bool binary(nlohmann::json::binary_t&) { return scalar({Scalar::Type::null, "", 0}); }
  bool start_object(std::size_t) { return open(true); }
  bool start_array(std::size_t) { return open(false); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& value) {
    token_start();
    key_ = std::move(value);
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    const auto offset = static_cast<std::uint32_t>(position > 0 ? position - 1 : 0);
    throw InputError(file_.path(), file_.locate(offset), msg(Msg::baseline_invalid_json));
  }

  std::vector<BaselineEntry> take() {
    if (schema_ != kBaselineSchema || !findings_)
      throw InputError(file_.path(), msg(Msg::not_a_baseline, {kBaselineSchema}));
    return std::move(entries_);
  }

 private:
  // Where the token of this event starts: past the spaces, commas and colons
  // read since the last event. Also moves the mark to the end of this token.
  std::uint32_t token_start() {
    const std::string& text = file_.text();
    std::size_t at = last_end_;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r' ||
                                text[at] == ',' || text[at] == ':'))
      ++at;
    last_end_ = static_cast<std::size_t>(*furthest_ - text.data());
    return static_cast<std::uint32_t>(at);
  }

  [[noreturn]] void fail(std::uint32_t at, const std::string& message) const {
    throw InputError(file_.path(), file_.locate(at), message);
  }

  std::string entry_label() const { return "findings[" + std::to_string(entries_.size() - 1) + "]"; }

  bool open(bool object) {
    const std::uint32_t at = token_start();
    ++depth_;
    if (skip_from_ != 0) return true;
    if (depth_ == 1 && !object) fail(at, msg(Msg::not_a_baseline, {kBaselineSchema}));
    if (depth_ == 2) {
      if (key_ == "findings" && !object) findings_ = true;
      else if (key_ == "findings" || key_ == "schema")
        wrong_type(at, msg(key_ == "findings" ? Msg::a_list : Msg::a_string));
      else skip_from_ = depth_;
    } else if (depth_ == 3) {
      entries_.emplace_back();
      if (!object) fail(at, entry_label() + ": " + msg(Msg::expected_object));
      entry_at_ = at;
      has_fingerprint_ = has_rule_ = false;
    } else if (depth_ == 4) {
      field_type_check(at, Scalar{Scalar::Type::null, "", 0}, true);
      skip_from_ = depth_;
    }
    return true;
  }

  bool close() {
    token_start();
    if (skip_from_ == depth_) skip_from_ = 0;
    else if (skip_from_ == 0 && depth_ == 3) {
      if (!has_fingerprint_) fail(entry_at_, entry_label() + ": " + msg(Msg::key_missing, {"fingerprint"}));
      if (!has_rule_) fail(entry_at_, entry_label() + ": " + msg(Msg::key_missing, {"rule"}));
    }
    --depth_;
    return true;
  }

  bool scalar(const Scalar& value) {
    const std::uint32_t at = token_start();
    if (skip_from_ != 0) return true;
    if (depth_ == 0) fail(at, msg(Msg::not_a_baseline, {kBaselineSchema}));
    if (depth_ == 1) {
      if (key_ == "schema" && value.type != Scalar::Type::string) wrong_type(at, msg(Msg::a_string));
      if (key_ == "findings") wrong_type(at, msg(Msg::a_list));
      if (key_ == "schema") schema_ = value.text;
    } else if (depth_ == 2) {
      entries_.emplace_back();
      fail(at, entry_label() + ": " + msg(Msg::expected_object));
    } else {
      field_type_check(at, value, false);
    }
    return true;
  }

  [[noreturn]] void wrong_type(std::uint32_t at, const std::string& expected) const {
    fail(at, msg(Msg::baseline_expected, {key_, expected}));
  }

  // A field of the current entry: stored when of its type, else an error at it.
  void field_type_check(std::uint32_t at, const Scalar& value, bool container) {
    BaselineEntry& e = entries_.back();
    const std::string label = entry_label() + "." + key_ + ": ";
    if (key_ == "line" || key_ == "column") {
      constexpr std::uint64_t max = std::numeric_limits<std::int32_t>::max();
      if (container || value.type != Scalar::Type::unsigned_integer || value.number < 1 || value.number > max)
        fail(at, label + msg(Msg::expected_integer_range, {"1", std::to_string(max)}));
      (key_ == "line" ? e.location.line : e.location.column) = static_cast<std::uint32_t>(value.number);
      return;
    }
    std::string* text = key_ == "fingerprint" ? &e.fingerprint
                        : key_ == "rule"      ? &e.rule
                        : key_ == "message"   ? &e.message
                        : key_ == "file"      ? &e.file
                        : key_ == "evidence"  ? &e.evidence
                        : key_ == "anchor"    ? &e.anchor
                                              : nullptr;
    if (!text && key_ != "severity") return;  // a field this version does not read
    if (container || value.type != Scalar::Type::string) fail(at, label + msg(Msg::expected_string));
    if (key_ == "severity") {
      if (!parse_severity(value.text, e.severity)) fail(at, label + msg(Msg::expected_severity));
      return;
    }
    *text = value.text;
    has_fingerprint_ = has_fingerprint_ || key_ == "fingerprint";
    has_rule_ = has_rule_ || key_ == "rule";
  }

  const SourceText& file_;
  const char** furthest_;
  std::size_t last_end_ = 0;
  int depth_ = 0;      // containers open
  int skip_from_ = 0;  // the depth of a container being skipped, 0 if none
  std::string key_;    // the last key read
  std::string schema_;
  bool findings_ = false;
  std::vector<BaselineEntry> entries_;
  std::uint32_t entry_at_ = 0;
  bool has_fingerprint_ = false, has_rule_ = false;
};

}  // namespace

std::vector<BaselineEntry> read_baseline(const std::filesystem::path& path) {
  const SourceText file(path.string(), ingest::read_file(path, msg(Msg::what_baseline)));
  const char* furthest = file.text().data();
  Reader reader(file, &furthest);
  const char* begin = file.text().data();
  nlohmann::json::sax_parse(CountingIterator(begin, &furthest), CountingIterator(begin + file.text().size(), &furthest),
                            &reader);
  return reader.take();
}

}  // namespace clausecheck
