#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "grammar/date.hpp"

namespace clausecheck::grammar {

// The issuer and the signing date that extraction set on one line
// (郑州市人民政府 2023年3月15日, 芜湖市人民政府 二〇二三年三月四日). The date is
// as written (DateText), not yet checked against the calendar.
struct SignatureLine {
  std::string issuer;
  DateText date;
};

// The whole text is an issuer (Chinese characters, 、 between two) followed by a full date (year,
// month and day). Blanks may stand between the two, not inside the issuer:
// pass the line squeezed.
std::optional<SignatureLine> parse_signature_line(std::string_view text);

// The whole text is an issuer alone, as the line above a signing date prints it (成都市人民政府;
// 市财政局、市税务局): pass it squeezed.
bool is_issuer_line(std::string_view text);

}  // namespace clausecheck::grammar
