#!/usr/bin/env bash
# Makes model/src/test/resources/educheck/model/workbook/libreoffice-formulas.xlsx, a workbook saved by a real
# spreadsheet program (CI does not run LibreOffice; the result is committed). Needs libreoffice-calc-nogui.
#   1. educheck writes its workbook template;
#   2. MakeFormulaWorkbook puts formulas (ratios, percent-formatted shares) in it, with no saved results;
#   3. LibreOffice Calc opens it headless, computes the formulas and saves it as xlsx in its own way.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/educheck" template --format xlsx --output "$work/template.xlsx"
java -cp "$root/cli/target/lib/*" "$root/tools/libreoffice-fixture/MakeFormulaWorkbook.java" "$work/template.xlsx" "$work/formulas.xlsx"
mkdir "$work/out"
soffice --headless --norestore -env:UserInstallation=file://"$work/profile" --convert-to xlsx --outdir "$work/out" "$work/formulas.xlsx" >&2
cp "$work/out/formulas.xlsx" "$root/model/src/test/resources/educheck/model/workbook/libreoffice-formulas.xlsx"
echo "wrote model/src/test/resources/educheck/model/workbook/libreoffice-formulas.xlsx ($(soffice --version | head -1))"
