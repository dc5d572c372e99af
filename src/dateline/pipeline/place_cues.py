"""Place recognition cues: the words around a name that say "place", and the gazetteer tests
a capitalised word sequence must pass to be taken as a toponym. Used by
:mod:`dateline.pipeline.place_mentions` (and the coherence checks of
:mod:`dateline.pipeline.place_coherence`).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from dateline.gazetteer import Entry, Gazetteer

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
#: lowercase words after a division's name that say what kind of division it is
DIVISION_AFTER = {"province", "region", "governorate", "oblast", "state", "district", "county", "prefecture"}
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


#: prepositions that make the name after them where something is ("in Toulouse")
WHERE_PREP = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}


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
               "news", "daily",
               # utilities, depots, party branches, venues ("Santa Clara Valley Water District",
               # "Hounslow Labour councillors", "the Richmond Olympic Oval")
               "water", "depot", "labour", "olympic"}
#: words after a town's name that make it where people are from ("a Rochester man")
FROM_WORDS = {"man", "woman", "men", "women", "couple", "resident", "residents", "native", "natives",
              "teen", "teenager", "boy", "girl", "family", "families", "mayor", "officer", "officers",
              "student", "students", "republican", "democrat", "taxi", "homeowners", "businessman",
              "attorney", "police", "councilman", "councilwoman", "councilor", "firefighters",
              "selectman", "selectwoman", "selectmen", "alderman", "aldermen", "superintendent",
              "zoning", "voters", "taxpayers", "trustees", "teachers", "schools"}
#: county institutions: the short name of a county ("Pointe Coupee Sheriff's Office")
COUNTY_WORDS = {"sheriff", "sheriff's", "circuit", "district", "superior", "commission", "board"}
PARTY = {"D", "R", "I", "DFL"}
DATELINE_DASH = {"—", "–", "-", "--", "---", ":", "—-"}


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



def _well_known(gz: Gazetteer, text: str) -> bool:
    """A country, first-level division, capital or city of 100,000+ by that main name (or a
    division of 100,000+ named in more than one word: "Allegheny County"), or a state's
    abbreviation ("Mass.")."""
    if "." in text and gz.state(text) is not None:
        return True
    return any(not e.alternate and (e.feature_code in ("PCLI", "ADM1", "PPLC", "CONT", "OCN")
                                    or e.population >= 100_000 and (e.feature_class == "P" or " " in text))
               for e in gz.candidates(text))

#: nouns before "of <name>" that make the name the place they are part of ("the area of Duhok")
AREA_OF = frozenset(("area", "areas", "countryside", "outskirts", "vicinity", "suburbs", "environs"))


#: locative words that also come before people ("according to Taylor", "struck Corbin")
PERSON_TOO = LOCATIVE - WHERE_PREP - {"into", "toward", "towards", "through", "via", "within"}


def _cue(doc, i: int, j: int, gz: Gazetteer, labels: dict, taken: Optional[list] = None,
         strict: bool = False) -> bool:
    """Whether the words around doc[i:j] say "place": a locative word before it ("in", "the
    town of", "the streets of"), a residence ("Name, 41, of Town"), a list of places it
    continues, a class word or an admin hint after it ("X County", "X, Ohio"). ``strict``: as
    said of a place, not of a person of that name ("according to Taylor", "at Carter's home")."""
    prev = doc[i - 1] if i > 0 else None
    prev2 = doc[i - 2] if i > 1 else None
    nxt = doc[j] if j < len(doc) else None
    if strict and nxt is not None and nxt.lower_ in ("'s", "’s", "'", "’"):
        return False
    cue = False
    if prev is not None and prev.lower_ in LOCATIVE and prev.lower_ not in {"and", "of"} \
            and not (strict and prev.lower_ in PERSON_TOO):
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
    return cue


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
    cue = _cue(doc, i, j, gz, labels, taken)
    resident = _residence(doc, i, labels)
    found = gz.candidates(text)
    if not found and doc[j - 1].lower_ in KEEP_SUFFIX and j - i >= 2:
        found = gz.candidates(doc[i:j - 1].text)  # "in Clarendon Parish": Clarendon
    art = None if found else _ARTICLE_NAME.match(text)
    if art is not None:  # "in Ar Raqqa countryside" (GeoNames: Raqqa)
        found = [e for e in gz.candidates(text[art.end():]) if e.feature_class in ("P", "A")]
        found = [dataclasses.replace(e, alternate=False) if e.population >= 10_000 else e for e in found]
    top = max((e for e in found if not e.alternate), key=lambda e: e.population, default=None)
    coded = prev is not None and prev.lower_ in ("to", "as") and prev2 is not None and prev2.lower_ == "coded"
    if top is None and (label == "NORP" or label in ("PERSON", "ORG") and prev is not None
                        and (prev.lower_ in WHERE_PREP or coded)
                        or label == "ORG" and j - i == 1 and prev is not None and prev.lower_ == "of"
                        and prev2 is not None and prev2.lower_ in CUE_BEFORE | AREA_OF):
        # "in Aarhus" (GeoNames: Århus), tagged as a nationality; "a rally in Bialystok"
        # (Białystok), tagged as a person, also where a report says it was "coded to" it; "near
        # Duhok", "the ... area of Duhok" (Dihok), as an organisation
        top = max((e for e in found if e.population >= 100_000 and e.feature_class == "P"),
                  key=lambda e: e.population, default=None)
    if top is None and cue and label in {"ORG", "PERSON", "NORP"} and (
            j - i >= 2 or label == "NORP" or j < len(doc) and doc[j].lower_ in CLASS_AFTER):
        # "near Al-Bukamal" (GeoNames: Ālbū Kamāl), "in Adiyaman town", "the countryside of
        # Sweida": another spelling of a town, after a locative cue
        top = max((e for e in found if e.population >= 10_000 and e.feature_class == "P"),
                  key=lambda e: e.population, default=None)
    if top is None and nxt is not None and nxt.text in DIVISION_AFTER and (j - i >= 2 or label is None):
        # "West Sumatra province" (spaCy: a nationality; GeoNames: Sumatera Barat): a division
        # known by another name, before the word for its kind
        top = max((e for e in found if e.feature_code in ("ADM1", "ADM2")), key=lambda e: e.population, default=None)
        if top is not None:
            return True
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



def _surnames(doc, gz: Gazetteer) -> set[str]:
    """The last words of the people's names in the article ("Gary Wilson, 54, of Palestine":
    "wilson"), lowercased. Written alone elsewhere in the article ("Wilson had pleaded guilty"),
    such a word is that person, not a town, unless a cue says place ("in Wilson", "Wilson
    County"). Names the gazetteer knows whole ("Morgan Hill", tagged a person) are no people."""
    out = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_alpha and _is_cap(ent[-1]) \
                and not gz.has(ent.text):
            out.add(ent[-1].lower_)
    for t in doc[1:]:  # "President Obama", "Sen. Fumo": a title, then the name
        if t.is_alpha and _is_cap(t) and not t.is_upper and doc[t.i - 1].lower_.rstrip(".") in TITLES \
                and (t.i + 1 == len(doc) or not _is_cap(doc[t.i + 1])):
            out.add(t.lower_)
    return out


#: titles before a person's name ("Sen. Fumo", "President Obama", "Sheriff Taylor")
TITLES = frozenset(("mr", "mrs", "ms", "dr", "president", "sen", "senator", "rep", "gov", "governor",
                    "judge", "sheriff", "mayor", "sgt", "lt", "capt", "officer", "deputy", "coach",
                    "rev", "pastor", "prof", "professor", "councilman", "councilwoman", "commissioner"))


def _sovereign(gz: Gazetteer, text: str) -> bool:
    """A country, first-level division or capital by that main name ("Israel", "Turkey")."""
    return any(not e.alternate and e.feature_code in ("PCLI", "ADM1", "PPLC") for e in gz.candidates(text))


def _people(doc, gz: Gazetteer, labels: dict, taken: list):
    """A test of token spans ``(i, j)``: the span is a person of the article, not a place. It is
    part of a longer person's name ("Gary Wilson"), or the last word of one written alone
    ("Wilson had pleaded guilty"), and no cue says place, here or anywhere in the article
    ("Sheriff Tom Denton ... a house in Denton" is the town)."""
    surnames = _surnames(doc, gz)
    ents = list(doc.ents)

    def cued_somewhere(word: str) -> bool:
        return any(t.lower_ == word and _cue(doc, t.i, t.i + 1, gz, labels, strict=True) for t in doc)

    def someone(i: int, j: int) -> bool:
        text = doc[i:j].text.lower()
        if _cue(doc, i, j, gz, labels, taken, strict=True):
            return False
        ent = doc[i].ent_type_ == "PERSON" and next((e for e in ents if e.start <= i < e.end), None)
        inside = ent and (ent.start < i or ent.end > j) and all(
            t.is_alpha and _is_cap(t) and not t.is_stop for t in doc[ent.start:ent.end])
        # (a country, first-level division or capital written alone stays a place even when
        # someone bears its name: "Rep. Steve Israel ... Israel rejected the call")
        return bool(inside or text in surnames and not _sovereign(gz, doc[i:j].text)) \
            and not (j - i == 1 and cued_somewhere(text))

    return someone

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
