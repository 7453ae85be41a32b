// codeset validate: every row of a CSV code list judged against the release in force on its date.
// Rows stream through: one is read, judged and written before the next, so memory stays flat.
// A row that cannot be read (bad quoting, a missing field, a bad date) is reported as unreadable
// with its line; a file whose header lacks the named columns is an error naming the file.
#include "commands.hpp"
#include "output_file.hpp"
#include "validate_output.hpp"

#include "codeset/core/error.hpp"
#include "codeset/query/csv_reader.hpp"
#include "codeset/query/validate.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>

namespace codeset::cli {

namespace {

bool same_name(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

std::size_t column(const CsvRecord& header, const std::string& name, const std::string& file) {
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string_view field = header.fields[i];
        while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
        while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
        if (same_name(field, name)) return i;
    }
    throw Error(ErrorCode::parse, file + " line " + std::to_string(header.line) + ": expected a column named " +
                                      name + " in the header row");
}

}  // namespace

int run_validate(const ValidateArguments& args, const Context& context) {
    const CodeSystem& system = require_code_system(args.system);
    if (!args.date_column.empty() && !args.at.empty())
        throw Error(ErrorCode::usage, "give --date-column or --at, not both");
    std::ifstream in(args.file, std::ios::binary);
    if (!in) throw Error(ErrorCode::io, args.file + ": cannot be opened for reading");
    const Store store = context.open_store(StoreAccess::read);
    CodeValidator validator(store, system);
    // Without a date column every row is judged in one release: --at, else the latest.
    std::optional<ReleaseRecord> fixed;
    if (args.date_column.empty() && args.at.empty()) {
        const std::vector<ReleaseRecord> releases = store.releases(system.name);
        if (releases.empty())
            throw Error(ErrorCode::not_found, "no " + std::string(system.name) + " release is stored: import one first");
        fixed = releases.back();
    } else if (args.date_column.empty()) {
        fixed = store.resolve_release(system.name, args.at);
    }

    CsvReader reader(in);
    const std::optional<CsvRecord> header = reader.next();
    if (!header) throw Error(ErrorCode::parse, args.file + ": expected a header row, the file is empty");
    if (!header->error.empty())
        throw Error(ErrorCode::parse, args.file + " line " + std::to_string(header->line) + ": " + header->error);
    const std::size_t code_at = column(*header, args.code_column, args.file);
    const bool dated = !args.date_column.empty();
    const std::size_t date_at = dated ? column(*header, args.date_column, args.file) : 0;

    OutputFile output(args.output, *context.out);
    const std::unique_ptr<ValidationWriter> writer = validation_writer(args.format, output.stream());
    CsvRecord record;  // reused: its fields keep their storage from row to row
    ValidatedRow row;
    const Validation unreadable{ValidationStatus::unreadable, {}, {}, {}, {}, 0};
    const std::size_t needed = std::max(code_at, date_at);
    while (reader.next(record)) {
        row.line = record.line;
        row.typed_code = {};
        row.date = fixed ? std::string_view(fixed->info.version) : std::string_view();
        row.detail = record.error;
        if (row.detail.empty() && record.fields.size() <= needed)
            row.detail = "expected " + std::to_string(needed + 1) + " fields, found " +
                         std::to_string(record.fields.size());
        if (row.detail.empty()) {
            row.typed_code = record.fields[code_at];
            if (dated) row.date = record.fields[date_at];
            if (row.typed_code.find_first_not_of(" \t") == std::string_view::npos) row.detail = "the code is empty";
        }
        std::optional<Date> day;
        if (row.detail.empty() && dated && !(day = Date::parse(row.date)))
            row.detail = "expected a date YYYY-MM-DD, found \"" + std::string(row.date) + "\"";
        if (!row.detail.empty()) {
            row.judged = &unreadable;
        } else {
            row.judged = day ? &validator.on(row.typed_code, *day) : &validator.in(row.typed_code, *fixed);
        }
        writer->write(row);
    }
    writer->finish();
    output.commit();
    return writer->all_valid() ? exit_ok : exit_changes;
}

void add_validate_command(CLI::App& app, Context& context, int& result) {
    auto args = std::make_shared<ValidateArguments>();
    CLI::App* command =
        app.add_subcommand("validate", "Judge every code of a CSV list against the release in force on its date");
    command->add_option("system", args->system, "Code system")->required()->type_name("SYSTEM");
    command->add_option("file", args->file, "CSV file with a header row")->required()->type_name("FILE");
    command->add_option("--code-column", args->code_column, "Header of the code column (default: code)")
        ->type_name("NAME");
    command->add_option("--date-column", args->date_column, "Header of the column of dates (YYYY-MM-DD)")
        ->type_name("NAME");
    command->add_option("--at", args->at, "Judge every row in one release: label or date (default: the latest)")
        ->type_name("VERSION|DATE");
    command->add_option("--format", args->format, "text, json or csv (default: text)")->type_name("FORMAT");
    command->add_option("-o,--output", args->output, "Write the report to FILE instead of standard output")
        ->type_name("FILE");
    command->footer(R"(Each row is valid, header (not billable: its billable codes are named), not_yet_valid
(with the first release that has it), no_longer_valid (with the release it is gone in and the
codes the replacement graph maps it to), unknown, no_release (no stored release covers the date)
or unreadable (a row the CSV reader, the date or the columns reject, with its line). Codes may
have dots and be of any case. Exit status: 0 when every row is valid, 1 when any is not.

Examples:
  codeset validate icd10cm claims.csv --date-column service_date
  codeset validate icd10cm problem-list.csv --code-column dx --at FY2026 --format json
  codeset validate icd10pcs procedures.csv --date-column date --format csv -o judged.csv)");
    command->callback([args, &context, &result] { result = run_validate(*args, context); });
}

}  // namespace codeset::cli
