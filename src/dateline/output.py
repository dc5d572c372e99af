"""How documents and events are shown: JSON Lines, JSON, CSV and a human-readable table."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable

from rich.console import Console
from rich.table import Table

from dateline.records import Document, Event


def _who(actors) -> str:
    parts = []
    for a in actors:
        label = a.name or a.text or "unnamed"
        if a.country or a.sector:
            label += f" ({'/'.join(x for x in (a.country, a.sector) if x)})"
        parts.append(label)
    return ", ".join(parts) or "-"


def event_row(event: Event) -> list[str]:
    flags = "".join(f for f, on in (("¬", event.negated), ("?", event.hypothetical)) if on)
    where = "-"
    if event.location:
        where = event.location.name or event.location.text
        if event.location.country:
            where += f", {event.location.country}"
    return [
        event.type + (f" {flags}" if flags else ""),
        event.mode or "-",
        _who(event.actors),
        _who(event.recipients),
        where,
        event.date or "-",
        event.trigger.text,
        f"{event.confidence:.2f}",
    ]


def print_table(documents: Iterable[Document], console: Console | None = None) -> None:
    console = console or Console()
    for doc in documents:
        table = Table(title=f"{doc.id}  ({doc.date or 'no date'})", title_justify="left",
                      show_lines=False, expand=False)
        for column in ("event", "mode", "actor", "recipient", "where", "when", "trigger", "conf"):
            table.add_column(column, overflow="fold")
        for event in doc.events:
            table.add_row(*event_row(event))
        console.print(table)
        if doc.quotes:
            console.print(f"[bold]{len(doc.quotes)} quotes[/bold]: " + "; ".join(
                f"{q.speaker_name or (q.speaker.text if q.speaker else '?')} ({q.kind})" for q in doc.quotes))


def dumps(doc: Document, indent: int | None = None) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)


def rows_to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()})
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict) and "text" in value:  # a span: show its text
        return str(value["text"])
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def print_rows(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    Console().print(table)
