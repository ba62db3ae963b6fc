#include "ingest/ofd_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "model/messages.hpp"
#include "ingest/xml_part.hpp"
#include "model/input_error.hpp"
#include "text/utf8.hpp"

namespace clausecheck::ingest {

namespace {

// The numbers of an OFD attribute that lists them apart by spaces (Boundary "x y w h").
std::vector<double> numbers(std::string_view list) {
  std::vector<double> out;
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    const std::size_t e = std::min(list.find(' ', i), list.size());
    double v = 0;
    if (e > i && std::from_chars(list.data() + i, list.data() + e, v).ec == std::errc()) out.push_back(v);
    i = e;
  }
  return out;
}

double number(const pugi::xml_node& node, std::string_view name, double fallback) {
  const pugi::xml_attribute a = attribute(node, name);
  return a ? a.as_double(fallback) : fallback;
}

struct Code {
  double x = 0, y = 0, size = 0;
  std::string text;
};

// Every TextCode of a page (in all its layers, page blocks nested), placed on the page.
void collect(const pugi::xml_node& parent, std::vector<Code>& codes) {
  for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
    const std::string_view name = local_name(n);
    if (name == "TextObject") {
      const std::vector<double> box = numbers(attribute(n, "Boundary").as_string());
      const double bx = box.size() >= 2 ? box[0] : 0, by = box.size() >= 2 ? box[1] : 0;
      const double size = number(n, "Size", box.size() >= 4 ? box[3] : 1);
      for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (local_name(c) == "TextCode")
          codes.push_back({bx + number(c, "X", 0), by + number(c, "Y", 0), size, c.text().get()});
    } else if (name == "Layer" || name == "PageBlock" || name == "Content") {
      collect(n, codes);
    }
  }
}

// A page's lines, in reading order.
std::string page_text(std::vector<Code> codes) {
  std::stable_sort(codes.begin(), codes.end(), [](const Code& a, const Code& b) { return a.y < b.y; });
  std::string out;
  std::size_t i = 0;
  double previous_y = 0;
  bool first = true;
  while (i < codes.size()) {
    const double y = codes[i].y, tolerance = codes[i].size / 2;
    std::size_t e = i + 1;
    while (e < codes.size() && codes[e].y - y <= tolerance) ++e;
    std::stable_sort(codes.begin() + static_cast<std::ptrdiff_t>(i), codes.begin() + static_cast<std::ptrdiff_t>(e),
                     [](const Code& a, const Code& b) { return a.x < b.x; });
    if (!first && y - previous_y > 2 * codes[i].size) out += '\n';
    std::string line;
    double right = 0;
    for (std::size_t k = i; k < e; ++k) {
      const Code& c = codes[k];
      if (k > i && c.x - right > c.size) line += ' ';
      line += c.text;
      right = c.x + static_cast<double>(text::code_point_count(c.text)) * c.size;
    }
    out += line;
    out += '\n';
    previous_y = y;
    first = false;
    i = e;
  }
  return out;
}

std::string resolve(ZipArchive& zip, std::string_view base, std::string_view relative) {
  if (auto p = resolve_in_package(base, relative)) return *p;
  throw InputError(zip.path(), msg(Msg::ofd_path_outside, {relative}));
}

}  // namespace

OfdText ofd_text(ZipArchive& zip) {
  const auto entry = parse_part(zip.path(), "OFD.xml", zip.require("OFD.xml", msg(Msg::part_ofd_entry)));
  const pugi::xml_node root = child(child(*entry, "OFD"), "DocBody");
  const std::string doc_root = child(root, "DocRoot").text().get();
  if (doc_root.empty()) throw InputError(zip.path(), msg(Msg::ofd_no_doc_root));
  const std::string doc_path = resolve(zip, "OFD.xml", doc_root);
  const auto document = parse_part(zip.path(), doc_path, zip.require(doc_path, msg(Msg::part_ofd_document)));
  OfdText out;
  for (pugi::xml_node page = child(child(child(*document, "Document"), "Pages"), "Page"); page;
       page = page.next_sibling()) {
    if (local_name(page) != "Page") continue;
    const std::string page_path = resolve(zip, doc_path, attribute(page, "BaseLoc").as_string());
    const auto content = parse_part(zip.path(), page_path, zip.require(page_path, msg(Msg::part_ofd_page)));
    std::vector<Code> codes;
    collect(child(child(*content, "Page"), "Content"), codes);
    // The form feed's line ends the page before, as pdftotext sets it: a page starts after it.
    if (!out.page_starts.empty()) out.text += "\f\n";
    if (out.text.size() >= 0x7FFF'FFFF) throw InputError(zip.path(), msg(Msg::text_too_much, {"OFD"}));
    out.page_starts.push_back(static_cast<std::uint32_t>(out.text.size()));
    out.text += page_text(std::move(codes));
  }
  return out;
}

}  // namespace clausecheck::ingest
