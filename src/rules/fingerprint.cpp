#include "rules/fingerprint.hpp"

#include <cstdint>

#include "text/fnv1a.hpp"

namespace clausecheck {

namespace {

void mix(std::uint64_t& hash, std::string_view bytes) {
  // A separator that cannot occur in UTF-8 text keeps ("ab","c") apart from ("a","bc").
  hash = text::fnv1a("\xFF", text::fnv1a(bytes, hash));
}

}  // namespace

std::string normalize_evidence(std::string_view evidence) {
  static constexpr std::string_view kIdeographicSpace = "\u3000";
  std::string out;
  out.reserve(evidence.size());
  for (std::size_t i = 0; i < evidence.size();) {
    if (evidence.substr(i, kIdeographicSpace.size()) == kIdeographicSpace) {
      i += kIdeographicSpace.size();
      continue;
    }
    const char c = evidence[i++];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

std::string fingerprint_of(const Finding& finding) {
  std::uint64_t hash = text::kFnv1aOffset;
  mix(hash, finding.rule);
  mix(hash, finding.anchor);
  mix(hash, normalize_evidence(finding.evidence));
  return text::hex64(hash);
}

void ensure_fingerprints(std::vector<Finding>& findings) {
  for (Finding& finding : findings)
    if (finding.fingerprint.empty()) finding.fingerprint = fingerprint_of(finding);
}

}  // namespace clausecheck
