"""Stage: places. Finds toponyms, resolves them in the gazetteer, locates each event.

Recognition does not trust spaCy's labels alone (small models tag "Kherson" as a PERSON):
GPE/LOC/FAC entities are taken, and capitalised word sequences that the gazetteer knows
are added when the context says "place": a locative preposition ("in/at/near/from X"),
a cue noun ("the city of X", "X County", "X province"), an admin hint after a comma
("Springfield, Ill.", "Paris, Texas"), or a well-known name (a country, a state, a city
of 100,000+). Country adjectives ("Ukrainian city of Kherson") become the country.
Disambiguation is in :mod:`dateline.gazetteer.resolve`.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter
from typing import Optional

from dateline.gazetteer import Entry, Gazetteer, load, parens
from dateline.gazetteer.locale import article_locale
from dateline.gazetteer.normalize import norm
from dateline.gazetteer.resolve import Mention, dateline_sense, resolve
from dateline.pipeline.article import Article
from dateline.pipeline.locations import locate_events
from dateline.records import Place

log = logging.getLogger(__name__)

LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across", "toward",
            "towards", "around", "throughout", "through", "via", "across", "within", "of",
            "between", "and", "visited", "visit", "visiting", "entered", "left", "captured",
            "retook", "shelled", "bombed", "struck", "attacked", "seized", "liberated"}
CUE_BEFORE = {"city", "town", "village", "capital", "province", "region", "state", "county",
              "port", "district", "suburb", "township", "borough", "republic", "island"}
CUE_AFTER = {"county", "parish", "province", "region", "oblast", "district", "governorate",
             "state", "township", "city", "river", "valley", "lake", "island", "islands", "sea",
             "mountains", "peninsula", "strait", "gulf", "bay"}
KEEP_SUFFIX = {"county", "parish", "province", "oblast", "governorate", "township", "river",
               "valley", "lake", "island", "islands", "sea", "mountains", "peninsula", "strait",
               "gulf", "bay"}
STREET = re.compile(r"\b(street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|highway|hwy\.?|"
                    r"drive|lane|parkway|pike|interstate|route|park|creek|river|lake|bridge|"
                    r"square|plaza|mall|airport|county|township|valley|mountain|beach)\b|"
                    r"\b(I|US|SR|Route|Highway|Interstate)[- ]\d+", re.IGNORECASE)
# capitalised words that the gazetteer knows but that are rarely places on their own
NOT_PLACE = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mr", "mrs", "ms", "dr", "president", "minister", "secretary",
    "general", "police", "university", "college", "school", "church", "court", "council",
    "department", "state", "city", "county", "government", "national", "north", "south",
    "east", "west", "central", "new", "union", "independence", "liberty", "victory", "justice",
    "mobile", "reading", "bath", "nice", "split", "of", "the", "a", "an", "i", "we", "he", "she",
    "it", "they", "you", "this", "that", "but", "and", "or", "as", "at", "by", "for", "in", "on",
    "to", "with", "is", "was", "said", "says", "also", "after", "before", "since", "if", "when",
    "while", "there", "here", "today", "home", "house", "senate", "congress", "center", "centre",
    "ministry", "office", "army", "navy", "republican", "democrat", "democratic", "christian",
    "muslim", "jewish", "catholic", "god", "lord", "king", "queen", "prince", "chief", "sheriff",
    "mayor", "governor", "judge", "officer", "deputy", "captain", "sergeant", "lieutenant",
    "colonel", "major", "commissioner", "director", "manager", "attorney", "officials", "hospital",
    "story", "photo", "page", "news", "post", "times", "herald", "tribune", "journal", "press",
    "online", "email", "web", "internet", "western", "eastern", "northern", "southern", "town",
    "vice", "mad", "al", "ar", "as", "ash", "el", "ad", "an", "az",
}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: last words of town names whose first words alone name the town again ("Avondale Estates")
SHORT_SUFFIX = {"estates", "heights", "springs", "beach", "park", "village", "hills", "falls",
                "junction", "station", "township"}
#: lowercase class words after a town's name ("in Adiyaman town", "west of Ar-Raqqa city")
CLASS_AFTER = {"city", "town", "village", "district", "province", "region", "governorate",
               "countryside", "area", "camp", "subdistrict", "municipality"}
#: abbreviations that begin a place name ("St. Paul", "Ft. Worth", "Mt. Pleasant")
ABBREV_PREFIX = {"st.", "ste.", "ft.", "mt.", "pt."}
#: Arabic articles joined to a name by a hyphen ("Al-Bukamal", "Ar-Raqqa"): a name may start there
ARABIC_ARTICLES = {"al", "el", "ar", "as", "ash", "ad", "an", "az", "at", "ath", "adh", "ad-"}
#: nouns that, followed by "of", name a place's parts or institutions ("the streets of X")
OF_CUES = {"beaches", "shores", "coast", "banks", "hills", "waters", "ruins", "towns", "cities", "villages",
           "countryside", "school",
           "streets", "street", "hospital", "prison", "outskirts", "center", "centre", "residents",
           "people", "mayor", "municipality", "suburbs", "suburb", "port", "university", "parts",
           "areas", "area", "vicinity", "governor", "inhabitants", "citizens", "courthouse",
           "headquarters", "neighbourhood", "neighborhood", "entrance", "south", "north", "east",
           "west", "northeast", "northwest", "southeast", "southwest", "countryside", "markets",
           "market", "square", "downtown", "heart", "edge", "outside", "periphery", "environs"}
#: adjectives between a locative preposition and a place ("in central Thessaloniki")
AREA_ADJ = {"central", "downtown", "northern", "southern", "eastern", "western", "north", "south",
            "east", "west", "rural", "suburban", "greater", "northeastern", "northwestern",
            "southeastern", "southwestern", "coastal", "occupied", "besieged", "neighbouring",
            "neighboring", "nearby"}
MAX_NGRAM = 5


def geolocate(article: Article) -> None:
    """Set ``article.places`` and each ``event.location``."""
    article.places = []
    try:
        gz = load()
    except Exception:  # no gazetteer: leave places empty rather than break the pipeline
        log.exception("gazetteer unavailable")
        return
    try:
        mentions = find_mentions(article, gz)
        context = _dateline_entries(article, gz)
        resolve(gz, mentions, context, locale=article_locale(article.clean_text))
        context = _one_sense(article, context, mentions)
        _short_forms(mentions)
        article.places = [_place(article, gz, m) for m in mentions]
        roles = parens.roles(article.clean_text, mentions)
        for span in _doubtful(mentions, _cued(article.doc, mentions)):
            roles[span] = "doubtful"  # (also a head its hints do not pin down, see _pinned)
        locate_events(article, gz, context, roles)
    except Exception:  # odd input must never stop the batch
        log.exception("places stage failed on %s", article.id)
        article.places = article.places or []


# -- recognition --------------------------------------------------------------------
def _is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _joinable(tok) -> bool:
    """Inside a multiword name: capitalised words and the small words of names."""
    return _is_cap(tok) or tok.lower_ in {"of", "de", "del", "la", "el", "al", "-", "upon", "on", "am",
                                          "los", "las", "da", "do", "dos", "das", "du", "des", "di",
                                          "ez", "es", "ed", "az", "ul", "ar", "ash", "ad",
                                          "au", "aux", "sur", "sous", "en", "les", "le", "lès"} \
        or tok.lower_.startswith(("d'", "d’"))


def find_mentions(article: Article, gz: Gazetteer) -> list[Mention]:
    doc = article.doc
    if doc is None or len(doc) == 0:
        return []
    taken = [False] * len(doc)
    mentions: list[Mention] = []

    def add(i: int, j: int, kind: str, strong: bool) -> Optional[Mention]:
        while j > i and doc[j - 1].text in {".", ",", "'s", "’s", "'", "’"} and not _abbrev(doc[i:j].text):
            j -= 1
        if j <= i or any(taken[i:j]) or _org_abbrev(doc[i:j].text):
            return None
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        m = Mention(article.clean_text[start:end], start, end, kind=kind, strong=strong)
        for k in range(i, j):
            taken[k] = True
        mentions.append(m)
        m._tokens = (i, j)  # type: ignore[attr-defined]
        return m

    # 0. "X (Y, Z)": a place and the divisions it lies in (resolved together, see parens)
    for (hi, hj), parts in parens.find(doc, gz):
        if hi == hj:  # no head: where an unnamed place ("the provincial office") is
            for a, b in parts:
                if parens._known_part(gz, doc[a:b].text) and norm(doc[a:b].text) not in NOT_PLACE:
                    add(a, b, "name", False)
            continue
        prev = doc[hi - 1].lower_ if hi else ""
        cue = hj < len(doc) and doc[hj].lower_ in parens.HEAD_CUES
        if prev == "of" and hi > 1 and doc[hi - 2].lower_ in CUE_BEFORE | OF_CUES | parens.HEAD_CUES:
            prev = "in"  # "in the village of Nyapaga (Yamba, Gourma)"
        # (after "and"/"of" a head must be a known name: "the Ministry of Education and
        # Science of Mongolia (Ulaanbaatar - Sukhbaatar)" names no place "Science of Mongolia")
        if norm(doc[hi:hj].text) in NOT_PLACE or not (gz.has(doc[hi:hj].text) or prev in LOCATIVE - {"and", "of"}
                                                      or prev == "on"  # "an air raid on As Sawh (Kitaf, Sadah)"
                                                      or cue or prev in CUE_BEFORE or prev in parens.HEAD_CUES):
            if hj < len(doc) and doc[hj].text == "(":
                # "the Gwacheon City Hall (Gwacheon)": not a place, but where it is
                for a, b in parts:
                    if parens._known_part(gz, doc[a:b].text) and norm(doc[a:b].text) not in NOT_PLACE:
                        add(a, b, "name", False)
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
    ents = list(doc.ents)
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
        if ent.label_ in PLACE_LABELS:
            if j < len(doc) and doc[j].lower_ in KEEP_SUFFIX and _is_cap(doc[j]):
                j += 1
            elif j < len(doc) and _is_cap(doc[j]) and doc[j].lower_ not in NOT_PLACE - {"city"} \
                    and _main_town(gz, doc[i:j + 1].text) and not _main_town(gz, doc[i:j].text + " County"):
                j += 1  # "Kansas" + "City International Airport" (spaCy's split): Kansas City
            if ent.label_ == "FAC" and not (STREET.search(text) or gz.has(text)):
                continue
            if norm(text) in NOT_PLACE:
                continue
            if ent.label_ == "GPE" and not _known(gz, doc[i:j].text) and not STREET.search(text):
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
    _local_names(doc, gz, add, taken)
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
                    add(k, k + n, "demonym", False)  # "Sri Lankan Army", "South Ossetian forces"
                    break
    # 2. gazetteer matches of capitalised word sequences, where the context says "place"
    labels = {}
    for ent in ents:
        for k in range(ent.start, ent.end):
            labels[k] = ent.label_
    i = 0
    while i < len(doc):
        article_word = doc[i].lower_ in ARABIC_ARTICLES and i + 1 < len(doc) \
            and (not doc[i].whitespace_ or _is_cap(doc[i + 1]))
        if taken[i] or not _is_cap(doc[i]) or doc[i].lower_ in NOT_PLACE and not article_word:
            i += 1
            continue
        best = None
        for j in range(min(len(doc), i + MAX_NGRAM), i + (2 if article_word else 0), -1):
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
        if j - i == 1 and doc.vocab[doc[i].lower_].is_stop:
            i = j
            continue
        if _evidence(doc, i, j, gz, labels, taken):
            kind = "admin2" if doc[j - 1].lower_ in {"county", "parish"} else "name"
            add(i, j, kind, False)
        i = j
    # 3. a name taken as a place once is a place wherever it is written the same way
    known = {m.text for m in mentions if m.kind != "demonym" and len(m.text) > 2}
    for m in list(mentions):  # "Avondale Estates ... Avondale": the short form too
        words = m.text.split()
        if len(words) >= 2 and words[-1].lower() in SHORT_SUFFIX and norm(" ".join(words[:-1])) not in NOT_PLACE \
                and len(" ".join(words[:-1])) >= 4 and gz.has(m.text):
            known.add(" ".join(words[:-1]))
    if known:
        for i, tok in enumerate(doc):
            if taken[i] or not _is_cap(tok):
                continue
            for j in range(min(len(doc), i + MAX_NGRAM), i, -1):
                if not any(taken[i:j]) and doc[i:j].text in known and (j == len(doc) or not _is_cap(doc[j])
                                                                      or labels.get(j) != "PERSON"):
                    add(i, j, "admin2" if doc[j - 1].lower_ in {"county", "parish"} else "name", False)
                    break
    mentions.sort(key=lambda m: m.start)
    _hints(doc, mentions, gz)
    return mentions


#: words after a town's name that make the name an institution of that town
INSTITUTION = {"police", "sheriff", "sheriff's", "fire", "high", "middle", "elementary", "public",
               "community", "hospital", "zoo", "schools", "board", "chamber", "city", "metropolitan",
               "convention", "recreation", "parks", "education", "library", "council", "township",
               "regional", "memorial", "volunteer", "municipal", "medical", "housing", "planning",
               "utilities", "transit", "airport", "symphony", "historical", "museum", "rotary",
               "kiwanis", "downtown", "area", "town", "village", "borough", "college", "circuit",
               "district", "superior", "crown", "commission", "redevelopment", "government",
               "emergency", "senior", "seniors", "science", "maternity", "councillors",
               "selectman", "selectmen", "selectwoman", "alderman", "aldermen", "correctional",
               "commonwealth's", "state", "bar", "association", "union", "federation",
               # newspapers named after their town ("The Moscow Times", "the Augusta Herald")
               "times", "herald", "tribune", "gazette", "chronicle", "courier", "journal", "post",
               "observer", "register", "dispatch", "sentinel", "telegraph", "examiner", "inquirer",
               "news", "daily"}
#: words after a town's name that make it where people are from ("a Rochester man")
FROM_WORDS = {"man", "woman", "men", "women", "couple", "resident", "residents", "native", "natives",
              "teen", "teenager", "boy", "girl", "family", "families", "mayor", "officer", "officers",
              "student", "students", "republican", "democrat", "taxi", "homeowners", "businessman",
              "attorney", "police", "councilman", "councilwoman", "councilor", "firefighters",
              "selectman", "selectwoman", "selectmen", "alderman", "aldermen"}
#: county institutions: the short name of a county ("Pointe Coupee Sheriff's Office")
COUNTY_WORDS = {"sheriff", "sheriff's", "circuit", "district", "superior", "commission", "board"}
PARTY = {"D", "R", "I", "DFL"}
DATELINE_DASH = {"—", "–", "-", "--", "---", ":", "—-"}


def _town_sense(gz: Gazetteer, text: str, county: bool = False) -> bool:
    """A populated place, division or country of that main name (``county``: or a county's
    short name, "Pointe Coupee" for Pointe Coupee Parish)."""
    return any((not e.alternate and e.feature_class in ("P", "A"))
               or (county and e.feature_code == "ADM2") for e in gz.candidates(text))


def _main_town(gz: Gazetteer, text: str) -> bool:
    """A populated place or division with that main name ("Dublin City" is only another name
    of Dublin, Ireland: "Dublin City Council" is Dublin's council)."""
    return any(not e.alternate and e.feature_class in ("P", "A") for e in gz.candidates(text))


def _big_enough(gz: Gazetteer, text: str) -> bool:
    """A town of 1,000+ people or a division by that main name."""
    return any(not e.alternate and (e.feature_class == "A" or e.feature_class == "P" and e.population >= 1000)
               for e in gz.candidates(text))


def _local_names(doc, gz: Gazetteer, add, taken) -> None:
    n = len(doc)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC", "PERSON", "NORP", "EVENT", "PRODUCT", "GPE"):
            continue
        i, j = ent.start, ent.end
        while i < j and doc[i].lower_ in {"the", "a"}:
            i += 1
        if j - i >= 2:
            for k in range(min(j - 1, i + 3), i, -1):  # the longest name before an institution word
                if not all(_is_cap(t) for t in doc[i:k]) or any(taken[i:k]) \
                        or (k - i == 1 and doc[i].lower_ in NOT_PLACE):
                    continue
                nxt = doc[k].lower_
                if k - i >= 2 and doc[k - 1].lower_ == "city" and _town_sense(gz, doc[i:k - 1].text):
                    continue  # "Dublin City Council": Dublin, at k - 1
                city_of = nxt == "city" and k + 1 < j and doc[k + 1].lower_ in INSTITUTION
                if (nxt in INSTITUTION or nxt in FROM_WORDS) \
                        and _town_sense(gz, doc[i:k].text, county=nxt in COUNTY_WORDS) \
                        and (city_of or not _main_town(gz, doc[i:k + 1].text)) and not doc[i:k].text.isupper():
                    add(i, k, "name", True)
                    break
        for k in range(i, j - 2):  # "University of Rochester", "College of Charleston"
            if doc[k].lower_ in ("university", "college", "school") and doc[k + 1].lower_ == "of":
                a = k + 2
                b = a
                while b < j and _is_cap(doc[b]) and b - a < 3:
                    b += 1
                if b > a and (b == j or doc[b].lower_ in ("at", "-", ",")) and not any(taken[a:b]) \
                        and _town_sense(gz, doc[a:b].text):
                    add(a, b, "name", True)
    for k in range(2, n):
        tok = doc[k]
        if taken[k] or not _is_cap(tok):
            continue
        # "D-Columbus", "R-Marshall": a legislator's home town or county
        if doc[k - 1].text == "-" and doc[k - 2].text in PARTY and not doc[k - 2].whitespace_ \
                and not doc[k - 1].whitespace_:
            for m in (3, 2, 1):
                if k + m <= n and all(_is_cap(t) for t in doc[k:k + m]) and not any(taken[k:k + m]) \
                        and (gz.has(doc[k:k + m].text) or gz.state(doc[k:k + m].text)):
                    add(k, k + m, "name", True)
                    break
    for k in range(n - 2):
        tok = doc[k]
        if taken[k] or not _is_cap(tok) or tok.whitespace_ or doc[k + 1].text != "-" \
                or doc[k + 1].whitespace_ or tok.lower_ in NOT_PLACE:
            continue
        nxt = doc[k + 2]
        if "PERSON" in (tok.ent_type_, nxt.ent_type_) or not _big_enough(gz, tok.text):
            continue
        code = nxt.text.isupper() and len(nxt.text) <= 3
        right = _is_cap(nxt) and not taken[k + 2] and _big_enough(gz, nxt.text) \
            and (k + 3 >= n or not _is_cap(doc[k + 3]))
        if nxt.lower_ == "based" or code or right:
            # "Columbia-based", "Fargo-Moorhead", "Watertown-ML": a town joined to a word
            add(k, k + 1, "name", False)
            if right:
                add(k + 2, k + 3, "name", False)
    for k in range(1, n):  # "Chowchilla, Calif.", "Western Mass.": a state's AP abbreviation
        t = doc[k].text
        if not taken[k] and "." in t and len(t) > 2 and gz.state(t) is not None \
                and (doc[k - 1].text == "," or doc[k - 1].lower_ in AREA_ADJ):
            add(k, k + 1, "name", False)
    for k in range(n - 1):  # "a Rochester man", "two Hamilton women", "Kettering Republican"
        if taken[k] or not _is_cap(doc[k]) or doc[k].lower_ in NOT_PLACE or doc[k].text.isupper():
            continue
        if k > 0 and _is_cap(doc[k - 1]) and not doc[k].is_sent_start and not doc[k - 1].is_stop \
                and doc[k - 1].lower_ not in ("two", "three", "four", "several"):
            continue  # the name starts earlier ("a Meadow Grove man" is not Grove)
        for m in (3, 2, 1):
            e = k + m
            if e < n and doc[e].lower_ in FROM_WORDS and all(_is_cap(t) for t in doc[k:e]) \
                    and not any(taken[k:e]) and _town_sense(gz, doc[k:e].text):
                add(k, e, "name", False)
                break
    for k in range(1, n):
        tok = doc[k]
        if taken[k] or not tok.text.isupper() or not (tok.is_alpha or tok.text in ("ST.", "FT.", "MT.")) \
                or len(tok.text) < 3:
            continue
        if doc[k - 1].text not in (".", "!", "?") and not tok.is_sent_start and not doc[k - 1].like_num:
            continue
        m = k  # "HARTFORD —", "ISLE OF PALMS —", "BEIRUT:"
        while m < n and m - k < 4 and doc[m].text.isupper() and (doc[m].is_alpha or m == k):
            m += 1
        if m < n and doc[m].text in DATELINE_DASH and not any(taken[k:m]):
            if k >= 3 and doc[k - 1].text == "." and not doc[k - 2].whitespace_ and not any(taken[k - 2:k]) \
                    and (doc[k - 2].text.lower() + ".") in ABBREV_PREFIX and doc[k - 3].text in (".", "!", "?"):
                k -= 2  # "ST. PAUL —" (tokens "ST", ".", "PAUL")
            name = doc[k:m].text.title().replace(" Of ", " of ")
            if _town_sense(gz, name):
                add(k, m, "name", True)


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


def _hyphen_place(text: str, gz: Gazetteer) -> Optional[int]:
    """"DFL-Minneapolis", "R-Texas": the offset of the place after a party code."""
    m = re.fullmatch(r"([A-Z]{1,4})-([A-Z][\w.' ]+)", text)
    if m and (gz.has(m.group(2)) or gz.state(m.group(2))):
        return m.start(2)
    return None


def _admin_prefix(doc, i: int, j: int, gz: Gazetteer) -> int:
    """"Avoyelles Parish Sheriff's Office": the end of a leading "X County/Parish"."""
    for k in range(i + 1, min(j, i + 4)):
        if doc[k].lower_ in {"county", "parish"} and gz.has(doc[i:k + 1].text):
            return k + 1
    return 0


def _country_prefix(doc, i: int, j: int, gz: Gazetteer) -> int:
    """"U.S. Army", "Texas Department of Transportation": a leading country or US state."""
    for k in range(min(j - 1, i + 3), i, -1):
        if not all(_is_cap(t) for t in doc[i:k]):
            continue
        for e in gz.candidates(doc[i:k].text):
            if e.feature_code == "PCLI" and not e.alternate or e.feature_code == "ADM1" and e.country2 == "US":
                if k < j and _is_cap(doc[k]) and any(not c.alternate and c.feature_class == "P"
                                                     for c in gz.candidates(doc[i:k + 1].text)):
                    return k + 1  # "Kansas City International Airport": Kansas City
                return k
    return 0


def _abbrev(text: str) -> bool:
    return text.strip() in {"U.S.", "U.K.", "D.C.", "U.S.A."} or text.strip().endswith(".") and "." in text.strip()[:-1]


#: actor-KB types that are organisations, not places
ORG_TYPES = frozenset(("igo", "ngo", "org", "group"))


def _org_abbrev(text: str) -> bool:
    """An all-caps abbreviation the actor KB knows as an organisation ("EU", "U.N.", "NATO",
    "AU"): never a toponym, whatever the gazetteer has by that name (Eu in Normandy, Nato in
    the Philippines)."""
    letters = text.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    from dateline.kb import load_kb  # (lazily: the KB is loaded once per process)
    ent = load_kb().entity(text)
    return ent is not None and ent.type in ORG_TYPES


_ARTICLE_NAME = re.compile(r"(?:Al|Ar|As|Ash|Ad|An|At|Az|El|Ed|Es)[ -](?=[A-Z]\w{3})")


def _known(gz: Gazetteer, text: str) -> bool:
    """A name the gazetteer has, also without an Arabic article ("Ar Raqqa": Raqqa)."""
    if gz.has(text):
        return True
    art = _ARTICLE_NAME.match(text)
    return art is not None and gz.has(text[art.end():])


def _evidence(doc, i: int, j: int, gz: Gazetteer, labels: dict, taken: Optional[list] = None) -> bool:
    """Whether a gazetteer match of doc[i:j] is used as a place here."""
    text = doc[i:j].text
    label = labels.get(i)
    if label in {"DATE", "TIME"} and j - i == 1 and i > 0 and doc[i - 1].lower_ in WHERE_PREP \
            and not doc[i].like_num and labels.get(i - 1) != label and labels.get(j) != label:
        # "a middle school in Sunrise" (spaCy: a DATE): a town of that name after "in"
        return any(not e.alternate and e.feature_class == "P" and e.population >= 10_000
                   for e in gz.candidates(doc[i].text))
    if label in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LAW", "LANGUAGE"}:
        return False
    prev = doc[i - 1] if i > 0 else None
    prev2 = doc[i - 2] if i > 1 else None
    nxt = doc[j] if j < len(doc) else None
    cue = False
    if prev is not None and prev.lower_ in LOCATIVE and prev.lower_ not in {"and", "of"}:
        cue = True
    if prev is not None and prev.lower_ == "of" and prev2 is not None and prev2.lower_ in CUE_BEFORE:
        cue = True
    if prev is not None and prev.lower_ in CUE_BEFORE:
        cue = True
    if prev is not None and prev.lower_ == "of" and prev2 is not None and prev2.lower_ in OF_CUES:
        cue = True  # "the streets of Bregenz", "the hospital of Alencon"
    if prev is not None and prev.lower_ == "as" and prev2 is not None and prev2.lower_ == "coded":
        cue = True  # a report's own note of where it placed an event ("coded as Munigi")
    resident = _residence(doc, i, labels)
    if resident:
        cue = True  # "Christopher Bowers, 19, of Martinez", "Norb Mages of Lindsay", "formerly of Hershey"
    if taken is not None and prev is not None and prev.lower_ in ("and", "or") and i >= 2 and taken[i - 2] \
            and doc[i - 2].ent_type_ not in ("PERSON", "ORG"):
        cue = True  # "the cities of Sunnyvale and Morgan Hill": the next member of a list of places
    if prev is not None and prev.lower_ in AREA_ADJ and prev2 is not None and prev2.lower_ in LOCATIVE \
            and prev2.lower_ != "and":
        cue = True  # "in central Thessaloniki", "in downtown Malchow", "east of downtown Rock Hill"
    if nxt is not None and (nxt.lower_ in CUE_AFTER or (nxt.text == "," and j + 1 < len(doc)
                                                         and _is_admin_hint(doc, j + 1, gz))):
        cue = True
    if doc[j - 1].lower_ in KEEP_SUFFIX:
        cue = True
    found = gz.candidates(text)
    if not found and doc[j - 1].lower_ in KEEP_SUFFIX and j - i >= 2:
        found = gz.candidates(doc[i:j - 1].text)  # "in Clarendon Parish": Clarendon
    art = None if found else _ARTICLE_NAME.match(text)
    if art is not None:  # "in Ar Raqqa countryside" (GeoNames: Raqqa)
        found = [e for e in gz.candidates(text[art.end():]) if e.feature_class in ("P", "A")]
        found = [dataclasses.replace(e, alternate=False) if e.population >= 10_000 else e for e in found]
    top = max((e for e in found if not e.alternate), key=lambda e: e.population, default=None)
    if top is None and label == "NORP":  # "in Aarhus" (GeoNames: Århus), tagged as a nationality
        top = max((e for e in found if e.population >= 100_000 and e.feature_class == "P"),
                  key=lambda e: e.population, default=None)
    if top is None and cue and label in {"ORG", "PERSON", "NORP"} and (
            j - i >= 2 or label == "NORP" or j < len(doc) and doc[j].lower_ in CLASS_AFTER):
        # "near Al-Bukamal" (GeoNames: Ālbū Kamāl), "in Adiyaman town", "the countryside of
        # Sweida": another spelling of a town, after a locative cue
        top = max((e for e in found if e.population >= 10_000 and e.feature_class == "P"),
                  key=lambda e: e.population, default=None)
    famous = top is not None and (top.feature_code in ("PCLI", "ADM1", "PPLC", "CONT") and top.country2 in ("US", "")
                                  or top.feature_code in ("PCLI", "CONT", "OCN")
                                  or top.population >= 100_000)
    if label in {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}:
        # a name spaCy thinks is a person or an organisation: only with a locative cue,
        # and only when the entity is exactly this name (not "Washington Post")
        ends = labels.get(j) != label or doc[j].text in ("(", ",") \
            or doc[j].text in ("-", "–", "—") and j + 1 < len(doc) and _is_cap(doc[j + 1])
        # "in Abuja (Abuja Municipal, FCT)", "in Brussels - Evere", "in Sarajevo-Stari Grad" (a city,
        # then its district)
        return cue and ends and (i == 0 or labels.get(i - 1) != label or resident) and top is not None
    if doc[i].is_sent_start and not cue and not famous:
        return False
    return cue or famous


#: words before "of <town>" that say where someone lives or comes from ("formerly of Hershey")
RESIDENCE = {"formerly", "both", "all", "originally", "resident", "residents", "native", "natives"}


def _residence(doc, i: int, labels: dict) -> bool:
    """Whether doc[i] starts the town of a person in local news' "Name, 41, of Town", "Name,
    41, Town," and "Name of Town" (a person's name right before "of"), or "formerly of Town"."""
    if i < 2:
        return False
    prev, prev2 = doc[i - 1], doc[i - 2]
    if prev.lower_ == "of":
        if prev2.lower_ in RESIDENCE or labels.get(i - 2) == "PERSON":
            return True
        return i >= 4 and prev2.text == "," and doc[i - 3].like_num and doc[i - 4].text == ","
    # "Jeffery Bernard McDaniel, 41, Grapeland, date of alleged offense"
    return prev.text == "," and prev2.like_num and i >= 3 and doc[i - 3].text == "," \
        and labels.get(i - 4) == "PERSON"


def _is_admin_hint(doc, k: int, gz: Gazetteer) -> bool:
    return _hint_entry(doc, k, gz) is not None


def _hint_entry(doc, k: int, gz: Gazetteer) -> Optional[Entry]:
    """The state or country named at doc[k] ("Ill.", "Texas", "Ukraine"), if any."""
    for n in (3, 2, 1):
        if k + n > len(doc):
            continue
        text = doc[k:k + n].text
        if not _is_cap(doc[k]):
            return None
        st = gz.state(text) if "." in text or (len(text) == 2 and text.isupper()) else None
        if st is not None:
            return st
        for e in gz.candidates(text):
            if not e.alternate and e.feature_code in ("ADM1", "PCLI"):
                return e
    return None


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


#: a place this large, or a capital/first-level division, is firm evidence of the article's
#: country even when only a cue ("in Toulouse"), not spaCy, recognised it
FIRM_POP = 100_000
#: a place in none of the article's firm countries, smaller than this, is a stray namesake
#: ("Friends of the Earth" is not Earth, Texas; "the Pyrite and Mica crisis" is not Mica,
#: Romania) when the article's firm places agree on one country
STRAY_POP = 1_000_000


#: prepositions that make the name after them where something is ("in Toulouse")
WHERE_PREP = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
#: first-level divisions named by a bare direction or class word ("East" in Cameroon, "Northern"
#: in Uganda, "Capital" in Bahrain): many countries have one, so they are never firm evidence
GENERIC_ADMIN = parens.GENERIC_NAMES


def _pinned(m: Mention) -> bool:
    """Whether a place's hints really pin it down: written "X, <state>", or in a parenthetical
    group ("Founa (Sanaba, Banwa)") of which two names agree on the country. A group of which
    only one name is known ("Mingin township, Kale district": Kale, Turkey) pins nothing."""
    head = m.part_of or m
    group = [head] + head.parts
    if len(group) == 1:
        return True  # a comma hint ("Paris, Texas") or a demonym ("the Ukrainian city of X")
    e = m.entry
    agree = {x.entry.index for x in group if x.entry is not None and x.entry.country2 == e.country2}
    return len(agree) >= 2


def _cued(doc, mentions: list[Mention]) -> set:
    """Spans of mentions right after a locative preposition ("in Toulouse", "in central X")."""
    out = set()
    for m in mentions:
        i = getattr(m, "_tokens", (None, None))[0]
        if i is None or doc is None:
            continue
        k = i - 1
        if k >= 0 and doc[k].lower_ in AREA_ADJ:
            k -= 1
        if k >= 0 and doc[k].lower_ in WHERE_PREP or k >= 1 and doc[k].lower_ == "of" \
                and doc[k - 1].lower_ in OF_CUES | CUE_BEFORE:  # "the hospital of Metz"
            out.add((m.start, m.end))
    return out


def _doubtful(mentions: list[Mention], cued: set = frozenset()) -> list[tuple[int, int]]:
    """Spans of places the event locator uses only when nothing else is:

    * resolved on weak evidence to a country in which the article names no place firmly,
      while it does name one firmly elsewhere ("the Bagh Bala area of Kabul city": not Bagh
      in Pakistan; "NC" in a Nepali report);
    * country coherence: a place (not a country, capital, first-level division or big city)
      in a country the article's other places do not share, when its firm places all lie in
      one other country ("demonstrated in Toulouse ... at the call of Friends of the Earth":
      not Earth, Texas; "Awara, Abuna Ginde Beret (West Shewa, Oromia)": not Awara, Japan)."""
    def big(e) -> bool:
        if norm(e.name) in GENERIC_ADMIN:
            return False
        return e.feature_code in ("ADM1", "PPLC", "PCLI") and not e.alternate or e.population >= FIRM_POP

    def weak(m: Mention) -> bool:
        e = m.entry
        if big(e) and ((m.start, m.end) in cued or m.part_of is not None or e.feature_code in ("ADM1", "PPLC")) \
                and norm(e.name) == norm(m.text) and not m.text.isupper():
            return False  # "in Toulouse", "(eThekwini, KwaZulu-Natal)": firm even when spaCy missed it
        return (e.alternate or norm(e.name) != norm(m.text) or not m.strong or m.text.isupper()
                or e.feature_class == "P" and e.population < 1000)

    firm: set = set()  # countries with a place named firmly (not a country, not a demonym)
    names: dict[str, set] = {}  # and the distinct names (countries' too) that point to each
    for m in mentions:
        e = m.entry
        if e is None or not e.country2 or m.kind == "demonym":
            continue
        if e.feature_code != "PCLI" and not weak(m):
            firm.add(e.country2)
        if e.feature_code == "PCLI" and not e.alternate or not weak(m):
            names.setdefault(e.country2, set()).add(norm(m.text))
    if not firm:
        return []
    support = Counter({c: len(v) for c, v in names.items()})
    top, n_top = support.most_common(1)[0]
    out = []
    for m in mentions:
        e = m.entry
        if e is None or not e.country2 or m.kind == "demonym" or e.feature_code == "PCLI" and not e.alternate:
            continue
        if (m.parts or m.hint_country or m.hint_admin1 is not None) and _pinned(m):
            continue
        if e.country2 not in firm and weak(m):
            out.append((m.start, m.end))
        elif e.country2 != top and n_top >= 2 and support[e.country2] <= 1 and not big(e) \
                and e.population < STRAY_POP:
            out.append((m.start, m.end))
    return out


# -- records --------------------------------------------------------------------------
def _place(article: Article, gz: Gazetteer, m: Mention) -> Place:
    e = m.entry
    span = article.span(m.start, m.end)
    if e is None:
        return Place(span.text, span.start, span.end, name=None)
    return Place(span.text, span.start, span.end, name=e.name, geonameid=e.geonameid,
                 lat=e.lat, lon=e.lon, country=e.country, admin1=e.admin1,
                 feature_code=e.feature_code)


def _dateline_entries(article: Article, gz: Gazetteer) -> list[Entry]:
    """The dateline's place ("KHERSON, Ukraine") as gazetteer entries: place first."""
    text = (article.dateline_place or "").strip()
    if not text:
        return []
    parts = [p.strip() for p in text.split(",") if p.strip()]
    hint = None
    if len(parts) > 1:
        hint = gz.state(parts[1]) or next((e for e in gz.lookup(parts[1]) if e.feature_code in ("PCLI", "ADM1")), None)
    found = gz.lookup(parts[0].title())
    if hint is not None:
        same = [e for e in found if e.country2 == hint.country2 and
                (hint.feature_code == "PCLI" or e.admin1_index == hint.index)]
        found = same or found
    city = dateline_sense(found)
    out = [city] if city is not None else []
    if hint is not None:
        out.append(hint)
    return out


#: a city this big keeps its own name beside a longer one ("Washington" and "Washington Heights")
BIG_SHORT = 1_000_000


def _short_forms(mentions: list[Mention]) -> None:
    """A town named in full once and then by the first part of its name ("Avondale Estates ...
    Avondale"): the short form is the same town, not the bigger namesake of the short name.
    Never for a state or country ("Kansas" beside "Kansas City")."""
    full: dict[str, Entry] = {}
    for m in mentions:
        e = m.entry
        if e is not None and e.feature_class == "P" and not e.alternate and " " in m.text.strip() \
                and norm(e.name) == norm(m.text):
            words = m.text.split()
            for n in range(1, len(words)):
                full.setdefault(norm(" ".join(words[:n])), e)
    if not full:
        return
    for m in mentions:
        e = m.entry
        key = norm(m.text)
        if key not in full or m.kind == "demonym" or m.hint_country or m.hint_admin1 is not None or m.parts:
            continue
        if e is not None and (e.feature_code in ("ADM1", "PCLI", "CONT", "OCN", "PPLC") or e.population >= BIG_SHORT
                              or e.geonameid == full[key].geonameid or key in NOT_PLACE):
            continue
        if e is None or norm(e.name) != key or e.feature_class == "P":
            m.entry = full[key]


def _one_sense(article: Article, context: list[Entry], mentions: list[Mention]) -> list[Entry]:
    """One sense per name: the dateline's toponym and the same name in the text ("GOMA, ..."
    and "in Goma") are one place. When the text's mentions of the name, with no hint of their
    own, settled on another sense in the same country, a populated place, the dateline takes it;
    a mention that settled on a division of that name takes the dateline's city."""
    if not context:
        return context
    first = norm((article.dateline_place or "").split(",")[0].strip().title())
    e = context[0]
    same = [m for m in mentions if m.entry is not None and m.kind != "demonym" and norm(m.text) == first
            and m.hint_admin1 is None and not m.hint_country and m.entry.country2 == e.country2]
    if not same:
        return context
    senses = {m.entry.geonameid for m in same}
    if e.feature_class != "P":
        city = next((m.entry for m in same if m.entry.feature_class == "P"), None)
        if city is not None:
            return [city] + context[1:]
    elif len(senses) == 1 and same[0].entry.geonameid != e.geonameid and same[0].entry.feature_class == "P":
        return [same[0].entry] + context[1:]
    if e.feature_class == "P":
        for m in same:
            if m.entry.feature_class == "A" and not m.entry.feature_code.startswith("PCL") \
                    and any(c.geonameid == e.geonameid for c in m.candidates):
                m.entry = e
    return context
