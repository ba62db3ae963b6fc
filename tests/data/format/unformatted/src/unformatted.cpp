// Laid out against .clang-format on purpose: the format check must name this file and line.
int  answer( ){return 42;}
