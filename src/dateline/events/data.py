"""Training and development data for the event classifier, read from ``../shared/data``.

Labels are *weak*: the sets label stories or sentences, not triggers. Each loader yields
``Item(text, label, source, group)``; :func:`weak_labels` turns a parsed item into per-candidate
labels (a candidate whose lexicon types agree with the item's label takes it; the rest are left
out). Non-events come from GLOCON's no-event sentences and from :data:`NON_EVENT_TEMPLATES`,
sentences written for dateline where trigger words are used in other senses (sports, markets,
weather, entertainment, figures of speech).
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from dateline.records import EVENT_TYPES, QUAD_CLASS

NONE = "NONE"
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
#: ConfliBERT PentaClass label -> PLOVER quad class (label 0, statements, has no quad).
CAMEO_QUAD = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
              4: "material_conflict"}


@dataclass
class Item:
    text: str
    label: object            # an event type, NONE, a quad (str), an int, or a set of types
    source: str
    group: str               # for splits: template / document / sentence id


def data_dir() -> Optional[Path]:
    """``../shared/data`` beside the repository (or ``$DATELINE_DATA``); None when absent."""
    env = os.environ.get("DATELINE_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents[2:6]]
    candidates += [Path.cwd().parent / "shared" / "data"]
    for c in candidates:
        if (c / "train").is_dir():
            return c
    return None


def bucket(key: str, n: int = 5) -> int:
    return int(hashlib.md5(key.encode("utf-8")).hexdigest()[:8], 16) % n


def ngec(root: Path, split: str = "train") -> Iterator[Item]:
    """NGEC synthetic stories; the dev split holds every 5th headline template (by hash)."""
    with open(root / "train" / "ngec_synthetic_plover.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            dev = bucket(d.get("title_template") or d["id"]) == 0
            if (split == "dev") == dev and d.get("event_type") in EVENT_TYPES:
                # The story as a wire copy: the headline (the prompt) then the generated text.
                headline = (d.get("prompt") or "").split("\n")[0].strip().strip('"')
                text = f"{headline}\n\n{d['text']}" if headline else d["text"]
                yield Item(text, d["event_type"], "ngec", d.get("title_template") or d["id"])


def conflibert(root: Path) -> Iterator[Item]:
    path = root / "train" / "conflibert" / "cameo_class" / "train.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh):
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) == 2 and parts[1].strip().isdigit():
                yield Item(parts[0], int(parts[1]), "conflibert", f"cb{n}")


def glocon(root: Path) -> Iterator[Item]:
    with open(root / "train" / "glocon_protest.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            label = {1: "PROTEST", 0: NONE}.get(d.get("label"))
            if label:
                yield Item(d["sentence"], label, "glocon", d["id"].split("_")[0])


def india_police(root: Path) -> Iterator[Item]:
    path = root / "train" / "conflibert" / "IndiaPoliceEvents_sents" / "train.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh):
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) != 6:
                continue
            kill, arrest, _, _, force = (p.strip() == "1" for p in parts[1:])
            if arrest:
                yield Item(parts[0], "COERCE", "india", f"ip{n}")
            elif kill or force:
                yield Item(parts[0], "ASSAULT", "india", f"ip{n}")


ACLED_TO_PLOVER = {
    "Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT",
    "Violence against civilians": "ASSAULT", "Riots": "PROTEST", "Protests": "PROTEST",
}
ACLED_SUB = {"Mob violence": "ASSAULT", "Looting/property destruction": "ASSAULT",
             "Arrests": "COERCE", "Agreement": "AGREE", "Headquarters or base established":
             "MOBILIZE", "Protest with intervention": "PROTEST",
             "Excessive force against protesters": "PROTEST"}


def acled_half(event_id: str) -> int:
    """0 or 1: the parity of the last byte of the event id's md5, the 50/50 split the actor and
    event benches share (the first hex digits, as in :func:`bucket`, are all even in this file,
    which was itself cut from the full sample by md5)."""
    return hashlib.md5(event_id.encode("utf-8")).digest()[-1] % 2


def acled(root: Path, half: Optional[int] = None) -> Iterator[Item]:
    """ACLED dev notes with the PLOVER type their category maps to (unmapped rows skipped)."""
    with open(root / "dev" / "acled_2022_dev.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = ACLED_SUB.get(row["sub_event_type"]) or (
                None if row["event_type"] == "Strategic developments"
                else ACLED_TO_PLOVER.get(row["event_type"]))
            if label is None:
                continue
            if half is not None and acled_half(row["event_id_cnty"]) != half:
                continue
            yield Item(row["notes"], label, "acled", row["event_id_cnty"])


# -- non-events written for dateline --------------------------------------------------------------
_FILL = {
    "team": ["Arsenal", "the Lakers", "Real Madrid", "the home side", "the visitors", "Boca Juniors",
             "the Springboks", "the Yankees", "Bayern", "the under-21 squad"],
    "firm": ["Nvidia", "the retailer", "Unilever", "the carmaker", "the airline", "Tesco",
             "the chipmaker", "Samsung", "the insurer", "the brewer"],
    "n": ["2", "3", "4.5", "12", "0.8", "7"],
    "star": ["the striker", "the veteran forward", "the young midfielder", "the champion",
             "the goalkeeper", "the captain"],
    "town": ["Kisumu", "Mandalay", "Jos", "Tripoli", "Cochabamba", "Peshawar", "Goma",
             "Bamenda", "Sittwe", "Lahore", "Valparaiso", "Kharkiv"],
    "date": ["On 4 March 2022", "On 17 June 2022", "On 9 October 2022", "On 28 January 2022",
             "On 12 August 2022"],
    "crowd": ["students", "traders", "teachers", "farmers", "residents", "supporters of the PTI",
              "health workers", "women", "members of the opposition", "taxi drivers"],
    "armed": ["unidentified gunmen", "suspected ADF militants", "armed men", "soldiers",
              "Fulani militia", "unknown assailants", "members of the military"],
}
NON_EVENT_TEMPLATES = """\
{team} beat {team} 3-1 on Saturday to go top of the table.
{star} struck twice in the second half as {team} won the derby.
{team} launched a late attack but could not find an equaliser.
{star} was shot down by critics after a poor season.
{team} suffered a crushing defeat in the final.
The match was an assault on the eyes for anyone who loves the game.
{star} fired a shot into the top corner.
The UN envoy told reporters in {town} that the situation was calm.
The mayor of {town} took to social media to share photos of the flood.
The minister took to the stage in {town} to open the trade fair.
The coach trained the squad in {town} ahead of the final.
At the end of the month the market in {town} closes for a week.
{team} will face {team} in the semi-final next week.
{star} signed a new contract with {team} until 2027.
{team} hit back with a penalty in stoppage time.
The coach praised the performance of his defence.
{star} announced his retirement from international football.
Shares of {firm} fell {n} percent after the results.
{firm} shares rallied {n}% in early trading.
Oil prices retreated from their highs on Tuesday.
The dollar advanced against the euro as bond yields climbed.
Stocks plunged as investors fled to safer assets.
{firm} released its quarterly earnings on Thursday.
{firm} launched a new phone at its annual event.
{firm} agreed to buy a rival for $4 billion.
Markets were hit by fears of slower growth.
The index struck a record high before closing lower.
Analysts expect {firm} to raise its dividend.
The storm hit the coast overnight, knocking down power lines.
Heavy rain battered the region for a third day.
A heat wave struck much of southern Europe this week.
Temperatures will drop sharply by the weekend.
The hurricane tore through coastal towns.
Firefighters battled the blaze for hours.
The band released its third album to glowing reviews.
The film's director defended the controversial ending.
Critics slammed the sequel as a tired retread.
The novel is an attack on modern manners.
Her speech was an assault on common sense, one columnist wrote.
The chef fired up the grill for the festival crowd.
The singer will tour Asia next spring.
Fans gathered outside the stadium hours before kick-off.
The museum will host an exhibition of medieval maps.
Scientists discovered a new species of frog in the rainforest.
The recipe calls for two cups of flour.
Traffic was blocked for an hour after a lorry broke down.
The bridge was closed for repairs.
The app allows users to share photos with friends.
Students returned to classes after the summer break.
The company cut prices on its older models.
The airline suspended flights to the island because of fog.
The team captured the title for the third straight year.
The runner broke the world record in Berlin.
A cold front will sweep across the plains on Friday.
The senator's memoir hit bookstores on Tuesday.
The actor's performance stole the show.
The pitcher threw the ball past the batter.
The carmaker ramped up production of electric vans.
She threw a party for her former colleagues.
The police ruled out foul play in the death of the hiker.
Doctors ruled out a fracture after the scan.
Firefighters ordered the residents to leave the burning block.
The technician connected the printer to the office network.
Regional integration was the theme of the lecture series.
The club barred the striker from training for a week.
The orchestra's visit to Vienna was a triumph of music.
The virus attacks the immune system.
Chess players fought for six hours before agreeing a draw.
The boxer knocked out his opponent in the ninth round.
{team} beat the champions on penalties to reach the final.
{team} beat {team} and stay second in the league.
{star} was beaten to the ball by the defender.
{team} attacked down the left wing all afternoon.
{team} fought back from two goals down to draw.
{star} shot wide from close range in the first half.
{team} captured the cup after a tense shoot-out.
The coach defended his tactics after the loss.
{team} hosted {team} in front of a sell-out crowd.
{team} were knocked out of the tournament by {team}.
{team} withdrew {star} at half-time with a knee injury.
The fans protested loudly at every decision of the referee.
The rookie struck out six batters in the opening innings.
The champion retained her title with a dominant display.
{firm} shares tumbled {n}% after the profit warning.
Investors dumped bonds as inflation fears returned.
The central bank raised interest rates by half a point.
{firm} cut its forecast for the year.
{firm} raised its offer for the rival chipmaker.
Traders sold off tech stocks in a broad retreat.
The euro retreated against the dollar after the data.
Copper prices hit a two-year low on weak demand.
{firm} launched a takeover bid for a smaller rival.
{firm} withdrew its guidance for the full year.
{firm} released a software update to fix the bug.
{firm} agreed a new pay deal with its pilots' union.
Bears attacked the market as yields spiked.
The film is a blistering attack on consumer culture.
The book is a scathing attack on the fashion industry.
Her new novel is a savage assault on suburban life.
The album is a frontal assault on good taste.
The essay is a bitter attack on celebrity culture.
The column was an attack on lazy thinking.
The show takes a swipe at reality television.
The comedian fired off jokes about the royal family.
The painting captures the violence of the sea.
The critics have torn the production to pieces.
The director's new film explores the war of his childhood.
The documentary revisits the siege through old footage.
Cancer cells attack healthy tissue.
The body's immune system fights off the infection.
The pest destroys crops across the region every spring.
Wildfires burned thousands of acres of forest.
The earthquake destroyed dozens of homes in the valley.
Floods killed livestock and washed away roads.
The hospital released the patient after a week.
The zoo released the rescued turtles back into the sea.
Volunteers gathered to clean the beach on Sunday.
Hundreds gathered for the wedding of the singer.
Pilgrims gathered at the shrine for the festival.
The students marched in the graduation parade.
The celebrations marked the end of the holy month.
The minister said the economy would grow by {n} percent this year.
The report said unemployment rose to {n} percent.
The government's budget includes more money for schools.
Many residents fear that prices will keep rising.
Analysts believe the election will be close.
The occupied city was quiet on Sunday morning.
The armed guards stood outside the bank.
Detained migrants were held in a crowded centre, the report said in 2019.
The wounded veteran told his story to the museum visitors.
The captured flag is on display in the museum.
The minister gave a speech to traders in {town}.
Shares closed higher on Friday after the central bank's decision.
The party accepted the result of the vote in {town}.
The shops in {town} close early on Sundays.
The bakery in {town} sold bread to {crowd} at half price.
{firm} bought a smaller rival for 3 billion dollars.
"""

#: Event notes written for dateline in the style of ACLED and wire copy, so that short incident
#: reports and their common phrasings ("gathered", "staged a sit-in", "rioters") are learnt.
EVENT_TEMPLATES = """PROTEST|{date}, {crowd} gathered in front of the governor's office in {town} to demand the release of detained activists.
PROTEST|{date}, around 200 {crowd} demonstrated in {town} against rising fuel prices.
PROTEST|{date}, {crowd} staged a sit-in at the district office in {town} over unpaid salaries.
PROTEST|{date}, {crowd} held a protest in {town} to denounce the killing of a local activist.
PROTEST|{date}, {crowd} marched through {town} calling for the resignation of the mayor.
PROTEST|{date}, {crowd} blocked the main road in {town} to protest power cuts.
PROTEST|{date}, {crowd} held a rally in {town} in support of the jailed leader.
PROTEST|{date}, rioters burned tyres and threw stones at police in {town}.
PROTEST|{date}, {crowd} rioted in {town} after the death of a young man in custody.
PROTEST|{date}, a mob of {crowd} vandalised the police station in {town} during a protest.
PROTEST|{date}, {crowd} went on strike in {town} over working conditions.
PROTEST|{date}, {crowd} staged a hunger strike in {town} prison.
PROTEST|{date}, police dispersed {crowd} who had gathered in {town} to protest the election results.
PROTEST|{date}, {crowd} took to the streets of {town} to oppose the new law.
PROTEST|{date}, demonstrators gathered outside the court in {town}.
PROTEST|{date}, {crowd} picketed the ministry in {town} to demand land titles.
PROTEST|{date}, {crowd} boycotted classes in {town} in protest against the fee increase.
ASSAULT|{date}, {armed} attacked the village near {town}, killing five civilians.
ASSAULT|{date}, {armed} shot dead a trader in {town}.
ASSAULT|{date}, {armed} abducted three farmers near {town}.
ASSAULT|{date}, {armed} clashed with the army near {town}; casualties unknown.
ASSAULT|{date}, an IED exploded near a military vehicle in {town}, injuring two soldiers.
ASSAULT|{date}, {armed} looted shops and burned houses in {town}.
ASSAULT|{date}, the military shelled positions held by rebels near {town}.
ASSAULT|{date}, a drone strike hit a house in {town}, killing a commander.
ASSAULT|{date}, {armed} ambushed a police patrol in the occupied part of {town}.
ASSAULT|{date}, a mob beat a man to death in {town} over suspected theft.
COERCE|{date}, police arrested dozens of {crowd} in {town} during a raid.
COERCE|{date}, security forces detained a journalist in {town}.
COERCE|{date}, the authorities imposed a curfew in {town} after clashes.
AGREE|{date}, the two militias signed a peace agreement in {town}.
MOBILIZE|{date}, the army established a new base in {town}.
RETREAT|{date}, the rebels released several hostages near {town}.
RETREAT|The militia freed a group of captives held in {town} after mediation by elders.
RETREAT|The government released dozens of political prisoners from the jail in {town}.
RETREAT|The army withdrew its troops from {town} after the truce.
AGREE|The two sides agreed to hold talks in {town} next month.
AGREE|The government and the rebels agreed to resume negotiations after a pause.
AGREE|Both countries agreed to cooperate on border security.
AGREE|The rival factions signed an agreement to share power in {town}.
SUPPORT|The foreign minister praised the efforts of the envoys who worked on the deal in {town}.
SUPPORT|The government welcomed the decision of the court in {town}.
SUPPORT|The opposition leader thanked {crowd} for their support.
AID|A relief fund gave food parcels and seed to {crowd} in {town}.
AID|The engineers' union gave two water trucks to the camp outside {town}.
AID|The island nation accepted forty families who fled the floods in {town}.
AID|Villagers near {town} took in hundreds of people displaced by the landslide.
COERCE|{date}, the police closed the radio station in {town} for a week.
COERCE|The regional governor closed the opposition party's offices in {town}.
COERCE|The military council outlawed the farmers' union based in {town}.
COERCE|Two editors from {town} were stripped of their press accreditation.
ASSAULT|{date}, {armed} violated the truce by shelling a market near {town}.
CONCEDE|The militia announced a cessation of hostilities in the hills above {town}.
COOPERATE|Kenya bought 40,000 tonnes of wheat from Ukraine last year.
COOPERATE|Chile sold copper worth 2 billion dollars to China in the first quarter.
COOPERATE|Qatar invested heavily in Pakistani ports and power plants.
PROTEST|{date}, {crowd} stopped work in {town} to press for unpaid wages.
PROTEST|Dock workers in {town} stopped work for a day over safety rules.
SANCTION|The aid agency withdrew from {town} after attacks on its staff.
SANCTION|The mining company pulled out of the country after the coup in {town}.
CONCEDE|The mayor of {town} gave in to the demands of the striking bus drivers.
CONCEDE|After a week of protests in {town}, the ministry backed down on the fuel tax.
AGREE|The president invited his counterpart from the neighbouring republic for a state visit.
AGREE|The king invited the new prime minister to visit {town} in the spring.
COOPERATE|Scientists from the two countries began a joint survey of the river basin near {town}.
COOPERATE|The two governments launched a joint study on sharing the water of the lake.
COOPERATE|The central banks of the two countries set up a currency swap worth 5 billion dollars.
COOPERATE|The neighbours launched a joint initiative to clear landmines along the border near {town}.
CONSULT|The government sent an envoy to {town} for talks with the rebel command.
COOPERATE|The two police forces exchanged intelligence on the smuggling gangs based in {town}.
COOPERATE|The coastguards of both states exchange radar data on ships leaving {town}.
ASSAULT|{date}, soldiers and {armed} exchanged fire for an hour near {town}.
RETREAT|The warring sides exchanged prisoners at a checkpoint outside {town}.
RETREAT|The two armies swapped the bodies of soldiers killed near {town}.
PROTEST|Hundreds of nurses took to the streets of {town} over unpaid overtime.
COOPERATE|Turkish officers trained 300 Somali soldiers at a camp near {town}.
CONCEDE|The militia declared an end to hostilities around {town} for the harvest.
RETREAT|The army completed its pullback from the hills above {town}.
CONCEDE|The rebels called a truce in {town} for the religious holiday.
COOPERATE|French instructors are training Malian police officers in {town} this month.
COOPERATE|The two countries built a joint hydropower plant on the river near {town}.
COOPERATE|The neighbours launched a customs union that ends checks at the border post near {town}.
COOPERATE|The three states introduced a common currency on Monday, replacing their own notes.
COOPERATE|The regional bloc created a single market for farm produce.
COOPERATE|The two governments opened a free trade zone outside {town}.
SUPPORT|The two ministers inked a fisheries agreement in {town} on Friday.
SUPPORT|Officials from both sides inked a deal on gas transit.
AGREE|The two neighbours resolved their dispute over the fishing grounds near {town}.
AGREE|After years of talks the states settled their differences over the river.
COERCE|The navy intercepted a boat carrying rifles off {town}.
COERCE|Customs officers intercepted a shipment of smuggled fuel at the port of {town}.
ASSAULT|{date}, a mob threw stones at a bus carrying pilgrims near {town}.
ASSAULT|Attackers hurled a grenade into a crowded bar in {town}.
MOBILIZE|The army ramped up production of artillery shells at the arsenal near {town}.
REJECT|The prime minister ruled out talks with the armed groups around {town}.
REJECT|The junta ruled out early elections despite protests in {town}.
SANCTION|The host government barred the neighbouring state's delegates from the summit in {town}.
SANCTION|The bloc barred the country's officials from its meetings until the vote.
SANCTION|The foreign ministry ordered two diplomats of the neighbouring state to leave within 48 hours.
SANCTION|The government ordered the ambassador to leave after the spy affair in {town}.
RETREAT|Government soldiers withdrew from {town} after a week of heavy shelling.
RETREAT|{armed} withdrew from the hills around {town} before dawn.
CONCEDE|The president expressed regret over the killing of protesters in {town}.
CONCEDE|The army chief voiced remorse for the shelling of the market in {town}.
CONCEDE|The city council granted permission for the march through {town} on Saturday.
CONCEDE|The government softened its stance on the striking teachers' pay demands.
AID|The state compensated the families of the miners killed near {town}.
AID|The ministry paid compensation to farmers whose crops were burned near {town}.
COOPERATE|The two states deepened their economic integration with a shared customs code.
COOPERATE|The neighbours connected their power grids at a substation near {town}.
COOPERATE|The trade ministers harmonised the rules for goods crossing the border at {town}.
AID|The central bank extended a credit line of 200 million dollars to its struggling neighbour.
"""


def non_events(seed: int = 0, copies: int = 6) -> Iterator[Item]:
    """Each template filled ``copies`` times with random names (deterministic for a seed)."""
    rng = random.Random(seed)
    for n, tmpl in enumerate(NON_EVENT_TEMPLATES.strip().splitlines()):
        seen = set()
        for _ in range(copies):
            text = tmpl
            for key, values in _FILL.items():
                while "{" + key + "}" in text:
                    text = text.replace("{" + key + "}", rng.choice(values), 1)
            if text not in seen:
                seen.add(text)
                yield Item(text[0].upper() + text[1:], NONE, "nonevent", f"ne{n}")


def _fill(tmpl: str, rng: random.Random) -> str:
    for key, values in _FILL.items():
        while "{" + key + "}" in tmpl:
            tmpl = tmpl.replace("{" + key + "}", rng.choice(values), 1)
    return tmpl[0].upper() + tmpl[1:]


def event_templates(seed: int = 0, copies: int = 4) -> Iterator[Item]:
    """:data:`EVENT_TEMPLATES` filled ``copies`` times (deterministic for a seed)."""
    rng = random.Random(seed + 1)
    for n, line in enumerate(EVENT_TEMPLATES.strip().splitlines()):
        label, tmpl = line.split("|", 1)
        for text in dict.fromkeys(_fill(tmpl, rng) for _ in range(copies)):
            yield Item(text, label, "template", f"et{n}")


def weak_label(item: Item, types: list[str]) -> Optional[str]:
    """The label of one candidate (with these lexicon types) of an item, or None to skip it."""
    label = item.label
    if label == NONE:
        if item.source == "glocon":   # GLOCON "no contentious event": only protest words are sure
            return NONE if "PROTEST" in types else None
        return NONE
    if isinstance(label, str) and label in EVENT_TYPES:
        if item.source == "glocon" and label == "PROTEST":
            return "PROTEST" if "PROTEST" in types else None
        return label if label in types else None
    if isinstance(label, int):         # ConfliBERT PentaClass
        if label == 0:
            return "REQUEST" if "REQUEST" in types else None
        quad = CAMEO_QUAD.get(label)
        match = [t for t in types if QUAD_CLASS[t] == quad]
        return match[0] if len(match) == 1 else None
    return None
