"""The sentence classifier and how it reconciles with the trigger coder (events.sentence, coder)."""
from __future__ import annotations

import numpy as np
import pytest

from dateline.events.coder import code_doc
from dateline.events.features import doc_candidates
from dateline.events.model import NONE, LinearModel, load_model
from dateline.events.sentence import (CLASSES, STATEMENT, SentenceModel, load_sentence_model,
                                      penta_class, sentence_features)
from dateline.records import EVENT_TYPES


def test_penta_class_follows_the_manuals_cameo_table():
    assert penta_class("CONSULT") == 1
    assert penta_class("AID") == 2
    assert penta_class("SANCTION") == 3           # CAMEO 16, reduce relations
    assert penta_class("PROTEST") == 4            # CAMEO 14
    assert penta_class(None) == STATEMENT
    # a promised concession is CAMEO 03 (intent to cooperate); an announced assault a threat (13)
    assert penta_class("CONCEDE", hypothetical=True) == 1
    assert penta_class("ASSAULT", hypothetical=True) == 3
    assert penta_class("ACCUSE", hypothetical=True) == 3
    assert {penta_class(t) for t in EVENT_TYPES} == {1, 2, 3, 4}


def _const(probs) -> SentenceModel:
    """A sentence model that gives every sentence the same distribution."""
    return SentenceModel(vocab={}, weights=np.zeros((0, len(CLASSES)), np.float32),
                         bias=np.log(np.asarray(probs, dtype=np.float64)))


def _nothing(doc) -> LinearModel:
    """A trigger model that rejects every candidate (NONE always wins)."""
    cands = [c for _, cs in doc_candidates(doc) for c in cs]
    width = len(cands[0].dense)
    classes = [*EVENT_TYPES, NONE]
    bias = np.full(len(classes), -5.0)
    bias[-1] = 5.0
    return LinearModel(classes=classes, vocab={}, w_sparse=np.zeros((0, len(classes)), np.float32),
                       w_dense=np.zeros((width, len(classes)), np.float32), bias=bias)


@pytest.mark.slow
def test_shipped_sentence_model_reads_whole_sentences(nlp):
    model = load_sentence_model()
    assert model is not None
    riot = nlp("Hundreds of protesters blocked the main road and burned tyres outside parliament.")
    statement = nlp("The spokesman said on Tuesday that the economy had grown by two percent.")
    p_riot, p_statement = model.proba(riot[:]), model.proba(statement[:])
    assert abs(p_riot.sum() - 1) < 1e-6
    assert int(np.argmax(p_riot)) == 4
    assert int(np.argmax(p_statement)) == STATEMENT
    f = sentence_features(riot[:])
    assert "w=protester" in f and "lx=PROTEST" in f and not any(k.startswith("w=Hundreds") for k in f)


@pytest.mark.slow
def test_sure_statement_keeps_only_appeals(nlp):
    sure = _const([0.94, 0.015, 0.015, 0.015, 0.015])
    unsure = _const([0.6, 0.1, 0.1, 0.1, 0.1])
    doc = nlp("The minister accused the rebels of lying about the talks.")
    assert "ACCUSE" in {e.type for e in code_doc(doc, model=load_model(), sentence_model=unsure)}
    assert code_doc(doc, model=load_model(), sentence_model=sure) == []
    # an appeal (REQUEST) is CAMEO 02, a statement: the coder and the sentence model agree
    appeal = nlp("The minister urged the rebels to return to the talks.")
    assert "REQUEST" in {e.type for e in code_doc(appeal, model=load_model(), sentence_model=sure)}


@pytest.mark.slow
def test_event_recovered_from_a_candidate_only_where_the_coder_found_none(nlp):
    doc = nlp("Japan sent emergency aid to the flooded provinces on Monday.")
    material_coop = _const([0.02, 0.02, 0.9, 0.03, 0.03])
    coded = code_doc(doc, model=_nothing(doc), sentence_model=material_coop)
    assert len(coded) == 1
    ev = coded[0]
    assert ev.type in ("AID", "COOPERATE") and ev.trigger.lower_ in ("sent", "aid")
    assert ev.probability == pytest.approx(0.9)
    # no candidate of the class the sentence model reads: nothing is made up
    verbal = _const([0.02, 0.9, 0.03, 0.03, 0.02])
    assert code_doc(doc, model=_nothing(doc), sentence_model=verbal) == []
    conflict = _const([0.02, 0.02, 0.03, 0.03, 0.9])
    # the coder's own type stands where it coded an event
    both = code_doc(doc, model=load_model(), sentence_model=conflict)
    assert [e.type for e in both] == [e.type for e in code_doc(doc, model=load_model(),
                                                               sentence_model=_const([0.2] * 5))]


@pytest.mark.slow
def test_main_event_is_the_verbal_act_not_its_object(nlp):
    from dateline.events.evaluation import top_event
    doc = nlp("The secretary general condemned the attack on a church in Quetta.")
    events = code_doc(doc)
    assert {"ACCUSE", "ASSAULT"} <= {e.type for e in events}     # both are reported
    assert top_event(events).type == "ACCUSE"
    # a material event that is nobody's object still leads
    lead = top_event(code_doc(nlp("Gunmen attacked a church in Quetta, and the UN condemned it.")))
    assert lead.type == "ASSAULT"
