#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for FUZZ_SECONDS (default 60) on its
# seeds. Usage: scripts/fuzz.sh [TARGET...]   (default: every fuzz_* target)
# Findings (crash-*, leak-*, timeout-*) are written to build-fuzz/findings/<target>/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" --with-fuzzers
build="$root/build-fuzz"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTENARAI_BUILD_FUZZERS=ON -DTENARAI_BUILD_TESTS=OFF >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_csv_reader fuzz_xlsx_reader fuzz_frame_codec fuzz_recipe fuzz_normalizers fuzz_address
           fuzz_municipality_directory fuzz_progress_bundle fuzz_form fuzz_form_rubric fuzz_postal_codes
           fuzz_pack_archive fuzz_pack_files)
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

seeds_for() {
  case "$1" in
    fuzz_csv_reader) echo "$root/tests/data/corpus/csv $root/tests/fuzz/seeds/csv" ;;
    fuzz_xlsx_reader) echo "$root/tests/data/corpus/xlsx $root/tests/fuzz/seeds/xlsx" ;;
    fuzz_frame_codec) echo "$root/tests/fuzz/seeds/frames" ;;
    fuzz_recipe) echo "$root/tests/fuzz/seeds/recipes" ;;
    fuzz_normalizers) echo "$root/tests/fuzz/seeds/normalizers" ;;
    fuzz_address) echo "$root/tests/fuzz/seeds/address" ;;
    fuzz_municipality_directory) echo "$root/tests/fuzz/seeds/municipalities" ;;
    fuzz_progress_bundle) echo "$root/tests/fuzz/seeds/bundle" ;;
    fuzz_form) echo "$root/tests/fuzz/seeds/forms" ;;
    fuzz_form_rubric) echo "$root/tests/fuzz/seeds/rubrics" ;;
    fuzz_postal_codes) echo "$root/tests/fuzz/seeds/postal" ;;
    fuzz_pack_archive) echo "$root/tests/fuzz/seeds/packs" ;;
    fuzz_pack_files) echo "$root/tests/fuzz/seeds/pack-files" ;;
  esac
}
export QT_QPA_PLATFORM=offscreen
for t in "${targets[@]}"; do
  work="$build/corpus/$t"; findings="$build/findings/$t"
  mkdir -p "$work" "$findings"
  # The first folder is the working corpus that libFuzzer extends; the seeds are read only.
  # shellcheck disable=SC2046
  "$build/tests/fuzz/$t" -max_total_time="${FUZZ_SECONDS:-60}" -max_len=262144 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" "$work" $(seeds_for "$t")
done
