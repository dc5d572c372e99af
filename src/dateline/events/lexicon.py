"""The PLOVER trigger lexicon: which lemmas can name which event types, with mode and context cues.

Written for dateline from the event, mode and context definitions of the PLOVER manual (draft
v2.0, CC BY-SA 4.0, openeventdata/PLOVER) and the CAMEO descriptions of CAMEO2PLOVER-2021. The
lexicon only proposes *candidate* triggers and their possible types; the trained classifier
(:mod:`dateline.events.model`) picks the type or rejects the candidate (wrong sense, no event).

Entry syntax in the tables below: ``lemma`` (verb or noun), ``lemma/v`` (verbs only),
``lemma/n`` (nouns only), ``lemma/a`` (adjectives only: "deplorable", "found guilty"),
``lemma>prt|prt`` (only with one of these particles, prepositions or modifiers as a child, e.g.
``call>for|on``, ``pull>out|back``, ``law>martial``).
"""
from __future__ import annotations

from dataclasses import dataclass

_TABLE = {
    "AGREE": """agree/v agreement/n pledge promise vow/v offer commit/v commitment/n undertake/v
        consent accept/v deal/n pact/n accord/n invite invitation/n memorandum/n
        willingness/n resolve/v>dispute|differences|conflict|row|standoff
        settle/v>dispute|differences|row|standoff""",
    "CONSULT": """meet meeting/n visit discuss discussion/n talk/n negotiate negotiation/n consult
        consultation/n summit/n confer host/v mediate mediation/n telephone/v phone/v call/n
        trip/n conversation/n envoy/n speak/v receive/v shuttle/v
        tour/n dialogue/n reconvene/v convene/v huddle/v hammer/v>out
        exchange/v>views|opinions|ideas""",
    "SUPPORT": """support praise endorse endorsement/n welcome/v commend hail/v applaud congratulate
        recognize recognise recognition/n sign/v ratify ratification/n back/v defend/v approve
        approval/n thank/v forgive backing/n solidarity/n renew/v
        tie/n relation/n respect/n ink/v""",
    "CONCEDE": """concede concession/n ease/v lift/v relax/v pardon amnesty/n acquit acquittal/n
        apologize apologise apology/n regret/v regret/n remorse/n compromise yield/v backtrack/v
        drop/v reverse/v soften/v permission/n>for
        waive/v loosen/v suspend/v remove/v ceasefire/n truce/n unban/v reopen/v
        suspension/n halt/v end/v give>in back>down relent/v accede/v
        repeal/v rescind/v revoke/v annul/v overturn/v quash/v commute/v scrap/v shelve/v
        call/v>off cave/v unblock/v bow/v>to pause/v pause/n>in vacate/v
        clear/v>barricades|barricade|roadblocks|roadblock|blockade|camp|square|streets|road
        leave/v>square|camp|campus|grounds|streets|building|encampment|ministry|parliament
        restore/v reinstate/v cede/v hand/v transfer/v grant/v admit/v acknowledge/v accept/v
        allow/v permit/v legalize/v legalise/v decriminalize/v decriminalise/v unfreeze/v
        reinstatement/n restoration/n cessation/n end/n>to climb>down u-turn/n own>up
        shoulder/v>blame|responsibility water>down tone>down branch/n>olive sorry/a
        exonerate/v clear/v>of reduce/v>sentence|sentences|penalty|penalties
        respect/v>rights|freedoms|autonomy|result|results|outcome|verdict
        guarantee/v>rights|freedoms|freedom|autonomy
        renounce/v>violence|terrorism|struggle|claim|claims|war|fighting|insurgency|separatism|demand|demands|rebellion|armed
        forswear/v>violence|terrorism|struggle|war|fighting""",
    "COOPERATE": """cooperate cooperation/n collaborate collaboration/n extradite extradition/n
        exercise/n drill/n share sharing/n partnership/n partner/v coordinate/v coordination/n
        venture/n import/v export/v maneuver/n manoeuvre/n
        trade/n project/n>joint
        operation/n>joint|combined patrol/n>joint|combined development/n>joint
        research/n>joint program/n>joint programme/n>joint commission/n>joint
        committee/n>joint investigation/n>joint team>up flight/n
        join/v>forces|troops|soldiers|army|navy|military|exercise|exercises|drills|drill|maneuvers|manoeuvres|patrols|operation|operations|offensive
        link/n>rail|railway|road|ferry|air|trade crossing/n>border work>together
        game/n>war buy/v sell/v purchase/v invest/v survey/n>joint study/n>joint
        pool/v>resources|efforts|funds|intelligence
        initiative/n>joint swap/n>currency exchange/v train/v union/n>customs|monetary|economic
        currency/n>common|single market/n>common|single zone/n>trade area/n>trade
        integration/n>economic|regional|trade|monetary|market harmonize/v harmonise/v
        connect/v>network|networks|grid|grids|railway|railways|pipeline|pipelines
        link/v>network|networks|grid|grids|railway|railways|pipeline|pipelines|market|markets|economies
        open/v>market|markets|economy ship/v>under port/n>call lease/v>to
        build/v construct/v develop/v produce/v manufacture/v merge/v interconnect/v integrate/v
        unite/v pass/v>intelligence|information|data|details|tip|tips|evidence|files""",
    "AID": """aid assistance/n assist/v donate donation/n supply shipment/n deliver/v delivery/n
        grant rescue evacuate/v evacuation/n shelter/v asylum/n relief/n fund/v funding/n
        airlift loan/n send/v provide/v help/v forgive/v package/n distribute/v
        give/v accept/v admit/v take>in fly/v open/v compensate/v compensation/n line/n>credit""",
    "RETREAT": """withdraw withdrawal/n retreat
        pull>out|back|away|troops|forces|soldiers|units|personnel|contingent|diplomats|staff release free/v disarm
        disarmament/n resign resignation/n step>down|aside ceasefire/n truce/n hand>over|back give/v>back
        return/v surrender abandon/v repatriate repatriation/n exchange/v demobilize/v vacate/v
        relinquish/v evacuate/v end/v allow/v quit/v
        disband/v lay>down demobilization/n demobilisation/n
        stop/v cease/v arrive/v cessation/n let>free|go swap/v pullback/n pull-back/n
        leave/v>area|areas|town|towns|city|region|country|territory|border|base|bases|province|village|villages|island|zone|positions
        step>back""",
    "REQUEST": """urge demand call>for|on ask/v request appeal plead/v press>for seek/v insist/v
        petition lobby/v implore/v beseech/v beg/v""",
    "ACCUSE": """accuse accusation/n allege allegation/n blame condemn condemnation/n criticize
        criticise criticism/n denounce denunciation/n charge/v indict indictment/n sue/v
        lawsuit/n investigate investigation/n probe inquiry/n complain complaint/n decry slam/v
        lambast/v rebuke censure deplore/v castigate/v summon/v protest prosecute/v
        prosecution/n
        disapproval/n commission/n charge/n
        investigative/a case/n>against deplorable/a reprehensible/a
        hold/v>responsible|accountable
        fault/v reprimand scold/v chide/v berate/v assail/v upbraid/v excoriate/v vilify/v
        implicate/v lash>out point/v>finger brand/v unacceptable/a responsible/a>for
        outrage/n>over|at|about dismay/n>over|at|about indignation/n
        anger/n>over|at
        expose/v>corruption|abuses|abuse|fraud|wrongdoing|graft|scandal|crimes
        uncover/v>corruption|abuses|abuse|fraud|wrongdoing|graft|scandal|plot|crimes
        examine/v>claims|allegations|accusations|charges|complaints|role|conduct|evidence
        question/v>spending|handling|conduct|role|legality|decision|motives|officials|suspects
        disapprove/v object/v>to displeasure/n attribute/v>to suspect/v cite/v>for call>out
        audit/v link/v>to tie/v>to report/v>to backlash/n impeach/v impeachment/n arraign/v
        blast/v""",
    "REJECT": """reject rejection/n refuse refusal/n deny decline/v veto oppose/v dismiss/v
        rebuff/v spurn/v resist/v defy/v cancel/v postpone/v snub/v turn>down boycott
        shun/v rule>out""",
    "THREATEN": """threaten threat/n warn warning/n ultimatum/n vow/v menace/v""",
    "PROTEST": """protest demonstrate demonstration/n rally march strike riot picket/v boycott
        sit/n walkout/n block/v blockade barricade vandalize/v vandalise/v deface/v gather/v
        walk>off|out
        rioter/n protester/n demonstrator/n sit-in/n rioting/n
        march/n hunger-strike/n picket/n stoppage/n take/v>to
        shun/v vigil/n unrest/n roadblock/n flood/v fill/v pour/v throng/v converge/v
        down/v>tools heckle/v jeer/v boo/v hartal/n bandh/n stayaway/n go-slow/n gherao/n""",
    "SANCTION": """sanction embargo/n expel expulsion/n suspend/v sever/v cut/v recall/v convict
        walk>out
        conviction/n sentence/v fine/v freeze/v tariff/n downgrade/v halt/v terminate/v
        blacklist withdraw bar/v order/v>leave|quit|depart
        eject/v quit/v break/v>off|ties|relations
        find/v>guilty guilty/a""",
    "MOBILIZE": """mobilize mobilise mobilization/n deploy deployment/n mass/v reinforce/v
        reinforcement/n send/v dispatch/v station/v patrol buildup/n exercise/n drill/n test
        launch/v alert/n training/n conscript conscription/n
        recruit/v call>up|upon
        readiness/n recruitment/n call>into maneuver/n manoeuvre/n
        order/v>to call/v>to
        presence/n standby/n scramble/v move/v regroup/v beef>up step>up bolster/v
        buildup/n build-up/n form/v establish/v emerge/v operate/v stockpile/v arsenal/n
        roll/v strengthen/v game/n>war ramp>up""",
    "COERCE": """arrest detain detention/n imprison imprisonment/n jail seize confiscate raid
        search/v ban censor/v censorship/n block/v curfew/n restrict/v restriction/n deport
        deportation/n expel crackdown/n crack>down shut>down|off disperse/v round>up apprehend/v
        break/v>up
        capture hack/v cyberattack/n sentence/v
        misinformation/n disinformation/n propaganda/n lockdown/n tighten/v
        shutdown/n cut>off blockade cordon
        law/n>martial martial/n news/n>fake repression/n repress/v warfare/n>cyber
        emergency/n closure/n outlaw/v strip/v>of close/v intercept/v interception/n""",
    "ASSAULT": """attack assault strike airstrike/n shell/v shelling/n bomb bombing/n bombard
        bombardment/n kill killing/n shoot shooting/n fire/v clash fight fighting/n battle
        ambush raid invade invasion/n storm/v kidnap abduct abduction/n hijack torture rape
        assassinate assassination/n execute/v execution/n massacre murder behead/v stab/v beat/v
        beating/n torch/v burn/v loot/v looting/n destroy/v destruction/n demolish/v explode/v
        explosion/n blast/n detonate/v hit/v target/v wound/v injure/v gun>down shoot>down
        blow>up offensive/n siege/n besiege/v capture seize occupy/v overrun/v lynch/v
        advance/n pound/v exchange/v rap/v grenade/n shootout/n shoot-out/n gunfight/n
        firefight/n crossfire/n gunbattle/n fire/n damage/v
        pummel/v cleansing/n terrorize/v terrorise/v
        gas/n>tear teargas/n violate/v violation/n breach/v
        throw/v>rock|rocks|stone|stones|bottle|bottles|brick|bricks|grenade|grenades|bomb|bombs|acid|projectiles
        hurl/v>rock|rocks|stone|stones|bottle|bottles|brick|bricks|grenade|grenades|bomb|bombs|acid|projectiles""",
}


