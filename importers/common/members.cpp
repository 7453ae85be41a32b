#include "common/members.hpp"

namespace codeset::importers {

namespace {

std::string with_hint(std::string text, const std::string& hint) { return hint.empty() ? text : text + " " + hint; }

}  // namespace

std::string list_members(const std::vector<MemberInfo>& members) {
    constexpr std::size_t shown = 12;
    std::string text;
    for (std::size_t i = 0; i < members.size() && i < shown; ++i) text += (i ? ", " : "") + members[i].name;
    if (members.size() > shown) text += ", ... (" + std::to_string(members.size() - shown) + " more)";
    if (members.empty()) text = "none";
    return text;
}

std::optional<MemberInfo> find_one_member(const Source& source, const std::function<bool(const MemberInfo&)>& matches,
                                          const WantedMember& wanted) {
    std::vector<MemberInfo> found;
    for (const MemberInfo& member : source.members())
        if (matches(member)) found.push_back(member);
    if (found.size() == 1) return found.front();
    if (found.size() > 1)
        throw ParseError(Location{source.path(), "", 0, 0},
                         with_hint(wanted.one + ", found " + std::to_string(found.size()) + ": " + list_members(found),
                                   wanted.several_hint));
    if (wanted.lone_file && source.is_plain_file()) return source.members().front();
    return std::nullopt;
}

MemberInfo require_one_member(const Source& source, const std::function<bool(const MemberInfo&)>& matches,
                              const WantedMember& wanted) {
    if (auto member = find_one_member(source, matches, wanted)) return *member;
    throw ParseError(Location{source.path(), "", 0, 0},
                     with_hint(wanted.expected + "; found members: " + list_members(source.members()),
                               wanted.expected_hint));
}

}  // namespace codeset::importers
