// A disk that fills up, for SQLite: a VFS wrapping the default "unix" VFS whose xWrite and
// xTruncate fail with SQLITE_FULL when the main database, its rollback journal or its WAL would
// grow by more than the bytes the disk has left. Registered as the default VFS, it is what every
// connection the code under test opens uses, without a change to that code.
//
//     FullDiskVfs disk;            // registered as the default while it lives
//     disk.set_free(bytes);        // what the files may still grow by, together (none: nullopt)
//     ... open the store, import: SQLITE_FULL ...
//     disk.refusals()              // writes refused so far
//     disk.grown()                 // bytes the files grew by (a run without a limit: what it needs)
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace codeset::test {

class FullDiskVfs {
public:
    FullDiskVfs() {
        s_self = this;
        m_real = sqlite3_vfs_find("unix");
        if (!m_real) throw std::runtime_error("no unix VFS");
        m_vfs = *m_real;
        m_vfs.zName = "codeset-full-disk";
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + m_real->szOsFile;
        m_vfs.pAppData = this;
        m_vfs.xOpen = &open;
        if (sqlite3_vfs_register(&m_vfs, 1) != SQLITE_OK) throw std::runtime_error("cannot register the VFS");
    }
    ~FullDiskVfs() {
        sqlite3_vfs_unregister(&m_vfs);
        sqlite3_vfs_register(m_real, 1);
        s_self = nullptr;
    }
    FullDiskVfs(const FullDiskVfs&) = delete;
    FullDiskVfs& operator=(const FullDiskVfs&) = delete;

    void set_free(std::optional<std::int64_t> bytes) { m_free = bytes ? *bytes : -1; }
    std::int64_t refusals() const { return m_refusals; }
    std::int64_t grown() const { return m_grown; }

private:
    struct File {
        sqlite3_file base;
        sqlite3_file* real;  // placed right after this struct
        bool limited;        // main database, journal or WAL
    };

    static sqlite3_file* real(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }

    // Whether growing the file to `size` bytes needs more than the disk has left; counts the growth.
    static bool too_big(sqlite3_file* file, sqlite3_int64 size) {
        FullDiskVfs& vfs = *s_self;
        if (!reinterpret_cast<File*>(file)->limited) return false;
        sqlite3_int64 current = 0;
        if (real(file)->pMethods->xFileSize(real(file), &current) != SQLITE_OK || size <= current) return false;
        const std::int64_t more = size - current;
        if (vfs.m_free >= 0 && vfs.m_grown + more > vfs.m_free) {
            ++vfs.m_refusals;
            return true;
        }
        vfs.m_grown += more;
        return false;
    }

    static int close(sqlite3_file* file) { return real(file)->pMethods->xClose(real(file)); }
    static int read(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
        return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
    }
    static int write(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
        if (too_big(file, offset + amount)) return SQLITE_FULL;
        return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    }
    static int truncate(sqlite3_file* file, sqlite3_int64 size) {
        if (too_big(file, size)) return SQLITE_FULL;
        return real(file)->pMethods->xTruncate(real(file), size);
    }
    static int sync(sqlite3_file* file, int flags) { return real(file)->pMethods->xSync(real(file), flags); }
    static int file_size(sqlite3_file* file, sqlite3_int64* size) {
        return real(file)->pMethods->xFileSize(real(file), size);
    }
    static int lock(sqlite3_file* file, int level) { return real(file)->pMethods->xLock(real(file), level); }
    static int unlock(sqlite3_file* file, int level) { return real(file)->pMethods->xUnlock(real(file), level); }
    static int check_reserved(sqlite3_file* file, int* out) {
        return real(file)->pMethods->xCheckReservedLock(real(file), out);
    }
    static int file_control(sqlite3_file* file, int op, void* arg) {
        return real(file)->pMethods->xFileControl(real(file), op, arg);
    }
    static int sector_size(sqlite3_file* file) { return real(file)->pMethods->xSectorSize(real(file)); }
    static int device_characteristics(sqlite3_file* file) {
        return real(file)->pMethods->xDeviceCharacteristics(real(file));
    }
    static int shm_map(sqlite3_file* file, int page, int size, int extend, void volatile** out) {
        return real(file)->pMethods->xShmMap(real(file), page, size, extend, out);
    }
    static int shm_lock(sqlite3_file* file, int offset, int n, int flags) {
        return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
    }
    static void shm_barrier(sqlite3_file* file) { real(file)->pMethods->xShmBarrier(real(file)); }
    static int shm_unmap(sqlite3_file* file, int remove) { return real(file)->pMethods->xShmUnmap(real(file), remove); }
    static int fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
        return real(file)->pMethods->xFetch(real(file), offset, amount, out);
    }
    static int unfetch(sqlite3_file* file, sqlite3_int64 offset, void* page) {
        return real(file)->pMethods->xUnfetch(real(file), offset, page);
    }

    static const sqlite3_io_methods* methods() {
        static const sqlite3_io_methods io = {3,         &close,        &read,           &write,
                                              &truncate, &sync,         &file_size,      &lock,
                                              &unlock,   &check_reserved, &file_control, &sector_size,
                                              &device_characteristics, &shm_map, &shm_lock, &shm_barrier,
                                              &shm_unmap, &fetch, &unfetch};
        return &io;
    }

    static int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* out_flags) {
        auto& self = *static_cast<FullDiskVfs*>(vfs->pAppData);
        auto* wrapped = reinterpret_cast<File*>(file);
        std::memset(wrapped, 0, sizeof(File));
        wrapped->real = reinterpret_cast<sqlite3_file*>(wrapped + 1);
        wrapped->limited =
            (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL)) != 0;
        const int rc = self.m_real->xOpen(self.m_real, name, wrapped->real, flags, out_flags);
        // The real file's methods say whether there is anything to close.
        wrapped->base.pMethods = wrapped->real->pMethods ? methods() : nullptr;
        return rc;
    }

    static inline FullDiskVfs* s_self = nullptr;
    sqlite3_vfs* m_real = nullptr;
    sqlite3_vfs m_vfs{};
    std::atomic<std::int64_t> m_free{-1};
    std::atomic<std::int64_t> m_grown{0};
    std::atomic<std::int64_t> m_refusals{0};
};

}  // namespace codeset::test
