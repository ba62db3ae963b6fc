#include "rules/engine.hpp"  // a model file calling the rule engine: the check must refuse it
