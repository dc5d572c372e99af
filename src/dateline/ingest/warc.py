"""WARC and WARC.gz archives (Common Crawl News and the like) into extraction inputs.

Each ``response`` record with an HTML payload and a 2xx status becomes one
Input (main text via :mod:`dateline.ingest.html`); the record's target URI is its
id and URL, and ``WARC-Date`` the fallback publication date. Records that are
not pages (requests, metadata, images, redirects) are passed over silently; a
page with no article text and a broken archive become InputErrors.
"""
from __future__ import annotations

import io
from typing import IO, Iterator, Union

from dateline.errors import InputError
from dateline.extract import Input
from dateline.ingest.html import page_to_item
from dateline.pipeline.clean import parse_any_date

Item = Union[Input, InputError]
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: Union[bytes, IO[bytes]], where: str) -> Iterator[Item]:
    """Yield an Input per HTML response in a WARC (gzipped or not), an InputError per bad page."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response":
                continue
            number += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            label = f"{where}#{number}" + (f" ({uri})" if uri else "")
            http = record.http_headers
            status = http.get_statuscode() if http is not None else "200"
            if not str(status).startswith("2"):
                continue
            ctype = (http.get_header("Content-Type") if http is not None else None) or "text/html"
            if not ctype.lower().split(";")[0].strip() in _HTML_TYPES:
                continue
            try:
                payload = record.content_stream().read()
            except Exception as exc:  # a truncated or badly encoded payload
                yield InputError(f"cannot read record payload ({exc})", label)
                continue
            charset = _charset(ctype)
            date = parse_any_date(record.rec_headers.get_header("WARC-Date"))
            yield page_to_item(payload, label, url=uri, declared_charset=charset, id=uri, date=date)
    except ArchiveLoadFailed as exc:
        yield InputError(f"not a WARC archive or a corrupt one ({str(exc).strip()})", where)
    except Exception as exc:  # zlib errors, truncated gzip members, ...
        yield InputError(f"corrupt WARC archive after {number} records ({type(exc).__name__}: {exc})", where)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"\'')
    return None
