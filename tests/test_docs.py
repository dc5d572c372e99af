"""Docs that cannot drift: the CLI reference matches --help, every setting is documented."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from dateline.settings import SETTINGS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _reference() -> str:
    spec = importlib.util.spec_from_file_location("cli_reference", DOCS / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.reference()


def test_cli_reference_is_current():
    assert (DOCS / "cli.md").read_text(encoding="utf-8").strip() == _reference().strip(), \
        "docs/cli.md is stale: run `python docs/cli_reference.py > docs/cli.md`"


def test_every_setting_documented():
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    for name in SETTINGS:
        assert f"DATELINE_{name.upper()}" in text, name
