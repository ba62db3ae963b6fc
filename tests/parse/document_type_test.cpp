#include <doctest/doctest.h>

#include "parse/document_type.hpp"

using clausecheck::parse::read_title;

TEST_CASE("type, trial marker and issuer from a title") {
  const auto notice =
      read_title("驻马店市人民政府关于印发《驻马店市进一步促进房地产市场平稳健康发展若干措施（试行）》的通知");
  CHECK(notice.type == "通知");
  CHECK(notice.trial);
  CHECK(notice.issuer == "驻马店市人民政府");
  const auto measures = read_title("驻马店市进一步促进房地产市场平稳健康发展若干措施（试行）");
  CHECK(measures.type == "措施");
  CHECK(measures.trial);
  CHECK(measures.issuer.empty());
  CHECK(read_title("政府工作报告").type == "报告");
  CHECK_FALSE(read_title("政府工作报告").trial);
  CHECK(read_title("驻马店市加快推动现代服务业发展实施方案").type == "方案");
  CHECK(read_title("关于军民合用机场使用管理的若干暂行规定").type == "规定");
  CHECK(read_title("中华人民共和国政府信息公开条例").type == "条例");
  CHECK(read_title("国务院命令").type == "命令");
  CHECK(read_title("中华人民共和国行政许可法").type == "法");
  CHECK(read_title("中华人民共和国预算法").type == "法");
  CHECK(read_title("中华人民共和国涉外民事关系法律适用法").type == "法");
  CHECK(read_title("国务院第五次大督查发现的典型经验做法").type.empty());
  CHECK(read_title("国务院办公厅转发民政部关于清理整顿社会团体意见的通知").issuer == "国务院办公厅");
}
