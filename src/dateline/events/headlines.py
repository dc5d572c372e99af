"""Title-case headlines read in sentence case: "UN Condemns Airstrike" parsed as a verb and its
object, not a string of proper nouns.

Wire headlines capitalise every word, and spaCy then tags most of them as proper nouns, so the
parse misses the verb and its arguments. The first sentence, when it is such a headline, is
re-parsed in sentence case (tagger, parser and lemmatizer only; the article's entities are
copied over); the coder keeps the model's reading of the title-case parse and lets PLOVER's
rules and the ranking read the re-parse (:func:`_headline_on_recase`). Used by
:mod:`dateline.events.coder` and :mod:`dateline.events.training`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from dateline.events.features import Candidate, _headline_lemma, _title_case
from dateline.events.headline_verbs import headline_verb, verb_to_repair
from dateline.kb import load_kb
from dateline.events.model import FALLBACK_PROB, NONE, LinearModel
from dateline.events.ranking import _parsed


def _headline_missed(doc: Doc, groups: list) -> bool:
    """The title-case parse found no candidate in the first sentence (a headline whose event
    words were all read as one name: "Minister Visits Capital For Talks")."""
    try:
        first = next(doc.sents)
    except (StopIteration, ValueError):
        return False
    return not groups or groups[0][0].start != first.start


def _headline_on_recase(doc: Doc, sent: SpacySpan, cands: list[Candidate], labels: list,
                        model: Optional[LinearModel]) -> tuple:
    """A title-case headline's candidates, typed by the model on the title-case parse (its
    features come from such parses), but read by PLOVER's rules and the ranking on the
    sentence-case parse, where "UN Condemns Airstrike" has a verb and its object, not a string of
    proper nouns. A candidate the title-case parse missed is typed on the sentence-case one."""
    if sent.doc is not doc:         # already the re-parse (see _headline_missed)
        return sent, cands, labels
    recased = _recase_headline(doc, [(sent, cands)])
    if not recased or recased[0][0] is sent or not recased[0][1]:
        return sent, cands, labels
    span, new = recased[0]
    if _RECASED.get(id(span)).start != sent.start:
        return sent, cands, labels
    by_index = {c.token.i - sent.start: lab for c, lab in zip(cands, labels)}
    found = {c.token.i - span.start for c in new}
    if any(lab[0] != NONE and i not in found and span[i].dep_ != "amod"
           for i, lab in by_index.items()):
        return sent, cands, labels   # the re-parse lost an event word ("X and Y sign/NOUN deal")
    labs = [by_index.get(c.token.i - span.start) for c in new]
    old_types = {c.token.i - sent.start: set(c.types) for c in cands}
    # Typed again: a word the title-case parse missed, a type the re-parse rules out, or a
    # reading only the re-parse shows ("Calls/NOUN" a CONSULT, "calls on"/VERB a REQUEST).
    redo = [n for n, (c, lab) in enumerate(zip(new, labs))
            if lab is None or (lab[0] != NONE and lab[0] not in c.types)
            or (lab[0] == NONE and set(c.types) - old_types.get(c.token.i - span.start, set()))
            or (lab[0] == NONE and _verb_only_recased(c.token, sent[c.token.i - span.start]))]
    if redo:
        guesses = model.predict([new[n] for n in redo]) if model is not None else \
            [(new[n].types[0], FALLBACK_PROB) for n in redo]
        for n, g in zip(redo, guesses):
            labs[n] = g
    return span, new, labs


def _verb_only_recased(tok, title_tok) -> bool:
    """The headline's main verb on the sentence-case parse that the title-case parse read as a
    name or a noun ("Doctors in Nairobi *Strike*/NNP Over Pay"): the model's "no event" came
    from the misreading."""
    return tok.dep_ == "ROOT" and tok.pos_ == "VERB" and title_tok.pos_ not in ("VERB", "AUX")


#: Auxiliaries that no name holds: "Minister Says Government [Will Lift Curfew]/PERSON".
_AUXILIARIES = frozenset(("will", "would", "could", "may", "might", "to", "has", "have", "had",
                          "was", "were", "is", "are", "shall", "must", "should", "can"))


def _clause_as_name(ent) -> bool:
    """A title-case clause NER took for a name: an auxiliary followed by an event word."""
    words = list(ent)
    return any(t.lower_ in _AUXILIARIES and any(_headline_lemma(u) is not None
                                                for u in words[n + 1:])
               for n, t in enumerate(words))


def _country_then_event_word(ent) -> bool:
    """"Ghana and [Togo Share]/PERSON Intelligence", "[Ghana Peacekeepers Arrive]/PERSON": a
    country's name and then an event word are a subject and its verb, not one name."""
    return len(ent) >= 2 and load_kb().country(ent[0].text) is not None \
        and any(_headline_lemma(t) is not None for t in list(ent)[1:])


