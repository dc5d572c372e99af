"""Readers for HTML, WARC, CSV, gzip; language identification. No spaCy model needed."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json

import pytest

from dateline.errors import InputError
from dateline.extract import Input
from dateline.ingest import read_inputs
from dateline.ingest.csvfile import parse_column_mapping, read_csv
from dateline.ingest.html import decode_html, extract_page
from dateline.ingest.language import LanguageSkipped, detect, filter_language
from dateline.ingest.warc import read_warc
from news_pages import ARTICLES, STYLES, boilerplate_lines, pages, style_wire


def _norm(text: str) -> str:
    return " ".join(text.split())


# -- HTML -------------------------------------------------------------------
@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_news_page_keeps_every_paragraph_and_no_boilerplate(page):
    result = extract_page(page.html.encode("utf-8"))
    assert result is not None
    text = _norm(result.text)
    for paragraph in page.paragraphs:
        assert _norm(paragraph) in text, paragraph
    for line in page.boilerplate:
        assert _norm(line) not in text, line
    assert result.date is not None


def test_thirty_pages_in_six_styles():
    assert len(pages()) == 30 and len(STYLES) == 6 and len(ARTICLES) == 5


def test_html_file_metadata(tmp_path):
    title, date, paras = ARTICLES[0]
    path = tmp_path / "odessa.html"
    path.write_text(style_wire(title, date, paras), encoding="utf-8")
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, Input)
    assert item.id == "odessa" and item.title == title and item.date == dt.date(2023, 3, 2)
    assert item.source == "Wire Service"
    assert paras[0] in item.text and "\n\n" in item.text


def test_html_gz_and_directory_walk(tmp_path):
    title, date, paras = ARTICLES[1]
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(style_wire(title, date, paras).encode()))
    (tmp_path / "b.txt").write_text("Plain text article about the strike.", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i) for i in items] == [Input, Input]
    assert paras[2] in items[0].text and items[1].id == "b"


def test_html_encodings():
    html = ("<html><head><meta charset='iso-8859-1'><title>Caf\xe9</title></head><body><article>"
            "<p>Le caf\xe9 \xe0 Montr\xe9al a ferm\xe9 ses portes apr\xe8s trente ans, said the owner on Monday "
            "in a long interview with the local newspaper about the neighbourhood.</p></article></body></html>")
    data = html.encode("latin-1")
    assert "Montréal" in decode_html(data)
    assert "Montréal" in decode_html(data, declared="utf-8")  # a wrong header does not win
    assert "Montréal" in decode_html(b"\xef\xbb\xbf" + html.encode("utf-8"))
    assert "Montréal" in decode_html(gzip.compress(html.encode("utf-8")))
    assert "Montréal" in extract_page(data).text


@pytest.mark.parametrize("data", [b"", b"\x00\xff\xfe garbage", b"<html><body><nav>Home</nav></body></html>",
                                  b"<html><body><p>Too short.</p>", b"<<<<>>>>" * 1000])
def test_bad_html_is_an_error_in_the_stream(tmp_path, data):
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, InputError) and "bad.html" in str(item)


# -- WARC -------------------------------------------------------------------
def _warc(records: list[tuple[str, int, str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for uri, status, ctype, body in records:
        req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        headers = StatusAndHeaders(f"{status} X", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def _warc_records():
    title, date, paras = ARTICLES[2]
    page = style_wire(title, "", paras).encode("utf-8").replace(b'content="T08:30:00Z"', b"")
    return paras, [
        ("https://news.example/flights", 200, "text/html; charset=utf-8", page),
        ("https://news.example/logo.png", 200, "image/png", b"\x89PNG\r\n"),
        ("https://news.example/gone", 404, "text/html", b"<html><body>Not found</body></html>"),
        ("https://news.example/empty", 200, "text/html", b"<html><body><nav>Home | World</nav></body></html>"),
        ("https://news.example/convoy", 200, "text/html",
         style_wire(ARTICLES[3][0], ARTICLES[3][1], ARTICLES[3][2]).encode("utf-8")),
    ]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_archive(tmp_path, gz):
    paras, records = _warc_records()
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(_warc(records, gz))
    items = list(read_inputs([str(path)]))
    inputs = [i for i in items if isinstance(i, Input)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [i.url for i in inputs] == ["https://news.example/flights", "https://news.example/convoy"]
    assert inputs[0].id == "https://news.example/flights" and paras[0] in inputs[0].text
    assert inputs[1].date == dt.date(2023, 9, 21)
    assert inputs[0].date is not None  # the WARC-Date, when the page has none
    assert len(errors) == 1 and "empty" in str(errors[0]) and "crawl.warc" in str(errors[0])


def test_corrupt_warc_is_one_error(tmp_path):
    _, records = _warc_records()
    data = _warc(records, True)
    items = list(read_warc(data[: len(data) // 2] + b"\x00garbage" * 10, "half.warc.gz"))
    assert isinstance(items[-1], InputError) and "half.warc.gz" in str(items[-1])
    assert all(isinstance(i, (Input, InputError)) for i in items)
    (only,) = list(read_warc(b"this is not a warc file at all", "x.warc"))
    assert isinstance(only, InputError)


# -- CSV --------------------------------------------------------------------
def test_column_mapping():
    assert parse_column_mapping("text=body, date=published,id=guid") == {
        "text": "body", "date": "published", "id": "guid"}
    assert parse_column_mapping("") == {} and parse_column_mapping(None) == {}
    for bad in ("text", "body=text", "text=", "author=by"):
        with pytest.raises(InputError) as info:
            parse_column_mapping(bad)
        assert "--csv-columns" in str(info.value)


def test_csv_with_mapping(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('guid,published,headline,body\n'
                    'a1,2023-05-17,Strike,"The coalition called a strike.\nA second line."\n'
                    'a2,"Wed, 17 May 2023 10:00:00 GMT",Vote,Police deployed vehicles.\n'
                    'a3,not a date,X,Some text.\n'
                    'a4,2023-05-18,Empty,\n'
                    ',,,\n'
                    'a5,,,Undated text.\n', encoding="utf-8")
    columns = parse_column_mapping("text=body,date=published,id=guid,title=headline")
    items = list(read_inputs([str(path)], csv_columns=columns))
    assert [type(i).__name__ for i in items] == ["Input", "Input", "InputError", "InputError", "Input"]
    assert items[0].text.endswith("A second line.") and items[0].title == "Strike"
    assert items[1].date == dt.date(2023, 5, 17) and items[1].id == "a2"
    assert items[2].line == 5 and items[2].field == "published" and "export.csv" in str(items[2])
    assert items[3].field == "body"
    assert items[4].date is None


def test_csv_missing_column_and_defaults(tmp_path):
    (item,) = list(read_csv(b"body,published\nx,2023-01-01\n", "e.csv", {"text": "content"}))
    assert isinstance(item, InputError) and "'content'" in str(item) and "body, published" in str(item)
    (item,) = list(read_csv(b"body\nx\n", "e.csv"))
    assert isinstance(item, InputError) and "--csv-columns" in str(item)
    items = list(read_csv("id\ttext\tdate\n1\tHello world.\t2020-02-02\n".encode(), "t.tsv"))
    assert items[0].text == "Hello world." and items[0].date == dt.date(2020, 2, 2)
    assert isinstance(next(read_csv(b"text\n\xff\xfe\n", "l.csv")), InputError)
    assert isinstance(next(read_csv(b"", "empty.csv")), InputError)


# -- gzip, JSONL, text ---------------------------------------------------------
def test_gzip_transparent(tmp_path):
    (tmp_path / "2023-01-05-x.txt.gz").write_bytes(gzip.compress(b"Text of the article."))
    (tmp_path / "docs.jsonl.gz").write_bytes(gzip.compress(
        json.dumps({"id": "j1", "text": "JSON article."}).encode() + b"\n{bad\n"))
    (tmp_path / "nosuffix.txt").write_bytes(gzip.compress(b"Gzipped without the suffix."))
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    items = list(read_inputs([str(p) for p in sorted(tmp_path.iterdir())]))
    by_name = {type(i).__name__ + ":" + (i.id if isinstance(i, Input) else str(i)): i for i in items}
    texts = {i.text for i in items if isinstance(i, Input)}
    assert {"Text of the article.", "JSON article.", "Gzipped without the suffix."} <= texts
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 2 and any("broken.txt.gz" in e for e in errors)
    assert any("docs.jsonl.gz:2" in e for e in errors)
    assert any(k.startswith("Input:2023-01-05-x") for k in by_name)


# -- language -----------------------------------------------------------------
ENGLISH = "Russian Defense Minister Sergei Shoigu ordered his troops to withdraw from the city of Kherson."
FRENCH = "Le ministre russe de la Défense a ordonné à ses troupes de se retirer de la ville de Kherson mercredi."
GERMAN = "Der russische Verteidigungsminister hat seinen Truppen befohlen, sich aus der Stadt Cherson zurückzuziehen."


def test_detect():
    assert detect(ENGLISH)[0] == "en"
    lang, confidence = detect(FRENCH)
    assert lang == "fr" and confidence > 0.8
    assert detect(GERMAN)[0] == "de"
    assert detect("Kherson") == ("und", 0.0)
    assert detect("") == ("und", 0.0) and detect(None) == ("und", 0.0)
    assert detect("12345 " * 100) == ("und", 0.0)
    assert isinstance(detect("\ud800" + ENGLISH)[1], float)


def test_filter_language_skips_with_reason_or_translates():
    items = [Input(ENGLISH, id="en"), Input(FRENCH, id="fr"), InputError("bad", "f.jsonl", 3),
             Input("Kherson", id="short")]
    out = list(filter_language(items))
    assert [getattr(i, "id", None) for i in out] == ["en", None, None, "short"]
    skipped = out[1]
    assert isinstance(skipped, LanguageSkipped) and isinstance(skipped, InputError)
    assert skipped.lang == "fr" and "fr" in str(skipped) and "skipped" in str(skipped)
    translated = list(filter_language([Input(FRENCH, id="fr")], translator=lambda t, lang: f"[{lang}] {ENGLISH}"))
    assert translated[0].text.startswith("[fr]") and translated[0].id == "fr"
    failing = list(filter_language([Input(FRENCH, id="fr")], translator=lambda t, lang: 1 / 0))
    assert isinstance(failing[0], InputError) and "translation" in str(failing[0])


def test_boilerplate_list_is_not_trivial():
    lines = boilerplate_lines()
    assert len(lines) >= 12 and all(len(line) > 5 for line in lines)
