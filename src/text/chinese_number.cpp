#include "text/chinese_number.hpp"

namespace clausecheck::text {

std::string chinese_number(int n) {
  static const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char* const units[] = {"千", "百", "十", ""};
  if (n <= 0 || n > 9999) return std::to_string(n);
  // 10 to 19 read 十, 十一 (not 一十一); a zero between digits is read once (一百零五, 一千零一十).
  if (n >= 10 && n < 20) return std::string("十") + (n % 10 ? digits[n % 10] : "");
  std::string out;
  bool zero = false;
  for (int place = 1000, u = 0; place > 0; place /= 10, ++u) {
    const int d = n / place % 10;
    if (d == 0) {
      zero = !out.empty();
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d];
    out += units[u];
  }
  return out;
}

}  // namespace clausecheck::text
