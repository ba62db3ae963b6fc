// bash: one function, four tables keyed by the subcommand path ("" at the
// root, "check", "rules list"), filled from the command tree.
#include "cli/completion.hpp"

namespace clausecheck::cli {

namespace {

// A `case` table: one arm per key that has a value.
std::string case_table(const std::string& function, const std::string& subject,
                       const std::vector<std::pair<std::string, std::string>>& arms, const std::string& fallback) {
  std::string out = function + "() {\n  case \"" + subject + "\" in\n";
  for (const auto& [key, body] : arms) out += "    \"" + key + "\") " + body + " ;;\n";
  return out + "    *) " + fallback + " ;;\n  esac\n}\n";
}

}  // namespace

std::string bash_completion(const CommandSpec& root) {
  const std::string fn = "_" + root.name;
  std::vector<std::pair<std::string, std::string>> subcommands, options, arguments, values, takes_file, takes_word;
  each_command(root, "", [&](const CommandSpec& c, const std::string& path) {
    std::vector<std::string> subs, opts;
    for (const auto& s : c.subcommands) subs.push_back(s.name);
    if (!subs.empty()) subcommands.emplace_back(path, "echo '" + joined(subs, " ") + "'");
    for (const auto& o : options_in(c, root)) opts.insert(opts.end(), o.names.begin(), o.names.end());
    options.emplace_back(path, "echo '" + joined(opts, " ") + "'");
    for (const auto& p : c.positionals)
      if (!p.choices.empty()) arguments.emplace_back(path, "echo '" + joined(p.choices, " ") + "'");
    for (const auto& o : options_in(c, root)) {
      for (const auto& name : o.names) {
        const std::string key = path + " " + name;
        if (!o.choices.empty()) values.emplace_back(key, "echo '" + joined(o.choices, " ") + "'");
        if (o.value == ValueKind::file) takes_file.emplace_back(key, "return 0");
        if (o.value == ValueKind::free) takes_word.emplace_back(key, "return 0");
      }
    }
  });
  std::string out = "# bash completion for " + root.name + ", written by `" + root.name +
                    " completion bash`.\n"
                    "# Install as /usr/share/bash-completion/completions/" +
                    root.name + ", or source it from ~/.bashrc.\n";
  out += case_table(fn + "_subcommands", "$1", subcommands, "return 1");
  out += case_table(fn + "_options", "$1", options, "return 1");
  out += case_table(fn + "_arguments", "$1", arguments, "return 1");
  out += case_table(fn + "_values", "$1 $2", values, "return 1");
  out += case_table(fn + "_takes_file", "$1 $2", takes_file, "return 1");
  out += case_table(fn + "_takes_word", "$1 $2", takes_word, "return 1");
  // The function itself, with FN standing for its name.
  std::string main_function = R"sh(FN() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" path="" word subs values i
  # The subcommands typed so far; a word that is none of them is an argument.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    subs=" $(FN_subcommands "$path") "
    [[ $subs == *" $word "* ]] && path="${path:+$path }$word"
  done
  COMPREPLY=()
  if values=$(FN_values "$path" "$prev"); then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
    FN_takes_file "$path" "$prev" && COMPREPLY+=($(compgen -f -- "$cur"))
    return 0
  fi
  if FN_takes_file "$path" "$prev"; then
    COMPREPLY=($(compgen -f -- "$cur"))
    return 0
  fi
  FN_takes_word "$path" "$prev" && return 0
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(FN_options "$path")" -- "$cur"))
  elif subs=$(FN_subcommands "$path"); then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  elif values=$(FN_arguments "$path"); then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
  return 0
}
complete -o filenames -F FN PROGRAM
)sh";
  for (auto at = main_function.find("FN"); at != std::string::npos; at = main_function.find("FN", at + fn.size()))
    main_function.replace(at, 2, fn);
  main_function.replace(main_function.rfind("PROGRAM"), 7, root.name);
  out += main_function;
  return out;
}

}  // namespace clausecheck::cli
