#!/usr/bin/env bash
# Fuzzes the wire decoder (reference/.../wire/WireCodec) with Jazzer for a fixed number of inputs.
#
# Usage: tools/fuzz-wire-decoder.sh [EXECUTIONS]      (default 1000000; run from anywhere)
#
# Runs the one @FuzzTest, WireCodecFuzzTest, in Jazzer's fuzzing mode (JAZZER_FUZZ=1) with
# coverage instrumentation on (jazzer.hooks=true), starting from the committed seeds and stopping
# after EXECUTIONS inputs (jazzer.max_executions; the annotation's maxDuration, 10m, caps the time).
# Jazzer's libFuzzer statistics go to stderr; the final "Done N runs in S second(s)" line is the
# count. A finding fails the test and Jazzer writes the crashing input as crash-<sha1> into the
# test's inputs directory, where plain `mvn verify` then replays it as a regression test.
# The corpus Jazzer grows is kept outside the repository (reference/target/, wiped by mvn clean):
# this script moves reference/.cifuzz-corpus there when the run ends.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
executions="${1:-1000000}"
status=0
JAZZER_FUZZ=1 mvn -B -o -pl reference test \
  -Dtest=WireCodecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true -Djazzer.max_executions="$executions" \
  -Dsurefire.useFile=false -DtrimStackTrace=false || status=$?
if [ -d reference/.cifuzz-corpus ]; then
  mkdir -p reference/target/fuzz-corpus
  cp -r reference/.cifuzz-corpus/. reference/target/fuzz-corpus/
  rm -rf reference/.cifuzz-corpus
fi
exit "$status"
