"""Stage: places, second half. Each event's own location among the article's resolved places.

The event's own clause first (prepositional "in/at/near/from X", the object of "withdraw from",
"visited Tehran"), then the rest of its sentence, then a place in the speaker's own phrase,
then the article's dateline; null when the text says nothing. Places in attribution phrases
("according to ...", "told reporters in X"), in temporal clauses ("a day after ... left X"),
national modifiers ("a U.S. delegation") and topics ("protest against the invasion of X") are
not where the event happened. Called by :func:`dateline.pipeline.places.geolocate`.
"""
from __future__ import annotations

import bisect
import logging
import re
from typing import Optional

from dateline.gazetteer import Entry, Gazetteer
from dateline.pipeline.article import Article
from dateline.pipeline.place_cues import AREA_ADJ, INSTITUTION
from dateline.records import Place

log = logging.getLogger(__name__)


TOPICAL = {"against", "for", "over", "about", "with", "regarding", "concerning"}
#: nouns whose complements are what an event is about, not where it is
TOPIC_NOUNS = {"support", "solidarity", "invasion", "war", "aggression", "favour", "favor",
               "memory", "honour", "honor", "condemnation", "release", "occupation",
               "independence", "annexation", "blockade", "sanction", "policy", "refugee",
               "embassy", "consulate", "government", "anniversary"}

#: verbs whose object is what a stance is taken on, not where ("condemned the shelling of
#: Kharkiv", "denounced Russia"): places in their object are topical
STANCE_LEMMAS = frozenset(("condemn", "denounce", "criticize", "criticise", "decry", "accuse", "blame",
                           "demand", "oppose", "reject", "support", "commemorate", "mourn"))


def _dateline_place(article: Article, entries: list[Entry]) -> Optional[Place]:
    if not entries:
        return None
    e = entries[0]
    text = article.dateline_place or ""
    first = text.split(",")[0].strip()
    at = article.clean_text.find(first) if first else -1
    if article.dateline_start is not None and first:
        at = article.dateline_start  # the dateline itself (blanked for the NLP)
    for p in article.places:  # the dateline's own mention, when it was recognised
        if p.geonameid == e.geonameid and p.start < 200:
            return p
    span = article.span(at, at + len(first)) if at >= 0 else article.span(0, 0)
    return Place(span.text, span.start, span.end, name=e.name, geonameid=e.geonameid, lat=e.lat,
                 lon=e.lon, country=e.country, admin1=e.admin1, feature_code=e.feature_code)


_SPECIFIC = {"P": 0, "L": 1, "A": 2}


def locate_events(article: Article, gz: Gazetteer, context: list[Entry], hints=None) -> None:
    if not article.events:
        return
    fallback = _dateline_place(article, context)
    resolved = sorted((p for p in article.places if p.geonameid is not None or p.lat is not None),
                      key=lambda p: p.start)
    starts = [p.start for p in resolved]
    hints = hints or {}
    coded = [p for p in resolved if hints.get((p.start, p.end)) == "coded"]
    if len({(p.name, p.lat, p.lon) for p in coded}) > 1:
        coded = []  # several places coded: each event has its own
    pinned = [p for p in resolved if hints.get((p.start, p.end)) in ("head", "coded", "part", "where")]
    for event in article.events:
        try:
            # only the event's sentence matters: bisect, so long articles stay linear
            lo = bisect.bisect_left(starts, event.sentence.start)
            hi = bisect.bisect_left(starts, event.sentence.end)
            # "..., a day after a delegation left Taipei": a place in a temporal adjunct that the
            # event is not part of ranks below the event's own clause and below the dateline
            own = resolved[lo:hi]
            # (a place written with its divisions is the report's own: "after the dawn prayer
            # in Taza (Taza, Fes-Meknes)")
            later = [p for p in own if _in_other_time(article, event, p)
                     and (hints or {}).get((p.start, p.end)) not in ("head", "coded")]
            if later:
                own = [p for p in own if p not in later]
            found = event_location(article, event, own, hints, strict=fallback is not None)
            if found is None and event.sentence.text.rstrip().endswith(":"):
                found = _after_label(article, event, resolved, starts, hints)
            if found is None and fallback is None and later:
                found = event_location(article, event, later, hints)
            if found is not None:
                found = _container(article, found, resolved, starts)
            if coded and (found is None or hints.get((found.start, found.end)) not in ("head", "coded")) \
                    and not any(event.sentence.start <= p.start < event.sentence.end for p in coded):
                # "... Location not found, coded to the nearest town, Ginchi": a report that says
                # where it filed its event, in a sentence of its own
                found = coded[0]
            elif found is not None and found.feature_code == "PCLI" and pinned \
                    and not any(p.country == found.country for p in pinned):
                # a report that pins its place down with its divisions ("... near the office
                # (Seoul City - Jongno)") is about that place; a country of another event's
                # sentence ("the suspension of North Korea's cooperation") is what it concerns
                found = max((p for p in pinned if p.start < event.trigger.start), key=lambda p: p.start,
                            default=pinned[0])
            event.location = found or fallback
        except Exception:
            log.exception("event location failed")
            event.location = fallback


