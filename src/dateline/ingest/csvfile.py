"""CSV exports (news APIs, spreadsheets) into extraction inputs, with a column mapping.

``--csv-columns text=body,date=published`` maps dateline's input fields onto the
file's header names; fields not mapped are looked up under their own name.
A bad row becomes an :class:`~dateline.errors.InputError` naming file, line and
field; a header without the text column is one error for the whole file.
"""
from __future__ import annotations

import csv
import io
import sys
from typing import IO, Iterator, Mapping, Optional, Union

from dateline.errors import InputError
from dateline.extract import Input
from dateline.pipeline.clean import parse_any_date

Item = Union[Input, InputError]
FIELDS = ("text", "id", "date", "title", "source", "url")


def parse_column_mapping(spec: Optional[str]) -> dict[str, str]:
    """``"text=body,date=published"`` -> ``{"text": "body", "date": "published"}``.

    Raises :class:`InputError` (field ``csv-columns``) for an unknown field or a malformed pair,
    so the CLI can print it as a one-line usage error.
    """
    mapping: dict[str, str] = {}
    if not spec or not spec.strip():
        return mapping
    for pair in spec.split(","):
        if not pair.strip():
            continue
        if "=" not in pair:
            raise InputError(f"expected FIELD=COLUMN, got {pair.strip()!r}", "--csv-columns")
        key, column = (part.strip() for part in pair.split("=", 1))
        if key not in FIELDS:
            raise InputError(f"unknown field {key!r} (known: {', '.join(FIELDS)})", "--csv-columns")
        if not column:
            raise InputError(f"no column name given for {key!r}", "--csv-columns")
        mapping[key] = column
    return mapping


def _decode(data: bytes, where: str) -> Union[str, InputError]:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(f"CSV is not UTF-8 (bad byte at offset {exc.start}); "
                          "convert it, e.g. with iconv -f latin1 -t utf-8", where)


def read_csv(data: Union[bytes, str, IO[str]], where: str,
             columns: Optional[Mapping[str, str]] = None) -> Iterator[Item]:
    """Yield an Input per row (an InputError per bad row) of a CSV file with a header row."""
    if isinstance(data, bytes):
        data = _decode(data, where)
        if isinstance(data, InputError):
            yield data
            return
    stream = io.StringIO(data) if isinstance(data, str) else data
    mapping = {field: (columns or {}).get(field, field) for field in FIELDS}
    old_limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are long cells
    try:
        yield from _rows(stream, where, mapping, set((columns or {}).keys()))
    finally:
        csv.field_size_limit(old_limit)


def _rows(stream, where: str, mapping: dict[str, str], explicit: set[str]) -> Iterator[Item]:
    sample = stream.read(65536)
    rest = stream.read()
    try:
        dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0] or ",", delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(sample + rest), dialect)
    try:
        header = next(reader)
    except StopIteration:
        yield InputError("empty CSV file (no header row)", where)
        return
    except csv.Error as exc:
        yield InputError(f"invalid CSV ({exc})", where, 1)
        return
    index = {name.strip(): i for i, name in enumerate(header)}
    missing = [f for f in sorted(explicit) if mapping[f] not in index]
    if "text" not in explicit and mapping["text"] not in index:
        missing.insert(0, "text")
    if missing:
        names = ", ".join(repr(mapping[f]) for f in missing)
        yield InputError(f"no column {names} in the header (columns: {', '.join(header)}); "
                         f"map fields with --csv-columns, e.g. {missing[0]}=COLUMN", where, 1)
        return
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"invalid CSV ({exc})", where, reader.line_num)
            return
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        yield _row_to_input(row, index, mapping, where, line)


def _row_to_input(row: list[str], index: dict[str, int], mapping: dict[str, str], where: str,
                  line: int) -> Item:
    def cell(field: str) -> Optional[str]:
        i = index.get(mapping[field])
        if i is None or i >= len(row):
            return None
        return row[i] if row[i].strip() else None

    text = cell("text")
    if text is None:
        return InputError("empty text", where, line, mapping["text"])
    raw_date = cell("date")
    date = parse_any_date(raw_date)
    if raw_date is not None and date is None:
        return InputError(f"{raw_date!r} is not a date", where, line, mapping["date"])
    return Input(text=text, id=cell("id"), date=date, title=cell("title"), source=cell("source"),
                 url=cell("url"))
