#include "cli/language.hpp"
#include "cli/terminal.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "model/messages.hpp"
#include "rules/nearest_name.hpp"

namespace clausecheck::cli {

namespace {

// The subcommand the command line names (its deepest), or the app.
const CLI::App& innermost(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands())
    if (sub->parsed()) return innermost(*sub);
  return app;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* at = &app; at != nullptr; at = at->get_parent())
    for (const CLI::Option* option : at->get_options()) {
      for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
      for (const std::string& name : option->get_snames()) names.push_back("-" + name);
    }
  return names;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Whether `reason` is a message of the catalogue in the run's language (one of
// our own validators', as --shard's): its text up to the first {} starts it.
bool from_catalogue(std::string_view reason) {
  for (const MessageText& m : message_catalogue()) {
    const std::string_view text = language() == Lang::zh ? m.zh : m.en;
    const std::string_view head = text.substr(0, text.find("{}"));
    if (head.size() >= 6 && reason.starts_with(head)) return true;
  }
  return false;
}

// The option of `at` that CLI11's message names first ("--jobs: …", "Could not convert: --jobs = …").
std::string named_option(const CLI::App& at, const std::string& what) {
  std::string option;
  std::size_t first = std::string::npos;
  for (const std::string& name : option_names(at))
    for (std::size_t p = what.find(name); p != std::string::npos && p < first; p = what.find(name, p + 1)) {
      const std::size_t end = p + name.size();
      if (end == what.size() || (what[end] != '-' && std::isalnum(static_cast<unsigned char>(what[end])) == 0)) {
        first = p;
        option = name;
      }
    }
  return option;
}

// The value the command line gives `option` (its last: `--jobs abc` or `--jobs=abc`).
std::string given_value(const std::string& option, int argc, char** argv) {
  std::string value;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == option && i + 1 < argc) value = argv[i + 1];
    else if (arg.starts_with(option + "=")) value = arg.substr(option.size() + 1);
  }
  return value;
}

// The values a choice takes, as CLI::IsMember writes them ("nope not in {text,json}"); none for another check.
std::vector<std::string> choices_in(const std::string& what) {
  const std::size_t open = what.find(" not in {");
  const std::size_t close = what.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return {};
  std::vector<std::string> choices;
  std::string_view list = std::string_view(what).substr(open + 9, close - open - 9);
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    choices.emplace_back(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return choices;
}

// A value CLI11 refused (its ConversionError or ValidationError): the option,
// the value and, for a choice, the values it takes with the nearest one; ""
// when CLI11's message names no option, or is already one of ours.
std::string bad_value(const CLI::App& at, const std::string& what, int argc, char** argv) {
  if (const std::size_t colon = what.find(": "); colon != std::string::npos && from_catalogue(what.substr(colon + 2)))
    return "";
  const std::string option = named_option(at, what);
  if (option.empty()) return "";
  const std::string value = given_value(option, argc, argv);
  std::string line = msg(Msg::cli_bad_value, {option, value});
  if (const std::vector<std::string> choices = choices_in(what); !choices.empty())
    line += msg(Msg::cli_one_of, {joined(choices)}) + rules::did_you_mean(value, choices);
  return line;
}

}  // namespace

std::string first_word(int argc, char** argv, const CLI::App& at) {
  bool after = at.get_parent() == nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" || arg == "--color") ++i;  // the program's options that take a value
    else if (arg.starts_with("-")) continue;
    else if (after) return std::string(arg);
    else after = arg == at.get_name();
  }
  return "";
}

void choose_language(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    std::string_view value;
    if (arg == "--lang" && i + 1 < argc) value = argv[i + 1];
    else if (arg.starts_with("--lang=")) value = arg.substr(7);
    if (const auto lang = parse_lang(value)) return set_language(*lang);
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return set_language(lang_of_locale(value));
  }
  set_language(Lang::en);
}

std::string usage_error(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  const CLI::App& at = innermost(app);
  const std::string name = at.get_parent() ? "clausecheck " + at.get_name() : "clausecheck";
  std::string line;
  // By type: CLI11 names some errors after the command they arose in.
  const bool required = dynamic_cast<const CLI::RequiredError*>(&e) != nullptr;
  if (required && !at.get_subcommands({}).empty() && at.get_subcommands().empty()) {
    const std::string word = first_word(argc, argv, at);
    line = word.empty() ? msg(Msg::cli_command_required, {joined(command_names(at))})
                        : msg(Msg::cli_unknown_command, {word}) + rules::did_you_mean(word, command_names(at));
  } else if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    // CLI11 keeps the extras only in its message: the first option the command does not have is the one to name.
    const std::vector<std::string> known = option_names(at);
    for (int i = 1; i < argc && line.empty(); ++i) {
      const std::string arg = argv[i];
      if (!arg.starts_with("-") || arg == "-" || arg == "--") continue;
      const std::string bare = arg.substr(0, arg.find('='));
      const bool grouped = !bare.starts_with("--") && bare.size() > 2;  // -vv
      if (!grouped && std::find(known.begin(), known.end(), bare) == known.end())
        line = msg(Msg::cli_unknown_option, {bare}) + rules::did_you_mean(bare, known);
    }
    if (line.empty())
      line = msg(Msg::cli_extra_argument, {std::string(e.what()).substr(std::string(e.what()).find(':') + 1)});
  } else if (required) {
    std::string what = e.what();
    if (const auto at_end = what.rfind(" is required"); at_end != std::string::npos) what.resize(at_end);
    line = msg(Msg::cli_missing_argument, {what});
  } else if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr ||
             dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
    line = bad_value(at, e.what(), argc, argv);
  }
  if (line.empty()) line = msg(Msg::cli_usage_other, {e.what()});
  return error_prefix() + line + "\n" + msg(Msg::cli_help_hint, {name});
}

}  // namespace clausecheck::cli
