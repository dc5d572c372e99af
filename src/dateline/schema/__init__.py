"""The JSON Schema of the extraction contract, and a validator for it."""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.lru_cache(maxsize=1)
def contract_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("contract.schema.json").read_text("utf-8"))


def validate(document: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``document`` breaks the contract."""
    import jsonschema

    jsonschema.validate(document, contract_schema())
