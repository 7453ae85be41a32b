#!/bin/sh
# Regenerates the binary fixtures of tests/unit/core from the text files in folder_release/.
# The zips are committed; tests hard-code their SHA-256, so after regenerating, update
# the digests in tests/unit/core/source_zip_test.cpp (sha256sum *.zip).
set -eu
cd "$(dirname "$0")"
export TZ=UTC LC_ALL=C

# Fixed dates and modes so the zip bytes do not depend on checkout time or umask.
find folder_release -type d -exec chmod 755 {} +
find folder_release -type f -exec chmod 644 {} +
find folder_release -exec touch -d '2025-07-01 12:00:00' {} +

# release.zip: the folder release zipped, with folder entries (zip -r adds them), no extra fields.
rm -f release.zip
(cd folder_release && zip -q -X -r ../release.zip .)

# release_truncated.zip: the first half of release.zip (central directory cut off).
size=$(wc -c < release.zip)
head -c $((size / 2)) release.zip > release_truncated.zip

# release_crc.zip: one stored member whose data is damaged after zipping; the directory is intact,
# so the zip opens and the damage shows as a CRC error while the member is read.
rm -f release_crc.zip
(cd folder_release && zip -q -X -0 ../release_crc.zip README.txt)
python3 - <<'PY'
import zipfile
data = bytearray(open("release_crc.zip", "rb").read())
info = zipfile.ZipFile("release_crc.zip").infolist()[0]
start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
data[start] ^= 0x20  # flip the case of the first letter of the stored text
open("release_crc.zip", "wb").write(bytes(data))
PY

# encrypted.zip: a password-protected member (password "secret"); the bytes differ on every run.
rm -f encrypted.zip
(cd folder_release && zip -q -X -P secret ../encrypted.zip README.txt)

# Zips with member names that point outside the archive (the zip command refuses to write them).
python3 - <<'PY'
import zipfile
def write(zip_name, member_names):
    with zipfile.ZipFile(zip_name, "w", zipfile.ZIP_DEFLATED) as z:
        for name in member_names:
            info = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 12, 0, 0))
            info.external_attr = 0o644 << 16
            z.writestr(info, "evil\n")
write("traversal.zip", ["ok.txt", "../evil.txt"])
write("traversal_nested.zip", ["docs/../../evil.txt"])
write("absolute.zip", ["/tmp/evil.txt"])
write("backslash.zip", ["..\\evil.txt"])
write("empty_archive.zip", [])
PY

# not_a_zip.zip: text with a .zip name.
printf 'this is not a zip archive\n' > not_a_zip.zip
# zip_signature_only.bin: a local-header signature followed by nothing useful.
printf 'PK\003\004garbage that is not a zip\n' > zip_signature_only.bin
# empty.txt: a file of zero bytes.
: > empty.txt
