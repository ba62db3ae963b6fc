#include "status/summary_json.hpp"

#include "model/date.hpp"
#include "model/input_error.hpp"
#include "grammar/iso_date.hpp"

namespace clausecheck::status {

using nlohmann::json;
using std::chrono::year_month_day;

namespace {

json day(const std::optional<year_month_day>& d) { return d ? json(Date{*d, Precision::day}.iso()) : json(); }
json text_or_null(const std::optional<std::string>& s) { return s ? json(*s) : json(); }

// The file is written only where it is not the summary's own: every piece of evidence comes from
// that file, and its path repeated was a quarter of the stored bytes, which `status --db` reads back.
json evidence_json(const Evidence& e, const std::string& summary_file) {
  json out = {{"text", e.text}, {"line", e.location.line}, {"column", e.location.column}, {"offset", e.offset}};
  if (e.file != summary_file) out["file"] = e.file;
  return out;
}

json entry_json(const Entry& e, const std::string& summary_file) {
  json out = {{"clause", text_or_null(e.clause)},
              {"effective_from", day(e.effective_from)},
              {"expires_on", day(e.expires_on)},
              {"evidence", evidence_json(e.evidence, summary_file)},
              {"signing_date_stood_in", e.signing_date_stood_in},
              {"notes", e.notes},
              {"conflict", json()}};
  if (e.conflict) out["conflict"] = {{"counted", day(e.conflict->counted)}, {"stated", day(e.conflict->stated)}};
  return out;
}

// Reads one stored summary, every error naming where it came from.
class Reader {
 public:
  Reader(const std::string& origin, std::string summary_file) : origin_(origin), file_(std::move(summary_file)) {}

  const json& member(const json& object, const char* key) const {
    if (!object.is_object()) fail(key, "missing");
    const auto found = object.find(key);  // one lookup: a register reads some 30 keys a document
    if (found == object.end()) fail(key, "missing");
    return *found;
  }
  std::string text(const json& object, const char* key) const {
    const json& v = member(object, key);
    if (!v.is_string()) fail(key, "not a string");
    return v.get<std::string>();
  }
  std::optional<std::string> text_or_none(const json& object, const char* key) const {
    if (member(object, key).is_null()) return std::nullopt;
    return text(object, key);
  }
  bool flag(const json& object, const char* key) const {
    const json& v = member(object, key);
    if (!v.is_boolean()) fail(key, "not a boolean");
    return v.get<bool>();
  }
  template <class Int>
  Int whole(const json& object, const char* key) const {
    const json& v = member(object, key);
    if (!v.is_number_unsigned()) fail(key, "not a count");
    return v.get<Int>();
  }
  std::optional<year_month_day> day_or_none(const json& object, const char* key) const {
    const std::optional<std::string> s = text_or_none(object, key);
    if (!s) return std::nullopt;
    const std::optional<Date> d = grammar::parse_iso_date(*s);
    if (!d || d->precision != Precision::day) fail(key, "not a date YYYY-MM-DD: " + *s);
    return d->first_day();
  }
  const json& array(const json& object, const char* key) const {
    const json& v = member(object, key);
    if (!v.is_array()) fail(key, "not an array");
    return v;
  }
  std::vector<std::string> texts(const json& object, const char* key) const {
    std::vector<std::string> out;
    for (const json& v : array(object, key)) {
      if (!v.is_string()) fail(key, "holds a value that is not a string");
      out.push_back(v.get<std::string>());
    }
    return out;
  }

  Evidence evidence(const json& object) const {
    const json& e = member(object, "evidence");
    return {text(e, "text"), e.contains("file") ? text(e, "file") : file_,
            Location{whole<std::uint32_t>(e, "line"), whole<std::uint32_t>(e, "column")},
            whole<std::uint32_t>(e, "offset")};
  }

