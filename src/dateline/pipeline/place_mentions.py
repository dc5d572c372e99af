"""Place mentions: finding the toponyms of an article (see :mod:`dateline.pipeline.places`)
and the admin hints beside them ("Springfield, Ill.", "the Ukrainian city of Kherson").
"""
from __future__ import annotations

import re
from typing import Optional

from dateline.gazetteer import Gazetteer, parens, spelling
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.resolve import Mention, likely_variant
from dateline.pipeline.article import Article
from dateline.pipeline.place_institutions import local_names
from dateline.pipeline.place_lists import listed_towns
from dateline.pipeline.place_pairs import hyphen_pairs, split_pair
from dateline.pipeline.place_spans import trim_spans
from dateline.pipeline.place_cues import (
    ABBREV_PREFIX, AREA_ADJ, ARABIC_ARTICLES, CLASS_AFTER, CUE_BEFORE,
    FROM_WORDS, INSTITUTION, KEEP_SUFFIX, LOCATIVE, MAX_NGRAM, NOT_PLACE, OF_CUES, PLACE_LABELS,
    SHORT_SUFFIX, STREET, WHERE_PREP, _abbrev, _admin_prefix, _big_enough, _country_prefix, _cue, _evidence,
    _hint_entry, _hyphen_place, _is_cap, _joinable, _known, _main_town, _org_abbrev, _people,
    _well_known,
)


