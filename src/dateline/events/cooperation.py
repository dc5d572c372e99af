"""PLOVER COOPERATE and CONSULT read off the parse: shared intelligence, handed-over suspects,
trade between states, and officials gathering for a meeting (not a protest). Joint exercises,
patrols and deployments are in :mod:`dateline.events.military_cooperation`.

PLOVER manual, COOPERATE: "Initiate, resume, improve, or expand *mutual* material cooperation or
exchange, including ... Military exchanges such as joint military games and maneuvers.
Cooperation on judicial matters, such as extraditions ... Voluntary exchanges or sharing of
intelligence and other significant information." CONSULT: "All consultations and meetings".
Plain predicates over spaCy tokens, used by :mod:`dateline.events.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.events.cues import _particle, _plain, headline_infinitive
from dateline.events.cues import _arguments

#: What is shared or exchanged as information ("exchange intelligence", "share data").
_INFORMATION = frozenset(("intelligence", "information", "data", "expertise", "technology",
                          "know-how", "experience", "evidence", "record", "records", "intel",
                          "knowledge", "research", "findings", "details", "files", "file"))
_SHARING = frozenset(("exchange", "share", "swap", "pool", "trade", "sharing", "exchanging"))
#: People two states exchange for training or study ("exchanged military officers"): an
#: exchange programme, not a prisoner swap.
_EXCHANGEES = frozenset(("officer", "officers", "student", "students", "cadet", "cadets",
                         "scholar", "scholars", "expert", "experts", "teacher", "teachers",
                         "scientist", "scientists", "trainee", "trainees", "delegation",
                         "delegations", "instructor", "instructors", "doctor", "doctors"))


def shares_information(tok: Token) -> bool:
    """"Agencies exchange intelligence", "police share data": a voluntary exchange of information
    (COOPERATE), not a prisoner exchange (RETREAT) nor an exchange of fire (ASSAULT)."""
    if _plain(tok) not in _SHARING and tok.lower_ not in _SHARING:
        return False
    nouns = [a for a in _arguments(tok) if a.dep_ != "nsubj"]
    if tok.dep_ == "compound":
        nouns.append(tok.head)       # a headline's "Exchange/compound Intelligence"
    if tok.pos_ == "NOUN":
        nouns += [c for c in tok.children if c.dep_ == "compound"]
        nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    return any(_plain(n) in _INFORMATION or n.lower_ in _INFORMATION or (
        _plain(tok) in ("exchange", "swap") and n.lower_ in _EXCHANGEES) for n in nouns)


_PROVIDING = frozenset(("provide", "give", "supply", "pass", "hand", "deliver", "furnish"))


def provides_information(tok: Token) -> bool:
    """"Chile provided Peru with intelligence on the cartels", "passed information to": sharing
    of intelligence (PLOVER COOPERATE: "Voluntary exchanges or sharing of intelligence and other
    significant information"), not AID."""
    if _plain(tok) not in _PROVIDING:
        return False
    given = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    given += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj"]
    return any(_plain(n) in _INFORMATION or n.lower_ in _INFORMATION for n in given)


#: Words that make a delivery a sale ("supplies gas under a new trade deal").
_COMMERCE = frozenset(("trade", "commercial", "contract", "contracts", "export", "exports",
                       "sale", "sales", "purchase", "import", "imports", "market", "price"))


def sold_supply(tok: Token) -> bool:
    """"Chile supplies gas to Peru under a new trade deal": a delivery that is trade (PLOVER
    COOPERATE: "economic exchange"), not AID, which "primarily benefits" the recipient."""
    if _plain(tok) not in _PROVIDING | {"ship", "sell", "export"}:
        return False
    return any(t.lower_ in _COMMERCE or _plain(t) in _COMMERCE for t in tok.subtree
               if t.i != tok.i)


def exchanged_information(tok: Token) -> Optional[bool]:
    """Whether "exchange" names a COOPERATE here: what is exchanged is intelligence or data
    (None: not that word). "Exchanged views" or "exchanged prisoners" is none."""
    if _plain(tok) != "exchange":
        return None
    return shares_information(tok)


_CAPTIVES = frozenset(("prisoner", "hostage", "captive", "detainee", "body", "remains", "pow",
                       "soldier", "fighter", "civilian", "person", "people", "national", "spy"))


def exchanged_captives(tok: Token) -> Optional[bool]:
    """Whether "exchange" names a RETREAT (release) here: people or bodies are exchanged
    ("swapped prisoners", "exchanged the bodies of fallen soldiers"). None: not that word."""
    if _plain(tok) not in ("exchange", "swap"):
        return None
    if tok.pos_ != "VERB":           # a title case "Prisoner Swap/PROPN" is a noun: the topic
        return None if _plain(tok) == "exchange" else False
    return any(_plain(o) in _CAPTIVES or o.lower_.rstrip("s") in _CAPTIVES
               for o in _exchanged(tok))


def _exchanged(tok: Token) -> list[Token]:
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return objects + [g for o in objects for g in o.children if g.dep_ == "conj"]


_FIRE = frozenset(("fire", "gunfire", "shot", "shots", "blow", "blows", "artillery", "rocket",
                   "rockets", "missile", "missiles", "shell", "shells", "salvo", "salvoes",
                   "volley", "volleys", "barrage", "barrages", "strike", "strikes", "bullet",
                   "bullets", "punch", "punches", "stone", "stones"))


def exchanged_fire(tok: Token) -> Optional[bool]:
    """Whether "exchange" names an ASSAULT here: fire or blows are exchanged (None: not that
    word). "Exchanged the bodies of dead soldiers" is a RETREAT, "exchanged views" none."""
    if _plain(tok) != "exchange" or tok.pos_ != "VERB":
        return None
    return any(o.lower_ in _FIRE for o in _exchanged(tok))


#: PLOVER COOPERATE: "initiate, resume, improve, or expand economic exchange": one state (or
#: its companies) buying from, selling or investing in another ("Northland buys gas from
#: Southland"). A shop selling bread or a firm buying a rival is no such exchange.
_TRADING = frozenset(("buy", "sell", "purchase", "invest"))


def _countries(tok: Token) -> bool:
    return any(t.ent_type_ in ("GPE", "NORP") for t in tok.subtree)


def trades_with(tok: Token) -> Optional[bool]:
    """Whether "buy", "sell", "purchase" or "invest" is trade between countries here (None:
    not such a word): the trader is a country and so is the other side ("from / to / in X")."""
    if _plain(tok) not in _TRADING:
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "conj":
        subjects += [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not any(s.ent_type_ in ("GPE", "NORP") or any(c.ent_type_ in ("GPE", "NORP")
                                                     for c in s.children if c.dep_ in
                                                     ("compound", "amod", "poss"))
               for s in subjects):
        return False
    return any(_countries(g) for p in tok.children if p.dep_ in ("prep", "dative")
               and p.lower_ in ("from", "to", "in", "into", "with") for g in p.children) or any(
        c.dep_ == "dative" and _countries(c) for c in tok.children)


#: Persons a state hands to another for trial ("handed over the fugitive", "transferred the
#: suspect"): judicial cooperation.
_WANTED = frozenset(("suspect", "fugitive", "criminal", "convict", "accused", "defendant",
                     "trafficker", "smuggler", "banker", "businessman", "financier", "lord",
                     "kingpin", "warlord", "terrorist", "gangster", "mobster", "militant",
                     "fraudster", "killer", "murderer", "hacker", "spy"))
_HANDING = frozenset(("hand", "transfer", "surrender", "return", "send"))


def hands_over_suspect(tok: Token) -> bool:
    """"Hands over fugitive to neighbour": an extradition in all but name (COOPERATE)."""
    lemma = _plain(tok)
    if lemma not in _HANDING or (lemma == "hand" and not _particle(tok, "over")):
        return False
    return any(_plain(a) in _WANTED or a.lower_ in _WANTED for a in _arguments(tok)
               if a.dep_ != "nsubj")


#: People whose gathering is a meeting, not a demonstration.
_OFFICIALS = frozenset(("leader", "minister", "envoy", "diplomat", "official", "delegate",
                        "delegation", "president", "representative", "negotiator", "mediator",
                        "ambassador", "chief", "head", "premier", "lawmaker", "governor",
                        "counterpart", "general", "commander",
                        # organisations and professionals meeting, not demonstrating
                        "ngo", "charity", "agency", "organization",
                        "organisation", "donor", "expert", "scientist", "executive", "investor",
                        "stakeholder", "academic", "researcher", "economist", "banker"))
_MEETINGS = frozenset(("summit", "talk", "talks", "meeting", "conference", "negotiation",
                       "consultation", "session", "forum", "dialogue", "discussion"))


def officials_meet(tok: Token) -> bool:
    """"Finance ministers gathered in London", "envoys gather for a summit": officials
    assembling meet (CONSULT, carried by the meeting word when there is one); PLOVER PROTEST is
    "civilian demonstrations and other collective actions" against something."""
    if _plain(tok) not in ("gather", "assemble", "converge", "convene"):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl"):
        subjects.append(tok.head)
    if any(_plain(s) in _OFFICIALS or s.lower_.rstrip("s") in _OFFICIALS for s in subjects):
        return True
    return any(g.dep_ == "pobj" and (_plain(g) in _MEETINGS or g.lower_ in _MEETINGS)
               for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "at")
               for g in p.children)


#: Nouns "free" qualifies without anyone being freed ("free trade", "a free press").
_FREE_THINGS = frozenset(("trade", "market", "markets", "zone", "zones", "speech", "press",
                          "movement", "election", "elections", "enterprise", "flow", "port",
                          "expression", "media"))


def free_as_quality(tok: Token) -> bool:
    """"Free trade agreement", "a free press": the adjective, no release (RETREAT)."""
    if tok.lower_ != "free" or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i + 1].lower_ in _FREE_THINGS and tok.dep_ in (
        "amod", "compound", "nmod", "ROOT", "dep") and not any(
        c.dep_ == "dobj" for c in tok.children)


