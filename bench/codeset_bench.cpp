// The benchmark of issue goals, from one run on the real FY2026 ICD-10-CM release:
//   floor   `unzip -p` of the order file (the least any importer must spend)
//   import  `codeset import` of the zip, whole process, into an empty store and into one holding
//           FY2025                                               goal: within 2x the floor
//           FY2017 with its XML zip in one command (goal 3x unzip of both + xmllint --stream of the
//           tabular list; 4x with xmllint of all five XML files), that XML added to the stored
//           FY2017 (goal 2x), import + import + diff against bench/throwaway_diff.py (goal 0.7x)
//   diff    `codeset diff icd10cm FY2025 FY2026`, whole process  goal: within 1x the floor
//   memory  peak resident set of the imports                  goal: within 64 MB
//   space   a store of every ICD-10-CM release here vs one    goal: within 2x
//   fhir    `codeset export icd10cm FY2026 --format fhir`       goal: within 2x the floor
//   sql     `codeset diff icd10cm FY2025 FY2026 --format sql`   goal: within 2x the floor
//   git     `codeset publish git` of FY2025 and FY2026 into a new repository (no goal: for the note)
//   html    `codeset diff icd10cm FY2016 FY2017 --format html`, both with their tabular XML (the largest pair)
//   xlsx    the same change set as an Excel workbook
//   validate `codeset validate` of 1,000,000 generated claim rows, against `wc -l` of the same file
//   lookup  `codeset lookup icd10cm heart attack` in the FY2016/FY2017 store with both XML releases
//           (goal: within 20 ms), against `codeset --version` (the start of the process)
// Figures are printed as ratios against the floor timed beside each command in the same run.
#include "process_probe.hpp"
#include "codeset/import/describe_release.hpp"

#include "codeset/core/importer.hpp"
#include "codeset/core/source.hpp"
#include "codeset/diff/diff.hpp"
#include "codeset/store/store.hpp"

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace codeset;
using bench::shell_quote;

namespace {

const fs::path data = [] {
    if (const char* env = std::getenv("CODESET_SHARED_DATA"); env && *env) return fs::path(env);
    return fs::path(CODESET_SHARED_DATA);
}();
const fs::path cm = data / "icd10cm";
const fs::path fy2026 = cm / "icd10cm-Code Descriptions-2026.zip";
const fs::path fy2025 = cm / "ICD10-CM Code Descriptions 2025.zip";
const fs::path work = fs::temp_directory_path() / ("codeset-bench-" + std::to_string(::getpid()));
const std::string codeset_binary = CODESET_BINARY;

void run_or_fail(const std::string& command) {
    if (bench::run_shell(command) != 0) throw std::runtime_error("benchmark command failed: " + command);
}

double milliseconds_of(const std::string& command) {
    const auto start = std::chrono::steady_clock::now();
    run_or_fail(command);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The floors timed beside each command, by benchmark name: their means, in milliseconds.
std::map<std::string, std::vector<double>> paired_floor;

// Times one shell command per iteration, excluding the set-up command. Each iteration first times
// each of `floors` (untimed for the benchmark library): a ratio to a floor run beside the command
// cancels the drift of a shared machine's speed over a run of minutes, which a floor timed once,
// at the start, does not.
void time_command(benchmark::State& state, const std::string& name, const std::string& setup,
                  const std::string& command, const std::vector<std::string>& floors) {
    std::vector<double> totals(floors.size(), 0.0);
    int runs = 0;
    for (auto _ : state) {
        // Untimed: the setup, then sync, so that no figure pays for the write-back of the
        // imports timed before it (on two cores the kernel's flusher takes one).
        run_or_fail(setup.empty() ? "sync" : setup + " && sync");
        for (std::size_t i = 0; i < floors.size(); ++i) totals[i] += milliseconds_of(floors[i]);
        ++runs;
        state.SetIterationTime(milliseconds_of(command) / 1000.0);
    }
    if (runs == 0) return;
    for (double& total : totals) total /= runs;
    paired_floor[name] = totals;
}

// Registers a whole-process benchmark of `command` beside its floors.
void register_process(const std::string& name, const std::string& setup, const std::string& command,
                      const std::vector<std::string>& floors, int iterations) {
    benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
        time_command(state, name, setup, command, floors);
    })->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(iterations);
}

