#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/parsed_file.hpp"
#include "status/entry.hpp"

namespace clausecheck::status {

// What a lineage statement does to the document it names (docs/status.md, "Lineage").
enum class LineageKind {
  repeal,   // 同时废止, 予以废止, 不再执行
  amend,    // 修改为, 关于修改《…》的决定
  replace,  // 以本办法为准, （被）…代替/取代
  suspend,  // 停止执行
};
// "repeal", "amend", "replace", "suspend"
const char* to_string(LineageKind kind);
std::optional<LineageKind> parse_lineage_kind(const std::string& name);

// A statement of one document about another, its target as written:
// 《驻马店市…办法》（驻政〔2020〕5号）同时废止 → title and number.
struct LineageStatement {
  LineageKind kind = LineageKind::repeal;
  std::string target_title;   // without 《》; "" when only a number is written
  std::string target_number;  // as printed; "" when only a title is written
  // Only part of the target: where it disagrees (…与本解释不一致的，以本解释为准)
  // or a part named (《…》中有关看守所的规定即行废止).
  bool partial = false;
  std::optional<std::chrono::year_month_day> takes_effect;  // none: the document's own effective date is unknown
  // The last day of the date written before the title (1992年12月21日…发布的《…》): the text
  // meant was made by then, so a later version of that title is not it. None when none is written.
  std::optional<std::chrono::year_month_day> target_made_by;
  std::optional<std::string> clause;  // where the statement stands
  Evidence evidence;
};

// A document the text cites as its basis or otherwise (依据《…》, 根据《…》).
struct Citation {
  std::string title;   // without 《》; "" when only a number is written
  std::string number;  // as printed, "" when none
  bool basis = false;  // 依据/根据: the document rests on it
  std::optional<std::string> clause;
  Evidence evidence;
};

// What the register needs of one document (an attachment is a document of its
// own): enough to build its entries and resolve lineage without the parse, so an
// index can store it (as JSON, summary_json.hpp) and rebuild the very same register.
struct DocumentSummary {
  std::string file;
  std::string title;
  std::vector<std::string> short_titles;  // 《办法》 for 《驻马店市…办法》, as the text abbreviates itself
  std::string number;                     // its own 文号, or its notice's for an attachment; "" when none
  std::string issuer;
  std::string kind;  // 法律, 行政法规, 规章, 行政规范性文件 … (parse/document_kind.hpp)
  std::string type;  // 办法, 通知 … (the title's end)
  bool attachment = false;
  // The day it was first made: its signing date, else (a statute) the date its 题注 opens with.
  std::optional<std::chrono::year_month_day> signed_on;
  std::optional<std::chrono::year_month_day> effective_from;
  std::optional<std::chrono::year_month_day> expires_on;
  // The latest 修正/修订 its 题注 records (2021年12月24日…第四次修正): this text is a
  // revision of the earlier versions of the same title, which it supersedes.
  std::optional<std::chrono::year_month_day> revised_on;
  // Its register entries without a status (the as-of date decides it): the
  // document's own first, then its clauses' in document order.
  std::vector<Entry> entries;
  std::vector<LineageStatement> lineage;
  std::vector<Citation> cites;
};

// One summary per document of `file`, each followed by its attachments' (the
// register's order). `options.count` decides how a stated duration is counted.
std::vector<DocumentSummary> summarize(const ParsedFile& file, const StatusOptions& options);

}  // namespace clausecheck::status
