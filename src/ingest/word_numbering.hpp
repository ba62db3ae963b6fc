#pragma once
#include <array>
#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace clausecheck::ingest {

// Word's automatic numbering (numbering.xml), so that a paragraph numbered by
// Word reads with the label it prints: 一、, （一）, 第一条, 1. A label is
// made from its level's lvlText ("%1、", "（%1）", "第%1条", "%1.%2") with each
// %n the counter of level n in that level's numFmt (chineseCounting 一,
// decimal 1, ideographTraditional 甲, decimalEnclosedCircle ①…), followed by
// its suffix (tab and space read as a space, nothing as nothing).
//
// Counters run as Word runs them: per list (a w:num with a startOverride is a
// list of its own, a restart; the w:nums without one share their abstractNum's
// counters), a level starting at its w:start, and a level's use restarting the
// levels below it.
class WordNumbering {
 public:
  WordNumbering() = default;
  explicit WordNumbering(const pugi::xml_node& numbering);

  // The label of the next paragraph of list `num_id` at level `ilvl`; empty for
  // a list not defined, numId 0 (numbering removed) or a bullet.
  std::string next_label(int num_id, int ilvl);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    std::string suffix = "tab";
    bool legal = false;  // w:isLgl: every %n in decimal
    bool defined = false;
  };
  using Levels = std::array<Level, 9>;
  struct Num {
    int abstract_id = -1;
    Levels levels;          // the abstractNum's, with this num's overrides
    bool restarts = false;  // has a startOverride: counters of its own
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> used{};
  };

  std::map<int, Levels> abstracts_;
  std::map<int, Num> nums_;
  std::map<std::string, Counters> counters_;  // "n<numId>" for a restart, "a<abstractNumId>" for a shared list
};

// A count in one of numFmt's formats.
std::string format_number(int n, const std::string& format);

}  // namespace clausecheck::ingest