ReleaseRecord import_file(Store& store, const fs::path& path, std::optional<std::string> version = {}) {
    auto source = Source::open(path);
    const Importer& importer = choose_importer(*source);
    ReleaseOverrides overrides;
    overrides.version = std::move(version);
    const ReleaseInfo info = describe_release(importer, *source, overrides);
    return store.import_release(info, [&](RecordSink& sink) { importer.read(*source, sink, ReadOptions{}); }).release;
}

// Captures the mean real time of each benchmark, in milliseconds.
class CapturingReporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> milliseconds;
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs)
            if (run.run_type == Run::RT_Iteration) milliseconds[run.run_name.function_name] = run.GetAdjustedRealTime();
        ConsoleReporter::ReportRuns(runs);
    }
};

// A claims extract of `rows` rows: real FY2025 and FY2026 codes (billable or not, as they come)
// with service dates from 2024-10-01 to 2026-09-30, for `codeset validate`.
fs::path write_claims_file(const std::string& db, std::size_t rows) {
    std::vector<std::string> codes;
    {
        const Store store(db);
        for (const char* version : {"FY2025", "FY2026"})
            for (const CodeRecord& record : store.codes(store.resolve_release("icd10cm", version)))
                codes.push_back(record.code);
    }
    const fs::path file = work / "claims.csv";
    std::ofstream out(file);
    out << "claim_id,code,service_date\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const std::size_t month = 9 + i % 24;  // months since January 2024: October 2024 to September 2026
        out << i << ',' << codes[(i * 7919) % codes.size()] << ','
            << fmt::format("{}-{:02}-{:02}", 2024 + month / 12, month % 12 + 1, 1 + (i / 24) % 28) << '\n';
    }
    return file;
}

std::uint64_t space_of_all_releases(std::uint64_t& one_release) {
    const std::vector<std::pair<std::string, std::optional<std::string>>> releases = {
        {"cms_2016_dx.zip", {}}, {"cms_2017_dx.zip", {}}, {"cms_2018_dx.zip", {}},
        {"icd10cm-codes-order-Jan-2021.zip", {}}, {"Code Descriptions zip.zip", {}},
        {"cms_2022_dx.zip", "FY2022-04"}, {"icd10-Order-CodeFiles2023.zip", {}}, {"cms_2023_dx.zip", "FY2023-04"},
        {"icd10cm-CodesDescriptions-2024.zip", {}}, {"ICD10-CM Code Descriptions 2025.zip", {}},
        {"icd10cm-Code Descriptions-2026.zip", {}}};
    {
        Store one(work / "one.db");
        import_file(one, fy2026);
        one_release = one.file_size();
    }
    Store all(work / "all.db");
    for (const auto& [file, version] : releases) import_file(all, cm / file, version);
    return all.file_size();
}

}  // namespace