def _event_words_as_person(ent) -> bool:
    """"President [Expresses Regret]/PERSON Over Killings": a person's "name" holding an event word
    that the actor KB does not know as a person."""
    return ent.label_ == "PERSON" and any(_headline_lemma(t) is not None for t in ent) \
        and load_kb().person(ent.text) is None


#: Re-parsed headline span (by id) -> the article's sentence it stands for (within one code_doc).
_RECASED: dict[int, SpacySpan] = {}
_KEEP_CASE = frozenset(("PERSON", "GPE", "LOC", "NORP", "ORG", "FAC", "EVENT", "LAW", "PRODUCT"))
_PLACES = frozenset(("GPE", "LOC", "NORP"))
_PLACES_PEOPLE = _PLACES | {"PERSON"}
#: A title-case headline longer than this is not re-parsed.
MAX_HEADLINE_TOKENS = 40


def _recase_headline(doc: Doc, groups: list, register: bool = True) -> list:
    """Re-parse a title-case headline ("Government Agrees to Lift Curfew") in sentence case.

    spaCy tags most words of a title-case line as proper nouns, so triggers are missed or get
    the wrong arguments; the first sentence, when it is such a headline, is re-parsed (tagger,
    parser and lemmatizer only; the article's entities are copied over) and its candidates
    replace the ones found on the title-case parse."""
    from dateline.events.features import (_title_case, find_candidates,
                                          featurize, sentence_vector)
    try:
        first = next(doc.sents)
    except (StopIteration, ValueError):
        return groups
    if len(first) > MAX_HEADLINE_TOKENS or len(first) < 3 or not _title_case(first):
        return groups
    # Title-case NER reads "Police Threaten Protestors" or "Grants Amnesty" as names: a name
    # (other than a place's) that starts with an event word is no name, and an event word in a
    # name other than a place's or a people's is lowered too.
    false_names = [e for e in first.ents if e.label_ not in _PLACES and e[0].is_title
                   and (_headline_lemma(e[0]) is not None or _clause_as_name(e)
                        or _country_then_event_word(e) or _event_words_as_person(e))]
    in_false = {t.i for e in false_names for t in e}
    words = []
    for n, t in enumerate(first):
        named = t.ent_type_ in _KEEP_CASE and t.i not in in_false and not (
            t.ent_type_ not in _PLACES_PEOPLE and _headline_lemma(t) is not None)
        keep = n == 0 or named or (t.is_upper and len(t) > 1) or t.lower_ == "i" or (
            t.i in in_false and load_kb().country(t.text) is not None)   # "[Togo] Share"
        words.append(t.text if keep else t.text.lower())
    try:
        new = _reparse(words, first, false_names)
        repair = verb_to_repair(new[:])
        if repair is not None:  # "Denmark Arrests/NNS 20": read "Denmark arrested 20"
            n, past = repair
            fixed = _reparse(words[:n] + [past] + words[n + 1:], first, false_names)
            if fixed[n].pos_ == "VERB" and fixed[n].dep_ == "ROOT" and headline_verb(fixed[n].lemma_):
                new = fixed
    except Exception:
        return groups
    span = new[:]
    cands = find_candidates(span)
    rest = [(s, c) for s, c in groups if s.start != first.start]
    if not cands:
        return rest
    svec = sentence_vector(span)
    for c in cands:
        featurize(c, svec)
    if register:
        _RECASED[id(span)] = first
    return [(span, cands)] + rest


def _reparse(words: list[str], first: SpacySpan, false_names: list) -> Doc:
    """The headline's words parsed again (no NER: the article's entities are copied over)."""
    from dateline.pipeline.parse import load_nlp
    nlp = load_nlp()
    new = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in first])
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p in ("ner",)]):
        for _, proc in nlp.pipeline:
            new = proc(new)
    ents = [SpacySpan(new, e.start - first.start, e.end - first.start, label=e.label_)
            for e in first.ents if e.start >= first.start and e.end <= first.end
            and e not in false_names]
    # a false name may hold a country or a people ("[Chile Trains Peruvian Special Forces]/ORG"):
    # those words keep their entity type
    kb = load_kb()
    for e in false_names:
        for t in e:
            i = t.i - first.start
            if 0 <= i < len(new) and t.is_title and kb.country(t.text) is not None:
                ents.append(SpacySpan(new, i, i + 1, label="NORP" if new[i].tag_ == "JJ" else "GPE"))
    new.ents = sorted(ents, key=lambda sp: sp.start)
    return new


def headline_report(sent: SpacySpan, top) -> bool:
    """A title-case headline whose main verb reports the event ("Curaçao Expels Dozens of
    Diplomats Following Accusations"): a headline states what happened, so the sentence
    model's statement reading does not veto it."""
    return _title_case(_RECASED.get(id(sent), sent)) and not top.hypothetical and not top.negated \
        and _parsed(top).dep_ == "ROOT" and _parsed(top).pos_ in ("VERB", "AUX")
