# Turns a text file into a C++ source defining one function that returns it,
# so data the binary needs (schema/sql/vane.sql) is compiled in, not looked
# up at run time. Run as a build step:
#   cmake -DINPUT=schema/sql/vane.sql -DOUTPUT=sql_schema_text.cpp
#         -DFUNCTION=vane::output::sql_schema_text -DHEADER=output/sql_schema.hpp -P VaneEmbedText.cmake
file(READ ${INPUT} content)
string(FIND "${content}" ")vane_embedded\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter )vane_embedded\"")
endif()
string(REGEX REPLACE "::[^:]+$" "" namespace "${FUNCTION}")
string(REGEX REPLACE "^.*::" "" name "${FUNCTION}")
file(WRITE ${OUTPUT}.tmp
  "// Generated from ${INPUT} by cmake/VaneEmbedText.cmake; do not edit.\n"
  "#include \"${HEADER}\"\n\n"
  "namespace ${namespace} {\n\n"
  "std::string_view ${name}() {\n"
  "  static constexpr char kText[] = R\"vane_embedded(${content})vane_embedded\";\n"
  "  return {kText, sizeof kText - 1};\n"
  "}\n\n"
  "}  // namespace ${namespace}\n")
# Only a changed text rewrites the file, so an unchanged schema rebuilds nothing.
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