  Entry entry(const json& e, const DocumentSummary& doc) const {
    Entry out;
    out.document_number = doc.number;
    out.document_title = doc.title;
    out.attachment = doc.attachment;
    out.clause = text_or_none(e, "clause");
    out.effective_from = day_or_none(e, "effective_from");
    out.expires_on = day_or_none(e, "expires_on");
    out.evidence = evidence(e);
    out.signing_date_stood_in = flag(e, "signing_date_stood_in");
    out.notes = texts(e, "notes");
    if (!member(e, "conflict").is_null()) {
      const json& c = e.at("conflict");
      const auto counted = day_or_none(c, "counted");
      const auto stated = day_or_none(c, "stated");
      if (!counted || !stated) fail("conflict", "needs both dates");
      out.conflict = ValidityConflict{*counted, *stated};
    }
    return out;
  }

  LineageStatement statement(const json& s) const {
    LineageStatement out;
    const std::string kind = text(s, "kind");
    const std::optional<LineageKind> parsed = parse_lineage_kind(kind);
    if (!parsed) fail("kind", "not a lineage kind: " + kind);
    out.kind = *parsed;
    out.target_title = text(s, "target_title");
    out.target_number = text(s, "target_number");
    out.partial = flag(s, "partial");
    out.takes_effect = day_or_none(s, "takes_effect");
    out.target_made_by = day_or_none(s, "target_made_by");
    out.clause = text_or_none(s, "clause");
    out.evidence = evidence(s);
    return out;
  }

  Citation citation(const json& c) const {
    return {text(c, "title"), text(c, "number"), flag(c, "basis"), text_or_none(c, "clause"), evidence(c)};
  }

 private:
  [[noreturn]] void fail(const char* key, const std::string& what) const {
    throw InputError(origin_, std::string("document summary: \"") + key + "\" " + what);
  }
  const std::string& origin_;
  std::string file_;  // the summary's file: that of every piece of evidence that names none
};

}  // namespace

json to_json(const DocumentSummary& s) {
  json entries = json::array();
  for (const Entry& e : s.entries) entries.push_back(entry_json(e, s.file));
  json lineage = json::array();
  for (const LineageStatement& l : s.lineage)
    lineage.push_back({{"kind", to_string(l.kind)},
                       {"target_title", l.target_title},
                       {"target_number", l.target_number},
                       {"partial", l.partial},
                       {"takes_effect", day(l.takes_effect)},
                       {"target_made_by", day(l.target_made_by)},
                       {"clause", text_or_null(l.clause)},
                       {"evidence", evidence_json(l.evidence, s.file)}});
  json cites = json::array();
  for (const Citation& c : s.cites)
    if (c.basis)
      cites.push_back({{"title", c.title},
                       {"number", c.number},
                       {"basis", c.basis},
                       {"clause", text_or_null(c.clause)},
                       {"evidence", evidence_json(c.evidence, s.file)}});
  return {{"title", s.title},
          {"short_titles", s.short_titles},
          {"number", s.number},
          {"issuer", s.issuer},
          {"kind", s.kind},
          {"type", s.type},
          {"attachment", s.attachment},
          {"signed_on", day(s.signed_on)},
          {"effective_from", day(s.effective_from)},
          {"expires_on", day(s.expires_on)},
          {"revised_on", day(s.revised_on)},
          {"entries", std::move(entries)},
          {"lineage", std::move(lineage)},
          {"cites", std::move(cites)}};
}

DocumentSummary summary_from_json(const json& j, const std::string& file, const std::string& origin) {
  DocumentSummary s;
  s.file = file;
  const Reader r(origin, s.file);
  s.title = r.text(j, "title");
  s.short_titles = r.texts(j, "short_titles");
  s.number = r.text(j, "number");
  s.issuer = r.text(j, "issuer");
  s.kind = r.text(j, "kind");
  s.type = r.text(j, "type");
  s.attachment = r.flag(j, "attachment");
  s.signed_on = r.day_or_none(j, "signed_on");
  s.effective_from = r.day_or_none(j, "effective_from");
  s.expires_on = r.day_or_none(j, "expires_on");
  s.revised_on = r.day_or_none(j, "revised_on");
  for (const json& e : r.array(j, "entries")) s.entries.push_back(r.entry(e, s));
  for (const json& l : r.array(j, "lineage")) s.lineage.push_back(r.statement(l));
  for (const json& c : r.array(j, "cites")) s.cites.push_back(r.citation(c));
  return s;
}

}  // namespace clausecheck::status
