// The divisions of a classification above its codes (the chapters and sections of the ICD-10-CM
// tabular list), with the notes that apply to every code in them. A code names its divisions
// through its hierarchy attributes (chapter "4", section "E08-E13"), so a division is keyed by
// that attribute and value, and read from the store with the release it belongs to.
#pragma once

#include "codeset/core/code_record.hpp"

#include <string>
#include <vector>

namespace codeset {

struct Division {
    std::string attribute;  // the hierarchy attribute its codes carry: "chapter", "section"
    std::string value;      // what they carry there: "4", "E08-E13"
    std::string title;      // "Endocrine, nutritional and metabolic diseases (E00-E89)"
    std::vector<Attribute> notes;  // note attributes of the profile (list values), sorted by name
    bool operator==(const Division&) const = default;
};

// What identifies a companion file (the tabular or tables XML) read with a release: the importer
// that read it and the SHA-256 of the members it read, so the same file is recognised again.
struct CompanionRecord {
    std::string importer;  // "icd10cm-tabular-xml"
    std::string digest;    // SHA-256 (hex) of the files read, in the order read
    std::string path;      // as the user gave it
    bool operator==(const CompanionRecord&) const = default;
};

}  // namespace codeset
