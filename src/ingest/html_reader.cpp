#include "ingest/html_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <vector>

#include "text/utf8.hpp"

namespace clausecheck::ingest {

namespace {

using Names = std::initializer_list<std::string_view>;

bool one_of(std::string_view name, Names names) { return std::find(names.begin(), names.end(), name) != names.end(); }

// Elements without content: never on the stack of open elements.
bool is_void(std::string_view name) {
  return one_of(name, {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param", "source",
                       "track", "wbr"});
}
// Elements whose content is not markup: skipped to their end tag.
bool is_raw(std::string_view name) { return one_of(name, {"script", "style", "textarea", "title", "xmp"}); }
// Page chrome and widgets inside a body: dropped with what they hold.
bool is_dropped(std::string_view name) {
  return one_of(name, {"nav", "header", "footer", "aside", "form", "select", "button", "noscript", "iframe", "svg",
                       "template", "object"});
}
// Elements that end a paragraph.
bool is_block(std::string_view name) {
  return one_of(name,
                {"p",  "div",     "li",      "ul",   "ol",         "table",  "tr", "h1", "h2", "h3",  "h4",   "h5",
                 "h6", "section", "article", "main", "blockquote", "center", "dd", "dt", "dl", "pre", "body", "tbody"});
}
// Elements that may hold a document's body, for the largest-text fallback.
bool is_container(std::string_view name) { return one_of(name, {"div", "td", "section", "main", "article", "body"}); }

// The gov.cn sites' names of their body element, in order of trust.
constexpr std::array<std::string_view, 5> kBodyNames = {"ucap-content", "zoom", "pages_content", "trs_editor",
                                                        "article"};

struct Token {
  enum Kind { text, start, end } kind = text;
  std::size_t begin = 0, end_at = 0;  // the token's bytes in the markup
  std::string_view name;              // a tag's name, lower case
  std::string_view attributes;        // a start tag's attributes, lower case
};

// Tokens of a page: text runs and tags; comments, doctypes and processing
// instructions skipped, and the content of raw elements (script, style) too.
class Scanner {
 public:
  Scanner(std::string_view lower, std::size_t begin, std::size_t end) : lower_(lower), at_(begin), end_(end) {}

  bool next(Token& t) {
    if (at_ >= end_) return false;
    if (lower_[at_] != '<' || !tag_here()) {
      std::size_t stop = lower_.find('<', at_ + 1);
      while (stop < end_ && !tag_at(stop)) stop = lower_.find('<', stop + 1);
      t = Token{Token::text, at_, std::min(stop, end_), {}, {}};
      at_ = t.end_at;
      return true;
    }
    const std::string_view rest = lower_.substr(at_, end_ - at_);
    if (rest.starts_with("<!--")) {
      const std::size_t close = lower_.find("-->", at_ + 4);
      at_ = close == std::string_view::npos || close + 3 > end_ ? end_ : close + 3;
      return next(t);
    }
    if (rest.starts_with("<!") || rest.starts_with("<?")) {
      at_ = after('>', at_);
      return next(t);
    }
    const bool closing = rest[1] == '/';
    const std::size_t name_begin = at_ + (closing ? 2 : 1);
    std::size_t name_end = name_begin;
    while (name_end < end_ && (std::isalnum(static_cast<unsigned char>(lower_[name_end])) != 0)) ++name_end;
    const std::size_t close = tag_end(name_end);
    t.kind = closing ? Token::end : Token::start;
    t.begin = at_;
    t.end_at = close;
    t.name = lower_.substr(name_begin, name_end - name_begin);
    t.attributes = lower_.substr(name_end, close - name_end);
    at_ = close;
    if (!closing && is_raw(t.name)) {
      const std::size_t stop = lower_.find("</" + std::string(t.name), at_);
      at_ = stop == std::string_view::npos || stop > end_ ? end_ : stop;
    }
    return true;
  }