#: lowercase words for what kind of place a name is ("Saida town", "Edine (Edin) village")
KIND_WORDS = frozenset(("town", "village", "city", "area", "district", "subdistrict", "township",
                        "neighbourhood", "neighborhood", "camp", "municipality", "locality", "county",
                        "countryside", "region", "province", "governorate"))


def _container(article: Article, p: Place, resolved: list[Place], starts: list[int]) -> Place:
    """``p``, or the place the text says it lies in ("Saida town in Ar Raqqa countryside",
    "Edine (Edin) area in Al Amadiya district of Duhok") when ``p`` was resolved to a namesake
    in another country than that one: the writer's own words say which country it is in."""
    if not p.country or p.feature_code in ("PCLI", "ADM1"):
        return p
    tok = article.token_at(max(p.start, p.end - 1))
    if tok is None:
        return p
    doc, k = tok.doc, tok.i + 1
    end = min(len(doc), tok.sent.end, k + 16)
    kind = linked = False
    while k < end:
        t = doc[k]
        if t.text == "(":  # "Edine (Edin) village": its other spelling
            close = next((m for m in range(k + 1, min(end, k + 6)) if doc[m].text == ")"), None)
            if close is None:
                return p
            k = close + 1
            continue
        if t.lower_ in KIND_WORDS and t.text.islower():
            kind = True
        elif t.lower_ in ("in", "of") and kind:
            linked, kind = t.lower_, False
        elif linked and (t.lower_ in ("the", "al", "el", "ad", "ar", "as", "an", "de", "la")
                         or t.lower_ in AREA_ADJ or t.text[:1].isupper()):
            at = bisect.bisect_left(starts, t.idx)
            q = resolved[at] if at < len(resolved) and resolved[at].start == t.idx else None
            if q is not None:
                if q.country and q.country != p.country and not _is_adjective(article, q) \
                        and (linked == "in" or (q.feature_code or "").startswith(("ADM", "PCL"))):
                    return q
                return p
        else:
            return p
        k += 1
    return p


def _after_label(article: Article, event, resolved: list[Place], starts: list[int], hints) -> Optional[Place]:
    """An event named in a label ("Property destruction: On 6 March, forces razed ... in
    Qusra"): the place of the sentence the label introduces."""
    tok = article.token_at(event.sentence.end)
    if tok is not None and tok.idx < event.sentence.end:
        tok = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok is None:
        return None
    sent = tok.sent
    lo = bisect.bisect_left(starts, sent.start_char)
    hi = bisect.bisect_left(starts, sent.end_char)
    hints = hints or {}
    found = [p for p in resolved[lo:hi] if not _is_adjective(article, p)]
    found = [p for p in found if hints.get((p.start, p.end)) not in ("part", "doubtful")] or found
    return min(found, key=lambda p: (_rank(p), p.start)) if found else None


def _rank(p: Place) -> tuple:
    code = p.feature_code or ""
    cls = "P" if code.startswith("PPL") else "A" if code.startswith(("ADM", "PCL")) else "L"
    return (_SPECIFIC[cls], code == "PCLI")