_DEALS = frozenset(("agreement", "deal", "pact", "accord", "treaty", "arrangement", "union"))
_ECONOMIC = frozenset(("trade", "economic", "customs", "investment", "energy", "cooperation",
                       "commercial", "tariff", "currency", "transit", "fishing", "gas", "oil",
                       "free", "market", "tax", "visa", "aviation", "shipping"))
_PUTTING_IN_FORCE = frozenset(("implement", "activate", "operationalize", "operationalise",
                               "enforce", "apply", "launch", "execute"))


def deal_in_force(tok: Token) -> bool:
    """"The two countries began implementing their trade agreement", "free trade pact takes
    effect": economic exchange initiated (COOPERATE), not an agreement to cooperate (AGREE)."""
    if _plain(tok) not in _DEALS and tok.lower_ not in _DEALS:
        return False
    words = {t.lower_ for t in tok.subtree if t.i < tok.i} | {
        t.lower_ for t in tok.children if t.dep_ in ("compound", "amod")}
    if not words & _ECONOMIC:
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and _plain(head) in _PUTTING_IN_FORCE:
        return True
    if tok.dep_ == "nsubj":
        return _plain(head) in ("take", "enter", "come") and any(
            c.lower_ in ("effect", "force") for c in head.subtree)
    return False


