"""Read inputs: .txt, JSON Lines (files or stdin), .json, HTML, WARC, CSV files and http(s) URLs.

Any file may be gzipped (by suffix or by its magic bytes). Directories are walked
for the suffixes in :data:`SUFFIXES`.

Readers never raise on bad input: a bad line or file becomes an
:class:`~dateline.errors.InputError` *in the stream*, naming the file, line and
field, so that the caller can report it and carry on with the other documents.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator, Mapping, Union, Optional

from dateline.errors import InputError
from dateline.extract import Input, parse_date

Item = Union[Input, InputError]
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".arc")
CSV_SUFFIXES = (".csv", ".tsv")
SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json") + HTML_SUFFIXES + WARC_SUFFIXES + CSV_SUFFIXES


def read_inputs(paths: Iterable[str], stdin: IO[bytes] | None = None, *,
                csv_columns: Mapping[str, str] | None = None, client=None) -> Iterator[Item]:
    """Yield an Input per document (or an InputError per bad one) from paths; "-" is stdin JSONL.

    A path starting with http:// or https:// is fetched as an HTML page (``client``: a
    :class:`dateline.ingest.feeds.PoliteClient` to share across URLs). ``csv_columns`` maps
    input fields to CSV header names (see :func:`dateline.ingest.csvfile.parse_column_mapping`).
    """
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl(stream, "<stdin>")
        elif path.lower().startswith(("http://", "https://")):
            from dateline.ingest.html import read_url
            yield from read_url(path, client=client)
        elif os.path.isdir(path):
            for child in sorted(Path(path).rglob("*")):
                if child.is_file() and _base_suffix(child.name) in SUFFIXES:
                    yield from read_path(str(child), csv_columns=csv_columns)
        else:
            yield from read_path(path, csv_columns=csv_columns)


def _base_suffix(name: str) -> str:
    name = name[:-3] if name.endswith(".gz") else name
    return os.path.splitext(name)[1].lower()


def _open_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        data = handle.read()
    if path.endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data


def read_path(path: str, *, csv_columns: Mapping[str, str] | None = None) -> Iterator[Item]:
    """One file of any supported kind, chosen by suffix (``.gz`` or gzip bytes unwrapped)."""
    suffix = _base_suffix(os.path.basename(path))
    if suffix in WARC_SUFFIXES:  # streamed: archives are large, and warcio reads gzip itself
        from dateline.ingest.warc import read_warc
        try:
            with open(path, "rb") as handle:
                yield from read_warc(handle, path)
        except FileNotFoundError:
            yield InputError("no such file", path)
        except OSError as exc:
            yield InputError(f"cannot read file ({exc.strerror or exc})", path)
        return
    try:
        data = _open_bytes(path)
    except FileNotFoundError:
        yield InputError("no such file", path)
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(f"cannot read file ({getattr(exc, 'strerror', None) or exc})", path)
        return
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(io.BytesIO(data), path)
    elif suffix == ".json":
        yield from _read_json(data, path)
    elif suffix in HTML_SUFFIXES:
        from dateline.ingest.html import read_html
        yield from read_html(data, path)
    elif suffix in CSV_SUFFIXES:
        from dateline.ingest.csvfile import read_csv
        yield from read_csv(data, path, csv_columns)
    else:
        yield from _read_text(data, path)


def _decode(data: bytes, path: str, line: int | None = None) -> str | InputError:
    try:
        return data.decode("utf-8-sig" if line in (None, 1) else "utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"text is not UTF-8 (bad byte at offset {exc.start}); "
                          "convert it, e.g. with iconv -f latin1 -t utf-8", path, line, "text")


def _read_text(data: bytes, path: str) -> Iterator[Item]:
    text = _decode(data, path)
    if isinstance(text, InputError):
        yield text
        return
    stem = os.path.basename(path)
    for suffix in (".gz", ".txt", ".text"):
        stem = stem[: -len(suffix)] if stem.endswith(suffix) else stem
    match = _DATE_PREFIX.match(stem)
    date = None
    if match:
        try:
            date = parse_date(match.group(1), path)
        except InputError:
            date = None
    yield Input(text=text, id=stem, date=date, source=None)


def record_to_input(record: object, where: str, line: int | None) -> Item:
    """Validate one JSON record of the input contract."""
    if not isinstance(record, dict):
        return InputError("expected a JSON object", where, line)
    text = record.get("text")
    if text is None:
        return InputError("missing required field", where, line, "text")
    if not isinstance(text, str):
        return InputError(f"must be a string, not {type(text).__name__}", where, line, "text")
    doc_id = record.get("id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        return InputError("must be a string", where, line, "id")
    try:
        date = parse_date(record.get("date"), where, line)
    except InputError as exc:
        return exc
    for field in ("title", "source", "url"):
        if record.get(field) is not None and not isinstance(record.get(field), str):
            return InputError("must be a string", where, line, field)
    return Input(text=text, id=str(doc_id) if doc_id is not None else None, date=date,
                 title=record.get("title"), source=record.get("source"), url=record.get("url"))


def read_jsonl(stream: IO[bytes], where: str) -> Iterator[Item]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        line = _decode(raw, where, number)
        if isinstance(line, InputError):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"invalid JSON ({exc.msg} at column {exc.colno})", where, number)
            continue
        yield record_to_input(record, where, number)


def _read_json(data: bytes, path: str) -> Iterator[Item]:
    text = _decode(data, path)
    if isinstance(text, InputError):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"invalid JSON ({exc.msg})", path, exc.lineno)
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records, start=1):
        yield record_to_input(record, f"{path}[{index}]" if isinstance(value, list) else path, None)


def count_inputs(paths: Iterable[str]) -> Optional[int]:
    """A cheap count of the documents in ``paths`` (for a progress ETA), or None when unknown."""
    total = 0
    for path in paths:
        if path == "-" or "://" in path:
            return None
        files = [str(p) for p in sorted(Path(path).rglob("*")) if p.is_file()
                 and _base_suffix(p.name) in SUFFIXES] if os.path.isdir(path) else [path]
        for name in files:
            suffix = _base_suffix(os.path.basename(name))
            if suffix in (".txt", ".text", ".html", ".htm", ".xhtml"):
                total += 1
            elif suffix in (".jsonl", ".ndjson") and not name.endswith(".gz"):
                try:
                    with open(name, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1  # reported as an error when read
            else:
                return None
    return total
