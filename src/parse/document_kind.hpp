#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace clausecheck::parse {

// The kind of legal document (立法法 and the State Council's rules on
// 行政规范性文件), from the cues it prints: its adoption lines (…全国人民代表大会常务委员会
// …通过, 国务院令第N号公布, 审判委员会…通过), its number (法释〔…〕, …人民政府令第N号, a 文号),
// its title and issuer. One of 宪法, 法律, 行政法规, 地方性法规, 规章, 司法解释,
// 行政规范性文件, 工作报告, 其他. An attachment takes its document's kind: the
// 办法 a 令 publishes is a 规章, the 措施 a 印发 notice carries a 规范性文件.
std::string legal_kind(const Document& doc);

// The day a statute was first adopted: the earliest date opening one of its
// adoption lines (1994年9月2日 郑州市…会议通过; later lines revise it). A term
// that ended before it is no term the statute sets (1982年7月底前划定宅基地 tells
// which plots qualify), as one that ended before a notice was signed.
std::optional<Date> adoption_date(const Document& doc);

// legal_kind for every document of the file and its attachments.
void set_legal_kinds(std::vector<Document>& documents);

}  // namespace clausecheck::parse