def find_mentions(article: Article, gz: Gazetteer) -> list[Mention]:
    doc = article.doc
    if doc is None or len(doc) == 0:
        return []
    taken = [False] * len(doc)
    mentions: list[Mention] = []

    def dotted(text: str) -> bool:
        """An abbreviation whose last dot is part of it ("U.S.", "W.Va.", "Vt.")."""
        return " " not in text and (_abbrev(text) or text.endswith(".") and gz.state(text) is not None)

    def add(i: int, j: int, kind: str, strong: bool, chars: Optional[tuple[int, int]] = None) -> Optional[Mention]:
        """A mention of tokens ``[i, j)``, or of the characters ``chars`` inside them."""
        if chars is None and i < j < len(doc) and doc[j].text == "." and not doc[j - 1].whitespace_ \
                and not taken[j] and dotted(doc[i:j + 1].text):
            j += 1  # "CHARLESTON, W.Va. --", "Bethel, Vt.,": the abbreviation's dot (a token of its own)
        while j > i and doc[j - 1].text in {".", ",", "'s", "’s", "'", "’"} and not _abbrev(doc[i:j].text) \
                and not (doc[j - 1].text == "." and dotted(doc[i:j].text)):
            j -= 1
        if j <= i or any(taken[i:j]) or _org_abbrev(doc[i:j].text):
            return None
        start, end = chars or (doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))
        m = Mention(article.clean_text[start:end], start, end, kind=kind, strong=strong)
        for k in range(i, j):
            taken[k] = True
        mentions.append(m)
        m._tokens = (i, j)  # type: ignore[attr-defined]
        return m

    ents = list(doc.ents)
    labels = {}
    for ent in ents:
        for k in range(ent.start, ent.end):
            labels[k] = ent.label_
    someone = _people(doc, gz, labels, taken)  # "Gary Wilson ... Wilson had pleaded": no place
    lower = {t.text for t in doc if t.text.islower()}

    def common(i: int, j: int) -> bool:
        """A capitalised word the article also writes in lowercase ("Man Charged ... a man"),
        with no cue for a place and no place label from spaCy."""
        return j - i == 1 and doc[i].lower_ in lower and labels.get(i) not in ("GPE", "LOC") \
            and not _cue(doc, i, j, gz, labels, taken, strict=True)

    # 0. "X (Y, Z)": a place and the divisions it lies in (resolved together, see parens)
    for (hi, hj), parts in parens.find(doc, gz):
        if hi == hj:  # no head: where an unnamed place ("the provincial office") is
            for a, b in parts:
                if parens._known_part(gz, doc[a:b].text) and norm(doc[a:b].text) not in NOT_PLACE \
                        and not someone(a, b):  # "He (Wilson) got out": the person
                    m = add(a, b, "name", False)
                    if m is not None:
                        m.where = True  # type: ignore[attr-defined]  (see parens.roles)
            continue
        prev = doc[hi - 1].lower_ if hi else ""
        cue = hj < len(doc) and (doc[hj].lower_ in parens.HEAD_CUES or doc[hj].text in parens.UPPER_CUES)
        if prev == "of" and hi > 1 and doc[hi - 2].lower_ in CUE_BEFORE | OF_CUES | parens.HEAD_CUES:
            prev = "in"  # "in the village of Nyapaga (Yamba, Gourma)"
        elif prev in ("and", ",") and _after_locative_name(doc, hi - 1):
            # "in Al Buqa and As Sawh (Kitaf, Sadah)": the second of two places; "in Awara,
            # Abuna Ginde Beret (West Shewa, Oromia)": the division the first one lies in
            prev = "in"
        elif prev in AREA_ADJ and hi > 1 and doc[hi - 2].lower_ in WHERE_PREP:
            prev = "in"  # "in occupied Hrushkivka, Zaporizhia", "in central Nyapaga (Yamba, Gourma)"
        # (after "and"/"of" a head must be a known name: "the Ministry of Education and
        # Science of Mongolia (Ulaanbaatar - Sukhbaatar)" names no place "Science of Mongolia")
        generic = norm(doc[hi:hj].text) in parens.GENERIC_NAMES  # "Tanjung and Islands district, X"
        if norm(doc[hi:hj].text) in NOT_PLACE or generic \
                or not (gz.has(doc[hi:hj].text) or prev in LOCATIVE - {"and", "of"}
                        or prev == "on"  # "an air raid on As Sawh (Kitaf, Sadah)"
                        or cue or prev in CUE_BEFORE or prev in parens.HEAD_CUES):
            if hj < len(doc) and doc[hj].text == "(" or generic:
                # "the Gwacheon City Hall (Gwacheon)": not a place, but where it is
                for a, b in parts:
                    if parens._known_part(gz, doc[a:b].text) and norm(doc[a:b].text) not in NOT_PLACE \
                            and not someone(a, b):
                        m = add(a, b, "name", False)
                        if m is not None:
                            m.where = True  # type: ignore[attr-defined]
            continue
        head = add(hi, hj, "name", True)
        for a, b in parts if head is not None else ():
            part = add(a, b, "name", True)
            if part is not None:
                part.part_of = head
                head.parts.append(part)
    # 0b. lists of counties: "Clay, Douglas and Grant counties"
    for tok in doc:
        if tok.lower_ in ("counties", "parishes") and tok.i > 0:
            _county_list(doc, tok, gz, add)
    # 1. entities spaCy labels as places, extended by a cue noun ("Laurel County")
    for ent in ents:
        i, j = ent.start, ent.end
        while i < j and (doc[i].lower_ in {"the", "a"} or doc[i].lower_ in AREA_ADJ and not _is_cap(doc[i])):
            i += 1  # "north Arlington": Arlington
        if i >= j:
            continue
        if j - i == 1 and (doc[i].text.lower() + ".") in ABBREV_PREFIX and j + 1 < len(doc) \
                and doc[j].text == "." and not doc[i].whitespace_ and _is_cap(doc[j + 1]):
            continue  # "ST" of "ST. PAUL": the next entity's first word
        if i > 0 and doc[i - 1].text.lower() in ABBREV_PREFIX and not taken[i - 1] \
                and gz.has(doc[i - 1:j].text):
            i -= 1  # "St. Paul" (spaCy: "Paul")
        elif i > 1 and doc[i - 1].text == "." and not doc[i - 2].whitespace_ and not any(taken[i - 2:i]) \
                and (doc[i - 2].text.lower() + ".") in ABBREV_PREFIX and gz.has(doc[i - 2:j].text):
            i -= 2  # "ST. PAUL" (tokens "ST", ".", "PAUL")
        text = doc[i:j].text
        part = _hyphen_place(text, gz)
        if part is not None and ent.label_ in PLACE_LABELS | {"ORG", "PERSON"}:
            if not any(taken[i:j]) and not _org_abbrev(text[part:]):
                start = doc[i].idx + part
                end = doc[j - 1].idx + len(doc[j - 1].text)
                mentions.append(Mention(article.clean_text[start:end], start, end, strong=True))
                mentions[-1]._tokens = (j - 1, j)  # type: ignore[attr-defined]
                for k in range(i, j):
                    taken[k] = True
            continue
        if ent.label_ in ("ORG", "FAC", "EVENT") and j - i >= 2:
            k = _admin_prefix(doc, i, j, gz)
            if k:
                add(i, k, "admin2", True)
                continue
            k = _country_prefix(doc, i, j, gz)
            if k:  # "Indiana Department of ...": the state, not a county
                add(i, k, "name", True)
                continue
        pair = split_pair(doc, gz, i, j) if ent.label_ in PLACE_LABELS else None
        if pair is not None:  # "the Minneapolis-St. Paul area" (spaCy: a facility)
            for a, b, kind in pair:
                add(a, b, kind, True)
            continue
        if ent.label_ in PLACE_LABELS:
            cut = next((k for k in range(i + 1, j - 1) if doc[k].text in ("-", "–", "—") and doc[k].whitespace_
                        and doc[k - 1].whitespace_), None)
            if cut is not None and _known(gz, doc[i:cut].text) and not _known(gz, doc[i:j].text):
                j = cut  # "near Twin Lakes - Highway 10 eastbound": spaCy ran on past the dash
            while j < len(doc) and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and doc[j].is_alpha \
                    and not taken[j]:
                j += 1  # "Port-au-" + "Prince" (spaCy's split)
            if j - i >= 2 and doc[j - 1].lower_ in CLASS_AFTER and doc[j - 1].text.islower() \
                    and _known(gz, doc[i:j - 1].text) and not _known(gz, doc[i:j].text):
                j -= 1  # "west of Ar-Raqqa city": the town; its class word is a hint (see _hints)
            text = doc[i:j].text
            if j < len(doc) and doc[j].lower_ in KEEP_SUFFIX and _is_cap(doc[j]):
                j += 1
            elif j < len(doc) and _is_cap(doc[j]) and doc[j].lower_ not in NOT_PLACE - {"city"} \
                    and _main_town(gz, doc[i:j + 1].text) and not _main_town(gz, doc[i:j].text + " County"):
                j += 1  # "Kansas" + "City International Airport" (spaCy's split): Kansas City
            if ent.label_ == "FAC" and not (STREET.search(text) or gz.has(text)):
                continue
            if norm(text) in NOT_PLACE or someone(i, j):  # "Emilie Holroyd ... Holroyd died"
                continue
            if ent.label_ == "GPE" and not _known(gz, doc[i:j].text) and not STREET.search(text) \
                    and not _respelled(doc, i, j, gz):
                continue  # "Pawlenty": spaCy's guess, and nothing by that name
            kind = "admin2" if doc[j - 1].lower_ in {"county", "parish"} else "name"
            if gz.demonym(text) and not gz.has(text):
                kind = "demonym"
            add(i, j, kind, True)
        elif ent.label_ == "NORP" and j - i <= 2 and gz.demonym(text):
            add(i, j, "demonym", True)
    # 1c. local institutions named after their town ("Alexandria Police", "the Athens Police
    # Department", "University of Hartford", "Columbia-based"), party codes ("D-Columbus")
    # and in-text datelines ("... headline. HARTFORD — Connecticut lawmakers ...")
    def add_local(*args, **kwargs) -> Optional[Mention]:
        m = add(*args, **kwargs)
        if m is not None:
            m.local_name = True
        return m

    local_names(doc, gz, add_local, taken)
    # 1b. inside organisation names: countries, US states and demonyms ("Western Pennsylvania
    # Kennel Association", "the American Farm Bureau") are toponyms too
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP", "EVENT"):
            continue
        for k in range(ent.start, ent.end):
            if taken[k] or not _is_cap(doc[k]) or doc[k].lower_ in NOT_PLACE:
                continue
            for n in (3, 2, 1):
                if k + n > ent.end or any(taken[k:k + n]) or not all(_is_cap(t) for t in doc[k:k + n]):
                    continue
                part = doc[k:k + n].text
                if any(e.feature_code == "PCLI" or e.feature_code == "ADM1" and e.country2 in ("US", "CA")
                       for e in gz.candidates(part) if not e.alternate):
                    # "Ciudad de Mexico", "New Mexico": the longer name the country ends
                    s0 = next((s0 for s0 in range(max(ent.start, k - 3), k) if _is_cap(doc[s0])
                               and not any(taken[s0:k]) and all(_joinable(t) for t in doc[s0:k])
                               and gz.has(doc[s0:k + n].text)), k)
                    add(s0, k + n, "name", False)
                    break
                if n <= 2 and gz.demonym(part) is not None and part[-1] not in "." \
                        and not (n == 1 and k + 1 < ent.end and gz.demonym(doc[k:k + 2].text)):
                    longer = _named_after(doc, gz, k, k + n, ent.end)
                    if longer:  # "the Indian Orchard Citizens Council": the place it begins
                        add(k, longer, "name", False)
                    else:
                        add(k, k + n, "demonym", False)  # "Sri Lankan Army", "South Ossetian forces"
                    break
    # 1d. demonyms spaCy did not label NORP ("Two Abkhaz servicemen", "the Sri Lankan civil
    # war", "South Ossetians had agreed"): before a lowercase noun or adjective, or plural
    _loose_demonyms(doc, gz, add, taken)
    # 1e. hyphenated compounds: "U.S.-led", "Saudi-led", "Iranian-backed", "Russian-American"
    _hyphen_compounds(doc, gz, add, taken)
    # 1f. hyphenated pairs of neighbouring places: "Athens-Clarke", "Plainview-Elgin"
    hyphen_pairs(doc, gz, add, taken)
    # 2. gazetteer matches of capitalised word sequences, where the context says "place"
    i = 0
    while i < len(doc):
        article_word = doc[i].lower_ in ARABIC_ARTICLES and i + 1 < len(doc) \
            and (not doc[i].whitespace_ or _is_cap(doc[i + 1]))
        # ("West Sumatra province": a direction word may begin a longer name)
        compass = doc[i].lower_ in _COMPASS and i + 1 < len(doc) and _is_cap(doc[i + 1])
        if taken[i] or not _is_cap(doc[i]) or doc[i].lower_ in NOT_PLACE and not article_word and not compass:
            i += 1
            continue
        best = None
        for j in range(min(len(doc), i + MAX_NGRAM), i + (2 if article_word else 1 if compass else 0), -1):
            if any(taken[i:j]) or not all(_joinable(t) for t in doc[i:j]) or not _is_cap(doc[j - 1]):
                continue
            if _known(gz, doc[i:j].text) or (j < len(doc) and doc[j].lower_ in KEEP_SUFFIX
                                             and gz.has(doc[i:j + 1].text)):
                best = j
                break
        if best is None:
            i += 1
            continue
        j = best
        if j < len(doc) and doc[j].lower_ in KEEP_SUFFIX and _is_cap(doc[j]):
            j += 1
        if j - i == 1 and (doc.vocab[doc[i].lower_].is_stop or norm(doc[i].text) in parens.GENERIC_NAMES):
            i = j  # (nor a bare "Islands" or "Coast": some country's division of that name)
            continue
        lo, hi = _name_run(doc, i, j, taken, labels)
        if (lo < i or hi > j) and labels.get(i) != "ORG" and not _well_known(gz, doc[i:j].text):
            # "Bar Do village", "Shakhta imeni Gagarina", "Pa Laung Self-Administered Zone": a
            # small namesake of a part of a longer name the gazetteer lacks is not that name (an
            # organisation's name may hold its town's: "United Bank Charleston Market")
            i = max(j, hi)
            continue
        if someone(i, j) or common(i, j) or j - i == 1 and i > 0 and doc[i - 1].text in ("City", "Town"):
            i = j  # ("packed City Hall", "at Town Hall": the building, not Hall County)
            continue
        if _evidence(doc, i, j, gz, labels, taken):
            kind = "admin2" if doc[j - 1].lower_ in {"county", "parish"} else "name"
            add(i, j, kind, False)
        elif compass:
            i += 1  # ("a South St. Paul man": St. Paul may still be taken)
            continue
        i = j
    # 2b. a town the gazetteer knows, listed with places ("Harwinton, Litchfield, Winsted and
    # Torrington"): the list says what its members are
    listed_towns(doc, gz, mentions, labels, taken, add, lambda i, j: someone(i, j) or common(i, j))
    # 3. a name taken as a place once is a place wherever it is written the same way
    known = {m.text for m in mentions if m.kind != "demonym" and len(m.text) > 2}
    for m in list(mentions):  # "Avondale Estates ... Avondale": the short form too
        words = m.text.split()
        if len(words) >= 2 and words[-1].lower() in SHORT_SUFFIX and norm(" ".join(words[:-1])) not in NOT_PLACE \
                and len(" ".join(words[:-1])) >= 4 and gz.has(m.text):
            known.add(" ".join(words[:-1]))
    if known:
        # in any case: "ROCKY HILL —" in the dateline, "Rocky Hill" in the headline
        known = {k.lower() for k in known}
        for i, tok in enumerate(doc):
            if taken[i] or not _is_cap(tok):
                continue
            for j in range(min(len(doc), i + MAX_NGRAM), i, -1):
                if not any(taken[i:j]) and doc[i:j].text.lower() in known and (j == len(doc) or not _is_cap(doc[j])
                                                                              or labels.get(j) != "PERSON") \
                        and not someone(i, j) and not common(i, j):
                    add(i, j, "admin2" if doc[j - 1].lower_ in {"county", "parish"} else "name", False)
                    break
    trim_spans(doc, mentions, gz)
    mentions.sort(key=lambda m: m.start)
    _hints(doc, mentions, gz)
    return mentions


