#pragma once

// What libclausecheck.so exports. The library is built with hidden visibility
// (docs/library.md), so only what carries CLAUSECHECK_API is part of its ABI;
// the layers below it, and the third-party code they use, stay inside.
#if defined(__GNUC__)
#define CLAUSECHECK_API __attribute__((visibility("default")))
#else
#define CLAUSECHECK_API
#endif
