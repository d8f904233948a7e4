"""Opens `--format xlsx` output in LibreOffice Calc under a Vietnamese locale
and checks what a user there sees: Vietnamese text intact, numbers that sum
(shown with the locale's decimal comma), codes kept as text, dates as dates.

Not run by `cargo test` (LibreOffice is a large install). On Debian:

    apt-get install libreoffice-calc-nogui python3-uno locales
    sed -i 's/^# *vi_VN UTF-8/vi_VN UTF-8/' /etc/locale.gen && locale-gen
    cargo build --release
    LC_ALL=vi_VN.UTF-8 /usr/bin/python3 tests/manual/xlsx_in_libreoffice.py

It writes the fixtures' workbook with target/release/vnextract, compares
LibreOffice's sums with the same facts read from `--format csv-facts`, and
exits non-zero on the first difference.
"""

import csv
import io
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

BINARY = os.environ.get("VNEXTRACT", "target/release/vnextract")
INPUTS = ["fixtures"]
PORT = 2002


def vnextract(*args):
    return subprocess.run([BINARY, "extract", "-q", *args, *INPUTS],
                          check=True, capture_output=True).stdout


def expected():
    """The percentages' sum and the awards' collectives, from the CSV formats."""
    facts = csv.DictReader(io.StringIO(vnextract("--format", "csv-facts").decode()))
    numbers = [float(r["number"]) for r in facts if r["kind"] == "percentage" and r["number"]]
    reports = csv.DictReader(io.StringIO(vnextract("--format", "csv").decode()))
    collectives = sum(int(r["award_collectives"] or 0) for r in reports)
    return len(numbers), round(sum(numbers), 6), collectives


def connect(profile):
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore",
         f"-env:UserInstallation=file://{profile}",
         f"--accept=socket,host=localhost,port={PORT};urp;"])
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            url = f"uno:socket,host=localhost,port={PORT};urp;StarOffice.ComponentContext"
            return office, resolver.resolve(url)
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def header(sheet):
    columns, at = {}, 0
    while name := sheet.getCellByPosition(at, 0).String:
        columns[name] = at
        at += 1
    return columns


def letter(column):
    name, column = "", column + 1
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


def sum_formula(sheet, columns, column, rows):
    """Puts =SUM(column) in a free cell and returns (value, as shown)."""
    cell = sheet.getCellByPosition(len(columns) + 2, 0)
    at = letter(columns[column])
    cell.Formula = f"=SUM({at}2:{at}{rows + 1})"
    return cell


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        raise SystemExit(1)


def main():
    count, total, collectives = expected()
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, "book.xlsx")
        vnextract("--format", "xlsx", "-o", book)
        office, ctx = connect(os.path.join(tmp, "profile"))
        try:
            smgr = ctx.ServiceManager
            desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            hidden = PropertyValue(Name="Hidden", Value=True)
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(book), "_blank", 0, (hidden,))
            sheets = doc.Sheets

            percentages = sheets.getByName("percentages")
            columns = header(percentages)
            types = {percentages.getCellByPosition(columns["number"], r).Type.value
                     for r in range(1, count + 1)}
            check(types == {"VALUE"}, f"the {count} percentages' numbers are number cells: {types}")
            cell = sum_formula(percentages, columns, "number", count)
            doc.calculateAll()
            check(abs(cell.Value - total) < 1e-6, f"their SUM is {cell.Value}, as csv-facts gives {total}")
            check("," in cell.String and "." not in cell.String,
                  f"shown with the locale's decimal comma: {cell.String!r}")

            reports = sheets.getByName("reports")
            columns = header(reports)
            row = 1  # fixtures/000_son_la_cchc_2016.txt, read by hand
            title = reports.getCellByPosition(columns["title"], row).String
            check(title == "Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016",
                  f"Vietnamese intact: {title!r}")
            code = reports.getCellByPosition(columns["province_code"], row)
            check(code.Type.value == "TEXT" and code.String == "14", f"province code is text: {code.String!r}")
            day = reports.getCellByPosition(columns["event_date"], row)
            check(day.Type.value == "VALUE" and day.String == "2016-12-24",
                  f"event_date is a date: {day.Value} shown {day.String!r}")
            stamp = reports.getCellByPosition(columns["published"], row)
            check(stamp.Type.value == "VALUE" and stamp.String == "2016-12-27 17:00:00",
                  f"published is a date-time: {stamp.String!r}")
            cell = sum_formula(reports, columns, "award_collectives", reports.Rows.Count - 1)
            doc.calculateAll()
            check(cell.Value == collectives, f"award collectives SUM {cell.Value}, csv gives {collectives}")
            doc.close(True)
        finally:
            try:
                desktop.terminate()
            except Exception:
                pass
            office.wait(timeout=60)


if __name__ == "__main__":
    main()