@dataclass(frozen=True)
class Entry:
    lemma: str
    type: str
    pos: str | None          # "VERB", "NOUN" or None (either)
    particles: tuple[str, ...] = ()


def _parse() -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for etype, text in _TABLE.items():
        for item in text.split():
            particles: tuple[str, ...] = ()
            if ">" in item:
                item, prts = item.split(">", 1)
                particles = tuple(prts.split("|"))
            pos = None
            if "/" in item:
                item, p = item.split("/", 1)
                pos = {"v": "VERB", "n": "NOUN", "a": "ADJ"}[p]
            out.setdefault(item, []).append(Entry(item, etype, pos, particles))
    return out


LEXICON: dict[str, list[Entry]] = _parse()

#: Verbs that only carry an event named by their object ("launched an attack", "held talks").
LIGHT_VERBS = frozenset("""launch carry conduct stage hold make issue level lodge file impose
    announce begin start continue resume mount wage step intensify escalate order open exchange
    set throw hurl lob plant initiate""".split())

#: Embedding words that make what they govern intended/possible, not (yet) happened.
INTENT = frozenset("""plan intend ready willing want seek hope expect aim try attempt propose
    consider prepare plot prepared intention plan able likely possible set poised eager
    determined wish threaten warn vow pledge promise agree offer urge call demand ask request
    appeal refuse reject decline push lead may might could would should""".split())
