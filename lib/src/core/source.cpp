#include "codeset/core/source.hpp"

#include "crypto/sha256.hpp"
#include "zip/zip_archive.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <regex>

namespace codeset {

namespace fs = std::filesystem;

std::string MemberInfo::base_name() const {
    const auto slash = name.rfind('/');
    return slash == std::string::npos ? name : name.substr(slash + 1);
}

// Hashes a member while an importer reads it, and lists it with the source once read to the end.
class HashingStream : public ByteStream {
public:
    HashingStream(Source& source, std::unique_ptr<ByteStream> raw, SourceFile file)
        : m_source(source), m_raw(std::move(raw)), m_file(std::move(file)) {}

    std::size_t read(char* buffer, std::size_t size) override {
        if (size == 0) return 0;  // asked for nothing: not the end of the member
        const std::size_t got = m_raw->read(buffer, size);
        if (got > 0) {
            m_hash.update(buffer, got);
            m_file.size += got;
        } else if (!m_done) {
            m_done = true;
            m_file.sha256 = m_hash.hex_digest();
            // A member read twice (identified, then imported) is listed once, with its first role.
            auto& read = m_source.m_read;
            const bool listed = std::any_of(read.begin(), read.end(), [&](const SourceFile& file) {
                return file.path == m_file.path && file.member == m_file.member && file.size == m_file.size &&
                       file.sha256 == m_file.sha256;
            });
            if (!listed) read.push_back(m_file);
        }
        return got;
    }

private:
    Source& m_source;
    std::unique_ptr<ByteStream> m_raw;
    SourceFile m_file;
    detail::Sha256 m_hash;
    bool m_done = false;
};

namespace {

std::optional<Date> file_date(const fs::path& path) {
    std::error_code error;
    const auto written = fs::last_write_time(path, error);
    if (error) return std::nullopt;
    const auto system_time = std::chrono::file_clock::to_sys(written);
    const std::time_t when = std::chrono::system_clock::to_time_t(system_time);
    std::tm parts{};
    if (!localtime_r(&when, &parts)) return std::nullopt;
    if (!Date::valid(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)) return std::nullopt;
    return Date{parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday};
}

class FileStream : public ByteStream {
public:
    explicit FileStream(const fs::path& path) : m_in(path, std::ios::binary), m_path(path.string()) {
        if (!m_in) throw Error(ErrorCode::io, m_path + ": cannot open for reading");
    }
    std::size_t read(char* buffer, std::size_t size) override {
        m_in.read(buffer, std::streamsize(size));
        if (m_in.bad()) throw Error(ErrorCode::io, m_path + ": read error");
        return std::size_t(m_in.gcount());
    }

private:
    std::ifstream m_in;
    std::string m_path;
};

class ZipSource : public Source {
public:
    explicit ZipSource(const std::string& path) : Source(path), m_zip(path) {
        for (const auto& entry : m_zip.entries()) m_members.push_back(entry.info);
        std::sort(m_members.begin(), m_members.end(),
                  [](const MemberInfo& a, const MemberInfo& b) { return a.name < b.name; });
    }
    const std::vector<MemberInfo>& members() const override { return m_members; }

protected:
    std::unique_ptr<ByteStream> open_raw(const MemberInfo& member) override {
        for (const auto& entry : m_zip.entries())
            if (entry.info.name == member.name) return m_zip.open(entry);
        throw Error(ErrorCode::not_found, path() + ": no member named " + member.name);
    }
    void check_members(const std::vector<std::string>& names) override { m_zip.check(names); }
    std::optional<SourceFile> container_file() const override {
        std::error_code error;
        const auto size = fs::file_size(path(), error);
        if (error) throw Error(ErrorCode::io, path() + ": cannot be read (" + error.message() + ")");
        return SourceFile{path(), "", size, detail::Sha256::of_file(path()), "archive"};
    }

private:
    detail::ZipArchive m_zip;
    std::vector<MemberInfo> m_members;
};

class FolderSource : public Source {
public:
    explicit FolderSource(const std::string& path) : Source(path) {
        const fs::path root(path);
        // Symbolic links are skipped: a release folder holds files, and a link could lead outside it.
        for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied);
             it != fs::recursive_directory_iterator(); ++it) {
            if (it->is_symlink() || !it->is_regular_file()) continue;
            MemberInfo member;
            member.name = fs::relative(it->path(), root).generic_string();
            member.size = it->file_size();
            member.modified = file_date(it->path());
            m_members.push_back(std::move(member));
        }
        std::sort(m_members.begin(), m_members.end(),
                  [](const MemberInfo& a, const MemberInfo& b) { return a.name < b.name; });
    }
    const std::vector<MemberInfo>& members() const override { return m_members; }

protected:
    std::unique_ptr<ByteStream> open_raw(const MemberInfo& member) override {
        return std::make_unique<FileStream>(fs::path(path()) / member.name);
    }
    std::optional<SourceFile> container_file() const override { return std::nullopt; }

private:
    std::vector<MemberInfo> m_members;
};

