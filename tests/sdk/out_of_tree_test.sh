#!/bin/sh
# The SDK promise, end to end: install vane, build a fifth language (German,
# tests/sdk/de) outside the source tree with find_package(vane) as
# plugins/template describes, load it into the installed vane with
# --plugin-dir, and check that it classifies its labelled texts.
#
# usage: out_of_tree_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -eu
build=$1 source=$2 work=$3

rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"

ctest --build-and-test "$source/tests/sdk/de" "$work/build" \
  --build-generator "Unix Makefiles" \
  --build-options "-DCMAKE_PREFIX_PATH=$work/prefix" "-DCMAKE_BUILD_TYPE=Release"

vane="$work/prefix/bin/vane"
plugin="$work/build/plugins/de"
"$vane" plugins --plugin-dir "$plugin" | tee "$work/plugins.txt"
grep -Eq '^de +0\.1\.0 +de +loaded' "$work/plugins.txt"

# German texts are now analysed, not unsupported; quality is checked on its
# own small corpus with floors that a real (if small) lexicon must clear.
"$vane" eval --plugin-dir "$plugin" "$source/tests/sdk/de/corpus/gold.jsonl" \
  --min-axis 0.6 --min-channel-f1 0.7 --min-claim-f1 0.4