def event_location(article: Article, event, places: list[Place], hints=None, strict: bool = False
                   ) -> Optional[Place]:
    """The event's own place: its clause first, then the nearest place in its sentence.

    ``hints``: ``{(start, end): "head" | "part"}`` of places written with their admin
    divisions ("Founa (Sanaba, Banwa)"): the parts are used only when nothing else is; a
    head in the event's sentence is the place its writer took care to pin down, and wins."""
    hints = hints or {}
    coded = [p for p in places if hints.get((p.start, p.end)) == "coded"]
    if coded:  # "[coded to Prague]": the report says where it filed the event
        return coded[0]
    places = [p for p in places if hints.get((p.start, p.end)) != "doubtful"] or places
    places = [p for p in places if hints.get((p.start, p.end)) != "part"] or places
    tok = article.token_at(event.trigger.start)
    if tok is not None and places:
        # "..., according to a statement from its headquarters in Goma", "X told reporters in
        # Kigali that ...": where the report came from, not where the event happened. The
        # event's own clause and the rest of its sentence come first; then the speaker's seat
        # ("the regional administration in Odesa said", "Pakistan's military said"), then the
        # dateline (the caller's fallback); never the setting of the saying ("told reporters in X")
        frame, speaker = attribution_chars(tok)
        inside = lambda p, runs: any(lo <= p.start and p.end <= hi for lo, hi in runs)  # noqa: E731
        free = [p for p in places if not inside(p, frame)]
        if len(free) < len(places):
            found = _event_location(article, event, free, hints, tok, strict) if free else None
            if found is None:
                seat = [p for p in places if inside(p, speaker) and not _is_adjective(article, p)]
                # a speaker from elsewhere ("..., Saudi and U.S. mediators said") says nothing of
                # where the parties' event was: their seat only when it is the parties' country
                parties = {a.country for a in getattr(event, "actors", []) if getattr(a, "country", None)}
                seat = [p for p in seat if not parties or p.country in parties]
                found = min(seat, key=lambda p: (abs(p.start - event.trigger.start), _rank(p))) if seat else None
            return found
    return _event_location(article, event, places, hints, tok, strict)


def _event_location(article: Article, event, places: list[Place], hints, tok, strict: bool = False
                    ) -> Optional[Place]:
    if not places:
        return None
    heads = [p for p in places if hints.get((p.start, p.end)) == "head"
             and event.sentence.start <= p.start and p.end <= event.sentence.end]
    if heads:
        return min(heads, key=lambda p: abs(p.start - event.trigger.start))
    sent_start, sent_end = event.sentence.start, event.sentence.end
    in_sent = [p for p in places if p.start >= sent_start and p.end <= sent_end
               and not _is_adjective(article, p)]
    # a place that is the event's actor ("Russia retreats") is not where it happened; a
    # recipient may be ("visited Tehran"); where the actor is from ("residents of Katowice
    # protested") may be too
    parties = [(a.start, a.end) for a in getattr(event, "actors", [])]
    not_party = [p for p in in_sent if not any(p.start < e and s < p.end and not _of_actor(article, p, s, e)
                                               for s, e in parties)]
    in_sent = not_party or in_sent
    if tok is None:
        return min(in_sent, key=_rank) if in_sent else None

    def places_in(token) -> list[Place]:
        lo = min(t.idx for t in token.subtree)
        hi = max(t.idx + len(t.text) for t in token.subtree)
        return [p for p in in_sent if p.start >= lo and p.end <= hi]

    def split(found: list[Place], top) -> list[Place]:
        for p in found:
            (topical if _under_topic(article, p, top) else kept).append(p)
        return kept

    # the trigger's own prepositional phrases and object, then those of its verb chain
    heads = [tok]
    if tok.dep_ in ("xcomp", "ccomp", "advcl", "conj") or tok.pos_ == "NOUN":
        heads.append(tok.head)  # "gathered in X, protesting against Y": where it gathered
    topical: list[Place] = []  # "protest against the invasion of Ukraine": not where
    stance: list[Place] = []  # "condemned the shelling of Kharkiv": what, not where
    for head in heads:
        own: list[Place] = []
        for child in head.children:
            kept: list[Place] = []
            if child.dep_ == "prep" and child.lower_ in TOPICAL:
                topical += places_in(child)
            elif child.dep_ == "prep" or (child.dep_ == "agent"):
                own += split(places_in(child), child)
            elif child.dep_ == "dobj" and head.lemma_.lower() in STANCE_LEMMAS:
                stance += places_in(child)  # "to condemn Russian troops invading Ukraine"
            elif child.dep_ in ("dobj", "npadvmod", "pobj", "attr") and child.ent_type_ in ("GPE", "LOC", "FAC", ""):
                own += split(places_in(child), child)
            elif child.dep_ in ("xcomp", "advcl") and head is tok:
                for grand in child.children:
                    kept = []
                    if grand.dep_ == "prep" and grand.lower_ in TOPICAL:
                        topical += places_in(grand)
                    elif grand.dep_ == "prep":
                        own += split(places_in(grand), grand)
        if own:
            return min(own, key=lambda p: (_rank(p), p.start))
    if stance:  # the sentence's other places come first ("... in Hualien City ... to condemn X")
        rest = [p for p in in_sent if p not in stance and p not in topical]
        if rest:
            return min(rest, key=lambda p: (abs(p.start - event.trigger.start), _rank(p)))
        topical += [p for p in stance if p not in topical]
    if topical:
        # "sanctions ... over the supply of drones to Russia": a place deep in what the event is
        # about ranks below the sentence's other places and the dateline; one the topical word
        # governs itself ("shot down drones over the Red Sea", "the border with X") does not.
        # Without a dateline, the sentence's other places ("residents of Katowice protested ...
        # in solidarity with Ukraine") still come first, and the topic only when there is none
        nested = [p for p in topical if not _governed_by_topical(article, p) and _under_topic(article, p, tok)]
        direct = [p for p in topical if p not in nested]
        if strict:
            topical = direct
            if not topical:
                rest = [p for p in in_sent if p not in nested]
                return min(rest, key=lambda p: (abs(p.start - event.trigger.start), _rank(p))) if rest else None
        elif all(p.feature_code == "PCLI" for p in nested) and not direct:
            # (countries deep in the topic: a town of the sentence named outside it comes first)
            rest = [p for p in in_sent if p not in nested and p.feature_code != "PCLI"
                    and not _under_topic(article, p, tok)]
            if rest:
                return min(rest, key=lambda p: (abs(p.start - event.trigger.start), _rank(p)))
    if topical:
        return min(topical, key=lambda p: (_rank(p), p.start))
    if in_sent:
        # (where something came from ranks below where it went: "a convoy ... crossing from Iraq
        # and going towards bases in the countryside of Al-Hasakeh")
        return min(in_sent, key=lambda p: (_origin(article, p), abs(p.start - event.trigger.start), _rank(p)))
    return None


