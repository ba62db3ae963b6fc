#include "model/messages.hpp"

#include <atomic>

namespace clausecheck {

namespace {

std::atomic<Lang> current{Lang::en};

const std::vector<MessageText> kCatalogue = {
    {Msg::cli_unknown_command, "未知的命令 '{}'", "unknown command '{}'"},
    {Msg::cli_command_required, "需要一个命令：{}", "a command is required: {}"},
    {Msg::cli_unknown_option, "未知的选项 '{}'", "unknown option '{}'"},
    {Msg::cli_missing_argument, "缺少 {}", "{} is required"},
    {Msg::cli_extra_argument, "多余的参数：{}", "unexpected arguments: {}"},
    {Msg::cli_usage_other, "命令行有误：{}", "{}"},
    {Msg::cli_help_hint, "用法见 '{} --help'", "see '{} --help'"},
    {Msg::did_you_mean, "（是否应为 '{}'？）", " (did you mean '{}'?)"},
    {Msg::bad_date_option, "应为 YYYY-MM-DD 格式的日期：{}", "expected a date YYYY-MM-DD: {}"},
    {Msg::no_such_rule, "没有这条规则 '{}'{}；`clausecheck rules list` 列出全部规则",
     "no such rule '{}'{}; `clausecheck rules list` lists them"},
    {Msg::already_exists, "已存在，未改动", "already exists; left as it is"},
    {Msg::path_missing, "文件或目录不存在", "no such file or directory"},
    {Msg::no_documents, "目录中没有 {} 文档", "no {} documents in the directory"},
    {Msg::stdin_twice, "标准输入（-）只能读取一次", "standard input (-) can be read once only"},
    {Msg::cannot_read_dir, "无法读取目录（{}）", "cannot read the directory ({})"},
    {Msg::cannot_read, "无法读取（{}）", "cannot read it ({})"},
    {Msg::fifo_not_read, "是命名管道（FIFO），不是普通文件，未读取", "is a FIFO, not a regular file; not read"},
    {Msg::socket_not_read, "是套接字（socket），不是普通文件，未读取", "is a socket, not a regular file; not read"},
    {Msg::device_not_read, "是设备文件，不是普通文件，未读取", "is a device, not a regular file; not read"},
    {Msg::special_not_read, "不是普通文件，未读取", "is not a regular file; not read"},
    {Msg::symlink_loop, "符号链接成环，未读取", "symlink loop; not read"},
    {Msg::symlink_dangling, "符号链接的目标不存在，未读取（→ {}）", "dangling symlink (→ {}); not read"},
    {Msg::symlink_unreadable, "符号链接无法读取（{}）", "cannot read the symlink ({})"},
    {Msg::symlink_unresolved, "符号链接无法解析（{}）", "cannot resolve the symlink ({})"},
    {Msg::symlink_outside, "符号链接指向输入目录之外（{}），未读取；要读取请用 --follow-symlinks",
     "symlink leads outside the input directories ({}); not read: use --follow-symlinks to read it"},
    {Msg::symlink_up, "符号链接指向它所在的目录或其上级，成环，未读取（→ {}）",
     "symlink leads to its own folder or one above it, a loop (→ {}); not read"},
    {Msg::config_not_mapping, "配置应为映射", "a config is a mapping"},
    {Msg::what_file, "文件", "file"},
    {Msg::what_pack, "规则包", "rule pack"},
    {Msg::what_config, "配置文件", "config file"},
    {Msg::what_baseline, "基线文件", "baseline file"},
    {Msg::what_suppressions, "抑制文件", "suppressions file"},
    {Msg::what_ignore, "忽略文件", "ignore file"},
    {Msg::not_found, "{}不存在", "no such {}"},
    {Msg::cannot_open, "无法打开{}（{}）", "cannot open the {} ({})"},
    {Msg::read_failed, "读取{}失败（{}）", "reading the {} failed ({})"},
    {Msg::is_directory, "是目录，不是文件", "is a directory, not a file"},
    {Msg::char_device_not_read, "是字符设备，不是普通文件，未读取",
     "is a character device, not a regular file; not read"},
    {Msg::block_device_not_read, "是块设备，不是普通文件，未读取", "is a block device, not a regular file; not read"},
    {Msg::too_large, "文件太大（{} 字节，超过 --max-size {} 字节），未读取",
     "file too large ({} bytes, over --max-size {} bytes); not read"},
    {Msg::stdin_failed, "读取标准输入失败（{}）", "reading standard input failed ({})"},
    {Msg::file_empty, "文件为空", "the file is empty"},
    {Msg::file_blank, "文件只有空白字符，没有内容", "the file holds only blanks, no text"},
    {Msg::byte_offset, "{}（字节偏移 {}）", "{} (byte offset {})"},
    {Msg::utf16_invalid, "{} 编码无效（不成对的代理项或字节数为奇数）",
     "invalid {} (an unpaired surrogate or an odd number of bytes)"},
    {Msg::utf16_control, "{} 文本中含有控制字符 {}，像是二进制文件", "{} text holds the control character {}: binary?"},
    {Msg::huge_file, "文件太大（2 GiB 以上），不像是一份公文", "file too large (2 GiB or more) to be a document"},
    {Msg::utf16_without_bom, "含有 NUL 字节，像是没有 BOM 的 UTF-16 文件；请另存为 UTF-8 或带 BOM 的 UTF-16",
     "holds NUL bytes, like UTF-16 without a BOM; save it as UTF-8 or as UTF-16 with a BOM"},
    {Msg::control_byte, "含有控制字节 {}，像是二进制文件，不是文本",
     "holds the control byte {}: a binary file, not text"},
    {Msg::bad_utf8_after_bom, "带 UTF-8 BOM，但字节 {} 不是有效的 UTF-8",
     "has a UTF-8 BOM, but byte {} is not valid UTF-8"},
    {Msg::bad_encoding, "字节 {} 不是有效的 UTF-8，文件也不是有效的 GB18030/GBK 编码",
     "byte {} is not valid UTF-8, and the file is not valid GB18030/GBK either"},
    {Msg::shard_expected, "应为 I/N，1 <= I <= N：{}", "expected I/N with 1 <= I <= N: {}"},
    {Msg::config_expected_severity, "'{}'：应为 error、warning 或 info", "'{}': expected error, warning or info"},
    {Msg::config_expected_day_count, "应为 administrative 或 civil_code", "expected administrative or civil_code"},
    {Msg::config_expected_fail_on, "应为 error、warning、info 或 never{}", "expected error, warning, info or never{}"},
    {Msg::config_unknown_rule, "没有编号为 '{}' 的规则{}", "no rule has the id '{}'{}"},
    {Msg::status_db_or_files, "--db 与文件不能同时给出", "give --db or files, not both"},
    {Msg::status_needs_inputs, "需要文件或目录，或 --db", "give files or directories, or --db FILE|URL"},
    {Msg::index_count_differs, "索引按 --count {} 计算期限，本次要求 {}：请先以该 --count 运行 `clausecheck index`",
     "indexed with --count {}, asked for {}: run `clausecheck index` with that --count first"},
    {Msg::query_needs_subject, "repealed-by 需要文件的标题或文号",
     "repealed-by needs the title or number of a document"},
    {Msg::query_takes_no_subject, "{} 不需要参数 '{}'", "{} takes no argument ('{}')"},
    {Msg::query_needs_issuer, "in-force 需要 --issuer（发文机关，如“驻马店市人民政府”）",
     "in-force needs --issuer (the issuer's name as its documents write it)"},
    {Msg::query_issuer_only_in_force, "--issuer 只用于 in-force", "--issuer is for in-force only"},
    {Msg::index_missing, "没有这个索引：请先运行 `clausecheck index DIR --db {}`",
     "no such index: build it with `clausecheck index DIR --db {}`"},
    {Msg::index_not_regular, "不是普通文件：索引是一个普通文件", "not a regular file: an index is a regular file"},
    {Msg::index_cannot_connect, "PostgreSQL：无法连接：{}", "PostgreSQL: cannot connect: {}"},
    {Msg::index_foreign_tables, "不是 clausecheck 索引（有数据表，但没有 {}），未改动",
     "not a clausecheck index (it has tables but no {}); left untouched"},
    {Msg::index_no_version, "不是 clausecheck 索引（{} 中没有版本），未改动",
     "not a clausecheck index ({} holds no version); left untouched"},
    {Msg::index_newer, "索引格式版本 {} 新于本程序的 {}：请用写入它的 clausecheck，或索引到新数据库",
     "index format {} is newer than this build's {}: use the clausecheck that wrote it, or index into a new database"},
    {Msg::index_empty, "空数据库，没有索引：请先运行 `clausecheck index`",
     "an empty database, no index: build it with `clausecheck index`"},
    {Msg::index_older, "索引格式版本 {} 旧于 {}：对它运行 `clausecheck index` 即可迁移",
     "index format {} is older than {}: run `clausecheck index` on it to migrate it"},
};

}  // namespace

void set_language(Lang lang) { current = lang; }
Lang language() { return current; }

std::optional<Lang> parse_lang(std::string_view name) {
  if (name == "zh") return Lang::zh;
  if (name == "en") return Lang::en;
  return std::nullopt;
}

Lang lang_of_locale(std::string_view locale) { return locale.starts_with("zh") ? Lang::zh : Lang::en; }

const std::vector<MessageText>& message_catalogue() { return kCatalogue; }

std::string msg(Msg id, std::initializer_list<std::string_view> args) {
  const MessageText& m = kCatalogue[static_cast<std::size_t>(id)];
  const std::string_view text = language() == Lang::zh ? m.zh : m.en;
  std::string out;
  const auto* arg = args.begin();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '}' && arg != args.end()) {
      out += *arg++;
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace clausecheck
