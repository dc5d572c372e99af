"""dateline: news reports in, PLOVER event data out.

>>> import dateline
>>> doc = dateline.extract("Russian troops withdrew from Kherson on Wednesday.", date="2022-11-09")
>>> [e.type for e in doc.events]
['RETREAT']
"""
from dateline.extract import Input, extract, extract_many
from dateline.records import Actor, Document, Event, Place, Quote, Span

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "Input", "Document", "Event", "Actor", "Place", "Quote",
           "Span", "__version__"]
