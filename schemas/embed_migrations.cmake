# Writes OUTPUT, a C++ file defining codeset::detail::embedded_migrations() from the
# SQL files in INPUTS (named NNNN_name.sql, applied in that order).
set(body "")
string(REPLACE "|" ";" INPUTS "${INPUTS}")
foreach(file IN LISTS INPUTS)
  get_filename_component(name ${file} NAME_WE)
  string(REGEX MATCH "^[0-9]+" number ${name})
  math(EXPR version "${number}")
  file(READ ${file} sql)
  string(APPEND body "        {${version}, \"${name}\", R\"codeset_sql(${sql})codeset_sql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
"// Generated from schemas/sql by schemas/embed_migrations.cmake. Do not edit.
#include \"store/migrations.hpp\"

namespace codeset::detail {

const std::vector<Migration>& embedded_migrations() {
    static const std::vector<Migration> migrations = {
${body}    };
    return migrations;
}

}  // namespace codeset::detail
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