def _respelled(doc, i: int, j: int, gz: Gazetteer) -> bool:
    """An unknown name that spaCy takes for a place, written as one ("in Nassriya city",
    "Dhanusha district"), and that is another spelling of a division or town the gazetteer
    knows well enough to take it alone (:func:`resolve.likely_variant`): else the name is left
    to the other rules ("Carhaix" of an unknown "Carhaix-Plouger")."""
    nxt = doc[j] if j < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    cue = (nxt is not None and nxt.lower_ in CLASS_AFTER and nxt.text.islower()) or (
        prev is not None and prev.lower_ in WHERE_PREP)
    return cue and any(likely_variant(r, e) for r, e in spelling.variants(gz, doc[i:j].text))


#: direction words that begin names ("West Sumatra", "Central Sulawesi", "North Kivu")
_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}

#: words after a name that are not more of it ("Dalton Police", "Tulsa County", "Boston Road")
_NOT_NAME_WORDS = NOT_PLACE | INSTITUTION | FROM_WORDS | KEEP_SUFFIX | CUE_BEFORE | CLASS_AFTER


def _name_word(tok, taken, labels, k) -> bool:
    return _is_cap(tok) and not taken[k] and tok.lower_ not in _NOT_NAME_WORDS \
        and not STREET.fullmatch(tok.text) and labels.get(k) not in _NOT_NAME_LABELS \
        and tok.text.isalpha() and not tok.text.isupper()


_NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _name_run(doc, i: int, j: int, taken, labels) -> tuple[int, int]:
    """The longer capitalised name that doc[i:j] is part of: the name words right before and
    after it, also across the small words of names ("Ain al Arab") and a foreign lowercase word
    the tagger takes for part of a name ("Shakhta imeni Gagarina")."""
    n = len(doc)
    hi = j
    while hi < n:
        if _name_word(doc[hi], taken, labels, hi):
            hi += 1
            continue
        small = doc[hi].lower_ in ARABIC_ARTICLES or doc[hi].lower_ in {"de", "del", "la", "al", "el"} \
            or (doc[hi].tag_ == "NNP" or doc[hi].is_oov) and doc[hi].text.islower() and doc[hi].is_alpha
        if small and not taken[hi] and hi + 1 < n and _name_word(doc[hi + 1], taken, labels, hi + 1):
            hi += 2
            continue
        break
    lo = i
    while lo > 0:
        k = lo - 1
        if doc[k].is_sent_start or not doc[k].whitespace_ and doc[k].text in ("-", "'"):
            break
        if _name_word(doc[k], taken, labels, k):
            lo = k
            continue
        small = doc[k].lower_ in ARABIC_ARTICLES or doc[k].lower_ in {"de", "del", "la", "al", "el"}
        if small and k > 0 and not taken[k] and _name_word(doc[k - 1], taken, labels, k - 1) \
                and not doc[k - 1].is_sent_start:
            lo = k - 1
            continue
        break
    return lo, hi


