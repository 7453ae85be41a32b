#include "cli_app.hpp"

#include <malloc.h>

#include <iostream>

int main(int argc, char** argv) {
    // Memory a command frees stays with it, to be used again: a command lives for seconds, and a
    // fresh page (a page fault) costs more than most of the work done on it. Large buffers (a
    // release's members, a walk's batches) otherwise go back to the kernel on every free.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    // codeset writes only through iostreams: unsynchronised, a report of a million rows is not a
    // stdio call per insertion.
    std::ios::sync_with_stdio(false);
    return codeset::cli::run(argc, argv, std::cout, std::cerr);
}
