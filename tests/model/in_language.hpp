#pragma once
#include "model/messages.hpp"

// The run's language set for one scope and put back after it (the tests run in
// Chinese, doctest_main.cpp): a test of the English texts holds one.
class InLanguage {
 public:
  explicit InLanguage(clausecheck::Lang lang) : before_(clausecheck::language()) { clausecheck::set_language(lang); }
  ~InLanguage() { clausecheck::set_language(before_); }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;

 private:
  clausecheck::Lang before_;
};
