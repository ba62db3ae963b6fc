#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "model/fact.hpp"
#include "model/paragraph.hpp"

namespace clausecheck::parse {

// The lines around a document's title that are never part of it, as real
// documents print them (GB/T 9704-2012 and the pages of government sites).

// The document number of a number line: the number alone, or with
// 签发人：××× beside it as 上行文 print it (珠府〔2023〕31号 签发人：黄志豪).
std::optional<DocNumber> read_number_line(std::string_view text);

// Ends as an issuer's name does: 人民政府, 办公厅, 办公室, 委员会, 局, 院 …
bool names_organ(std::string_view name);

// The red header's masthead: 郑州市人民政府文件, 浙江省人民政府办公厅文件, or 文件
// alone under the issuers of a joint header (中共洛阳市委办公室 / 洛阳市人民政府办公室).
bool is_masthead_line(std::string_view text);

// An index line of a government site's page, above the title: 索引号：…,
// 发布机构：…, 公开方式：主动公开, or an index code alone (HHCR-2023-01005).
bool is_index_line(std::string_view text);

// A line that is not text of a title: a labelled line (索引号：… 抄送：…
// 签发人：… 附件：…), an index code (HHCR-2023-01005) or a line of neither
// Chinese characters nor letters (- 3 -), a page number (第3页), a note in brackets ((此件公开发布),
// （本文有删减）, a statute's long 题注), 附件1 alone, and the 印发 line
// (武汉市人民政府办公厅 2023年5月15日印发).
bool is_header_note(std::string_view text);

// The record at a document's end (版记): 抄送：… and the 印发 line. Nothing
// after it is text of a clause.
bool is_record_line(std::string_view text);

// A trial mark alone, as a title's last line: （试行） (暂行).
bool is_trial_mark(std::string_view squeezed);

// The end of the title that begins at ps[at]: one to three lines joined, up
// to the line that completes it with a document type (…的通知, …若干措施)
// and a trial mark after it (（试行）). Lines that never name a type are
// joined only past a line that cannot end a title (…的, …和, …关于): else
// only the first is sure to be the title. Returns at when ps[at] cannot
// begin a title.
std::size_t title_end_from(const std::vector<Paragraph>& ps, std::size_t at, std::size_t end);

// The first line of the title that ends just before ps[stop], looking no
// further back than floor; stop when no line there can end a title. The
// title begins at the last line holding 关于, or at the issuer line just
// before it when it begins with 关于 (驻马店市人民政府办公室 / 关于…的通知);
// without 关于 at the line holding 转发 or 批转; else at the first of up to
// three title lines.
std::size_t title_begin_before(const std::vector<Paragraph>& ps, std::size_t floor, std::size_t stop);

// The first line of a document's header that ends at ps[at]: the masthead
// block (with the issuers of a joint header on lines of their own) and the
// index lines above it, looking no further back than floor.
std::size_t header_begin(const std::vector<Paragraph>& ps, std::size_t floor, std::size_t at);

// The issuer a 令 names: 长沙市人民政府令 → 长沙市人民政府; the state's name
// before a central organ is dropped as 发文机关 fields write it
// (中华人民共和国国务院令 → 国务院).
std::string_view decree_issuer(std::string_view decree_name);

}  // namespace clausecheck::parse