#: Words that put a cooperative act in the future ("set to meet", "plans to visit").
_FUTURE_HEADS = frozenset(("set", "plan", "schedule", "due", "expect", "prepare", "intend",
                           "ready", "willing", "poised", "announce", "decide", "say", "agree",
                           "propose", "arrange", "hope"))
_WILL = frozenset(("will", "shall", "'ll"))
#: Nouns of intent whose infinitive is a promise: "its intention to cooperate", "readiness to
#: hold talks" (PLOVER AGREE: "indicate willingness or commitment to cooperate").
_INTENTIONS = frozenset(("intention", "intent", "readiness", "willingness", "plan", "plans",
                         "desire", "commitment", "determination", "wish", "offer", "pledge",
                         "promise", "decision", "bid", "proposal"))
#: Aid announced as a package, grant or loan: the manual keeps a specific aid AID ("if the event
#: concerns a specific action and it is clear that it will be realized, retain the original
#: event category"); only broad promises of aid are AGREE.
_AID_GIVEN = frozenset(("package", "aid", "assistance", "donation", "funding", "grant", "loan",
                        "shipment", "delivery", "tranche"))


#: Economic unions announced as such (lexicon: "customs union", "common currency", "free trade
#: zone"): a specific act the manual keeps as COOPERATE, like a specific aid package.
_UNIONS = frozenset(("union", "currency", "market", "zone", "area"))


