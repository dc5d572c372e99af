"""Stage: actors. Finds each event's actors and recipients and codes them.

The arguments come from the dependency parse of the trigger's sentence (subjects, passive agents,
objects, prepositional objects, conjunctions, possessives, control and relative clauses; see
:mod:`dateline.pipeline.arguments`); each argument phrase is then coded against the actor KB (:mod:`dateline.kb`) and, for pronouns and
definite descriptions, resolved within the article (:mod:`dateline.kb.mentions`).
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Optional

from spacy.tokens import Token

from dateline.kb import load_kb
from dateline.kb.mentions import PERSON_PRON, PLURAL_PRON, THING_PRON, Context, Info, Mentions, pair_description
from dateline.pipeline.arguments import HUMAN_NOUNS, MAX_ARGS, NOT_ARGS, arguments, pobjs
from dateline.pipeline.article import Article
from dateline.records import Actor, Event

log = logging.getLogger(__name__)

_SPAN_DROP = frozenset(("relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis",
                        "ccomp", "xcomp", "case", "prep", "mark", "advmod", "preconj"))


def code_actors(article: Article, actors_file: Optional[str] = None) -> None:
    """Fill ``event.actors`` and ``event.recipients`` for every event of the article."""
    if not article.events or article.doc is None or len(article.doc) == 0:
        return
    try:
        kb = load_kb(actors_file)
        mentions = Mentions(article.doc, kb, article.date)
    except Exception:  # never let a bad KB file or odd parse stop the pipeline
        log.exception("actors: cannot prepare article %s", article.id)
        return
    context = Context(mentions)
    for event in article.events:
        try:
            _code_event(article, mentions, event, context)
        except Exception:
            log.exception("actors: event %s in %s skipped", event.type, article.id)


def _code_event(article: Article, mentions: Mentions, event: Event, context: Context) -> None:
    trigger = article.token_at(event.trigger.start)
    if trigger is None:
        return
    sources, targets, controller = arguments(trigger, event.type, mentions)
    inherited = mentions.code(controller) if controller is not None else None
    event.actors = _without_trigger(article, _to_actors(article, mentions, sources, inherited, context, True),
                                    trigger)
    _scene_fallback(article, event, trigger, context)
    taken = {(a.start, a.end) for a in event.actors}
    event.recipients = [a for a in _without_trigger(
        article, _to_actors(article, mentions, targets, None, context), trigger) if (a.start, a.end) not in taken]


def _without_trigger(article: Article, actors: list[Actor], trigger: Token) -> list[Actor]:
    """An argument's span stops before the event's own trigger: "the force deployed to X" is
    "the force" when "deployed" is the event (a participle the parser hung on the noun)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return actors  # "several thousand demonstrators": a noun trigger may head its actor
    out = []
    for a in actors:
        if a.start < trigger.idx < a.end:
            toks = [t for t in trigger.doc[:trigger.i] if t.idx >= a.start]
            while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ in ("cc", "case")):
                toks.pop()
            if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in toks):
                out.append(a)  # "those detained": nothing names them but the participle
                continue
            span = article.span(a.start, toks[-1].idx + len(toks[-1].text))
            a = replace(a, text=span.text, start=span.start, end=span.end)
        out.append(a)
    return out


def _scene_fallback(article: Article, event: Event, trigger: Token, context: Context) -> None:
    """NGEC's rule for unnamed perpetrators: when no actor of the event has a country, its actors
    (a local person, "a group", an unresolved "they") take the scene's country; an event with no
    actor at all ("a man was killed in X", "looting in X") gets an implicit one: an empty span at
    the trigger, ``kb_id`` :data:`IMPLICIT`, coded to the scene's country only."""
    if any(a.country for a in event.actors):
        return
    country = context.country(trigger)
    if not country:
        return
    if event.actors:
        event.actors = [replace(a, country=country) if a.country is None and not _pair_span(article, a)
                        else a for a in event.actors]
        return
    # No words name this actor: a zero-width span at the trigger, so no text is mistaken for it.
    at = article.span(event.trigger.start, event.trigger.start)
    event.actors = [Actor(**vars(at), country=country, kb_id=IMPLICIT)]


def _pair_span(article: Article, actor: Actor) -> bool:
    """"both sides" the text does not name: no scene country makes them one side."""
    span = article.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and pair_description(span.root)


#: ``kb_id`` of an event's unnamed actor, coded from the scene (an empty span at the trigger).
IMPLICIT = "implicit:scene"


