"""Places: a source's home division learnt from its articles (the local lexicon, issue 5).

Articles written for these tests; none comes from LGL.
"""
from __future__ import annotations

import pytest

from dateline.extract import Input, extract_many
from dateline.gazetteer.local_lexicon import MIN_ARTICLES, Tally, homes

pytestmark = pytest.mark.slow

LOCAL = [
    "MIDDLETOWN — A Middletown man was hurt in a crash on Route 9, police said.",
    "Crews from Torrington and Winsted fought the fire in Litchfield, Connecticut on Sunday.",
    "The Hartford school board met Tuesday in Hartford, Conn., to discuss the budget.",
    "New Haven, Conn. — Yale University announced a new program.",
    "Bridgeport, Connecticut officials opened a shelter.",
]


def middletown(monkeypatch, flag: str, source: str | None = "courant.example"):
    monkeypatch.setenv("DATELINE_LOCAL_LEXICON", flag)
    docs = list(extract_many([Input(text=t, source=source) for t in LOCAL]))
    assert len(docs) == len(LOCAL)
    p = next(p for p in docs[0].places if p.text == "Middletown")
    assert docs[0].text[p.start:p.end] == "Middletown"
    return p


def test_a_local_papers_bare_town_is_in_the_papers_home_state(monkeypatch):
    assert middletown(monkeypatch, "0").admin1 == "New Jersey"  # alone: the larger namesake
    assert middletown(monkeypatch, "1").admin1 == "Connecticut"


def test_without_a_source_there_is_no_home(monkeypatch):
    assert middletown(monkeypatch, "1", source=None).admin1 == "New Jersey"


def test_a_home_needs_several_articles_that_agree():
    assert homes([("a", [7]), ("a", [7])]) == {}  # two articles are not enough
    assert homes([("a", [7])] * MIN_ARTICLES) == {"a": 7}
    split = [("b", [7]), ("b", [8]), ("b", [9]), ("b", [7]), ("b", [8]), ("b", [9])]
    assert homes(split) == {}  # no division holds half of the evidence
    tally = Tally()
    for _ in range(MIN_ARTICLES):
        tally.add("c", [5, 5, 5])  # one vote per article, however often it names the division
    tally.add("c", [6])
    assert tally.home("c") == 5 and tally.home("unknown") is None


def test_a_national_source_gives_its_home_country(monkeypatch):
    # a national paper's articles name towns all over France, no one region holds half of
    # them; alone, "Brest" is Belarus's larger city
    texts = ["Nurses marched in Lyon, France on Monday.",
             "Dockers blocked the port of Marseille, France on Tuesday.",
             "Students rallied in Lille, France against fee rises.",
             "Farmers protested in Bordeaux, France over water rules.",
             "Workers gathered in Brest against the closure of their factory."]
    found = {}
    for flag in ("0", "1"):
        monkeypatch.setenv("DATELINE_LOCAL_LEXICON", flag)
        docs = list(extract_many([Input(text=t, source="national.example") for t in texts]))
        found[flag] = next(p.country for p in docs[-1].places if p.text == "Brest")
    assert found == {"0": "BLR", "1": "FRA"}


def test_the_cli_flag_turns_the_lexicon_on(tmp_path):
    import json
    import subprocess
    import sys

    lines = [json.dumps({"id": f"d{i}", "text": t, "source": "courant.example"})
             for i, t in enumerate(LOCAL)]
    out = {}
    for flag in ([], ["--local-lexicon"]):
        result = subprocess.run([sys.executable, "-m", "dateline", "extract", "--format", "jsonl", "-", *flag],
                                input="\n".join(lines).encode(), capture_output=True,
                                env={**__import__("os").environ, "DATELINE_LOCAL_LEXICON": "0"})
        assert result.returncode == 0, result.stderr
        docs = [json.loads(x) for x in result.stdout.decode().splitlines()]
        assert [d["id"] for d in docs] == [f"d{i}" for i in range(len(LOCAL))]
        out[bool(flag)] = next(p["admin1"] for p in docs[0]["places"] if p["text"] == "Middletown")
    assert out == {False: "New Jersey", True: "Connecticut"}


def test_a_report_crediting_several_sources_teaches_each_of_them():
    tally = Tally()
    for _ in range(MIN_ARTICLES):
        tally.add("Valley Gazette; Wire Service", [5], ["FR"])
    # each source named learnt from the reports that credit it, whatever the case and spacing
    assert tally.home("valley gazette") == 5 and tally.home(" Wire  Service ") == 5
    assert tally.home("Wire Service; Valley Gazette") == 5
    for _ in range(MIN_ARTICLES):
        tally.add("Hill Courier", [9], ["FR"])
    # two credited sources with different homes: no home; with one home between them, that one
    assert tally.home("Valley Gazette; Hill Courier") is None
    assert tally.home("Hill Courier; Unknown Weekly") == 9
    assert tally.home_country("Valley Gazette; Hill Courier") == "FR"
