"""Finds quotes in a parsed text: quotation-mark regions tied to their cue, and reported speech
from the dependency parse (cue word -> content argument, subject -> speaker).

Everything is a linear pass over the tokens; nothing here loads a model.
"""
from __future__ import annotations

import bisect

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.quotes import lexicon as lx
from dateline.quotes.marks import Region, find_regions

_VERBAL = ("VERB", "AUX")
_EDGE_PUNCT = set(",;:-\u2013\u2014(")
_NP_DROP = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "prep_of_time"}
_SUBJECT_CLIMB = {"advcl", "xcomp", "conj", "pcomp", "dep", "acl", "npadvmod", "prep"}


@dataclass
class Found:
    """A quote before its speaker is named: character offsets into the parsed text."""

    kind: str
    start: int
    end: int
    cue: Optional[tuple[int, int]]
    cue_token: Optional[Token]
    speaker: Optional[SpacySpan]
    score: float
    region: Optional[Region] = None
    via: Optional["Found"] = None
    name: Optional[str] = None
    parts: list["Found"] = field(default_factory=list)
    argument: str = ""


# -- small helpers over the parse ---------------------------------------------------------
def _is_break(tok: Token) -> bool:
    return "\n" in tok.text


def phrase(tok: Token) -> SpacySpan:
    """The noun phrase headed by ``tok``, without relative clauses, appositions and punctuation."""
    doc = tok.doc
    dropped: set[int] = set()
    for child in tok.children:
        if child.dep_ in _NP_DROP or (child.dep_ == "prep" and child.i > tok.i
                                      and child.lower_ in ("on", "at", "in", "during", "after")):
            dropped.update(t.i for t in child.subtree)
    kept = {t.i for t in tok.subtree} - dropped
    lo = hi = tok.i
    while lo - 1 in kept and not _is_break(doc[lo - 1]):
        lo -= 1
    while hi + 1 in kept and not _is_break(doc[hi + 1]):
        hi += 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    # a trailing conjunction left over by the parser ("Ukraine and")
    while hi > lo and doc[hi].dep_ == "cc":
        hi -= 1
    return doc[lo:hi + 1]


def outer_speaker_verb(tok: Token) -> Optional[Token]:
    """The speech verb a subjectless cue is really conjoined to: in "X said the pullback was a
    show and accused Y of ...", the parser hangs "accused" on the reported clause ("was"), but it
    is X's act. Taken when the reported clause's subject cannot speak ("the pullback", "the
    talks"), or that clause's tense is shifted from the narration's ("said Y had ... and accused")."""
    if tok.dep_ != "conj" or tok.pos_ not in _VERBAL or tok.lemma_.lower() not in lx.SPEAKER_ACTS:
        return None
    if any(c.dep_ in ("nsubj", "csubj", "nsubjpass") for c in tok.children):
        return None
    head = tok.head
    if head.dep_ != "ccomp":
        return None
    outer = head.head
    if outer.pos_ not in _VERBAL or outer.lemma_.lower() not in lx.SPEECH_VERBS or not any(
            c.dep_ in ("nsubj", "csubj") for c in outer.children):
        return None
    from dateline.pipeline.arguments import animate  # the actors stage's test, so both stages agree

    inner = [c for c in head.children if c.dep_ in ("nsubj", "csubj", "nsubjpass", "expl")]
    if not inner or not animate(inner[0]):
        return outer
    shifted = any(c.dep_ in ("aux", "auxpass") and c.lower_ in lx.SHIFTED_AUX for c in head.children) \
        or head.tag_ in ("VBZ", "VBP", "MD")
    if shifted and tok.tag_ == outer.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return outer
    return None


