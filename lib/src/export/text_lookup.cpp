// codeset lookup as a coder reads the index: the path from the main term ("Attack, attacks >
// heart"), where its references lead, then each code with what the release says of it.
#include "export/content_writers.hpp"

#include <ostream>

namespace codeset::detail {

namespace {

std::string level_text(const LookupLevel& level) {
    return level.nonessential.empty() ? level.title : level.title + " " + level.nonessential;
}

std::string path_text(const LookupEntry& entry) {
    std::string text;
    for (const LookupLevel& level : entry.path) text += (text.empty() ? "" : " > ") + level_text(level);
    return text;
}

void write_codes(std::ostream& out, const LookupContent& content, const LookupEntry& entry, const std::string& indent) {
    std::size_t width = 0;
    for (const LookupCode& code : entry.codes) width = std::max(width, code.role.size());
    for (const LookupCode& code : entry.codes) {
        out << indent << code.role << std::string(width - code.role.size() + 2, ' ') << code.written << "  ";
        switch (code.status) {
            case LookupCode::Status::billable:
                out << "billable";
                if (!content.descriptors_withheld) out << ": " << code.title;
                break;
            case LookupCode::Status::needs_more: {
                out << "needs more characters: " << code.completions.size() << " billable code"
                    << (code.completions.size() == 1 ? "" : "s") << " under it:";
                const std::size_t shown = std::min<std::size_t>(code.completions.size(), 12);
                for (std::size_t i = 0; i < shown; ++i) out << ' ' << content.system->display(code.completions[i].code);
                if (code.completions.size() > shown) out << " ...";
                break;
            }
            case LookupCode::Status::absent:
                out << "not in " << content.release.info.system << ' ' << content.release.info.version;
                break;
        }
        out << '\n';
    }
}

std::string problem_text(const LookupReference& reference) {
    switch (reference.problem) {
        case LookupReference::Problem::none: return "";
        case LookupReference::Problem::instruction: return "look up the condition itself";
        case LookupReference::Problem::dead_end: return "leads nowhere: the index has no term for '" + reference.detail + "'";
        case LookupReference::Problem::loop: return "loops back to an entry already read: not followed further";
        case LookupReference::Problem::too_long: return "too many references in a row: not followed further";
    }
    return "";
}

}  // namespace

void write_text_lookup(std::ostream& out, const LookupContent& content) {
    for (const LookupHit& hit : content.hits) {
        out << index_title(hit.entry.index) << ": " << path_text(hit.entry) << '\n';
        write_codes(out, content, hit.entry, "  ");
        for (const LookupReference& reference : hit.references) {
            out << "  " << reference.kind << ' ' << reference.text << '\n';
            for (const LookupEntry& entry : reference.chain) {
                out << "    -> " << path_text(entry) << '\n';
                write_codes(out, content, entry, "       ");
                if (!entry.see.empty() && &entry != &reference.chain.back()) out << "       see " << entry.see << '\n';
            }
            if (reference.problem != LookupReference::Problem::none) out << "    " << problem_text(reference) << '\n';
        }
        out << '\n';
    }
    const std::string where = content.release.info.system + " " + content.release.info.version;
    if (content.total == 0)
        out << "no entry of the " << where << " index holds every word of '" << content.text << "'\n";
    else if (content.hits.size() < content.total)
        out << content.hits.size() << " of " << content.total << " index entries in " << where
            << ", shortest paths first (--limit N for more)\n";
    else
        out << content.total << " index entr" << (content.total == 1 ? "y" : "ies") << " in " << where << '\n';
}

}  // namespace codeset::detail