#: second parts of compounds whose first part says who or where ("U.S.-led", "Iranian-backed")
COMPOUND_WORDS = {"led", "backed", "based", "born", "brokered", "funded", "owned", "made", "sponsored",
                  "controlled", "held", "run", "allied", "aligned", "supported", "occupied"}


def _named_after(doc, gz: Gazetteer, i: int, j: int, end: int) -> int:
    """The end of a place named with a demonym ("Indian Orchard", "American Fork") that
    begins at ``i`` and goes on past ``j`` within ``end``, or 0."""
    for k in range(min(end, j + 2), j, -1):
        if all(_is_cap(t) for t in doc[j:k]) and any(
                not e.alternate and e.feature_code not in ("PCLI", "ADM1") for e in gz.candidates(doc[i:k].text)):
            return k
    return 0


def _hyphen_compounds(doc, gz: Gazetteer, add, taken) -> None:
    n = len(doc)

    def kind_of(text: str) -> Optional[str]:
        if gz.demonym(text) is not None and not gz.has(text):
            return "demonym"
        if text[:1].isupper() and _big_enough(gz, text) and norm(text) not in NOT_PLACE:
            return "name"
        return None

    for k in range(n):
        tok = doc[k]
        if taken[k]:
            continue
        head, dash, tail = tok.text.rpartition("-")
        if dash and head and tail.lower() in COMPOUND_WORDS:  # one token: "U.S.-led"
            kind = kind_of(head)
            if kind is not None and not _org_abbrev(head):
                add(k, k + 1, kind, False, chars=(tok.idx, tok.idx + len(head)))
            continue
        if k + 2 >= n or not _is_cap(tok) or tok.whitespace_ or doc[k + 1].text != "-" or doc[k + 1].whitespace_:
            continue
        nxt = doc[k + 2]
        first = kind_of(tok.text)
        if first is None:
            continue
        if nxt.lower_ in COMPOUND_WORDS:  # "Saudi - led" as three tokens
            add(k, k + 1, first, False)
        elif first == "demonym" and _is_cap(nxt) and kind_of(nxt.text) == "demonym":
            add(k, k + 1, "demonym", False)  # "a Russian-American crew": both
            if not taken[k + 2]:
                add(k + 2, k + 3, "demonym", False)


