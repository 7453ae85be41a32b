#include "store/pipelined_read.hpp"

#include "store/search_terms.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace codeset::detail {

namespace {

constexpr std::size_t codes_per_batch = 1024;
// Per queue: with two queues, as many batches wait as the two-stage pipeline let wait in its one.
constexpr std::size_t batches_in_flight = 4;
constexpr std::size_t index_terms_per_batch = 512;  // main terms: the largest holds ~2,000 subterms

// What the importer pushed (Code = CodeRecord, Term = IndexMainTerm) or the same prepared.
template <class Code, class Term> struct Batch {
    std::vector<Code> codes;
    std::vector<AddendumEntry> addenda;
    std::vector<ImportWarning> warnings;
    std::vector<SourceFile> files;
    std::vector<Division> divisions;
    std::vector<CompanionRecord> companions;
    std::vector<ConversionTable> conversion_tables;
    std::vector<IndexHeading> index_headings;
    std::vector<Term> index_terms;
    bool empty() const {
        return codes.empty() && addenda.empty() && warnings.empty() && files.empty() && divisions.empty() &&
               companions.empty() && conversion_tables.empty() && index_headings.empty() && index_terms.empty();
    }
};
using ReadBatch = Batch<CodeRecord, IndexMainTerm>;
using PreparedBatch = Batch<PreparedCode, PreparedIndexTerm>;

// Thrown on a producing thread when the stage after it failed: unwinds it without a message.
struct ConsumerFailed {};

template <class Item> class BatchQueue {
public:
    void push(Item&& batch) {
        std::unique_lock lock(m_mutex);
        m_not_full.wait(lock, [&] { return m_batches.size() < batches_in_flight || m_cancelled; });
        if (m_cancelled) throw ConsumerFailed{};
        m_batches.push_back(std::move(batch));
        m_not_empty.notify_one();
    }
    // The next batch, or nothing once the producer is done and the queue is empty.
    std::optional<Item> pop() {
        std::unique_lock lock(m_mutex);
        m_not_empty.wait(lock, [&] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty()) return std::nullopt;
        Item batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_not_full.notify_one();
        return batch;
    }
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_not_empty.notify_all();
    }
    void cancel() {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_not_full.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_not_empty;
    std::condition_variable m_not_full;
    std::deque<Item> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

class QueueSink final : public RecordSink {
public:
    explicit QueueSink(BatchQueue<ReadBatch>& queue) : m_queue(queue) { m_batch.codes.reserve(codes_per_batch); }
    void add_code(const CodeRecord& record) override {
        m_batch.codes.push_back(record);
        if (m_batch.codes.size() == codes_per_batch) flush();
    }
    void add_addendum(const AddendumEntry& entry) override { m_batch.addenda.push_back(entry); }
    void add_warning(const ImportWarning& warning) override { m_batch.warnings.push_back(warning); }
    void add_source_file(const SourceFile& file) override { m_batch.files.push_back(file); }
    void add_division(const Division& division) override { m_batch.divisions.push_back(division); }
    void add_companion(const CompanionRecord& companion) override { m_batch.companions.push_back(companion); }
    void add_conversion_table(const ConversionTable& table) override { m_batch.conversion_tables.push_back(table); }
    void add_index_heading(const IndexHeading& heading) override { m_batch.index_headings.push_back(heading); }
    void add_index_term(const IndexMainTerm& term) override {
        m_batch.index_terms.push_back(term);
        if (m_batch.index_terms.size() == index_terms_per_batch) flush();
    }
    void flush() {
        if (m_batch.empty()) return;
        m_queue.push(std::move(m_batch));
        m_batch = ReadBatch{};
        m_batch.codes.reserve(codes_per_batch);
    }

private:
    BatchQueue<ReadBatch>& m_queue;
    ReadBatch m_batch;
};

PreparedBatch prepare(ReadBatch&& batch, const CodeSystem& system, const std::vector<std::string>& searchable) {
    PreparedBatch prepared;
    prepared.codes.reserve(batch.codes.size());
    for (CodeRecord& record : batch.codes) prepared.codes.push_back(prepare_code(std::move(record), system, searchable));
    prepared.index_terms.reserve(batch.index_terms.size());
    for (const IndexMainTerm& term : batch.index_terms) prepared.index_terms.push_back(prepare_index_term(term));
    prepared.addenda = std::move(batch.addenda);
    prepared.warnings = std::move(batch.warnings);
    prepared.files = std::move(batch.files);
    prepared.divisions = std::move(batch.divisions);
    prepared.companions = std::move(batch.companions);
    prepared.conversion_tables = std::move(batch.conversion_tables);
    prepared.index_headings = std::move(batch.index_headings);
    return prepared;
}

void write_batch(PreparedBatch& batch, PreparedSink& writer) {
    for (PreparedCode& code : batch.codes) writer.add_prepared_code(std::move(code));
    for (const AddendumEntry& entry : batch.addenda) writer.add_addendum(entry);
    for (const ImportWarning& warning : batch.warnings) writer.add_warning(warning);
    for (const SourceFile& file : batch.files) writer.add_source_file(file);
    for (const Division& division : batch.divisions) writer.add_division(division);
    for (const CompanionRecord& companion : batch.companions) writer.add_companion(companion);
    for (const ConversionTable& table : batch.conversion_tables) writer.add_conversion_table(table);
    for (const IndexHeading& heading : batch.index_headings) writer.add_index_heading(heading);
    for (PreparedIndexTerm& term : batch.index_terms) writer.add_prepared_index_term(std::move(term));
}

}  // namespace

void read_pipelined(const std::function<void(RecordSink&)>& read, const CodeSystem& system, PreparedSink& writer) {
    BatchQueue<ReadBatch> read_batches;
    BatchQueue<PreparedBatch> prepared_batches;
    std::exception_ptr reader_error;
    std::exception_ptr preparer_error;
    std::thread reader([&] {
        try {
            QueueSink sink(read_batches);
            read(sink);
            sink.flush();
        } catch (const ConsumerFailed&) {
            // The later stage's own exception is the one reported.
        } catch (...) {
            reader_error = std::current_exception();
        }
        read_batches.close();
    });
    std::thread preparer([&] {
        try {
            const std::vector<std::string> searchable = searchable_attributes(system);
            while (std::optional<ReadBatch> batch = read_batches.pop())
                prepared_batches.push(prepare(std::move(*batch), system, searchable));
        } catch (const ConsumerFailed&) {
        } catch (...) {
            preparer_error = std::current_exception();
        }
        // Whatever ended it, the reader stops at its next push and the writer at the last batch.
        read_batches.cancel();
        prepared_batches.close();
    });
    const auto join = [&] {
        preparer.join();
        reader.join();
    };
    try {
        while (std::optional<PreparedBatch> batch = prepared_batches.pop()) write_batch(*batch, writer);
    } catch (...) {
        prepared_batches.cancel();
        join();
        throw;
    }
    join();
    // The reader's error first: a preparer stopped by a failed read reports nothing of its own.
    if (reader_error) std::rethrow_exception(reader_error);
    if (preparer_error) std::rethrow_exception(preparer_error);
}

}  // namespace codeset::detail
