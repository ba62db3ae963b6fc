#include "model/fact.hpp"

namespace clausecheck {

namespace {
struct KindName {
  const char* operator()(const facts::DateFact&) const { return "date"; }
  const char* operator()(const facts::Period&) const { return "period"; }
  const char* operator()(const facts::Deadline&) const { return "deadline"; }
  const char* operator()(const facts::Duration&) const { return "duration"; }
  const char* operator()(const facts::Validity&) const { return "validity"; }
  const char* operator()(const facts::Effective&) const { return "effective"; }
  const char* operator()(const facts::Threshold&) const { return "threshold"; }
  const char* operator()(const facts::QuantityFact&) const { return "quantity"; }
  const char* operator()(const facts::Target&) const { return "target"; }
  const char* operator()(const facts::Responsibility&) const { return "responsibility"; }
  const char* operator()(const facts::Reference&) const { return "reference"; }
  const char* operator()(const facts::Repeal&) const { return "repeal"; }
};
}  // namespace

const char* kind_name(const FactValue& value) { return std::visit(KindName{}, value); }

const char* role_name(facts::DeadlineRole role) {
  switch (role) {
    case facts::DeadlineRole::goal: return "goal";
    case facts::DeadlineRole::condition: return "condition";
    case facts::DeadlineRole::term: break;
  }
  return "term";
}

}  // namespace clausecheck