def future_cooperation(tok: Token) -> bool:
    """"Foreign minister to visit neighbour next week", "leaders set to meet", "will send aid",
    "plans a summit": PLOVER AGREE ("Cooperative actions of types CONSULT, SUPPORT, COOPERATE,
    and AID reported in future tense ... should be coded as AGREE"; CONSULT: "References to
    future meetings, summits, state visits ... should be coded as AGREE")."""
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return False
    aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if aux & _WILL:
        return True
    if headline_infinitive(tok):
        return True                  # "Minister To Visit ..."
    head = tok.head
    if tok.dep_ == "acl" and "to" in aux and _plain(head) in _INTENTIONS:
        return True                  # "expressed its intention to cooperate"
    if tok.dep_ == "dobj" and head.dep_ in ("xcomp", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and (
            _plain(head.head) in _FUTURE_HEADS or _plain(head.head) in _INTENTIONS):
        return True                  # "ready to resume peace negotiations"
    if tok.dep_ == "dobj" and _plain(head) in ("announce", "unveil") and _plain(tok) in _AID_GIVEN:
        return False                 # "announced a package of military aid": a specific AID
    if tok.dep_ == "dobj" and _plain(head) in ("announce", "declare") and _plain(tok) in _APPROVAL:
        return False                 # "announced its support for the resolution": said now
    if tok.dep_ == "dobj" and _plain(head) in ("announce", "unveil") and _plain(tok) in _UNIONS:
        return False                 # "announced a common currency": a specific COOPERATE
    if tok.dep_ in ("xcomp", "ccomp", "dobj") and _plain(head) in _FUTURE_HEADS:
        return tok.dep_ != "ccomp" or "would" in aux
    if tok.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ in _WILL for c in head.children):
        return True                  # "will send aid"
    if tok.dep_ == "dobj" and head.dep_ == "ccomp" and _plain(head.head) in _FUTURE_HEADS and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in head.children):
        return True                  # "said it would hold consultations next week"
    return tok.dep_ == "pobj" and head.lower_ == "for" and _plain(head.head) in _FUTURE_HEADS


_SENDING = frozenset(("send", "dispatch", "deploy", "fly", "ship", "rush", "airlift"))


def carries_aid(tok: Token, aid: set) -> bool:
    """"Sends aid to flood victims": the verb only carries the AID its object names, no
    MOBILIZE of forces."""
    return _plain(tok) in _SENDING and any(c.dep_ == "dobj" and c.i in aid for c in tok.children)


_BUILDING = frozenset(("strengthen", "deepen", "boost", "expand", "improve", "enhance", "promote",
                       "cooperate", "support", "help", "build", "restore", "develop", "foster",
                       "increase", "bolster", "advance", "work", "collaborate", "assist",
                       "normalize", "normalise", "revive", "renew", "intensify", "widen"))
_TIES = frozenset(("tie", "ties", "relation", "relations", "cooperation", "partnership", "trade",
                   "friendship", "dialogue", "link", "links", "bond", "bonds", "collaboration"))


#: Stances of approval vowed or pledged: "vowed solidarity with the flood victims".
_APPROVAL = frozenset(("support", "backing", "solidarity", "endorsement", "approval"))


def cooperative_vow(tok: Token) -> bool:
    """"Neighbours vow to strengthen ties", "vows solidarity with": a pledge of cooperation
    (AGREE), not a THREATEN."""
    if _plain(tok) not in ("vow", "pledge", "promise", "swear"):
        return False
    if any(c.dep_ == "dobj" and _plain(c) in _APPROVAL for c in tok.children):
        return True                    # "Vows Solidarity With Togo": a promise of support
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        acts.append(tok.doc[tok.i + 2])    # a headline's "Vow/conj to Strengthen/ROOT Ties"
    for c in acts:
        if _plain(c) == "stand" and any(p.dep_ == "prep" and p.lower_ in ("by", "with", "behind")
                                         for p in c.children):
            return True                # "vows to stand by its ally"
        if _plain(c) in _BUILDING:
            objs = [g for g in c.children if g.dep_ in ("dobj", "prep")]
            if _plain(c) in ("cooperate", "collaborate", "help", "assist", "work") or any(
                    t.lower_ in _TIES for o in objs for t in o.subtree):
                return True
    return False


#: Routes whose opening or resumption is an exchange ("resumed direct flights", "opened a rail
#: link", "opened a border crossing for trade"): COOPERATE only as the object of such a verb.
_ROUTES = frozenset(("flight", "link", "crossing", "route", "corridor"))
_OPENING = frozenset(("open", "reopen", "resume", "restore", "launch", "inaugurate", "establish",
                      "start", "begin", "restart", "operate"))


