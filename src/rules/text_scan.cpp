#include "rules/text_scan.hpp"

#include <string.h>

#include <algorithm>

#include "rules/model_walk.hpp"
#include "model/input_error.hpp"
#include "model/messages.hpp"
#include "text/code_points.hpp"
#include "text/utf8.hpp"

namespace clausecheck::rules {

namespace {
void clause_regions(const ParsedFile& file, const Document& doc, const std::vector<Clause>& clauses,
                    const std::function<void(Span, Place)>& fn) {
  for (const auto& clause : clauses) {
    const std::uint32_t end = clause.children.empty() ? clause.span.end : clause.children.front().span.begin;
    fn(Span{clause.span.begin, std::max(clause.span.begin, end)}, Place{&file, &doc, &clause, nullptr});
    clause_regions(file, doc, clause.children, fn);
  }
}
}  // namespace

void for_each_region(const ParsedFile& file, Scope scope, const std::function<void(Span, Place)>& fn) {
  const auto size = static_cast<std::uint32_t>(file.source->text().size());
  if (scope == Scope::gazette || scope == Scope::fact || scope == Scope::change) {
    fn(Span{0, size}, Place{&file, nullptr, nullptr, nullptr});
    return;
  }
  if (scope == Scope::document) {
    for (const auto& doc : file.documents)  // attachments lie inside their carrier's extent
      fn(Span{doc.span.begin, std::min(size, document_end(doc))}, Place{&file, &doc, nullptr, nullptr});
    return;
  }
  for_each_document(file, [&](const Document& doc, const Document*) { clause_regions(file, doc, doc.clauses, fn); });
}

std::shared_ptr<const RE2> regex_field(const RuleFields& fields, const std::string& key, const std::string& pattern) {
  auto re = std::make_shared<const RE2>(pattern, RE2::Quiet);
  if (!re->ok()) fields.fail(key, msg(Msg::invalid_regex, {re->error()}));
  return re;
}

namespace {
bool built_in(const SourceText& pack) { return pack.path().starts_with("<builtin>"); }

Location field_location(const RuleFields& fields, const std::string& key) {
  const YAML::Node value = fields.node(key);
  return value ? mark_location(fields.pack(), value.Mark()) : Location{};
}
}  // namespace

LazyRegex::LazyRegex(const RuleFields& fields, const std::string& key, std::string pattern, int group)
    : pattern_(std::move(pattern)), group_(group) {
  if (!built_in(fields.pack())) {
    re_ = regex_field(fields, key, pattern_);
    if (group_ < 0 || group_ > re_->NumberOfCapturingGroups()) fields.fail("group", msg(Msg::no_capture_group));
    return;
  }
  if (group_ < 0) fields.fail("group", msg(Msg::no_capture_group));
  pack_ = fields.pack().path();
  at_ = field_location(fields, key);
  group_at_ = field_location(fields, "group");
}

const RE2& LazyRegex::get() const {
  if (!pack_.empty())
    std::call_once(once_, [this] {
      auto re = std::make_shared<const RE2>(pattern_, RE2::Quiet);
      if (!re->ok()) throw InputError(pack_, at_, msg(Msg::invalid_regex, {re->error()}));
      if (group_ > re->NumberOfCapturingGroups()) throw InputError(pack_, group_at_, msg(Msg::no_capture_group));
      re_ = std::move(re);
    });
  return *re_;
}

Exceptions::Exceptions(const RuleFields& fields, const std::string& key) {
  for (const auto& pattern : fields.texts(key)) patterns_.push_back(regex_field(fields, key, pattern));
}

bool Exceptions::excuse(const std::string& text, Span span) const {
  if (patterns_.empty()) return false;
  const std::size_t line_begin = text.rfind('\n', span.begin == 0 ? 0 : span.begin - 1);
  const std::uint32_t from =
      line_begin == std::string::npos || span.begin == 0 ? 0 : static_cast<std::uint32_t>(line_begin + 1);
  std::size_t line_end = text.find('\n', span.end);
  const auto to = static_cast<std::uint32_t>(line_end == std::string::npos ? text.size() : line_end);
  for (const auto& re : patterns_) {
    bool hit = false;
    for_each_match(*re, text, Span{from, to}, 0, [&](Span m, const std::vector<std::string>&) {
      if (m.begin < span.end && span.begin < m.end) hit = true;
    });
    if (hit) return true;
  }
  return false;
}

namespace {
// string_view::find stops at every byte equal to the literal's first one,
// and in Chinese text the lead byte of 号 or 日 is nearly every third byte.
// The literal's last byte is a rare one (a continuation byte, one of 64
// values): memchr runs to each of its places, and only there are the bytes
// before it compared, the one just before first.
std::size_t find_literal(std::string_view text, std::string_view literal, std::size_t from) {
  const std::size_t n = literal.size();
  if (from > text.size() || text.size() - from < n) return std::string_view::npos;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin + from + n - 1; p < end;) {
    const auto* last = static_cast<const char*>(::memchr(p, literal.back(), static_cast<std::size_t>(end - p)));
    if (!last) return std::string_view::npos;
    const char* const first = last - (n - 1);
    // The byte before the last, told apart here, spares most places a call of memcmp: the
    // last byte of 号 is the last or the middle one of one character in 32.
    const bool before_last = n < 2 || last[-1] == literal[n - 2];
    if (before_last && ::memcmp(first, literal.data(), n - 1) == 0) return static_cast<std::size_t>(first - begin);
    p = last + 1;
  }
  return std::string_view::npos;
}
}  // namespace

