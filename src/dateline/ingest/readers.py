"""Read .txt files, JSON Lines (files or stdin) and .json files into extraction inputs.

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
from pathlib import Path
from typing import IO, Iterable, Iterator, Union

from dateline.errors import InputError
from dateline.extract import Input, parse_date

Item = Union[Input, InputError]
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json")


def read_inputs(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Yield an Input per document (or an InputError per bad one) from paths; "-" is stdin JSONL."""
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl(stream, "<stdin>")
        elif os.path.isdir(path):
            for child in sorted(Path(path).rglob("*")):
                if child.is_file() and _base_suffix(child.name) in SUFFIXES:
                    yield from read_path(str(child))
        else:
            yield from read_path(path)


def _base_suffix(name: str) -> str:
    name = name[:-3] if name.endswith(".gz") else name
    return os.path.splitext(name)[1].lower()


def _open_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        data = handle.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data


def read_path(path: str) -> Iterator[Item]:
    suffix = _base_suffix(os.path.basename(path))
    try:
        data = _open_bytes(path)
    except FileNotFoundError:
        yield InputError("no such file", path)
        return
    except (OSError, EOFError) as exc:
        yield InputError(f"cannot read file ({exc.strerror or exc})", path)
        return
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(io.BytesIO(data), path)
    elif suffix == ".json":
        yield from _read_json(data, path)
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
