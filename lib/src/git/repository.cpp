// libgit2 behind codeset's own types: handles freed by unique_ptr deleters, errors turned into
// codeset::Error with libgit2's own words.
#include "git/repository.hpp"

#include "codeset/core/error.hpp"
#include "core/shared_library.hpp"

#include <git2.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace codeset::git {

namespace {

// Every libgit2 function the wrapper calls, reached through the library loaded at first use
// (core/shared_library.hpp).
#define CODESET_LIBGIT2_FUNCTIONS(F) \
    F(git_blob_create_from_buffer)   \
    F(git_branch_is_checked_out)     \
    F(git_branch_iterator_free)      \
    F(git_branch_iterator_new)       \
    F(git_branch_next)               \
    F(git_commit_create)             \
    F(git_commit_free)               \
    F(git_commit_lookup)             \
    F(git_commit_message)            \
    F(git_commit_parent_id)          \
    F(git_commit_parentcount)        \
    F(git_commit_tree_id)            \
    F(git_error_last)                \
    F(git_graph_descendant_of)       \
    F(git_libgit2_init)              \
    F(git_object_free)               \
    F(git_object_id)                 \
    F(git_object_lookup)             \
    F(git_oid_equal)                 \
    F(git_oid_tostr)                 \
    F(git_reference_create)          \
    F(git_reference_create_matching) \
    F(git_reference_delete)          \
    F(git_reference_free)            \
    F(git_reference_is_branch)       \
    F(git_reference_lookup)          \
    F(git_reference_name)            \
    F(git_reference_name_is_valid)   \
    F(git_reference_name_to_id)      \
    F(git_reference_peel)            \
    F(git_reference_symbolic_target) \
    F(git_reference_target)          \
    F(git_reference_type)            \
    F(git_repository_free)           \
    F(git_repository_init)           \
    F(git_repository_is_bare)        \
    F(git_repository_open_ext)       \
    F(git_repository_set_head)       \
    F(git_signature_free)            \
    F(git_signature_new)             \
    F(git_tag_annotation_create)     \
    F(git_tree_entry_byname)         \
    F(git_tree_entry_id)             \
    F(git_tree_free)                 \
    F(git_tree_lookup)               \
    F(git_treebuilder_free)          \
    F(git_treebuilder_insert)        \
    F(git_treebuilder_new)           \
    F(git_treebuilder_write)

struct Libgit2 {
    detail::SharedLibrary library{CODESET_LIBGIT2_SONAME, "publishing to git"};
    CODESET_LIBGIT2_FUNCTIONS(CODESET_LIBRARY_FUNCTION)
};

// Loaded, and given its one global init per process, on first use; never shut down (other
// threads may use it).
const Libgit2& libgit2() {
    const Libgit2& loaded = detail::loaded_once<Libgit2>();
    static const int initialised = loaded.git_libgit2_init();
    (void)initialised;
    return loaded;
}

// Opening or creating a repository loads libgit2 (and says so when the system lacks it).
void ensure_initialised() { libgit2(); }

std::string last_error_text() {
    const git_error* error = libgit2().git_error_last();
    return error && error->message ? error->message : "unknown libgit2 error";
}

[[noreturn]] void fail(ErrorCode code, const std::string& what) {
    throw Error(code, what + ": " + last_error_text());
}

void check(int rc, const std::string& what) {
    if (rc < 0) fail(rc == GIT_EMODIFIED || rc == GIT_EEXISTS ? ErrorCode::conflict : ErrorCode::io, what);
}

template <class T, void (*Libgit2::*Free)(T*)>
struct Deleter {
    void operator()(T* p) const { (libgit2().*Free)(p); }
};
using ReferencePtr = std::unique_ptr<git_reference, Deleter<git_reference, &Libgit2::git_reference_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, &Libgit2::git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, &Libgit2::git_tree_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, &Libgit2::git_object_free>>;
using SignaturePtr = std::unique_ptr<git_signature, Deleter<git_signature, &Libgit2::git_signature_free>>;
using BuilderPtr = std::unique_ptr<git_treebuilder, Deleter<git_treebuilder, &Libgit2::git_treebuilder_free>>;

git_oid to_git(const ObjectId& id) {
    git_oid oid;
    std::memcpy(oid.id, id.bytes.data(), id.bytes.size());
    return oid;
}

ObjectId from_git(const git_oid& oid) {
    ObjectId id;
    std::memcpy(id.bytes.data(), oid.id, id.bytes.size());
    return id;
}

SignaturePtr signature(const Signature& who) {
    git_signature* raw = nullptr;
    check(libgit2().git_signature_new(&raw, who.name.c_str(), who.email.c_str(), who.time, 0),
          "cannot use the identity " + who.name + " <" + who.email + ">");
    return SignaturePtr(raw);
}

std::optional<ReferencePtr> lookup_reference(git_repository* repository, const std::string& name) {
    git_reference* raw = nullptr;
    const int rc = libgit2().git_reference_lookup(&raw, repository, name.c_str());
    if (rc == GIT_ENOTFOUND) return std::nullopt;
    check(rc, "cannot read the reference " + name);
    return ReferencePtr(raw);
}

}  // namespace

