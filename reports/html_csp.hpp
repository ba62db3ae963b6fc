#pragma once
#include <string>
#include <string_view>

namespace clausecheck::reports {

// SHA-256 of `bytes` in base64, as a Content-Security-Policy source expression
// 'sha256-…' names an inline <script> or <style>: the HTML reports allow their
// own script and style by hash and nothing else.
std::string sha256_base64(std::string_view bytes);

}  // namespace clausecheck::reports
