#include "ingest/docx_reader.hpp"

#include <map>
#include <utility>

#include "model/messages.hpp"
#include "ingest/word_numbering.hpp"
#include "ingest/xml_part.hpp"
#include "model/input_error.hpp"

namespace clausecheck::ingest {

namespace {

// A paragraph style's numbering (w:style/w:pPr/w:numPr), through its basedOn chain.
class StyleNumbering {
 public:
  explicit StyleNumbering(const pugi::xml_node& styles) {
    for (pugi::xml_node s = styles.first_child(); s; s = s.next_sibling()) {
      if (local_name(s) != "style") continue;
      Style style;
      style.based_on = attribute(child(s, "basedOn"), "val").as_string();
      if (const pugi::xml_node num = child(child(s, "pPr"), "numPr")) {
        style.num_id = attribute(child(num, "numId"), "val").as_int(-1);
        style.ilvl = attribute(child(num, "ilvl"), "val").as_int(0);
      }
      styles_[attribute(s, "styleId").as_string()] = std::move(style);
    }
  }
  // (numId, ilvl) of a style, numId -1 when neither it nor a style it is based on numbers.
  std::pair<int, int> of(std::string id) const {
    for (int depth = 0; depth < 16; ++depth) {  // a basedOn cycle stops here
      const auto s = styles_.find(id);
      if (s == styles_.end()) break;
      if (s->second.num_id >= 0) return {s->second.num_id, s->second.ilvl};
      id = s->second.based_on;
    }
    return {-1, 0};
  }

 private:
  struct Style {
    std::string based_on;
    int num_id = -1;
    int ilvl = 0;
  };
  std::map<std::string, Style> styles_;
};

class Body {
 public:
  Body(WordNumbering numbering, StyleNumbering styles) : numbering_(std::move(numbering)), styles_(std::move(styles)) {}

  void blocks(const pugi::xml_node& parent) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = local_name(n);
      if (name == "p") {
        out += paragraph(n);
        out += '\n';
      } else if (name == "tbl") {
        table(n);
      } else if (name == "sdt") {
        blocks(child(n, "sdtContent"));
      } else if (name == "ins" || name == "moveTo" || name == "customXml") {
        blocks(n);
      }
    }
  }

  std::string out;

 private:
  std::string paragraph(const pugi::xml_node& p) {
    std::string text = label(p);
    runs(p, text);
    return text;
  }

  std::string label(const pugi::xml_node& p) {
    const pugi::xml_node ppr = child(p, "pPr");
    // A paragraph deleted as a whole in a tracked change (its mark deleted) still prints its number until accepted;
    // the text it held is dropped with the w:del runs.
    int num_id = -1, ilvl = 0;
    if (const pugi::xml_node num = child(ppr, "numPr")) {
      num_id = attribute(child(num, "numId"), "val").as_int(-1);
      ilvl = attribute(child(num, "ilvl"), "val").as_int(0);
    }
    if (num_id < 0) {
      if (const pugi::xml_node style = child(ppr, "pStyle")) {
        const auto [id, level] = styles_.of(attribute(style, "val").as_string());
        num_id = id;
        if (!child(child(ppr, "numPr"), "ilvl")) ilvl = level;
      }
    }
    return num_id > 0 ? numbering_.next_label(num_id, ilvl) : std::string();
  }

  // The text of a paragraph's content, in order; deleted, moved-away and non-body content skipped.
  void runs(const pugi::xml_node& parent, std::string& text) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = local_name(n);
      if (name == "t") {
        text += n.text().get();
      } else if (name == "tab" || name == "ptab") {
        text += '\t';
      } else if (name == "noBreakHyphen") {
        text += '-';
      } else if (name == "r" || name == "ins" || name == "moveTo" || name == "hyperlink" || name == "smartTag" ||
                 name == "fldSimple" || name == "customXml" || name == "dir" || name == "bdo") {
        runs(n, text);
      } else if (name == "sdt") {
        runs(child(n, "sdtContent"), text);
      }
      // Left out: del, moveFrom (tracked removals), instrText (field codes), delText, drawing/pict/
      // AlternateContent (text boxes, pictures), footnote and comment references, pPr/rPr, br and cr
      // (a manual line break: the paragraph stays one line).
    }
  }

  void table(const pugi::xml_node& tbl) {
    for (pugi::xml_node tr = tbl.first_child(); tr; tr = tr.next_sibling()) {
      if (local_name(tr) != "tr") continue;
      std::string row;
      bool first = true;
      for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
        if (local_name(tc) != "tc") continue;
        if (!first) row += '\t';
        first = false;
        row += cell(tc);
      }
      out += row;
      out += '\n';
    }
  }

  // A cell's paragraphs (and nested tables' cells) on one line, apart by a space.
  std::string cell(const pugi::xml_node& tc) {
    std::string text;
    for (pugi::xml_node n = tc.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = local_name(n);
      std::string piece;
      if (name == "p") {
        piece = paragraph(n);
      } else if (name == "tbl") {
        for (pugi::xml_node tr = n.first_child(); tr; tr = tr.next_sibling())
          for (pugi::xml_node inner = tr.first_child(); inner; inner = inner.next_sibling())
            if (local_name(inner) == "tc") {
              const std::string nested = cell(inner);
              if (!nested.empty()) piece += (piece.empty() ? "" : " ") + nested;
            }
      }
      if (!piece.empty()) text += (text.empty() ? "" : " ") + piece;
    }
    return text;
  }

  WordNumbering numbering_;
  StyleNumbering styles_;
};

}  // namespace

std::string docx_text(ZipArchive& zip) {
  const std::string document = zip.require("word/document.xml", msg(Msg::part_docx_body));
  const auto doc = parse_part(zip.path(), "word/document.xml", document);
  const pugi::xml_node body = child(child(*doc, "document"), "body");
  if (!body) throw InputError(zip.path(), msg(Msg::docx_no_body));
  WordNumbering numbering;
  if (const auto part = zip.read("word/numbering.xml"))
    numbering = WordNumbering(child(*parse_part(zip.path(), "word/numbering.xml", *part), "numbering"));
  std::unique_ptr<pugi::xml_document> styles_doc;
  if (const auto part = zip.read("word/styles.xml")) styles_doc = parse_part(zip.path(), "word/styles.xml", *part);
  Body reader(std::move(numbering), StyleNumbering(styles_doc ? child(*styles_doc, "styles") : pugi::xml_node()));
  reader.blocks(body);
  return std::move(reader.out);
}

}  // namespace clausecheck::ingest
