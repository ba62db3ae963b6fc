#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "model/input_error.hpp"

namespace clausecheck::ingest {

struct InputOptions {
  // Follow symlinks in directories wherever they lead (--follow-symlinks);
  // by default only those whose target stays inside the directories given.
  bool follow_symlinks = false;
  // --include: when given, a walked file is taken when one of these globs
  // matches its path relative to the directory given, whatever its extension;
  // otherwise when its extension is a document's (document_extensions()).
  std::vector<std::string> include;
  // --exclude: globs read after the directory's .clausecheckignore (ignore_rules.hpp).
  std::vector<std::string> exclude;
};

// The extensions a directory walk takes by default: those a reader exists for.
const std::vector<std::string>& document_extensions();
// Those extensions joined by `separator`, for messages and help (".txt, .md").
std::string extension_list(const std::string& separator);

// The argument that names standard input, and the name it is shown by.
inline constexpr const char* kStdinArg = "-";
inline constexpr const char* kStdinName = "<stdin>";

// The documents the command line names, and what could not be used.
struct FoundInputs {
  std::vector<std::filesystem::path> files;  // per argument: a file as given, a directory's documents sorted
  std::vector<InputError> errors;            // one per argument or entry that could not be used, with the reason
};

// The files named on the command line, directories expanded recursively to
// their documents (document_extensions(), and the document formats not read,
// each of which is then an error when read; hidden files and folders skipped,
// each file once; those a .clausecheckignore in the directory or --exclude
// leaves out skipped, and directories they leave out not entered). `-`
// (standard input) is taken as given, once.
// Never stops at a bad entry: a missing argument, a directory without a
// document or one that cannot be read, a dangling symlink, a symlink loop, a
// symlink leading outside the given directories, and a FIFO, device or socket
// with a document's name are each an error in the result, the rest still found.
// A file named on the command line is taken as given (read_file refuses what is no regular file).
FoundInputs find_inputs(const std::vector<std::string>& args, const InputOptions& options = {});

// The order find_inputs gives a directory's files: std::filesystem::path's
// (name by name), at the cost of one string compare.
bool path_less(const std::filesystem::path& a, const std::filesystem::path& b);

// find_inputs, throwing its first error (InputError): for tools that want all or nothing.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args);

}  // namespace clausecheck::ingest
