"""Helpers shared by the event tests: the top event of a text, and its factual events."""
from __future__ import annotations

from dateline.events.coder import code_doc
from dateline.events.ranking import top_event


def top(nlp, text):
    """(type, trigger, mode) of the text's top event, or None."""
    e = top_event(code_doc(nlp(text)))
    return (e.type, e.trigger.text, e.mode) if e else None


def real(nlp, text):
    """(type, trigger) of every event the text codes that is not negated."""
    return [(e.type, e.trigger.text) for e in code_doc(nlp(text)) if not e.negated]
