// The libxml2 wrapper: the nodes it reports, its errors, and what it refuses.
#include "common/line_reader.hpp"
#include "xml/prolog_guard.hpp"
#include "xml/xml_reader.hpp"

#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iconv.h>
#include <string>
#include <sys/inotify.h>
#include <unistd.h>
#include <vector>

namespace codeset::xml {
namespace {

namespace fs = std::filesystem;
using importers::MemoryStream;

const Location doc{"doc.xml", "", 0, 0};
constexpr const char* refused =
    "expected an XML document without entity declarations (external entities and DTDs are refused)";

// "start:a depth=0", "text:hello", "end:a" for each node, to compare whole sequences.
std::vector<std::string> nodes_of(std::string_view xml, std::size_t chunk = SIZE_MAX) {
    MemoryStream stream(xml, chunk);
    Reader reader(stream, doc);
    std::vector<std::string> nodes;
    while (reader.next()) {
        switch (reader.node()) {
            case Node::start: nodes.push_back("start:" + std::string(reader.name())); break;
            case Node::end: nodes.push_back("end:" + std::string(reader.name())); break;
            case Node::text: nodes.push_back("text:" + std::string(reader.text())); break;
        }
        nodes.back() += " depth=" + std::to_string(reader.depth());
    }
    return nodes;
}

// The message of the ParseError reading the whole document throws, or "" when none.
std::string error_of(std::string_view xml, ParseError* copy = nullptr) {
    try {
        nodes_of(xml);
    } catch (const ParseError& error) {
        if (copy) *copy = error;
        return error.what();
    }
    return {};
}

TEST(XmlReader, ReportsStartEndAndTextWithDepth) {
    const std::vector<std::string> expected = {
        "start:root depth=0", "start:a depth=1", "text:hello depth=2", "end:a depth=1",
        "start:empty depth=1", "end:empty depth=1",  // an empty element still gets its end
        "text:\n  cdata <kept>\n depth=1", "end:root depth=0"};  // CDATA merges with the text around it
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<!-- comment --><root>\n  <a>hello</a>\n  <?pi skipped?><empty/>\n"
        "  <![CDATA[cdata <kept>]]>\n</root>\n";
    EXPECT_EQ(nodes_of(xml), expected);
    EXPECT_EQ(nodes_of(xml, 1), expected);  // fed one byte at a time
}

TEST(XmlReader, ReadsAttributesAndNestedText) {
    MemoryStream stream("<r><diag placeholder=\"true\">one <b>two</b> three</diag><x/></r>");
    Reader reader(stream, doc);
    ASSERT_TRUE(reader.next());
    ASSERT_TRUE(reader.next());
    ASSERT_TRUE(reader.at_start("diag"));
    EXPECT_EQ(reader.attribute("placeholder"), "true");
    EXPECT_EQ(reader.attribute("missing"), std::nullopt);
    EXPECT_EQ(reader.read_text(), "one two three");
    EXPECT_EQ(reader.node(), Node::end);
    EXPECT_EQ(reader.name(), "diag");
    ASSERT_TRUE(reader.next());
    ASSERT_TRUE(reader.at_start("x"));
    EXPECT_EQ(reader.read_text(), "");  // empty element: left on its (synthesised) end
    EXPECT_EQ(reader.node(), Node::end);
    ASSERT_TRUE(reader.next());
    EXPECT_EQ(reader.node(), Node::end);
    EXPECT_EQ(reader.name(), "r");
    EXPECT_FALSE(reader.next());
}

TEST(XmlReader, ForEachChildVisitsChildrenAndRefusesStrayText) {
    MemoryStream stream("<r><a>1</a><b/><c><d/></c></r>");
    Reader reader(stream, doc);
    ASSERT_TRUE(reader.next());
    std::vector<std::string> names;
    for_each_child(reader, [&] {
        names.emplace_back(reader.name());
        reader.skip_element();
    });
    EXPECT_EQ(names, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(reader.node(), Node::end);

    MemoryStream stray("<r>\n<a/>stray</r>");
    Reader other(stray, doc);
    ASSERT_TRUE(other.next());
    try {
        for_each_child(other, [&] { other.skip_element(); });
        FAIL() << "stray text accepted";
    } catch (const ParseError& error) {
        EXPECT_STREQ(error.what(), "doc.xml, line 2: expected only elements inside <r>, found text 'stray'");
    }
}

TEST(XmlReader, MalformedXmlIsAParseErrorWithLineAndColumn) {
    ParseError error(Location{}, "");
    const std::string message = error_of("<r>\n  <a>\n  </b>\n</r>\n", &error);
    EXPECT_EQ(error.code(), ErrorCode::parse);
    EXPECT_EQ(error.where().file, "doc.xml");
    EXPECT_EQ(error.where().line, 3u);
    EXPECT_GT(error.where().column, 0u);
    EXPECT_NE(message.find("doc.xml, line 3, column"), std::string::npos) << message;
    EXPECT_NE(message.find("expected well-formed XML"), std::string::npos) << message;
    EXPECT_NE(message.find("mismatch"), std::string::npos) << message;

    EXPECT_NE(error_of("<r><a></r>").find("expected well-formed XML"), std::string::npos);
    EXPECT_NE(error_of("<r>").find("expected well-formed XML"), std::string::npos);  // never closed
    EXPECT_NE(error_of("").find("expected well-formed XML"), std::string::npos);     // empty
    EXPECT_NE(error_of("<r>&undeclared;</r>").find("expected well-formed XML"), std::string::npos);
}

TEST(XmlReader, LibxmlPrintsNothingOnErrors) {
    ::testing::internal::CaptureStderr();
    error_of("<r>\n<a></b>");
    error_of("<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>");
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

// A stream that fails half-way, as a damaged zip member does.
class FailingStream : public ByteStream {
public:
    std::size_t read(char* buffer, std::size_t size) override {
        if (m_sent) throw Error(ErrorCode::io, "member.xml: inflate failed");
        m_sent = true;
        const std::string_view head = "<r><a>text</a>";
        const std::size_t n = std::min(size, head.size());
        head.copy(buffer, n);
        return n;
    }

private:
    bool m_sent = false;
};

TEST(XmlReader, StreamErrorsPassThroughUnchanged) {
    FailingStream stream;
    try {
        Reader reader(stream, doc);
        while (reader.next()) {
        }
        FAIL() << "no error";
    } catch (const ParseError&) {
        FAIL() << "the stream's error became a ParseError";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), ErrorCode::io);
        EXPECT_STREQ(error.what(), "member.xml: inflate failed");
    }
}

TEST(XmlReader, LineNumbersStayRightPast65535) {
    std::string xml = "<r>\n";
    for (int i = 0; i < 70000; ++i) xml += "  <a>x</a>\n";  // lines 2 .. 70001
    xml += "  <b>\n    <c>y</c>\n  </b>\n</r>\n";
    MemoryStream stream(xml);
    Reader reader(stream, doc);
    std::uint64_t b_line = 0, c_line = 0, a_last = 0;
    while (reader.next()) {
        if (reader.at_start("a")) a_last = reader.location().line;
        if (reader.at_start("b")) b_line = reader.location().line;
        if (reader.at_start("c")) c_line = reader.location().line;
    }
    EXPECT_EQ(a_last, 70001u);
    EXPECT_EQ(b_line, 70002u);
    EXPECT_EQ(c_line, 70003u);
}

TEST(XmlReader, RefusesEveryDocumentTypeDeclaration) {
    ParseError error(Location{}, "");
    // An internal entity, an external one, an external DTD, and a DOCTYPE after a comment and a PI.
    const char* documents[] = {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"b\">]>\n<r>&a;</r>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://example.invalid/r.dtd\">\n<r/>",
        "<?xml version=\"1.0\"?><!-- a -- comment? -->\n<?pi ?>\n<!DOCTYPE r>\n<r/>",
    };
    const std::uint64_t lines[] = {2, 2, 2, 3};
    for (std::size_t i = 0; i < std::size(documents); ++i) {
        SCOPED_TRACE(documents[i]);
        const std::string message = error_of(documents[i], &error);
        EXPECT_EQ(message, "doc.xml, line " + std::to_string(lines[i]) + ", column 1: " + refused);
        EXPECT_EQ(error.where().line, lines[i]);
    }
    // "<!DOCTYPE" inside a comment is only text.
    EXPECT_EQ(error_of("<!-- <!DOCTYPE r [<!ENTITY a \"b\">]> -->\n<r/>"), "");
}

// UTF-16 with NUL bytes between the ASCII characters, after a byte order mark.
std::string utf16le(std::string_view ascii) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

// EBCDIC (IBM037), which libxml2 reads through iconv and the prolog guard cannot: '<' is 0x4C.
std::string ebcdic(std::string_view ascii) {
    iconv_t convert = iconv_open("IBM037", "UTF-8");
    if (convert == iconv_t(-1)) return {};
    std::string in(ascii), out(ascii.size(), '\0');
    char* from = in.data();
    char* to = out.data();
    std::size_t from_left = in.size(), to_left = out.size();
    iconv(convert, &from, &from_left, &to, &to_left);
    iconv_close(convert);
    out.resize(out.size() - to_left);
    return out;
}

TEST(XmlReader, RefusesDocumentTypeDeclarationsTheGuardCannotRead) {
    const std::string plain = ebcdic("<?xml version=\"1.0\" encoding=\"IBM037\"?>\n<r>x</r>\n");
    ASSERT_FALSE(plain.empty()) << "no IBM037 converter";
    EXPECT_EQ(nodes_of(plain), (std::vector<std::string>{"start:r depth=0", "text:x depth=1", "end:r depth=0"}));
    // The DOCTYPE node check in the reader is the second line of defence.
    const std::string message = error_of(
        ebcdic("<?xml version=\"1.0\" encoding=\"IBM037\"?>\n<!DOCTYPE r [<!ENTITY a \"b\">]>\n<r>&a;</r>\n"));
    EXPECT_EQ(message, std::string("doc.xml: ") + refused);  // libxml2 keeps no line for a DTD node

    // The entity bomb in EBCDIC: refused (or stopped by libxml2's amplification limit), quickly.
    std::ifstream in(test::fixture("icd10cm_xml/billion_laughs.xml"));
    std::string bomb((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bomb.replace(bomb.find("utf-8"), 5, "IBM037");
    const auto start = std::chrono::steady_clock::now();
    const std::string bomb_message = error_of(ebcdic(bomb));
    EXPECT_TRUE(bomb_message.find(refused) != std::string::npos ||
                bomb_message.find("well-formed") != std::string::npos)
        << bomb_message;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(XmlReader, RefusesDocumentTypeDeclarationsInUtf16Too) {
    EXPECT_EQ(nodes_of(utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<r>x</r>")),
              (std::vector<std::string>{"start:r depth=0", "text:x depth=1", "end:r depth=0"}));
    const std::string message =
        error_of(utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE r [<!ENTITY a \"b\">]>\n<r>&a;</r>"));
    EXPECT_NE(message.find(refused), std::string::npos) << message;
}

// Watches a file with inotify: any open or read of it by anybody shows up as an event.
class FileWatch {
public:
    explicit FileWatch(const fs::path& path) {
        m_fd = inotify_init1(IN_NONBLOCK);
        if (m_fd >= 0) m_watch = inotify_add_watch(m_fd, path.c_str(), IN_OPEN | IN_ACCESS);
    }
    ~FileWatch() {
        if (m_fd >= 0) close(m_fd);
    }
    bool ok() const { return m_fd >= 0 && m_watch >= 0; }
    bool touched() {
        alignas(inotify_event) char buffer[4096];
        const ssize_t got = read(m_fd, buffer, sizeof buffer);
        return got > 0;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

TEST(XmlReader, NeverOpensAFileAnEntityNames) {
    const fs::path dir = test::scratch_dir("xml-xxe");
    const fs::path secret = dir / "secret.txt";
    std::ofstream(secret) << "do not read me\n";
    FileWatch watch(secret);
    ASSERT_TRUE(watch.ok());

    const std::string uri = "file://" + secret.string();
    const std::string documents[] = {
        "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + uri + "\">]><r>&x;</r>",
        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]><r/>",
        "<!DOCTYPE r SYSTEM \"" + uri + "\"><r/>",
        utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + uri +
                "\">]><r>&x;</r>"),
        // The prolog guard cannot read these: libxml2's settings, the refusing entity loader and the
        // DOCTYPE node check must hold on their own.
        ebcdic("<?xml version=\"1.0\" encoding=\"IBM037\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + uri +
               "\">]><r>&x;</r>"),
        ebcdic("<?xml version=\"1.0\" encoding=\"IBM037\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + uri +
               "\"> %p;]><r/>"),
        ebcdic("<?xml version=\"1.0\" encoding=\"IBM037\"?><!DOCTYPE r SYSTEM \"" + uri + "\"><r/>"),
    };
    for (const std::string& xml : documents) {
        const std::string message = error_of(xml);
        EXPECT_TRUE(message.find(refused) != std::string::npos || message.find("well-formed") != std::string::npos)
            << message;
        EXPECT_FALSE(watch.touched()) << "the parser opened " << secret;
    }
    // The watch works: reading the file ourselves is seen.
    std::ifstream(secret).get();
    EXPECT_TRUE(watch.touched());
    fs::remove_all(dir);
}

TEST(PrologGuard, StopsLookingOnceTheRootElementStarts) {
    PrologGuard guard;
    const std::string head = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x -->\n<r>";
    EXPECT_TRUE(guard.accept(head.data(), head.size()));
    const std::string body = "<!DOCTYPE inside the body is libxml2's to refuse>";
    EXPECT_TRUE(guard.accept(body.data(), body.size()));

    PrologGuard split;  // "<!DOC" cut across two reads
    EXPECT_TRUE(split.accept("\n\n <", 4));
    EXPECT_FALSE(split.accept("!DOCTYPE r>", 11));
    EXPECT_EQ(split.line(), 3u);
    EXPECT_EQ(split.column(), 2u);
}

TEST(XmlText, CleanTextTrimsAndJoinsLines) {
    EXPECT_EQ(clean_text("  plain  "), "plain");
    EXPECT_EQ(clean_text("\tinitial encounter"), "initial encounter");
    EXPECT_EQ(clean_text("fever (R50.-)\n            and chills"), "fever (R50.-) and chills");
    EXPECT_EQ(clean_text("full stop.  Two blanks kept"), "full stop.  Two blanks kept");
    EXPECT_EQ(clean_text(" \r\n\t "), "");
    EXPECT_EQ(clean_text("S\xC3\xA9zary"), "S\xC3\xA9zary");
}

}  // namespace
}  // namespace codeset::xml