int main(int argc, char** argv) {
    if (!fs::exists(fy2026) || !fs::exists(fy2025)) {
        std::cout << "codeset_bench: real releases not found under " << data
                  << " (set CODESET_SHARED_DATA): skipping the benchmark\n";
        return 0;
    }
    fs::create_directories(work);
    const std::string db = (work / "import.db").string();
    const std::string diff_db = (work / "diff.db").string();
    const auto codeset_at = [](const std::string& store) { return shell_quote(codeset_binary) + " --db " + shell_quote(store); };
    // Set up with the binary, as a user would: the benchmark process itself stays small.
    const std::string fy2025_db = (work / "fy2025.db").string();
    run_or_fail(codeset_at(fy2025_db) + " import " + shell_quote(fy2025.string()) + " > /dev/null");
    run_or_fail("cp " + shell_quote(fy2025_db) + " " + shell_quote(diff_db) + " && " + codeset_at(diff_db) + " import " +
                shell_quote(fy2026.string()) + " > /dev/null");
    const std::string unzip = "unzip -p " + shell_quote(fy2026.string()) + " icd10cm-order-2026.txt > /dev/null";
    const std::string import = shell_quote(codeset_binary) + " --db " + shell_quote(db) + " import " +
                               shell_quote(fy2026.string()) + " > /dev/null";
    const std::string diff = shell_quote(codeset_binary) + " --db " + shell_quote(diff_db) +
                             " diff icd10cm FY2025 FY2026 --format json > /dev/null";
    const std::string fhir = shell_quote(codeset_binary) + " --db " + shell_quote(diff_db) +
                             " export icd10cm FY2026 --format fhir > /dev/null";
    const std::string sql_delta = shell_quote(codeset_binary) + " --db " + shell_quote(diff_db) +
                                  " diff icd10cm FY2025 FY2026 --format sql > /dev/null";
    const std::string repo = (work / "history.git").string();
    const std::string git = shell_quote(codeset_binary) + " --db " + shell_quote(diff_db) + " publish git icd10cm " +
                            shell_quote(repo) + " --init > /dev/null";

    // The largest pair: FY2016 -> FY2017 with both tabular XML files, for the reports for people.
    const std::string tabular_db = (work / "tabular.db").string();
    run_or_fail(shell_quote(codeset_binary) + " --db " + shell_quote(tabular_db) + " import " +
                shell_quote((cm / "cms_2016_dx.zip").string()) + " " + shell_quote((cm / "ICD10CM_FY2016_ Full_ XML.ZIP").string()) +
                " " + shell_quote((cm / "cms_2017_dx.zip").string()) + " " +
                shell_quote((cm / "ICD10CM_FY2017_Full_XML.zip").string()) + " > /dev/null");
    const std::string html = shell_quote(codeset_binary) + " --db " + shell_quote(tabular_db) +
                             " diff icd10cm FY2016 FY2017 --format html > /dev/null";
    const std::string xlsx = shell_quote(codeset_binary) + " --db " + shell_quote(tabular_db) +
                             " diff icd10cm FY2016 FY2017 --format xlsx > /dev/null";
    // A coder's lookup in the Alphabetic Index of that store; its floor is the start of the
    // binary itself (`codeset --version`), the part of the time no lookup can save.
    const std::string lookup = codeset_at(tabular_db) + " lookup icd10cm heart attack > /dev/null";
    const std::string process_start = shell_quote(codeset_binary) + " --version > /dev/null";

    // Import into a store that holds FY2025 (the yearly case), of FY2017 with its XML zip (the
    // tabular list and the four index files) in one command, and of that XML added to the stored
    // FY2017; the XML's floor is unzip of both zips with xmllint --stream of the tabular list
    // (and, second, of all five XML files).
    const std::string yearly_db = (work / "yearly.db").string();
    const std::string yearly = codeset_at(yearly_db) + " import " + shell_quote(fy2026.string()) + " > /dev/null";
    const fs::path order_2017 = cm / "cms_2017_dx.zip";
    const fs::path xml_2017 = cm / "ICD10CM_FY2017_Full_XML.zip";
    const std::string xml_db = (work / "xml.db").string();
    const std::string with_xml =
        codeset_at(xml_db) + " import " + shell_quote(order_2017.string()) + " " + shell_quote(xml_2017.string()) + " > /dev/null";
    const std::string order_2017_db = (work / "order2017.db").string();
    run_or_fail(codeset_at(order_2017_db) + " import " + shell_quote(order_2017.string()) + " > /dev/null");
    const std::string add_xml = codeset_at(xml_db) + " import " + shell_quote(xml_2017.string()) + " > /dev/null";
    const auto xmllint_of = [&](const std::string& member) {
        return "unzip -p " + shell_quote(xml_2017.string()) + " " + member + " | xmllint --stream --noout - ";
    };
    const std::string unzip_both = "unzip -p " + shell_quote(order_2017.string()) + " > /dev/null && unzip -p " +
                                   shell_quote(xml_2017.string()) + " > /dev/null";
    const std::string xml_floor = unzip_both + " && " + xmllint_of("icd10cm_tabular_2017.xml");
    std::string five_xml_floor = "unzip -p " + shell_quote(order_2017.string()) + " icd10cm_order_2017.txt > /dev/null";
    for (const char* member : {"icd10cm_tabular_2017.xml", "icd10cm_index_2017.xml", "icd10cm_eindex_2017.xml",
                               "icd10cm_neoplasm_2017.xml", "icd10cm_drug_2017.xml"})
        five_xml_floor += " && " + xmllint_of(member);
    const std::string add_xml_floor = "unzip -p " + shell_quote(xml_2017.string()) + " > /dev/null && " +
                                      xmllint_of("icd10cm_tabular_2017.xml");
    // The throwaway script of bench/throwaway_diff.py against codeset's import + import + diff.
    const std::string pair_db = (work / "pair.db").string();
    const std::string throwaway = "python3 " + shell_quote(std::string(CODESET_BENCH_DIR) + "/throwaway_diff.py") + " " +
                                  shell_quote(fy2025.string()) + " " + shell_quote(fy2026.string()) + " > /dev/null";
    const std::string import_import_diff = codeset_at(pair_db) + " import " + shell_quote(fy2025.string()) + " > /dev/null && " +
                                           codeset_at(pair_db) + " import " + shell_quote(fy2026.string()) + " > /dev/null && " +
                                           codeset_at(pair_db) + " diff icd10cm FY2025 FY2026 > /dev/null";

    const fs::path claims = write_claims_file(diff_db, 1'000'000);
    const std::string wc = "wc -l " + shell_quote(claims.string()) + " > /dev/null";
    const std::string validate = shell_quote(codeset_binary) + " --db " + shell_quote(diff_db) + " validate icd10cm " +
                                 shell_quote(claims.string()) + " --date-column service_date --format csv > /dev/null || true";

    register_process("floor/unzip_p_order_file", "", unzip, {unzip}, 10);
    register_process("validate/claims_1m_process", "", validate, {wc}, 2);
    register_process("import/codeset_import_process", "rm -f " + shell_quote(db), import, {unzip}, 10);
    register_process("import/into_store_with_fy2025", "cp " + shell_quote(fy2025_db) + " " + shell_quote(yearly_db), yearly,
                     {unzip}, 5);
    register_process("import/fy2017_with_xml", "rm -f " + shell_quote(xml_db), with_xml, {xml_floor, five_xml_floor}, 3);
    register_process("import/xml_added_to_stored", "cp " + shell_quote(order_2017_db) + " " + shell_quote(xml_db), add_xml,
                     {add_xml_floor}, 3);
    register_process("import/import_import_diff", "rm -f " + shell_quote(pair_db), import_import_diff, {throwaway}, 3);
    register_process("diff/codeset_diff_process", "", diff, {unzip}, 10);
    register_process("publish/export_fhir_process", "", fhir, {unzip}, 5);
    register_process("publish/diff_sql_process", "", sql_delta, {unzip}, 5);
    register_process("publish/publish_git_process", "rm -rf " + shell_quote(repo), git, {unzip}, 3);
    register_process("report/diff_html_process", "", html, {unzip}, 3);
    register_process("report/diff_xlsx_process", "", xlsx, {unzip}, 3);
    register_process("lookup/heart_attack_process", "", lookup, {process_start}, 20);
    benchmark::RegisterBenchmark("diff/diff_engine_in_process", [&](benchmark::State& s) {
        const Store store(diff_db);
        const ReleaseRecord from = store.resolve_release("icd10cm", "FY2025");
        const ReleaseRecord to = store.resolve_release("icd10cm", "FY2026");
        for (auto _ : s) benchmark::DoNotOptimize(diff_releases(store, from, to));
    })->Unit(benchmark::kMillisecond)->Iterations(20);

    benchmark::Initialize(&argc, argv);
    CapturingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    fs::remove(db);
    const bench::ProcessFigures import_figures = bench::probe(import);
    fs::copy_file(fy2025_db, yearly_db, fs::copy_options::overwrite_existing);
    const bench::ProcessFigures yearly_figures = bench::probe(yearly);
    fs::remove(xml_db);
    const bench::ProcessFigures with_xml_figures = bench::probe(with_xml);
    fs::copy_file(order_2017_db, xml_db, fs::copy_options::overwrite_existing);
    const bench::ProcessFigures add_xml_figures = bench::probe(add_xml);
    std::uint64_t one_release = 0;
    const std::uint64_t all_releases = space_of_all_releases(one_release);
    fs::remove_all(work);

    const double floor = reporter.milliseconds["floor/unzip_p_order_file"];
    std::cout << "\ncodeset benchmark: FY2026 ICD-10-CM (" << fs::file_size(fy2026) << "-byte zip)\n";
    std::cout << fmt::format("  floor   unzip -p of the order file        {:8.1f} ms  (each ratio: to the floor timed beside it)\n",
                             floor);
    // One line per timed figure: its time and its ratio to the floor timed beside it (or, for
    // a figure without one, the floor above), with the goal where there is one.
    const auto ratio_line = [&](std::string_view label, const std::string& name, std::string_view goal,
                                std::size_t which = 0) {
        const double ms = reporter.milliseconds[name];
        const double beside = paired_floor.count(name) ? paired_floor[name].at(which) : floor;
        std::cout << fmt::format("  {:<42}{:8.1f} ms  {:5.2f}x floor ({:.1f} ms){}\n", label, ms, ms / beside, beside,
                                 goal.empty() ? std::string() : " (goal <= " + std::string(goal) + ")");
    };
    ratio_line("import  codeset import, whole process", "import/codeset_import_process", "2x");
    ratio_line("        into a store holding FY2025", "import/into_store_with_fy2025", "2x");
    ratio_line("        FY2017 + XML zip (floor: tabular)", "import/fy2017_with_xml", "3x", 0);
    ratio_line("        FY2017 + XML zip (floor: five XML)", "import/fy2017_with_xml", "4x", 1);
    ratio_line("        XML added to stored FY2017", "import/xml_added_to_stored", "2x");
    ratio_line("        import+import+diff vs a Python script", "import/import_import_diff", "0.7x");
    ratio_line("diff    codeset diff FY2025 FY2026 (json)", "diff/codeset_diff_process", "1x");
    ratio_line("        diff engine alone, in process", "diff/diff_engine_in_process", "");
    ratio_line("fhir    export FY2026 --format fhir", "publish/export_fhir_process", "2x");
    ratio_line("sql     diff FY2025 FY2026 --format sql", "publish/diff_sql_process", "2x");
    ratio_line("git     publish git FY2025 + FY2026", "publish/publish_git_process", "");
    ratio_line("html    diff FY2016 FY2017 with XML (html)", "report/diff_html_process", "");
    ratio_line("xlsx    diff FY2016 FY2017 with XML (xlsx)", "report/diff_xlsx_process", "");
    const std::string validate_name = "validate/claims_1m_process";
    const double wc_ms = paired_floor[validate_name].at(0);
    const double validate_ms = reporter.milliseconds[validate_name];
    std::cout << fmt::format("  validate 1,000,000 claim rows (csv)        {:8.1f} ms  {:5.2f}x wc -l ({:.1f} ms), {:.0f} rows/s"
                             " (goal <= 20x)\n",
                             validate_ms, validate_ms / wc_ms, wc_ms, 1e6 / (validate_ms / 1000.0));
    if (paired_floor.count("lookup/heart_attack_process")) {
        const double lookup_ms = reporter.milliseconds["lookup/heart_attack_process"];
        const double start_ms = paired_floor["lookup/heart_attack_process"].at(0);
        std::cout << fmt::format("  lookup  heart attack, FY2016+FY2017 XML   {:8.1f} ms  {:5.2f}x codeset --version ({:.1f} ms)"
                                 " (goal <= 20 ms)\n",
                                 lookup_ms, lookup_ms / start_ms, start_ms);
    }
    const auto memory_line = [](std::string_view label, const bench::ProcessFigures& figures) {
        std::cout << fmt::format("  {:<42}{:8.1f} MB  (goal <= 64 MB)\n", label, double(figures.peak_rss_kib) / 1024.0);
    };
    memory_line("memory  peak RSS of the import", import_figures);
    memory_line("        into a store holding FY2025", yearly_figures);
    memory_line("        FY2017 + XML zip", with_xml_figures);
    memory_line("        XML added to stored FY2017", add_xml_figures);
    std::cout << fmt::format("  space   11 ICD-10-CM releases {:6.1f} MB, one {:5.1f} MB  {:5.2f}x (goal <= 2x)\n",
                             double(all_releases) / 1048576.0, double(one_release) / 1048576.0,
                             double(all_releases) / double(one_release));
    return 0;
}
