#include "rules/pack_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <array>
#include <future>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

#include "ingest/read_file.hpp"
#include "model/input_error.hpp"
#include "rules/builtin_packs.hpp"
#include "rules/kinds.hpp"
#include "rules/message.hpp"
#include "rules/nearest_name.hpp"
#include "rules/rule_fields.hpp"
#include "text/utf8.hpp"
#include "model/messages.hpp"

namespace clausecheck::rules {

namespace {
const std::vector<std::string> kPackKeys = {"pack", "description", "rules"};
const std::vector<std::string> kRuleKeys = {"id",   "severity", "message", "scope",
                                            "kind", "examples", "docs",    "docs_url"};
const std::vector<std::string> kExampleKeys = {"fires", "passes"};
const std::vector<std::string> kChangeExampleKeys = {"old", "new"};

std::string pack_name(const std::string& origin) { return std::filesystem::path(origin).stem().string(); }

// A change rule's example: {old: TEXT, new: TEXT}, both required.
Example two_versions(const SourceText& pack, const YAML::Node& item, const std::string& key) {
  if (!item.IsMap()) fail_at(pack, item.Mark(), "'" + key + "': " + msg(Msg::change_example_shape));
  check_keys(pack, item, kChangeExampleKeys, msg(Msg::what_example));
  for (const std::string& version : kChangeExampleKeys)
    if (!item[version]) fail_at(pack, item.Mark(), "'" + key + "': " + msg(Msg::example_missing_version, {version}));
  return {read_text(pack, item["new"], "new"), mark_location(pack, item.Mark()), read_text(pack, item["old"], "old")};
}

std::vector<Example> examples(const SourceText& pack, const YAML::Node& node, const std::string& key, bool change) {
  std::vector<Example> out;
  const YAML::Node list = node[key];
  if (!list) return out;
  for (const auto& item : read_list(pack, list, key, msg(Msg::expected_example_list))) {
    if (change) out.push_back(two_versions(pack, item, key));
    else out.push_back({read_text(pack, item, key), mark_location(pack, item.Mark()), std::nullopt});
  }
  return out;
}

// A rule's one-line summary (SARIF shortDescription, `rules list`): the first
// sentence of its docs, not its first line, which YAML keeps as wrapped: the
// lines are joined again (with a space, but none where two Chinese characters
// meet). A sentence ends at 。 or at a full stop before a space or the end
// ("§7.2.4" goes on).
std::string summary_of(const std::string& docs) {
  std::string out;
  std::size_t at = 0;
  while (at < docs.size()) {
    const std::size_t eol = std::min(docs.find('\n', at), docs.size());
    const std::string_view line = std::string_view(docs).substr(at, eol - at);
    if (line.find_first_not_of(" \t") == std::string_view::npos) break;  // the first paragraph only
    if (!out.empty() && (text::is_ascii(out.back()) || text::is_ascii(line.front()))) out += ' ';
    out += line;
    at = eol + 1;
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "。") == 0) return out.substr(0, i + 3);
    if (out[i] == '.' && (i + 1 == out.size() || out[i + 1] == ' ')) return out.substr(0, i + 1);
  }
  return out;
}

// The texts a person reads, in the run's language (a string, or {zh: …, en: …}):
// the message, whose placeholders are checked in every language, and the docs.
void read_texts(const RuleFields& fields, const KindSpec& kind, RuleMeta& meta) {
  std::vector<std::string> names = common_placeholders();
  names.insert(names.end(), kind.vars.begin(), kind.vars.end());
  for (const std::string& text : fields.translations("message"))
    for (const auto& placeholder : placeholders(text))
      if (std::find(names.begin(), names.end(), placeholder) == names.end())
        fields.fail("message",
                    msg(Msg::unknown_placeholder, {"{" + placeholder + "}"}) + did_you_mean(placeholder, names));
  meta.message = fields.localized("message");
  meta.docs = fields.localized_or("docs", "");
}