def subject(tok: Token, depth: int = 0) -> Optional[Token]:
    """The speaker token of a cue: its subject, the agent of a passive, or its governor's subject."""
    outer = outer_speaker_verb(tok)
    if outer is not None:
        return subject(outer, depth + 1)
    passive = False
    for child in tok.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
        if child.dep_ in ("nsubjpass", "auxpass"):
            passive = True
    if passive or tok.tag_ == "VBN":
        for child in tok.children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
    if tok.pos_ == "NOUN":
        for child in tok.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in lx.AGENT_PREPOSITIONS:
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if tok.dep_ in ("dobj", "attr") and depth < 2:
            return subject(tok.head, depth + 1)
        return None
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "a statement saying ..."
    if depth < 3 and tok.dep_ in _SUBJECT_CLIMB and tok.head.i != tok.i:
        return subject(tok.head, depth + 1)
    return None


def _char_range(tokens: list[Token]) -> Optional[tuple[int, int]]:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].text in _EDGE_PUNCT or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in _EDGE_PUNCT or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _sentence_tokens(tokens, sent: SpacySpan) -> list[Token]:
    return sorted((t for t in tokens if sent.start <= t.i < sent.end), key=lambda t: t.i)


def content_of(tok: Token, argument: str) -> Optional[tuple[int, int]]:
    """Character range of the content that cue ``tok`` introduces through ``argument``."""
    if argument == "_head":
        head = tok.head
        own = {t.i for t in tok.subtree}
        side = [t for t in head.subtree if t.i not in own and (t.i < tok.i) == (head.i < tok.i)]
        side = _sentence_tokens(side, tok.sent)
        if head.i < tok.i:
            side = [t for t in side if t.i < tok.left_edge.i]
        else:
            side = [t for t in side if t.i > tok.right_edge.i]
        return _char_range(side)
    children = [c for c in tok.children if c.dep_ == argument and (argument != "prep" or c.i > tok.i)]
    if not children:
        return None
    child = children[0]
    if argument == "ccomp" and child.i < tok.i and any(
            t.text == ";" for t in tok.doc[child.right_edge.i + 1:tok.i]):
        return None  # "Gunmen kill 12; army says 5 arrested": a clause of its own, not what is said
    if argument == "prep":
        objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        tokens = list(objects[0].subtree) if objects else list(child.subtree)
    else:
        tokens = list(child.subtree)
        if argument == "ccomp":  # "said X was ... and accused Y": the speaker's next act is no content
            for conj in child.children:
                outer = outer_speaker_verb(conj) if conj.dep_ == "conj" else None
                if outer is not None and outer.i == tok.i:
                    drop = {t.i for t in conj.subtree}
                    drop.update(c.i for c in child.children if c.dep_ == "cc" and c.i < conj.i
                                and not any(c.i < x.i < conj.i for x in child.children if x.dep_ == "conj"))
                    tokens = [t for t in tokens if t.i not in drop]
        if argument == "dobj":  # "accused Russia of ...", "urged Iran to ..."
            for sib in tok.children:
                if sib.i > child.i and sib.dep_ in ("prep", "xcomp", "oprd", "ccomp"):
                    tokens.extend(sib.subtree)
    tokens = _sentence_tokens(tokens, tok.sent)
    return _char_range(tokens)


def _cue_range(tok: Token, argument: str = "") -> tuple[int, int]:
    """The cue's words: the verb with its particle or preposition ("called for", "pointed out")."""
    end_tok = tok
    for child in tok.children:
        if child.i == end_tok.i + 1 and (child.dep_ == "prt" or (
                child.dep_ == "prep" and argument == "prep")):
            end_tok = child
    return tok.idx, end_tok.idx + len(end_tok.text)


# -- direct quotes ---------------------------------------------------------------------------
def _window(doc: Doc, start_char: int, forward: bool, limit_char: int, size: int = 20) -> list[Token]:
    out: list[Token] = []
    if len(doc) == 0:
        return out
    i = _first_token_at(doc, start_char) if forward else _first_token_at(doc, start_char) - 1
    step = 1 if forward else -1
    while 0 <= i < len(doc) and len(out) < size:
        tok = doc[i]
        if (forward and tok.idx >= limit_char) or (not forward and tok.idx < limit_char):
            break
        if _is_break(tok):
            break
        if tok.text in (".", "!", "?", ";") and (out or not forward):
            if forward:
                out.append(tok)
            break
        out.append(tok)
        i += step
    return out


