"""The ``dateline`` command: a thin layer over the library. Each command calls one function."""
from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console

from dateline import settings
from dateline.errors import DatelineError, InputError
from dateline.extract import ExtractionFailed, Input, extract_many
from dateline.ingest.readers import count_inputs, read_inputs
from dateline import output

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="dateline: news reports in, PLOVER event data out.")
err = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Failures:
    """Counts and reports bad documents: one line each on stderr."""

    def __init__(self, strict: bool = False):
        self.count, self.strict = 0, strict

    def report(self, problem: Exception) -> None:
        self.count += 1
        err.print(f"[red]error[/red]: {problem}", highlight=False, soft_wrap=True)
        if self.strict:
            raise typer.Exit(1)

    def inputs(self, items) -> Iterator[Input]:
        for item in items:
            if isinstance(item, InputError):
                self.report(item)
            else:
                yield item


def _inputs(paths: list[str], csv_columns: Optional[str], languages: str):
    """Readers -> language filter: inputs, with InputErrors in the stream for bad ones."""
    from dateline.ingest.csvfile import parse_column_mapping
    from dateline.ingest.language import filter_language

    mapping = parse_column_mapping(csv_columns) if csv_columns else None
    items = read_inputs(paths, csv_columns=mapping)
    if languages != "any":
        items = filter_language(items, accept=tuple(x.strip() for x in languages.split(",")))
    return items


def _csv_option():
    return typer.Option(None, "--csv-columns", help="CSV column mapping, e.g. text=body,date=published,id=url.")


def _languages_option():
    return typer.Option("en", "--languages", help="Languages to code (comma-separated ISO 639-1, or 'any'); "
                        "others are reported and skipped.")


def _db_option():
    return typer.Option(None, "--db", help="DuckDB file or postgresql:// URL [env DATELINE_DB].")


def _db(db: Optional[str]) -> str:
    return db or settings.get("db")


def _local_lexicon_option():
    return typer.Option(False, "--local-lexicon",
                        help="Learn each source's home state or country from its articles and resolve "
                             "local papers' bare town names there (documents wait for their batch; "
                             "also DATELINE_LOCAL_LEXICON=1).")


@app.command()
def extract(paths: List[str] = typer.Argument(None, help=".txt/.jsonl/.json files, directories, or - for JSON Lines on stdin."),
            format: Optional[Format] = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl, json."),
            min_confidence: float = typer.Option(0.0, help="Drop events below this confidence."),
            n_process: int = typer.Option(1, help="Parser processes (0 = all cores)."),
            strict: bool = typer.Option(False, help="Stop at the first bad document."),
            csv_columns: Optional[str] = _csv_option(),
            languages: str = _languages_option(),
            local_lexicon: bool = _local_lexicon_option()) -> None:
    """Extract events, places and quotes and print them (nothing is stored).

    Reads .txt, .json, JSON Lines, .csv/.tsv, .html, WARC and http(s):// URLs (gzip too).
    """
    paths = paths or ["-"]
    fmt = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
    failures = Failures(strict)
    docs = extract_many(failures.inputs(_inputs(paths, csv_columns, languages)), n_process=n_process,
                        min_confidence=min_confidence, on_error=failures.report,
                        local_lexicon=local_lexicon or None)
    if fmt == Format.table:
        output.print_table(docs)
    elif fmt == Format.json:
        sys.stdout.write(json.dumps([d.to_dict() for d in docs], ensure_ascii=False, indent=2) + "\n")
    else:
        for doc in docs:
            sys.stdout.write(output.dumps(doc) + "\n")
            sys.stdout.flush()
    raise typer.Exit(1 if failures.count else 0)


