#!/bin/sh
# Regenerates cpt-2026-invented.zip from the folder cpt-2026-invented/ (the zip is committed).
# Every file under tests/data/cpt is invented: codes shaped like CPT codes, descriptors made up.
# Never add real CPT descriptors here: CPT content is licensed by the AMA (see docs/cpt.md).
set -eu
cd "$(dirname "$0")"
export TZ=UTC LC_ALL=C

# Fixed dates and modes so the zip bytes do not depend on checkout time or umask.
find cpt-2026-invented -type d -exec chmod 755 {} +
find cpt-2026-invented -type f -exec chmod 644 {} +
find cpt-2026-invented -exec touch -d '2025-09-01 12:00:00' {} +

# Members keep their folder: "cpt-2026-invented/LONGULT.txt", ... (-X: no extra fields).
rm -f cpt-2026-invented.zip
zip -q -X -r cpt-2026-invented.zip cpt-2026-invented
