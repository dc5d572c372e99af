"""Walk every span of a contract document (used by several tests)."""
from __future__ import annotations

from typing import Any, Iterator


def iter_spans(obj: Any) -> Iterator[dict]:
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from iter_spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from iter_spans(value)


def assert_spans_exact(text: str, document: dict) -> int:
    count = 0
    for span in iter_spans(document):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"]:span["end"]] == span["text"], span
        count += 1
    return count