@app.command()
def ingest(paths: List[str] = typer.Argument(..., help="Files, directories, or - for JSON Lines on stdin."),
           db: Optional[str] = _db_option(),
           batch_size: int = typer.Option(64, help="Documents per committed batch."),
           n_process: int = typer.Option(1, help="Parser processes (0 = all cores)."),
           strict: bool = typer.Option(False, help="Stop at the first bad document."),
           progress: bool = typer.Option(True, help="Show a progress bar."),
           csv_columns: Optional[str] = _csv_option(),
           languages: str = _languages_option(),
           local_lexicon: bool = _local_lexicon_option(),
           engine: Engine = typer.Option(Engine.local, help="local (processes on this machine) or ray "
                                         "(a Ray Data pipeline over JSONL/Parquet shards)."),
           ray_address: Optional[str] = typer.Option(None, help="Join this Ray cluster (e.g. auto, "
                                                     "ray://head:10001); default: start a local one."),
           out: Optional[Path] = typer.Option(None, help="With --engine ray: also write events as "
                                              "Parquet partitioned by date into this folder.")) -> None:
    """Extract and store documents; re-running skips what is already stored."""
    from dateline.ingest.run import ingest as run_ingest
    from dateline.store import open_store

    if engine == Engine.ray:
        from dateline.scale.ray_ingest import run as run_ray

        summary = run_ray(paths, out_dir=str(out) if out else None, db=_db(db), address=ray_address,
                          num_cpus=None if n_process <= 1 else n_process, batch_size=batch_size)
        err.print(", ".join(f"{k} {v}" for k, v in summary.items() if not isinstance(v, (list, dict))),
                  highlight=False)
        return

    failures = Failures(strict)
    started = time.monotonic()
    with open_store(_db(db)) as store:
        items = _inputs(paths, csv_columns, languages)  # ingest records bad items itself
        with _progress(progress, count_inputs(paths) if progress else None) as tick:
            report = run_ingest(items, store, batch_size=batch_size, n_process=n_process,
                                strict=strict, on_progress=tick, local_lexicon=local_lexicon or None)
    elapsed = time.monotonic() - started
    for failure in report.failures:
        message = failure.message
        if failure.id and not message.startswith(failure.id):
            message = f"{failure.id}: {message}"
        failures.report(DatelineError(message))
    err.print(f"stored {report.stored}, already stored {report.skipped}, failed {failures.count} "
              f"in {elapsed:.1f}s", highlight=False)
    raise typer.Exit(1 if failures.count else 0)


class _progress:
    """A rich progress line with docs/s; a no-op when disabled or not on a terminal."""

    def __init__(self, enabled: bool, total: Optional[int] = None):
        self.enabled = enabled and err.is_terminal
        self.total = total
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return lambda done: None
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        self.bar = Progress(SpinnerColumn(), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(),
                            TextColumn("ETA"), TimeRemainingColumn(), console=err)
        self.bar.__enter__()
        task = self.bar.add_task("ingest", total=self.total, rate=0.0)
        start = time.monotonic()

        def tick(done: int) -> None:
            rate = done / max(time.monotonic() - start, 1e-6)
            self.bar.update(task, completed=done, rate=rate)
        return tick

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


