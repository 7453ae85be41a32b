#include "crypto/sha256.hpp"

#include "codeset/core/error.hpp"
#include "source_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace codeset {
namespace {

using ::testing::HasSubstr;

std::string digest_of(const std::string& text) {
    detail::Sha256 hash;
    hash.update(text.data(), text.size());
    return hash.hex_digest();
}

TEST(Sha256, KnownVectors) {
    EXPECT_EQ(digest_of(""), test::sha256_of_nothing);
    EXPECT_EQ(digest_of("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(digest_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, IncrementalUpdatesEqualOneUpdate) {
    const std::string text = "The quick brown fox jumps over the lazy dog";
    detail::Sha256 hash;
    for (char c : text) hash.update(&c, 1);
    hash.update(nullptr, 0);
    EXPECT_EQ(hash.hex_digest(), "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
    EXPECT_EQ(digest_of(text), "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
}

TEST(Sha256, OfFileMatchesSha256sum) {
    EXPECT_EQ(detail::Sha256::of_file(test::core_fixture("plain.txt").string()), test::sha256_of_order_txt);
    EXPECT_EQ(detail::Sha256::of_file(test::core_fixture("release.zip").string()), test::sha256_of_release_zip);
    EXPECT_EQ(detail::Sha256::of_file(test::core_fixture("empty.txt").string()), test::sha256_of_nothing);
}

TEST(Sha256, OfMissingFileThrowsIoNamingIt) {
    const std::string path = test::core_fixture("no-such-file.txt").string();
    const std::string message = test::error_message([&] { detail::Sha256::of_file(path); }, ErrorCode::io);
    EXPECT_THAT(message, HasSubstr(path));
}

}  // namespace
}  // namespace codeset
