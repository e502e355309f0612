#!/usr/bin/env bash
# The brief measurement behind the choice of workbook reader (docs/benchmarks.md, "Which reader"): every cell's
# stored value of the national set's 31 province workbooks, three rounds, each reader in turn: POI's package with
# the JDK's SAX parser, with a StAX loop on Woodstox, Aalto or the JDK, and org.dhatim:fastexcel-reader 0.19.0.
# Needs benchmarks/run --workbooks to have made the workbooks first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tools/workbook-readers"
(cd "$here" && mvn -q -B dependency:copy-dependencies -DoutputDirectory=target/lib >&2)
java -Xmx2g -cp "$root/cli/target/lib/*:$here/target/lib/fastexcel-reader-0.19.0.jar:$here/target/lib/aalto-xml-1.3.3.jar:$here/target/lib/stax2-api-4.2.2.jar" \
  "$here/ReadSheets.java" "${1:-$root/benchmarks/target/work/data-seed1-2843-xlsx}"
