#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"
#include "model/paragraph.hpp"
#include "model/written_date.hpp"

namespace clausecheck::parse {

// The whole text is one date, as a signing date (成文日期) stands on its own
// line: 2023年3月4日, 2023 年 1 月 4 日, 二〇〇八年五月十二日, 二○○八年, 二OO五年十月.
std::optional<Date> parse_date_line(std::string_view text);

// A signing date on its own line, or after its issuer on the same line
// (郑州市人民政府 2023年3月15日: the name ends as an organ's does, names_organ);
// issuer is empty for a date alone. A date the calendar lacks (2023年2月30日)
// still makes the line the signing line, with no date: it is never replaced;
// so does a date alone with a two-digit year (23年3月4日), which names no century.
struct SigningLine {
  std::string issuer;
  std::optional<Date> date;
  std::string written_date;  // the date as written, blanks squeezed out
  WrittenDate written;
};
std::optional<SigningLine> parse_signing_line(std::string_view text);

// Where the signing line's date stands in its paragraph: the date itself, or the
// whole line when blanks stand inside the date (2023 年 1 月 4 日), and how it is written.
SigningDate signing_date(const Paragraph& line, const SigningLine& signing);

}  // namespace clausecheck::parse
