#pragma once
#include <string>
#include <string_view>

namespace clausecheck::text {

// Which line breaks visible() leaves as they are: none where a field must stay
// on its line (a file name, a message), LF in a terminal block of lines, LF and
// CR where the format encodes them itself (GitHub commands, XML, Markdown).
enum class Breaks { escaped, line_feeds_kept, kept };

// Text from documents, packs and file names made safe to show: every byte that
// is not part of well-formed UTF-8 becomes \xNN; C0 controls but TAB (and the
// breaks kept), DEL, C1 controls (U+0080–U+009F), the bidi controls
// (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), U+2028/U+2029 and the
// noncharacters U+FFFE/U+FFFF become \xNN (ASCII) or \uNNNN, so nothing can
// move the cursor, recolour or reorder a terminal, forge a line or break XML.
// A backslash stays as it is: the escapes are for eyes, not to be decoded.
std::string visible(std::string_view text, Breaks breaks = Breaks::escaped);
// visible() appended to `out`: a writer puts a finding's fields into one
// line without a string made of each.
void append_visible(std::string& out, std::string_view text, Breaks breaks = Breaks::escaped);

// Only the bytes that are not well-formed UTF-8 escaped as \xNN, everything
// else as it is: for JSON, whose serialiser escapes controls itself but must
// be given valid UTF-8.
std::string valid_utf8(std::string_view text);

}  // namespace clausecheck::text
