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

constexpr std::size_t codes_per_batch = 4096;
constexpr std::size_t batches_in_flight = 8;
constexpr std::size_t index_terms_per_batch = 512;  // main terms: the largest holds ~2,000 subterms

struct Batch {
    std::vector<PreparedCode> codes;
    std::vector<AddendumEntry> addenda;
    std::vector<ImportWarning> warnings;
    std::vector<SourceFile> files;
    std::vector<Division> divisions;
    std::vector<CompanionRecord> companions;
    std::vector<ConversionTable> conversion_tables;
    std::vector<IndexHeading> index_headings;
    std::vector<PreparedIndexTerm> index_terms;
    bool empty() const {
        return codes.empty() && addenda.empty() && warnings.empty() && files.empty() && divisions.empty() &&
               companions.empty() && conversion_tables.empty() && index_headings.empty() && index_terms.empty();
    }
};

// Thrown on the reader thread when the writer failed: unwinds the importer without a message.
struct WriterFailed {};

class BatchQueue {
public:
    void push(Batch&& batch) {
        std::unique_lock lock(m_mutex);
        m_not_full.wait(lock, [&] { return m_batches.size() < batches_in_flight || m_cancelled; });
        if (m_cancelled) throw WriterFailed{};
        m_batches.push_back(std::move(batch));
        m_not_empty.notify_one();
    }
    // The next batch, or nothing once the reader is done and the queue is empty.
    std::optional<Batch> pop() {
        std::unique_lock lock(m_mutex);
        m_not_empty.wait(lock, [&] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty()) return std::nullopt;
        Batch batch = std::move(m_batches.front());
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
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

class QueueSink final : public RecordSink {
public:
    QueueSink(BatchQueue& queue, const CodeSystem& system)
        : m_queue(queue), m_system(system), m_searchable(searchable_attributes(system)) {
        m_batch.codes.reserve(codes_per_batch);
    }
    void add_code(const CodeRecord& record) override {
        m_batch.codes.push_back(prepare_code(record, m_system, m_searchable));
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
        m_batch.index_terms.push_back(prepare_index_term(term));
        if (m_batch.index_terms.size() == index_terms_per_batch) flush();
    }
    void flush() {
        if (m_batch.empty()) return;
        m_queue.push(std::move(m_batch));
        m_batch = Batch{};
        m_batch.codes.reserve(codes_per_batch);
    }

private:
    BatchQueue& m_queue;
    const CodeSystem& m_system;
    const std::vector<std::string> m_searchable;
    Batch m_batch;
};

void write_batch(Batch& batch, PreparedSink& writer) {
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
    BatchQueue queue;
    std::exception_ptr reader_error;
    std::thread reader([&] {
        try {
            QueueSink sink(queue, system);
            read(sink);
            sink.flush();
        } catch (const WriterFailed&) {
            // The writer's own exception is the one reported.
        } catch (...) {
            reader_error = std::current_exception();
        }
        queue.close();
    });
    try {
        while (std::optional<Batch> batch = queue.pop()) write_batch(*batch, writer);
    } catch (...) {
        queue.cancel();
        reader.join();
        throw;
    }
    reader.join();
    if (reader_error) std::rethrow_exception(reader_error);
}

}  // namespace codeset::detail