std::string ObjectId::hex() const {
    const git_oid oid = to_git(*this);
    char text[GIT_OID_HEXSZ + 1] = {};
    libgit2().git_oid_tostr(text, sizeof text, &oid);
    return text;
}

Repository::Repository(git_repository* repository) : m_repository(repository) {}
Repository::Repository(Repository&& other) noexcept : m_repository(std::exchange(other.m_repository, nullptr)) {}
Repository& Repository::operator=(Repository&& other) noexcept {
    std::swap(m_repository, other.m_repository);
    return *this;
}
Repository::~Repository() { libgit2().git_repository_free(m_repository); }

Repository Repository::open(const std::filesystem::path& path) {
    ensure_initialised();
    std::error_code ignored;
    if (!std::filesystem::exists(path, ignored))
        throw Error(ErrorCode::not_found, path.string() + ": no such git repository (--init creates a bare one)");
    git_repository* raw = nullptr;
    const int rc = libgit2().git_repository_open_ext(&raw, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc == GIT_ENOTFOUND)
        throw Error(ErrorCode::unsupported,
                    path.string() + ": not a git repository (give a bare repository or a work tree's top folder)");
    check(rc, path.string() + ": cannot open the git repository");
    return Repository(raw);
}

Repository Repository::init_bare(const std::filesystem::path& path) {
    ensure_initialised();
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored) && !std::filesystem::is_empty(path, ignored))
        throw Error(ErrorCode::conflict, path.string() + ": --init needs a missing or empty folder");
    git_repository* raw = nullptr;
    check(libgit2().git_repository_init(&raw, path.c_str(), 1),
          path.string() + ": cannot create a bare git repository");
    return Repository(raw);
}

bool Repository::valid_reference_name(const std::string& name) {
    ensure_initialised();
    int valid = 0;
    check(libgit2().git_reference_name_is_valid(&valid, name.c_str()), "cannot check the reference name " + name);
    return valid == 1;
}

bool Repository::bare() const { return libgit2().git_repository_is_bare(m_repository) == 1; }

bool Repository::checked_out(const std::string& ref) const {
    if (!bare()) {
        // HEAD may name a branch that does not exist yet (`git init -b NAME`): that counts too.
        if (std::optional<ReferencePtr> head = lookup_reference(m_repository, "HEAD");
            head && libgit2().git_reference_type(head->get()) == GIT_REFERENCE_SYMBOLIC &&
            ref == libgit2().git_reference_symbolic_target(head->get()))
            return true;
    }
    std::optional<ReferencePtr> branch = lookup_reference(m_repository, ref);
    if (!branch || !libgit2().git_reference_is_branch(branch->get())) return false;
    const int rc = libgit2().git_branch_is_checked_out(branch->get());
    check(rc, "cannot tell whether " + ref + " is checked out");
    return rc == 1;
}

