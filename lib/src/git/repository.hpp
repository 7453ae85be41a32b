// The one wrapper of libgit2: a repository opened or created, objects written in memory (blobs,
// trees, commits, annotated tags) and references moved only from the value the caller expects.
// Every libgit2 failure becomes codeset::Error carrying git_error_last's text. Never runs git.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct git_repository;

namespace codeset::git {

struct ObjectId {
    std::array<unsigned char, 20> bytes{};
    std::string hex() const;
    bool operator==(const ObjectId&) const = default;
};

// Who wrote an object, and when: seconds since the epoch, in UTC.
struct Signature {
    std::string name;
    std::string email;
    std::int64_t time = 0;
};

struct TreeEntry {
    std::string name;
    ObjectId id;
    bool is_tree = false;  // else a regular file
};

struct CommitInfo {
    ObjectId id;
    ObjectId tree;
    std::string message;
    std::vector<ObjectId> parents;
};

class Repository {
public:
    // Throws Error(not_found) when `path` does not exist and Error(unsupported) when it is not a
    // git repository (a work tree's top folder or a bare repository; parents are not searched).
    static Repository open(const std::filesystem::path& path);
    // A new bare repository at `path` (missing or an empty folder).
    static Repository init_bare(const std::filesystem::path& path);
    // Whether git accepts `name` ("refs/heads/icd10cm") as a reference name.
    static bool valid_reference_name(const std::string& name);

    Repository(Repository&&) noexcept;
    Repository& operator=(Repository&&) noexcept;
    ~Repository();

    bool bare() const;
    // Whether a work tree has `ref` ("refs/heads/x") checked out: this repository's HEAD, born or
    // not, or a linked work tree's.
    bool checked_out(const std::string& ref) const;

    // The object a reference names, tags not peeled; empty when there is no such reference.
    std::optional<ObjectId> reference(const std::string& name) const;
    // The commit an annotated or lightweight tag reference ends at; empty when there is none.
    std::optional<ObjectId> tagged_commit(const std::string& ref) const;
    CommitInfo commit_info(const ObjectId& id) const;
    // Whether a local branch other than `except` holds `commit` (at its tip or below).
    bool on_other_branch(const ObjectId& commit, const std::string& except) const;
    // The object a tree holds under `name`; empty when it holds none.
    std::optional<ObjectId> tree_entry(const ObjectId& tree, const std::string& name) const;

    ObjectId write_blob(std::string_view content);
    ObjectId write_tree(std::vector<TreeEntry> entries);
    ObjectId write_commit(const ObjectId& tree, const std::optional<ObjectId>& parent, const Signature& who,
                          const std::string& message);
    // The tag object only: its reference is written with set_reference.
    ObjectId write_tag(const std::string& name, const ObjectId& commit, const Signature& tagger,
                       const std::string& message);

    // Points `name` at `id` if it still holds `expected` (empty: only if it does not exist yet);
    // throws Error(conflict) when it changed meanwhile.
    void set_reference(const std::string& name, const ObjectId& id, const std::optional<ObjectId>& expected,
                       const std::string& log_message);
    // Points HEAD at the branch `ref` (which need not exist yet): what a clone checks out.
    void set_head(const std::string& ref);
    // Deletes `name` if it still holds `expected`.
    void delete_reference(const std::string& name, const ObjectId& expected);

private:
    explicit Repository(git_repository* repository);
    git_repository* m_repository = nullptr;
};

}  // namespace codeset::git
