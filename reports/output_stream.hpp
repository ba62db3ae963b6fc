#pragma once
#include <array>
#include <ostream>
#include <streambuf>

#include "reports/output_file.hpp"

namespace clausecheck::reports {

// An std::ostream onto an OutputFile: what a writer prints goes to the file
// a buffer at a time, so that a report is never held whole. A report made in
// an ostringstream and copied out by str() touched three times its size of
// fresh memory (the 2.5 MB JSON Lines of the laws corpus: a third of the
// serial end of a `check --jobs 2`, most of it in page faults).
//
// A failed write throws the OutputFile's InputError out of the printing
// statement (badbit is in exceptions()); finish() writes what is left and
// commits the file.
class OutputStream : public std::ostream {
 public:
  explicit OutputStream(OutputFile& file);
  void finish();

 private:
  class Buffer : public std::streambuf {
   public:
    explicit Buffer(OutputFile& file);
    void drain();

   protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

   private:
    OutputFile& file_;
    std::array<char, std::size_t{1} << 16> room_;
  };
  Buffer buffer_;
  OutputFile& file_;
};

}  // namespace clausecheck::reports
