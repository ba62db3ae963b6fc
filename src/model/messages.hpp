#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/export.hpp"

namespace clausecheck {

// One language per run (docs/cli.md, "Language"): the CLI sets it once, from
// --lang or the locale, before anything is read; every message of the
// catalogue below is then given in it. Rule packs' finding messages are the
// packs' own (Chinese) and are not translated.
enum class Lang { zh, en };

CLAUSECHECK_API void set_language(Lang lang);
CLAUSECHECK_API Lang language();
// "zh" or "en"; nothing for any other text.
CLAUSECHECK_API std::optional<Lang> parse_lang(std::string_view name);
// The language of a locale value (LC_ALL, LC_MESSAGES, LANG): zh for zh_*, en otherwise.
CLAUSECHECK_API Lang lang_of_locale(std::string_view locale);

// Every message that has both languages, by id. Add one here and in the table
// of messages.cpp; the test `messages_test` fails on a message that lacks a
// language or whose two texts take different numbers of {} arguments.
enum class Msg {
  cli_unknown_command,
  cli_command_required,
  cli_unknown_option,
  cli_missing_argument,
  cli_extra_argument,
  cli_usage_other,
  cli_help_hint,
  did_you_mean,
  bad_date_option,
  no_such_rule,
  already_exists,
  path_missing,
  no_documents,
  stdin_twice,
  cannot_read_dir,
  cannot_read,
  fifo_not_read,
  socket_not_read,
  device_not_read,
  special_not_read,
  symlink_loop,
  symlink_dangling,
  symlink_unreadable,
  symlink_unresolved,
  symlink_outside,
  symlink_up,
  config_not_mapping,
  what_file,
  what_pack,
  what_config,
  what_baseline,
  what_suppressions,
  what_ignore,
  not_found,
  cannot_open,
  read_failed,
  is_directory,
  char_device_not_read,
  block_device_not_read,
  too_large,
  stdin_failed,
  file_empty,
  file_blank,
  byte_offset,
  utf16_invalid,
  utf16_control,
  huge_file,
  utf16_without_bom,
  control_byte,
  bad_utf8_after_bom,
  bad_encoding,
  shard_expected,
  config_expected_severity,
  config_expected_day_count,
  config_expected_fail_on,
  config_unknown_rule,
  status_db_or_files,
  status_needs_inputs,
  index_count_differs,
  query_needs_subject,
  query_takes_no_subject,
  query_needs_issuer,
  query_issuer_only_in_force,
  index_missing,
  index_not_regular,
  index_cannot_connect,
  index_foreign_tables,
  index_no_version,
  index_newer,
  index_empty,
  index_older,
  count_  // not a message: the number of them
};

struct MessageText {
  Msg id;
  const char* zh;
  const char* en;
};

// The table, in the order of Msg.
CLAUSECHECK_API const std::vector<MessageText>& message_catalogue();

// The message `id` in the run's language, each {} replaced by the next of `args`.
CLAUSECHECK_API std::string msg(Msg id, std::initializer_list<std::string_view> args = {});

}  // namespace clausecheck
