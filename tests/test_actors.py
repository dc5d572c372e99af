"""The actors stage: arguments from syntax, coding, coreference (events built by hand)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.records import Event

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "kherson-2022-11-09.txt"


def _article(text: str, triggers, date=None):
    from dateline.pipeline import clean
    from dateline.pipeline.actors import code_actors
    from dateline.pipeline.article import Article
    from dateline.pipeline.parse import load_nlp

    cleaned = clean.clean(text)
    art = Article(id="t", text=text, clean_text=cleaned.text, offsets=cleaned.offsets, date=date,
                  doc=load_nlp()(cleaned.text))
    for word, etype, nth in triggers:
        tok = [t for t in art.doc if t.text == word][nth]
        art.events.append(Event(type=etype, trigger=art.span_of(tok), sentence=art.span_of(tok.sent)))
    code_actors(art)
    return art


def _one(text: str, word: str, etype: str, nth: int = 0) -> Event:
    return _article(text, [(word, etype, nth)]).events[0]


def _codes(actors):
    return {a.country for a in actors}


# (sentence, trigger, type, actor countries ⊇, recipient countries ⊇) -- one construction each
CASES = [
    # active voice: subject and object
    ("Russian forces shelled the Ukrainian city of Kharkiv on Monday.", "shelled", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Iran accused Israel of sabotage at its nuclear site.", "accused", "ACCUSE", {"IRN"}, {"ISR"}),
    ("China imposed sanctions on American defense firms.", "imposed", "SANCTION", {"CHN"}, {"USA"}),
    ("Turkish troops attacked Kurdish fighters in northern Syria.", "attacked", "ASSAULT", {"TUR"}, set()),
    ("The Kremlin rejected the proposal from Kyiv.", "rejected", "REJECT", {"RUS"}, set()),
    ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.", "met", "CONSULT", {"DEU"}, {"FRA"}),
    ("Egypt sent aid to Sudanese refugees.", "sent", "AID", {"EGY"}, {"SDN"}),
    ("Pakistani police arrested dozens of protesters in Lahore.", "arrested", "COERCE", {"PAK"}, set()),
    # passive voice with and without agent
    ("Kherson was shelled by Russian artillery overnight.", "shelled", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Two Ukrainian soldiers were captured by Russian troops near Bakhmut.", "captured", "COERCE", {"RUS"}, {"UKR"}),
    ("The Iranian embassy was attacked by protesters.", "attacked", "ASSAULT", set(), {"IRN"}),
    # compound actors
    ("Ukraine and the West accused Russia of war crimes.", "accused", "ACCUSE", {"UKR", "WST"}, {"RUS"}),
    ("Britain and France condemned Iran over the seizure.", "condemned", "ACCUSE", {"GBR", "FRA"}, {"IRN"}),
    ("India signed a trade deal with Japan and Australia.", "signed", "AGREE", {"IND"}, {"JPN", "AUS"}),
    # appositions
    ("Patrushev, a close ally of Putin, met Iranian President Ebrahim Raisi.", "met", "CONSULT", {"RUS"}, {"IRN"}),
    ("Ali Shamkhani, Iran's top security official, criticized Washington.", "criticized", "ACCUSE", {"IRN"}, {"USA"}),
    # possessives
    ("Iran's top security official Ali Shamkhani praised Moscow.", "praised", "SUPPORT", {"IRN"}, {"RUS"}),
    ("Russia's retreat from Kherson surprised analysts.", "retreat", "RETREAT", {"RUS"}, set()),
    ("Israel's military struck targets in Gaza.", "struck", "ASSAULT", {"ISR"}, set()),
    # nominal triggers
    ("The accusations by Ukraine that Russia used Iranian drones angered Tehran.", "accusations", "ACCUSE", {"UKR"}, {"RUS"}),
    ("Talks between Serbia and Kosovo resumed in Brussels.", "Talks", "CONSULT", {"SRB"}, {"XKX"}),
    ("A Russian attack on the Ukrainian port killed three people.", "attack", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Syrian government forces launched an assault on rebels in Idlib.", "assault", "ASSAULT", {"SYR"}, set()),
    # relative clauses
    ("The militants who attacked the Nigerian base were members of Boko Haram.", "attacked", "ASSAULT", set(), {"NGA"}),
    ("Ukraine recaptured the city that Russian troops had occupied.", "occupied", "ASSAULT", {"RUS"}, set()),
    # control and complement chains
    ("Russian Defense Minister Sergei Shoigu ordered troops to withdraw from Kherson.", "withdraw", "RETREAT", {"RUS"}, set()),
    ("Venezuela decided to expel the Colombian ambassador.", "expel", "COERCE", {"VEN"}, {"COL"}),
    ("The United States urged China to release the detained journalists.", "urged", "REQUEST", {"USA"}, {"CHN"}),
    ("North Korea agreed to resume talks with South Korea.", "resume", "CONSULT", {"PRK"}, {"KOR"}),
    ("Japan said China had violated its airspace.", "said", "ACCUSE", {"JPN"}, {"CHN"}),
    # metonyms and IGOs
    ("Washington imposed new sanctions on Tehran.", "imposed", "SANCTION", {"USA"}, {"IRN"}),
    ("NATO warned Belarus against hosting nuclear weapons.", "warned", "THREATEN", {"NATO"}, {"BLR"}),
    ("The IAEA criticized Iran for blocking inspectors.", "criticized", "ACCUSE", {"IAEA"}, {"IRN"}),
    ("The Red Cross delivered aid to civilians in Mariupol.", "delivered", "AID", {"ICRC"}, set()),
    ("The White House condemned the Russian strikes.", "condemned", "ACCUSE", {"USA"}, {"RUS"}),
    ("The European Union sanctioned Belarusian officials.", "sanctioned", "SANCTION", {"EU"}, {"BLR"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,word,etype,actors,recipients", CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(text, word, etype, actors, recipients):
    event = _one(text, word, etype)
    assert actors <= _codes(event.actors), [(a.text, a.country) for a in event.actors]
    assert recipients <= _codes(event.recipients), [(a.text, a.country) for a in event.recipients]
    for actor in (*event.actors, *event.recipients):  # spans are exact clean-text spans
        assert text[actor.start:actor.end] == actor.text


@pytest.mark.slow
def test_coding_of_a_titled_person():
    event = _one("Russian Defense Minister Sergei Shoigu ordered his troops to withdraw.", "ordered", "RETREAT")
    shoigu = event.actors[0]
    assert (shoigu.name, shoigu.country, shoigu.sector, shoigu.title) == ("Sergei Shoigu", "RUS", "GOV", "Defense Minister")
    assert shoigu.kb_id == "person:sergei-shoigu"


@pytest.mark.slow
def test_unknown_person_gets_title_and_country_from_context():
    event = _one("Kenyan Interior Minister Abdi Wako Hassan banned the protest.", "banned", "COERCE")
    actor = event.actors[0]
    assert actor.country == "KEN" and actor.sector == "GOV" and actor.title == "Interior Minister"
    assert actor.name and actor.name.endswith("Hassan") and actor.kb_id is None


@pytest.mark.slow
def test_object_control_actor_inherits_country():
    event = _one("Russian Defense Minister Sergei Shoigu ordered troops to withdraw.", "withdraw", "RETREAT")
    troops = [a for a in event.actors if a.text == "troops"]
    assert troops and troops[0].country == "RUS" and troops[0].sector == "MIL"


@pytest.mark.slow
def test_names_merge_across_the_article():
    art = _article("Russian Defense Minister Sergei Shoigu visited the front. Later, Shoigu ordered a retreat.",
                   [("ordered", "RETREAT", 0)])
    actor = art.events[0].actors[0]
    assert actor.text == "Shoigu" and actor.name == "Sergei Shoigu" and actor.country == "RUS"


@pytest.mark.slow
def test_unknown_surname_merges_with_full_mention():
    art = _article("Kenyan Interior Minister Abdi Wako Hassan spoke on Monday. On Tuesday Hassan banned the march.",
                   [("banned", "COERCE", 0)])
    actor = art.events[0].actors[0]
    assert actor.name == "Abdi Wako Hassan" and actor.country == "KEN" and actor.title == "Interior Minister"


@pytest.mark.slow
def test_pronoun_he_resolves_to_previous_person():
    art = _article("Iranian President Ebrahim Raisi arrived in Caracas. He signed a deal with Venezuela.",
                   [("signed", "AGREE", 0)])
    event = art.events[0]
    assert event.actors[0].text == "He" and event.actors[0].country == "IRN"
    assert event.actors[0].name == "Ebrahim Raisi"
    assert "VEN" in _codes(event.recipients)


@pytest.mark.slow
def test_pronoun_it_prefers_the_governing_subject():
    art = _article("Russia has deepened ties with Iran since it invaded Ukraine.", [("invaded", "ASSAULT", 0)])
    event = art.events[0]
    assert _codes(event.actors) == {"RUS"} and "UKR" in _codes(event.recipients)


@pytest.mark.slow
def test_the_two_countries():
    art = _article("A Russian official met Iranian leaders in Tehran and the two countries pledged closer ties.",
                   [("pledged", "AGREE", 0)])
    assert _codes(art.events[0].actors) == {"RUS", "IRN"}


@pytest.mark.slow
def test_they_after_a_meeting():
    art = _article("Patrushev also met Iranian President Ebrahim Raisi, and they emphasized improving relations.",
                   [("emphasized", "SUPPORT", 0)])
    assert {"RUS", "IRN"} <= _codes(art.events[0].actors)


@pytest.mark.slow
def test_definite_description_the_minister():
    art = _article("Indian Foreign Minister Subrahmanyam Jaishankar landed in Beijing. "
                   "The minister criticized China over the border clashes.", [("criticized", "ACCUSE", 0)])
    actor = art.events[0].actors[0]
    assert actor.country == "IND" and actor.name == "Subrahmanyam Jaishankar"


@pytest.mark.slow
def test_date_aware_title():
    text = "Iranian President Ebrahim Raisi met Putin."
    art = _article(text, [("met", "CONSULT", 0)], date=dt.date(2022, 11, 9))
    assert art.events[0].actors[0].title == "President"


@pytest.mark.slow
def test_places_are_never_people():
    art = _article("In simple terms, Kherson can't be held. Russia abandoned Kherson on Wednesday.",
                   [("held", "COERCE", 0), ("abandoned", "RETREAT", 0)])
    for event in art.events:
        for actor in (*event.actors, *event.recipients):
            if actor.text == "Kherson":
                assert actor.title is None and actor.sector is None and actor.country == "UKR"
                assert not (actor.kb_id or "").startswith("person:")


@pytest.mark.slow
def test_user_kb_file_codes_local_militia(tmp_path, monkeypatch):
    path = tmp_path / "militia.yaml"
    path.write_text("entities:\n  - {id: group:fano, type: group, names: [Fano], country: ETH, sector: REB}\n",
                    encoding="utf-8")
    from dateline.kb import load_kb
    monkeypatch.setenv("DATELINE_ACTORS_FILE", str(path))
    event = _one("Fano fighters attacked a convoy near Gondar.", "attacked", "ASSAULT")
    assert load_kb().entity("Fano") is not None
    assert "ETH" in _codes(event.actors)


@pytest.mark.slow
def test_odd_input_never_raises():
    from dateline.pipeline.actors import code_actors
    from dateline.pipeline.article import Article
    from dateline.pipeline.parse import load_nlp
    from dateline.records import Span

    for text in ["", "   ", "\x00\ufffd!!", "he", "They said it."]:
        doc = load_nlp()(text)
        art = Article(id="x", text=text, clean_text=text, offsets=list(range(len(text))), doc=doc)
        art.events = [Event(type="ASSAULT", trigger=Span(text[:1], 0, min(1, len(text))),
                            sentence=Span(text, 0, len(text)))]
        code_actors(art)
        assert all(text[a.start:a.end] == a.text for a in art.events[0].actors)
    code_actors(Article(id="y", text="x", clean_text="x", offsets=[0], doc=None))


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not available")
def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    art = _article(text, [("withdraw", "RETREAT", 1), ("met", "CONSULT", 0), ("accusations", "ACCUSE", 0),
                          ("discussed", "CONSULT", 0)], date=dt.date(2022, 11, 9))
    retreat, consult, accuse, discussed = art.events
    assert "RUS" in _codes(retreat.actors)
    assert any(a.sector in ("GOV", "MIL") and a.country == "RUS" for a in retreat.actors)
    assert "RUS" in _codes(consult.actors) and "IRN" in _codes(consult.recipients)
    assert {"UKR", "WST"} <= _codes(accuse.actors) and _codes(accuse.recipients) == {"RUS"}
    names = {a.name for a in discussed.actors}
    assert {"Nikolai Patrushev", "Ali Shamkhani"} <= names
    assert {a.country for a in discussed.actors} == {"RUS", "IRN"}
    for event in art.events:
        for actor in (*event.actors, *event.recipients):
            assert actor.text.strip() not in ("Kherson", "Tehran") or not (actor.kb_id or "").startswith("person:")


# -- recipients through objects, prepositions and nominal objects; the scene's country -----------
def _texts(actors):
    return [a.text for a in actors]


# (sentence, trigger, type, a recipient span must contain this text)
RECIPIENT_CASES = [
    # an object that is a thing hands the role to who or where it falls on
    ("Saudi Arabia lifted its blockade of Yemen.", "lifted", None, "Yemen"),
    ("The Security Council renewed the arms embargo on Libya.", "renewed", "SANCTION", "Libya"),
    ("The council lifted sanctions imposed on Eritrea in 2009.", "lifted", None, "Eritrea"),
    ("Ecuador declared a curfew in parts of Guayas province.", "declared", None, "parts"),
    ("Ministers announced a ceasefire in Idlib.", "announced", None, "Idlib"),
    # what is handed over is no recipient; the one it goes to is
    ("Kosovo is sending a military platoon to Kuwait.", "sending", "AID", "Kuwait"),
    ("The UN withdrew peacekeepers from the Golan Heights.", "withdrew", None, "Golan Heights"),
    ("Canada gave medical supplies to Haitian hospitals.", "gave", "AID", "Haitian hospitals"),
    # expressed X about/to Y
    ("Putin expressed his condolences to the British people.", "expressed", None, "the British people"),
    ("The envoy voiced concern about Hamas.", "voiced", None, "Hamas"),
    # control: the recipient of the complement
    ("Russia agreed to lift its ban on Georgian wine.", "agreed", None, "Georgian wine"),
    # quantities of people are participants
    ("Airstrikes killed dozens of Islamic State fighters.", "killed", "ASSAULT", "dozens of Islamic State fighters"),
    ("Bush urged partners like Saudi Arabia to reform.", "urged", "REQUEST", "partners like Saudi Arabia"),
]


@pytest.mark.parametrize("text,word,etype,expected", RECIPIENT_CASES)
def test_recipient_rules(text, word, etype, expected):
    ev = _one(text, word, etype)
    assert any(expected in t for t in _texts(ev.recipients)), (_texts(ev.recipients), text)


def test_thing_object_is_not_kept_beside_its_inner_participant():
    ev = _one("Saudi Arabia lifted its blockade of Yemen.", "lifted", None)
    assert "its blockade of Yemen" not in _texts(ev.recipients)


def test_named_object_is_kept_over_a_place_after_from():
    ev = _one("Russia attacked Ukraine from Belarus.", "attacked", "ASSAULT")
    assert _texts(ev.recipients)[:1] == ["Ukraine"]


def test_shared_passive_agent_of_coordinated_verbs():
    ev = _one("A man was shot and wounded by police officers in Lagos.", "shot", "ASSAULT")
    assert any("police officers" in t for t in _texts(ev.actors))


def test_agent_noun_trigger_is_its_own_actor():
    ev = _one("Protesters rallied in Sydney against the new law.", "Protesters", "PROTEST")
    assert _texts(ev.actors) == ["Protesters"]
    assert _codes(ev.actors) == {"AUS"}


# groups the text gives no nationality take the country of the event's scene
SCENE_CASES = [
    ("Around 200 people demonstrated in Genoa against the war.", "demonstrated", "PROTEST", "ITA"),
    ("On 3 May, in Malambo (Atlantico), municipal workers protested against unpaid wages.",
     "protested", "PROTEST", "COL"),
    ("Police arrested twelve protesters outside the parliament in Nairobi.", "arrested", "COERCE", "KEN"),
    ("Unidentified gunmen abducted two traders in Maiduguri.", "abducted", "ASSAULT", "NGA"),
    ("Farmers blocked roads near Toulouse to demand lower fuel prices.", "blocked", "PROTEST", "FRA"),
]


@pytest.mark.parametrize("text,word,etype,country", SCENE_CASES)
def test_scene_country_for_unnamed_groups(text, word, etype, country):
    ev = _one(text, word, etype)
    assert ev.actors and ev.actors[0].country == country, [(a.text, a.country) for a in ev.actors]


def test_scene_country_never_overrides_a_stated_one():
    ev = _one("Russian soldiers detained residents in Kherson.", "detained", "COERCE")
    assert _codes(ev.actors) == {"RUS"}
    assert _codes(ev.recipients) == {"UKR"}


def test_igo_keeps_its_code_in_a_scene():
    ev = _one("NATO troops patrolled the border in Kosovo.", "patrolled", "MOBILIZE")
    assert "XKX" not in _codes(ev.actors)


def test_scene_falls_back_to_the_country_the_article_names():
    art = _article("Tensions rose in Armenia this week. Protesters gathered outside the office.",
                   [("gathered", "PROTEST", 0)])
    assert _codes(art.events[0].actors) == {"ARM"}


def test_multiword_place_is_not_the_west():
    ev = _one("Hundreds of students protested in West Sumatra province.", "protested", "PROTEST")
    assert "WST" not in _codes(ev.actors)


# the scene's places vote: parts that agree win; the scene beats places only talked about
@pytest.mark.parametrize("text,word,etype,country", [
    ("About fifty people rallied in Atlanta (Georgia) to call for justice.", "rallied", "PROTEST", "USA"),
    ("Around 300 people demonstrated in Heidelberg against the war in Ukraine.", "demonstrated",
     "PROTEST", "DEU"),
    ("On 2 April, in San Lorenzo (Santa Fe), teachers marched to demand higher wages.", "marched",
     "PROTEST", "ARG"),
])
def test_scene_places_vote_for_a_country(text, word, etype, country):
    ev = _one(text, word, etype)
    assert ev.actors and ev.actors[0].country == country, [(a.text, a.country) for a in ev.actors]


def test_event_without_an_actor_gets_an_implicit_one_from_the_scene():
    from dateline.pipeline.actors import IMPLICIT
    ev = _one("On 5 March, a shopkeeper was shot dead in Culiacan (Sinaloa).", "shot", "ASSAULT")
    # no words name the actor: an empty span at the trigger, coded to the scene's country
    assert [(a.kb_id, a.country, a.text) for a in ev.actors] == [(IMPLICIT, "MEX", "")]
    assert ev.actors[0].start == ev.actors[0].end == ev.trigger.start


def test_implicit_actor_needs_a_scene():
    ev = _one("A shopkeeper was shot dead.", "shot", "ASSAULT")
    assert ev.actors == []


def test_uncoded_actor_takes_the_scene_country():
    ev = _one("Jorge Ramirez threatened the mayor of Cuenca (Azuay) last week.", "threatened", "THREATEN")
    assert ev.actors and ev.actors[0].country == "ECU", [(a.text, a.country) for a in ev.actors]


@pytest.mark.parametrize("text,word,etype,country", [
    ("The FARDC shelled positions of the rebels.", "shelled", "ASSAULT", "COD"),
    ("The Tatmadaw raided a village on Tuesday.", "raided", "ASSAULT", "MMR"),
    ("The Popular Mobilization Forces deployed fighters to the border.", "deployed", "MOBILIZE", "IRQ"),
])
def test_named_state_forces_and_groups(text, word, etype, country):
    ev = _one(text, word, etype)
    assert ev.actors and ev.actors[0].country == country, [(a.text, a.country) for a in ev.actors]