#: Verbs that report what a source says: their subject and the rest of their frame ("the
#: statement said", "told reporters in Kigali", "said in a statement from Goma") are the source.
REPORT_LEMMAS = frozenset(("say", "tell", "report", "announce", "state", "add", "claim", "confirm",
                           "write", "note", "explain", "brief", "quote", "cite", "allege", "insist",
                           "warn", "stress", "declare"))
#: A speech verb's own words: who speaks, to whom, where and how ("told reporters in X on Monday").
_FRAME_DEPS = frozenset(("nsubj", "nsubjpass", "csubj", "dobj", "dative", "iobj", "prep", "agent",
                         "aux", "auxpass", "neg", "advmod", "npadvmod", "prt", "punct"))
_SPEAKER_DEPS = frozenset(("nsubj", "nsubjpass", "csubj", "agent"))


def attribution_tokens(trigger) -> tuple[set[int], set[int]]:
    """Token indices of the attribution phrases around an event in its sentence, and among them
    the speaker's own noun phrase: "according to X", "citing X", and a speech verb's frame (its
    subject, object and modifiers, not what it reports) when the event lies outside that frame
    ("..., the statement said", "X told reporters in Y that ...")."""
    doc, sent = trigger.doc, trigger.sent
    frame: set[int] = set()
    speaker: set[int] = set()
    for t in sent:
        if t.i == trigger.i:
            continue
        low, lemma = t.lower_, t.lemma_.lower()
        if low == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
            span = {x.i for x in t.subtree} | {x.i for x in doc[t.i + 1].subtree}
            if trigger.i not in span:
                frame |= span
                speaker |= span - {t.i, t.i + 1}
        elif lemma in ("cite", "quote") and t.tag_ == "VBG" and t.dep_ in ("advcl", "acl", "xcomp", "conj"):
            span = {x.i for x in t.subtree}
            if trigger.i not in span:
                frame |= span
                speaker |= span - {t.i}
        elif t.pos_ in ("VERB", "AUX") and lemma in REPORT_LEMMAS:
            own = {t.i}
            for c in t.children:
                sub = {x.i for x in c.subtree}
                if c.dep_ not in _FRAME_DEPS or trigger.i in sub:
                    continue
                if c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children):
                    continue  # a clause under a preposition is what is said
                own |= sub
                if c.dep_ in _SPEAKER_DEPS:
                    speaker |= sub
            frame |= own
    return frame, speaker


