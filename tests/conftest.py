"""Shared fixtures. Data from ../shared is read, never copied; tests needing it skip outside CI."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "kherson-2022-11-09.txt"
EXAMPLES = REPO / "examples"


def need_shared(path: Path) -> Path:
    """Return ``path`` if it exists; skip (locally) or fail (in CI) when ../shared is missing."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need_shared(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import dateline

    return dateline.extract(seed_text, date="2022-11-09", id="kherson")


@pytest.fixture(scope="session")
def gz():
    """The compiled gazetteer, loaded once for the whole run."""
    from dateline.gazetteer import load

    return load()


@pytest.fixture(scope="session")
def nlp():
    """The pipeline's spaCy model, loaded once for the whole run."""
    from dateline.pipeline.parse import load_nlp

    return load_nlp()