def _first_token_at(doc: Doc, char: int) -> int:
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _speech_cue(tok: Token) -> bool:
    return tok.pos_ in _VERBAL and tok.lemma_.lower() in lx.SPEECH_VERBS


def _trailing_cue(doc: Doc, text: str, region: Region, limit: int) -> Optional[Token]:
    if not region.closed:
        return None
    raw_end = text[region.open_at:region.close_at].rstrip()
    after = text[region.close_end:region.close_end + 1]
    if not (raw_end.endswith((",", "?", "!", "-", "\u2014", "\u2026")) or after == ","):
        return None
    for tok in _window(doc, region.close_end, True, limit):
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return tok
        if _speech_cue(tok):
            return tok
        if tok.pos_ == "VERB" or tok.text in (".", "!", "?", ";"):
            return None
    return None


def _leading_cue(doc: Doc, text: str, region: Region, limit: int) -> Optional[Token]:
    window = _window(doc, region.open_at, False, limit)
    colon = bool(window) and window[0].text == ":"
    for tok in window:
        if tok.text in (".", "!", "?", ";"):
            return None
        if _speech_cue(tok):
            return tok
        if tok.pos_ == "VERB":
            return tok if colon and subject(tok) is not None else None
    return None


def _direct(doc: Doc, text: str, regions: list[Region]) -> list[Found]:
    found: list[Found] = []
    previous: Optional[Found] = None
    for n, region in enumerate(regions):
        next_open = regions[n + 1].open_at if n + 1 < len(regions) else len(text)
        prev_close = regions[n - 1].close_end if n else 0
        cue = _trailing_cue(doc, text, region, next_open) or _leading_cue(doc, text, region, prev_close)
        item: Optional[Found] = None
        if cue is not None:
            if cue.lower_ == "according":
                speaker = _according_source(cue)
                cue_range = (cue.idx, doc[cue.i + 1].idx + len(doc[cue.i + 1].text))
            else:
                speaker = _direct_speaker(cue, region)
                cue_range = _cue_range(cue)
            item = Found("direct", region.content_start, region.content_end, cue_range, cue,
                         speaker, 0.9, region)
        elif previous is not None and _continues(doc, previous, region):
            item = Found("direct", region.content_start, region.content_end, previous.cue,
                         previous.cue_token, previous.speaker, 0.8, region)
        elif region.words >= 8:
            item = Found("direct", region.content_start, region.content_end, None, None, None, 0.4,
                         region)
        if item is not None:
            found.append(item)
            previous = item
    return found


def _direct_speaker(cue: Token, region: Region) -> Optional[SpacySpan]:
    """The subject of a quote's cue, or the noun phrase after it ('"...," said the blog')."""
    speaker_tok = subject(cue)
    if speaker_tok is not None:
        speaker = phrase(speaker_tok)
        if speaker.end_char <= region.open_at or speaker.start_char >= region.close_end:
            return speaker
    doc = cue.doc
    for tok in doc[cue.i + 1:min(len(doc), cue.i + 8)]:
        if _is_break(tok) or tok.idx < region.close_end and tok.idx >= region.open_at:
            break
        if tok.pos_ in ("PROPN", "NOUN", "PRON"):
            while tok.head.pos_ in ("PROPN", "NOUN") and tok.head.i > tok.i and tok.head.i - cue.i < 10:
                tok = tok.head
            return phrase(tok)
        if tok.pos_ in _VERBAL or tok.text in (".", "!", "?", ";", ":"):
            break
    return None


def _continues(doc: Doc, previous: Found, region: Region) -> bool:
    """Whether ``region`` goes on with the quote before it ('"...," he said. "..."')."""
    assert previous.region is not None
    gap = [t for t in doc[_first_token_at(doc, previous.region.close_end):
                          _first_token_at(doc, region.open_at)]]
    if len(gap) > 25 or sum(1 for t in gap if "\n" in t.text) > 1 + (previous.cue is None):
        return False
    cue_i = previous.cue_token.i if previous.cue_token is not None else -1
    # another speech verb in between starts someone else's words; other verbs ("..., Spencer
    # said, as the fighters worked out") are the scene around the same speaker
    return not any(t.i != cue_i and (_speech_cue(t) or t.lower_ == "according") for t in gap)


