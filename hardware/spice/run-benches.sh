#!/usr/bin/env bash
# Exports the schematic's SPICE netlist with kicad-cli and runs every bench_*.cir in ngspice
# batch mode. Exit status: 0 when every bench passes, 1 otherwise. Usage: bash run-benches.sh [bench...]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/build"
( cd "$here/.." && kicad-cli sch export netlist --format spice -o spice/build/raw.cir impedancemeter.kicad_sch >/dev/null ) || { echo "netlist export failed"; exit 1; }
# The benches include the netlist: drop its .title/.end and point its model include at the repo copy.
grep -v -i -E '^\.(title|end)\b' "$here/build/raw.cir" | sed -E 's#^\.include .*impedancemeter\.lib"?$#.include models/impedancemeter.lib#' > "$here/build/netlist.cir"
cd "$here"
benches=("$@")
[ ${#benches[@]} -eq 0 ] && benches=(bench_*.cir)
failed=0
for b in "${benches[@]}"; do
  if ngspice -b "$b" > "build/${b%.cir}.log" 2>&1 && grep -q "BENCH PASSED" "build/${b%.cir}.log"; then
    echo "PASS $b"
  else
    echo "FAIL $b (log: spice/build/${b%.cir}.log)"; grep -E "FAIL|rror" "build/${b%.cir}.log" | head -5
    failed=1
  fi
done
exit $failed
