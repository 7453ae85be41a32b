#!/usr/bin/python3
# Reads an .xlsx workbook codeset wrote with Debian's python3-openpyxl, as another program would,
# and prints what the tests check as JSON: per sheet its name, header row, rows (cell values, with
# their Python types kept apart: a code read back as a number is a defect), frozen pane and
# autofilter range.
import json
import sys

from openpyxl import load_workbook


def sheet_json(sheet):
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    return {
        "name": sheet.title,
        "header": header,
        "rows": body,
        "types": [[type(value).__name__ for value in row] for row in body],
        "frozen": sheet.freeze_panes,
        "autofilter": sheet.auto_filter.ref,
    }


workbook = load_workbook(sys.argv[1])
json.dump({"sheets": [sheet_json(sheet) for sheet in workbook.worksheets]}, sys.stdout, default=str)