Rule load_rule(const std::shared_ptr<const SourceText>& pack, const std::string& name, const YAML::Node& node) {
  if (!node.IsMap()) fail_at(*pack, node.Mark(), msg(Msg::rule_not_mapping));
  const RuleFields fields(node, pack);
  Rule rule;
  rule.meta.pack = name;
  rule.meta.id = fields.text("id");
  const std::string kind_text = fields.text("kind");
  const KindSpec* kind = find_kind(kind_text);
  if (!kind) {
    std::vector<std::string> names;
    for (const auto& k : kinds()) names.push_back(k.name);
    fields.fail("kind", msg(Msg::unknown_rule_kind, {kind_text}) + did_you_mean(kind_text, names));
  }
  std::vector<std::string> valid = kRuleKeys;
  valid.insert(valid.end(), kind->fields.begin(), kind->fields.end());
  check_keys(*pack, node, valid, msg(Msg::what_rule, {rule.meta.id}));

  rule.meta.kind = kind->name;
  const std::string severity = fields.text("severity");
  if (!parse_severity(severity, rule.meta.severity)) fields.fail("severity", msg(Msg::expected_severity));
  rule.scope = kind->scopes.front();
  if (fields.has("scope")) {
    const std::string scope = fields.text("scope");
    const auto it =
        std::find_if(kind->scopes.begin(), kind->scopes.end(), [&](Scope s) { return scope == to_string(s); });
    if (it == kind->scopes.end()) {
      std::string allowed;
      for (Scope s : kind->scopes) allowed += std::string(allowed.empty() ? "" : ", ") + to_string(s);
      fields.fail("scope", msg(Msg::scope_not_supported, {kind->name, allowed}));
    }
    rule.scope = *it;
  }
  rule.meta.scope = to_string(rule.scope);
  read_texts(fields, *kind, rule.meta);
  rule.meta.summary = summary_of(rule.meta.docs);
  if (rule.meta.summary.empty()) rule.meta.summary = rule.meta.message;
  rule.meta.docs_url = fields.text_or("docs_url", "");
  // A link a report makes clickable (SARIF helpUri): a web address, nothing a viewer would run or open locally.
  const std::string& url = rule.meta.docs_url;
  if (!url.empty() && ((!url.starts_with("https://") && !url.starts_with("http://")) ||
                       url.find_first_of(" \t\n\"<>") != std::string::npos))
    fields.fail("docs_url", msg(Msg::expected_web_address));
  rule.meta.source = pack->path() + ":" + std::to_string(mark_location(*pack, node.Mark()).line);

  const YAML::Node ex = node["examples"];
  if (ex) {
    if (!ex.IsMap()) fail_at(*pack, ex.Mark(), "'examples': " + msg(Msg::examples_not_mapping));
    check_keys(*pack, ex, kExampleKeys, msg(Msg::what_examples));
    rule.fires = examples(*pack, ex, "fires", rule.scope == Scope::change);
    rule.passes = examples(*pack, ex, "passes", rule.scope == Scope::change);
  }
  rule.check = kind->make(fields);
  return rule;
}
}  // namespace

Pack load_pack(const std::string& origin, const std::string& text) {
  const auto source = std::make_shared<const SourceText>(origin, text);
  const YAML::Node root = load_yaml(*source);
  if (!root.IsMap()) fail_at(*source, root.Mark(), msg(Msg::pack_not_mapping));
  check_keys(*source, root, kPackKeys, msg(Msg::what_pack));
  Pack pack;
  pack.origin = origin;
  pack.name = root["pack"] ? read_text(*source, root["pack"], "pack") : pack_name(origin);
  if (root["description"]) read_localized(*source, root["description"], "description");  // checked; shown nowhere
  const YAML::Node rules = root["rules"];
  if (!rules) fail_at(*source, root.Mark(), "'rules': " + msg(Msg::pack_rules_missing));
  std::set<std::string> ids;
  for (const auto& node : read_list(*source, rules, "rules", msg(Msg::expected_rule_list))) {
    Rule rule = load_rule(source, pack.name, node);
    if (!ids.insert(rule.meta.id).second)
      fail_at(*source, node["id"].Mark(), "'id': " + msg(Msg::duplicate_rule_id, {rule.meta.id}));
    pack.rules.push_back(std::move(rule));
  }
  return pack;
}

Pack load_pack_file(const std::filesystem::path& path) {
  return load_pack(path.string(), ingest::read_file(path, msg(Msg::what_pack)));
}

std::vector<std::string> builtin_pack_names() {
  std::vector<std::string> names;
  names.reserve(builtin::files.size());
  for (const auto& [file, text] : builtin::files) names.push_back(pack_name(std::string(file)));
  return names;
}

