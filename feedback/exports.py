"""CSV downloads of feedback results, safe to open in a spreadsheet.

A cell whose text starts with =, +, -, @, a tab or a carriage return is read by
spreadsheets as a formula (CSV injection), so such text gets a leading apostrophe.
Numbers we computed are written as numbers: a negative NPS stays -20, not '-20.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """*value* as written to a CSV cell: text that a spreadsheet would run is defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def count_cell(count: int | None, *, suppressed: bool, fewer: str) -> object:
    """A count as exported: exact from the threshold up (and at zero), else *fewer*, the
    words "fewer than <threshold>"."""
    return fewer if suppressed and count else count


def csv_response(
    *, filename: str, header: Sequence[str], rows: Iterable[Sequence[object]]
) -> HttpResponse:
    """A CSV attachment (UTF-8) of *header* and *rows*, every cell passed through safe_cell."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return response
