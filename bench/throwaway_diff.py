#!/usr/bin/env python3
"""The throwaway script an analyst writes instead of using codeset: read the two order files from
the downloaded zips with the standard zipfile module and set-diff the billable codes. The benchmark
times codeset's import + import + diff of the same two releases against it."""
import sys
import zipfile


def billable_codes(path):
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if "order" in n.lower() and "addenda" not in n.lower()
                    and n.lower().endswith(".txt"))
        with archive.open(name) as order:
            # Order file: code in columns 7-13, the billable flag in column 15.
            return {line[6:13].strip() for line in order if line[14:15] == b"1"}


before, after = billable_codes(sys.argv[1]), billable_codes(sys.argv[2])
print(f"added {len(after - before)}, deleted {len(before - after)}")
