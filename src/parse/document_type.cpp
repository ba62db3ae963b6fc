#include "parse/document_type.hpp"

#include <array>

#include "text/utf8.hpp"
#include "parse/text_shape.hpp"

namespace clausecheck::parse {

namespace {

// 命令 before 令, so the longer name wins.
constexpr std::array kTypes = {"决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报",
                               "报告", "请示", "批复", "议案", "纪要", "方案", "措施", "办法", "规定",
                               "细则", "规则", "条例", "解释", "规划", "函",   "令",   "法"};

// Words ending in 法 that name no statute (典型经验做法, 工作方法).
constexpr std::array kNotStatutes = {"做法", "方法", "看法", "想法"};

// Kinds a document names itself by beside the types above: 本政策, 本文件, and
// the normative forms that are no 公文 type (本预案, 本标准, 本规范, 本准则 in
// the laws corpus: 国家粮食应急预案 7.3 本预案自印发之日起实施). They make a
// self-name only; a title ending in one is not thereby typed.
constexpr std::array kOtherKinds = {"政策", "文件", "预案", "标准", "规范", "准则", "守则",
                                    "章程", "制度", "规程", "纲要", "计划", "目录", "清单"};

// 本实施细则: the kind is at most this many characters after 本.
constexpr std::size_t kSelfKindMax = 6;

constexpr std::array kTrialMarks = {"（试行）", "(试行)", "（暂行）", "(暂行)", "试行", "暂行"};

// A draft's mark after its title: the type is the measure's (…管理办法（征求意见稿）).
constexpr std::array kDraftMarks = {"（征求意见稿）",     "(征求意见稿)",    "（送审稿）",   "(送审稿)",
                                    "（草案）",           "(草案)",          "（修订草案）", "(修订草案)",
                                    "（草案征求意见稿）", "(草案征求意见稿)"};

std::string_view strip_trial(std::string_view title) {
  for (std::string_view mark : kDraftMarks)
    if (title.ends_with(mark)) title.remove_suffix(mark.size());
  for (std::string_view mark : kTrialMarks)
    if (title.ends_with(mark)) return title.substr(0, title.size() - mark.size());
  return title;
}

std::string type_of(std::string_view core) {
  for (std::string_view word : kNotStatutes)
    if (core.ends_with(word)) return {};
  for (std::string_view type : kTypes)
    if (core.ends_with(type)) return std::string(type);
  return {};
}

}  // namespace

TitleInfo read_title(std::string_view title) {
  TitleInfo info;
  // 关于印发《…若干措施（试行）》的通知 counts as trial too: the validity the
  // notice states is the trial measure's.
  if (title.find("试行") != std::string_view::npos || title.find("暂行") != std::string_view::npos) info.trial = true;
  info.type = type_of(strip_trial(title));
  // 国务院办公厅转发国家地震局关于…: the issuer is who forwards.
  if (const auto about = find_any(title, {"关于", "转发", "批转"}); about != std::string_view::npos && about > 0)
    info.issuer = std::string(title.substr(0, about));
  return info;
}

bool is_document_kind(std::string_view noun) {
  if (noun.empty() || noun.find("第") != std::string_view::npos || noun.find("的") != std::string_view::npos)
    return false;
  for (std::string_view kind : kOtherKinds)
    if (noun.ends_with(kind)) return true;
  return !read_title(noun).type.empty();
}

// The shortest kind wins: 本法律 is 本法 and its next word.
std::size_t self_name_length(std::string_view text) {
  constexpr std::string_view kSelf = "本";
  if (!text.starts_with(kSelf)) return 0;
  std::size_t end = kSelf.size();
  for (std::size_t n = 0; n < kSelfKindMax && end < text.size(); ++n) {
    end += text::decode_at(text, end).length;
    if (is_document_kind(text.substr(kSelf.size(), end - kSelf.size()))) return end;
  }
  return 0;
}

}  // namespace clausecheck::parse
