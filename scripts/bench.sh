#!/usr/bin/env bash
# Benchmarks Tenarai's readers against the tools a user would otherwise use (pandas, openpyxl,
# xlsx2csv, SheetJS, LibreOffice, DuckDB; see ../shared/bench/README.md) on the same generated
# files in the same run, and prints the ratios. Results go to tests/bench/results/ (gitignored).
#
#   scripts/bench.sh [speed|memory|clean|all]      (default: all)
#
# speed:  for each size in SIZES, times Tenarai and every peer RUNS times, round-robin, and prints
#         medians, peak memory and the ratios peer/Tenarai (time) and Tenarai/peer (memory).
# clean:  for each size in SIZES, times `tenarai-cli clean` with tests/data/cleaning/recipe.json
#         against the pandas and DuckDB reference recipes (read + clean + write) and checks every
#         output against the generator's expected.csv.
# memory: reads a MEM_ROWS × MEM_COLS Japanese-text CSV (the generator's output widened by
#         tests/bench/widen_csv.py) with Tenarai once and checks peak RSS < 2 × the file size.
#
# Environment (defaults in brackets):
#   RUNS [3]            runs per job (median reported)
#   SIZES [100k]        generator sizes: 10k, 100k, 1M or a row count
#   SKIP_INSTALL [0]    1: do not install missing peers
#   SKIP_LIBREOFFICE [0] 1: neither install nor run LibreOffice (a large package)
#   SKIP_PEERS []       comma list of substrings of peer names to leave out (e.g. "openpyxl,pandas read_excel")
#   NO_TENARAI [0]      1: time the peers only (no build)
#   MEM_ROWS [1000000] MEM_COLS [50]  size of the memory check's CSV (12: the generator's own file)
#   MEM_DUCKDB [1] MEM_PANDAS [0]     also run these peers once on the memory check's CSV
#   GBENCH [0]          1: also run the Google Benchmark program tenarai_benchmarks per size
#   BENCH_BUILD_DIR [build-bench]  SHARED [../shared]  BENCH_DATA [$BENCH_BUILD_DIR/bench-data]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:-all}"
case "$mode" in speed|memory|clean|all) ;; *) echo "usage: $0 [speed|memory|clean|all]" >&2; exit 2;; esac

RUNS=${RUNS:-3}
SIZES=${SIZES:-100k}
SKIP_LIBREOFFICE=${SKIP_LIBREOFFICE:-0}
MEM_ROWS=${MEM_ROWS:-1000000}
MEM_COLS=${MEM_COLS:-50}
build="${BENCH_BUILD_DIR:-$root/build-bench}"
shared="$(cd "${SHARED:-$root/../shared}" && pwd)"
peers="$shared/bench/peers"
data="${BENCH_DATA:-$build/bench-data}"
results="$root/tests/bench/results"
PY=/usr/bin/python3   # Debian's python, where python3-pandas and python3-openpyxl are installed
[ -f "$peers/pandas_read.py" ] || { echo "peer scripts not found in $peers (set SHARED)" >&2; exit 1; }
mkdir -p "$build" "$data" "$results"