std::optional<ObjectId> Repository::reference(const std::string& name) const {
    git_oid oid;
    const int rc = libgit2().git_reference_name_to_id(&oid, m_repository, name.c_str());
    if (rc == GIT_ENOTFOUND) return std::nullopt;
    check(rc, "cannot read the reference " + name);
    return from_git(oid);
}

std::optional<ObjectId> Repository::tagged_commit(const std::string& ref) const {
    std::optional<ReferencePtr> tag = lookup_reference(m_repository, ref);
    if (!tag) return std::nullopt;
    git_object* raw = nullptr;
    check(libgit2().git_reference_peel(&raw, tag->get(), GIT_OBJECT_COMMIT), ref + " does not name a commit");
    const ObjectPtr object(raw);
    return from_git(*libgit2().git_object_id(object.get()));
}

CommitInfo Repository::commit_info(const ObjectId& id) const {
    const git_oid oid = to_git(id);
    git_commit* raw = nullptr;
    check(libgit2().git_commit_lookup(&raw, m_repository, &oid), "cannot read the commit " + id.hex());
    const CommitPtr commit(raw);
    CommitInfo info;
    info.id = id;
    info.tree = from_git(*libgit2().git_commit_tree_id(commit.get()));
    const char* message = libgit2().git_commit_message(commit.get());
    info.message = message ? message : "";
    for (unsigned i = 0; i < libgit2().git_commit_parentcount(commit.get()); ++i)
        info.parents.push_back(from_git(*libgit2().git_commit_parent_id(commit.get(), i)));
    return info;
}

bool Repository::on_other_branch(const ObjectId& commit, const std::string& except) const {
    git_branch_iterator* raw = nullptr;
    check(libgit2().git_branch_iterator_new(&raw, m_repository, GIT_BRANCH_LOCAL), "cannot list the branches");
    const std::unique_ptr<git_branch_iterator, Deleter<git_branch_iterator, &Libgit2::git_branch_iterator_free>>
        branches(raw);
    const git_oid wanted = to_git(commit);
    git_reference* next = nullptr;
    git_branch_t type;
    int rc = 0;
    while ((rc = libgit2().git_branch_next(&next, &type, branches.get())) == 0) {
        const ReferencePtr branch(next);
        const git_oid* tip = libgit2().git_reference_target(branch.get());
        if (!tip || except == libgit2().git_reference_name(branch.get())) continue;
        if (libgit2().git_oid_equal(tip, &wanted)) return true;
        const int below = libgit2().git_graph_descendant_of(m_repository, tip, &wanted);
        check(below, "cannot walk the branch " + std::string(libgit2().git_reference_name(branch.get())));
        if (below == 1) return true;
    }
    if (rc != GIT_ITEROVER) check(rc, "cannot list the branches");
    return false;
}

std::optional<ObjectId> Repository::tree_entry(const ObjectId& tree_id, const std::string& name) const {
    const git_oid oid = to_git(tree_id);
    git_tree* raw = nullptr;
    check(libgit2().git_tree_lookup(&raw, m_repository, &oid), "cannot read the tree " + tree_id.hex());
    const TreePtr tree(raw);
    const git_tree_entry* entry = libgit2().git_tree_entry_byname(tree.get(), name.c_str());
    if (!entry) return std::nullopt;
    return from_git(*libgit2().git_tree_entry_id(entry));
}

ObjectId Repository::write_blob(std::string_view content) {
    git_oid oid;
    check(libgit2().git_blob_create_from_buffer(&oid, m_repository, content.data(), content.size()),
          "cannot write a blob");
    return from_git(oid);
}

