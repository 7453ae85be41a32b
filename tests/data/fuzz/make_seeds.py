#!/usr/bin/env python3
"""Writes the invented seed inputs of the fuzz harnesses that have no fixture elsewhere in
tests/data: a small NCHS-style conversion table as .xlsx and .csv, and a claims extract for
`codeset validate`. Run from anywhere; the files land beside this script. Nothing here is CDC's."""
import os
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rows = [
    ("This FY 2026 (October 1, 2025 Update) Conversion Table includes the new codes.",),
    ("Current code assignment", "Effective October 1", "Previous Code(s) Assignment"),
    ("A04.71", "2016", "A04.7"),
    ("H35.211", "2017", "H35.20-H35.23 and H33.2"),
    ("T74.A1XA", "45017", "T74.91XA"),
    ("M04.8", "2021", "None"),
    ("I63.011", "2024", "I63.- and P91.88"),
    ("* Footnote: codes effective October 1, 2025 are new this year.",),
]


def column(index):
    return chr(ord("A") + index)


def write_xlsx(path):
    shared = sorted({text for row in rows[:2] for text in row})
    sheet_rows = []
    for number, row in enumerate(rows, start=1):
        cells = []
        for index, text in enumerate(row):
            ref = f"{column(index)}{number}"
            if text in shared:  # the titles as shared strings, the rest inline, a year as a number
                cells.append(f'<c r="{ref}" t="s"><v>{shared.index(text)}</v></c>')
            elif text.isdigit():
                cells.append(f'<c r="{ref}"><v>{text}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
        sheet_rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    parts = {
        "[Content_Types].xml": "<Types/>",
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}">'
        + "".join(f"<si><t>{text}</t></si>" for text in shared) + "</sst>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}"><sheetData>'
        + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w") as book:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if name.endswith("sheet1.xml") else zipfile.ZIP_STORED
            book.writestr(info, text)


def write_csv(path):
    with open(path, "w", newline="") as out:
        for row in rows:
            out.write(",".join(f'"{text}"' if "," in text else text for text in row) + "\r\n")


def write_claims(path):
    with open(path, "w", newline="") as out:
        out.write("code,service_date,claim\n")
        for code, day in [("E11.9", "2025-06-30"), ("e119", "2025-10-01"), ("E11", "2025-10-01"),
                          ("Z28.3", "2024-10-01"), ("A00.0", "2030-01-01"), ('"X99,9"', "2025-13-40"),
                          ("", ""), ('"unterminated', "2025-10-01")]:
            out.write(f"{code},{day},1\n")


for folder in ("conversion_table_xlsx", "conversion_table_csv", "validate_csv"):
    os.makedirs(os.path.join(here, folder), exist_ok=True)
write_xlsx(os.path.join(here, "conversion_table_xlsx", "invented-FY2026.xlsx"))
write_csv(os.path.join(here, "conversion_table_csv", "invented-FY2026.csv"))
write_claims(os.path.join(here, "validate_csv", "claims.csv"))