def _groupish(head: Token, info: Info, acting: bool = True) -> bool:
    """An unnamed group or role that takes the scene's country ("police", "protesters", a union).
    Any plural noun may when it acts; one that is acted on must be a group of people ("curbs on
    private vehicles" are no party of the scene's state)."""
    if info.country or info.kb_id or info.person or head.pos_ == "PRON" or pair_description(head):
        return False  # "both sides" that the text does not name stay uncoded: no scene country
    return bool(info.sector) or head.lemma_.lower() in HUMAN_NOUNS or (head.tag_ == "NNS" and (
        acting or _of_people(head))) or (
        head.ent_type_ == "ORG" and head.pos_ == "PROPN")


# -- from heads to Actor records ----------------------------------------------------------------
def _to_actors(article: Article, mentions: Mentions, heads: list[Token], inherited: Optional[Info],
               context: Optional[Context] = None, owners: bool = False) -> list[Actor]:
    """Actor records for argument heads; ``owners``: a role of two states ("the presidents of X
    and Y") is coded once per state (for the actors: a recipient keeps one record)."""
    out: list[Actor] = []
    seen: set[tuple[int, int, Optional[str]]] = set()
    for head in heads:
        if _bare_demonstrative(head) and not mentions.resolve(head):
            continue  # "Those who play with fire will get burned": nobody the text names
        start, end = _phrase(head)
        for info in _codings(mentions, head, owners):
            if inherited is not None and not info.country and not info.person:
                info = Info(info.name, inherited.country, info.sector, info.title, info.kb_id, info.person)
            if context is not None and _groupish(head, info, owners):
                info = replace(info, country=context.country(head))
            key = (start, end, info.country)
            if key in seen or end <= start:
                continue
            seen.add(key)
            out.append(Actor(**vars(article.span(start, end)), name=info.name, country=info.country,
                             sector=info.sector, title=info.title, kb_id=info.kb_id))
    return out[:MAX_ARGS]


