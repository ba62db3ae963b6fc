#pragma once
#include <string>
#include <string_view>

namespace clausecheck::text {

// Text as XML or HTML character data and attribute values: & < > " ' as
// references (&#39;, which both read). With `breaks_as_references`, line
// breaks and tabs too (&#10; &#13; &#9;), so that an attribute value keeps
// them (JUnit); HTML text keeps them as they are. Run text::visible first:
// this escapes only the markup.
std::string escape_markup(std::string_view text, bool breaks_as_references = false);

}  // namespace clausecheck::text
