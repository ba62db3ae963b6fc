# Both presets are unity builds (CMAKE_UNITY_BUILD): up to 16 sources of a target compile as one
# unit. GCC stops inlining into a unit larger than large-unit-insns (10,000 instructions) once
# inlining has grown it by inline-unit-growth (40 %), which a unity unit always reaches, so small
# functions a file compiled alone inlines (std::string's copy, decode_at) became calls. With the
# limit lifted, check of 427 laws ran 680 M instructions: 692 M a file at a time, 756 M unity with it.
if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  add_compile_options(--param=large-unit-insns=1000000)
endif()
