#include "rules/fingerprint.hpp"

#include <cstdint>
#include <cstdio>

namespace clausecheck {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

void mix(std::uint64_t& hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  // A separator that cannot occur in UTF-8 text keeps ("ab","c") apart from ("a","bc").
  hash ^= 0xFF;
  hash *= kFnvPrime;
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
  std::uint64_t hash = kFnvOffset;
  mix(hash, finding.rule);
  mix(hash, finding.anchor);
  mix(hash, normalize_evidence(finding.evidence));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

void ensure_fingerprints(std::vector<Finding>& findings) {
  for (Finding& finding : findings)
    if (finding.fingerprint.empty()) finding.fingerprint = fingerprint_of(finding);
}

}  // namespace clausecheck
