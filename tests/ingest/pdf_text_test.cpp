#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/paragraphs.hpp"
#include "ingest/pdf_text.hpp"
#include "ingest/read_source.hpp"
#include "model/input_error.hpp"
#include "text/code_points.hpp"

using namespace clausecheck;

// The PDFs tests/data/inputs/make_pdfs.py renders: the seed and the drafts as a two-column gazette with a
// running head (驻马店市人民政府公报) and page numbers (— 3 —), a scan, a locked file, a broken xref.
namespace {

std::string pdf(const std::string& name) { return CLAUSECHECK_SOURCE_DIR "/tests/data/inputs/pdf/" + name + ".pdf"; }

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string error_of(const std::string& path, const std::string& bytes) {
  try {
    ingest::read_pdf(path, bytes);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

struct SeedPdf {
  std::shared_ptr<const SourceText> source = ingest::read_source(pdf("seed"));
  std::vector<Paragraph> paragraphs = ingest::split_paragraphs(*source);
};

const SeedPdf& seed_pdf() {
  static const SeedPdf s;
  return s;
}

}  // namespace

TEST_CASE("a PDF is told by its header, not by its name") {
  CHECK(ingest::is_pdf(bytes_of(pdf("seed"))));
  CHECK_FALSE(ingest::is_pdf("正文提到 %PDF-1.7 的文本"));
  CHECK_FALSE(ingest::is_pdf(""));
}

TEST_CASE("the seed PDF: one page table entry per page, and every place knows its page and line in it") {
  const SourceText& src = *seed_pdf().source;
  REQUIRE(src.page_starts().size() > 20);
  CHECK(src.encoding() == "PDF");
  for (std::size_t p = 0; p < src.page_starts().size(); ++p) {
    const Location at = src.locate(src.page_starts()[p]);
    CHECK(at.page == p + 1);
    CHECK(at.page_line == 1);
  }
  const std::size_t at = src.text().find("各位代表：");
  REQUIRE(at != std::string::npos);
  CHECK(src.locate(static_cast<std::uint32_t>(at)).page >= 1);
}

TEST_CASE("the running head and the page numbers are in the text but in no paragraph") {
  const SeedPdf& s = seed_pdf();
  CHECK(s.source->text().find("— 12 —") != std::string::npos);
  const auto heads = [](const std::vector<Paragraph>& ps) {
    std::size_t n = 0;
    for (const Paragraph& p : ps) {
      CHECK(p.text.find("— 12 —") == std::string::npos);
      n += p.text == "驻马店市人民政府公报";
    }
    return n;
  };
  // The seed's own masthead is 驻马店市人民政府公报 alone on its line: as many as in the text seed, not one a page.
  const std::shared_ptr<const SourceText> text_seed =
      ingest::read_source(CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt");
  CHECK(heads(s.paragraphs) == heads(ingest::split_paragraphs(*text_seed)));
}

// Two columns read as two: each paragraph of the text seed of some length is one run of the PDF's
// paragraphs' text, which an interleaving of the columns' lines would cut apart.
TEST_CASE("the two columns of a page are read one after the other, and words cut by a page break are joined") {
  const std::shared_ptr<const SourceText> text_seed =
      ingest::read_source(CLAUSECHECK_SOURCE_DIR "/examples/zhumadian-gazette-2023-02.txt");
  std::u32string all;
  for (const Paragraph& p : seed_pdf().paragraphs) all += text::comparable_text(p.text);
  std::size_t long_ones = 0, found = 0;
  for (const Paragraph& p : ingest::split_paragraphs(*text_seed)) {
    const std::u32string wanted = text::comparable_text(p.text);
    if (wanted.size() < 60) continue;
    ++long_ones;
    found += all.find(wanted) != std::u32string::npos;
  }
  CHECK(long_ones > 100);
  CHECK(found == long_ones);
  // 最关/键的是: the seed's own word cut by its page break, joined in the text seed and in the PDF.
  CHECK(all.find(text::comparable_text("最关键的是")) != std::u32string::npos);
}

TEST_CASE("a PDF without a text layer, a locked one, a broken or truncated one is an error, never a model") {
  CHECK(error_of("scan.pdf", bytes_of(pdf("scanned"))).find("没有文字层") != std::string::npos);
  CHECK(error_of("locked.pdf", bytes_of(pdf("locked"))).find("已加密") != std::string::npos);
  CHECK(error_of("broken.pdf", bytes_of(pdf("broken-xref"))).find("无法打开 PDF") != std::string::npos);
  const std::string seed = bytes_of(pdf("seed"));
  for (const std::size_t keep : {std::size_t{5}, std::size_t{100}, seed.size() / 3, seed.size() - 40})
    CHECK(error_of("cut.pdf", seed.substr(0, keep)).starts_with("cut.pdf: "));
}

TEST_CASE("bytes that only start like a PDF do not crash the reader") {
  std::string junk = "%PDF-1.7\n";
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) % 251);
  CHECK(error_of("junk.pdf", junk).find("junk.pdf") == 0);
}