@app.command()
def events(db: Optional[str] = _db_option(),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
           actor: Optional[str] = typer.Option(None, help="Actor country code or name."),
           recipient: Optional[str] = typer.Option(None, help="Recipient country code or name."),
           since: Optional[str] = typer.Option(None, help="YYYY-MM-DD"),
           until: Optional[str] = typer.Option(None, help="YYYY-MM-DD"),
           place: Optional[str] = typer.Option(None, help="Location name contains TEXT."),
           text: Optional[str] = typer.Option(None, help="Sentence contains TEXT."),
           min_confidence: Optional[float] = typer.Option(None),
           limit: int = typer.Option(100),
           format: Format = typer.Option(Format.table, "--format", "-f")) -> None:
    """Query stored events."""
    from dateline.store import open_store

    filters = dict(type=type.upper() if type else None, actor=actor, recipient=recipient,
                   since=since, until=until, place=place, text=text, min_confidence=min_confidence)
    with open_store(_db(db)) as store:
        if format == Format.table:
            rows = store.query_events(**filters, limit=limit)
            output.print_rows(rows, ["date", "type", "mode", "actors", "recipients", "location",
                                     "trigger", "confidence"], title=f"{len(rows)} events")
        elif format == Format.csv:
            sys.stdout.write(output.rows_to_csv(store.query_events(**filters, limit=limit)))
        else:
            records = store.event_records(**filters, limit=limit)
            if format == Format.json:
                sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
            else:
                for record in records:
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@app.command()
def export(out: Path = typer.Argument(..., help="Output file."),
           db: Optional[str] = _db_option(),
           format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f")) -> None:
    """Export all events: PLOVER JSON records, a POLECAT-like CSV, or Parquet."""
    from dateline.store import open_store

    with open_store(_db(db)) as store:
        count = store.export(str(out), format.value)
    err.print(f"exported {count} events to {out}", highlight=False)


@app.command()
def migrate(db: Optional[str] = _db_option()) -> None:
    """Create or upgrade the store's schema."""
    from dateline.store import migrate as run_migrate

    applied = run_migrate(_db(db))
    for version, name in applied:
        err.print(f"applied migration {version}: {name}", highlight=False)
    err.print("schema is up to date" if not applied else f"{len(applied)} migrations applied", highlight=False)


@app.command()
def optimize(db: Optional[str] = _db_option()) -> None:
    """Maintenance: rebuild the daily event counts and, on DuckDB, lay the events table out in
    date order again and fill the pre-rendered page rows (``flat_json``) that rows loaded by other
    tools or stored before migration 5 lack (run after large ingests and after upgrading)."""
    import time

    from dateline.store import open_store

    start = time.perf_counter()
    with open_store(_db(db)) as store:
        store.optimize()
    err.print(f"optimized in {time.perf_counter() - start:.1f} s", highlight=False)


@app.command()
def actors(db: Optional[str] = _db_option(), limit: int = typer.Option(50)) -> None:
    """List the actors in a store with their event counts."""
    from dateline.store import open_store

    with open_store(_db(db)) as store:
        output.print_rows(store.actors(limit=limit), ["name", "country", "sector", "count"])


@app.command()
def quotes(db: Optional[str] = _db_option(),
           speaker: Optional[str] = typer.Option(None, help="Speaker name contains TEXT.")) -> None:
    """List stored quotes with their speakers."""
    from dateline.store import open_store

    with open_store(_db(db)) as store:
        output.print_rows(store.quotes(speaker=speaker), ["document_id", "kind", "speaker_name", "content", "via_name"])


@app.command()
def places(db: Optional[str] = _db_option()) -> None:
    """List stored places with their coordinates and mention counts."""
    from dateline.store import open_store

    with open_store(_db(db)) as store:
        rows = store.places()
        output.print_rows(rows, list(rows[0]) if rows else ["name"])


@app.command()
def dedup(db: Optional[str] = _db_option(),
          radius_km: float = typer.Option(25.0, help="Places of one happening lie within this distance."),
          window_days: int = typer.Option(1, help="Dates of one happening lie within this many days."),
          show: int = typer.Option(20, help="Print the N clusters reported by most documents.")) -> None:
    """Group events that report the same happening into clusters; link wire copies."""
    from dateline.dedup import run as run_dedup
    from dateline.store import open_store

    with open_store(_db(db)) as store:
        summary = run_dedup(store, radius_km=radius_km, window_days=window_days)
        err.print(f"{summary['clusters']} clusters from {summary['mentions']} event mentions; "
                  f"{summary['multi_document_clusters']} reported by several documents; "
                  f"{summary['duplicate_documents']} near-duplicate documents", highlight=False)
        if show:
            output.print_rows(store.clusters(limit=show),
                              ["type", "first_seen", "n_documents", "n_sources", "n_mentions",
                               "actor_countries", "recipient_countries"])


@app.command()
def serve(db: Optional[str] = _db_option(),
          host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
          port: int = typer.Option(8000, help="Port to listen on."),
          workers: int = typer.Option(1, min=1, help="Server processes. More than 1 on a DuckDB "
                                      "store needs --immutable; on PostgreSQL any number."),
          immutable: bool = typer.Option(False, "--immutable", "-i",
                                         help="Serve the store read-only: DuckDB opened read-only "
                                              "in every worker, no migrations, POST /documents "
                                              "answers 405.")) -> None:
    """Serve the REST API (OpenAPI docs at /docs) and the web interface."""
    from dateline.api import serve as run

    run(_db(db), host=host, port=port, workers=workers, read_only=immutable)


@app.command()
def watch(feeds: List[str] = typer.Argument(..., help="RSS/Atom feed URLs."),
          db: Optional[str] = _db_option(),
          every: str = typer.Option("5m", help="Polling interval, e.g. 30s, 5m, 1h."),
          state: Optional[Path] = typer.Option(None, help="File remembering ETags and seen articles."),
          languages: str = _languages_option(),
          cycles: Optional[int] = typer.Option(None, help="Stop after N polling cycles.")) -> None:
    """Poll feeds politely and ingest new articles as they appear."""
    from dateline.ingest.watch import parse_interval, watch as run_watch
    from dateline.store import open_store

    accept = None if languages == "any" else tuple(x.strip() for x in languages.split(","))
    with open_store(_db(db)) as store:
        run_watch(feeds, store, every_seconds=parse_interval(every), state_path=state,
                  max_cycles=cycles, accept_languages=accept,
                  on_cycle=lambda report: err.print(str(report), highlight=False),
                  on_error=lambda message: err.print(f"[yellow]warning[/yellow]: {message}", highlight=False))


eval_app = typer.Typer(no_args_is_help=True, help="Score dateline on labelled data.")
app.add_typer(eval_app, name="eval")

_SHARED = Path("..") / "shared" / "data"  # beside the checkout, as in development


@eval_app.command("quotes")
def eval_quotes(directory: Path = typer.Argument(_SHARED / "dev" / "polnear" / "dev",
                                                 help="A corpus in PolNeAR's brat format (text/ and attributions/)."),
                limit: Optional[int] = typer.Option(None, help="Score only the first N articles."),
                as_json: bool = typer.Option(False, "--json", help="Print the report as JSON.")) -> None:
    """Quote attribution: content-span F1 (half-overlap match) and speaker accuracy."""
    from dateline.quotes.evaluation import evaluate_brat

    if not directory.exists():
        raise DatelineError(f"{directory}: no such corpus directory")
    report = evaluate_brat(directory, limit=limit)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.summary())


