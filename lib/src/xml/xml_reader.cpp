#include "xml/xml_reader.hpp"

#include "core/shared_library.hpp"
#include "xml/prolog_guard.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlversion.h>

#include <algorithm>
#include <exception>
#include <mutex>

namespace codeset::xml {

namespace {

// Every libxml2 function the reader calls, reached through the library loaded at first use
// (core/shared_library.hpp): only imports read XML, and libxml2 brings ICU with it.
#define CODESET_LIBXML2_FUNCTIONS(F) \
    F(xmlFreeTextReader)             \
    F(xmlGetLineNo)                  \
    F(xmlInitParser)                 \
    F(xmlReaderForIO)                \
    F(xmlSetExternalEntityLoader)    \
    F(xmlTextReaderConstLocalName)   \
    F(xmlTextReaderConstValue)       \
    F(xmlTextReaderCurrentNode)      \
    F(xmlTextReaderDepth)            \
    F(xmlTextReaderGetAttribute)     \
    F(xmlTextReaderIsEmptyElement)   \
    F(xmlTextReaderNodeType)         \
    F(xmlTextReaderRead)             \
    F(xmlTextReaderSetStructuredErrorHandler)

struct Libxml2 {
    detail::SharedLibrary library{CODESET_LIBXML2_SONAME, "reading XML"};
    CODESET_LIBXML2_FUNCTIONS(CODESET_LIBRARY_FUNCTION)
    // A variable, not a function: the deallocator libxml2 was set up with.
    xmlFreeFunc* xmlFree = library.function<xmlFreeFunc*>("xmlFree");
};

const Libxml2& libxml2() { return detail::loaded_once<Libxml2>(); }

constexpr std::string_view refused =
    "an XML document without entity declarations (external entities and DTDs are refused)";

// No network, no entity substitution (no XML_PARSE_NOENT), no DTD loading or default attributes
// (no XML_PARSE_DTDLOAD / XML_PARSE_DTDATTR), libxml2's size limits kept (no XML_PARSE_HUGE).
// BIG_LINES: line numbers past 65,535 stay right (the tabular XML has over 220,000).
constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES
#if LIBXML_VERSION >= 21300
                              | XML_PARSE_NO_XXE  // libxml2 2.13+; Debian 12 ships 2.9.14
#endif
    ;

// Process-wide: no external entity or DTD is ever opened, whatever a document asks for. The
// reader's own input comes from our callback and does not go through this loader.
xmlParserInputPtr refuse_external_entity(const char*, const char*, xmlParserCtxtPtr) { return nullptr; }

void init_libxml2() {
    static std::once_flag once;
    std::call_once(once, [] {
        libxml2().xmlInitParser();
        libxml2().xmlSetExternalEntityLoader(&refuse_external_entity);
    });
}

// XML white space. Plain loops: find_first_not_of with a set calls memchr per character, which
// showed up as the largest cost of a whole parse.
constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool is_blank(std::string_view text) { return std::all_of(text.begin(), text.end(), is_space); }

std::string trim_message(const char* message) {
    std::string text = message ? message : "unknown error";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

}  // namespace

struct Reader::Impl {
    explicit Impl(ByteStream& in, const Location& at) : stream(in), where(at) {}
    ~Impl() {
        if (reader) libxml2().xmlFreeTextReader(reader);
    }

    ByteStream& stream;
    Location where;
    PrologGuard guard;
    xmlTextReaderPtr reader = nullptr;
    std::exception_ptr failure;  // from the stream or the prolog guard: wins over libxml2's report
    bool has_error = false;      // libxml2's first error
    std::string error_message;
    int error_line = 0;
    int error_column = 0;

