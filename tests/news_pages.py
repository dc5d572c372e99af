"""Thirty HTML pages in the styles of common news sites, written for the tests.

Six page styles (wire service, public broadcaster, broadsheet, agency, blog,
local paper with comments) times five short articles. Each page knows its
article paragraphs and the boilerplate lines it carries, so a test can check
that extraction keeps every paragraph and no boilerplate.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

ARTICLES = [
    ("Port city shelled overnight as talks stall", "2023-03-02", [
        "ODESSA, Ukraine (AP) — Artillery fire struck the port district of Odessa overnight, damaging two grain terminals and a warehouse, regional officials said on Thursday.",
        "The regional governor said that no one was killed but that four dock workers were treated for injuries after a fire spread through a storage shed near the main quay.",
        "Negotiations on extending the grain corridor have stalled since last week, when delegations left Istanbul without agreeing on inspection rules for outgoing ships.",
        "\"We will keep the port open whatever happens,\" the harbour master told reporters at the gate, adding that loading would resume within two days.",
    ]),
    ("Opposition calls for strike after disputed vote", "2023-05-17", [
        "The main opposition coalition called on Wednesday for a nationwide general strike, rejecting the official results of Sunday's parliamentary election as fraudulent.",
        "Coalition leaders said their observers had recorded ballot stuffing at more than three hundred polling stations in the capital and two northern provinces.",
        "The electoral commission denied the accusations and said the count had been verified by international monitors from the regional bloc.",
        "Police deployed armoured vehicles around the commission's headquarters on Wednesday evening, and the interior ministry warned that unauthorised gatherings would be dispersed.",
        "Diplomats from several embassies urged both sides to settle the dispute in the courts.",
    ]),
    ("Ministers agree to restore flights between the two capitals", "2023-07-08", [
        "Foreign ministers of the two neighbouring countries agreed on Saturday to restore direct flights between their capitals, suspended for almost four years.",
        "The agreement, signed at a border town after six hours of talks, also provides for the reopening of consulates and a joint committee on water sharing.",
        "Both ministers described the meeting as constructive, although neither answered questions about the disputed river islands.",
        "Airlines from both countries are expected to announce schedules next month.",
    ]),
    ("Aid convoy reaches besieged town after weeks of delays", "2023-09-21", [
        "A convoy of twenty trucks carrying food and medicine reached the besieged town on Thursday, the first aid to arrive since fighting cut the main road in August.",
        "The United Nations said the convoy carried enough flour for ten thousand people for a month, as well as surgical kits for the town's only working hospital.",
        "Local doctors said dozens of patients had died for lack of insulin and dialysis supplies during the siege.",
        "Armed groups on both sides had agreed to a six-hour pause to let the trucks through, according to a statement from the relief agency.",
    ]),
    ("Navy seizes fishing boats in disputed waters", "2023-11-30", [
        "The coast guard seized six foreign fishing boats and detained forty crew members in disputed waters off the southern islands on Tuesday, the navy said.",
        "The foreign ministry of the boats' home country summoned the ambassador and demanded the immediate release of the fishermen.",
        "A navy spokesman said the vessels had ignored repeated warnings and were using banned drift nets inside the exclusive economic zone.",
        "The two governments have argued over the fishing grounds for decades, and a joint commission set up in 2019 has not met for two years.",
        "Families of the detained crew gathered outside the port authority building on Wednesday morning.",
    ]),
]

NAV = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"]
BOILER = {
    "nav_title": "Subscribe for unlimited access",
    "ad": "Advertisement - scroll to continue",
    "related": ["Markets slide as oil prices jump", "Ten recipes for a quick weekend lunch",
                "Football club names new head coach"],
    "newsletter": "Sign up for our morning newsletter and get the news in your inbox",
    "share": "Share this article on Facebook",
    "cookie": "We use cookies to improve your experience on our site",
    "footer": "Copyright 2023 The Daily Ledger. All rights reserved.",
    "comments": ["What a shame, nobody in charge ever listens to the people.",
                 "I have been saying this for years and still nothing changes."],
    "readmore": "Read more: how the crisis began",
    "credit": "Workers clear rubble at the site. Photo: Jane Roe/Ledger Pictures",
    "byline": "By Maria Lopez and Tom Brant, Ledger correspondents",
}


@dataclass
class NewsPage:
    name: str
    html: str
    paragraphs: list[str]
    boilerplate: list[str]


def _head(title: str, date: str, site: str) -> str:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)} | {site}</title>"
            f"<meta property=\"og:title\" content=\"{escape(title)}\">"
            f"<meta property=\"og:site_name\" content=\"{site}\">"
            f"<meta property=\"article:published_time\" content=\"{date}T08:30:00Z\">"
            f"<meta name=\"author\" content=\"Maria Lopez\"></head>")


def _nav() -> str:
    items = "".join(f"<li><a href=\"/{n.lower()}\">{n}</a></li>" for n in NAV)
    return (f"<header><div class=\"top\"><a href=\"/subscribe\">{BOILER['nav_title']}</a></div>"
            f"<nav class=\"main-nav\"><ul>{items}</ul></nav></header>")


def _related() -> str:
    links = "".join(f"<li><a href=\"/r{i}\">{escape(t)}</a></li>" for i, t in enumerate(BOILER["related"]))
    return f"<aside class=\"related\"><h3>Related stories</h3><ul>{links}</ul></aside>"


def _comments() -> str:
    items = "".join(f"<li class=\"comment\"><span class=\"user\">reader{i}</span><p>{escape(c)}</p></li>"
                    for i, c in enumerate(BOILER["comments"]))
    return f"<section id=\"comments\" class=\"comments\"><h3>Comments (2)</h3><ol>{items}</ol></section>"


def _footer() -> str:
    return (f"<footer><p>{BOILER['footer']}</p><a href=\"/privacy\">Privacy policy</a></footer>"
            f"<div class=\"cookie-banner\"><p>{BOILER['cookie']}</p><button>Accept</button></div>")


def _paras(paragraphs: list[str], inserts: dict[int, str]) -> str:
    out = []
    for i, p in enumerate(paragraphs):
        out.append(f"<p>{escape(p)}</p>")
        if i in inserts:
            out.append(inserts[i])
    return "".join(out)


def style_wire(title, date, paras):
    ad = f"<div class=\"ad-slot\"><span>{BOILER['ad']}</span></div>"
    return (_head(title, date, "Wire Service") + "<body>" + _nav() +
            f"<main><article><h1>{escape(title)}</h1><div class=\"byline\">{BOILER['byline']}</div>"
            f"<time datetime=\"{date}\">{date}</time><div class=\"story\">" + _paras(paras, {1: ad}) +
            "</div></article>" + _related() + "</main>" + _footer() + "</body></html>")


def style_broadcaster(title, date, paras):
    share = f"<div class=\"share-tools\"><a href=\"#\">{BOILER['share']}</a></div>"
    return (_head(title, date, "Public Broadcaster") + "<body>" + _nav() +
            f"<div id=\"main-content\"><article><header><h1 id=\"main-heading\">{escape(title)}</h1></header>"
            + share + "".join(f"<div data-component=\"text-block\"><p>{escape(p)}</p></div>" for p in paras) +
            f"</article><section class=\"newsletter\"><p>{BOILER['newsletter']}</p></section>" + _related() +
            "</div>" + _footer() + "</body></html>")


def style_broadsheet(title, date, paras):
    fig = (f"<figure><img src=\"/img.jpg\" alt=\"rubble\"><figcaption>{escape(BOILER['credit'])}"
           "</figcaption></figure>")
    return (_head(title, date, "The Daily Ledger") + "<body>" + _nav() +
            f"<div class=\"content\"><h1>{escape(title)}</h1><article class=\"article-body\">" + fig +
            _paras(paras, {0: f"<p class=\"inline-link\"><a href=\"/x\">{BOILER['readmore']}</a></p>"}) +
            "</article>" + _comments() + "</div>" + _footer() + "</body></html>")


def style_agency(title, date, paras):
    return (_head(title, date, "Global Agency") + "<body>" + _nav() +
            f"<div class=\"article\"><h1 class=\"headline\">{escape(title)}</h1>"
            "<div class=\"article-body__content\">" + _paras(paras, {}) + "</div>"
            f"<div class=\"trust\"><p>{BOILER['ad']}</p></div>" + _related() + "</div>" + _footer() +
            "</body></html>")


def style_blog(title, date, paras):
    sidebar = (f"<div id=\"sidebar\" class=\"widget-area\"><div class=\"widget\"><h3>Newsletter</h3>"
               f"<p>{BOILER['newsletter']}</p></div>" + _related() + "</div>")
    return (_head(title, date, "Frontline Blog") + "<body class=\"post-template\">" + _nav() +
            f"<div id=\"content\"><div class=\"post\"><h2 class=\"entry-title\">{escape(title)}</h2>"
            f"<div class=\"entry-meta\">Posted on {date}</div><div class=\"entry-content\">" +
            _paras(paras, {}) + f"<div class=\"sharedaddy\"><a>{BOILER['share']}</a></div></div></div>" +
            _comments() + "</div>" + sidebar + _footer() + "</body></html>")


def style_local(title, date, paras):
    ad = f"<div class=\"advert\"><p>{BOILER['ad']}</p></div>"
    return (_head(title, date, "Valley Gazette") + "<body>" + _nav() +
            f"<div class=\"container\"><div class=\"story-body\"><h1>{escape(title)}</h1>" +
            _paras(paras, {0: ad, 2: ad}) + "</div>" + _comments() +
            f"<div class=\"promo\"><p>{BOILER['newsletter']}</p></div></div>" + _footer() + "</body></html>")


STYLES = [style_wire, style_broadcaster, style_broadsheet, style_agency, style_blog, style_local]


def boilerplate_lines() -> list[str]:
    out = []
    for value in BOILER.values():
        out.extend(value if isinstance(value, list) else [value])
    return out


def pages() -> list[NewsPage]:
    out = []
    for style in STYLES:
        for n, (title, date, paras) in enumerate(ARTICLES):
            out.append(NewsPage(f"{style.__name__}-{n}", style(title, date, paras), paras, boilerplate_lines()))
    return out