#: Embedders that negate what they govern.
NEGATORS = frozenset("deny refrain avoid fail halt stop prevent foil thwart".split())
#: Event types whose trigger absorbs an embedded event ("threatened to invade" is one THREATEN).
ABSORBING = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE"})
MODAL_AUX = frozenset("will would may might could should can shall must 'll 'd wo ca".split())


def candidates_for(lemma: str, pos: str, children_lower: set[str]) -> list[str]:
    """Event types the lexicon allows for a token with this lemma, POS and children."""
    types: list[str] = []
    for e in LEXICON.get(lemma, ()):
        if e.pos and e.pos != pos:
            continue
        if e.particles and not children_lower.intersection(e.particles):
            continue
        if e.type not in types:
            types.append(e.type)
    return types


# -- modes --------------------------------------------------------------------------------------
#: (type, mode, cue lemmas): the first cue found in the trigger's clause (else sentence) wins.
MODE_CUES: list[tuple[str, str, str]] = [
    ("ASSAULT", "drone", "drone uav unmanned shahed"),
    ("ASSAULT", "suicide-attack", "suicide"),
    ("ASSAULT", "unconventional", "chemical nerve sarin chlorine nuclear biological radiological"),
    ("ASSAULT", "crowd-control", "teargas tear cannon rubber baton lathi pellet"),
    ("ASSAULT", "aerial", "airstrike air aircraft jet warplane helicopter bomber plane aerial"),
    ("ASSAULT", "heavy-weapons", "shell shelling artillery rocket missile mortar tank howitzer "
                                 "shelled"),
    ("ASSAULT", "explosives", "bomb bombing ied explosive mine landmine grenade explode "
                              "explosion blast detonate"),
    ("ASSAULT", "abduct", "kidnap abduct abduction hijack hostage"),
    ("ASSAULT", "sexual", "rape sexual"),
    ("ASSAULT", "torture", "torture"),
    ("ASSAULT", "targeted", "assassinate assassination execute execution behead massacre"),
    ("ASSAULT", "firearms", "shoot shooting gun gunman gunmen gunfire rifle pistol bullet shot "
                            "fire"),
    ("ASSAULT", "primitive", "knife machete stab torch burn arson stone rock spear axe bottle brick"),
    ("ASSAULT", "beat", "beat beating lynch club"),
    ("ASSAULT", "destroy", "destroy destruction demolish loot looting raze"),
    ("RETREAT", "withdraw", "withdraw withdrawal retreat pull pullback pullout abandon vacate quit"),
    ("RETREAT", "release", "release free hostage prisoner detainee captive exchange"),
    ("RETREAT", "disarm", "disarm disarmament weapon arms arm lay demobilize surrender"),
    ("RETREAT", "ceasefire", "ceasefire truce"),
    ("RETREAT", "resign", "resign resignation step"),
    ("RETREAT", "access", "allow access inspector observer"),
    ("CONSULT", "phone", "phone telephone call video"),
    ("CONSULT", "multilateral", "summit multilateral nato un bloc forum conference"),
    ("CONSULT", "visit", "visit trip host"),
    ("PROTEST", "hunger", "hunger"),
    ("PROTEST", "strike", "strike walkout"),
    ("PROTEST", "riot", "riot rioter violent clash"),
    ("PROTEST", "boycott", "boycott"),
    ("PROTEST", "obstruct", "block blockade barricade obstruct"),
    ("PROTEST", "vandalize", "vandalize vandalise deface graffiti"),
    ("PROTEST", "demo", "protest demonstrate demonstration rally march protester demonstrator "
                        "gather"),
    ("ACCUSE", "investigate", "investigate investigation probe inquiry"),
    ("ACCUSE", "allege", "accuse accusation allege allegation charge indict indictment sue "
                         "lawsuit blame prosecute prosecution"),
    ("ACCUSE", "disapprove", "condemn criticize criticise criticism denounce decry slam "
                             "deplore rebuke censure complain complaint summon protest"),
    ("SANCTION", "convict", "convict conviction sentence fine court guilty"),
    ("SANCTION", "expel", "expel expulsion diplomat ambassador"),
    ("SANCTION", "discontinue", "sanction embargo tariff freeze sever cut downgrade"),
    ("SANCTION", "withdraw", "withdraw recall"),
    ("MOBILIZE", "police", "police policeman officer riot"),
    ("MOBILIZE", "militia", "militia militant rebel fighter insurgent"),
    ("MOBILIZE", "weapons", "missile warship ship tank weapon nuclear launch test submarine"),
    ("MOBILIZE", "troops", "troop soldier force army battalion brigade unit"),
    ("COERCE", "arrest", "arrest detain detention imprison jail apprehend round custody"),
    ("COERCE", "deport", "deport deportation expel"),
    ("COERCE", "curfew", "curfew"),
    ("COERCE", "martial-law", "martial emergency"),
    ("COERCE", "misinformation", "misinformation disinformation propaganda fake"),
    ("COERCE", "censor", "censor censorship website newspaper journalist"),
    ("COERCE", "cyber", "hack hacker cyberattack cyber ransomware"),
    ("COERCE", "seize", "seize confiscate raid search intercept interception"),
    ("COERCE", "withhold", "shut internet electricity power water"),
    ("COERCE", "restrict", "ban restrict restriction crackdown disperse block outlaw"),
    ("THREATEN", "violence", "attack kill strike invade bomb war force military retaliate "
                             "retaliation violence destroy"),
    ("THREATEN", "territory", "occupy annex seize territory"),
    ("THREATEN", "arrest", "arrest detain jail prosecute"),
    ("THREATEN", "expel", "expel deport"),
    ("THREATEN", "relations", "relation tie talk negotiation cut sever"),
    ("THREATEN", "restrict", "ban boycott blockade curfew restrict sanction"),
    ("REQUEST", "yield", "release ceasefire lift end withdraw withdrawal stop halt"),
    ("REQUEST", "meet", "meet talk negotiation dialogue meeting"),
    ("REQUEST", "change", "resign resignation reform change dismiss investigate investigation"),
    ("REQUEST", "assist", "aid help assistance support supply fund"),
    ("REJECT", "yield", "release ceasefire lift end withdraw withdrawal stop halt"),
    ("REJECT", "meet", "meet talk negotiation dialogue meeting visit"),
    ("REJECT", "change", "resign resignation reform change dismiss demand"),
    ("REJECT", "assist", "aid help assistance support supply fund"),
]
MODE_TABLE: dict[str, list[tuple[str, frozenset[str]]]] = {}
for _t, _m, _cues in MODE_CUES:
    MODE_TABLE.setdefault(_t, []).append((_m, frozenset(_cues.split())))