 private:
  bool tag_here() const { return tag_at(at_); }
  // '<' that opens a tag, comment or declaration; any other '<' is text.
  bool tag_at(std::size_t i) const {
    if (i + 1 >= end_) return false;
    const char c = lower_[i + 1];
    return (c >= 'a' && c <= 'z') || c == '/' || c == '!' || c == '?';
  }
  std::size_t after(char c, std::size_t from) const {
    const std::size_t found = lower_.find(c, from);
    return found == std::string_view::npos || found + 1 > end_ ? end_ : found + 1;
  }
  // One past the '>' ending a tag, quoted attribute values skipped.
  std::size_t tag_end(std::size_t from) const {
    char quote = 0;
    for (std::size_t i = from; i < end_; ++i) {
      const char c = lower_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return end_;
  }

  std::string_view lower_;
  std::size_t at_, end_;
};

// The value of attribute `name` in a start tag's attributes (lower case), nullopt if absent.
std::optional<std::string_view> attribute_value(std::string_view attrs, std::string_view name) {
  std::size_t i = 0;
  const auto skip_blanks = [&] {
    while (i < attrs.size() && (attrs[i] == ' ' || attrs[i] == '\t' || attrs[i] == '\n' || attrs[i] == '\r')) ++i;
  };
  while (i < attrs.size()) {
    skip_blanks();
    const std::size_t b = i;
    while (i < attrs.size() && attrs[i] != '=' && attrs[i] != ' ' && attrs[i] != '>' && attrs[i] != '/' &&
           attrs[i] != '\t' && attrs[i] != '\n' && attrs[i] != '\r')
      ++i;
    const std::string_view key = attrs.substr(b, i - b);
    if (key.empty()) {
      ++i;
      continue;
    }
    skip_blanks();
    std::string_view value;
    if (i < attrs.size() && attrs[i] == '=') {
      ++i;
      skip_blanks();
      if (i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'')) {
        const char q = attrs[i++];
        const std::size_t e = std::min(attrs.find(q, i), attrs.size());
        value = attrs.substr(i, e - i);
        i = e + 1;
      } else {
        const std::size_t e = std::min(attrs.find_first_of(" \t\r\n>", i), attrs.size());
        value = attrs.substr(i, e - i);
        i = e;
      }
    }
    if (key == name) return value;
  }
  return std::nullopt;
}

// Which of kBodyNames a start tag carries as its id or one of its classes (kBodyNames.size() if none).
std::size_t body_name_rank(std::string_view attrs) {
  std::size_t best = kBodyNames.size();
  const auto consider = [&](std::string_view word) {
    for (std::size_t k = 0; k < best; ++k)
      if (word == kBodyNames[k]) best = k;
  };
  if (const auto id = attribute_value(attrs, "id")) consider(*id);
  if (const auto classes = attribute_value(attrs, "class")) {
    std::size_t b = 0;
    while (b < classes->size()) {
      const std::size_t e = std::min(classes->find(' ', b), classes->size());
      consider(classes->substr(b, e - b));
      b = e + 1;
    }
  }
  return best;
}

struct Range {
  std::size_t begin = 0, end = 0;  // content between the start tag's end and the end tag's begin
  bool found = false;
};

// Where the body and the first <h1> are: one pass over the page's tags.
struct Layout {
  Range body;
  Range h1;
};

Layout find_layout(std::string_view lower) {
  struct Open {
    std::string_view name;
    std::size_t content_begin;
    std::size_t rank;      // index in kBodyNames, or kBodyNames.size()
    std::size_t text = 0;  // bytes of text whose nearest container it is
  };
  std::vector<Open> stack;
  std::array<Range, kBodyNames.size()> named;
  Range article, largest, h1;
  std::size_t largest_text = 0;
  const auto close = [&](const Open& o, std::size_t content_end) {
    const Range r{o.content_begin, content_end, true};
    if (o.rank < named.size() && !named[o.rank].found) named[o.rank] = r;
    if (o.name == "article" && !article.found) article = r;
    if (o.name == "h1" && !h1.found) h1 = r;
    if (is_container(o.name) && o.text > largest_text) {
      largest_text = o.text;
      largest = r;
    }
  };
  Scanner scan(lower, 0, lower.size());
  Token t;
  while (scan.next(t)) {
    if (t.kind == Token::text) {
      for (auto o = stack.rbegin(); o != stack.rend(); ++o)
        if (is_container(o->name)) {
          o->text += t.end_at - t.begin;
          break;
        }
    } else if (t.kind == Token::start) {
      if (is_void(t.name) || t.attributes.ends_with('/')) continue;
      // A <p> or <li> left open ends at the next one.
      if (!stack.empty() && stack.back().name == t.name && one_of(t.name, {"p", "li"})) {
        close(stack.back(), t.begin);
        stack.pop_back();
      }
      stack.push_back({t.name, t.end_at, body_name_rank(t.attributes)});
    } else {
      // An end tag closes its element and the ones left open inside it; one
      // that matches nothing near the top is ignored (a bounded search keeps a
      // page of stray end tags linear).
      const std::size_t depth = std::min<std::size_t>(stack.size(), 64);
      for (std::size_t k = 1; k <= depth; ++k) {
        if (stack[stack.size() - k].name != t.name) continue;
        for (std::size_t j = 0; j < k; ++j) {
          close(stack.back(), t.begin);
          stack.pop_back();
        }
        break;
      }
    }
  }
  while (!stack.empty()) {
    close(stack.back(), lower.size());
    stack.pop_back();
  }
  Layout layout;
  layout.h1 = h1;
  for (const Range& r : named)
    if (r.found) {
      layout.body = r;
      return layout;
    }
  layout.body = article.found ? article : largest;
  if (!layout.body.found) layout.body = Range{0, lower.size(), true};
  return layout;
}

// Named entities a Chinese government page uses; others stay as written.
std::optional<char32_t> named_entity(std::string_view name) {
  static const std::pair<std::string_view, char32_t> table[] = {
      {"amp", U'&'},         {"lt", U'<'},         {"gt", U'>'},         {"quot", U'"'},       {"apos", U'\''},
      {"nbsp", U'\u00A0'},   {"ensp", U'\u2002'},  {"emsp", U'\u2003'},  {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'},
      {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'}, {"mdash", U'\u2014'}, {"ndash", U'\u2013'}, {"hellip", U'\u2026'},
      {"middot", U'\u00B7'}, {"times", U'\u00D7'}, {"copy", U'\u00A9'},  {"reg", U'\u00AE'},   {"deg", U'\u00B0'},
      {"permil", U'\u2030'}, {"sect", U'\u00A7'},  {"bull", U'\u2022'}};
  for (const auto& [n, c] : table)
    if (n == name) return c;
  return std::nullopt;
}

// A character reference's code point (&#20013; &#x4E2D; &amp;), nullopt if it is none.
std::optional<char32_t> entity(std::string_view ref) {
  if (!ref.starts_with('#')) return named_entity(ref);
  const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
  const std::string_view digits = ref.substr(hex ? 2 : 1);
  std::uint32_t value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return U'\uFFFD';
  return static_cast<char32_t>(value);
}

// Text of a page, whitespace collapsed as a browser shows it, entities decoded.
class Writer {
 public:
  void text(std::string_view raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
      const char c = raw[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
        continue;
      }
      if (space_ && !out.empty() && out.back() != '\n' && out.back() != '\t') out += ' ';
      space_ = false;
      if (c == '&') {
        const std::size_t semi = raw.find(';', i + 1);
        if (semi != std::string_view::npos && semi - i <= 10) {
          if (const auto cp = entity(raw.substr(i + 1, semi - i - 1))) {
            text::append_utf8(out, *cp);
            i = semi;
            continue;
          }
        }
      }
      out += c;
    }
  }
  void line_break() {
    trim_end();
    out += '\n';
    space_ = false;
  }
  void paragraph_break() {
    trim_end();
    if (out.empty()) return;
    if (!out.ends_with('\n')) out += '\n';
    if (!out.ends_with("\n\n")) out += '\n';
    space_ = false;
  }
  void cell_break() {
    trim_end();
    if (!out.empty() && !out.ends_with('\n')) out += '\t';
    space_ = false;
  }

  std::string out;

 private:
  void trim_end() {
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  bool space_ = false;
};

// The text of markup[range] (original case), dropped elements left out.
std::string extract(std::string_view markup, std::string_view lower, Range range) {
  Writer w;
  Scanner scan(lower, range.begin, range.end);
  Token t;
  std::string_view dropping;
  std::size_t nested = 0;  // elements named `dropping` open inside the one being dropped
  while (scan.next(t)) {
    if (!dropping.empty()) {
      if (t.kind != Token::text && t.name == dropping) {
        if (t.kind == Token::start) ++nested;
        else if (nested-- == 0) dropping = {};
      }
      continue;
    }
    if (t.kind == Token::text) {
      w.text(markup.substr(t.begin, t.end_at - t.begin));
    } else if (t.kind == Token::start && is_dropped(t.name) && !t.attributes.ends_with('/')) {
      dropping = t.name;
      nested = 0;
    } else if (t.name == "br" || (t.name == "tr" && t.kind == Token::end)) {  // a table row ends its line
      w.line_break();
    } else if (t.name == "td" || t.name == "th") {
      if (t.kind == Token::start) w.cell_break();
    } else if (is_block(t.name)) {
      w.paragraph_break();
    }
  }
  w.paragraph_break();
  return std::move(w.out);
}

}  // namespace

std::string html_text(std::string_view markup) {
  const std::string lower = text::lower_ascii(markup);
  const Layout layout = find_layout(lower);
  std::string body = extract(markup, lower, layout.body);
  const bool h1_outside = layout.h1.found && (layout.h1.end <= layout.body.begin || layout.h1.begin >= layout.body.end);
  if (h1_outside) {
    std::string title = extract(markup, lower, layout.h1);
    while (!title.empty() && title.back() == '\n') title.pop_back();
    if (!title.empty() && body.find(title) == std::string::npos) body = title + "\n\n" + body;
  }
  return body;
}

std::string declared_charset(std::string_view markup) {
  const std::string head = text::lower_ascii(markup.substr(0, 4096));
  const std::size_t at = head.find("charset");
  if (at == std::string::npos) return {};
  std::size_t i = at + 7;
  while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
  std::size_t e = i;
  while (e < head.size() &&
         (std::isalnum(static_cast<unsigned char>(head[e])) != 0 || head[e] == '-' || head[e] == '_'))
    ++e;
  return head.substr(i, e - i);
}

}  // namespace clausecheck::ingest