std::string text_for(std::string_view yaml, Use use) {
  if (use == Use::examples) return std::string(yaml);
  constexpr std::size_t kNone = std::string_view::npos;
  const auto block_scalar = [](std::string_view rest) {
    return rest.ends_with(": |") || rest.ends_with(": >") || rest.ends_with(": |-") || rest.ends_with(": >-");
  };
  // A key that opens a block: alone on its line, or the head of a block scalar.
  const auto opens_dropped = [&](std::string_view rest) {
    if (rest == "examples:") return true;
    return use == Use::run && (rest == "docs:" || (rest.starts_with("docs: ") && block_scalar(rest)));
  };
  std::string out;
  out.reserve(yaml.size());
  std::size_t block = kNone;   // the indentation of the key being dropped
  std::size_t scalar = kNone;  // that of the key of a block scalar (|, >) whose text is being passed over
  for (std::size_t at = 0; at < yaml.size();) {
    const std::size_t eol = std::min(yaml.find('\n', at), yaml.size());
    const std::string_view line = yaml.substr(at, eol - at);
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    std::string_view rest = line.substr(indent);
    rest = rest.substr(0, rest.find_last_not_of(" \t\r") + 1);
    if (!rest.empty() && block != kNone && indent <= block) block = kNone;
    if (!rest.empty() && scalar != kNone && indent <= scalar) scalar = kNone;
    if (block == kNone && scalar == kNone && !rest.empty()) {
      if (opens_dropped(rest)) block = indent;
      else if (block_scalar(rest)) scalar = indent;
    }
    if (block == kNone) out += line;
    if (eol < yaml.size()) out += '\n';
    at = eol + 1;
  }
  return out;
}

const Pack& builtin_pack(std::size_t i, Use use) {
  // Each loaded the first time it is asked for: a run loads the packs it uses, no others. And once per
  // language: its texts are read in the run's.
  constexpr std::size_t kCount = std::tuple_size_v<std::remove_cvref_t<decltype(builtin::files)>>;
  constexpr std::size_t kUses = 3;
  static std::array<std::once_flag, 2 * kUses * kCount> once;  // language × use × pack
  static std::array<std::optional<Pack>, 2 * kUses * kCount> packs;
  const std::size_t slot = ((language() == Lang::en ? kUses : 0) + static_cast<std::size_t>(use)) * kCount + i;
  std::call_once(once.at(slot), [&] {
    const auto& [name, text] = builtin::files[i];
    packs[slot] = load_pack("<builtin>/" + std::string(name), text_for(text, use));
  });
  return *packs[slot];
}

const std::vector<Pack>& builtin_packs(Use use) {
  // yaml-cpp reads some 500 instructions a byte: the packs were two fifths of a whole `check` of the
  // seed. Each pack reads alone, so they are read side by side (a pack's error still reaches the caller).
  const auto read = [use] {
    std::vector<std::future<const Pack&>> reading;
    reading.reserve(std::size(builtin::files));
    for (std::size_t i = 0; i < std::size(builtin::files); ++i)
      reading.push_back(std::async(std::launch::async, [i, use]() -> const Pack& { return builtin_pack(i, use); }));
    std::vector<Pack> out;
    out.reserve(reading.size());
    for (auto& pack : reading) out.push_back(pack.get());
    return out;
  };
  // Their texts are in the language they were read in; one static per use (a lambda type each).
  if (use == Use::run) return once_per_language([&read] { return read(); });
  if (use == Use::report) return once_per_language([&read] { return read(); });
  return once_per_language([&read] { return read(); });
}

std::vector<Pack> load_packs(const std::string& spec, Use use) {
  namespace fs = std::filesystem;
  const std::vector<std::string> builtin = builtin_pack_names();
  if (const auto it = std::find(builtin.begin(), builtin.end(), spec); it != builtin.end())
    return {builtin_pack(static_cast<std::size_t>(it - builtin.begin()), use)};
  const fs::path path(spec);
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".yaml" || it->path().extension() == ".yml") files.push_back(it->path());
    if (ec) throw InputError(spec, msg(Msg::cannot_read_pack_dir, {ec.message()}));
    std::sort(files.begin(), files.end());
    if (files.empty()) throw InputError(spec, msg(Msg::no_packs_in_dir));
    std::vector<Pack> out;
    out.reserve(files.size());
    for (const auto& file : files) out.push_back(load_pack_file(file));
    return out;
  }
  if (!fs::exists(path, ec)) throw InputError(spec, msg(Msg::no_such_pack) + did_you_mean(spec, builtin));
  return {load_pack_file(path)};
}

}  // namespace clausecheck::rules
