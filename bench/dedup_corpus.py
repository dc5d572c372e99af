"""A generated corpus for the dedup evaluation: paraphrased reports of known happenings.

Each :class:`Happening` (a type, actors, a place, a date) is reported by several outlets
with sentence templates written for this corpus, varied actor wording, the place named as a
city, as "city, Country" or only as a region of the country, dates of the report the same
day or the day after (so relative day names resolve back to the happening), and some
syndicated wire copies (the same text under another outlet's name, sometimes with a line
added). Several happenings are deliberately confusable: same type and country on the same
day in another city, or the same place a week later.

``articles(seed)`` is deterministic. Run this module to print a sample.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Happening:
    key: str
    type: str
    actors: tuple            # ways of naming who did it
    recipients: tuple        # ways of naming the target / counterpart ("" where none)
    city: str
    country: str             # as written in text ("Ukraine")
    region: str              # a coarser mention ("northeastern Ukraine")
    date: dt.date
    extra: str = ""          # issue, topic or disaster, by type


@dataclass
class Article:
    id: str
    happening: str
    source: str
    date: dt.date
    text: str
    copy_of: Optional[str] = None


D = dt.date
RU = ("Russian forces", "Russia", "Russian troops", "the Russian military")
IL = ("Israeli forces", "Israel", "the Israeli military", "Israeli aircraft")
SD = ("the Rapid Support Forces", "RSF paramilitaries", "the paramilitary Rapid Support Forces")

H = [
    # -- attacks: several in the same country on the same day, in different cities
    Happening("ru-kharkiv-0312", "ASSAULT", RU, ("civilians", "residents"), "Kharkiv",
              "Ukraine", "northeastern Ukraine", D(2024, 3, 12)),
    Happening("ru-odesa-0312", "ASSAULT", RU, ("residents", "civilians"), "Odesa",
              "Ukraine", "southern Ukraine", D(2024, 3, 12)),
    Happening("ru-kharkiv-0320", "ASSAULT", RU, ("civilians", "residents"), "Kharkiv",
              "Ukraine", "northeastern Ukraine", D(2024, 3, 20)),
    Happening("ru-dnipro-0315", "ASSAULT", RU, ("residents", "civilians"), "Dnipro",
              "Ukraine", "central Ukraine", D(2024, 3, 15)),
    Happening("ru-kyiv-0325", "ASSAULT", RU, ("civilians", "residents"), "Kyiv",
              "Ukraine", "the Ukrainian capital region", D(2024, 3, 25)),
    Happening("ua-belgorod-0316", "ASSAULT", ("Ukrainian forces", "Ukraine", "Ukrainian drones"),
              ("residents", "civilians"), "Belgorod", "Russia", "western Russia", D(2024, 3, 16)),
    Happening("il-rafah-0313", "ASSAULT", IL, ("Palestinians", "civilians"), "Rafah",
              "Gaza", "southern Gaza", D(2024, 3, 13)),
    Happening("il-khan-0318", "ASSAULT", IL, ("Palestinians", "civilians"), "Khan Younis",
              "Gaza", "southern Gaza", D(2024, 3, 18)),
    Happening("sd-omdurman-0314", "ASSAULT", SD, ("villagers", "civilians"), "Omdurman",
              "Sudan", "central Sudan", D(2024, 3, 14)),
    Happening("sd-elfasher-0322", "ASSAULT", SD, ("villagers", "civilians"), "El Fasher",
              "Sudan", "western Sudan", D(2024, 3, 22)),
    Happening("mm-sagaing-0319", "ASSAULT", ("Myanmar's military", "the Myanmar junta",
              "Myanmar troops"), ("villagers", "civilians"), "Sagaing", "Myanmar",
              "northwestern Myanmar", D(2024, 3, 19)),
    # -- protests: the same city a week apart, and two cities of one country on one day
    Happening("fr-paris-0304", "PROTEST", ("French farmers", "farmers", "thousands of farmers"),
              ("",), "Paris", "France", "the French capital", D(2024, 3, 4), "fuel taxes"),
    Happening("fr-paris-0311", "PROTEST", ("French farmers", "farmers", "thousands of farmers"),
              ("",), "Paris", "France", "the French capital", D(2024, 3, 11), "fuel taxes"),
    Happening("fr-lyon-0311", "PROTEST", ("French teachers", "teachers", "hundreds of teachers"),
              ("",), "Lyon", "France", "southeastern France", D(2024, 3, 11), "school reforms"),
    Happening("de-berlin-0306", "PROTEST", ("German rail workers", "train drivers",
              "thousands of rail workers"), ("",), "Berlin", "Germany", "eastern Germany",
              D(2024, 3, 6), "low wages"),
    Happening("ke-nairobi-0313", "PROTEST", ("Kenyan opposition supporters", "protesters",
              "thousands of Kenyans"), ("",), "Nairobi", "Kenya", "the Kenyan capital",
              D(2024, 3, 13), "rising prices"),
    Happening("ar-baires-0308", "PROTEST", ("Argentine workers", "union members",
              "tens of thousands of Argentines"), ("",), "Buenos Aires", "Argentina",
              "the Argentine capital", D(2024, 3, 8), "austerity measures"),
    Happening("ge-tbilisi-0326", "PROTEST", ("Georgian students", "protesters",
              "thousands of Georgians"), ("",), "Tbilisi", "Georgia", "the Georgian capital",
              D(2024, 3, 26), "a foreign agents law"),
    Happening("kr-seoul-0320", "PROTEST", ("South Korean doctors", "trainee doctors",
              "thousands of doctors"), ("",), "Seoul", "South Korea", "the South Korean capital",
              D(2024, 3, 20), "medical school quotas"),
    Happening("pk-lahore-0309", "PROTEST", ("Pakistani opposition supporters", "protesters",
              "supporters of Imran Khan"), ("",), "Lahore", "Pakistan", "eastern Pakistan",
              D(2024, 3, 9), "the election results"),
    # -- meetings and talks
    Happening("cn-in-0306", "CONSULT", ("China's foreign minister", "Chinese Foreign Minister "
              "Wang Yi", "Beijing's top diplomat"), ("his Indian counterpart",
              "India's foreign minister", "Indian officials"), "New Delhi", "India",
              "the Indian capital", D(2024, 3, 6), "the border dispute"),
    Happening("us-ph-0311", "CONSULT", ("US Secretary of State Antony Blinken", "Blinken",
              "the top US diplomat"), ("Philippine President Ferdinand Marcos",
              "Marcos", "Philippine officials"), "Manila", "the Philippines",
              "the Philippine capital", D(2024, 3, 11), "maritime security"),
    Happening("ir-ru-0314", "CONSULT", ("Iranian officials", "Iran's foreign minister",
              "an Iranian delegation"), ("Russian officials", "Russia's foreign minister",
              "Russian diplomats"), "Moscow", "Russia", "the Russian capital", D(2024, 3, 14),
              "regional security"),
    Happening("tr-ua-0308", "CONSULT", ("Turkish President Recep Tayyip Erdogan", "Erdogan",
              "Turkey's president"), ("Ukrainian President Volodymyr Zelensky", "Zelensky",
              "his Ukrainian counterpart"), "Istanbul", "Turkey", "northwestern Turkey",
              D(2024, 3, 8), "a grain deal"),
    Happening("jp-kr-0321", "CONSULT", ("Japanese Prime Minister Fumio Kishida", "Kishida",
              "Japan's prime minister"), ("South Korean President Yoon Suk Yeol", "Yoon",
              "his South Korean counterpart"), "Tokyo", "Japan", "the Japanese capital",
              D(2024, 3, 21), "North Korea"),
    Happening("eg-qa-0317", "CONSULT", ("Egyptian mediators", "Egypt's intelligence chief",
              "Egyptian officials"), ("Qatari officials", "Qatar's prime minister",
              "Qatari mediators"), "Cairo", "Egypt", "the Egyptian capital", D(2024, 3, 17),
              "a ceasefire in Gaza"),
    Happening("de-fr-0315", "CONSULT", ("German Chancellor Olaf Scholz", "Scholz",
              "Germany's chancellor"), ("French President Emmanuel Macron", "Macron",
              "his French counterpart"), "Berlin", "Germany", "eastern Germany",
              D(2024, 3, 15), "military aid to Ukraine"),
    # -- sanctions
    Happening("us-ir-0307", "SANCTION", ("The United States", "Washington", "The US Treasury"),
              ("Iran", "Tehran", "Iranian firms"), "Tehran", "Iran", "Iran", D(2024, 3, 7),
              "its drone program"),
    Happening("eu-ru-0322", "SANCTION", ("The European Union", "The EU", "Brussels"),
              ("Russia", "Moscow", "Russian companies"), "Moscow", "Russia", "Russia",
              D(2024, 3, 22), "the war in Ukraine"),
    Happening("uk-ru-0322", "SANCTION", ("Britain", "The British government", "London"),
              ("Russia", "Moscow", "Russian officials"), "Moscow", "Russia", "Russia",
              D(2024, 3, 22), "the death of an opposition leader"),
    Happening("us-kp-0327", "SANCTION", ("The United States", "Washington", "The US Treasury"),
              ("North Korea", "Pyongyang", "North Korean banks"), "Pyongyang", "North Korea",
              "North Korea", D(2024, 3, 27), "its missile program"),
    # -- arrests
    Happening("ke-nairobi-arrest-0313", "COERCE", ("Kenyan police", "police in Kenya",
              "Kenyan security forces"), ("opposition supporters", "protesters",
              "demonstrators"), "Nairobi", "Kenya", "the Kenyan capital", D(2024, 3, 13)),
    Happening("ru-moscow-arrest-0301", "COERCE", ("Russian police", "police in Moscow",
              "Russian riot police"), ("mourners", "opposition activists", "demonstrators"),
              "Moscow", "Russia", "the Russian capital", D(2024, 3, 1)),
    Happening("ir-tehran-arrest-0310", "COERCE", ("Iranian police", "Iranian security forces",
              "police in Iran"), ("journalists", "women activists", "students"), "Tehran",
              "Iran", "the Iranian capital", D(2024, 3, 10)),
    Happening("tr-istanbul-arrest-0324", "COERCE", ("Turkish police", "police in Turkey",
              "Turkish security forces"), ("opposition politicians", "suspects", "activists"),
              "Istanbul", "Turkey", "northwestern Turkey", D(2024, 3, 24)),
    Happening("pk-lahore-arrest-0309", "COERCE", ("Pakistani police", "police in Pakistan",
              "Pakistani security forces"), ("opposition supporters", "protesters",
              "party workers"), "Lahore", "Pakistan", "eastern Pakistan", D(2024, 3, 9)),
    Happening("ve-caracas-arrest-0327", "COERCE", ("Venezuelan police", "Venezuelan "
              "security forces", "police in Venezuela"), ("opposition activists",
              "campaign staff", "activists"), "Caracas", "Venezuela", "the Venezuelan capital",
              D(2024, 3, 27)),
    # -- aid
    Happening("jp-ph-aid-0305", "AID", ("Japan", "Tokyo", "the Japanese government"),
              ("the Philippines", "Philippine flood victims", "Manila"), "Manila",
              "the Philippines", "the Philippines", D(2024, 3, 5), "severe floods"),
    Happening("us-ht-aid-0312", "AID", ("The United States", "Washington", "the US government"),
              ("Haiti", "Haitians", "Haitian families"), "Port-au-Prince", "Haiti", "Haiti",
              D(2024, 3, 12), "gang violence"),
    Happening("uk-sd-aid-0318", "AID", ("Britain", "London", "the British government"),
              ("Sudan", "Sudanese refugees", "Sudanese families"), "Khartoum", "Sudan",
              "Sudan", D(2024, 3, 18), "the famine"),
    Happening("in-lk-aid-0323", "AID", ("India", "New Delhi", "the Indian government"),
              ("Sri Lanka", "Sri Lankan families", "Colombo"), "Colombo", "Sri Lanka",
              "Sri Lanka", D(2024, 3, 23), "a cyclone"),
    Happening("eu-ps-aid-0319", "AID", ("The European Union", "The EU", "Brussels"),
              ("Gaza", "Palestinians", "Palestinian families"), "Gaza", "Gaza",
              "the Palestinian territories", D(2024, 3, 19), "the war"),
    Happening("cn-np-aid-0326", "AID", ("China", "Beijing", "the Chinese government"),
              ("Nepal", "Nepalese villagers", "Kathmandu"), "Kathmandu", "Nepal", "Nepal",
              D(2024, 3, 26), "an earthquake"),
]

T = {
    "ASSAULT": (
        "{a} shelled {p} {d}, killing {n} {r}, local officials said.",
        "At least {n} {r} were killed when {a} struck {p} with missiles {d}.",
        "{a} launched a deadly missile strike on {p} {d}, killing {n} {r}.",
        "{p} came under heavy bombardment by {a} {d}, and {n} {r} died, officials said.",
        "{a} bombed residential areas of {p} {d}; {n} {r} were reported dead.",
        "An attack by {a} on {p} {d} killed {n} {r} and wounded dozens.",
    ),
    "PROTEST": (
        "{a} protested in {p} {d} against {x}.",
        "{a} rallied in {p} {d} to denounce {x}.",
        "{a} marched through the streets of {p} {d}, protesting against {x}.",
        "In {p}, {a} demonstrated {d} against {x}, blocking main roads.",
        "{a} staged a large protest in {p} {d} over {x}.",
    ),
    "CONSULT": (
        "{a} met {r} in {p} {d} for talks on {x}.",
        "{a} held talks with {r} in {p} {d}, focusing on {x}.",
        "{a} and {r} met in {p} {d} to discuss {x}.",
        "During a visit to {p} {d}, {a} met {r} to discuss {x}.",
        "{a} hosted {r} in {p} {d} for discussions about {x}.",
    ),
    "SANCTION": (
        "{a} imposed new sanctions on {r} {d} over {x}.",
        "{a} announced sanctions against {r} {d}, citing {x}.",
        "{a} slapped fresh sanctions on {r} {d} in response to {x}.",
        "{a} imposed an asset freeze and sanctions on {r} {d} because of {x}.",
    ),
    "COERCE": (
        "{a} arrested {n} {r} in {p} {d}.",
        "{a} detained at least {n} {r} in {p} {d}, witnesses said.",
        "{a} rounded up and arrested {n} {r} in {p} {d}.",
        "In {p}, {a} arrested {n} {r} {d}, according to a rights group.",
    ),
    "AID": (
        "{a} sent humanitarian aid to {r} {d} after {x}.",
        "{a} delivered emergency relief supplies to {r} {d} following {x}.",
        "{a} provided millions of dollars in humanitarian aid to {r} {d} after {x}.",
        "{a} shipped food and medicine to {r} {d} to help after {x}.",
    ),
}

FOLLOW = (
    "Further details were not available.",
    "The report could not be independently verified.",
    "The ministry gave no further details.",
    "Local media carried footage of the scene.",
    "It was not immediately clear what would happen next.",
)

SOURCES = ("AP", "Reuters", "AFP", "BBC", "DW", "Al Jazeera", "The Guardian", "France 24",
           "NHK", "Xinhua", "CNN", "NPR", "Euronews", "Anadolu", "The Hindu", "El Pais")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _place(h: Happening, rng: random.Random) -> str:
    r = rng.random()
    if h.type in ("SANCTION", "AID"):   # the place is the recipient country, not a scene
        return h.city
    if r < 0.55:
        return h.city
    if r < 0.8:
        return f"{h.city}, {h.country}" if h.country != h.city else h.city
    if r < 0.9:
        return f"the city of {h.city} in {h.region}"
    return h.region


def _day(h: Happening, published: dt.date, rng: random.Random) -> str:
    lag = (published - h.date).days
    r = rng.random()
    if r < 0.6:
        return f"on {WEEKDAYS[h.date.weekday()]}"
    if lag == 1 and r < 0.8:
        return "yesterday"
    if lag == 0 and r < 0.8:
        return "today"
    return ""


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def article_text(h: Happening, published: dt.date, rng: random.Random) -> str:
    template = rng.choice(T[h.type])
    a, r = rng.choice(h.actors), rng.choice(h.recipients)
    lead = template.format(a=a, r=r or "people", p=_place(h, rng), d=_day(h, published, rng),
                           n=rng.choice(("three", "four", "five", "12", "20", "dozens of")),
                           x=h.extra)
    lead = _cap(" ".join(lead.replace(" ,", ",").replace(" .", ".").replace(" ;", ";").split()))
    return " ".join([lead] + rng.sample(FOLLOW, rng.choice((1, 2))))


def articles(seed: int = 8, per_happening: tuple = (3, 7), wire_share: float = 0.15
             ) -> list[Article]:
    """Reports of every happening in :data:`H` (5 on average), some of them wire copies."""
    rng = random.Random(seed)
    out: list[Article] = []
    for hi, h in enumerate(H):
        n = rng.randint(*per_happening)
        sources = rng.sample(SOURCES, n)
        mine: list[Article] = []
        for k, source in enumerate(sources):
            published = h.date + dt.timedelta(days=rng.choice((0, 0, 1)))
            aid = f"{h.key}-{k}"
            if mine and rng.random() < wire_share:   # a syndicated copy of a wire story
                orig = rng.choice(mine)
                text = orig.text
                if rng.random() < 0.5:
                    text += " " + rng.choice(FOLLOW)
                mine.append(Article(aid, h.key, source, orig.date, text,
                                    copy_of=orig.id))
                continue
            mine.append(Article(aid, h.key, source, published, article_text(h, published, rng)))
        out += mine
    return out


def happening_keys() -> list[str]:
    return [h.key for h in H]


if __name__ == "__main__":
    arts = articles()
    print(f"{len(H)} happenings, {len(arts)} articles, "
          f"{sum(a.copy_of is not None for a in arts)} wire copies")
    for a in arts[:12]:
        print(a.date, a.source, "|", a.text)
