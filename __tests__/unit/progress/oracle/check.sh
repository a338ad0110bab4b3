#!/bin/sh
# Checks that every fixtures/*.txt is an output BuildKit's own plain printer can produce for fixtures/*.json.
#
# usage: check.sh BUILDKIT_SOURCE_DIR [RUNS]
#   BUILDKIT_SOURCE_DIR: a moby/buildkit checkout with its vendor/ directory (written against commit
#   73ed6825c4b7569379ef89df0aedcdbe64473d31); it is modified: the printer's clock is made injectable.
#   Needs Go >= the version in its go.mod.
#
# BuildKit iterates Go maps while deciding what to print, so one input has several valid outputs; the check
# replays each fixture RUNS times (default 300) and requires our expected text to be one of them.
set -eu
bk=$1
runs=${2:-300}
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../fixtures"
pkg="$bk/util/progress/progressui"
grep -q oracleNow "$pkg/printer.go" || sed -i 's/now := time.Now()/now := oracleNow()/' "$pkg/printer.go" "$pkg/display.go"
cp "$here/oracle_test.go.txt" "$pkg/oracle_test.go"
tmp=$(mktemp -d)
(cd "$bk" && GOFLAGS=-mod=vendor go test -c -o "$tmp/oracle" ./util/progress/progressui/)
status=0
for json in "$fixtures"/*.json; do
  name=$(basename "$json" .json)
  want=$(md5sum < "$fixtures/$name.txt" | cut -d' ' -f1)
  found=no
  i=0
  while [ $i -lt "$runs" ]; do
    ORACLE_IN="$json" ORACLE_OUT="$tmp/out.txt" "$tmp/oracle" -test.run '^TestOracle$' >/dev/null
    if [ "$(md5sum < "$tmp/out.txt" | cut -d' ' -f1)" = "$want" ]; then found=yes; break; fi
    i=$((i + 1))
  done
  echo "$name: $found"
  [ $found = yes ] || status=1
done
rm -rf "$tmp"
exit $status
