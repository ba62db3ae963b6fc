#pragma once

// The model a parse gives (docs/model.md): a ParsedFile holds its source text,
// the gazette masthead when it is one, and its Documents, each with its
// clause tree and typed Facts; a Finding is what a rule says about a place.
// These are the types the pipeline itself speaks, installed as they are: one
// definition of each, free of anything but the standard library.
#include "model/finding.hpp"
#include "model/input_error.hpp"
#include "model/parsed_file.hpp"
