// The command tree of CLI11 as the completion writers need it.
#include <algorithm>

#include "cli/completion.hpp"
#include "reports/formats.hpp"

namespace clausecheck::cli {

namespace {

// CLI11 prints an IsMember check as "TEXT:{a,b,c}" in the type name: that list
// is the one the option accepts, so it is the one to complete.
std::vector<std::string> member_list(const std::string& type_name) {
  const auto open = type_name.find('{');
  const auto close = type_name.rfind('}');
  std::vector<std::string> out;
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string word;
  for (const char c : type_name.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  out.push_back(word);
  return out;
}

// The words of a command below the program's name: "check", "rules list".
std::string command_path(const CLI::App& app) {
  const CLI::App* parent = app.get_parent();
  if (parent == nullptr || parent->get_parent() == nullptr) return app.get_name();
  return command_path(*parent) + " " + app.get_name();
}

// What each name of a command's --format is, from the format table
// (reports/formats.cpp), for the shells that show it; none for another
// option of choices.
std::vector<std::string> format_descriptions(const CLI::App& app, const CLI::Option& opt,
                                             const std::vector<std::string>& names) {
  std::vector<std::string> out;
  const auto command = reports::command_named(command_path(app));
  if (!command || !opt.check_lname("format")) return out;
  for (const std::string& name : names) out.emplace_back(reports::find_format(name, *command)->description);
  return out;
}

OptionSpec option_spec(const CLI::App& app, const CLI::Option& opt, const std::vector<std::string>& pack_names) {
  OptionSpec spec;
  for (const auto& s : opt.get_snames()) spec.names.push_back("-" + s);
  for (const auto& l : opt.get_lnames()) spec.names.push_back("--" + l);
  spec.description = opt.get_description();
  if (opt.get_expected_max() == 0) {  // a flag; -v counts (-vv)
    spec.repeatable = opt.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
    return spec;
  }
  spec.repeatable = opt.get_items_expected_max() > 1;
  const std::string type = opt.get_type_name();
  spec.choices = member_list(type);
  if (!spec.choices.empty()) {
    spec.value = ValueKind::choice;
    spec.choice_descriptions = format_descriptions(app, opt, spec.choices);
  } else if (opt.check_lname("rules")) {
    spec.value = ValueKind::file;  // a pack file or directory, or a built-in pack's name
    spec.choices = pack_names;
  } else {
    // Paths are TEXT (FILE|URL: --db); a date is DATE and a number INT, SIZE, FLOAT…: nothing to offer.
    spec.value = type.rfind("TEXT", 0) == 0 || type.rfind("FILE", 0) == 0 ? ValueKind::file : ValueKind::free;
  }
  return spec;
}

}  // namespace

CommandSpec command_spec(const CLI::App& app, const std::vector<std::string>& pack_names) {
  CommandSpec spec;
  // At the root CLI11 holds argv[0] (a path, perhaps): completion is for the installed name.
  spec.name = app.get_parent() == nullptr ? "clausecheck" : app.get_name();
  spec.description = app.get_description();
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_positional())
      spec.positionals.push_back({opt->get_name(), opt->get_description(), opt->get_items_expected_max() > 1,
                                  member_list(opt->get_type_name())});
    else spec.options.push_back(option_spec(app, *opt, pack_names));
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    spec.subcommands.push_back(command_spec(*sub, pack_names));
  return spec;
}

std::vector<OptionSpec> options_in(const CommandSpec& c, const CommandSpec& root) {
  std::vector<OptionSpec> out = c.options;
  if (&c == &root) return out;
  const auto named_here = [&](const OptionSpec& o) {
    for (const auto& mine : c.options)
      for (const auto& name : o.names)
        if (std::find(mine.names.begin(), mine.names.end(), name) != mine.names.end()) return true;
    return false;
  };
  for (const auto& o : root.options)
    if (!named_here(o)) out.push_back(o);
  return out;
}

void each_command(const CommandSpec& c, const std::string& path,
                  const std::function<void(const CommandSpec&, const std::string&)>& fn) {
  fn(c, path);
  for (const auto& sub : c.subcommands) each_command(sub, path.empty() ? sub.name : path + " " + sub.name, fn);
}

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += separator;
    out += w;
  }
  return out;
}

const std::vector<std::string>& shells() {
  static const std::vector<std::string> names{"bash", "zsh", "fish"};
  return names;
}

}  // namespace clausecheck::cli
