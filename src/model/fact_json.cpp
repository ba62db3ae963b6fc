#include "model/fact_json.hpp"

#include <array>
#include <cmath>

#include "model/fact_kinds.hpp"
#include "model/model_json.hpp"

namespace clausecheck {

using text::JsonWriter;

namespace {

// 400000 rather than 400000.0: whole values print as integers.
void write_number(JsonWriter& out, double v) {
  if (std::abs(v) < 9e15 && v == std::floor(v)) out.value(static_cast<long long>(v));
  else out.value(v);
}

void write_duration(JsonWriter& out, const DurationValue& d) {
  out.begin_object();
  out.member("days", d.days);
  out.member("months", d.months);
  out.member("workdays", d.workdays);
  out.member("years", d.years);
  out.end_object();
}

// A fact's members in the order JSON readers have always seen them, the keys
// sorted: the kind's own keys are given in order, and the ones every fact has
// (kind, span, text) are slipped in where they sort.
class Members {
 public:
  Members(JsonWriter& out, const Fact& fact, const SourceText& source) : out_(out), fact_(fact), source_(source) {}

  JsonWriter& key(std::string_view key) {
    common_before(key);
    out_.key(key);
    return out_;
  }
  template <typename T>
  void member(std::string_view name, const T& v) {
    key(name).value(v);
  }
  void finish() { common_before({}); }

 private:
  // The common members sorting before `key` (all that are left for an empty key).
  void common_before(std::string_view key) {
    static constexpr std::array<std::string_view, 3> kCommon = {"kind", "span", "text"};
    for (; next_ < kCommon.size() && (key.empty() || kCommon[next_] < key); ++next_) {
      out_.key(kCommon[next_]);
      if (next_ == 0) out_.value(kind_name(fact_.value));
      else if (next_ == 1) write_span(out_, source_, fact_.span);
      else out_.value(fact_.text);
    }
  }

  JsonWriter& out_;
  const Fact& fact_;
  const SourceText& source_;
  std::size_t next_ = 0;
};

// A kind's own members as its table (model/fact_kinds.hpp) lists them, in sorted key order.
struct JsonMembers {
  Members& m;
  void json(std::string_view key, const Date& d) { m.member(key, d.iso()); }
  void json(std::string_view key, const std::optional<Date>& d) { m.member(key, iso(d)); }
  // 400000 rather than 400000.0 (write_number).
  void json(std::string_view key, double v) { write_number(m.key(key), v); }
  void json(std::string_view key, const std::optional<DurationValue>& d) {
    JsonWriter& out = m.key(key);
    if (d) write_duration(out, *d);
    else out.value(nullptr);
  }
  void json(std::string_view key, const std::optional<DocNumber>& number) { write_doc_number(m.key(key), number); }
  template <typename T>
  void json(std::string_view key, const T& v) {
    m.member(key, v);
  }
  void json_if(std::string_view key, const char* v) {
    if (v) m.member(key, v);
  }
  template <typename T>
  void both(std::string_view key, const T& v) {
    json(key, v);
  }
  template <typename T>
  void rule(std::string_view, const T&) {}
};

}  // namespace

void write_doc_number(JsonWriter& out, const std::optional<DocNumber>& number) {
  if (!number) return out.value(nullptr);
  out.begin_object();
  out.member("agency", number->agency);
  out.member("raw", number->raw);
  out.member("seq", number->seq);
  out.member("year", number->year);
  out.end_object();
}

void write_fact(JsonWriter& out, const Fact& fact, const SourceText& source) {
  out.begin_object();
  Members members(out, fact, source);
  JsonMembers json{members};
  std::visit([&json](const auto& f) { FactKind<std::decay_t<decltype(f)>>::members(json, f); }, fact.value);
  members.finish();
  out.end_object();
}

}  // namespace clausecheck
