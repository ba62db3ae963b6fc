#include "ingest/word_numbering.hpp"

#include "ingest/xml_part.hpp"
#include "text/chinese_number.hpp"
#include "text/utf8.hpp"

namespace clausecheck::ingest {

namespace {

std::string letters(int n, char a) {
  // Word's letter numbering repeats the letter: a…z, aa…zz.
  return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>(a + (n - 1) % 26));
}

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                      {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                      {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (const auto& [value, letters_of] : parts)
    for (; n >= value; n -= value) out += letters_of;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

std::string format_number(int n, const std::string& format) {
  if (n <= 0) return std::to_string(n);
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "japaneseCounting" ||
      format == "taiwaneseCounting" || format == "taiwaneseCountingThousand" || format == "ideographDigital")
    return text::chinese_number(n);
  if (format == "ideographTraditional" && n <= 10) {
    static const char* const stems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    return stems[n - 1];
  }
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese")
    if (n <= 20) {
      std::string out;
      text::append_utf8(out, static_cast<char32_t>(0x2460 + n - 1));
      return out;
    }
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::string out;
    for (const char d : std::to_string(n)) text::append_utf8(out, static_cast<char32_t>(0xFF10 + (d - '0')));
    return out;
  }
  if (format == "lowerLetter") return letters(n, 'a');
  if (format == "upperLetter") return letters(n, 'A');
  if (format == "lowerRoman") return roman(n, false);
  if (format == "upperRoman") return roman(n, true);
  if (format == "none") return {};
  return std::to_string(n);  // decimal, decimalZero's kin and the formats not listed: digits
}

WordNumbering::WordNumbering(const pugi::xml_node& numbering) {
  const auto read = [](const pugi::xml_node& lvl, Level& level) {
    if (const pugi::xml_node s = child(lvl, "start")) level.start = attribute(s, "val").as_int(1);
    if (const pugi::xml_node f = child(lvl, "numFmt")) level.format = attribute(f, "val").as_string();
    if (const pugi::xml_node t = child(lvl, "lvlText")) level.text = attribute(t, "val").as_string();
    if (const pugi::xml_node s = child(lvl, "suff")) level.suffix = attribute(s, "val").as_string();
    if (const pugi::xml_node l = child(lvl, "isLgl"))
      level.legal = std::string_view(attribute(l, "val").as_string("1")) != "0";
    level.defined = true;
  };
  for (pugi::xml_node n = numbering.first_child(); n; n = n.next_sibling()) {
    if (local_name(n) != "abstractNum") continue;
    Levels& levels = abstracts_[attribute(n, "abstractNumId").as_int(-1)];
    for (pugi::xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling()) {
      if (local_name(lvl) != "lvl") continue;
      const int i = attribute(lvl, "ilvl").as_int(-1);
      if (i >= 0 && i < 9) read(lvl, levels[static_cast<std::size_t>(i)]);
    }
  }
  for (pugi::xml_node n = numbering.first_child(); n; n = n.next_sibling()) {
    if (local_name(n) != "num") continue;
    Num num;
    num.abstract_id = attribute(child(n, "abstractNumId"), "val").as_int(-1);
    if (const auto a = abstracts_.find(num.abstract_id); a != abstracts_.end()) num.levels = a->second;
    for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
      if (local_name(o) != "lvlOverride") continue;
      const int i = attribute(o, "ilvl").as_int(-1);
      if (i < 0 || i >= 9) continue;
      Level& level = num.levels[static_cast<std::size_t>(i)];
      if (const pugi::xml_node lvl = child(o, "lvl")) read(lvl, level);
      if (const pugi::xml_node s = child(o, "startOverride")) {
        level.start = attribute(s, "val").as_int(1);
        num.restarts = true;
      }
    }
    nums_[attribute(n, "numId").as_int(-1)] = std::move(num);
  }
}

std::string WordNumbering::next_label(int num_id, int ilvl) {
  const auto found = nums_.find(num_id);
  if (num_id == 0 || found == nums_.end() || ilvl < 0 || ilvl >= 9) return {};
  const Num& num = found->second;
  const auto at = static_cast<std::size_t>(ilvl);
  const Level& level = num.levels[at];
  if (!level.defined || level.format == "bullet") return {};
  Counters& c = counters_[num.restarts ? "n" + std::to_string(num_id) : "a" + std::to_string(num.abstract_id)];
  c.value[at] = c.used[at] ? c.value[at] + 1 : level.start;
  c.used[at] = true;
  for (std::size_t deeper = at + 1; deeper < 9; ++deeper) c.used[deeper] = false;
  std::string label;
  const std::string& pattern = level.text;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const auto k = static_cast<std::size_t>(pattern[i + 1] - '1');
      const Level& of = num.levels[k];
      const int value = c.used[k] ? c.value[k] : of.start;
      label += format_number(value, level.legal ? std::string("decimal") : of.format);
      ++i;
    } else {
      label += pattern[i];
    }
  }
  if (label.empty()) return label;
  return level.suffix == "nothing" ? label : label + " ";
}

}  // namespace clausecheck::ingest
