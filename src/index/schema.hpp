#pragma once
#include "index/store.hpp"

namespace clausecheck::index {

// The version of the tables this build writes and reads (docs/index.md, "Schema").
// 2: lineage statements carry target_made_by (the date written before the title they name).
// 3: a summary's evidence names its file only where it is not the summary's own.
inline constexpr int kSchemaVersion = 4;

// Makes `store` an index of kSchemaVersion, or refuses it (InputError, exit 2):
// - no tables at all: the tables are created (write access), or "no index" (read);
// - ours at kSchemaVersion: used as it is;
// - ours at an older version: for write access migrated (every table dropped
//   and made anew: the index is derived from the files, which `index` reads
//   again); for read access refused, saying to run `index`;
// - ours at a newer version (a later clausecheck), or tables that are not
//   ours: refused, never touched.
void prepare_schema(Store& store, Access access);

}  // namespace clausecheck::index
