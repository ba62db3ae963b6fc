#pragma once
#include <string>

namespace clausecheck::text {

// A count as Chinese numerals print it (一, 十二, 二十, 一百零五, 一千二百), for 1 to 9999;
// other values in Arabic digits. What a list's label reads as: Word's chineseCounting
// numbering and the numbers the sequence rules say were expected.
std::string chinese_number(int n);

}  // namespace clausecheck::text
