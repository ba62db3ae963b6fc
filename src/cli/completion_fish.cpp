// fish: one `complete` line per subcommand and per option name, each guarded
// by the subcommand path it belongs to.
#include "cli/completion.hpp"

namespace clausecheck::cli {

namespace {

std::string fish_quoted(const std::string& text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// The words of -a, each with what it is after a tab where the option has
// descriptions: fish splits -a's text into words when it completes, turning
// \t into the tab and dropping the double quotes.
std::string fish_described_choices(const OptionSpec& o) {
  if (o.choice_descriptions.empty()) return joined(o.choices, " ");
  std::vector<std::string> words;
  for (std::size_t i = 0; i < o.choices.size(); ++i) {
    std::string description;
    for (const char c : o.choice_descriptions[i]) {
      if (c == '"' || c == '\\' || c == '$') description += '\\';
      description += c;
    }
    words.push_back(o.choices[i] + "\\t\"" + description + "\"");
  }
  return joined(words, " ");
}

// True when exactly the words of `path` have been given as subcommands
// (fish's __fish_seen_subcommand_from knows only one level at a time).
std::string condition(const std::string& program, const std::string& path) {
  return "__" + program + "_path " + fish_quoted(path);
}

std::string option_line(const std::string& program, const std::string& path, const OptionSpec& o) {
  std::string line = "complete -c " + program + " -n " + fish_quoted(condition(program, path));
  for (const auto& name : o.names) line += name.rfind("--", 0) == 0 ? " -l " + name.substr(2) : " -s " + name.substr(1);
  switch (o.value) {
    case ValueKind::none:
      break;
    case ValueKind::choice:
      line += " -x -a " + fish_quoted(fish_described_choices(o));
      break;
    case ValueKind::file:
      line += " -r -F";
      if (!o.choices.empty()) line += " -a " + fish_quoted(joined(o.choices, " "));
      break;
    case ValueKind::free:
      line += " -x";
      break;
  }
  return line + " -d " + fish_quoted(o.description) + "\n";
}

}  // namespace

std::string fish_completion(const CommandSpec& root) {
  const std::string& p = root.name;
  std::string out = "# fish completion for " + p + ", written by `" + p + " completion fish`.\n# Install as " + p +
                    ".fish in ~/.config/fish/completions or a vendor_completions.d directory.\n\n";
  // The subcommands among the words typed so far, joined by spaces.
  out += "function __" + p + "_path\n  set -l path\n";
  out += "  for word in (commandline -opc)[2..-1]\n    switch \"$path\"\n";
  each_command(root, "", [&](const CommandSpec& c, const std::string& path) {
    if (c.subcommands.empty()) return;
    std::vector<std::string> names;
    for (const auto& s : c.subcommands) names.push_back(s.name);
    out += "      case " + fish_quoted(path) + "\n        contains -- $word " + joined(names, " ") +
           "; and set path (string trim -- \"$path $word\")\n";
  });
  out += "    end\n  end\n  test \"$path\" = \"$argv[1]\"\nend\n\ncomplete -c " + p + " -f\n";
  each_command(root, "", [&](const CommandSpec& c, const std::string& path) {
    for (const auto& s : c.subcommands)
      out += "complete -c " + p + " -n " + fish_quoted(condition(p, path)) + " -a " + fish_quoted(s.name) + " -d " +
             fish_quoted(s.description) + "\n";
    for (const auto& o : options_in(c, root)) out += option_line(p, path, o);
    for (const auto& a : c.positionals)
      out += "complete -c " + p + " -n " + fish_quoted(condition(p, path)) +
             (a.choices.empty() ? " -F" : " -a " + fish_quoted(joined(a.choices, " "))) + "\n";
  });
  return out;
}

}  // namespace clausecheck::cli