namespace {
// Shorter literals (a digit, a bracket) are in nearly every region: looking
// for them costs more than it saves. One Han character is three bytes.
constexpr int kMinLiteralBytes = 3;

bool caseless(std::string_view literal) {
  for (std::size_t at = 0; at < literal.size();) {
    const text::CodePoint c = text::decode_at(literal, at);
    if (!text::is_caseless(c.value)) return false;
    at += std::max<std::size_t>(c.length, 1);
  }
  return true;
}
}  // namespace

LiteralFilter::LiteralFilter(const std::string& pattern) : filter_(kMinLiteralBytes) {
  int id = 0;
  if (filter_.Add(pattern, RE2::Options(RE2::Quiet), &id) != RE2::NoError) return;  // the caller reports it
  compiled_ = true;
  filter_.Compile(&atoms_);
  usable_ = std::all_of(atoms_.begin(), atoms_.end(), caseless);
}

bool LiteralFilter::may_match(const std::string& text, Span region) const {
  if (!usable_) return true;
  const std::string_view view(text.data(), region.end);
  std::vector<int> found;
  for (std::size_t i = 0; i < atoms_.size(); ++i)
    if (find_literal(view, atoms_[i], region.begin) != std::string_view::npos) found.push_back(static_cast<int>(i));
  std::vector<int> patterns;
  filter_.AllPotentials(found, &patterns);
  return !patterns.empty();
}

void for_each_line_with(const std::string& text, Span region, const std::string& literal,
                        const std::function<void(Span)>& fn) {
  if (literal.empty()) {
    fn(region);
    return;
  }
  const std::string_view view(text.data(), region.end);
  for (std::size_t at = find_literal(view, literal, region.begin); at != std::string_view::npos;) {
    const std::size_t newline = at == 0 ? std::string_view::npos : view.rfind('\n', at - 1);
    const std::size_t begin = std::max<std::size_t>(region.begin, newline == std::string_view::npos ? 0 : newline + 1);
    std::size_t end = view.find('\n', at);
    if (end == std::string_view::npos) end = region.end;
    fn(Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    at = find_literal(view, literal, end);
  }
}

namespace {
// Above this byte no match of `re` that holds a character begins, when RE2 can
// tell (RE2::PossibleMatchRange: every match s has s <= max, so s[0] <= max[0])
// and that byte is ASCII, so that every byte skipped is one no match starts at
// and the first byte not skipped starts a character. 0xFF when it cannot tell.
// The range is worked out from the start of a text: \b and \B, which hold
// there otherwise than after a letter, leave it unknown.
unsigned char first_byte_bound(const RE2& re) {
  constexpr unsigned char kAny = 0xFF;
  if (re.pattern().find("\\b") != std::string::npos || re.pattern().find("\\B") != std::string::npos) return kAny;
  std::string min, max;
  if (!re.PossibleMatchRange(&min, &max, 1)) return kAny;
  if (max.empty()) return 0;  // only the empty string matches: no position starts a match that holds one
  const auto high = static_cast<unsigned char>(max.front());
  return text::is_ascii(high) ? high : kAny;
}

// After this many empty matches in one region the bound is worth its DFA walk;
// a clause's few do not pay for it.
constexpr int kEmptyMatchesBeforeBound = 16;
}  // namespace

void for_each_match(const RE2& re, const std::string& text, Span region, int group,
                    const std::function<void(Span, const std::vector<std::string>&)>& fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(n));
  const re2::StringPiece input(text.data(), region.end);
  std::size_t pos = region.begin;
  int empty_matches = 0;
  unsigned char bound = 0xFF;
  // Once bytes are passed over, a search starts where a match most likely begins: tried there
  // alone first (one DFA pass, where a search takes a second one backwards to find its start).
  const auto match_from = [&](std::size_t at) {
    return (bound != 0xFF && re.Match(input, at, region.end, RE2::ANCHOR_START, pieces.data(), n)) ||
           re.Match(input, at, region.end, RE2::UNANCHORED, pieces.data(), n);
  };
  while (pos <= region.end && match_from(pos)) {
    const auto begin = static_cast<std::uint32_t>(pieces[0].data() - text.data());
    const auto end = static_cast<std::uint32_t>(begin + pieces[0].size());
    const auto g = static_cast<std::size_t>(group);
    const re2::StringPiece& chosen = group < n && pieces[g].data() ? pieces[g] : pieces[0];
    const auto cb = static_cast<std::uint32_t>(chosen.data() - text.data());
    if (end == begin) {  // an empty match finds nothing to show: step one character past it
      pos = end + 1;
      while (pos < region.end && text::is_continuation(text[pos])) ++pos;
      // x* matches empty before every character: one search each would find only that. The
      // bytes no match holding a character starts at are passed over here, not searched.
      if (++empty_matches == kEmptyMatchesBeforeBound) bound = first_byte_bound(re);
      if (bound != 0xFF) {
        const auto skipped = [&](std::size_t at) { return static_cast<unsigned char>(text[at]) > bound; };
        while (pos < region.end && skipped(pos)) ++pos;
        if (pos == region.end) return;  // what is left holds no match but empty ones
      }
    } else {
      std::vector<std::string> groups;
      groups.reserve(pieces.size());
      for (const auto& p : pieces) groups.emplace_back(p.data() ? std::string(p.data(), p.size()) : std::string());
      fn(Span{cb, static_cast<std::uint32_t>(cb + chosen.size())}, groups);
      pos = end;
    }
  }
}

}  // namespace clausecheck::rules