def _char_runs(doc, indices: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    prev = -2
    for i in sorted(indices):
        lo, hi = doc[i].idx, doc[i].idx + len(doc[i].text)
        if out and i == prev + 1:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        prev = i
    return out


def attribution_chars(trigger) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """:func:`attribution_tokens` as character ranges (one per run of tokens)."""
    frame, speaker = attribution_tokens(trigger)
    return _char_runs(trigger.doc, frame), _char_runs(trigger.doc, speaker)


def _under_topic(article: Article, p: Place, trigger) -> bool:
    """Whether a topical word ("over", "support") lies between place ``p`` and the trigger ("a
    rally in support of the invasion of Ukraine", "in solidarity with Ukraine")."""
    t = article.token_at(p.start)
    for _ in range(12):
        # (spaCy makes a new Token each time: compare positions, never identity)
        if t is None or t.i == trigger.i or t.head.i == t.i:
            return False
        below, t = t, t.head
        if t.i != trigger.i and _in_protest_of(t, below):
            return True
        if t.i != trigger.i and (t.lower_ in TOPICAL or t.lemma_.lower() in TOPIC_NOUNS):
            # (a building's place is where: "in front of the consulate on X Road in Denpasar")
            return not (t.lemma_.lower() in PLACE_WORDS and below.dep_ == "prep" and below.lower_ in ("in", "on", "at"))
    return False


def _origin(article: Article, p: Place) -> bool:
    """Whether place ``p`` is the object of "from" ("crossed from X", "refugees from X")."""
    last = article.token_at(max(p.start, p.end - 1))
    return last is not None and last.dep_ == "pobj" and last.head.lower_ == "from"


def _in_protest_of(t, below) -> bool:
    """"in protest of the demolition of homes in X", "in protest at X": what a protest is
    about (the noun of the adverbial "in protest", with its "of" / "at" complement)."""
    return t.lemma_.lower() == "protest" and t.pos_ == "NOUN" and t.head.lower_ == "in" \
        and below.dep_ == "prep" and below.lower_ in ("of", "at")


def _governed_by_topical(article: Article, p: Place) -> bool:
    """Whether place ``p`` is the very object of a topical preposition ("over the Red Sea"),
    not of one that completes a topic noun ("in solidarity with Ukraine", "war against X")."""
    last = article.token_at(max(p.start, p.end - 1))
    return last is not None and last.dep_ == "pobj" and last.head.lower_ in TOPICAL \
        and last.head.head.lemma_.lower() not in TOPIC_NOUNS


def _of_actor(article: Article, p: Place, start: int, end: int) -> bool:
    """Whether place ``p`` only says where the actor at ``start:end`` is from ("residents of
    Katowice", "protesters in Sysert", the town of a local institution): the object of a locative preposition on the actor's
    own noun, not the actor itself ("Russia retreats") nor its country ("people from Ukraine")."""
    last = article.token_at(max(p.start, p.end - 1))
    if last is not None and p.feature_code != "PCLI" and last.dep_ == "compound" \
            and last.head.pos_ == "PROPN" and last.head.lower_ in INSTITUTION \
            and start <= last.head.idx < end and last.head.idx > last.idx:
        return True  # "members of the Patras Bar Association": the institution's town
    if last is None or p.feature_code == "PCLI" or last.dep_ != "pobj" \
            or last.head.lower_ not in ("of", "in", "from", "at"):
        return False
    noun = last.head.head
    return noun.pos_ == "NOUN" and start <= noun.idx < end and not start <= noun.head.idx < end


#: Words opening a temporal adjunct ("a day after ...", "before ...", "since ...").
TEMPORAL_MARKS = frozenset(("after", "before", "since", "until", "till", "following"))


def _in_other_time(article: Article, event, p: Place) -> bool:
    """Whether place ``p`` lies in a temporal adjunct ("a day after X left Taipei", "since the
    raid on Y") of the event's sentence that does not contain the event's trigger."""
    tok, trig = article.token_at(p.start), article.token_at(event.trigger.start)
    if tok is None or trig is None or tok.sent != trig.sent:
        return False
    t = tok
    for _ in range(40):
        if t.i == trig.i or t.head.i == t.i:
            return False
        opener = t.lower_ in TEMPORAL_MARKS and t.dep_ == "prep" or (
            # (an advcl, or whatever the parser made of it: "a day after X left", a relcl)
            t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in t.children))
        if opener:
            return not any(x.i == trig.i for x in t.subtree)
        t = t.head
    return False