def opened_route(tok: Token) -> Optional[bool]:
    """Whether a route word names an exchange here: the object of opening or resuming it
    (None: not a route word). "Killed at a border crossing" or "the rail link" alone is none."""
    if _plain(tok) not in _ROUTES and tok.lower_.rstrip("s") not in _ROUTES:
        return None
    head = tok.head
    while tok.dep_ == "conj" and head.head is not head:
        tok, head = head, head.head
    if tok.dep_ in ("dobj", "nsubjpass") and _plain(head) in _OPENING:
        return True
    if tok.dep_ == "nsubj" and _plain(head) in ("resume", "restart", "reopen") \
            and not any(c.dep_ == "dobj" for c in head.children):
        return True                  # "direct flights resumed on Sunday"
    return any(c.dep_ in ("compound", "amod") and _plain(c) in _OPENING for c in tok.subtree
               if c.i < tok.i)          # title case: "Resume/compound Direct Flights"


_MATERIAL_TIES = frozenset(("trade", "economic", "commercial", "business", "military", "security",
                            "defence", "defense", "energy", "investment", "financial"))


def material_ties(tok: Token) -> bool:
    """"Expand trade ties", "deepen military relations": mutual material exchange (COOPERATE),
    where plain or diplomatic ties are SUPPORT."""
    if _plain(tok) not in ("tie", "relation", "relationship", "link"):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _MATERIAL_TIES for c in tok.children)


#: Fields of cooperation that are an exchange of goods, forces or information (COOPERATE), and
#: fields that are diplomatic, non-material cooperation (SUPPORT).
_MATERIAL_FIELDS = _MATERIAL_TIES | frozenset((
    "research", "customs", "tariff", "currency", "extradition", "intelligence", "counterterrorism",
    "counter-terrorism", "terrorism", "tax", "energy", "infrastructure", "transport", "arms"))
_NON_MATERIAL_FIELDS = frozenset(("climate", "environment", "environmental", "culture",
                                  "cultural", "education", "educational", "science", "scientific",
                                  "academic", "diplomatic", "political", "democracy", "governance",
                                  "rights", "sport", "sports", "heritage"))
_COOPERATING = frozenset(("cooperate", "co-operate", "cooperation", "co-operation", "collaborate",
                          "collaboration", "partnership", "partner"))


def diplomatic_field(tok: Token) -> bool:
    """"Cooperate on climate change", "cultural cooperation", "a partnership on human rights":
    PLOVER SUPPORT ("initiate, resume, improve, or expand diplomatic, non-material
    cooperation"); cooperation on trade, security or intelligence stays COOPERATE."""
    if _plain(tok) not in _COOPERATING and tok.lower_ not in _COOPERATING:
        return False
    fields = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "over", "to", "against", "for"):
            fields += [t for t in prep.subtree if t.dep_ in ("pobj", "compound", "amod")]
    if any(t.lower_ in _MATERIAL_FIELDS or _plain(t) in _MATERIAL_FIELDS for t in fields):
        return False
    return any(t.lower_ in _NON_MATERIAL_FIELDS or _plain(t) in _NON_MATERIAL_FIELDS
               for t in fields)


#: An envoy sent or received carries the CONSULT; "the UN envoy said" names an actor only.
_SENDING_ENVOYS = frozenset(("send", "dispatch", "despatch", "appoint", "name"))
_ENVOY_MISSIONS = _SENDING_ENVOYS | frozenset(("receive", "welcome", "host", "meet"))


#: People sent to talk: their sending is a CONSULT ("sent a delegation for negotiations").
_EMISSARIES = frozenset(("envoy", "envoys", "emissary", "emissaries", "delegation",
                         "delegations", "negotiator", "negotiators", "mediator", "mediators"))


def envoy_sent(tok: Token) -> Optional[bool]:
    """Whether "envoy" names a mission here ("sent an envoy to Tehran", "receives an envoy"):
    the object of sending or receiving. None: not the word; False where the envoy is only who
    acts ("the UN envoy condemned")."""
    if _plain(tok) not in _EMISSARIES and tok.lower_ not in _EMISSARIES:
        return None
    head = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and _plain(head) in _ENVOY_MISSIONS


