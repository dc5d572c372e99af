"""HTML pages (files, bytes or URLs) into extraction inputs: main text, title, author, date, site.

The main text comes from trafilatura (comments, tables and link lists left out),
then goes through the same line cleaner the pipeline uses, so that a "Read more"
or credit line that trafilatura kept does not reach the parser. Nothing here
raises on a bad page: it becomes an :class:`~dateline.errors.InputError`.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import logging
from dataclasses import dataclass
from typing import Iterator, Optional, Union

from dateline.errors import InputError
from dateline.extract import Input
from dateline.pipeline.clean import clean, parse_any_date

Item = Union[Input, InputError]
MIN_CHARS = 80  # a page with less main text than this is not an article
log = logging.getLogger(__name__)
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass
class Page:
    """What is read from one HTML page."""

    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    date: Optional[dt.date] = None
    site: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None

    def to_input(self, id: Optional[str] = None) -> Input:
        return Input(text=self.text, id=id or self.url, date=self.date, title=self.title,
                     source=self.site, url=self.url)


def decode_html(data: bytes, declared: Optional[str] = None) -> str:
    """Bytes of a page to text: BOM, declared charset if it decodes, UTF-8, meta charset, guess."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            pass
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    candidates = [c for c in (declared, "utf-8", _meta_charset(data)) if c]
    for codec in candidates:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except Exception:  # pragma: no cover - charset_normalizer is optional here
        pass
    return data.decode("cp1252", errors="replace")


def _meta_charset(data: bytes) -> Optional[str]:
    import re
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", data[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii") if m else None


def extract_page(html: Union[str, bytes], url: Optional[str] = None,
                 declared_charset: Optional[str] = None) -> Optional[Page]:
    """The article in an HTML page, or None when the page has no main text."""
    import trafilatura

    if isinstance(html, bytes):
        html = decode_html(html, declared_charset)
    if not html or not html.strip():
        return None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_links=False, include_images=False, favor_precision=True, deduplicate=False)
    except Exception as exc:  # trafilatura raises odd things on odd markup
        log.debug("trafilatura failed on %s: %s", url, exc)
        return None
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    raw = get("text") or ""
    cleaned = clean(raw)
    text = "\n\n".join(line.strip() for line in cleaned.text.splitlines() if line.strip())
    if not text:
        return None
    return Page(text=text, title=_s(get("title")), author=_s(get("author")),
                date=parse_any_date(get("date")), site=_s(get("sitename")) or _s(get("hostname")),
                url=_s(get("url")) or url, language=_s(get("language")))


def _s(value: object) -> Optional[str]:
    return value.strip() if isinstance(value, str) and value.strip() else None


def page_to_item(data: Union[str, bytes], where: str, url: Optional[str] = None,
                 declared_charset: Optional[str] = None, id: Optional[str] = None,
                 date: Optional[dt.date] = None) -> Item:
    """One HTML page as an Input, or an InputError saying why it is not an article."""
    try:
        page = extract_page(data, url=url, declared_charset=declared_charset)
    except Exception as exc:  # never raise on odd input
        return InputError(f"cannot read HTML ({type(exc).__name__}: {exc})", where)
    if page is None or len(page.text) < MIN_CHARS:
        return InputError("no article text found in the page", where, field="text")
    if page.date is None:
        page.date = date
    doc_id = id or page.url or where
    if doc_id is None:
        doc_id = "sha1:" + hashlib.sha1(page.text.encode("utf-8", "replace")).hexdigest()
    return page.to_input(id=doc_id)


def read_html(data: bytes, path: str) -> Iterator[Item]:
    """An HTML file (already read, gunzipped) as one Input named after the file."""
    import os
    stem = os.path.basename(path)
    for suffix in (".gz", ".html", ".htm", ".xhtml"):
        stem = stem[: -len(suffix)] if stem.endswith(suffix) else stem
    yield page_to_item(data, path, id=stem)


def read_url(url: str, client=None) -> Iterator[Item]:
    """Fetch one page politely (robots.txt, timeouts, retries) and yield it as an Input."""
    from dateline.ingest.feeds import FetchError, PoliteClient

    own = client is None
    client = client or PoliteClient()
    try:
        response = client.get(url)
        yield page_to_item(response.content, url, url=response.url,
                           declared_charset=response.charset, id=url)
    except FetchError as exc:
        yield InputError(str(exc), url)
    finally:
        if own:
            client.close()
