#!/usr/bin/env bash
# Sets up codeset on a Debian 12 machine and runs one job:
#   tools/setup.sh demo   install what is missing, build, import the two sample releases, print their changes
#   tools/setup.sh test   install what is missing (PostgreSQL and ajv for the tests too), build, run the whole test suite
#   tools/setup.sh asan   the test suite under AddressSanitizer and UndefinedBehaviorSanitizer
#   tools/setup.sh bench  the benchmark (needs the real releases in ../shared/data)
#   tools/setup.sh fuzz [SECONDS]  build the libFuzzer targets (clang) and run each for SECONDS (default 60)
set -euo pipefail

job="${1:-demo}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packages=(
  cmake g++ ninja-build pkg-config
  libsqlite3-dev libxml2-dev libxml2-utils libgit2-dev libcli11-dev libzip-dev nlohmann-json3-dev libfmt-dev
  libssl-dev libxxhash-dev libinih-dev libarchive-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  zip unzip xz-utils time sqlite3 git
)

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "codeset setup: installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "codeset setup: run as root, or install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The JSON Schema validator the tests run (ajv under node), from tests/schema/package-lock.json into
# build/schema-tools (never committed). Node and npm come from Debian when the machine has none.
install_schema_tools() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    packages=(nodejs npm)
    install_missing
  fi
  local tools="$root/build/schema-tools"
  mkdir -p "$tools"
  if ! cmp -s "$root/tests/schema/package-lock.json" "$tools/package-lock.json" || [ ! -d "$tools/node_modules/ajv" ]; then
    cp "$root/tests/schema/package.json" "$root/tests/schema/package-lock.json" "$tools/"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The browser the HTML report tests drive: playwright-core (tests/browser/package-lock.json) into
# build/browser-tools, launching Debian's chromium; never `playwright install`, which downloads a browser.
install_browser_tools() {
  local tools="$root/build/browser-tools"
  mkdir -p "$tools"
  if ! cmp -s "$root/tests/browser/package-lock.json" "$tools/package-lock.json" || [ ! -d "$tools/node_modules/playwright-core" ]; then
    cp "$root/tests/browser/package.json" "$root/tests/browser/package-lock.json" "$tools/"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# What the tests start for real: a throw-away PostgreSQL 15 cluster (the SQL scripts are proven
# on it), the JSON Schema validator, and chromium under playwright-core for the HTML reports.
install_test_tools() {
  packages=(postgresql-15 chromium python3-openpyxl)
  install_missing
  install_schema_tools
  install_browser_tools
}

# build PRESET [TARGET...]: everything, or only the targets a job needs (the demo needs the
# codeset binary, not the test suite).
build() {
  local preset="$1"
  shift
  cmake --preset "$preset" >/dev/null
  if [ "$#" -gt 0 ]; then
    cmake --build --preset "$preset" -j "$(nproc)" --target "$@"
  else
    cmake --build --preset "$preset" -j "$(nproc)"
  fi
}

# Runs every fuzz target for `seconds`, its corpus kept in build-fuzz/corpus/NAME between runs and
# seeded from tests/data; a finding (crash, hang, leak) is written to build-fuzz/findings and fails
# the job, naming the target and the input to keep under tests/data/fuzz/NAME once it is fixed.
run_fuzzers() {
  local seconds="$1" bin="$root/build-fuzz/fuzz" failed=() name seeds
  mkdir -p "$root/build-fuzz/findings"
  while IFS=$'\t' read -r -a fields; do
    name="${fields[0]}"
    seeds=()
    for folder in "${fields[@]:1}"; do [ -d "$folder" ] && seeds+=("$folder"); done
    local corpus="$root/build-fuzz/corpus/$name" log="$root/build-fuzz/findings/$name.log"
    mkdir -p "$corpus"
    [ -x "$bin/fuzz_$name" ] || { echo "codeset fuzz: no target fuzz_$name (fuzz/CMakeLists.txt lists every harness)" >&2; exit 1; }
    if "$bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$root/build-fuzz/findings/$name-" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
      echo "codeset fuzz: $name: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs, nothing found"
    else
      echo "codeset fuzz: $name: FOUND a problem; see $log" >&2
      grep -m3 -E "ERROR|SUMMARY|Test unit written" "$log" >&2 || tail -5 "$log" >&2
      failed+=("$name")
    fi
  done < <("$bin/fuzz_targets")
  [ ${#failed[@]} -eq 0 ] || { echo "codeset fuzz: findings in: ${failed[*]}" >&2; exit 1; }
}

install_missing
case "$job" in
  demo)
    build default codeset
    codeset="$root/build/tools/codeset/codeset"
    samples="$root/tests/data/samples"
    db="$root/build/demo/samples.db"
    mkdir -p "$(dirname "$db")"
    rm -f "$db"
    echo
    echo "== codeset import (two sample ICD-10-CM releases, into $db)"
    "$codeset" --db "$db" import "$samples/icd10cm-sample-2025.zip" "$samples/icd10cm-sample-2026.zip"
    echo
    echo "== codeset releases"
    "$codeset" --db "$db" releases
    echo
    echo "== codeset diff icd10cm FY2025 FY2026"
    "$codeset" --db "$db" diff icd10cm FY2025 FY2026
    echo
    echo "== codeset verify icd10cm FY2026 (the sample's own addenda against the diff)"
    "$codeset" --db "$db" verify icd10cm FY2026
    ;;
  test)
    install_test_tools
    build default
    ctest --preset default -j "$(nproc)"
    ;;
  asan)
    install_test_tools
    build asan
    ctest --preset asan -j "$(nproc)"
    ;;
  bench)
    build default codeset codeset_bench codeset_xml_bench
    bash "$root/bench/run.sh"
    ;;
  fuzz)
    packages=(clang libclang-rt-14-dev)
    install_missing
    build fuzz fuzz_targets
    run_fuzzers "${2:-60}"
    ;;
  *)
    echo "usage: tools/setup.sh demo|test|asan|bench|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