ObjectId Repository::write_tree(std::vector<TreeEntry> entries) {
    git_treebuilder* raw = nullptr;
    check(libgit2().git_treebuilder_new(&raw, m_repository, nullptr), "cannot build a tree");
    const BuilderPtr builder(raw);
    for (const TreeEntry& entry : entries) {
        const git_oid oid = to_git(entry.id);
        check(libgit2().git_treebuilder_insert(nullptr, builder.get(), entry.name.c_str(), &oid,
                                               entry.is_tree ? GIT_FILEMODE_TREE : GIT_FILEMODE_BLOB),
              "cannot add " + entry.name + " to a tree");
    }
    git_oid oid;
    check(libgit2().git_treebuilder_write(&oid, builder.get()), "cannot write a tree");
    return from_git(oid);
}

ObjectId Repository::write_commit(const ObjectId& tree_id, const std::optional<ObjectId>& parent_id,
                                  const Signature& who, const std::string& message) {
    const git_oid tree_oid = to_git(tree_id);
    git_tree* raw_tree = nullptr;
    check(libgit2().git_tree_lookup(&raw_tree, m_repository, &tree_oid), "cannot read the tree " + tree_id.hex());
    const TreePtr tree(raw_tree);
    CommitPtr parent;
    if (parent_id) {
        const git_oid parent_oid = to_git(*parent_id);
        git_commit* raw_parent = nullptr;
        check(libgit2().git_commit_lookup(&raw_parent, m_repository, &parent_oid),
              "cannot read the commit " + parent_id->hex());
        parent.reset(raw_parent);
    }
    const SignaturePtr sig = signature(who);
    const git_commit* parents[] = {parent.get()};
    git_oid oid;
    check(libgit2().git_commit_create(&oid, m_repository, nullptr, sig.get(), sig.get(), nullptr, message.c_str(),
                                      tree.get(), parent ? 1 : 0, parents),
          "cannot write a commit");
    return from_git(oid);
}

ObjectId Repository::write_tag(const std::string& name, const ObjectId& commit, const Signature& tagger,
                               const std::string& message) {
    const git_oid target_oid = to_git(commit);
    git_object* raw = nullptr;
    check(libgit2().git_object_lookup(&raw, m_repository, &target_oid, GIT_OBJECT_COMMIT),
          "cannot read the commit " + commit.hex());
    const ObjectPtr target(raw);
    const SignaturePtr sig = signature(tagger);
    git_oid oid;
    check(
        libgit2().git_tag_annotation_create(&oid, m_repository, name.c_str(), target.get(), sig.get(), message.c_str()),
        "cannot write the tag " + name);
    return from_git(oid);
}

void Repository::set_reference(const std::string& name, const ObjectId& id, const std::optional<ObjectId>& expected,
                               const std::string& log_message) {
    const git_oid oid = to_git(id);
    git_reference* raw = nullptr;
    int rc = 0;
    if (expected) {
        const git_oid current = to_git(*expected);
        rc = libgit2().git_reference_create_matching(&raw, m_repository, name.c_str(), &oid, 1, &current,
                                                     log_message.c_str());
    } else {
        rc = libgit2().git_reference_create(&raw, m_repository, name.c_str(), &oid, 0, log_message.c_str());
    }
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        fail(ErrorCode::conflict, name + " changed while codeset was writing it");
    check(rc, "cannot write the reference " + name);
    libgit2().git_reference_free(raw);
}

void Repository::set_head(const std::string& ref) {
    check(libgit2().git_repository_set_head(m_repository, ref.c_str()), "cannot point HEAD at " + ref);
}

void Repository::delete_reference(const std::string& name, const ObjectId& expected) {
    std::optional<ReferencePtr> reference = lookup_reference(m_repository, name);
    if (!reference) return;
    const git_oid* target = libgit2().git_reference_target(reference->get());
    if (!target || !(from_git(*target) == expected))
        throw Error(ErrorCode::conflict, name + " changed while codeset was writing it");
    check(libgit2().git_reference_delete(reference->get()), "cannot delete the reference " + name);
}

}  // namespace codeset::git
