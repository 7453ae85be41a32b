// The harnesses of readers that take more than one file through an importer: the CMS addenda
// (in every layout), a CPT mapping file, a release archive (its members, then the importer that
// claims it), and the CSV that `codeset validate` judges row by row.
#pragma once

#include <string_view>

namespace codeset::fuzz {

void addenda(std::string_view input);
void cpt_mapping(std::string_view input);
void zip_source(std::string_view input);
void validate_csv(std::string_view input);

}  // namespace codeset::fuzz
