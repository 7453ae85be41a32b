#include "codeset/diff/change_set.hpp"
#include "codeset/diff/history.hpp"

namespace codeset {

std::string_view to_string(ChangeKind kind) noexcept {
    switch (kind) {
        case ChangeKind::added:
            return "added";
        case ChangeKind::deleted:
            return "deleted";
        case ChangeKind::revised:
            return "revised";
        case ChangeKind::whitespace:
            return "whitespace";
        case ChangeKind::header_added:
            return "header_added";
        case ChangeKind::header_deleted:
            return "header_deleted";
        case ChangeKind::header_revised:
            return "header_revised";
        case ChangeKind::attributes:
            return "attributes";
    }
    return "added";
}

std::string_view to_string(HistoryEvent event) noexcept {
    switch (event) {
        case HistoryEvent::first_seen:
            return "first_seen";
        case HistoryEvent::introduced:
            return "introduced";
        case HistoryEvent::changed:
            return "changed";
        case HistoryEvent::removed:
            return "removed";
        case HistoryEvent::reintroduced:
            return "reintroduced";
    }
    return "introduced";
}

}  // namespace codeset
