"""Reading an import file: UTF-8 (with or without BOM), comma, semicolon or tab separated.

Anything that is not UTF-8 text (a Windows code page, UTF-16, an Excel workbook) is refused
with a message that says how to save the file as "CSV UTF-8".
"""

import codecs
import csv
import io
import re
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from museum.transfer.errors import TransferError

DELIMITERS = ",;\t"
SAMPLE_CHARS = 64 * 1024
MAX_CELL_CHARS = 10 * 1024 * 1024
SAVE_AS_UTF8 = _l(
    "Save it as “CSV UTF-8”: in Excel, File › Save As › “CSV UTF-8 (Comma delimited)”; "
    "in LibreOffice, File › Save As › Text CSV with “Edit filter settings” ticked and "
    "the character set “Unicode (UTF-8)”."
)
DELIMITER_NAMES = {",": _l("commas"), ";": _l("semicolons"), "\t": _l("tabs")}


@dataclass(frozen=True)
class Record:
    """A data row: `number` as a spreadsheet shows it (the header is row 1)."""

    number: int
    cells: list[str]


@dataclass(frozen=True)
class Table:
    headers: list[str]
    records: list[Record]
    delimiter: str
    had_bom: bool

    @property
    def delimiter_name(self) -> str:
        return str(DELIMITER_NAMES[self.delimiter])


def read_table(data: bytes) -> Table:
    """The header and the non-empty rows of a CSV file; TransferError if it cannot be read."""
    text, had_bom = decode(data)
    text, hinted = _sep_hint(text)
    delimiter = hinted or sniff_delimiter(text)
    rows = _rows(text, delimiter)
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TransferError(_("The file is empty: the first row should name the columns."))
    headers = _headers(rows[0])
    records = [
        Record(number, [cell.strip() for cell in row])
        for number, row in enumerate(rows[1:], start=2)
        if any(cell.strip() for cell in row)
    ]
    return Table(headers, records, delimiter, had_bom)


def decode(data: bytes) -> tuple[str, bool]:
    """The file as text, and whether it began with a UTF-8 byte order mark."""
    _refuse_binary(data)
    had_bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if had_bom else data
    try:
        return body.decode("utf-8"), had_bom
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        message = _(
            "The file is not UTF-8 text: line %(line)s has characters in another encoding "
            "(%(guess)s). %(save_as)s",
            line=line,
            guess=guess_encoding(body),
            save_as=SAVE_AS_UTF8,
        )
        raise TransferError(message) from exc


def guess_encoding(data: bytes) -> str:
    """A hint for the message: which legacy encoding the bytes most likely are."""
    high = [byte for byte in data[:SAMPLE_CHARS] if byte >= 0x80]
    letters = data[:SAMPLE_CHARS].decode("cp1251", errors="replace")
    cyrillic = sum(1 for char in letters if "\u0400" <= char <= "\u04ff")
    if high and cyrillic >= 0.8 * len(high):
        return _("it looks like Windows-1251, Cyrillic, as Excel saves “CSV” on a Russian Windows")
    return _("perhaps Windows-1252 or another Windows code page")


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Excel in many countries) or tab: csv.Sniffer on a sample, checked
    against the header, where the separator is the most frequent of the three."""
    sample = text[:SAMPLE_CHARS]
    header = sample.splitlines()[0] if sample else ""
    counts = {delimiter: _outside_quotes(header).count(delimiter) for delimiter in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ","
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > counts.get(sniffed, 0) else sniffed


def _refuse_binary(data: bytes) -> None:
    if data.startswith(b"PK\x03\x04"):
        raise TransferError(
            _(
                "This is an Excel workbook (.xlsx) or a ZIP file, not a CSV file. %(save_as)s",
                save_as=SAVE_AS_UTF8,
            )
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TransferError(
            _(
                "This is an old Excel workbook (.xls), not a CSV file. %(save_as)s",
                save_as=SAVE_AS_UTF8,
            )
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        raise TransferError(
            _(
                "The file is UTF-16 text (Excel's “Unicode Text”), not UTF-8. %(save_as)s",
                save_as=SAVE_AS_UTF8,
            )
        )


def _sep_hint(text: str) -> tuple[str, str | None]:
    """Excel's optional first line `sep=;` names the separator; it is not the header."""
    found = re.match(r"sep=([,;\t])\r?\n", text)
    return (text[found.end() :], found[1]) if found else (text, None)


def _outside_quotes(line: str) -> str:
    return re.sub(r'"[^"]*"', "", line)


def _rows(text: str, delimiter: str) -> list[list[str]]:
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        message = _(
            "Row %(row)s: the file cannot be read as CSV (%(reason)s).",
            row=len(rows) + 1,
            reason=exc,
        )
        raise TransferError(message) from exc
    return rows


def _headers(row: list[str]) -> list[str]:
    headers: list[str] = []
    for number, cell in enumerate(row, start=1):
        name = cell.replace("\ufeff", "").strip() or f"Column {number}"
        candidate, copy = name, 2
        while candidate in headers:
            candidate, copy = f"{name} ({copy})", copy + 1
        headers.append(candidate)
    return headers