# -- reported speech from the parse ---------------------------------------------------------
def _according_source(tok: Token) -> Optional[SpacySpan]:
    doc = tok.doc
    to = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    objects = [c for c in (to.children if to is not None else []) if c.dep_ == "pobj"]
    objects = objects or [c for c in tok.children if c.dep_ == "pobj"]
    if objects:
        return phrase(objects[0])
    # parse without an object: take the words after "according to" up to punctuation
    end = tok.i + 2
    while end < len(doc) and not doc[end].is_punct and not _is_break(doc[end]) and end - tok.i < 10:
        end += 1
    return doc[tok.i + 2:end] if end > tok.i + 2 else None


def _according(tok: Token) -> Optional[Found]:
    doc = tok.doc
    source = _according_source(tok)
    to = doc[tok.i + 1]
    cue_range = (tok.idx, to.idx + len(to.text))
    sent = tok.sent
    own = set(range(tok.i, (source.end if source is not None else to.i + 1)))
    own.update(t.i for t in tok.subtree)
    if tok.i - sent.start >= sent.end - (max(own) + 1):  # "..., according to X."
        tokens = [t for t in sent if t.i < min(own)]
    else:  # "According to X, ..."
        tokens = [t for t in sent if t.i > max(own)]
    span = _char_range(tokens)
    if span is None:
        return None
    return Found("according_to", span[0], span[1], cue_range, tok, source, 0.85)


def _reported(tok: Token) -> Optional[Found]:
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    lemma = tok.lemma_.lower()
    arguments = {c.dep_ for c in tok.children}
    if tok.dep_ in ("parataxis", "advcl", "ccomp") and tok.head.i != tok.i:
        arguments.add("_head")
    best, best_score = None, 0.0
    for argument in arguments:
        score = lx.rule_score(lemma, tok.pos_, argument)
        if argument == "_head" and "ccomp" in arguments:
            continue
        if score > best_score:
            best, best_score = argument, score
    if best is None:
        return None
    speaker_tok = subject(tok)
    best_score *= lx.context_factor(tok.dep_, tok.tag_, speaker_tok is not None)
    if best_score < lx.RULE_THRESHOLD:
        return None
    span = content_of(tok, best)
    if span is None or span[0] <= tok.idx < span[1]:
        return None
    speaker = phrase(speaker_tok) if speaker_tok is not None else None
    if speaker is not None and speaker.start_char < span[1] and span[0] < speaker.end_char:
        speaker = None
    kind = "according_to" if lemma in lx.REPORT_VERBS else "indirect"
    return Found(kind, span[0], span[1], _cue_range(tok, best), tok, speaker, best_score,
                 argument=best)


# -- putting it together ---------------------------------------------------------------------
def find(doc: Doc, text: str) -> list[Found]:
    """All quotes of a parsed text, in text order, with chains linked through ``via``."""
    if doc is None or len(doc) == 0:
        return []
    regions = find_regions(text)
    direct = _direct(doc, text, regions)
    used = {f.cue_token.i for f in direct if f.cue_token is not None}
    quoted = [(r.content_start, r.content_end) for r in regions]
    reported: list[Found] = []
    q = 0
    for tok in doc:
        while q < len(quoted) and quoted[q][1] <= tok.idx:
            q += 1
        if q < len(quoted) and quoted[q][0] <= tok.idx:
            continue  # words inside a quotation belong to its speaker
        if tok.i in used:
            if tok.lower_ == "according":
                continue
            # the cue of a direct quote may carry more: '"...," he said, according to X'
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            item = _according(tok)
        else:
            item = _reported(tok)
        if item is not None:
            reported.append(item)
    reported.extend(_colon_lines(doc, text))
    reported.sort(key=lambda f: f.start)
    return _merge(direct, reported, text)