def _is_adjective(article: Article, p: Place) -> bool:
    """A demonym or a country's name modifying a noun ("Russian forces", "a U.S. delegation"):
    whose they are, not where the event is."""
    tok = article.token_at(p.start)
    if tok is None or p.feature_code != "PCLI":
        return False
    if tok.pos_ == "ADJ" or tok.ent_type_ == "NORP":
        return True
    last = article.token_at(max(p.start, p.end - 1)) or tok
    if _in_org_name(tok, last):
        return True  # "Palestine Liberation Army positions": an organisation's name
    if last.dep_ == "poss":  # "China's blockade", "Russia's invasion": whose, not where
        return last.head.pos_ == "NOUN" and last.head.lemma_.lower() not in PLACE_WORDS | COUNTRY_PARTS
    return last.dep_ in ("compound", "nmod", "amod") and last.head.i > last.i \
        and last.head.pos_ == "NOUN" and last.head.lemma_.lower() not in PLACE_WORDS


#: nouns of a country's parts after its possessive ("in Syria's north", "Ukraine's interior"):
#: the country is still where
COUNTRY_PARTS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast",
                           "southwest", "interior", "heartland", "outskirts", "centre", "center",
                           "countryside", "frontline", "front", "shore", "shores", "highlands", "part"))


def _in_org_name(first, last) -> bool:
    """Whether tokens ``first``..``last`` lie inside a longer organisation's name ("the
    Palestine Liberation Army", "the Moroccan Front for Supporting Palestine")."""
    if first.ent_type_ != "ORG" or last.ent_type_ != "ORG":
        return False
    doc = first.doc
    before = first.ent_iob_ == "I"
    after = last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I" and doc[last.i + 1].ent_type_ == "ORG"
    return before or after


#: Nouns a country's name may modify while still naming where ("the Ukraine border").
PLACE_WORDS = frozenset(("border", "frontier", "coast", "side", "territory", "capital", "city",
                         "region", "town", "village", "province", "soil", "mainland", "airspace",
                         "waters", "embassy", "consulate", "port", "island", "islands"))


#: words that put a place where an event report's action is ("demonstrated in X", "near the
#: village of X", "into X groupement", "missiles at X"); "from X" is where something came from
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|into|inside|outside|around|across|towards?|onto|on)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:from|to|for|against|with|by|over|about|than|and|or|of|in)\s)"
    r"[a-z][\w-]*\s+){0,3}?(?:(?:of|in)\s+(?:the\s+)?)?$")
_CODED_BEFORE = re.compile(r"\bcoded\s+(?:to|as)\s+(?:the\s+)?(?:[a-z]+\s+){0,2},?\s*$", re.I)


def report_location(doc, gz: Optional[Gazetteer] = None) -> Optional[Place]:
    """The place a short report is about when no event was found in it: the place it says it
    was coded to ("[coded to Prague]"), else the first place written after a locative word
    ("arrived in Slovakia", "near the settlement of X") that is no demonym or country adjective
    ("Israeli settlers", "Burundian soldiers": whose, not where), else the first resolved place
    that is no demonym, else the first resolved place. ``doc``: a :class:`~dateline.records.Document`."""
    found = [p for p in doc.places if p.lat is not None]
    if not found:
        return None
    text = doc.text or ""

    def demonym(p: Place) -> bool:
        if p.feature_code != "PCLI" or gz is None or not p.text or p.text == p.name:
            return False
        return gz.demonym(p.text) is not None

    named = [p for p in found if not demonym(p)]
    for p in named:
        if _CODED_BEFORE.search(text[max(0, p.start - 40):p.start]):
            return p
    for p in named:
        if _LOCATIVE_BEFORE.search(text[max(0, p.start - 60):p.start]):
            return p
    return named[0] if named else found[0]