@eval_app.command("places")
def eval_places(path: Path = typer.Argument(_SHARED / "dev" / "geo" / "lgl.xml",
                                            help="A geoparsing corpus: LGL XML or JSON Lines."),
                split: str = typer.Option("all", help="all, or the md5 'held'/'tune' split used in development."),
                limit: Optional[int] = typer.Option(None, help="Score only the first N articles."),
                local_lexicon: bool = typer.Option(True, help="Locate each source's articles with the home "
                                                   "division its articles point to (LGL's domain)."),
                as_json: bool = typer.Option(False, "--json", help="Print the report as JSON.")) -> None:
    """Toponyms: recognition P/R/F1, accuracy within 161 km, mean/median error, AUC."""
    from dateline.gazetteer.evaluation import evaluate

    if not path.exists():
        raise DatelineError(f"{path}: no such corpus file")
    report = evaluate(str(path), split=split, limit=limit, local_lexicon=local_lexicon)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.summary())


@eval_app.command("events")
def eval_events(path: Path = typer.Argument(..., help="JSON Lines with text and event_type (NONE = no event)."),
                limit: Optional[int] = typer.Option(None, help="Score only the first N documents.")) -> None:
    """Event coding: per-type P/R/F1, confusion matrix, quad-class F1."""
    from dateline.events.evaluation import evaluate

    if not path.exists():
        raise DatelineError(f"{path}: no such file")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    evaluate(records[:limit] if limit else records, verbose=True)


@app.command()
def train(out: Path = typer.Argument(Path("src/dateline/models/events-v1.npz"), help="Where to write the model."),
          extra: Optional[Path] = typer.Option(None, help="Extra labelled JSON Lines (text, event_type)."),
          seed: int = typer.Option(0, help="Random seed (training is deterministic for a seed)."),
          data: Optional[Path] = typer.Option(None, help="The shared data folder [default ../shared/data].")) -> None:
    """Train the event model from ../shared/data (and your own labelled JSONL), deterministically."""
    from dateline.events.training import train as run_train

    try:
        run_train(out, extra_jsonl=extra, seed=seed, root=data)
    except FileNotFoundError as exc:
        raise DatelineError(str(exc)) from None
    err.print(f"model written to {out}", highlight=False)


def main() -> None:
    """Entry point: user errors are one line on stderr, never a traceback."""
    try:
        app()
    except DatelineError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted", highlight=False)
        sys.exit(130)