def _loose_demonyms(doc, gz: Gazetteer, add, taken) -> None:
    n = len(doc)
    in_name = {t for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in range(ent.start, ent.end)}
    for k in range(n):
        if taken[k] or k in in_name or not _is_cap(doc[k]) or doc[k].text.isupper() \
                or doc[k].lower_ in NOT_PLACE:
            continue  # (not a part of a person's name: "John French")
        for m in (2, 1):
            e = k + m
            if e > n or any(taken[k:e]) or not all(_is_cap(t) for t in doc[k:e]):
                continue
            text = doc[k:e].text
            if gz.demonym(text) is None:
                continue
            nxt = doc[e] if e < n else None
            plural = text.endswith(("ns", "is", "ers", "ites")) and (nxt is None or not _is_cap(nxt))
            modifier = nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and nxt.text.islower()
            if plural or modifier:
                add(k, e, "demonym", False)
                break


def _county_list(doc, tok, gz: Gazetteer, add) -> None:
    suffix = " County" if tok.lower_ == "counties" else " Parish"
    k = tok.i - 1
    while k >= 0:
        j = k + 1
        while k >= 0 and _is_cap(doc[k]) and j - k <= 3:
            k -= 1
        i = k + 1
        while i < j - 1 and not gz.has(doc[i:j].text + suffix):
            i += 1  # "Small Hitchcock and Hayes counties": the name is the last word(s)
        listed = k >= 1 and doc[k].lower_ in ("and", "or", ",") and _is_cap(doc[k - 1])
        if i >= j or not gz.has(doc[i:j].text + suffix) or not listed and (
                gz.state(doc[i:j].text) is not None
                or any(e.feature_code == "ADM1" and e.country2 == "US" and not e.alternate
                       for e in gz.candidates(doc[i:j].text))):
            return  # "central Indiana counties": the state's counties ("Otoe and Washington
            # counties": a list, Washington County too)
        m = add(i, j, "county_list", True)
        if m is None:
            return
        if i == k + 1 and k >= 0 and doc[k].lower_ in (",", "and", "&", "or"):
            k -= 1
            if k >= 0 and doc[k].lower_ in (",", "and", "or"):
                k -= 1
            continue
        return


