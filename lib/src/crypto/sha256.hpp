// The only code that touches OpenSSL: incremental SHA-256 for source file fingerprints.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace codeset::detail {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    std::string hex_digest();  // finishes the hash; lower-case hex

    static std::string of_file(const std::string& path);  // throws Error(io)

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

}  // namespace codeset::detail
