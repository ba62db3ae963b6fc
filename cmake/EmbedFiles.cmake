# Turns data files (the built-in rule packs) into a C++ source that holds them
# as string literals, so a bare `clausecheck check FILE` needs nothing on disk.
# Usage: clausecheck_embed(OUTPUT out.cpp NAMESPACE ns FILES a.yaml b.yaml)
function(clausecheck_embed)
  cmake_parse_arguments(EMB "" "OUTPUT;NAMESPACE" "FILES" ${ARGN})
  # A ';' list would be split into separate command arguments: pass it joined by '|'.
  string(REPLACE ";" "|" files_arg "${EMB_FILES}")
  add_custom_command(
    OUTPUT ${EMB_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${EMB_OUTPUT} -DNAMESPACE=${EMB_NAMESPACE}
            "-DFILES=${files_arg}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_script.cmake
    DEPENDS ${EMB_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_script.cmake
    COMMENT "Embedding ${EMB_NAMESPACE}"
    VERBATIM)
endfunction()
