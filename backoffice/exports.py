"""CSV downloads (reports, feedback results, exports), safe to open in a spreadsheet.

A cell whose text starts with =, +, -, @, a tab or a carriage return is read by
spreadsheets as a formula (CSV injection), so such text gets a leading apostrophe; so
does text starting with the fullwidth forms of the first four, which some spreadsheets
read as the ASCII ones.
Numbers we computed are written as numbers: a negative NPS stays -20, not '-20.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence

from django.http import HttpResponse, StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


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


class _Echo:
    """A file-like object whose write returns the line, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


def csv_lines(header: Sequence[object], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """*header* and *rows* as CSV lines, one at a time, every cell passed through safe_cell."""
    writer = csv.writer(_Echo())
    yield writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        yield writer.writerow([safe_cell(cell) for cell in row])


def csv_stream(
    *, filename: str, header: Sequence[object], rows: Iterable[Sequence[object]]
) -> StreamingHttpResponse:
    """A CSV attachment streamed line by line, for ranges too large to build in memory.

    *rows* may be a generator: nothing is read before the response is sent.
    """
    response = StreamingHttpResponse(
        csv_lines(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
