// The loader of the libraries only some commands use: a real system library found by its soname
// and called, and the one-line errors for a library or a function the system lacks.
#include "core/shared_library.hpp"

#include "codeset/core/error.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace codeset::detail {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// zlib is on every machine codeset builds on (libzip needs it), and its version is plain to check.
using ZlibVersion = const char* (*)();

TEST(SharedLibrary, LoadsALibraryBySonameAndCallsItsFunction) {
    const SharedLibrary zlib("libz.so.1", "this test");
    const ZlibVersion version = zlib.function<ZlibVersion>("zlibVersion");
    ASSERT_NE(version, nullptr);
    EXPECT_THAT(version(), StartsWith("1."));
}

TEST(SharedLibrary, AMissingLibraryIsAnErrorNamingItAndWhatNeedsIt) {
    try {
        const SharedLibrary missing("libcodeset-absent.so.9", "publishing to nowhere");
        FAIL() << "loaded a library that does not exist";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::unsupported);
        EXPECT_THAT(error.what(), AllOf(HasSubstr("libcodeset-absent.so.9"), HasSubstr("publishing to nowhere")));
        EXPECT_EQ(std::string(error.what()).find('\n'), std::string::npos);
    }
}

TEST(SharedLibrary, AMissingFunctionIsAnErrorNamingIt) {
    const SharedLibrary zlib("libz.so.1", "this test");
    try {
        (void)zlib.function<ZlibVersion>("codeset_no_such_function");
        FAIL() << "found a function the library does not have";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::unsupported);
        EXPECT_THAT(error.what(), AllOf(HasSubstr("libz.so.1"), HasSubstr("codeset_no_such_function")));
    }
}

}  // namespace
}  // namespace codeset::detail