    [[noreturn]] void throw_failure() {
        if (failure) std::rethrow_exception(failure);
        Location at = where;
        at.line = error_line > 0 ? std::uint64_t(error_line) : 0;
        at.column = error_column > 0 ? std::uint32_t(error_column) : 0;
        throw ParseError(at, "well-formed XML, found an error: " +
                                 (has_error ? error_message : std::string("the parser stopped")));
    }
};

namespace {

// libxml2 pulls the document through this; C++ exceptions must not cross its C frames, so they
// are kept and rethrown once xmlTextReaderRead returns.
int read_callback(void* context, char* buffer, int size) {
    auto* impl = static_cast<Reader::Impl*>(context);
    if (impl->failure) return -1;
    try {
        const std::size_t got = impl->stream.read(buffer, std::size_t(size));
        if (!impl->guard.accept(buffer, got)) {
            Location at = impl->where;
            at.line = impl->guard.line();
            at.column = impl->guard.column();
            impl->failure = std::make_exception_ptr(ParseError(at, std::string(refused)));
            return -1;
        }
        return int(got);
    } catch (...) {
        impl->failure = std::current_exception();
        return -1;
    }
}

int close_callback(void*) { return 0; }  // the stream belongs to the caller

void error_callback(void* context, xmlErrorPtr error) {
    auto* impl = static_cast<Reader::Impl*>(context);
    if (!error || error->level < XML_ERR_ERROR || impl->has_error) return;
    impl->has_error = true;
    impl->error_message = trim_message(error->message);
    impl->error_line = error->line;
    impl->error_column = error->int2;
}

}  // namespace

Reader::Reader(ByteStream& stream, Location where) : m_impl(std::make_unique<Impl>(stream, where)), m_where(where) {
    init_libxml2();
    m_impl->reader =
        libxml2().xmlReaderForIO(&read_callback, &close_callback, m_impl.get(), nullptr, nullptr, parse_options);
    if (!m_impl->reader) m_impl->throw_failure();
    libxml2().xmlTextReaderSetStructuredErrorHandler(m_impl->reader, &error_callback, m_impl.get());
}

Reader::~Reader() = default;

bool Reader::advance() {
    const int status = libxml2().xmlTextReaderRead(m_impl->reader);
    if (status < 0 || m_impl->failure || m_impl->has_error) m_impl->throw_failure();
    if (status == 1) track_line();
    return status == 1;
}

// libxml2 2.9 keeps an element's line in 16 bits (65,535 at most); with XML_PARSE_BIG_LINES only
// text nodes keep the full number, as the line the text ends on. An element past that line
// starts where the text before it (usually the indentation) ended, so the line is carried along.
void Reader::track_line() {
    const xmlNodePtr node = libxml2().xmlTextReaderCurrentNode(m_impl->reader);
    if (!node) return;
    switch (node->type) {
        case XML_ELEMENT_NODE:
            if (libxml2().xmlTextReaderNodeType(m_impl->reader) == XML_READER_TYPE_ELEMENT && node->line > 0 &&
                node->line < 65535)
                m_line = node->line;
            break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (const long line = libxml2().xmlGetLineNo(node); line > 0) m_line = std::uint64_t(line);
            break;
        default:
            break;
    }
}

bool Reader::next() {
    if (m_pending_end) {
        m_pending_end = false;
        m_node = Node::end;
        return true;
    }
    while (advance()) {
        switch (libxml2().xmlTextReaderNodeType(m_impl->reader)) {
            case XML_READER_TYPE_ELEMENT:
                m_node = Node::start;
                m_depth = libxml2().xmlTextReaderDepth(m_impl->reader);
                m_pending_end = libxml2().xmlTextReaderIsEmptyElement(m_impl->reader) == 1;
                return true;
            case XML_READER_TYPE_END_ELEMENT:
                m_node = Node::end;
                m_depth = libxml2().xmlTextReaderDepth(m_impl->reader);
                return true;
            case XML_READER_TYPE_TEXT:
            case XML_READER_TYPE_CDATA:
                if (is_blank(text())) continue;
                m_node = Node::text;
                m_depth = libxml2().xmlTextReaderDepth(m_impl->reader);
                return true;
            case XML_READER_TYPE_DOCUMENT_TYPE:
            case XML_READER_TYPE_ENTITY_REFERENCE:
            case XML_READER_TYPE_ENTITY:
                // The prolog guard refuses these first; this catches encodings it cannot read.
                throw ParseError(location(), std::string(refused));
            default:
                continue;  // comments, processing instructions, white space between elements
        }
    }
    return false;
}

std::string_view Reader::name() const {
    const xmlChar* name = libxml2().xmlTextReaderConstLocalName(m_impl->reader);
    return name ? std::string_view(reinterpret_cast<const char*>(name)) : std::string_view();
}

std::optional<std::string> Reader::attribute(const char* name) const {
    if (m_node != Node::start) return std::nullopt;
    xmlChar* value = libxml2().xmlTextReaderGetAttribute(m_impl->reader, reinterpret_cast<const xmlChar*>(name));
    if (!value) return std::nullopt;
    std::string text(reinterpret_cast<const char*>(value));
    (*libxml2().xmlFree)(value);
    return text;
}

std::string_view Reader::text() const {
    const xmlChar* value = libxml2().xmlTextReaderConstValue(m_impl->reader);
    return value ? std::string_view(reinterpret_cast<const char*>(value)) : std::string_view();
}

std::string Reader::read_text() {
    if (m_node != Node::start) fail("an element start tag");
    std::string content;
    if (m_pending_end) {
        next();
        return content;
    }
    const int depth = m_depth;
    while (advance()) {
        switch (libxml2().xmlTextReaderNodeType(m_impl->reader)) {
            case XML_READER_TYPE_TEXT:
            case XML_READER_TYPE_CDATA:
            case XML_READER_TYPE_WHITESPACE:
            case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
                content += text();
                break;
            case XML_READER_TYPE_END_ELEMENT:
                if (libxml2().xmlTextReaderDepth(m_impl->reader) == depth) {
                    m_node = Node::end;
                    m_depth = depth;
                    return content;
                }
                break;
            case XML_READER_TYPE_ENTITY_REFERENCE:
                throw ParseError(location(), std::string(refused));
            default:
                break;
        }
    }
    fail("the end tag of the element");  // libxml2 reports an unclosed element first
}

void Reader::skip_element() {
    if (m_node != Node::start) fail("an element start tag");
    const int depth = m_depth;
    while (next())
        if (m_node == Node::end && m_depth == depth) return;
    fail("the end tag of the element");
}

Location Reader::location() const {
    Location at = m_where;
    at.line = m_line;
    return at;
}

void Reader::fail(const std::string& expected) const { throw ParseError(location(), expected); }

std::string clean_text(std::string_view text) {
    std::size_t first = 0, last = text.size();
    while (first < last && is_space(text[first])) ++first;
    while (last > first && is_space(text[last - 1])) --last;
    text = text.substr(first, last - first);
    if (std::none_of(text.begin(), text.end(), [](char c) { return c == '\t' || c == '\r' || c == '\n'; }))
        return std::string(text);  // the usual case: nothing to join
    first = 0;
    last = text.size();
    std::string out;
    out.reserve(last - first);
    for (std::size_t i = first; i < last;) {
        if (!is_space(text[i])) {
            out += text[i++];
            continue;
        }
        std::size_t run_end = i;
        bool line_break = false;
        for (; run_end < last && is_space(text[run_end]); ++run_end) line_break |= text[run_end] != ' ';
        if (line_break)
            out += ' ';
        else
            out.append(text, i, run_end - i);
        i = run_end;
    }
    return out;
}

}  // namespace codeset::xml