# --- peers --------------------------------------------------------------------------------------
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  packages=(python3-pandas python3-openpyxl python3-xlsxwriter xlsx2csv time unzip)
  [ "$SKIP_LIBREOFFICE" = 1 ] || packages+=(libreoffice-calc-nogui)
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # Node may come from elsewhere than Debian (with its own npm): only install it when absent.
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
# ../shared is read-only: npm installs the peers' packages into a writable copy; the peer scripts
# find them through NODE_PATH (tests/bench/compare.py sets it).
npmdir="$build/bench-peers"
if [ ! -d "$npmdir/node_modules/xlsx" ] || [ ! -d "$npmdir/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$npmdir"
  cp "$peers/package.json" "$peers/package-lock.json" "$npmdir/"
  (cd "$npmdir" && npm install --no-audit --no-fund >/dev/null)
fi
skip="${SKIP_PEERS:-}"
[ "$SKIP_LIBREOFFICE" = 1 ] && skip="$skip,LibreOffice"
command -v soffice >/dev/null || skip="$skip,LibreOffice"

# --- Tenarai ------------------------------------------------------------------------------------
readbench="$build/tests/bench/tenarai_read_bench"
if [ "${NO_TENARAI:-0}" != 1 ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENARAI_BUILD_BENCHMARKS=ON \
      -DTENARAI_BUILD_TESTS=OFF >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
  cmake --build "$build" --parallel "$(nproc)" --target tenarai_read_bench tenarai_benchmarks tenarai-cli
fi

# --- data (the generator is deterministic, so files already made are reused) -------------------
rows_of() { case "$1" in 10k) echo 10000;; 100k) echo 100000;; 1M) echo 1000000;; *) echo "$1";; esac; }
generate() { # LABEL ROWS FORMATS
  local dir="$data/$1"
  if [ ! -f "$dir/.done-$3" ]; then
    mkdir -p "$dir"
    echo "Generating $2 rows ($3) in $dir"
    "$PY" "$shared/bench/gen_messy.py" "$2" --formats "$3" --out "$dir"
    touch "$dir/.done-$3"
  fi
}

common=(--tenarai "$readbench" --peers "$peers" --node-modules "$npmdir/node_modules" --results "$results"
        --scratch "$build/bench-scratch")
[ "${NO_TENARAI:-0}" = 1 ] && common+=(--no-tenarai)

if [ "$mode" = speed ] || [ "$mode" = all ]; then
  for S in $SIZES; do
    N=$(rows_of "$S")
    generate "$S" "$N" csv,cp932,xlsx
    if [ "${GBENCH:-0}" = 1 ] && [ "${NO_TENARAI:-0}" != 1 ]; then
      TENARAI_BENCH_DATA="$data/$S" "$build/tests/bench/tenarai_benchmarks" \
          --benchmark_out="$results/gbench-$S.json" --benchmark_out_format=json
    fi
    "$PY" "$root/tests/bench/compare.py" speed --label "$S" --data "$data/$S" --runs "$RUNS" \
        --skip "$skip" "${common[@]}"
  done
fi

if [ "$mode" = clean ] || [ "$mode" = all ]; then
  for S in $SIZES; do
    N=$(rows_of "$S")
    generate "$S" "$N" csv,expected
    "$PY" "$root/tests/bench/compare.py" clean --label "$S" --data "$data/$S" --runs "$RUNS" --skip "$skip" \
        --tenarai-cli "$build/app/cli/tenarai-cli" --recipe "$root/tests/data/cleaning/recipe.json" "${common[@]}"
  done
fi

if [ "$mode" = memory ] || [ "$mode" = all ]; then
  [ "${NO_TENARAI:-0}" = 1 ] && { echo "the memory check measures Tenarai: NO_TENARAI=1 skips it"; exit 0; }
  label="${MEM_ROWS}x${MEM_COLS}"
  generate "mem$MEM_ROWS" "$MEM_ROWS" csv
  wide="$data/mem$MEM_ROWS/wide$MEM_COLS.csv"
  # 12 columns is the generator's own file (the issue's 177 MB CSV at 1,000,000 rows).
  [ "$MEM_COLS" = 12 ] && wide="$data/mem$MEM_ROWS/messy.csv"
  if [ ! -f "$wide" ]; then
    "$PY" "$root/tests/bench/widen_csv.py" "$data/mem$MEM_ROWS/messy.csv" "$wide.tmp" --cols "$MEM_COLS"
    mv "$wide.tmp" "$wide"
  fi
  extra=()
  [ "${MEM_DUCKDB:-1}" = 1 ] && extra+=(--duckdb)
  [ "${MEM_PANDAS:-0}" = 1 ] && extra+=(--pandas)
  "$PY" "$root/tests/bench/compare.py" memory --label "$label" --csv "$wide" "${extra[@]}" "${common[@]}"
fi