def sends_envoy(tok: Token) -> bool:
    """"Sent an envoy to Tehran": the sending is the envoy's CONSULT, no AID or MOBILIZE."""
    return _plain(tok) in _SENDING_ENVOYS and any(envoy_sent(c) for c in tok.children)


#: Relief goods whose sending is AID, not a MOBILIZE of forces.
_RELIEF = frozenset(("food", "medicine", "medicines", "water", "tent", "tents", "blanket",
                     "blankets", "supplies", "vaccine", "vaccines", "grain", "rice", "wheat",
                     "flour", "fuel", "equipment", "doctors", "medics", "rescuers"))


def _goods(tok: Token, deps: tuple) -> list[Token]:
    """What is sent or handed out: the verb's objects and their conjuncts ("food and medicine")."""
    objects = [c for c in tok.children if c.dep_ in deps]
    return objects + [g for o in objects for g in o.children if g.dep_ == "conj"]


#: PLOVER AID covers "military and police assistance including arms and personnel": forces
#: sent as peacekeepers, and rescue or medical teams.
_HELPERS = frozenset(("rescuer", "rescuers", "medic", "medics", "doctor", "doctors", "nurse",
                      "nurses", "paramedic", "paramedics", "firefighter", "firefighters"))
_HELPING_TEAMS = frozenset(("rescue", "search-and-rescue", "medical", "relief", "humanitarian"))


def _peacekeeping(tok: Token) -> bool:
    return tok.lower_.startswith("peacekeep")


def sends_relief(tok: Token) -> bool:
    """"Sent food and medicine to the flood-hit region", "deployed 300 troops to the UN
    peacekeeping mission", "sent rescue teams": AID (the goods or the helpers are the aid)."""
    if _plain(tok) in ("mobilize", "mobilise", "station"):
        return assists_partner(tok)
    if _plain(tok) not in _SENDING and _plain(tok) != "deployment":
        return False
    sent = _goods(tok, ("dobj", "nsubjpass"))
    if any(o.lower_ in _RELIEF or _plain(o) in _RELIEF for o in sent):
        return True
    if any(t.lower_ in _HELPERS or _peacekeeping(t) or (t is not o and
                                                        t.lower_ in _HELPING_TEAMS)
           for o in sent for t in o.subtree):
        return True
    if any(_peacekeeping(t) for p in tok.children if p.dep_ == "prep"
           and p.lower_ in ("to", "as", "on", "for", "with") for t in p.subtree):
        return True
    return assists_partner(tok)


#: Military personnel whose sending is assistance ("deploys military advisers"; PLOVER AID:
#: "Military and police assistance including arms and personnel").
_ADVISERS = frozenset(("adviser", "advisers", "advisor", "advisors", "instructor",
                       "instructors", "trainer", "trainers", "engineers", "mentors"))
_ASSISTING = frozenset(("help", "assist", "aid", "support", "bolster", "reinforce", "back"))


def assists_partner(tok: Token) -> bool:
    """Forces sent to help another state ("mobilizes troops to assist Southland against
    insurgents", "deploys military advisers to Southland"): military assistance with
    personnel, PLOVER AID, not a show of force."""
    sent = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lower_ in _ADVISERS or _plain(o) in _ADVISERS for o in sent):
        return True
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and _plain(c) in _ASSISTING:
            helped = [g for g in c.children if g.dep_ in ("dobj", "nsubj")]
            helped += [k for g in c.children if g.dep_ in ("ccomp", "xcomp")
                       for k in g.children if k.dep_ == "nsubj"]   # "help Mozambique fight"
            if any(g.ent_type_ in ("GPE", "NORP") or g.pos_ == "PROPN" or any(
                    k.ent_type_ in ("GPE", "NORP") or k.dep_ == "poss" and k.pos_ == "PROPN"
                    for k in g.children) for g in helped):     # not "to bolster *its* forces"
                return True
    return False


#: Packages that are no aid: "a sanctions package", "a stimulus package", "a reform package".
_NOT_AID = frozenset(("sanction", "sanctions", "reform", "reforms", "stimulus", "tax", "austerity",
                      "legislative", "spending", "pay", "wage", "pension", "security", "measures",
                      "compensation", "bailout", "rescue"))