def _after_locative_name(doc, k: int) -> bool:
    """Whether the "and" or comma at doc[k] follows a capitalised name that a locative preposition
    opens ("in Al Buqa and ...", "in Awara, ...", "an ambush between Boulsa and ..."), not an
    organisation's words ("the Ministry of Education and ...")."""
    i = k
    while i > 0 and k - i < 5 and (_is_cap(doc[i - 1]) or doc[i - 1].lower_ in parens.JOINERS and i < k):
        i -= 1
    return i < k and _is_cap(doc[i]) and i > 0 and (doc[i - 1].lower_ in WHERE_PREP
                                                      or doc[i - 1].lower_ == "between" and doc[k].lower_ == "and")


def _hints(doc, mentions: list[Mention], gz: Gazetteer) -> None:
    """Admin hints: "X, <state|country>", "(Oyam, Northern)", "<Ukrainian> city of X"."""
    text = doc.text  # built once: Doc.text joins every token on each access
    for m in mentions:
        j = getattr(m, "_tokens", (0, 0))[1]
        if 0 < j < len(doc) and doc[j].text.islower():
            m.class_word = doc[j].text
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start]
        if gap.strip() == "," and parens._listed(doc, b._tokens[0] - 1, b._tokens[1]):  # type: ignore[attr-defined]
            continue  # "Illinois, Ohio, Kentucky and Michigan": a list, not "Ohio, <in Kentucky>"
        if gap.strip() in {",", "(", ", (", "-", "—"} and b.kind != "demonym":
            hint = _hint_entry(doc, b._tokens[0], gz)  # type: ignore[attr-defined]
            if hint is not None:
                if hint.feature_code == "PCLI":
                    a.hint_country = hint.country2
                else:
                    a.hint_admin1 = hint.index
                    a.hint_country = hint.country2
    for a, b in zip(mentions, mentions[1:]):
        if a.kind == "demonym" and b.kind != "demonym" and not b.hint_country:
            gap = text[a.end:b.start].lower()
            if re.fullmatch(r"\s*(city|town|village|port|capital|region|province|oblast|state)?\s*(of)?\s*", gap):
                e = gz.demonym(a.text)
                if e is not None:
                    b.hint_country = e.country2
