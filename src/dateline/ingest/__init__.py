"""Readers that turn files and streams into :class:`dateline.extract.Input` items. No NLP here."""
from dateline.ingest.readers import read_inputs

__all__ = ["read_inputs"]
