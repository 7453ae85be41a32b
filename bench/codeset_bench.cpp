// The benchmark of issue goals, from one run on the real FY2026 ICD-10-CM release:
//   floor   `unzip -p` of the order file (the least any importer must spend)
//   import  `codeset import` of the zip, whole process        goal: within 3x the floor
//   diff    `codeset diff icd10cm FY2025 FY2026`, whole process  goal: within 1x the floor
//   memory  peak resident set of the import                   goal: within 64 MB
//   space   a store of every ICD-10-CM release here vs one    goal: within 2x
//   fhir    `codeset export icd10cm FY2026 --format fhir`       goal: within 2x the floor
//   sql     `codeset diff icd10cm FY2025 FY2026 --format sql`   goal: within 2x the floor
//   git     `codeset publish git` of FY2025 and FY2026 into a new repository (no goal: for the note)
//   html    `codeset diff icd10cm FY2016 FY2017 --format html`, both with their tabular XML (the largest pair)
//   xlsx    the same change set as an Excel workbook
//   validate `codeset validate` of 1,000,000 generated claim rows, against `wc -l` of the same file
// Figures are printed as ratios against the floor measured in the same run.
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
    if (std::system(command.c_str()) != 0) throw std::runtime_error("benchmark command failed: " + command);
}

// Times one shell command per iteration, excluding the set-up command.
void time_command(benchmark::State& state, const std::string& setup, const std::string& command) {
    for (auto _ : state) {
        // Untimed: the setup, then sync, so that no figure pays for the write-back of the
        // imports timed before it (on two cores the kernel's flusher takes one).
        run_or_fail(setup.empty() ? "sync" : setup + " && sync");
        const auto start = std::chrono::steady_clock::now();
        run_or_fail(command);
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
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
    {
        Store store(diff_db);
        import_file(store, fy2025);
        import_file(store, fy2026);
    }
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

    const fs::path claims = write_claims_file(diff_db, 1'000'000);
    const std::string wc = "wc -l " + shell_quote(claims.string()) + " > /dev/null";
    const std::string validate = shell_quote(codeset_binary) + " --db " + shell_quote(diff_db) + " validate icd10cm " +
                                 shell_quote(claims.string()) + " --date-column service_date --format csv > /dev/null || true";

    benchmark::RegisterBenchmark("floor/wc_l_claims", [&](benchmark::State& s) { time_command(s, "", wc); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
    benchmark::RegisterBenchmark("validate/claims_1m_process", [&](benchmark::State& s) { time_command(s, "", validate); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);
    benchmark::RegisterBenchmark("floor/unzip_p_order_file", [&](benchmark::State& s) { time_command(s, "", unzip); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
    benchmark::RegisterBenchmark("import/codeset_import_process", [&](benchmark::State& s) {
        time_command(s, "rm -f " + shell_quote(db), import);
    })->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
    benchmark::RegisterBenchmark("diff/codeset_diff_process", [&](benchmark::State& s) { time_command(s, "", diff); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
    benchmark::RegisterBenchmark("publish/export_fhir_process", [&](benchmark::State& s) { time_command(s, "", fhir); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
    benchmark::RegisterBenchmark("publish/diff_sql_process", [&](benchmark::State& s) { time_command(s, "", sql_delta); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
    benchmark::RegisterBenchmark("publish/publish_git_process", [&](benchmark::State& s) {
        time_command(s, "rm -rf " + shell_quote(repo), git);
    })->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
    benchmark::RegisterBenchmark("report/diff_html_process", [&](benchmark::State& s) { time_command(s, "", html); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
    benchmark::RegisterBenchmark("report/diff_xlsx_process", [&](benchmark::State& s) { time_command(s, "", xlsx); })
        ->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
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
    std::uint64_t one_release = 0;
    const std::uint64_t all_releases = space_of_all_releases(one_release);
    fs::remove_all(work);

    const double floor = reporter.milliseconds["floor/unzip_p_order_file"];
    const double import_ms = reporter.milliseconds["import/codeset_import_process"];
    const double diff_ms = reporter.milliseconds["diff/codeset_diff_process"];
    const double engine_ms = reporter.milliseconds["diff/diff_engine_in_process"];
    const double fhir_ms = reporter.milliseconds["publish/export_fhir_process"];
    const double sql_ms = reporter.milliseconds["publish/diff_sql_process"];
    const double git_ms = reporter.milliseconds["publish/publish_git_process"];
    const double peak_mb = double(import_figures.peak_rss_kib) / 1024.0;
    std::cout << "\ncodeset benchmark: FY2026 ICD-10-CM (" << fs::file_size(fy2026) << "-byte zip)\n";
    std::cout << fmt::format("  floor   unzip -p of the order file        {:8.1f} ms\n", floor);
    // One line per timed figure: its time and its ratio to the floor, with the goal where there is one.
    const auto ratio_line = [floor](std::string_view label, double ms, std::string_view goal) {
        std::cout << fmt::format("  {:<42}{:8.1f} ms  {:5.2f}x floor{}\n", label, ms, ms / floor,
                                 goal.empty() ? std::string() : " (goal <= " + std::string(goal) + ")");
    };
    ratio_line("import  codeset import, whole process", import_ms, "3x");
    ratio_line("diff    codeset diff FY2025 FY2026 (json)", diff_ms, "1x");
    ratio_line("        diff engine alone, in process", engine_ms, "");
    ratio_line("fhir    export FY2026 --format fhir", fhir_ms, "2x");
    ratio_line("sql     diff FY2025 FY2026 --format sql", sql_ms, "2x");
    ratio_line("git     publish git FY2025 + FY2026", git_ms, "");
    ratio_line("html    diff FY2016 FY2017 with XML (html)", reporter.milliseconds["report/diff_html_process"], "");
    ratio_line("xlsx    diff FY2016 FY2017 with XML (xlsx)", reporter.milliseconds["report/diff_xlsx_process"], "");
    const double wc_ms = reporter.milliseconds["floor/wc_l_claims"];
    const double validate_ms = reporter.milliseconds["validate/claims_1m_process"];
    std::cout << fmt::format("  validate 1,000,000 claim rows (csv)        {:8.1f} ms  {:5.2f}x wc -l ({:.1f} ms), {:.0f} rows/s"
                             " (goal <= 20x)\n",
                             validate_ms, validate_ms / wc_ms, wc_ms, 1e6 / (validate_ms / 1000.0));
    std::cout << fmt::format("  memory  peak RSS of the import            {:8.1f} MB  (goal <= 64 MB)\n", peak_mb);
    std::cout << fmt::format("  space   11 ICD-10-CM releases {:6.1f} MB, one {:5.1f} MB  {:5.2f}x (goal <= 2x)\n",
                             double(all_releases) / 1048576.0, double(one_release) / 1048576.0,
                             double(all_releases) / double(one_release));
    return 0;
}
