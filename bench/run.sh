#!/usr/bin/env bash
# Runs the codeset benchmark and prints its figures (needs the real releases in ../shared/data).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/build/bench/codeset_bench" "$@"
echo
"$root/build/bench/codeset_xml_bench"