def not_aid_package(tok: Token) -> bool:
    """"The government unveiled a sanctions package": the package is what it holds (the
    SANCTION), not AID."""
    return _plain(tok) == "package" and any(
        c.dep_ in ("compound", "amod") and (c.lower_ in _NOT_AID or _plain(c) in _NOT_AID)
        for c in tok.children)


_HANDING_OUT = frozenset(("distribute", "hand", "airdrop", "truck"))
_CALL_MEANS = frozenset(("telephone", "phone", "video", "videoconference", "videolink", "call",
                         "teleconference", "line"))


def distributes_relief(tok: Token) -> Optional[bool]:
    """Whether "distributed" hands out aid here: "distributed food to displaced people" (None:
    not such a word). "Distributed leaflets" is no AID."""
    if _plain(tok) != "distribute":
        return None
    return any(o.lower_ in _RELIEF or _plain(o) in _RELIEF or _plain(o) in ("aid", "assistance", "cash")
               for o in _goods(tok, ("dobj", "nsubjpass")))


#: What is given as aid: relief goods, money, equipment ("gave $2 million to", "gives medical
#: equipment to"); not "gave a speech", "gave permission".
_GIFTS = _RELIEF | frozenset(("aid", "assistance", "money", "fund", "funds", "funding", "grant",
                              "loan", "cash", "million", "billion", "dollar", "dollars", "euro",
                              "euros", "pound", "pounds", "donation", "weapon", "weapons", "arms",
                              "ammunition", "vehicle", "vehicles", "helicopter", "helicopters"))
#: PLOVER AID covers asylum: people taken in ("accepted 1,500 refugees").
_SEEKING_REFUGE = frozenset(("refugee", "refugees", "asylum", "migrant", "migrants", "seeker",
                             "seekers", "evacuee", "evacuees", "displaced"))


def gives_aid(tok: Token) -> Optional[bool]:
    """Whether "give", "fly", "accept", "admit", "take in" or "open (borders to)" hand over or
    take in aid here (None: not such a word)."""
    lemma = _plain(tok)
    if lemma in ("give", "fly"):         # "flew 13 tonnes of medicine into the region"
        goods = _goods(tok, ("dobj", "nsubjpass"))
        goods += [g for o in goods for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        return any(g.ent_type_ == "MONEY" or g.lower_ in _GIFTS or _plain(g) in _GIFTS
                   for o in goods for g in [o, *o.children] if g.dep_ != "det")
    if lemma in ("accept", "admit", "take"):
        people = _goods(tok, ("dobj", "nsubjpass"))
        return any(g.lower_ in _SEEKING_REFUGE or _plain(g) in _SEEKING_REFUGE
                   for o in people for g in o.subtree)
    if lemma == "open":                  # "opened its borders to displaced families"
        borders = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                   and _plain(c) in ("border", "door", "doors", "borders")]
        return bool(borders) and any(g.lower_ in _SEEKING_REFUGE or _plain(g) in _SEEKING_REFUGE
                                     for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                                     for g in p.subtree)
    return None


def spoke_by_phone(tok: Token) -> Optional[bool]:
    """Whether "spoke" is a consultation here: "spoke by telephone with his counterpart", "spoke
    over the phone" (None: not that word). "Spoke to reporters" is none."""
    if _plain(tok) != "speak" or tok.pos_ != "VERB":
        return None
    return any(g.lower_ in _CALL_MEANS or _plain(g) in _CALL_MEANS
               for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "over", "via", "on")
               for g in p.subtree if g.dep_ in ("pobj", "compound"))


_MISSIONS = frozenset(("embassy", "embassies", "consulate", "consulates", "mission", "missions",
                       "legation", "office", "offices"))


def reopens_mission(tok: Token) -> bool:
    """"Agreed to reopen their embassies": restoring diplomatic relations (SUPPORT, CAMEO 05),
    not a concession (CONCEDE covers reopening what was closed as a restriction)."""
    return _plain(tok) in ("reopen", "open", "restore") and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in _MISSIONS or _plain(c) in _MISSIONS)
        for c in tok.children)


def mutual_help(tok: Token) -> bool:
    """"Firefighters of the two nations are helping each other", "exchanged doctors to help each
    other's hospitals": help both ways is mutual (PLOVER COOPERATE "generally understood to
    directly benefit both parties"), not AID to one recipient."""
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    words = [t.lower_ for t in clause.subtree]
    return any(a == "each" and b == "other" or a == "one" and b == "another"
               for a, b in zip(words, words[1:]))