class FileSource : public Source {
public:
    explicit FileSource(const std::string& path) : Source(path) {
        set_plain_file();
        MemberInfo member;
        member.name = fs::path(path).filename().string();
        member.size = fs::file_size(path);
        member.modified = file_date(path);
        m_members.push_back(std::move(member));
    }
    const std::vector<MemberInfo>& members() const override { return m_members; }

protected:
    std::unique_ptr<ByteStream> open_raw(const MemberInfo&) override { return std::make_unique<FileStream>(path()); }
    std::optional<SourceFile> container_file() const override { return std::nullopt; }

private:
    std::vector<MemberInfo> m_members;
};

bool starts_like_zip(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' &&
           ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
}

}  // namespace

std::unique_ptr<Source> Source::open(const fs::path& path) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status)) throw Error(ErrorCode::io, path.string() + ": no such file or folder");
    if (!fs::is_directory(status) && !fs::is_regular_file(status))
        throw Error(ErrorCode::io, path.string() + ": not a regular file or folder");
    try {
        if (fs::is_directory(status)) return std::make_unique<FolderSource>(path.string());
        if (starts_like_zip(path)) return std::make_unique<ZipSource>(path.string());
        const auto lower = [](std::string text) {
            std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
            return text;
        };
        if (lower(path.extension().string()) == ".zip")
            throw Error(ErrorCode::io, path.string() + ": not a readable zip archive (no zip signature)");
        return std::make_unique<FileSource>(path.string());
    } catch (const fs::filesystem_error& failure) {
        // Listing a folder or sizing a file can fail half-way (permissions, a file removed meanwhile).
        throw Error(ErrorCode::io, path.string() + ": cannot be read (" + failure.code().message() + ")");
    }
}

std::unique_ptr<ByteStream> Source::open_member(const MemberInfo& member, std::string role) {
    // Only listed members are opened: a made-up name ("../x", "/etc/x") must not reach outside a folder.
    const auto& listed = members();
    const auto found = std::lower_bound(listed.begin(), listed.end(), member.name,
                                        [](const MemberInfo& a, const std::string& name) { return a.name < name; });
    if (found == listed.end() || found->name != member.name)
        throw Error(ErrorCode::not_found, m_path + ": no member named " + member.name);
    if (std::find(m_opened.begin(), m_opened.end(), member.name) == m_opened.end()) m_opened.push_back(member.name);
    SourceFile file{m_path, m_plain_file ? "" : member.name, 0, "", std::move(role)};
    return std::make_unique<HashingStream>(*this, open_raw(member), std::move(file));
}

std::string Source::read_member(const MemberInfo& member, std::string role) {
    constexpr std::uint64_t limit = 256u << 20;  // small files only: addenda, layouts
    if (member.size > limit) throw Error(ErrorCode::io, locate(member).to_string() + ": too large to read at once");
    auto stream = open_member(member, std::move(role));
    std::string data;
    // The size a zip header claims is not trusted with memory: grow with what is actually read.
    data.reserve(std::size_t(std::min<std::uint64_t>(member.size, 1u << 20)));
    char buffer[1 << 16];
    while (const std::size_t got = stream->read(buffer, sizeof buffer)) {
        data.append(buffer, got);
        if (data.size() > limit) throw Error(ErrorCode::io, locate(member).to_string() + ": too large to read at once");
    }
    return data;
}

std::optional<MemberInfo> Source::find_member(const std::string& base_name_regex) const {
    const std::regex pattern(base_name_regex, std::regex::icase | std::regex::ECMAScript);
    for (const auto& member : members())
        if (std::regex_match(member.base_name(), pattern)) return member;
    return std::nullopt;
}

std::string Source::peek(std::size_t size) const {
    if (!m_plain_file) return {};
    std::ifstream in(m_path, std::ios::binary);
    if (!in) return {};
    std::string head(size, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    return head;
}

Location Source::locate(const MemberInfo& member, std::uint64_t line, std::uint32_t column) const {
    return Location{m_path, m_plain_file ? "" : member.name, line, column};
}

void Source::check_opened_members() { check_members(m_opened); }

std::vector<SourceFile> Source::read_files() const {
    std::vector<SourceFile> files;
    if (auto container = container_file()) files.push_back(std::move(*container));
    files.insert(files.end(), m_read.begin(), m_read.end());
    return files;
}

}  // namespace codeset
