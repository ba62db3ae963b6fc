// zsh: one _arguments function per command, each handing the words after a
// subcommand to that subcommand's function (the usual ->state pattern).
#include <algorithm>

#include "cli/completion.hpp"

namespace clausecheck::cli {

namespace {

// Text inside an _arguments spec, itself inside single quotes.
std::string zsh_quoted(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\'') out += "'\\''";
    else if (c == '[' || c == ']' || c == ':' || c == '\\') out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

// Choices with what each is, as _arguments takes them: ((word\:"description" …)),
// the description a double-quoted word inside the single-quoted spec.
std::string zsh_described_choices(const OptionSpec& o) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < o.choices.size(); ++i) {
    std::string description;
    for (const char c : o.choice_descriptions[i]) {
      if (c == '\'') description += "'\\''";
      else if (c == '"' || c == '\\' || c == '$' || c == '`' || c == ':') description += std::string("\\") + c;
      else description += c;
    }
    items.push_back(o.choices[i] + "\\:\"" + description + "\"");
  }
  return "((" + joined(items, " ") + "))";
}

std::string action(const OptionSpec& o) {
  switch (o.value) {
    case ValueKind::none:
      return "";
    case ValueKind::choice:
      return ":value:" +
             (o.choice_descriptions.empty() ? "(" + joined(o.choices, " ") + ")" : zsh_described_choices(o));
    case ValueKind::file:
      return o.choices.empty() ? ":file:_files" : ":pack:{_files; compadd -- " + joined(o.choices, " ") + "}";
    case ValueKind::free:
      return ":value: ";
  }
  return "";
}

std::string option_specs(const std::vector<OptionSpec>& options) {
  std::string out;
  for (const auto& o : options) {
    for (const auto& name : o.names) {
      // A long option takes its value as the next word or after '='.
      const bool is_long = name.rfind("--", 0) == 0;
      const std::string sep = o.value == ValueKind::none ? "" : (is_long ? "=" : "+");
      out += "    '" + std::string(o.repeatable ? "*" : "") + name + sep + "[" + zsh_quoted(o.description) + "]" +
             action(o) + "' \\\n";
    }
  }
  return out;
}

std::string function_name(const std::string& program, std::string path) {
  std::replace(path.begin(), path.end(), ' ', '_');
  return path.empty() ? "_" + program : "_" + program + "_" + path;
}

}  // namespace

std::string zsh_completion(const CommandSpec& root) {
  std::string out = "#compdef " + root.name + "\n# zsh completion for " + root.name + ", written by `" + root.name +
                    " completion zsh`.\n# Install as _" + root.name + " in a directory of $fpath.\n\n";
  each_command(root, "", [&](const CommandSpec& c, const std::string& path) {
    out += function_name(root.name, path) + "() {\n  local curcontext=\"$curcontext\" state line\n";
    out += "  _arguments -C -s \\\n" + option_specs(options_in(c, root));
    if (!c.subcommands.empty()) {
      out += "    '1: :->command' \\\n    '*:: :->argument'\n";
      out += "  case $state in\n    command)\n      local -a commands=(\n";
      for (const auto& s : c.subcommands)
        out += "        '" + zsh_quoted(s.name) + ":" + zsh_quoted(s.description) + "'\n";
      out += "      )\n      _describe command commands ;;\n    argument)\n      case $line[1] in\n";
      for (const auto& s : c.subcommands)
        out += "        " + s.name + ") " + function_name(root.name, path.empty() ? s.name : path + " " + s.name) +
               " ;;\n";
      out += "      esac ;;\n  esac\n";
    } else {
      int index = 1;
      for (const auto& p : c.positionals)
        out += "    '" + (p.many ? std::string("*") : std::to_string(index++)) + ":" + zsh_quoted(p.name) + ":" +
               (p.choices.empty() ? "_files" : "(" + joined(p.choices, " ") + ")") + "' \\\n";
      out += "    && return 0\n";
    }
    out += "}\n\n";
  });
  return out + function_name(root.name, "") + " \"$@\"\n";
}

}  // namespace clausecheck::cli
