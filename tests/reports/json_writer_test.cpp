// JsonWriter prints what nlohmann's dump prints for the same values, byte for
// byte (the reports' JSON was nlohmann's before the writer streamed it).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "text/escape_json.hpp"
#include "text/escape_visible.hpp"
#include "text/json_writer.hpp"

using clausecheck::text::dump_json;
using clausecheck::text::JsonWriter;
using nlohmann::json;

namespace {
// Every kind of value, nested, empty and not, with escapes and non-ASCII text.
json sample() {
  return json::parse(R"({
    "a": [], "b": {}, "c": [1, -2, 3000000000, 18446744073709551615, 1.5, 0.1, 1e300, 2.0, -0.0, true, false, null],
    "d": {"z": "q\"b\\s/\b\f\n\r\t\u0001\u001f\u007f", "y": "驻政〔2023〕9号 \u202e"},
    "e": [[[]], [{}], [{"k": [1, {"m": null}]}]], "f": "", "ü": 1, "Z": 2, "_": 3})");
}
}  // namespace

TEST_CASE("JsonWriter: nlohmann's bytes, indented and compact") {
  const json value = sample();
  CHECK(dump_json(value) == value.dump(2));
  CHECK(dump_json(value, -1) == value.dump());
  CHECK(dump_json(value, 4) == value.dump(4));
  CHECK(dump_json(json::array()) == "[]");
  CHECK(dump_json(json("x")) == "\"x\"");
}

TEST_CASE("JsonWriter: members streamed give the tree's text") {
  std::string text;
  JsonWriter out(text);
  out.begin_object();
  out.member("count", 3u);
  out.key("list");
  out.value(std::vector<std::string>{"一", "二"});
  out.member("none", std::optional<std::string>());
  out.member("share", 0.25);
  out.end_object();
  const json tree = {{"list", {"一", "二"}}, {"none", nullptr}, {"count", 3}, {"share", 0.25}};
  CHECK(text == tree.dump(2));
}

TEST_CASE("JsonWriter: keys out of nlohmann's order, and keys outside objects, are refused") {
  std::string text;
  JsonWriter out(text);
  out.begin_object();
  out.member("b", 1);
  CHECK_THROWS_AS(out.key("a"), std::logic_error);
  CHECK_THROWS_AS(out.key("b"), std::logic_error);  // a key twice
  std::string list;
  JsonWriter in_array(list);
  in_array.begin_array();
  CHECK_THROWS_AS(in_array.key("a"), std::logic_error);
}

TEST_CASE("JsonWriter: drained a chunk at a time, the chunks make the same text") {
  const json value = sample();
  std::string chunks, rest;
  std::size_t drains = 0;
  {
    JsonWriter out(
        rest, 2,
        [&](std::string_view chunk) {
          CHECK(chunk.size() >= 16);
          chunks += chunk;
          ++drains;
        },
        16);
    out.value(value);
  }
  CHECK(drains > 3);
  CHECK(rest.size() < value.dump(2).size());
  CHECK(chunks + rest == value.dump(2));
}

TEST_CASE("JsonWriter: every byte that needs an escape is found wherever it stands among Chinese and ASCII") {
  // A byte to escape at each place of a text, after and before bytes that may mislead a scan that steps
  // over three-byte characters (0x80 and up, the byte just above a control, the same byte twice, DEL).
  const std::string filler = "驻政〔2023〕9号 !\x7f";
  for (const char special : {'\0', '\x01', '\x1f', '\n', '"', '\\'})
    for (std::size_t at = 0; at <= filler.size(); ++at) {
      if (at < filler.size() && (static_cast<unsigned char>(filler[at]) & 0xC0) == 0x80)
        continue;  // inside a character
      std::string text = filler;
      text.insert(at, 1, special);
      text += text;
      const json value = json(text);
      CAPTURE(at);
      CHECK(dump_json(value) == value.dump(2));
    }
}

TEST_CASE("JsonWriter: indentation deeper than the ready line break is still right") {
  json value = "leaf";
  for (int depth = 0; depth < 80; ++depth) value = json::array({value});
  CHECK(dump_json(value) == value.dump(2));
  CHECK(dump_json(value, 4) == value.dump(4));
}

TEST_CASE("JsonWriter: a member's head is right at every depth and key length, indented and compact") {
  // Keys written in one piece (printable ASCII) and the others, shallow and past the room the one piece
  // has (160 bytes of indentation and key), at every indentation width the reports use.
  for (const std::string& name : {std::string("a"), std::string("end_column"), std::string(150, 'k'),
                                  std::string("q\"uote"), std::string("键")}) {
    json value = json::object({{name, 1}, {name + "z", "二"}});
    for (int depth = 0; depth < 90; ++depth) {
      value = json::object({{name, value}, {"~", depth}});
      if (depth % 7 != 0 && depth < 85) continue;
      CAPTURE(name);
      CAPTURE(depth);
      CHECK(dump_json(value) == value.dump(2));
      CHECK(dump_json(value, 4) == value.dump(4));
      CHECK(dump_json(value, -1) == value.dump());
    }
  }
}

TEST_CASE("JsonWriter: bytes that are not UTF-8 are shown as \\xNN wherever they stand among escapes and Chinese") {
  // What nlohmann prints for the text made valid first (valid_utf8), for a bad byte, a cut character and
  // an overlong form at each place of a text of CJK, line breaks, quotes and controls.
  const std::string filler = "第一条\n\"驻政〔2023〕9号\"\t\x01末";
  for (const std::string& bad : {std::string("\xff"), std::string("\xe4\xb8"), std::string("\xc0\xaf")})
    for (std::size_t at = 0; at <= filler.size(); ++at) {
      if (at < filler.size() && (static_cast<unsigned char>(filler[at]) & 0xC0) == 0x80) continue;
      std::string text = filler;
      text.insert(at, bad);
      std::string written;
      JsonWriter out(written);
      out.value(text);
      CAPTURE(at);
      CHECK(written == json(clausecheck::text::valid_utf8(text)).dump());
    }
}
