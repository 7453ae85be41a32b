// Benchmark of the ICD-10-CM tabular XML parser, from one run on the real FY2016 and FY2017 files:
//   speed   `codeset_xml_bench --parse-only icd10cm_tabular_2017.xml` against
//           `xmllint --stream --noout` on the same file, both whole processes   goal: within 4x
//   memory  peak resident set of --parse-only on the FY2016 and FY2017 zips (members streamed,
//           never extracted) and on a synthetic file 8 times as large: it must stay flat
// The XML is extracted to a temporary folder for the speed test only, and removed afterwards.
//
// Driver modes (what the benchmark runs under /usr/bin/time):
//   codeset_xml_bench --parse-only FILE   stream the tabular list through a counting visitor
//   codeset_xml_bench --read FILE         build the whole TabularRelease in memory
// FILE is a zip or folder holding the tabular XML, or the XML itself.
#include "process_probe.hpp"

#include "icd10cm_xml/billable.hpp"
#include "icd10cm_xml/tabular.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace codeset;
using namespace codeset::importers;
using bench::shell_quote;

namespace {

constexpr int runs = 7;
constexpr double goal_ratio = 4.0;
constexpr int synthetic_copies = 8;

fs::path shared_data() {
    if (const char* env = std::getenv("CODESET_SHARED_DATA"); env && *env) return env;
    return CODESET_SHARED_DATA;
}

// Counts what streams by and keeps nothing: the memory figure is the parser's own.
class CountingVisitor : public icd10cm_xml::TabularVisitor {
public:
    void on_code(const icd10cm_xml::TabularCode& code) override {
        ++diags;
        billable += icd10cm_xml::billable_codes_of(code).size();
    }
    void on_chapter(const icd10cm_xml::Chapter&) override { ++chapters; }
    std::size_t diags = 0, billable = 0, chapters = 0;
};

MemberInfo tabular_member(const Source& source) {
    if (const auto member = icd10cm_xml::find_tabular_member(source)) return *member;
    if (source.members().size() == 1) return source.members().front();  // the XML itself, whatever its name
    throw std::runtime_error(source.path() + ": no tabular XML in it");
}

int parse_only(const fs::path& path) {
    auto source = Source::open(path);
    const MemberInfo member = tabular_member(*source);
    auto stream = source->open_member(member, "tabular");
    CountingVisitor visitor;
    icd10cm_xml::parse_tabular(*stream, source->locate(member), visitor);
    fmt::print("{}: {} chapters, {} diags, {} billable codes\n", member.name, visitor.chapters, visitor.diags,
               visitor.billable);
    return 0;
}

int read_whole(const fs::path& path) {
    auto source = Source::open(path);
    const auto release = icd10cm_xml::read_tabular(*source, tabular_member(*source));
    fmt::print("{}: {} diags kept in memory, {} billable codes\n", release.where.to_string(), release.codes.size(),
               icd10cm_xml::billable_codes(release).size());
    return 0;
}

// Streams a member to a file, as `unzip -p` would.
void extract(const fs::path& zip, const fs::path& out) {
    auto source = Source::open(zip);
    auto stream = source->open_member(tabular_member(*source), "bench");
    std::ofstream file(out, std::ios::binary);
    std::vector<char> buffer(1 << 16);
    while (const std::size_t got = stream->read(buffer.data(), buffer.size())) file.write(buffer.data(), std::streamsize(got));
}

// The FY2017 chapters repeated `copies` times inside one root: same structure, `copies` times the size.
void make_synthetic(const fs::path& xml, const fs::path& out, int copies) {
    std::ifstream in(xml, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto first = text.find("<chapter>");
    const auto last = text.rfind("</chapter>") + std::string_view("</chapter>").size();
    std::ofstream file(out, std::ios::binary);
    file << text.substr(0, first);
    for (int i = 0; i < copies; ++i) file << text.substr(first, last - first) << "\n  ";
    file << text.substr(last);
}

double seconds_of(const std::string& command) {
    const auto start = std::chrono::steady_clock::now();
    if (bench::run_shell(command + " > /dev/null") != 0) throw std::runtime_error("failed: " + command);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int benchmark(const std::string& self) {
    const fs::path cm = shared_data() / "icd10cm";
    const fs::path fy2016 = cm / "ICD10CM_FY2016_ Full_ XML.ZIP";
    const fs::path fy2017 = cm / "ICD10CM_FY2017_Full_XML.zip";
    if (!fs::exists(fy2016) || !fs::exists(fy2017)) {
        std::cerr << "real releases not found under " << cm << " (set CODESET_SHARED_DATA)\n";
        return 2;
    }
    const fs::path work = fs::temp_directory_path() / ("codeset-xml-bench-" + std::to_string(::getpid()));
    fs::create_directories(work);
    const fs::path xml2017 = work / "icd10cm_tabular_2017.xml";
    const fs::path synthetic = work / "icd10cm_tabular_2017_x8.xml";
    extract(fy2017, xml2017);
    make_synthetic(xml2017, synthetic, synthetic_copies);

    // Speed: whole processes, alternated so both see the same machine state.
    const std::string ours = shell_quote(self) + " --parse-only " + shell_quote(xml2017.string());
    const std::string xmllint = "xmllint --stream --noout " + shell_quote(xml2017.string());
    seconds_of(ours);
    seconds_of(xmllint);  // warm the page cache
    std::vector<double> our_times, xmllint_times;
    for (int i = 0; i < runs; ++i) {
        our_times.push_back(seconds_of(ours));
        xmllint_times.push_back(seconds_of(xmllint));
    }
    const double ours_s = median(our_times), xmllint_s = median(xmllint_times);
    const double ratio = ours_s / xmllint_s;
    fmt::print("icd10cm_tabular_2017.xml ({:.1f} MB), median of {} runs, whole processes:\n",
               double(fs::file_size(xml2017)) / 1e6, runs);
    fmt::print("  xmllint --stream --noout   {:7.1f} ms\n", xmllint_s * 1e3);
    fmt::print("  codeset_xml_bench --parse-only {:7.1f} ms   ratio {:.2f}x (goal within {:.0f}x)\n", ours_s * 1e3,
               ratio, goal_ratio);

    // Memory: peak RSS of the streaming driver; the in-memory release for comparison.
    struct Probe {
        std::string label;
        std::string command;
    };
    const std::vector<Probe> probes = {
        {"FY2016 zip (Tabular.xml, 8.7 MB, streamed)", shell_quote(self) + " --parse-only " + shell_quote(fy2016.string())},
        {"FY2017 zip (icd10cm_tabular_2017.xml, 9.0 MB, streamed)", shell_quote(self) + " --parse-only " + shell_quote(fy2017.string())},
        {fmt::format("FY2017 x{} synthetic ({:.0f} MB)", synthetic_copies, double(fs::file_size(synthetic)) / 1e6),
         shell_quote(self) + " --parse-only " + shell_quote(synthetic.string())},
        {"xmllint --stream on FY2017 XML", xmllint},
        {"FY2017 zip, whole TabularRelease kept (--read)", shell_quote(self) + " --read " + shell_quote(fy2017.string())},
    };
    fmt::print("peak resident set (/usr/bin/time -v):\n");
    std::vector<long> rss;
    for (const Probe& probe : probes) {
        const auto figures = bench::probe(probe.command + " > /dev/null");
        rss.push_back(figures.peak_rss_kib);
        fmt::print("  {:58} {:7.1f} MB\n", probe.label, double(figures.peak_rss_kib) / 1024);
    }
    const bool flat = rss[2] < rss[1] * 5 / 4 && rss[0] < rss[1] * 5 / 4 && rss[1] < rss[0] * 5 / 4;
    fmt::print("memory flat across file sizes: {}\n", flat ? "yes" : "NO");
    fs::remove_all(work);
    return ratio <= goal_ratio && flat ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::vector<std::string> args(argv + 1, argv + argc);
        if (args.size() == 2 && args[0] == "--parse-only") return parse_only(args[1]);
        if (args.size() == 2 && args[0] == "--read") return read_whole(args[1]);
        if (args.empty()) return benchmark(fs::canonical("/proc/self/exe").string());
        std::cerr << "usage: codeset_xml_bench [--parse-only FILE | --read FILE]\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "codeset_xml_bench: " << error.what() << "\n";
        return 1;
    }
}