# -- contexts -----------------------------------------------------------------------------------
CONTEXT_CUES: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "military": "military army troop soldier force defense defence navy air missile artillery "
                "tank warship general commander battalion brigade drone weapon",
    "diplomatic": "diplomat diplomatic embassy ambassador minister foreign envoy summit talk "
                  "relation tie treaty bilateral consul",
    "economic": "economic economy trade tariff export import sanction investment bank banking "
                "finance financial currency inflation energy oil gas loan debt market",
    "legal": "court judge trial lawsuit law legal prosecutor verdict tribunal",
    "human_rights": "rights amnesty",
    "repression": "crackdown repression dissident activist",
    "terrorism": "terrorist terrorism isis qaeda jihadist",
    "cbrn": "nuclear chemical biological radiological",
    "cyber": "cyber hack hacker cyberattack ransomware",
    "election": "election vote ballot campaign candidate poll",
    "legislative": "parliament lawmaker legislator congress senate legislature",
    "health": "health hospital disease vaccine pandemic covid epidemic virus",
    "migration": "migrant refugee migration asylum displaced",
    "human_security": "food water housing shelter famine electricity",
    "environment": "environment climate pollution environmental",
    "crime": "crime criminal gang murder robbery theft",
    "corruption": "corruption bribery bribe graft embezzlement",
    "territory": "territory border annex annexation sovereignty",
    "religion_ethnicity": "religious church mosque muslim christian ethnic",
    "intelligence": "intelligence spy espionage",
}.items()}

#: Contexts PLOVER/CAMEO2PLOVER attach by default to some event types or modes.
DEFAULT_CONTEXTS = {
    "CONSULT": ("diplomatic",), "MOBILIZE": ("military",),
    "SANCTION:discontinue": ("economic",), "SANCTION:convict": ("legal",),
    "ACCUSE:allege": ("legal",), "COERCE:cyber": ("cyber",), "COERCE:misinformation": ("misinformation",),
    "ASSAULT:unconventional": ("cbrn",), "COERCE:arrest": ("repression",),
}