def _of_people(head: Token) -> bool:
    """"dozens of people", "hundreds of residents": a quantity of a group of people."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.lemma_.lower() in HUMAN_NOUNS or o.ent_type_ == "NORP" for o in pobjs(c)) for c in head.children)


DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))


def _bare_demonstrative(head: Token) -> bool:
    """A demonstrative standing alone for its noun ("Those who ...", "this was ..."), no noun."""
    return head.lower_ in DEMONSTRATIVES and head.pos_ in ("PRON", "DET") and not any(
        c.dep_ in ("prep", "compound", "amod") for c in head.children)


def _codings(mentions: Mentions, head: Token, owners: bool = False) -> list[Info]:
    low = head.lower_
    if head.pos_ == "PRON" or low in PERSON_PRON | THING_PRON | PLURAL_PRON:
        return mentions.resolve(head) or [Info()]
    info = mentions.code(head)
    if owners and not info.person and head.pos_ in ("NOUN", "PROPN"):
        states = _modifier_states(mentions, head, info)
        if len(states) >= 2:  # "the Philippine and U.S. navies": one coding per country
            return states
    if owners and not info.country and not info.person and not info.kb_id and head.pos_ == "NOUN":
        # "the presidents of Colombia and Venezuela": one coding per country they are "of"
        owners = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
        states: dict[str, Info] = {}
        for t in owners:
            owner = mentions.code(t)
            if owner.country and not owner.person and t.ent_type_ in ("GPE", "NORP", "ORG"):
                states.setdefault(owner.country, replace(info, country=owner.country))
        if len(states) >= 2:  # (one state: the scene's or the phrase's own coding stands)
            return list(states.values())
    member = _member_of(mentions, head, info)
    if member is not None:
        return [member]
    if not info.name and not info.kb_id:
        found = mentions.describe(head)
        if found:
            return [Info(f.name, f.country, f.sector or info.sector, f.title or info.title, f.kb_id, f.person)
                    for f in found]
    return [info]


#: nouns for the people of a group, whose country and sector are the group's ("members of the
#: Taliban", "supporters of the BNP", "fighters of the Gulf Clan")
MEMBER_NOUNS = frozenset(("member", "fighter", "supporter", "activist", "militant", "cadre",
                          "leader", "worker", "official", "gunman", "loyalist", "follower"))


def _member_of(mentions: Mentions, head: Token, info: Info) -> Optional[Info]:
    """The coding of "members of X" when the actor dictionary knows X as a group or an
    organisation and the phrase has no country of its own."""
    if info.country or info.person or info.kb_id or head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                owner = mentions.code(o)
                if owner.kb_id and owner.country and owner.kb_id.startswith(("group:", "org:")):
                    return Info(None, owner.country, owner.sector or info.sector, info.title)
    return None


def _modifier_states(mentions: Mentions, head: Token, info: Info) -> list[Info]:
    """Codings of a noun modified by coordinated demonyms or country names ("Indian and Pakistani
    troops", "the Philippine and U.S. navies"): one per distinct country, the head's sector kept.
    Fewer than two countries (one modifier, or conjuncts naming no state) give one coding or none."""
    states: dict[str, Info] = {}
    for child in head.children:
        if child.i > head.i or child.dep_ not in ("amod", "compound", "nmod") or not child.conjuncts:
            continue
        for t in sorted((child, *child.conjuncts), key=lambda t: t.i):
            if t.i > head.i or t.ent_type_ not in ("NORP", "GPE"):
                continue
            country = mentions.kb.country(_bare(t.text)) or mentions.code(t).country
            if country:
                states.setdefault(country, Info(None, country, info.sector, info.title))
    return list(states.values())


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _in_phrase(head: Token, child: Token) -> bool:
    """Dependents kept in an actor's span: "of"/"in" phrases, participles, appended names."""
    if child.i < head.i:
        return False
    if child.dep_ == "prep":
        if head.ent_type_ == "PERSON" and child.lower_ in ("in", "at", "near"):
            return False  # "will meet Saad Hariri in Washington": where they meet
        return child.lower_ in ("of", "in", "to", "from", "at", "near", "like", "including") and not any(
            t.ent_type_ in NOT_ARGS for t in pobjs(child))
    if child.dep_ == "acl":  # "missiles fired by Israel", not "an announcement that it had opened"
        return child.tag_ == "VBN" and not child.nbor(-1).is_punct and not any(  # not "fishermen, held in X"
            c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in child.children)
    if child.dep_ == "appos":  # "Prime Minister, Prince Khalifa", not "Patrushev, a close ally"
        return child.pos_ == "PROPN" and head.pos_ != "PROPN" \
            or child.i == head.i + 1 and child.ent_type_ == "PERSON" \
            or _named_role(head, child) or _named_role(child, head)  # "Merkel, the German chancellor"
    return False


def _named_role(name: Token, role: Token) -> bool:
    """A person and their office side by side: "Angela Merkel, the German chancellor",
    "the UAE Ambassador to Bahrain, Abdulridha Khori" (a short role phrase, no clause)."""
    if name.ent_type_ != "PERSON" or role.ent_type_ == "PERSON":
        return False
    skip = set(t.i for t in name.subtree) if name.head == role else set()
    sub = [t for t in role.subtree if t.i not in skip]
    if len(sub) > 9 or any(t.dep_ in ("relcl", "acl", "advcl") for t in sub):
        return False
    words = [t.lower_ for t in sub if t.i <= role.i and t.pos_ in ("NOUN", "PROPN", "ADJ")]
    kb = load_kb()
    return bool(words) and (kb.is_title(" ".join(words[-2:])) or kb.is_title(role.lower_))


def _nested_clause(tok: Token) -> bool:
    """A clause inside a noun phrase: a relative clause, or a participle with its own subject."""
    if tok.dep_ in ("relcl", "advcl", "parataxis", "ccomp"):
        return True
    return tok.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children)


def _phrase(head: Token) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``head``, without clauses or appositions."""
    lo = hi = head.i
    for child in head.children:
        if child.dep_ in _SPAN_DROP and not _in_phrase(head, child):
            continue
        sub = list(child.subtree)
        if child.i < head.i:
            lo = min(lo, sub[0].i)
        else:
            hi = max(hi, sub[-1].i)
    doc, sent = head.doc, head.sent
    lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
    for i in range(head.i + 1, hi + 1):  # "representatives of both sides, who held talks": a clause
        tok = doc[i]                      # deeper in a kept phrase ends it as well
        if tok.head != head and tok.head.i > head.i and tok.i > head.i and _nested_clause(tok):
            hi = min(hi, tok.left_edge.i - 1)
            break
    for i in range(head.i - 1, lo - 1, -1):  # never across a line break
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            lo = i + 1
            break
    for i in range(head.i, hi + 1):
        if "\n" in doc[i].whitespace_ or (i > head.i and "\n" in doc[i].text):
            hi = i if "\n" not in doc[i].text else i - 1
            break
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ in ("cc", "preconj")):
        lo += 1
    while hi > head.i and (doc[hi].is_space or doc[hi].dep_ == "case" or doc[hi].is_punct and not (
            doc[hi].text == ")" and any(doc[j].text == "(" for j in range(lo, hi)))):
        hi -= 1
    text = doc[lo:hi + 1].text
    if text.count("(") > text.count(")") and hi + 1 < len(doc) and doc[hi + 1].text == ")" \
            and not doc[hi].whitespace_:
        hi += 1  # "the CPN(UML)": spaCy keeps the bracket apart from the name it closes
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