def _colon_lines(doc: Doc, text: str) -> list[Found]:
    """Headline style "Bernie Sanders: Clinton Is Qualified": a name, a colon, the words."""
    out: list[Found] = []
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        colon = text.find(":", pos, min(end, pos + 60))
        if colon > pos:
            item = _colon_line(doc, text, pos, colon, end)
            if item is not None:
                out.append(item)
        pos = end + 1
    return out


def _colon_line(doc: Doc, text: str, start: int, colon: int, end: int) -> Optional[Found]:
    first, at = _first_token_at(doc, start), _first_token_at(doc, colon)
    name = [t for t in doc[first:at] if not t.is_space]
    if not 1 <= len(name) <= 4 or at >= len(doc) or doc[at].text != ":":
        return None
    if not all(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in name):
        return None
    content = _char_range([t for t in doc[at + 1:_first_token_at(doc, end)]])
    if content is None or len(text[content[0]:content[1]].split()) < 3:
        return None
    speaker = doc[name[0].i:name[-1].i + 1]
    return Found("indirect", content[0], content[1], (colon, colon + 1), doc[at], speaker, 0.6,
                 argument="_colon")


def _inside(a: Found, b: Found) -> bool:
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)


def _mostly_inside(a: Found, b: Found) -> bool:
    """At least half of ``a`` lies in ``b`` (a quotation may run on past reported speech's end)."""
    return 2 * (min(a.end, b.end) - max(a.start, b.start)) >= a.end - a.start


def _merge(direct: list[Found], reported: list[Found], text: str) -> list[Found]:
    kept: list[Found] = []
    for item in direct:
        # a short quoted phrase inside reported speech is part of it ('X called it "a disaster"')
        if item.cue is None or item.score < 0.8:
            host = next((r for r in reported if _mostly_inside(item, r)), None)
            if host is not None:
                continue
            if item.region is not None and item.region.words < 8:
                continue
        kept.append(item)
    for item in reported:
        # "X said the deal was ..." when the whole content is a quotation: it is direct
        match = next((d for d in direct if d.start <= item.start + 1 and item.end <= d.end + 1), None)
        if match is not None:
            if match.cue is None:
                match.cue, match.cue_token, match.speaker, match.score = (
                    item.cue, item.cue_token, item.speaker, item.score)
                if match not in kept:
                    kept.append(match)
            continue
        kept.append(item)
    kept.sort(key=lambda f: (f.start, -f.end))
    _adopt_speakers(kept, text)
    _link_chains(kept)
    return kept


def _adopt_speakers(items: list[Found], text: str) -> None:
    """A quotation standing alone in its paragraph is most likely the last speaker's; right after
    that speaker's own direct quote it goes on with it (one attribution, the same cue)."""
    last: Optional[Found] = None
    for item in items:
        if item.kind == "direct" and item.speaker is None and item.cue is None and last is not None:
            if item.start - last.end < 600 and text.count("\n\n", last.end, item.start) <= 2:
                item.speaker, item.score = last.speaker, 0.5
                if last.kind == "direct" and last.cue is not None:
                    item.cue, item.cue_token = last.cue, last.cue_token
        if item.speaker is not None:
            last = item


def _link_chains(items: list[Found]) -> None:
    """Set ``via`` when a quote's cue lies inside another quote's content (the channel)."""
    ordered = sorted(items, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    longest = max((f.end - f.start for f in ordered), default=0)
    for item in items:
        if item.cue is None:
            continue
        best: Optional[Found] = None
        # only quotes that can hold the cue: they start at most `longest` before it
        window = ordered[bisect.bisect_left(starts, item.cue[0] - longest):
                         bisect.bisect_right(starts, item.cue[0])]
        for other in window:
            if other is item or other.speaker is None or other.cue == item.cue:
                continue
            if other.start <= item.cue[0] and item.cue[1] <= other.end:
                if best is None or other.end - other.start < best.end - best.start:
                    best = other
        if best is not None:
            item.via = best
            # the channel vouches for the whole quote ("'...,' X said, according to Y")
            if best.kind == "according_to" and item.kind == "direct":
                best.start, best.end = min(best.start, item.start), max(best.end, item.end)
