"""Generated multi-page news sites: AEB gold bodies wrapped in per-site templates, with their gold bodies.

Each site has its own template drawn from an archetype (portal, blog, magazine, wire; tabloid, regional,
techblog; broadcaster, sports, business, opinion; local, science, travel; weekly, pressroom, review,
radio; factcheck, metro, charity, academic; newswire, recipe, alerts, club; courts, estate, screen,
ballot; council, fashion, advice; motoring, obituary, money; gaming, campus, health; research, community,
agri; culture, bulletin, recall) and a language's wording (bench/sitewords.py), and every page varies the
way real pages do: dates, counters, teaser and trending titles, optional blocks (cookie banner, breaking
ticker, updated line, comments), A/B variants of the share row, ad labels and "read also" teasers between
paragraphs. Some sites hard-wrap their text or print no blank lines; a few re-crawled pages appear twice
in the learning half. Every page exists as text (what a scraper stores) and as HTML (bench/sitehtml.py);
both have the same gold body.

What the gold body holds: the article's paragraphs. Not the headline, nor what a site sets apart around the
article: a standfirst (the summary under the headline, which real sites also give as the page's description),
bullet points or key takeaways summarising it, captions, bylines, ads, and the boxes a site's template sets
around or inside it (a fact-check's claim and rating, a donation appeal, a disclosure statement, a paywall's
meter, a company's boilerplate, a recipe box, a warning box, a case box, a listing box, a results table, a
spoiler warning, a meeting box, a shop-the-look box, a reader's question line, a road test's spec box and
verdict, a death notice's life line and funeral details, a rate table, a game's card, score and pros and cons,
a student reporter's bio line, a correction, a medical reviewer's line, a symptom checker box, a consent
banner, an end-of-article mark, an agency's bare credit, a journal reference, funders, notes to editors, a
media contact, a thought for the week, a diary of events, a weather line, a market prices box, an editor's
note, a star rating, a venue box, a newsletter's greeting, contents, dividers, sponsor and sign-off, a recall
box). The standfirst is the page's own summary: the AEB page's meta description when that is more than the
lead's first words.

Splits: ``tune`` (portal and blog templates in en, id, de, ru) is the one to look at while working on
the learner; ``heldout`` (the magazine and wire archetypes in any language, and any archetype in fr,
es, zh, pt) was only measured until its magazine sites had been looked at; ``heldout2`` (tabloid,
regional and techblog templates in any language, and the first four archetypes in it, nl, pl, cs),
written before the learner was worked on again, was only measured until its end; ``heldout3``
(broadcaster, sports, business and opinion templates, with comment threads as comment systems print
them, credited captions, galleries, embeds, fact boxes and summaries, and older archetypes in sv, ro,
vi, uk), written after heldout2 had been looked at, was only measured until its end; ``heldout4``
(local news with live updates, a science and health desk, a travel section, with their own wording:
clips, galleries, info boxes, summaries, quotes, sources, sponsor and affiliate notes, price boxes,
events; and three new languages, fi, tr, da), written after heldout3 had been looked at, was only
measured until its end; ``heldout5`` (a weekly magazine's long reads, a town hall's press room, a tech
review site, a radio station with podcasts, with their own wording: print-issue notes, press contacts
and attachments, ratings, pros and cons and spec boxes, buy boxes, podcast players; and three new
languages, hu, nb, el), written after heldout4 had been looked at, was only measured until its end;
``heldout6`` (a fact-checking desk, a metered regional daily, an aid organisation's newsroom, an
academics' explainer site, with their own wording: claim boxes and ratings, sources, screenshots and
archive links, paywall meters, e-paper and weather, push prompts, job listings, donation appeals and
petitions, changed-names notes, author posts, disclosure statements, republishing notes, charts; and
three new languages, hr, bg, ca), written after heldout5 had been looked at, is only measured;
``heldout7`` (a press-release newswire, a newspaper's food section, a traffic, transit and weather
alert desk, a football club's news pages, with their own wording: who a release is from, datelines,
company boilerplate, forward-looking statements, media contacts and source lines, recipe boxes with
times, ingredients, method, nutrition and ratings, warning boxes with levels and validity, disruption
status with affected lines and roads and the time of the last check, the next match, result cards,
ticket notices, fixtures and the partners' strip; and three new languages, sk, sl, lt), written after
heldout6 had been looked at, by a helper not working on the learner, is only measured;
``heldout8`` (a newspaper's courts desk, its property section, a TV and streaming desk, an election
results desk, with their own wording: case boxes with the court, case number, judge, charge and stage,
the presumption of innocence, "not final" notices, next hearings, reporting restrictions, victims'
helplines, comments closed for legal reasons, related rulings; listing boxes with price, rooms, area,
address, energy class and listing number, agents' cards, mortgage calculator prompts, prices per square
metre, home searches and similar homes; spoiler warnings, where a show is streaming, stars and
verdicts, cast, age rating and running time, trailers, tonight's listings with channel and time,
affiliate notes; live banners, the share counted, results tables, provisional-results notices,
turnout, seat counts, polls with institute and sample, polling-day notices, polling-station finders
and candidate cards; and three new languages, et, lv, ko), written after heldout7 had been looked at,
by a helper not working on the learner, is only measured.
``heldout9`` (a town council's meetings desk, a fashion and lifestyle magazine, an advice column, with
their own wording: meeting boxes with the body and day, agenda item, decision and vote, draft-minutes
notices, meeting recordings, next meetings, how residents take part, the meeting's documents, councillors'
cards, the communications office's line; commission notes, shop-the-look boxes and product cards between
paragraphs, prices notes, the shoot's credits, gallery counts, save-to-Pinterest buttons, horoscope
teasers; who wrote in, the answer's label, names-changed notes, the column's disclaimer, helplines,
columnists' cards, how to write in, was-this-helpful questions and earlier letters; and three new
languages, ja, sr, is), written after heldout8 had been looked at, by a helper not working on the
learner, is only measured.
``heldout10`` (a newspaper's motoring section, an obituaries and death-notices page, a personal-finance
desk, with their own wording: road-test spec boxes with engine, power, sprint, consumption and price over,
inside or under the story, verdicts and ratings, official-consumption notes, press-car notes, dealer boxes
with finance offers between paragraphs, gallery counts, compare prompts; life lines with the dates or
years and age, funeral and memorial services, funeral directors' credits, the family's wishes, candles lit,
guestbooks with their entries, flowers and place-a-notice lines; reviewed-by lines, affiliate disclosures,
rate tables with the date the rates were checked, capital-at-risk warnings on pieces about investing,
not-advice and editorial-independence notes, calculator prompts; and three new languages, he, th, hi),
written after heldout9 had been looked at, by a helper not working on the learner, is only measured.
``heldout11`` (a video-game news and reviews site, a university's student newspaper, a health desk with
medical review, with their own wording: game cards with developer, publisher, release, platforms and age
rating over or under the story, one line or several, which platform a review was played on and who gave
the code, trailers between paragraphs, pros and cons, scores with or without the verdict's heading, the
platforms a game is out on, pre-order lines with prices; student bylines with role and class year, bio
lines with year and course, corrections on some stories over or under them, print-edition lines, accuracy
policies, support-student-journalism appeals between paragraphs or under the story, tips lines, the
paper's independence line; medically-reviewed lines with the reviewer and date, not-medical-advice notes,
symptom checker boxes between paragraphs, emergency lines on some stories, related conditions and cited
sources; and three new languages, ar, ms, sw, Arabic pages right to left and some Arabic sites in
Arabic-Indic digits), written after heldout10 had been looked at, by a helper not working on the learner,
is only measured.
``heldout12`` (a university's research newsroom, a church and community weekly, a farming and weather desk,
with their own wording: bylines that are only a name on some sites, consent banners over or under the page
on some pages in a wording the site is testing on some visits, corrections on some stories over or under
them, end-of-article marks, notices on some pages (an old release, an office closed, the next issue);
image credits between paragraphs, journal references with DOIs, funders, the university's boilerplate and
media contacts set apart as notes to editors on some sites, writers' bios, podcast promos; issue lines,
the thought or verse of the week (the same all week), diaries of coming events, appeals for gifts between
paragraphs or under the story, letters lines; weather lines for the paper's town, market prices boxes
(the week's prices and change, their source and date) between paragraphs or under the story, bare agency
credits, agronomy disclaimers, auction notices; and three new languages, fa, bn, af, Persian pages right
to left, some Persian and Bengali sites in their own digits), written after heldout11 had been looked
at, by a helper not working on the learner, is only measured.
``heldout13`` (a culture listings and reviews guide, a daily email newsletter's web edition, a consumer desk's
product recalls, with their own wording: bylines that are only a name on some sites, update lines with the
time on some pages and first-published lines on some sites, editor's notes or corrections on some stories
over or under them, end-of-article marks, notices on some pages, "read more" lines and bare photo credits
between paragraphs, consent banners over or under the page in the wordings a site is testing; star ratings
over or under the review, critic's picks, venue boxes (venue, dates, tickets, running time, age guidance, a
booking button) over, inside or under the review, the performance seen, ticket affiliate notes, the week's
listings; view-online and forwarded lines, issue lines, greetings, contents lists, dividers and the week's
sponsor between sections or under the story, sign-offs, who wrote it, reply and share lines, why the reader
gets it and the unsubscribe links; recall boxes (product, maker, batches, best-before date, reason) over,
inside or under the story, what to do, the regulator as the source, the maker asked for comment or its
answer noted, links to all recalls, helplines and tips lines; and three new languages, gl, ur, tl, Urdu
pages right to left), written after heldout12 had been looked at, by a helper not working on the learner,
is only measured.
``shells``, also only measured, wraps the articles in real pages' own text (the AEB pages dumped as a
scraper stores them, cut around their article), varying only what varies on a real site: titles, dates
and counters, some list headlines.

Usage: ``python bench/sitegen.py OUTDIR`` writes every site as OUTDIR/<split>/<site>/{learn,test}/NN.txt
(and NN.html for generated sites) and OUTDIR/<split>/<site>/gold/NN.txt for the test pages, for reading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import json
import random
import sys
import textwrap
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb
import sitehtml
from sitewords import (
    ADVICE,
    AGRI,
    ARABIC_DIGITS,
    BALLOT,
    BULLETIN,
    CAMPUS,
    CLUB,
    COMMUNITY,
    COUNCIL,
    COURTS,
    CULTURE,
    DAY_DATES,
    DOI_PREFIXES,
    EIGHTH_SEPARATORS,
    EIGHTH_SITE_NAMES,
    ELEVENTH_DECIMALS,
    ELEVENTH_SEPARATORS,
    ELEVENTH_SITE_NAMES,
    ESTATE,
    EXCHANGES,
    FASHION,
    FIFTH,
    FOURTH,
    GAME_PLATFORMS,
    GAME_PRICES,
    GAMES,
    GAMING,
    HEALTH,
    JOURNALS,
    MONEY,
    MORE,
    MOTORING,
    NATIVE_DIGITS,
    NATIVE_SEPARATORS,
    NINTH_SEPARATORS,
    NINTH_SITE_NAMES,
    OBITUARY,
    PAPERS,
    PHONES,
    PUBLISHERS,
    RECALL,
    RESEARCH,
    SCREEN,
    SEVENTH,
    SEVENTH_SEPARATORS,
    SEVENTH_SITE_NAMES,
    SIXTH,
    SIXTH_SITE_NAMES,
    SIXTH_TAGLINES,
    STUDIOS,
    TENTH_DECIMALS,
    TENTH_SEPARATORS,
    TENTH_SITE_NAMES,
    THIRD,
    THIRTEENTH,
    THIRTEENTH_DECIMALS,
    THIRTEENTH_SEPARATORS,
    THIRTEENTH_SITE_NAMES,
    TIMES13,
    TLDS,
    TOWNS,
    TWELFTH,
    TWELFTH_DECIMALS,
    TWELFTH_SEPARATORS,
    TWELFTH_SITE_NAMES,
    WORDS,
    Club,
    Fifth,
    Fourth,
    More,
    Seventh,
    Sixth,
    Third,
    Words,
)

PAGES_PER_SITE = 40
SHELLS = 24
DIGITS_RE = regex.compile(r"\d+")
# A line that reads like a headline in a story list: five to fifteen words, no full stop at the end.
HEADLINE_RE = regex.compile(r"(?:\S+ ){4,14}\S+(?<![.!?:])")
MAX_CHUNKS = 3
LEARN_PAGES = 20
TUNE = [("portal", lang, seed) for lang in ("en", "id", "de", "ru") for seed in (1, 2)] + [
    ("blog", lang, 1) for lang in ("en", "id", "de", "ru")
]
HELDOUT = (
    [("magazine", lang, 1) for lang in ("en", "fr", "es", "zh", "pt", "id")]
    + [("wire", lang, 1) for lang in ("en", "de", "fr", "es", "zh", "ru")]
    + [("portal", lang, 1) for lang in ("fr", "es", "zh", "pt")]
    + [("blog", lang, 1) for lang in ("fr", "es", "zh")]
)
# Written after the first two splits had been looked at, before any work on the learner against them:
# three new archetypes in any language, and the old ones in four new languages. Only measured.
HELDOUT2 = (
    [("tabloid", lang, 1) for lang in ("en", "de", "it", "pl")]
    + [("regional", lang, 1) for lang in ("en", "fr", "nl", "cs")]
    + [("techblog", lang, 1) for lang in ("en", "es", "ru", "zh")]
    + [("portal", "it", 1), ("magazine", "nl", 1), ("wire", "pl", 1), ("blog", "cs", 1), ("magazine", "cs", 1)]
)
# Written after heldout2 had been looked at, before any work on the learner against it: four new
# archetypes (a broadcaster, a sports desk, a business paper, an opinion section) with comment threads
# as comment systems print them, credited captions, galleries, embeds, fact boxes and summaries, and
# the older archetypes in four new languages (sv, ro, vi, uk). Only measured.
HELDOUT3 = (
    [("broadcaster", lang, 1) for lang in ("en", "sv", "vi", "de")]
    + [("sports", lang, 1) for lang in ("en", "uk", "ro", "es")]
    + [("business", lang, 1) for lang in ("sv", "vi", "de", "en")]
    + [("opinion", lang, 1) for lang in ("uk", "ro", "es", "en")]
    + [("portal", "vi", 1), ("blog", "vi", 2), ("tabloid", "ro", 1), ("wire", "ro", 2)]
    + [("regional", "sv", 1), ("techblog", "uk", 1), ("magazine", "uk", 2)]
)
# Written after heldout3 had been looked at, before any work on the learner against it: three new
# archetypes (local news with live updates, a science and health desk, a travel section) with their
# own wording, three new languages (fi, tr, da), and older archetypes in them. Only measured.
HELDOUT4 = (
    [("local", lang, 1) for lang in ("fi", "pt", "da", "pl")]
    + [("science", lang, 1) for lang in ("tr", "it", "en", "da")]
    + [("travel", lang, 1) for lang in ("fi", "pt", "tr", "it")]
    + [("portal", "fi", 1), ("wire", "tr", 1), ("blog", "da", 1), ("magazine", "pl", 2)]
)
# Written after heldout4 had been looked at, before any work on the learner against it: four new
# archetypes (a weekly magazine's long reads, a town hall's press room, a tech review site, a radio
# station with its podcasts) with their own wording, three new languages (hu, nb, el), and older
# archetypes in them. Only measured.
HELDOUT5 = (
    [("weekly", lang, 1) for lang in ("en", "hu", "nb", "cs")]
    + [("pressroom", lang, 1) for lang in ("el", "hu", "nb", "en")]
    + [("review", lang, 1) for lang in ("cs", "el", "en", "nb")]
    + [("radio", lang, 1) for lang in ("hu", "el", "cs", "en")]
    + [("portal", "hu", 1), ("wire", "nb", 1), ("blog", "el", 1), ("magazine", "nb", 2)]
)
# Written after heldout5 had been looked at, before the learner was run on it: four new archetypes (a
# fact-checking desk, a metered regional daily, an aid organisation's newsroom, an academics' explainer
# site) with their own wording, three new languages (hr, bg, ca), and older archetypes in them. Only
# measured.
HELDOUT6 = (
    [("factcheck", lang, 1) for lang in ("en", "hr", "bg", "de")]
    + [("metro", lang, 1) for lang in ("de", "ca", "hr", "en")]
    + [("charity", lang, 1) for lang in ("bg", "ca", "en", "de")]
    + [("academic", lang, 1) for lang in ("ca", "bg", "hr", "en")]
    + [("portal", "ca", 1), ("wire", "hr", 1), ("blog", "bg", 1), ("magazine", "bg", 2)]
)
# Written after heldout6 had been looked at, by a helper not working on the learner, before the learner was
# run on it: four new archetypes (a press-release newswire, a newspaper's food section with recipes, a
# traffic, transit and weather alert desk, a football club's news pages) with their own wording, three new
# languages (sk, sl, lt), and older archetypes in them. Only measured.
HELDOUT7 = (
    [("newswire", lang, 1) for lang in ("en", "sk", "lt", "es")]
    + [("recipe", lang, 1) for lang in ("sl", "en", "sk", "es")]
    + [("alerts", lang, 1) for lang in ("lt", "sl", "en", "sk")]
    + [("club", lang, 1) for lang in ("sl", "lt", "en", "es")]
    + [("portal", "sl", 1), ("wire", "sk", 1), ("blog", "lt", 1), ("magazine", "lt", 2)]
)
# Written after heldout7 had been looked at, by a helper not working on the learner, before the learner was
# run on it: four new archetypes (a courts desk, a property section with listings, a TV and streaming desk,
# an election results desk) with their own wording, three new languages (et, lv, ko), and older archetypes
# in them. Only measured.
HELDOUT8 = (
    [("courts", lang, 1) for lang in ("en", "de", "et", "lv")]
    + [("estate", lang, 1) for lang in ("et", "lv", "ko", "en")]
    + [("screen", lang, 1) for lang in ("ko", "de", "en", "lv")]
    + [("ballot", lang, 1) for lang in ("lv", "et", "ko", "de")]
    + [("portal", "ko", 1), ("wire", "et", 1), ("blog", "lv", 1), ("magazine", "ko", 2)]
)
# Written after heldout8 had been looked at, by a helper not working on the learner, before the learner was
# run on it: three new archetypes (a town council's meetings desk, a fashion and lifestyle magazine with
# shoppable looks, an advice column) with their own wording, three new languages (ja, sr, is), and older
# archetypes in them. Only measured.
HELDOUT9 = (
    [("council", lang, 1) for lang in ("en", "fr", "sr", "is")]
    + [("fashion", lang, 1) for lang in ("ja", "fr", "en", "sr")]
    + [("advice", lang, 1) for lang in ("is", "ja", "en", "fr")]
    + [("portal", "is", 1), ("wire", "ja", 1), ("blog", "sr", 1), ("magazine", "ja", 2)]
)
# Written after heldout9 had been looked at, by a helper not working on the learner, before the learner was
# run on it: three new archetypes (a newspaper's motoring section with road tests, an obituaries and
# death-notices page with its guestbook, a personal-finance desk with rate tables) with their own wording,
# three new languages (he, th, hi), and older archetypes in them. Only measured.
HELDOUT10 = (
    [("motoring", lang, 1) for lang in ("de", "he", "hi", "en")]
    + [("obituary", lang, 1) for lang in ("en", "th", "de", "he")]
    + [("money", lang, 1) for lang in ("th", "en", "hi", "fr")]
    + [("portal", "he", 1), ("wire", "th", 1), ("blog", "hi", 1), ("magazine", "he", 2), ("magazine", "th", 3)]
)
# Written after heldout10 had been looked at, by a helper not working on the learner, before the learner was
# run on it: three new archetypes (a video-game news and reviews site, a university's student newspaper, a
# health desk with medical review) with their own wording, three new languages (ar, ms, sw), and older
# archetypes in them. Only measured.
HELDOUT11 = (
    [("gaming", lang, 1) for lang in ("en", "ar", "ms", "de")]
    + [("campus", lang, 1) for lang in ("sw", "en", "ms", "de")]
    + [("health", lang, 1) for lang in ("ar", "sw", "en", "fr")]
    + [("portal", "ar", 1), ("wire", "ms", 1), ("blog", "sw", 1), ("magazine", "ar", 2), ("magazine", "sw", 3)]
)
# Written after heldout11 had been looked at, by a helper not working on the learner, before the learner was
# run on it: three new archetypes (a university's research newsroom, a church and community weekly, a
# farming and weather desk) with their own wording, three new languages (fa, bn, af), and older archetypes
# in them. Only measured.
HELDOUT12 = (
    [("research", lang, 1) for lang in ("en", "fa", "bn", "de")]
    + [("community", lang, 1) for lang in ("af", "en", "bn", "fr")]
    + [("agri", lang, 1) for lang in ("fa", "af", "en", "de")]
    + [("portal", "fa", 1), ("wire", "bn", 1), ("blog", "af", 1), ("magazine", "af", 2), ("magazine", "bn", 3)]
)
# Written after heldout12 had been looked at, by a helper not working on the learner, before the learner was
# run on it: three new archetypes (a culture listings and reviews guide, a daily email newsletter's web
# edition, a consumer desk's product recalls) with their own wording, three new languages (gl, ur, tl), and
# older archetypes in them. Only measured.
HELDOUT13 = (
    [("culture", lang, 1) for lang in ("en", "gl", "ur", "tl")]
    + [("bulletin", lang, 1) for lang in ("tl", "en", "gl", "de")]
    + [("recall", lang, 1) for lang in ("ur", "de", "en", "tl")]
    + [("portal", "tl", 1), ("wire", "gl", 1), ("blog", "ur", 1), ("magazine", "gl", 2), ("magazine", "tl", 3)]
)
TITLE_RE = regex.compile(r"<meta[^>]+property=.og:title.[^>]+content=\"([^\"]+)\"|<title[^>]*>(.*?)</title>", regex.S)
TITLE_SUFFIX_RE = regex.compile(r"\s+[|\N{EM DASH}\N{EN DASH}-]\s+[^|\N{EM DASH}\N{EN DASH}]{2,40}$")
SENTENCE_END_RE = regex.compile(
    r"(?<=[.!?\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}])\s+"
)
# Dialogue dashes and quotes around a headline made from a first sentence, and its final punctuation.
TITLE_TRIM_RE = regex.compile(
    r"^[\p{Pd}\p{Pi}\p{Pf}\p{Ps}\"\s]+|[\p{Pd}\p{Pi}\p{Pf}\p{Pe}\"\s.,;:!?\N{HORIZONTAL ELLIPSIS}]+$"
)
DESCRIPTION_RE = regex.compile(
    r"<meta[^>]+(?:name|property)=.(?:og:)?description.[^>]+content=\"([^\"]+)\""
    r"|<meta[^>]+content=\"([^\"]+)\"[^>]+(?:name|property)=.(?:og:)?description.",
    regex.I,
)
SUMMARY_MIN_CHARS = 60
# Enough of a transliteration for a Russian site's domain.
CYRILLIC = str.maketrans(
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abvgdeezziiklmnoprstufhccss_y_eua", strict=True))
    | {
        c.upper(): v
        for c, v in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abvgdeezziiklmnoprstufhccss_y_eua", strict=True)
    }
)
STOPWORDS = {"en": " the ", "pt": " não ", "de": " und ", "fr": " les ", "es": " los ", "id": " yang ", "ru": " и "}


@dataclass(frozen=True)
class Article:
    """An article: its headline, its paragraphs (the gold body) and, when its page had one, its summary.

    The summary is the page's meta description when that is not just the lead's first words: the
    standfirst ("dek") a site sets between the headline and the byline. As in the AEB gold (a dek
    set apart in its own element under the headline is left out of the body on 14 of the 15 pages
    that have one: wsj.com, vox.com, wired.com, cbssports.com, aljazeera.com...), a standfirst is
    not article text; the lead paragraph is.
    """

    title: str
    paragraphs: tuple[str, ...]
    lang: str
    summary: str | None = None

    @property
    def gold(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class GenPage:
    name: str
    text: str
    gold: str
    title: str
    html: str = ""  # the same page as HTML (generated sites only)
    url: str | None = None


@dataclass(frozen=True)
class GenSite:
    name: str
    lang: str
    archetype: str
    split: str
    learn: tuple[GenPage, ...]
    test: tuple[GenPage, ...]


# --- bodies ----------------------------------------------------------------------------------------


def _language(text: str) -> str:
    low = f" {text.lower()} "
    if regex.search(r"\p{Hangul}", low):
        return "ko"
    if regex.search(r"[\p{Hiragana}\p{Katakana}]", low):
        return "ja"
    if regex.search(r"\p{Han}", low):
        return "zh"
    return max(STOPWORDS, key=lambda k: low.count(STOPWORDS[k]))


def _title(page: aeb.Page) -> str:
    m = TITLE_RE.search(page.html.decode("utf-8", "replace"))
    raw = html.unescape((m.group(1) or m.group(2)) if m else "").strip()
    raw = " ".join(TITLE_SUFFIX_RE.sub("", raw).split())
    return raw or _first_words(page.gold)


def _summary(page: aeb.Page, paragraphs: list[str]) -> str | None:
    """The page's meta description, if it is a summary of its own and not the lead's first words."""
    m = DESCRIPTION_RE.search(page.html.decode("utf-8", "replace"))
    text = " ".join(html.unescape(m.group(1) or m.group(2)).split()) if m else ""
    if len(text) < SUMMARY_MIN_CHARS or not SENTENCE_END_RE.search(text + " "):
        return None
    start = _plain(text)[:60]
    gold = _plain(" ".join(paragraphs))
    return None if not start or start in gold else text


def _first_words(text: str, n: int = 9) -> str:
    """A headline made from an article's first words (without the sentence's punctuation)."""
    first = SENTENCE_END_RE.split(text.strip(), maxsplit=1)[0]
    words = first.split()
    title = " ".join(words[:n]) if len(words) > 1 else first[:30]
    return TITLE_TRIM_RE.sub("", title)


def _chunks(paragraphs: list[str], lang: str) -> Iterator[Article]:
    """Long native-language bodies cut into several articles of at least three paragraphs.

    Paragraphs the source repeats (an interview's recurring questions) are kept once only, and one
    source gives at most MAX_CHUNKS articles, so that the pieces do not share lines and structure the
    way different articles of a site rarely do.
    """
    counts = Counter(paragraphs)
    run: list[str] = []
    made = 0
    for para in paragraphs:
        if counts[para] > 1:
            continue
        run.append(para)
        if len(run) >= 3 and sum(map(len, run)) >= 700:
            yield Article(_first_words(run[0]), tuple(run), lang)
            run = []
            made += 1
            if made == MAX_CHUNKS:
                return


@dataclass
class BodyPool:
    by_lang: dict[str, list[Article]]
    titles: list[str]
    sentences: list[str]

    def for_site(self, lang: str, rng: random.Random, count: int) -> list[Article]:
        native = list(self.by_lang.get(lang, []))
        english = list(self.by_lang["en"])
        rng.shuffle(native)
        rng.shuffle(english)
        return (native + english)[:count]


@functools.lru_cache(maxsize=1)
def body_pool() -> BodyPool:
    by_lang: dict[str, list[Article]] = {}
    titles: list[str] = []
    sentences: list[str] = []
    for page in aeb.pages():
        paragraphs = [p.strip() for p in page.gold.split("\n\n") if p.strip()]
        lang = _language(page.gold)
        title = _title(page)
        titles.append(title)
        sentences.extend(s for s in SENTENCE_END_RE.split(paragraphs[0]) if 40 <= len(s) <= 200)
        summary = _summary(page, paragraphs)
        if lang == "en":
            by_lang.setdefault("en", []).append(Article(title, tuple(paragraphs), "en", summary))
        elif len(page.gold) > 2500:
            chunks = list(_chunks(paragraphs, lang))
            if chunks:  # the page's description summarises its start, the first piece
                chunks[0] = dataclasses.replace(chunks[0], summary=summary)
            by_lang.setdefault(lang, []).extend(chunks)
        else:
            by_lang.setdefault(lang, []).append(Article(title, tuple(paragraphs), lang, summary))
    return BodyPool(by_lang, titles, sentences)


# --- dates and fillers -------------------------------------------------------------------------------


def fmt_date(words: Words, fmt: str, when: dt.datetime) -> str:
    return fmt.format(
        d=when.day,
        dd=f"{when.day:02}",
        m=when.month,
        mm=f"{when.month:02}",
        month=words.months[when.month - 1],
        mon=words.months[when.month - 1][:3],
        weekday=words.weekdays[when.weekday()],
        y=when.year,
        h=f"{when.hour:02}",
        h12=(when.hour % 12) or 12,
        ampm="AM" if when.hour < 12 else "PM",
        mi=f"{when.minute:02}",
        s=f"{when.second:02}",
        be=when.year + 543,  # the Buddhist era's year, as Thai dates count them
    )


def fmt_count(n: int, lang: str, rng: random.Random) -> str:
    if n < 1000 or lang == "zh":
        return str(n)
    if rng.random() < 0.3 and lang == "en":
        return f"{n / 1000:.1f}K"
    sep = {"en": ",", "fr": "\N{NO-BREAK SPACE}", "ru": " ", "sv": "\N{NO-BREAK SPACE}", "uk": " ", "bg": " "}.get(
        lang,
        SEVENTH_SEPARATORS.get(
            lang,
            EIGHTH_SEPARATORS.get(
                lang,
                NINTH_SEPARATORS.get(
                    lang,
                    TENTH_SEPARATORS.get(
                        lang,
                        ELEVENTH_SEPARATORS.get(
                            lang, TWELFTH_SEPARATORS.get(lang, THIRTEENTH_SEPARATORS.get(lang, "."))
                        ),
                    ),
                ),
            ),
        ),
    )
    return f"{n:,}".replace(",", sep)


# --- site and page state -----------------------------------------------------------------------------


@dataclass
class SiteStyle:
    """Everything a site chose once: its wording variants, optional blocks and layout."""

    name: str
    lang: str
    words: Words
    rng: random.Random
    nav: list[str]
    nav_joiner: str | None
    layout: str  # blocks | lines | dense
    wrap: int | None
    date_fmt: str
    date_fmt2: str
    choice: dict[str, str] = field(default_factory=dict)
    prob: dict[str, float] = field(default_factory=dict)

    @property
    def more(self) -> More:
        return MORE[self.lang]

    @property
    def domain(self) -> str:
        """The site's domain, made from its name."""
        ascii_name = unicodedata.normalize("NFKD", self.name.translate(CYRILLIC)).encode("ascii", "ignore").decode()
        slug = (
            "".join(regex.findall(r"[a-z0-9]+", ascii_name.lower())) or f"news{zlib.crc32(self.name.encode()) % 9973}"
        )
        return slug + TLDS.get(self.lang, ".com")

    def pick(self, key: str, options: tuple[str, ...]) -> str:
        """A wording chosen once per site for `key`."""
        if key not in self.choice:
            self.choice[key] = self.rng.choice(options)
        return self.choice[key]

    def p(self, key: str, low: float, high: float) -> float:
        """A probability chosen once per site for `key`."""
        if key not in self.prob:
            self.prob[key] = self.rng.uniform(low, high)
        return self.prob[key]


@dataclass
class PageCtx:
    style: SiteStyle
    article: Article
    rng: random.Random
    when: dt.datetime
    author: str
    category: str
    others: list[str]  # titles of other pages of the site, newest first
    sentences: list[str]
    flags: set[str] = field(default_factory=set)  # what the page's inline blocks decided (a live page)

    def fill(self, template: str, **extra: str) -> str:
        words = self.style.words
        values = {
            "site": self.style.name,
            "author": self.author,
            "author_upper": self.author.upper(),
            "category": self.category,
            "date": fmt_date(words, self.style.date_fmt, self.when),
            "ago": self.ago(),
            "n": str(self.rng.randint(2, 48)),
            "y": str(self.when.year),
            "agency": self.rng.choice(words.agencies),
            "tags": ", ".join(self.rng.sample(words.topics, self.rng.randint(2, 4))),
            "name": self.rng.choice(words.authors).split()[0] + self.rng.choice(["", "_88", "123", " K."]),
        }
        values.update(extra)
        for name, make in self.LAZY.items():  # only drawn when asked for, so older templates draw as before
            if "{" + name + "}" in template and name not in values:
                values[name] = make(self)
        return template.format(**values)

    LAZY: ClassVar[dict[str, Callable[[PageCtx], str]]] = {
        "t": lambda c: str(c.rng.randint(-3, 34)),
        "email": lambda c: f"{c.rng.choice(['news', 'tips', 'newsroom', 'redaktion'])}@{c.style.domain}",
        "phone": lambda c: "".join(str(c.rng.randint(0, 9)) if ch == "9" else ch for ch in c.style.more.phone),
        "topic": lambda c: random.Random(c.author).choice(c.style.words.topics),
        "num": lambda c: str(random.Random(c.style.name).randint(1, 240)),
        "town": lambda c: random.Random(c.style.name).choice(TOWNS[c.style.lang]),
    }

    def ago(self) -> str:
        template = self.rng.choice(self.style.words.ago)
        return template.format(n=self.rng.randint(5, 20))

    def teaser(self) -> str:
        return self.rng.choice(self.others[:30])

    def chance(self, key: str, low: float, high: float) -> bool:
        return self.rng.random() < self.style.p(key, low, high)


class Block(list[str]):
    """Lines a page shows together, with what they are: the role the HTML renderer gives an element.

    ``items`` holds the parts a text line joins (a navigation or share row printed on one line).
    """

    def __init__(self, role: str, lines: Iterable[str] = (), items: Sequence[str] = ()) -> None:
        super().__init__(lines)
        self.role = role
        self.items = tuple(items) or tuple(self)


BODY = Block("body", ["\N{OBJECT REPLACEMENT CHARACTER}"])


def _nav(ctx: PageCtx) -> list[Block]:
    style = ctx.style
    if style.nav_joiner:
        return [Block("nav", [style.nav_joiner.join(style.nav)], style.nav)]
    return [Block("nav", style.nav)]


def _share_row(ctx: PageCtx) -> Block:
    words = ctx.style.words
    row = list(words.share_b) if ctx.chance("share-b", 0.1, 0.35) else list(words.share_a)
    joined = ctx.style.pick("share-join", ("lines", "lines", "one")) == "one"
    return Block("share", [" ".join(row)] if joined else row, row)


def _headlines(ctx: PageCtx, header: str, count: int, numbered: bool, role: str = "related") -> Block:
    start = ctx.rng.randint(0, 6)
    titles = ctx.others[start : start + count]
    return Block(role, [header] + [f"{i}. {t}" if numbered else t for i, t in enumerate(titles, 1)], [header, *titles])


def _comments(ctx: PageCtx) -> list[Block]:
    words = ctx.style.words
    n = ctx.rng.randint(1, 4)
    blocks: list[Block] = [
        Block("comments-head", [ctx.fill(ctx.style.pick("comments-head", words.comments_head), n=str(n))])
    ]
    meta = ctx.style.pick("comment-meta", words.comment_meta)
    for _ in range(n):
        text = ctx.rng.choice(words.comment_texts)
        if ctx.rng.random() < 0.5:
            text = f"{text} {ctx.rng.choice(ctx.sentences)}"
        blocks.append(Block("comment", [ctx.fill(meta), text, words.comment_actions[0]]))
    blocks.append(Block("comment-form", words.comment_form))
    return blocks


def _footer(ctx: PageCtx) -> list[Block]:
    words = ctx.style.words
    k = int(ctx.style.p("footer-links", 4, len(words.footer_nav)))
    return [
        Block("footer-nav", words.footer_nav[:k]),
        Block("copyright", [ctx.fill(ctx.style.pick("copyright", words.copyright))]),
    ]


def _with_label(ctx: PageCtx, key: str, options: tuple[str, ...]) -> str:
    return ctx.fill(ctx.style.pick(key, options))


# --- archetypes: each returns the page's blocks, BODY standing for the article --------------------------


def portal(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.7):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    )
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    blocks += _nav(ctx)
    if ctx.chance("breaking", 0.1, 0.4):
        title = ctx.teaser()
        blocks.append(Block("breaking", [f"BREAKING: {title}"], ["BREAKING:", title]))
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} > {ctx.category}"], [w.breadcrumb_home, ctx.category]))
    else:
        blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.2, 0.6):
        meta.append(_with_label(ctx, "updated", w.updated))
    if s.p("has-views", 0, 1) > 0.4:
        meta.append(ctx.fill(s.pick("views", w.views), n=fmt_count(ctx.rng.randint(40, 90000), s.lang, ctx.rng)))
    blocks.append(Block("meta", meta))
    blocks.append(_share_row(ctx))
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if ctx.chance("tags", 0.6, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(Block("share-end", [s.pick("share-end", w.share_end)]))
    if s.p("has-channel", 0, 1) > 0.5:
        blocks.append(Block("channel", [ctx.fill(s.pick("channel", w.channel))]))
    if s.p("newsletter-end", 0, 1) > 0.4:
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 5), False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, s.p("numbered", 0, 1) > 0.5, "trending"))
    if ctx.chance("comments", 0.3, 0.8):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def blog(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = [Block("brand", [s.name, s.pick("tagline", w.taglines)])]
    blocks += _nav(ctx)
    blocks.append(Block("title", [ctx.article.title]))
    sep = s.pick("sep", ("\N{MIDDLE DOT}", "|", "/", "-"))
    posted = f"{_with_label(ctx, 'published', w.published)} {sep} {ctx.fill(s.pick('byline', w.byline))}"
    blocks.append(Block("meta", [posted, ctx.category]))
    if s.p("reading", 0, 1) > 0.5:
        blocks.append(Block("reading", [ctx.fill(s.pick("reading", w.reading))]))
    blocks.append(BODY)
    blocks.append(Block("share", [s.pick("share-end", w.share_end), *w.share_a[1:]]))
    if ctx.chance("tags", 0.5, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    prev_next = [w.pagination[1], ctx.teaser(), w.pagination[0], ctx.teaser()] if w.pagination else []
    blocks.append(Block("pagination", prev_next))
    related = _headlines(ctx, s.pick("related", w.related), 3, False)
    dated = related[:1] + [x for t in related[1:] for x in (t, fmt_date(w, s.date_fmt2, ctx.when))]
    blocks.append(Block("related", dated, related.items))
    if ctx.chance("comments", 0.5, 0.9):
        blocks += _comments(ctx)
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, False, "trending"))
    archive = [fmt_date(w, "{month} {y}", ctx.when - dt.timedelta(days=31 * k)) for k in range(6)]
    blocks.append(Block("archive", archive))
    blocks += _footer(ctx)
    return blocks


def magazine(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.3, 0.9):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("masthead", [s.name, w.account[1], w.account[0]]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [ctx.category.upper() if s.p("kicker-upper", 0, 1) > 0.5 else ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.6, 0.95):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(
        Block(
            "meta",
            [
                ctx.fill(s.pick("byline", w.byline)),
                _with_label(ctx, "published", w.published),
                ctx.fill(s.pick("reading", w.reading)),
            ],
        )
    )
    blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if s.p("disclaimer", 0, 1) > 0.5:
        blocks.append(Block("disclaimer", [ctx.fill(s.pick("disclaimer", w.disclaimer))]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.7, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, ctx.fill(s.pick("more-from", w.more_from)), 4, False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, True, "trending"))
    blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter)), w.account[1]]))
    blocks += _footer(ctx)
    if s.p("app", 0, 1) > 0.5:
        blocks.append(Block("app", [ctx.fill(s.pick("app", w.app))]))
    return blocks


def wire(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = [Block("brand", [s.name]), Block("nav", [" | ".join(s.nav[:6])], s.nav[:6])]
    blocks.append(Block("title", [ctx.article.title]))
    blocks.append(Block("meta", [_with_label(ctx, "published", w.published)]))
    if ctx.chance("updated", 0.3, 0.7):
        blocks.append(Block("meta", [_with_label(ctx, "updated", w.updated)]))
    blocks.append(Block("meta", [ctx.fill(s.pick("byline", w.byline))]))
    blocks.append(BODY)
    blocks.append(Block("channel", [ctx.fill(s.pick("channel", w.channel))]))
    blocks.append(_headlines(ctx, s.pick("related", w.related), 3, False))
    blocks += _footer(ctx)
    return blocks


def tabloid(ctx: PageCtx) -> list[Block]:
    """A popular daily: a trending-topics bar, bullet points under the headline, photo captions with
    credits and related boxes inside the story, share counts, a story-tip line, long lists below."""
    w, m, s = ctx.style.words, ctx.style.more, ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.6):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("masthead", [s.name, *w.account[:2]]))
    blocks += _nav(ctx)
    if s.p("ticker", 0, 1) > 0.3:
        label, topics = s.pick("trending", w.trending), ctx.rng.sample(w.topics, 4)
        blocks.append(Block("ticker", [f"{label}: " + " | ".join(topics)], [label, *topics]))
    if s.p("kicker", 0, 1) > 0.5:
        blocks.append(Block("kicker", [ctx.category.upper()]))
    blocks.append(Block("title", [ctx.article.title]))
    bullets = _sentences(ctx.article.summary or "")
    if bullets and ctx.chance("bullets", 0.7, 1.0):
        mark = s.pick("bullet", ("\N{BULLET} ", "", "- "))
        blocks.append(Block("bullets", [mark + b for b in bullets], bullets))
    meta = [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.4, 0.9):
        updated = _with_label(ctx, "updated", w.updated)
        meta = [meta[0], f"{meta[1]} | {updated}"] if s.p("meta-one-line", 0, 1) > 0.5 else [*meta, updated]
    blocks.append(Block("meta", meta))
    shares = ctx.fill(s.pick("shares", m.shares), n=fmt_count(ctx.rng.randint(10, 25000), s.lang, ctx.rng))
    blocks.append(Block("share", [shares, s.pick("view-comments", m.view_comments)]))
    blocks.append(Block("lead-caption", [_photo_caption(ctx)]))
    blocks.append(BODY)
    blocks.append(Block("share-end", [s.pick("share-end", w.share_end)]))
    blocks.append(Block("tips", [ctx.fill(s.pick("tips", m.tips))]))
    if ctx.chance("comments", 0.4, 0.8):
        blocks += _comments(ctx)
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 6, True, "trending"))
    blocks.append(_headlines(ctx, ctx.fill(s.pick("more-from", w.more_from)), 4, False))
    blocks += _footer(ctx)
    return blocks


def regional(ctx: PageCtx) -> list[Block]:
    """A local paper: weather and today's date above the masthead, a listen button, an appeal to
    subscribe and a report-an-error link after the story, obituaries and the paper's address."""
    w, m, s = ctx.style.words, ctx.style.more, ctx.style
    today = ctx.when + dt.timedelta(days=ctx.rng.randint(0, 20))  # the day of the crawl
    blocks: list[Block] = [
        Block(
            "topbar",
            [ctx.fill(s.pick("weather", m.weather)), fmt_date(w, s.date_fmt2, today), s.pick("cta", m.subscribe_cta)],
        )
    ]
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.6 else []))
    )
    blocks.append(Block("account", w.account[:2]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.2, 0.6):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [ctx.fill(s.pick("byline", w.byline))]
    if s.p("byline-email", 0, 1) > 0.6:
        meta.append(ctx.fill("{email}"))
    meta.append(_with_label(ctx, "published", w.published))
    if ctx.chance("updated", 0.2, 0.5):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if ctx.chance("listen", 0.3, 0.9):
        seconds = 30 * len(ctx.article.paragraphs) + ctx.rng.randint(0, 59)
        blocks.append(Block("listen", [s.pick("listen", m.listen), f"{seconds // 60}:{seconds % 60:02}"]))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if ctx.chance("report", 0.6, 1.0):
        blocks.append(Block("report", [s.pick("report", m.report_error)]))
    if s.p("support", 0, 1) > 0.3:
        blocks.append(Block("support", [ctx.fill(s.pick("support", m.support))]))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    related = _headlines(ctx, s.pick("related", w.related), 4, False)
    dated = related[:1] + [x for t in related[1:] for x in (t, fmt_date(w, s.date_fmt2, ctx.when))]
    blocks.append(Block("related", dated, related.items))
    if s.p("obituaries", 0, 1) > 0.4:
        blocks.append(_obituaries(ctx))
    if ctx.chance("comments", 0.2, 0.6):
        blocks += _comments(ctx)
    blocks.append(Block("address", [ctx.fill(s.pick("address", m.address)), ctx.fill("{phone}")]))
    blocks += _footer(ctx)
    return blocks


def techblog(ctx: PageCtx) -> list[Block]:
    """A software company's blog: product navigation and sign-up buttons, reading time on the byline,
    a table of contents or key takeaways above the post, a was-this-helpful box, the author's bio,
    related posts with reading times and a newsletter form."""
    w, m, s = ctx.style.words, ctx.style.more, ctx.style
    blocks: list[Block] = [Block("brand", [s.name])]
    blocks += _nav(ctx)
    blocks.append(Block("account", [w.account[0], s.pick("cta", m.cta)]))
    sep = s.pick("crumb-sep", (" / ", " > ", " \N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK} "))
    blocks.append(Block("breadcrumb", [f"{m.blog}{sep}{ctx.category}"], [m.blog, ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.5, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    parts = [ctx.author, ctx.fill(s.pick("reading", w.reading)), fmt_date(w, s.date_fmt2, ctx.when)]
    one_line = s.p("meta-one-line", 0, 1) > 0.5
    blocks.append(Block("meta", [" \N{MIDDLE DOT} ".join(parts)] if one_line else parts, parts))
    paragraphs = ctx.article.paragraphs
    if len(paragraphs) >= 5 and ctx.chance("toc", 0.3, 0.8):
        picked = sorted(ctx.rng.sample(range(1, len(paragraphs)), 3))
        entries = [_first_words(paragraphs[i], 6) for i in picked]
        blocks.append(Block("toc", [s.pick("contents", m.contents), *entries]))
    bullets = _sentences(ctx.article.summary or "")
    if bullets and ctx.chance("takeaways", 0.2, 0.6):
        blocks.append(Block("takeaways", [s.pick("key-points", m.key_points), *bullets]))
    blocks.append(BODY)
    if ctx.chance("helpful", 0.5, 1.0):
        blocks.append(Block("helpful", [s.pick("helpful", m.helpful), *m.yes_no]))
    blocks.append(Block("bio", [s.pick("about-author", m.about_author), ctx.author, ctx.fill(s.pick("bio", m.bio))]))
    if ctx.chance("tags", 0.4, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    related = _headlines(ctx, s.pick("related", w.related), 3, False)
    timed = related[:1] + [x for t in related[1:] for x in (t, ctx.fill(s.pick("reading", w.reading)))]
    blocks.append(Block("related", timed, related.items))
    form = [ctx.fill(s.pick("newsletter", w.newsletter)), s.pick("email-field", m.email_field), w.account[1]]
    blocks.append(Block("newsletter", [*form, s.pick("consent", m.consent)]))
    blocks += _footer(ctx)
    return blocks


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END_RE.split(text) if part.strip()]


def _photo_caption(ctx: PageCtx) -> str:
    """A photo's caption: a sentence about the picture and the credit, as tabloids print them."""
    credit = ctx.fill(ctx.style.pick("photo-credit", ctx.style.words.caption))
    credit = credit if credit.startswith("(") else f"({credit})"
    return f"{ctx.rng.choice(ctx.sentences).rstrip('.')} {credit}"


def _obituaries(ctx: PageCtx) -> Block:
    w, m, s = ctx.style.words, ctx.style.more, ctx.style
    lines = [s.pick("obituaries", m.obituaries)]
    for _ in range(3):
        first, last = ctx.rng.choice(w.authors).split()[0], ctx.rng.choice(w.authors).split()[-1]
        died = ctx.when - dt.timedelta(days=ctx.rng.randint(1, 9))
        lines += [f"{first} {last}, {ctx.rng.randint(61, 99)}", m.died[0].format(date=fmt_date(w, s.date_fmt2, died))]
    return Block("obituaries", lines)


# --- the third held-out split's templates -------------------------------------------------------------


def _third(ctx: PageCtx) -> Third:
    return THIRD[ctx.style.lang]


def _decimal(value: float, lang: str, places: int = 2) -> str:
    """A number as the language writes it: 2,345.12 or 2 345,12."""
    text = f"{value:,.{places}f}"
    if lang in ("en", "vi", "ko"):
        return text if lang != "vi" else text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text.replace(",", "\N{NO-BREAK SPACE}").replace(".", ",")


def _change(ctx: PageCtx) -> str:
    value = ctx.rng.uniform(-4, 4)
    sign = "+" if value >= 0 else "\N{MINUS SIGN}" if ctx.style.p("minus-sign", 0, 1) > 0.5 else "-"
    return f"{sign}{_decimal(abs(value), ctx.style.lang)}%"


def _who(ctx: PageCtx) -> tuple[str, str]:
    """A commenter's or a poster's name, and a handle made from it."""
    first = ctx.rng.choice(ctx.style.words.authors).split()[0]
    last = ctx.rng.choice(ctx.style.words.authors).split()[-1]
    shape = ctx.rng.randrange(5)
    name = [f"{first} {last}", first, f"{first}{ctx.rng.randint(1, 99)}", f"{first} {last[0]}.", last.lower()][shape]
    handle = regex.sub(
        r"[^a-z0-9]+", "", unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    )
    return name, handle or f"user{ctx.rng.randint(100, 9999)}"


def _credit(ctx: PageCtx) -> str:
    """A photo credit as the site writes it: "Photo: Name/Agency", "PHOTO: AGENCY"."""
    t, s = _third(ctx), ctx.style
    word = s.pick("photo-word", t.photo)
    agency = ctx.rng.choice(s.words.agencies)
    shape = s.pick("credit-shape", ("{a}/{g}", "{g}", "{a}, {g}", "{g} / {a}"))
    author = ctx.rng.choice(s.words.authors)
    return f"{word}: " + shape.format(a=author, g=agency)


def _credited_caption(ctx: PageCtx) -> list[str]:
    """A caption sentence about the picture and its credit, in the site's own arrangement."""
    sentence = ctx.rng.choice(ctx.sentences).rstrip(".")
    credit = _credit(ctx)
    shape = ctx.style.pick("caption-shape", ("parens", "after", "line", "bar"))
    if shape == "parens":
        return [f"{sentence} ({credit})"]
    if shape == "after":
        return [f"{sentence}. {credit}"]
    if shape == "bar":
        return [f"{sentence} | {credit}"]
    return [f"{sentence}.", credit]


def _gallery(ctx: PageCtx) -> Block:
    t, s = _third(ctx), ctx.style
    k = ctx.rng.randint(4, 24)
    counter = s.pick("gallery", t.gallery).format(i=1, k=k)
    return Block("gallery", [counter, *_credited_caption(ctx)])


def _embed(ctx: PageCtx) -> Block:
    """A social post as the page shows it: the embed's frame, or the placeholder asking for cookies."""
    t, s = _third(ctx), ctx.style
    platform = ctx.rng.choice(("Instagram", "X", "YouTube", "TikTok"))
    if s.p("embed-consent", 0, 1) > 0.5:
        consent = ctx.fill(s.pick("embed-consent", t.embed_consent), platform=platform)
        return Block("embed-consent", [consent, s.pick("embed-accept", t.embed_accept)])
    who, handle = _who(ctx)
    return Block("embed", [t.instagram[0], t.instagram[1].format(who=who, handle=handle)])


def _video(ctx: PageCtx, inline: bool = False) -> Block:
    t, s = _third(ctx), ctx.style
    seconds = ctx.rng.randint(20, 600)
    duration = f"{seconds // 60}:{seconds % 60:02}"
    label = s.pick("video", t.video)
    if inline and s.p("video-one-line", 0, 1) > 0.5:
        return Block("video", [f"{label.rstrip(':')}: {ctx.teaser()} ({duration})"], [label, ctx.teaser(), duration])
    return Block("video", [label, ctx.teaser(), duration])


def _fact_box(ctx: PageCtx) -> Block:
    t, s = _third(ctx), ctx.style
    facts = ctx.rng.sample(t.facts, ctx.rng.randint(2, 4))
    values = {"y": str(ctx.rng.randint(1890, 2026)), "n": fmt_count(ctx.rng.randint(12, 250000), s.lang, ctx.rng)}
    return Block("fact-box", [s.pick("fact-box", t.fact_box), *(f.format(**values) for f in facts)])


def _summary_box(ctx: PageCtx) -> Block | None:
    t, s = _third(ctx), ctx.style
    bullets = _sentences(ctx.article.summary or "")
    if not bullets:
        return None
    return Block("ai-summary", [s.pick("summary", t.summary), *bullets, s.pick("summary-note", t.summary_note)])


def _comment_lines(ctx: PageCtx, reply_to: str | None = None) -> list[str]:
    """One comment as its system prints it: name and time, the text, votes and the reply button."""
    t, w, s = _third(ctx), ctx.style.words, ctx.style
    name, _ = _who(ctx)
    when = ctx.ago() if s.p("comment-ago", 0, 1) > 0.4 else fmt_date(w, s.date_fmt2, ctx.when)
    if ctx.rng.random() < 0.05:
        return [name, when, s.pick("removed", t.removed)]
    pieces = [ctx.rng.choice(t.long_comments if ctx.rng.random() < 0.6 else w.comment_texts)]
    if ctx.rng.random() < 0.4:
        pieces.append(ctx.rng.choice(ctx.sentences))
    text = " ".join(pieces)
    if reply_to is not None and s.p("reply-to", 0, 1) > 0.5:
        text = f"@{reply_to} {text}"
    votes = s.pick("votes", t.votes).format(a=ctx.rng.randint(0, 250), b=ctx.rng.randint(0, 40))
    head = [f"{name} \N{MIDDLE DOT} {when}"] if s.p("comment-one-line", 0, 1) > 0.5 else [name, when]
    if reply_to is not None and s.p("replying-line", 0, 1) > 0.6:
        head.append(t.replying_to.format(name=reply_to))
    second = ctx.rng.choice([c for c in t.long_comments if c not in text])
    paragraphs = [text] if ctx.rng.random() < 0.8 else [text, second]
    return [*head, *paragraphs, votes, s.pick("reply", t.reply)]


def _thread(ctx: PageCtx) -> list[Block]:
    """A comment thread: its header with the count, sorting, comments with replies folded or shown,
    a load-more button, and the login notice or the form."""
    t, s = _third(ctx), ctx.style
    total = min(400, int(ctx.rng.expovariate(1 / 25)))
    if total == 0:
        return [Block("comments-head", [s.pick("no-comments", t.no_comments)]), _comment_foot(ctx)]
    blocks = [Block("comments-head", [s.pick("thread-head", t.thread_head).format(n=total)])]
    if s.p("sort", 0, 1) > 0.4:
        blocks.append(Block("comment-sort", [s.pick("sort", t.sort)]))
    shown = min(total, ctx.rng.randint(1, 6))
    left = total - shown
    for _ in range(shown):
        lines = _comment_lines(ctx)
        blocks.append(Block("comment-post", lines))
        replies = ctx.rng.choice((0, 0, 0, 1, 2, 4)) if left else 0
        left -= replies
        if replies and s.p("replies-folded", 0, 1) > 0.5:
            blocks.append(Block("comment-more", [s.pick("more-replies", t.more_replies).format(n=replies)]))
        else:
            for _ in range(replies):
                blocks.append(
                    Block("comment-post", _comment_lines(ctx, reply_to=lines[0].split(" \N{MIDDLE DOT} ")[0]))
                )
    if left > 0:
        blocks.append(Block("comment-more", [s.pick("load-more", t.load_more).format(n=total)]))
    blocks.append(_comment_foot(ctx))
    return blocks


def _comment_foot(ctx: PageCtx) -> Block:
    t, w, s = _third(ctx), ctx.style.words, ctx.style
    if s.p("comment-login", 0, 1) > 0.5:
        return Block("comment-note", [s.pick("login", t.login), s.pick("moderated", t.moderated)])
    return Block("comment-form", w.comment_form)


def _markets(ctx: PageCtx) -> Block:
    t, s = _third(ctx), ctx.style
    rows = [f"{name} {_decimal(ctx.rng.uniform(1, 9000), s.lang)} {_change(ctx)}" for name in t.indices[:4]]
    one_line = s.p("markets-one-line", 0, 1) > 0.5
    return Block("markets", ["   ".join(rows)] if one_line else rows, rows)


def _companies(ctx: PageCtx) -> Block:
    t, s = _third(ctx), ctx.style
    picked = ctx.rng.sample(t.companies, ctx.rng.randint(1, 3))
    rows = [f"{c} {_decimal(ctx.rng.uniform(2, 900), s.lang)} {t.currency} {_change(ctx)}" for c in picked]
    return Block("companies", [s.pick("companies", t.companies_label), *rows])


def _scores(ctx: PageCtx) -> Block:
    t, s = _third(ctx), ctx.style
    rows = []
    for _ in range(3):
        home, away = ctx.rng.sample(t.teams, 2)
        rows.append(f"{home} {ctx.rng.randint(0, 4)}\N{EN DASH}{ctx.rng.randint(0, 4)} {away}")
    return Block("scores", [s.pick("scores", t.scores_label), *rows])


def _scoreboard(ctx: PageCtx) -> Block:
    t, w, s = _third(ctx), ctx.style.words, ctx.style
    home, away = ctx.rng.sample(t.teams, 2)
    a, b = ctx.rng.randint(0, 4), ctx.rng.randint(0, 3)
    scorers = ", ".join(
        f"{ctx.rng.choice(w.authors).split()[-1]} {ctx.rng.randint(2, 90)}'" for _ in range(min(a + b, 4))
    )
    lines = [ctx.rng.choice(t.leagues), home, f"{a} \N{EN DASH} {b}", away, s.pick("full-time", t.full_time)]
    if scorers:
        lines.append(s.pick("goals", t.goals).format(goals=scorers))
    return Block("scoreboard", lines)


def _standings(ctx: PageCtx) -> Block:
    t, s = _third(ctx), ctx.style
    teams = ctx.rng.sample(t.teams, 6)
    played = ctx.rng.randint(5, 30)
    points = sorted((ctx.rng.randint(played // 2, played * 3) for _ in teams), reverse=True)
    fmt = s.pick("points", t.points)
    rows = [f"{i}. {team} {played} {fmt.format(n=p)}" for i, (team, p) in enumerate(zip(teams, points, strict=True), 1)]
    return Block("standings", [s.pick("standings", t.standings), *rows])


def _poll(ctx: PageCtx) -> Block:
    t, s = _third(ctx), ctx.style
    yes = ctx.rng.randint(5, 90)
    shares = [yes, 100 - yes] if s.p("poll-two", 0, 1) > 0.5 else [yes, (100 - yes) // 2, 100 - yes - (100 - yes) // 2]
    answers = [f"{a} {p}%" for a, p in zip(t.poll_answers, shares, strict=False)]
    votes = s.pick("poll-votes", t.poll_votes).format(n=fmt_count(ctx.rng.randint(40, 30000), s.lang, ctx.rng))
    return Block("poll", [s.pick("poll", t.poll), *answers, votes])


def broadcaster(ctx: PageCtx) -> list[Block]:
    """A television or radio newsroom: a live button, video over the story, a schedule, embeds and
    galleries in it, a machine-made summary above it on some sites, most-watched videos below."""
    w, t, s = ctx.style.words, _third(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.3, 0.8):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("brand", [s.name]))
    blocks.append(Block("live", [s.pick("live", t.live)]))
    blocks += _nav(ctx)
    if ctx.chance("breaking", 0.1, 0.4):
        label, title = s.pick("live", t.live) + ":", ctx.teaser()
        blocks.append(Block("breaking", [f"{label} {title}"], [label, title]))
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    meta = [_with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.3, 0.8):
        meta.append(_with_label(ctx, "updated", w.updated))
    byline = ctx.fill(s.pick("byline", w.byline))
    meta = [byline, *meta] if s.p("byline-first", 0, 1) > 0.5 else [*meta, byline]
    blocks.append(Block("meta", meta))
    if s.p("summary", 0, 1) > 0.4 and ctx.chance("summary-page", 0.5, 1.0):
        box = _summary_box(ctx)
        if box:
            blocks.append(box)
    if ctx.chance("lead-video", 0.3, 0.8):
        blocks.append(_video(ctx))
    else:
        blocks.append(Block("lead-caption", _credited_caption(ctx)))
    blocks.append(BODY)
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.8):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    watched = _headlines(ctx, s.pick("most-watched", t.most_watched), 4, False, "most-watched")
    timed = watched[:1] + [x for v in watched[1:] for x in (v, f"{ctx.rng.randint(0, 9)}:{ctx.rng.randint(0, 59):02}")]
    blocks.append(Block("most-watched", timed, watched.items))
    blocks.append(_headlines(ctx, ctx.fill(s.pick("more-from", w.more_from)), 4, False))
    if ctx.chance("comments", 0.2, 0.6):
        blocks += _thread(ctx)
    now, later = t.schedule
    shows = ctx.rng.sample(t.shows, 2)
    blocks.append(
        Block("schedule", [now.format(show=shows[0]), later.format(time=f"{ctx.rng.randint(6, 23)}:00", show=shows[1])])
    )
    blocks += _footer(ctx)
    return blocks


def sports(ctx: PageCtx) -> list[Block]:
    """A sports desk: live scores along the top, the match's scoreboard over a report, betting
    notices, the league table and a busy comment thread below."""
    w, t, s = ctx.style.words, _third(ctx), ctx.style
    blocks: list[Block] = [Block("brand", [s.name]), Block("account", w.account[:1])]
    blocks += _nav(ctx)
    if s.p("leagues-bar", 0, 1) > 0.3:
        blocks.append(Block("leagues", list(t.leagues[:4])))
    blocks.append(_scores(ctx))
    blocks.append(Block("kicker", [ctx.rng.choice(t.leagues)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.chance("scoreboard", 0.3, 0.7):
        blocks.append(_scoreboard(ctx))
    blocks.append(Block("meta", [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]))
    if ctx.chance("lead-photo", 0.5, 1.0):
        blocks.append(Block("lead-caption", _credited_caption(ctx)))
    blocks.append(BODY)
    if s.p("betting-end", 0, 1) > 0.4:
        blocks.append(Block("betting", [s.pick("betting", t.betting)]))
    blocks.append(_share_row(ctx))
    blocks.append(_standings(ctx))
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 5), False))
    if ctx.chance("comments", 0.5, 0.9):
        blocks += _thread(ctx)
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, True, "trending"))
    blocks += _footer(ctx)
    return blocks


def business(ctx: PageCtx) -> list[Block]:
    """A business paper: a market ticker, a premium label and a gift button, a listen line, the
    companies named in the story with their prices, fact boxes, and an investment disclaimer."""
    w, t, s = ctx.style.words, _third(ctx), ctx.style
    blocks: list[Block] = [_markets(ctx), Block("masthead", [s.name, *w.account[:2]])]
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [ctx.category]))
    if ctx.chance("premium", 0.2, 0.6):
        blocks.append(Block("premium", [s.pick("premium", t.premium)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.5, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(Block("meta", [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]))
    tools = [s.pick("gift", t.gift)] + ([ctx.fill(s.pick("reading", w.reading))] if s.p("reading", 0, 1) > 0.5 else [])
    blocks.append(Block("tools", tools))
    companies_top = s.p("companies-top", 0, 1) > 0.5
    if companies_top and ctx.chance("companies", 0.5, 0.9):
        blocks.append(_companies(ctx))
    if s.p("summary", 0, 1) > 0.5:
        box = _summary_box(ctx)
        if box:
            blocks.append(box)
    blocks.append(BODY)
    if not companies_top and ctx.chance("companies", 0.5, 0.9):
        blocks.append(_companies(ctx))
    if ctx.chance("not-advice", 0.3, 0.9):
        blocks.append(Block("not-advice", [s.pick("not-advice", t.not_advice)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.5, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks.append(_headlines(ctx, s.pick("related", w.related), 4, False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, True, "trending"))
    if ctx.chance("comments", 0.1, 0.4):
        blocks += _thread(ctx)
    blocks += _footer(ctx)
    return blocks


def opinion(ctx: PageCtx) -> list[Block]:
    """An opinion section: a column label, the columnist's card, a note that the views are the
    author's, pull quotes in the text, a reader poll, an invitation to reply and a long thread."""
    w, t, s = ctx.style.words, _third(ctx), ctx.style
    blocks: list[Block] = [Block("brand", [s.name]), *_nav(ctx)]
    blocks.append(Block("kicker", [s.pick("opinion", t.opinion)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.6, 1.0):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    card = [ctx.author, s.pick("columnist", t.columnist)]
    if s.p("follow", 0, 1) > 0.4:
        card.append(ctx.fill(s.pick("follow", t.follow)))
    blocks.append(Block("author-card", card))
    blocks.append(Block("meta", [_with_label(ctx, "published", w.published)]))
    views_top = s.p("views-top", 0, 1) > 0.5
    if views_top:
        blocks.append(Block("views-own", [s.pick("views-own", t.views_own)]))
    blocks.append(BODY)
    if not views_top:
        blocks.append(Block("views-own", [s.pick("views-own", t.views_own)]))
    if ctx.chance("poll", 0.3, 0.8):
        blocks.append(_poll(ctx))
    blocks.append(Block("letters", [ctx.fill(s.pick("letters", t.letters))]))
    blocks.append(_share_row(ctx))
    blocks.append(
        _headlines(ctx, ctx.fill(s.pick("more-from", w.more_from), category=s.pick("opinion", t.opinion)), 4, False)
    )
    if ctx.chance("comments", 0.6, 1.0):
        blocks += _thread(ctx)
    blocks += _footer(ctx)
    return blocks


# --- the fourth held-out split's templates --------------------------------------------------------------


def _fourth(ctx: PageCtx) -> Fourth:
    return FOURTH[ctx.style.lang]


def _fill4(ctx: PageCtx, key: str, options: tuple[str, ...], **extra: str) -> str:
    """A wording chosen once per site, filled for this page (a phone number in the language's shape)."""
    template = ctx.style.pick(key, options)
    if "{phone}" in template:
        shape = PHONES[ctx.style.lang]
        extra["phone"] = "".join(str(ctx.rng.randint(0, 9)) if ch == "9" else ch for ch in shape)
    if "{brand}" in template:
        extra["brand"] = ctx.style.pick("brand", _fourth(ctx).brands)
    return ctx.fill(template, **extra)


def _money(ctx: PageCtx, low: int, high: int) -> str:
    return _fourth(ctx).money.format(a=fmt_count(ctx.rng.randint(low, high), ctx.style.lang, ctx.rng))


def _clip(ctx: PageCtx) -> Block:
    """A video clip between paragraphs: a play label on some sites, the clip's title and length."""
    f, s = _fourth(ctx), ctx.style
    seconds = ctx.rng.randint(15, 900)
    line = s.pick("clip", f.clip).format(title=ctx.teaser(), dur=f"{seconds // 60}:{seconds % 60:02}")
    return Block("clip", [s.pick("play", f.play), line] if s.p("clip-play", 0, 1) > 0.5 else [line])


def _photo_credit_lines(ctx: PageCtx) -> list[str]:
    """A caption sentence with the site's credit, after a dash or on the line under it."""
    sentence = ctx.rng.choice(ctx.sentences).rstrip(".")
    credit = ctx.fill(ctx.style.pick("caption4", ctx.style.words.caption))
    if ctx.style.pick("credit-under", ("under", "dash")) == "under":
        return [f"{sentence}.", credit]
    return [f"{sentence} \N{EN DASH} {credit}"]


def _photos(ctx: PageCtx) -> Block:
    f, s = _fourth(ctx), ctx.style
    counter = s.pick("photos", f.photos).format(k=ctx.rng.randint(3, 40))
    return Block("photos", [counter, *_photo_credit_lines(ctx)])


def _infobox(ctx: PageCtx) -> Block:
    f, s = _fourth(ctx), ctx.style
    values = {"y": str(ctx.rng.randint(1850, 2026)), "n": fmt_count(ctx.rng.randint(3, 480000), s.lang, ctx.rng)}
    lines = [x.format(**values) for x in ctx.rng.sample(f.info, ctx.rng.randint(2, len(f.info)))]
    return Block("infobox", [s.pick("infobox", f.infobox), *lines])


def _quote_box(ctx: PageCtx) -> Block:
    """A sentence of the article repeated between its paragraphs in the site's quotation marks."""
    sentences = [x for p in ctx.article.paragraphs for x in _sentences(p) if 50 <= len(x) <= 240]
    quote = ctx.rng.choice(sentences or [ctx.article.paragraphs[0][:140]])
    left, right = ctx.style.pick(
        "quote-marks",
        (
            "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            '""',
        ),
    )
    return Block("quote-box", [f"{left}{quote.rstrip('.')}{right}"])


def _price_box(ctx: PageCtx) -> Block:
    f = _fourth(ctx)
    line = _fill4(ctx, "price", f.price, amount=_money(ctx, 19, 900))
    return Block("price-box", [line, ctx.style.pick("book", f.book)])


def _recap(ctx: PageCtx) -> Block | None:
    """A summary box: the page's description in sentences, or the first sentences of paragraphs."""
    f, s = _fourth(ctx), ctx.style
    bullets = _sentences(ctx.article.summary or "")
    if not bullets and s.p("recap-echo", 0, 1) > 0.4:
        bullets = [_sentences(p)[0] for p in ctx.article.paragraphs[:3] if _sentences(p)]
    if not bullets:
        return None
    note = [s.pick("recap-note", f.recap_note)] if s.p("recap-note", 0, 1) > 0.4 else []
    return Block("recap", [s.pick("recap", f.recap), *bullets, *note])


def _sponsor(ctx: PageCtx) -> Block:
    return Block("sponsor", [_fill4(ctx, "sponsor", _fourth(ctx).sponsor)])


def _sources(ctx: PageCtx) -> Block:
    f, s = _fourth(ctx), ctx.style
    lines = [s.pick("sources", f.sources)]
    for _ in range(ctx.rng.randint(1, 3)):
        doi = (
            f"10.{ctx.rng.randint(1000, 9999)}/{ctx.rng.choice(('s', 'j.', 'journal.'))}{ctx.rng.randint(10**4, 10**6)}"
        )
        year = str(ctx.when.year - ctx.rng.randint(0, 2))
        lines.append(s.pick("study", f.study).format(journal=ctx.rng.choice(f.journals), y=year, doi=doi))
    return Block("sources", lines)


def _events(ctx: PageCtx) -> Block:
    f, w, s = _fourth(ctx), ctx.style.words, ctx.style
    lines = [_fill4(ctx, "events", f.events)]
    for k in range(ctx.rng.randint(2, 4)):
        day = fmt_date(
            w,
            s.pick("event-date", ("{d}.{m}.", "{weekday} {d}.{m}.", "{dd}/{mm}")),
            ctx.when + dt.timedelta(days=k + 1),
        )
        lines.append(f"{day} {ctx.rng.choice(ctx.others[10:40])}")
    return Block("events", lines)


def local(ctx: PageCtx) -> list[Block]:
    """A local paper: the town and the day over the masthead, live pages with their times, clips,
    galleries and info boxes in the story, a tip line, an events listing and a comment section."""
    w, f, s = ctx.style.words, _fourth(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.8):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    town = ctx.fill("{town}")
    blocks.append(Block("townbar", [f"{fmt_date(w, '{weekday} {d}.{m}.{y}', ctx.when)} {town}"]))
    blocks.append(Block("brand", [s.name, s.pick("tagline", w.taglines)]))
    blocks.append(Block("account", w.account[:3]))
    blocks += _nav(ctx)
    if "live" in ctx.flags:
        blocks.append(Block("live-label", [s.pick("live", f.live)]))
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    meta = [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]
    if "live" in ctx.flags or ctx.chance("updated", 0.2, 0.6):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if "live" in ctx.flags:
        blocks.append(_headlines(ctx, s.pick("key-events", f.key_events), 3, False, "key-events"))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", _photo_credit_lines(ctx)))
    blocks.append(BODY)
    if s.p("tip", 0, 1) > 0.3:
        blocks.append(Block("tip", [_fill4(ctx, "tip", f.tip)]))
    blocks.append(Block("share-end", [s.pick("share-end", w.share_end)]))
    if ctx.chance("tags", 0.4, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if ctx.chance("events", 0.4, 0.9):
        blocks.append(_events(ctx))
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 4), False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, True, "trending"))
    if ctx.chance("comments", 0.3, 0.8):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def science(ctx: PageCtx) -> list[Block]:
    """A science and health desk: a medical reviewer, a summary box, quotes and info boxes in the
    story, its sources with DOIs, a health notice, a sponsor line on some sites."""
    w, f, s = ctx.style.words, _fourth(ctx), ctx.style
    blocks: list[Block] = [Block("brand", [s.name]), *_nav(ctx)]
    sponsor_top = s.p("sponsor-top", 0, 1) > 0.5
    if sponsor_top and ctx.chance("sponsor", 0.1, 0.5):
        blocks.append(_sponsor(ctx))
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.5, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]
    if s.p("reviewed", 0, 1) > 0.4:
        meta.append(_fill4(ctx, "reviewed", f.reviewed, author=ctx.rng.choice(w.authors)))
    if s.p("reading", 0, 1) > 0.5:
        meta.append(ctx.fill(s.pick("reading", w.reading)))
    blocks.append(Block("meta", meta))
    if s.p("recap", 0, 1) > 0.4 and ctx.chance("recap-page", 0.5, 1.0):
        box = _recap(ctx)
        if box:
            blocks.append(box)
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if s.p("sources", 0, 1) > 0.3:
        blocks.append(_sources(ctx))
    if ctx.chance("health-note", 0.4, 1.0):
        blocks.append(Block("health-note", [s.pick("health-note", f.health_note)]))
    if not sponsor_top and ctx.chance("sponsor", 0.1, 0.5):
        blocks.append(_sponsor(ctx))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.5, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("newsletter-end", 0, 1) > 0.4:
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks.append(_headlines(ctx, ctx.fill(s.pick("more-from", w.more_from)), 4, False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, s.p("numbered", 0, 1) > 0.5, "trending"))
    blocks += _footer(ctx)
    return blocks


def travel(ctx: PageCtx) -> list[Block]:
    """A travel section: an affiliate notice, a rating and the best season, a gallery over the story,
    price boxes with a booking button in it, a save button, a comment section on some pages."""
    w, f, s = ctx.style.words, _fourth(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.3, 0.9):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("masthead", [s.name, w.account[0]]))
    blocks += _nav(ctx)
    town = ctx.rng.choice(ctx.style.words.topics).capitalize() if s.p("crumb-topic", 0, 1) > 0.5 else ctx.category
    blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} / {town}"], [w.breadcrumb_home, town]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.5, 0.95):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(Block("meta", [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]))
    affiliate_top = s.p("affiliate-top", 0, 1) > 0.5
    if affiliate_top:
        blocks.append(Block("affiliate", [s.pick("affiliate", f.affiliate)]))
    if s.p("trip-facts", 0, 1) > 0.4:
        rating = s.pick("rating", f.rating).format(
            r=_decimal(ctx.rng.uniform(3, 5), s.lang, 1), n=fmt_count(ctx.rng.randint(3, 9000), s.lang, ctx.rng)
        )
        month = w.months[ctx.rng.randrange(12)]
        blocks.append(Block("trip-facts", [rating, s.pick("best-time", f.best_time).format(month=month)]))
    if ctx.chance("lead-gallery", 0.5, 1.0):
        blocks.append(_photos(ctx))
    blocks.append(BODY)
    if not affiliate_top:
        blocks.append(Block("affiliate", [s.pick("affiliate", f.affiliate)]))
    if ctx.chance("price-end", 0.3, 0.8):
        blocks.append(_price_box(ctx))
    blocks.append(Block("share", [s.pick("save", f.save), *w.share_a], [s.pick("save", f.save), *w.share_a]))
    blocks.append(_headlines(ctx, ctx.fill(s.pick("more-from", w.more_from)), 4, False))
    if s.p("newsletter-end", 0, 1) > 0.3:
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    if ctx.chance("comments", 0.2, 0.7):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


# --- the fifth held-out split's templates ---------------------------------------------------------------


def _fifth(ctx: PageCtx) -> Fifth:
    return FIFTH[ctx.style.lang]


def _fill5(ctx: PageCtx, key: str, options: tuple[str, ...], **extra: str) -> str:
    """A wording chosen once per site, filled for this page with the fifth split's fields."""
    template = ctx.style.pick(key, options)
    lazy = {
        "k": lambda: str(ctx.rng.randint(2, 52)),
        "v": lambda: str(ctx.rng.randint(12, 98)),
        "month": lambda: ctx.style.words.months[ctx.when.month - 1],
        "kb": lambda: str(ctx.rng.randint(40, 4800)),
        "mb": lambda: str(ctx.rng.randint(8, 90)),
        "r": lambda: _decimal(ctx.rng.uniform(2.5, 5), ctx.style.lang, 1),
        "ref": lambda: f"{ctx.when.year}/{ctx.rng.randint(100, 9999)}",
        "amount": lambda: _fifth(ctx).money.format(a=fmt_count(ctx.rng.randint(9, 1900), ctx.style.lang, ctx.rng)),
        "shop": lambda: ctx.style.pick("shop", _fifth(ctx).shops),
        "show": lambda: ctx.rng.choice(_fifth(ctx).shows),
        "dur": lambda: f"{ctx.rng.randint(4, 75)}:{ctx.rng.randint(0, 59):02}",
        "a": lambda: _decimal(ctx.rng.uniform(5.5, 7.2), ctx.style.lang, 1),
        "g": lambda: str(ctx.rng.randint(140, 260)),
        "mah": lambda: str(ctx.rng.randint(30, 60) * 100),
        "gb": lambda: str(ctx.rng.choice((64, 128, 256, 512))),
        "file": lambda: ctx.rng.choice(_fifth(ctx).files),
        "phone": lambda: "".join(str(ctx.rng.randint(0, 9)) if ch == "9" else ch for ch in PHONES[ctx.style.lang]),
    }
    for name, make in lazy.items():
        if "{" + name + "}" in template and name not in extra:
            extra[name] = make()
    return ctx.fill(template, **extra)


def _podcast(ctx: PageCtx) -> Block:
    """A podcast player: the episode and its length, a play button, where to subscribe."""
    f, s = _fifth(ctx), ctx.style
    lines = [_fill5(ctx, "episode", f.episode)]
    if s.p("player-subscribe", 0, 1) > 0.4:
        lines.append(s.pick("subscribe", f.subscribe))
    return Block("podcast", lines)


def _specs(ctx: PageCtx) -> Block:
    """A spec box: its heading and some of the site's spec lines, each with a value."""
    f = _fifth(ctx)
    lines = [_fill5(ctx, f"spec-{i}", (x,)) for i, x in enumerate(f.spec) if ctx.rng.random() < 0.8]
    return Block("specs", [ctx.style.pick("specs", f.specs), *lines])


def _buy(ctx: PageCtx) -> Block:
    f = _fifth(ctx)
    count = ctx.rng.randint(1, 3)
    return Block("buy", [_fill5(ctx, "buy", f.buy, shop=shop) for shop in ctx.rng.sample(f.shops, count)])


def _offer(ctx: PageCtx) -> Block:
    f, s = _fifth(ctx), ctx.style
    return Block("offer", [_fill5(ctx, "offer", f.offer), s.words.account[1]])


def _pros_cons(ctx: PageCtx) -> list[Block]:
    f, s = _fifth(ctx), ctx.style
    good = ctx.rng.sample(f.good, ctx.rng.randint(2, 4))
    bad = ctx.rng.sample(f.bad, ctx.rng.randint(1, 3))
    return [Block("pros", [s.pick("pros", f.pros), *good]), Block("cons", [s.pick("cons", f.cons), *bad])]


def weekly(ctx: PageCtx) -> list[Block]:
    """A weekly magazine's long read: the issue over the kicker, a standfirst, the photographer, an
    audio version, pull quotes and a subscription offer inside, the print edition and the author's
    line after it."""
    w, f, s = ctx.style.words, _fifth(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.8):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("masthead", [s.name, w.account[1], w.account[0]]))
    blocks += _nav(ctx)
    if s.p("issue-top", 0, 1) > 0.4:
        blocks.append(Block("issue", [_fill5(ctx, "issue", f.issue, k=str(ctx.when.isocalendar()[1]))]))
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.7, 1.0):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [ctx.fill(s.pick("byline", w.byline))]
    if ctx.chance("photos-by", 0.3, 0.8):
        meta.append(_fill5(ctx, "photos-by", f.photos_by, author=ctx.rng.choice(w.authors)))
    meta.append(_with_label(ctx, "published", w.published))
    blocks.append(Block("meta", meta))
    if s.p("audio", 0, 1) > 0.4:
        blocks.append(Block("audio", [_fill5(ctx, "audio", f.audio, k=str(ctx.rng.randint(8, 45)))]))
    if s.p("gift", 0, 1) > 0.5:
        blocks.append(Block("tools", [s.pick("gift", f.gift)]))
    blocks.append(BODY)
    if ctx.chance("print-note", 0.5, 1.0):
        blocks.append(
            Block(
                "print-note",
                [
                    _fill5(
                        ctx,
                        "print-note",
                        f.print_note,
                        date=fmt_date(w, "{d}. {month} {y}" if s.lang != "en" else "{month} {d}, {y}", ctx.when),
                    )
                ],
            )
        )
    if s.p("bio-line", 0, 1) > 0.3:
        blocks.append(Block("bio-line", [_fill5(ctx, "bio-line", f.bio_line)]))
    blocks.append(_share_row(ctx))
    blocks.append(_headlines(ctx, ctx.fill(s.pick("more-from", w.more_from)), 4, False))
    blocks.append(_offer(ctx))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, True, "trending"))
    blocks += _footer(ctx)
    return blocks


def pressroom(ctx: PageCtx) -> list[Block]:
    """A town hall's press room: a breadcrumb, the release's label, date and reference, an end mark,
    the press contact, attachments, when the page last changed, a feedback question, print buttons."""
    w, f, s = ctx.style.words, _fifth(ctx), ctx.style
    town = ctx.fill("{town}")
    blocks: list[Block] = [Block("brand", [town if s.p("town-brand", 0, 1) > 0.5 else s.name]), *_nav(ctx)]
    crumb = f" {s.pick('crumb-sep', ('>', '/', chr(0x203A)))} "
    blocks.append(
        Block("breadcrumb", [crumb.join((w.breadcrumb_home, ctx.category))], [w.breadcrumb_home, ctx.category])
    )
    blocks.append(Block("press-label", [s.pick("press", f.press)]))
    blocks.append(Block("title", [ctx.article.title]))
    dated = [fmt_date(w, s.date_fmt2, ctx.when)]
    if s.p("ref", 0, 1) > 0.4:
        dated.append(_fill5(ctx, "ref", f.ref))
    blocks.append(Block("meta", dated if s.p("ref-join", 0, 1) > 0.5 else [" | ".join(dated)]))
    blocks.append(BODY)
    if s.p("ends", 0, 1) > 0.5:
        blocks.append(Block("ends", [s.pick("ends", f.ends)]))
    contact = [
        s.pick("contact-head", f.contact_head),
        _fill5(ctx, "contact-role", f.contact_role, author=random.Random(s.name + ctx.category).choice(w.authors)),
    ]
    contact += [_fill5(ctx, "contact-phone", ("{phone}",)), ctx.fill("{email}")]
    blocks.append(Block("contact", contact))
    if ctx.chance("attachments", 0.3, 0.8):
        files = [_fill5(ctx, "attachment", f.attachment) for _ in range(ctx.rng.randint(1, 3))]
        blocks.append(Block("attachments", [s.pick("attachments", f.attachments), *files]))
    blocks.append(Block("print-share", list(f.print_share)))
    blocks.append(Block("modified", [_fill5(ctx, "modified", f.modified, date=fmt_date(w, s.date_fmt2, ctx.when))]))
    blocks.append(Block("useful", [s.pick("useful", f.useful), *f.yes_no]))
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(2, 4), False))
    blocks += _footer(ctx)
    return blocks


def review(ctx: PageCtx) -> list[Block]:
    """A tech review: the score under the headline, an affiliate-style buy box, a spec box inside the
    story, pros and cons and the verdict's score after it, a note on where the unit came from."""
    w, f, s = ctx.style.words, _fifth(ctx), ctx.style
    blocks: list[Block] = [Block("brand", [s.name, s.pick("tagline", w.taglines)]), *_nav(ctx)]
    blocks.append(Block("kicker", [ctx.category.upper() if s.p("kicker-upper", 0, 1) > 0.5 else ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    rating = _fill5(ctx, "rating", f.rating)
    meta = [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]
    if s.p("rating-top", 0, 1) > 0.4:
        meta.append(rating)
    blocks.append(Block("meta", meta))
    if s.p("buy-top", 0, 1) > 0.5:
        blocks.append(_buy(ctx))
    blocks.append(BODY)
    if s.p("tested", 0, 1) > 0.4:
        blocks.append(Block("tested", [s.pick("tested", f.tested)]))
    blocks += _pros_cons(ctx)
    blocks.append(Block("verdict", [s.pick("verdict", f.verdict), rating]))
    if ctx.chance("buy-end", 0.4, 1.0):
        blocks.append(_buy(ctx))
    blocks.append(_share_row(ctx))
    blocks.append(_headlines(ctx, s.pick("related", w.related), 4, False))
    if ctx.chance("comments", 0.3, 0.8):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def radio(ctx: PageCtx) -> list[Block]:
    """A radio station: what is on air and a live button over the page, a podcast player over the
    story with a transcript note on some, episodes to download after it, the station's schedule."""
    w, f, s = ctx.style.words, _fifth(ctx), ctx.style
    blocks: list[Block] = [Block("brand", [s.name])]
    blocks.append(Block("on-air", [_fill5(ctx, "on-air", f.on_air), s.pick("listen-live", f.listen_live)]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    blocks.append(Block("meta", [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]))
    podcast_page = ctx.chance("podcast", 0.3, 0.8)
    if podcast_page:
        blocks.append(_podcast(ctx))
        if s.p("transcript", 0, 1) > 0.4:
            blocks.append(Block("transcript-note", [s.pick("transcript", f.transcript)]))
    blocks.append(BODY)
    if podcast_page and s.p("download", 0, 1) > 0.4:
        blocks.append(Block("download", [_fill5(ctx, "download", f.download)]))
    blocks.append(Block("share-end", [s.pick("share-end", w.share_end)]))
    if ctx.chance("tags", 0.4, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("related", w.related), 3, False))
    listen = [_fill5(ctx, f"sched-{k}", ("{h}:00 {show}",), h=f"{6 + 3 * k:02}") for k in range(4)]
    blocks.append(Block("schedule", listen))
    blocks += _footer(ctx)
    return blocks


# --- the sixth held-out split's templates ---------------------------------------------------------------

PLATFORMS = ("Facebook", "X", "TikTok", "Telegram", "Instagram")
# The credit line a chart tool prints under its charts (left in English where it has no translation).
DATAWRAPPER = {"en": "Created with Datawrapper", "de": "Erstellt mit Datawrapper"}


def _sixth(ctx: PageCtx) -> Sixth:
    return SIXTH[ctx.style.lang]


def _day(ctx: PageCtx, when: dt.datetime) -> str:
    return fmt_date(ctx.style.words, DAY_DATES[ctx.style.lang], when)


def _fill6(ctx: PageCtx, key: str, options: tuple[str, ...], **extra: str) -> str:
    """A wording chosen once per site, filled for this page with the sixth split's fields."""
    template = ctx.style.pick(key, options)
    lazy = {
        "platform": lambda: ctx.rng.choice(PLATFORMS),
        "amount": lambda: _amount(ctx, ctx.rng.choice((5, 10, 15, 20, 25, 30, 50, 75, 100))),
        "phone": lambda: "".join(str(ctx.rng.randint(0, 9)) if ch == "9" else ch for ch in PHONES[ctx.style.lang]),
        "reg": lambda: str(random.Random(f"{ctx.style.name}-reg").randint(100000, 999999999)),
        "link": lambda: (
            "archive.ph/"
            + "".join(ctx.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
        ),
    }
    for name, make in lazy.items():
        if "{" + name + "}" in template and name not in extra:
            extra[name] = make()
    return ctx.fill(template, **extra)


def _amount(ctx: PageCtx, value: int) -> str:
    return _sixth(ctx).money.format(a=fmt_count(value, ctx.style.lang, ctx.rng))


def _rating(ctx: PageCtx, title: str) -> str:
    """The rating a fact-check of this title gave: the same wherever the site shows it."""
    f, s = _sixth(ctx), ctx.style
    rating = random.Random(f"{s.name}-{title}-rating").choice(f.ratings)
    return rating.upper() if s.p("rating-upper", 0, 1) > 0.6 else rating


def _claim_box(ctx: PageCtx) -> Block:
    """The claim checked, where it was seen and the rating; the same on every crawl of the article."""
    f, s = _sixth(ctx), ctx.style
    own = random.Random(f"{s.name}-{ctx.article.title}-claim")
    claim = own.choice([x for x in ctx.sentences if x[:1].isupper()])  # a sentence, not a piece cut at "Oct. 25"
    platform = own.choice(PLATFORMS)
    label = s.pick("claim", f.claim)
    lines = [f"{label} {claim}"] if s.p("claim-one-line", 0, 1) > 0.4 else [label, claim]
    if s.p("claimed-by", 0, 1) > 0.3:
        seen = _day(ctx, ctx.when - dt.timedelta(days=own.randint(1, 12)))
        lines.append(_fill6(ctx, "claimed-by", f.claimed_by, platform=platform, date=seen))
    label, rating = s.pick("rating-label", f.rating_label), _rating(ctx, ctx.article.title)
    lines += [f"{label} {rating}"] if s.p("rating-one-line", 0, 1) > 0.5 else [label, rating]
    return Block("claim", lines)


def _fc_sources(ctx: PageCtx) -> Block:
    """The sources of a fact-check: outlets and documents (other outlets' headlines), with their dates."""
    f, s = _sixth(ctx), ctx.style
    lines = [s.pick("fc-sources", f.sources)]
    for _ in range(ctx.rng.randint(2, 5)):
        day = _day(ctx, ctx.when - dt.timedelta(days=ctx.rng.randint(0, 400)))
        title = ctx.rng.choice(ctx.others[-40:])
        lines.append(_fill6(ctx, "fc-source", f.source, outlet=ctx.rng.choice(f.outlets), title=title, date=day))
    return Block("sources", lines)


def _checks(ctx: PageCtx) -> Block:
    """Other fact-checks, each with its rating before, after or under its headline."""
    f, s = _sixth(ctx), ctx.style
    start = ctx.rng.randint(0, 6)
    titles = ctx.others[start : start + 4]
    shape = s.pick("checks-shape", ("{r}: {t}", "{t} | {r}", "under"))
    lines = [s.pick("more-checks", f.more_checks)]
    for t in titles:
        r = _rating(ctx, t)
        lines += [t, r] if shape == "under" else [shape.format(r=r, t=t)]
    return Block("checks", lines, [lines[0], *(x for t in titles for x in (_rating(ctx, t), t))])


def _screenshot(ctx: PageCtx) -> Block:
    f = _sixth(ctx)
    taken = _day(ctx, ctx.when - dt.timedelta(days=ctx.rng.randint(0, 9)))
    return Block("screenshot", [_fill6(ctx, "screenshot", f.screenshot, date=taken)])


def _archived(ctx: PageCtx) -> Block:
    return Block("archived", [_fill6(ctx, "archived", _sixth(ctx).archived)])


def factcheck(ctx: PageCtx) -> list[Block]:
    """A fact-checking desk: the fact-check label over the headline, a claim box with where the claim was
    seen and its rating (above the story, or after it as the verdict), screenshots and archive links in
    the story, its sources, the rating scale, the desk's code of principles and partnership, a tip line
    and other fact-checks with their ratings."""
    w, f, s = ctx.style.words, _sixth(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.7):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("brand", [s.name, s.pick("tagline", SIXTH_TAGLINES[s.lang]["factcheck"])]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [s.pick("fact-check", f.fact_check)]))
    blocks.append(Block("title", [ctx.article.title]))
    meta = [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.1, 0.5):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    claim_top = s.p("claim-top", 0, 1) > 0.3
    if claim_top:
        blocks.append(_claim_box(ctx))
    if ctx.article.summary and ctx.chance("dek", 0.2, 0.7):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(BODY)
    if not claim_top:
        blocks.append(_claim_box(ctx))
    if s.p("sources", 0, 1) > 0.2:
        blocks.append(_fc_sources(ctx))
    blocks.append(Block("scale", [s.pick("scale", f.scale)]))
    if s.p("programme", 0, 1) > 0.4 and ctx.chance("programme-page", 0.3, 0.9):
        blocks.append(Block("programme", [s.pick("programme", f.programme)]))
    if s.p("signatory", 0, 1) > 0.3:
        blocks.append(Block("signatory", [_fill6(ctx, "signatory", f.signatory)]))
    if s.p("claim-tip", 0, 1) > 0.3:
        blocks.append(Block("tip", [_fill6(ctx, "claim-tip", f.claim_tip)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_checks(ctx))
    if s.p("trending", 0, 1) > 0.5:
        blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, True, "trending"))
    blocks += _footer(ctx)
    return blocks


def _meter(ctx: PageCtx) -> Block:
    """The metered paywall's count of the free articles left, and its button."""
    f, s = _sixth(ctx), ctx.style
    left = ctx.rng.choice((0, 2, 3, 4, 5, 6, 7, 8, 9))  # its wording is for the plural
    line = s.pick("meter-last", f.meter_last) if left == 0 else _fill6(ctx, "meter", f.meter, k=str(left))
    return Block("meter", [line, s.pick("meter-cta", f.meter_cta)])


def _jobs(ctx: PageCtx) -> Block:
    f = _sixth(ctx)
    town = ctx.fill("{town}")
    rows = [
        f"{ctx.rng.choice(f.job_titles)} \N{EN DASH} {ctx.rng.choice(f.employers)}, {town}"
        for _ in range(ctx.rng.randint(2, 4))
    ]
    return Block("jobs", [_fill6(ctx, "jobs", f.jobs), *rows])


def _most_commented(ctx: PageCtx) -> Block:
    """The most commented stories, each with its count of comments under it."""
    w, f, s = ctx.style.words, _sixth(ctx), ctx.style
    block = _headlines(ctx, s.pick("commented", f.commented), 4, False, "most-commented")
    counted = block[:1] + [
        x
        for t in block[1:]
        for x in (t, ctx.fill(s.pick("comments-head", w.comments_head), n=str(ctx.rng.randint(3, 480))))
    ]
    return Block("most-commented", counted, block.items)


def _local_more(ctx: PageCtx) -> Block:
    return _headlines(
        ctx, _fill6(ctx, "local-more", _sixth(ctx).local_more), ctx.rng.randint(2, 3), False, "related-box"
    )


def metro(ctx: PageCtx) -> list[Block]:
    """A metered regional daily: the count of free articles left over the page, the weather and the day's
    e-paper, a subscribers' badge on some stories, a push-notification prompt, more from the town inside
    the story, job listings, the most commented stories and the publisher's line."""
    w, f, s = ctx.style.words, _sixth(ctx), ctx.style
    subscribers = random.Random(f"{s.name}-{ctx.article.title}-plus").random() < s.p("plus-share", 0.2, 0.5)
    blocks: list[Block] = []
    if not subscribers and ctx.chance("meter", 0.5, 1.0):
        blocks.append(_meter(ctx))
    today = ctx.when + dt.timedelta(days=ctx.rng.randint(0, 20))  # the day of the crawl
    weather = _fill6(ctx, "forecast", f.forecast, sky=ctx.rng.choice(f.skies))
    blocks.append(Block("edition-bar", [weather, _fill6(ctx, "epaper", f.epaper, date=_day(ctx, today))]))
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    )
    blocks.append(Block("account", w.account[:3]))
    blocks += _nav(ctx)
    kicker = f"{ctx.fill('{town}')} \N{MIDDLE DOT} {ctx.category}" if s.p("town-kicker", 0, 1) > 0.5 else ctx.category
    blocks.append(Block("kicker", [kicker]))
    if subscribers:
        blocks.append(Block("plus", [s.pick("plus", f.plus)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.8):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [ctx.fill(s.pick("byline", w.byline)), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.2, 0.6):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if ctx.chance("push", 0.1, 0.5):
        blocks.append(Block("push", [_fill6(ctx, "push", f.push), *f.push_buttons]))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    blocks.append(Block("share-end", [s.pick("share-end", w.share_end)]))
    if ctx.chance("tags", 0.3, 0.8):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if ctx.chance("comments", 0.3, 0.7):
        blocks += _comments(ctx)
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 5), False))
    if s.p("jobs", 0, 1) > 0.3:
        blocks.append(_jobs(ctx))
    blocks.append(_most_commented(ctx))
    blocks += _footer(ctx)
    publisher = s.pick("publisher-name", f.publishers)
    blocks.append(Block("publisher", [_fill6(ctx, "publisher", f.publisher, publisher=publisher)]))
    return blocks


def _country(ctx: PageCtx) -> str:
    """The country a story is from: it stays with the article."""
    return random.Random(f"{ctx.style.name}-{ctx.article.title}-country").choice(_sixth(ctx).countries)


def _donate_box(ctx: PageCtx) -> Block:
    """A donation appeal set in the story: what an amount pays for, and the button."""
    f, s = _sixth(ctx), ctx.style
    return Block("donate-box", [_fill6(ctx, "appeal", f.appeal), s.pick("donate", f.donate)])


def _appeal(ctx: PageCtx) -> Block:
    """The appeal after the story: its heading, what a gift pays for, the amounts and the button."""
    f, s = _sixth(ctx), ctx.style
    ladder = s.pick("ladder", ("10 25 50 100", "5 15 30 60", "20 40 80 150"))
    amounts = [_amount(ctx, int(a)) for a in ladder.split()] + [s.pick("other-amount", f.other_amount)]
    one_line = s.p("amounts-one-line", 0, 1) > 0.5
    lines = [s.pick("appeal-head", f.appeal_head), _fill6(ctx, "appeal", f.appeal)]
    lines += [" ".join(amounts)] if one_line else amounts
    return Block("appeal", [*lines, s.pick("donate", f.donate)], [*lines[:2], *amounts, s.pick("donate", f.donate)])


def _petition(ctx: PageCtx) -> Block:
    f, s = _sixth(ctx), ctx.style
    signed = ctx.rng.randint(800, 95000)
    goal = (signed // 10000 + 1) * 10000 if signed >= 10000 else (signed // 1000 + 1) * 1000
    line = _fill6(
        ctx,
        "petition",
        f.petition,
        n=fmt_count(signed, s.lang, ctx.rng),
        goal=fmt_count(goal, s.lang, ctx.rng),
    )
    return Block("petition", [line, s.pick("sign", f.sign)])


def charity(ctx: PageCtx) -> list[Block]:
    """An aid organisation's newsroom: a donate button in the header, the country over the headline, the
    field worker's byline, a note that names were changed, donation appeals with amounts inside the story
    and after it, a petition with its count, the charity's registration and a tax note."""
    w, f, s = ctx.style.words, _sixth(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.3, 0.9):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("brand", [s.name]))
    blocks.append(Block("account", [s.pick("donate", f.donate), w.account[2]]))
    blocks += _nav(ctx)
    country = _country(ctx)
    kicker = f"{country} | {ctx.category}" if s.p("country-kicker", 0, 1) > 0.5 else country
    blocks.append(Block("kicker", [kicker]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.5, 0.95):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    byline = _fill6(ctx, "reporting-from", f.reporting_from, country=country)
    blocks.append(Block("meta", [byline, _with_label(ctx, "published", w.published)]))
    names_changed = ctx.chance("names-changed", 0.1, 0.5)
    names_top = s.p("names-top", 0, 1) > 0.5
    if names_changed and names_top:
        blocks.append(Block("names-note", [s.pick("names-changed", f.names_changed)]))
    if ctx.chance("lead-photo", 0.5, 1.0):
        sentence = ctx.rng.choice(ctx.sentences).rstrip(".")
        credit = _fill6(ctx, "credit", f.credit, author=ctx.rng.choice(w.authors))
        blocks.append(Block("lead-caption", [f"{sentence}. {credit}"]))
    blocks.append(BODY)
    if names_changed and not names_top:
        blocks.append(Block("names-note", [s.pick("names-changed", f.names_changed)]))
    blocks.append(_appeal(ctx))
    if ctx.chance("petition", 0.1, 0.6):
        blocks.append(_petition(ctx))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("field-stories", f.field_stories), 3, False))
    if s.p("newsletter-end", 0, 1) > 0.4:
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks += _footer(ctx)
    legal = [_fill6(ctx, "charity-no", f.charity_no)]
    if s.p("tax", 0, 1) > 0.4:
        legal.append(s.pick("tax", f.tax))
    blocks.append(Block("charity-legal", legal))
    return blocks


def _position(ctx: PageCtx, author: str) -> tuple[str, str]:
    """An academic author's post and university: the same on every page they write."""
    f = _sixth(ctx)
    own = random.Random(f"{ctx.style.name}-{author}-post")
    university = own.choice(f.universities)
    return own.choice(f.position).format(field=own.choice(f.fields), university=university), university


def _chart(ctx: PageCtx) -> Block:
    f, s = _sixth(ctx), ctx.style
    lines = [_fill6(ctx, "chart", f.chart, source=ctx.rng.choice(f.data_sources))]
    if s.p("datawrapper", 0, 1) > 0.5:
        lines.append(DATAWRAPPER.get(s.lang, DATAWRAPPER["en"]))
    return Block("chart", lines)


def academic(ctx: PageCtx) -> list[Block]:
    """An academics' explainer site: the edition over the page, the standfirst, the authors with their posts
    and universities, charts with their sources in the story, the disclosure statement, the partners, a
    republishing box and an invitation to academics, whose counts grow."""
    w, f, s = ctx.style.words, _sixth(ctx), ctx.style
    blocks: list[Block] = [Block("brand", [s.name, s.pick("tagline", SIXTH_TAGLINES[s.lang]["academic"])])]
    if s.p("edition", 0, 1) > 0.3:
        blocks.append(Block("edition", [_fill6(ctx, "edition", f.edition, edition=s.pick("editions", f.editions))]))
    blocks.append(Block("account", w.account[:2]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.7, 1.0):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    authors = [ctx.author]
    second = random.Random(f"{s.name}-{ctx.article.title}-coauthor")
    if second.random() < s.p("coauthors", 0.1, 0.4):
        authors.append(second.choice([a for a in w.authors if a != ctx.author]))
    cards = [x for a in authors for x in (a, _position(ctx, a)[0])]
    authors_top = s.p("authors-top", 0, 1) > 0.4
    if authors_top:
        blocks.append(Block("authors", cards))
    meta = [_with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.1, 0.4):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if ctx.chance("lead-photo", 0.5, 1.0):
        blocks.append(Block("lead-caption", _photo_credit_lines(ctx)))
    blocks.append(BODY)
    if not authors_top:
        blocks.append(Block("authors", cards))
    disclosures = []
    for a in authors:
        own = random.Random(f"{s.name}-{a}-disclosure")
        disclosures.append(own.choice(f.disclosure).format(author=a, funder=own.choice(f.funders)))
    blocks.append(Block("disclosure", [s.pick("disclosure-head", f.disclosure_head), *disclosures]))
    if s.p("partners", 0, 1) > 0.3:
        partner = _fill6(ctx, "partner", f.partner, university=_position(ctx, ctx.author)[1])
        blocks.append(Block("partners", [s.pick("partners", f.partners), partner]))
    if s.p("republish", 0, 1) > 0.3:
        blocks.append(
            Block("republish", [s.pick("republish", f.republish), s.pick("republish-note", f.republish_note)])
        )
    if ctx.chance("tags", 0.5, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_share_row(ctx))
    blocks.append(_headlines(ctx, s.pick("related", w.related), 4, False))
    if s.p("write", 0, 1) > 0.3:
        days = (ctx.when - dt.datetime(2023, 1, 1)).days
        academics, institutions = (
            fmt_count(180000 + 41 * days, s.lang, ctx.rng),
            fmt_count(4200 + days, s.lang, ctx.rng),
        )
        invitation = _fill6(ctx, "write", f.write, n=academics, k=institutions)
        blocks.append(Block("write", [invitation, s.pick("register", f.register)]))
    blocks += _footer(ctx)
    return blocks


# --- the seventh held-out split's templates -------------------------------------------------------------


def _seventh(ctx: PageCtx) -> Seventh:
    return SEVENTH[ctx.style.lang]


def _fill7(ctx: PageCtx, key: str, options: tuple[str, ...], **extra: str) -> str:
    """A wording chosen once per site, filled for this page with the seventh split's fields."""
    template = ctx.style.pick(key, options)
    lazy = {
        "h": lambda: str(ctx.rng.randint(5, 23)),
        "mi": lambda: f"{ctx.rng.randint(0, 59):02}",
        "town": lambda: ctx.rng.choice(TOWNS[ctx.style.lang]),
    }
    for name, make in lazy.items():
        if "{" + name + "}" in template and name not in extra:
            extra[name] = make()
    return ctx.fill(template, **extra)


@dataclass(frozen=True)
class Company:
    """The company a release is from, with what its boilerplate says: the same on all its releases."""

    name: str
    sector: str
    city: str
    ticker: str  # "(NASDAQ: NGAN)", or "" for a company that is not listed
    founded: int
    staff: int
    countries: int
    contact: str
    phone: str
    email: str


def _company(ctx: PageCtx) -> Company:
    f, s = _seventh(ctx), ctx.style
    name = random.Random(f"{s.name}-{ctx.article.title}-company").choice(f.companies)
    own = random.Random(f"{s.name}-{name}")
    letters = [c for c in unicodedata.normalize("NFKD", name).upper() if "A" <= c <= "Z"]
    ticker = f"({own.choice(EXCHANGES[s.lang])}: {''.join(letters[:4])})" if own.random() < 0.6 else ""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = next(w for w in regex.findall(r"[a-z]+", folded) if len(w) > 3)  # the name's first real word
    return Company(
        name=name,
        sector=own.choice(f.sectors),
        city=own.choice(TOWNS[s.lang]),
        ticker=ticker,
        founded=own.randint(1952, 2016),
        staff=own.choice((45, 120, 380, 900, 2400, 12000)),
        countries=own.randint(2, 40),
        contact=own.choice(ctx.style.words.authors),
        phone="".join(str(own.randint(0, 9)) if ch == "9" else ch for ch in PHONES[s.lang]),
        email=f"{own.choice(('press', 'media', 'pr', 'info'))}@{slug}.com",
    )


def _about(ctx: PageCtx, c: Company) -> Block:
    """The company's own paragraph after the release, the same on all its releases."""
    f, s = _seventh(ctx), ctx.style
    heading = s.pick("about", f.about).format(company=c.name, company_upper=c.name.upper())
    if c.ticker and s.p("ticker-about", 0, 1) > 0.4:
        heading = f"{heading} {c.ticker}"
    boilerplate = random.Random(f"{s.name}-{c.name}-boilerplate").choice(f.boilerplate)
    counts = {"n": fmt_count(c.staff, s.lang, random.Random(c.name)), "k": str(c.countries), "y": str(c.founded)}
    return Block("about", [heading, boilerplate.format(company=c.name, sector=c.sector, city=c.city, **counts)])


def _release_contact(ctx: PageCtx, c: Company) -> Block:
    s = ctx.style
    lines = [s.pick("contact-head", _seventh(ctx).contact_head), c.contact]
    if s.p("contact-company", 0, 1) > 0.5:
        lines.append(c.name)
    lines += [c.phone, c.email] if s.p("contact-phone", 0, 1) > 0.3 else [c.email]
    return Block("release-contact", lines)


def _release_photo(ctx: PageCtx) -> Block:
    return Block("release-photo", [_fill7(ctx, "logo", _seventh(ctx).logo, company=_company(ctx).name)])


def newswire(ctx: PageCtx) -> list[Block]:
    """A press-release newswire: the release label, who the news is from, the dateline before the text,
    the company's boilerplate ("About ..."), forward-looking statements for a listed company, the media
    contact, the source line, the link to the original content, industries, the company's other
    releases and the distributor's disclaimer."""
    w, f, s = ctx.style.words, _seventh(ctx), ctx.style
    c = _company(ctx)
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.8):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("brand", [s.name]))
    blocks.append(Block("account", w.account[:3]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [s.pick("release", f.release)]))
    blocks.append(Block("title", [ctx.article.title]))
    label = s.pick("provided-by", f.provided_by)
    by = [f"{label} {c.name}"] if s.p("provided-one-line", 0, 1) > 0.5 else [label, c.name]
    blocks.append(Block("provided-by", by))
    meta = [_with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.0, 0.3):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if s.p("share-top", 0, 1) > 0.4:
        blocks.append(_share_row(ctx))
    if ctx.article.summary and ctx.chance("dek", 0.2, 0.8):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    day = fmt_date(w, DAY_DATES[s.lang], ctx.when)
    blocks.append(Block("dateline", [_fill7(ctx, "dateline", f.dateline, city=c.city, date=day)]))
    blocks.append(BODY)
    blocks.append(_about(ctx, c))
    if c.ticker:
        statement = random.Random(f"{s.name}-{c.name}-fls").choice(f.fls).format(company=c.name)
        blocks.append(Block("fls", [s.pick("fls-head", f.fls_head), statement]))
    blocks.append(_release_contact(ctx, c))
    if s.p("source-line", 0, 1) > 0.3:
        blocks.append(Block("source-line", [s.pick("source-line", f.source_line).format(company=c.name)]))
    if s.p("original", 0, 1) > 0.3:
        folded = unicodedata.normalize("NFKD", c.name).encode("ascii", "ignore").decode().lower()
        slug = f"{regex.sub(r'[^a-z0-9]+', '-', folded).strip('-')}-{ctx.rng.randint(300000000, 302999999)}"
        blocks.append(Block("original", [s.pick("original", f.original).format(domain=s.domain, slug=slug)]))
    if ctx.chance("industry", 0.4, 1.0):
        sectors = ", ".join(dict.fromkeys([c.sector, ctx.rng.choice(f.sectors)]))
        blocks.append(Block("industry", [s.pick("industry", f.industry).format(sectors=sectors)]))
    if s.p("share-top", 0, 1) <= 0.4:
        blocks.append(_share_row(ctx))
    heading = s.pick("also-from", f.also_from).format(company=c.name)
    blocks.append(_headlines(ctx, heading, ctx.rng.randint(2, 4), False, "also-from"))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, False, "trending"))
    blocks += _footer(ctx)
    if s.p("not-responsible", 0, 1) > 0.3:
        blocks.append(Block("not-responsible", [ctx.fill(s.pick("not-responsible", f.not_responsible))]))
    return blocks


def _dish(ctx: PageCtx, title: str) -> str:
    """The dish a story's recipe box is for: it stays with the article."""
    return random.Random(f"{ctx.style.name}-{title}-dish").choice(_seventh(ctx).dishes)


def _recipe_times(ctx: PageCtx) -> Block:
    f, s = _seventh(ctx), ctx.style
    own = random.Random(f"{s.name}-{ctx.article.title}-times")
    prep, cook, serves = own.choice((10, 15, 20, 25, 30)), own.choice((20, 30, 40, 45, 60, 90)), own.choice((2, 4, 6))
    times = _fill7(ctx, "times", f.times, a=str(prep), b=str(cook), c=str(serves))
    return Block("recipe-times", [times, own.choice(f.level)] if s.p("level", 0, 1) > 0.4 else [times])


def _recipe_rating(ctx: PageCtx) -> Block:
    f, s = _seventh(ctx), ctx.style
    r = _decimal(random.Random(f"{s.name}-{ctx.article.title}-stars").uniform(3.6, 5), s.lang, 1)
    votes = str(ctx.rng.randint(3, 900))  # the count changes from one crawl to the next
    return Block("recipe-rating", [_fill7(ctx, "stars", f.stars, r=r, n=votes)])


def _recipe_card(ctx: PageCtx) -> list[Block]:
    """The recipe after the story: its name and author, times, ingredients, method and nutrition."""
    f, s = _seventh(ctx), ctx.style
    own = random.Random(f"{s.name}-{ctx.article.title}-recipe")
    dish = _dish(ctx, ctx.article.title)
    head = [dish[:1].upper() + dish[1:]]
    if s.p("recipe-by", 0, 1) > 0.3:
        head.append(_fill7(ctx, "recipe-by", f.recipe_by))
    blocks = [Block("recipe-card", head), _recipe_times(ctx)]
    items = own.sample(f.items, own.randint(4, min(7, len(f.items))))
    blocks.append(Block("ingredients", [s.pick("ingredients", f.ingredients), *items]))
    steps = own.sample(f.steps, own.randint(3, len(f.steps)))
    numbered = s.p("numbered-steps", 0, 1) > 0.4
    blocks.append(
        Block("method", [s.pick("method", f.method), *(f"{i}. {x}" if numbered else x for i, x in enumerate(steps, 1))])
    )
    if ctx.chance("nutrition", 0.4, 1.0):
        values = {
            "kcal": str(own.randint(180, 780)),
            "p": str(own.randint(4, 40)),
            "f": str(own.randint(3, 38)),
            "c": str(own.randint(8, 90)),
        }
        blocks.append(Block("nutrition", [_fill7(ctx, "nutrition", f.nutrition, **values)]))
    if ctx.chance("recipe-tip", 0.2, 0.7):
        blocks.append(Block("recipe-tip", [_fill7(ctx, "tip", f.tip, dish=dish, n=str(own.randint(2, 5)))]))
    return blocks


def _recipe_teaser(ctx: PageCtx) -> Block:
    """Another recipe advertised in the story, with a save button."""
    f, s = _seventh(ctx), ctx.style
    dish = ctx.rng.choice(f.dishes)
    return Block("recipe-teaser", [f"{s.pick('food', f.food)}: {dish[:1].upper() + dish[1:]}", s.pick("save", f.save)])


def recipe(ctx: PageCtx) -> list[Block]:
    """A newspaper's food section: a jump-to-recipe bar with save and print buttons, the times, the star
    rating, the story, then the recipe box (ingredients, method, nutrition, a cook's tip), a rating
    prompt, more recipes and the newsletter."""
    w, f, s = ctx.style.words, _seventh(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.7):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    )
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    blocks += _nav(ctx)
    food = s.pick("food", f.food)
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} > {food}"], [w.breadcrumb_home, food]))
    else:
        blocks.append(Block("kicker", [food]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.4, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(Block("meta", [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]))
    rating_top = s.p("rating-top", 0, 1) > 0.5
    if rating_top:
        blocks.append(_recipe_rating(ctx))
    if ctx.chance("jump", 0.5, 1.0):
        bar = [s.pick("jump", f.jump), s.pick("save", f.save), s.pick("print", f.print_recipe)]
        blocks.append(Block("recipe-bar", bar if s.p("bar-lines", 0, 1) > 0.5 else [" | ".join(bar)], bar))
    if s.p("times-top", 0, 1) > 0.6:
        blocks.append(_recipe_times(ctx))
    if ctx.chance("lead-photo", 0.5, 1.0):
        blocks.append(Block("lead-caption", _photo_credit_lines(ctx)))
    blocks.append(BODY)
    blocks += _recipe_card(ctx)
    rate = [s.pick("rate", f.rate)]
    if not rating_top:
        rate += _recipe_rating(ctx)
    blocks.append(Block("recipe-rate", rate))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more-recipes", f.more_recipes), ctx.rng.randint(3, 4), False, "more-recipes"))
    if s.p("newsletter-end", 0, 1) > 0.3:
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    if ctx.chance("comments", 0.2, 0.7):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def _alert_kind(ctx: PageCtx) -> str:
    """What a story on the alert desk is about (weather, roads or transit): it stays with the article."""
    return random.Random(f"{ctx.style.name}-{ctx.article.title}-alert").choice(("weather", "roads", "transit"))


def _warning(ctx: PageCtx) -> Block:
    """The weather warning's box: the level and hazard, when it is in force, who issued it."""
    f, s = _seventh(ctx), ctx.style
    own = random.Random(f"{s.name}-{ctx.article.title}-warning")
    line = _fill7(ctx, "warning", f.warning, level=own.choice(f.levels), hazard=own.choice(f.hazards))
    start = ctx.when + dt.timedelta(hours=own.randint(1, 12))
    end = start + dt.timedelta(hours=own.choice((6, 12, 18, 24, 36)))
    stamp = s.pick("warning-date", ("{dd}.{mm}. {h}:{mi}", "{h}:{mi} {dd}/{mm}", "{weekday} {h}:{mi}"))
    valid = _fill7(ctx, "valid", f.valid, start=fmt_date(s.words, stamp, start), end=fmt_date(s.words, stamp, end))
    lines = [line, valid]
    if s.p("alert-source", 0, 1) > 0.3:
        lines.append(s.pick("alert-source", f.alert_source).format(service=f.service))
    return Block("warning", lines)


def _lines(ctx: PageCtx) -> str:
    picks = ctx.rng.sample(("3", "7", "12", "14", "21", "N2", "N5", "31", "44", "S1", "S3", "9"), ctx.rng.randint(1, 4))
    return ", ".join(picks)


def _status(ctx: PageCtx, kind: str) -> Block:
    """The state of a road or transit disruption, the lines or roads it touches and the last check."""
    f, s = _seventh(ctx), ctx.style
    lines = [_fill7(ctx, "status", f.status, state=ctx.rng.choice(f.states))]
    if kind == "transit":
        lines.append(_fill7(ctx, "affected", f.affected, lines=_lines(ctx)))
    else:
        towns = ctx.rng.sample(TOWNS[s.lang], 2)
        lines.append(_fill7(ctx, "closure", f.closure, road=ctx.rng.choice(f.roads), a=towns[0], b=towns[1]))
    lines.append(_fill7(ctx, "checked", f.checked))
    return Block("status-box", lines)


def _closures(ctx: PageCtx) -> Block:
    """The desk's list of current alerts: roads closed and warnings, a few to a page."""
    f, s = _seventh(ctx), ctx.style
    rows = []
    for _ in range(ctx.rng.randint(2, 4)):
        if ctx.rng.random() < 0.6:
            towns = ctx.rng.sample(TOWNS[s.lang], 2)
            rows.append(_fill7(ctx, "closure", f.closure, road=ctx.rng.choice(f.roads), a=towns[0], b=towns[1]))
        else:
            rows.append(
                _fill7(ctx, "warning", f.warning, level=ctx.rng.choice(f.levels), hazard=ctx.rng.choice(f.hazards))
            )
    return Block("closures", [s.pick("current", f.current), *rows])


def _advice(ctx: PageCtx) -> Block:
    return Block("advice", [_fill7(ctx, "advice", _seventh(ctx).advice, n=str(ctx.rng.choice((10, 15, 20, 30, 45))))])


def _live_map(ctx: PageCtx) -> Block:
    return Block("live-map", [ctx.style.pick("live-map", _seventh(ctx).live_map)])


def alerts(ctx: PageCtx) -> list[Block]:
    """A traffic, transit and weather desk: the warning in force over the page on some days, the story's
    status box (the state, the lines or roads, the time of the last check), travel advice and the live
    map in the story, the current alerts, a line for reporting delays and a journey planner."""
    w, f, s = ctx.style.words, _seventh(ctx), ctx.style
    kind = _alert_kind(ctx)
    blocks: list[Block] = []
    if kind != "weather" and ctx.chance("banner", 0.1, 0.5):
        blocks.append(
            Block(
                "alert-banner",
                [_fill7(ctx, "warning", f.warning, level=ctx.rng.choice(f.levels), hazard=ctx.rng.choice(f.hazards))],
            )
        )
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    )
    blocks.append(Block("account", w.account[:3]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [ctx.category]))
    blocks.append(Block("title", [ctx.article.title]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.3, 0.8):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    blocks.append(_warning(ctx) if kind == "weather" else _status(ctx, kind))
    if ctx.article.summary and ctx.chance("dek", 0.2, 0.6):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if s.p("live-map-end", 0, 1) > 0.4:
        blocks.append(_live_map(ctx))
    if s.p("delay", 0, 1) > 0.3:
        blocks.append(Block("delay", [_fill7(ctx, "delay", f.delay, phone=_phone7(ctx))]))
    blocks.append(_share_row(ctx))
    blocks.append(_closures(ctx))
    if s.p("planner", 0, 1) > 0.4:
        blocks.append(Block("planner", list(f.planner)))
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 5), False))
    if s.p("app", 0, 1) > 0.5:
        blocks.append(Block("app", [ctx.fill(w.app[0]), w.app[1]]))
    blocks += _footer(ctx)
    return blocks


def _phone7(ctx: PageCtx) -> str:
    """The desk's number: the same on every page."""
    own = random.Random(f"{ctx.style.name}-phone")
    return "".join(str(own.randint(0, 9)) if ch == "9" else ch for ch in PHONES[ctx.style.lang])


def _club(ctx: PageCtx) -> Club:
    return CLUB[ctx.style.lang]


def _season(ctx: PageCtx) -> str:
    """The season a page falls in (August to May), as clubs write it: 2024/25."""
    start = ctx.when.year if ctx.when.month >= 7 else ctx.when.year - 1
    return f"{start}/{(start + 1) % 100:02}"


def _kickoff(ctx: PageCtx, weeks: int) -> tuple[str, str, str, bool]:
    """A match on the Saturday `weeks` after the page's week: the day, the time, the opponent and whether
    it is at home; the same on every page of that week."""
    day = ctx.when + dt.timedelta(days=(5 - ctx.when.weekday()) % 7 + 7 * weeks)
    own = random.Random(f"{ctx.style.name}-{day:%Y-%m-%d}")
    stamp = ctx.style.pick("match-day", ("{weekday} {d}.{m}.", "{dd}/{mm}", "{weekday} {dd}.{mm}."))
    time = own.choice(("14:00", "15:00", "17:30", "18:45", "20:00"))
    return fmt_date(ctx.style.words, stamp, day), time, own.choice(_club(ctx).opponents), own.random() < 0.5


def _next_home(ctx: PageCtx) -> tuple[str, str, str, bool]:
    """The club's next home match (within two months; the next match when there is none)."""
    return next((m for m in (_kickoff(ctx, k) for k in range(8)) if m[3]), _kickoff(ctx, 0))


def _match_card(ctx: PageCtx) -> Block:
    """A result card set in the story: the score, and a highlights clip under it on some sites."""
    c, s = _club(ctx), ctx.style
    goals = {"a": str(ctx.rng.randint(0, 4)), "b": str(ctx.rng.randint(0, 3))}
    line = _fill7(ctx, "result", c.result, us=s.name, them=ctx.rng.choice(c.opponents), **goals)
    if s.p("card-clip", 0, 1) > 0.5:
        dur = f"{ctx.rng.randint(1, 9)}:{ctx.rng.randint(0, 59):02}"
        return Block("match-card", [line, _fill7(ctx, "highlights", c.highlights, dur=dur)])
    return Block("match-card", [line])


def _ticket_note(ctx: PageCtx) -> Block:
    c, s = _club(ctx), ctx.style
    return Block("ticket-note", [_fill7(ctx, "tickets", c.tickets, them=_next_home(ctx)[2]), s.pick("buy", c.buy)])


def _fixtures(ctx: PageCtx) -> Block:
    c, s = _club(ctx), ctx.style
    rows = []
    for k in range(ctx.rng.randint(3, 4)):
        day, time, them, home = _kickoff(ctx, k)
        rows.append(f"{day} {time} \N{MIDDLE DOT} {them} {c.home_away[0 if home else 1]}")
    return Block("fixtures", [s.pick("fixtures", c.fixtures), *rows])


def club(ctx: PageCtx) -> list[Block]:
    """A football club's news pages: the next match over the page, the club's sections, result cards and
    ticket notices in the story, the fixtures, the partners' strip, the shop's new kit and the members'
    offer."""
    w, c, s = ctx.style.words, _club(ctx), ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.3, 0.9):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    day, time, them, _ = _next_home(ctx)
    upcoming = _fill7(ctx, "next-match", c.next_match, us=s.name, them=them, day=day, time=time)
    blocks.append(Block("next-match", [upcoming]))
    blocks.append(Block("brand", [s.name]))
    blocks.append(Block("account", list(c.account[: int(s.p("club-account", 2, 4.99))])))
    nav = [w.nav[0], *c.sections]  # a club's menu: its teams and sections, not a newspaper's
    blocks.append(Block("nav", [s.nav_joiner.join(nav)], nav) if s.nav_joiner else Block("nav", nav))
    section = random.Random(f"{s.name}-{ctx.article.title}-section").choice(c.sections)
    blocks.append(Block("kicker", [section]))
    blocks.append(Block("title", [ctx.article.title]))
    meta = [_fill7(ctx, "media", c.media), _with_label(ctx, "published", w.published)]
    blocks.append(Block("meta", meta))
    if ctx.article.summary and ctx.chance("dek", 0.2, 0.7):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    if ctx.chance("lead-photo", 0.5, 1.0):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if s.p("ticket-end", 0, 1) > 0.4 and ctx.chance("ticket-end-page", 0.4, 0.9):
        blocks.append(_ticket_note(ctx))
    blocks.append(_share_row(ctx))
    blocks.append(_fixtures(ctx))
    blocks.append(_headlines(ctx, s.pick("latest", c.latest), ctx.rng.randint(3, 5), False))
    if ctx.chance("kit", 0.3, 0.9):
        price = s.pick("kit-price", ("59.99", "64.95", "70", "75"))
        amount = c.money.format(a=price if s.lang == "en" else price.replace(".", ","))
        blocks.append(Block("kit", [_fill7(ctx, "kit", c.kit, season=_season(ctx), amount=amount)]))
    if s.p("member", 0, 1) > 0.3:
        blocks.append(Block("member", [_fill7(ctx, "member", c.member, season=_season(ctx))]))
    sponsors = list(c.sponsors[: int(s.p("sponsors", 3, len(c.sponsors) + 0.99))])
    joined = s.p("sponsors-one-line", 0, 1) > 0.5
    head = s.pick("partners", c.partners)
    lines = [head, " \N{MIDDLE DOT} ".join(sponsors)] if joined else [head, *sponsors]
    blocks.append(Block("sponsors", lines, [head, *sponsors]))
    blocks += _footer(ctx)
    return blocks


# --- the eighth held-out split's templates --------------------------------------------------------------


def _fill8(ctx: PageCtx, key: str, options: tuple[str, ...], **extra: str) -> str:
    """A wording chosen once per site, filled for this page with the eighth split's fields."""
    template = ctx.style.pick(key, options)
    lazy = {
        "phone": lambda: _helpline(ctx),
        "town": lambda: ctx.rng.choice(TOWNS[ctx.style.lang]),
    }
    for name, make in lazy.items():
        if "{" + name + "}" in template and name not in extra:
            extra[name] = make()
    return ctx.fill(template, **extra)


def _helpline(ctx: PageCtx) -> str:
    """A number the site prints on every page that has it (a helpline, a desk)."""
    own = random.Random(f"{ctx.style.name}-helpline")
    return "".join(str(own.randint(0, 9)) if ch == "9" else ch for ch in PHONES[ctx.style.lang])


def _own(ctx: PageCtx, what: str) -> random.Random:
    """Draws that stay with the article (its case, its show, its election phase) on every page showing it."""
    return random.Random(f"{ctx.style.name}-{ctx.article.title}-{what}")


def _pct(value: float, lang: str) -> str:
    return _decimal(value, lang, 1)


@dataclass(frozen=True)
class Case:
    """The court case a courts-desk story is about: the same on every page showing the story."""

    court: str
    number: str
    judge: str
    charge: str  # "" for a civil case
    stage: str
    ruled: bool  # the stage is the ruling: the "not final" notice, no next hearing
    restricted: bool
    next_in: int  # days to the next hearing


def _case(ctx: PageCtx) -> Case:
    f, s = COURTS[ctx.style.lang], ctx.style
    own = _own(ctx, "case")
    y = ctx.when.year - own.choice((0, 0, 1, 2))
    digits = {"y": str(y), "yy": f"{y % 100:02}", "a": f"{own.randint(1, 999):03}", "b": f"{own.randint(1, 99999):05}"}
    stage = own.choices(range(len(f.stages)), weights=(3, 2, 1, 1, 3))[0]
    criminal = own.random() < 0.75
    return Case(
        court=own.choice(f.courts).format(town=own.choice(TOWNS[s.lang])),
        number=s.pick("case-no", f.case_no).format(**digits),
        judge=own.choice(f.judges),
        charge=own.choice(f.charges) if criminal else "",
        stage=f.stages[stage],
        ruled=stage == len(f.stages) - 1,
        restricted=own.random() < 0.2,
        next_in=own.randint(6, 80),
    )


def _case_box(ctx: PageCtx, case: Case) -> Block:
    """The case at a glance: the court and case number, and the judge, charge and stage on some sites."""
    f, s = COURTS[ctx.style.lang], ctx.style
    values = (case.court, case.number, case.judge, case.charge, case.stage)
    keep = [i for i, v in enumerate(values) if v and (i < 2 or s.p(f"case-field-{i}", 0, 1) > 0.35)]
    if s.p("case-one-line", 0, 1) > 0.6:
        return Block("case-box", [" | ".join(values[i] for i in keep)])
    return Block("case-box", [f"{f.labels[i]}: {values[i]}" for i in keep])


def _presumed_inline(ctx: PageCtx) -> Block:
    """The presumption of innocence set between paragraphs, on sites that put it there, for criminal cases."""
    case = _case(ctx)
    if not case.charge or ctx.style.pick("presumed-at", ("end", "inline", "none")) != "inline":
        return Block("presumed", [])
    return Block("presumed", [ctx.style.pick("presumed", COURTS[ctx.style.lang].presumed)])


def courts(ctx: PageCtx) -> list[Block]:
    """A newspaper's courts desk: the case box (court, case number, judge, charge, stage) over or under the
    story, reporting restrictions, the presumption of innocence, the "not final" notice of a ruling or the
    next hearing, the victims' helpline, the court-reporting note, related rulings and comments closed
    while a case is pending."""
    w, f, s = ctx.style.words, COURTS[ctx.style.lang], ctx.style
    case = _case(ctx)
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.7):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    )
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    blocks += _nav(ctx)
    desk = s.pick("desk", f.desk)
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} > {desk}"], [w.breadcrumb_home, desk]))
    else:
        blocks.append(Block("kicker", [desk]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.8):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.2, 0.6):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    box_at = s.pick("case-at", ("top", "top", "end"))
    if box_at == "top":
        blocks.append(_case_box(ctx, case))
    if case.restricted:
        blocks.append(Block("restrictions", [s.pick("restrictions", f.restrictions)]))
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", _photo_credit_lines(ctx)))
    blocks.append(BODY)
    if case.charge and s.pick("presumed-at", ("end", "inline", "none")) == "end":
        blocks.append(Block("presumed", [s.pick("presumed", f.presumed)]))
    if case.ruled:
        days = s.pick("appeal-days", ("14", "15", "21", "30"))
        blocks.append(Block("not-final", [_fill8(ctx, "not-final", f.not_final, days=days)]))
    elif s.p("next-hearing", 0, 1) > 0.3:
        when = fmt_date(w, DAY_DATES[s.lang], ctx.when + dt.timedelta(days=case.next_in))
        blocks.append(Block("next-hearing", [_fill8(ctx, "next-hearing", f.next_hearing, date=when)]))
    if box_at == "end":
        blocks.append(_case_box(ctx, case))
    if case.charge and s.p("support", 0, 1) > 0.4 and _own(ctx, "support").random() < 0.5:
        blocks.append(Block("victim-help", [_fill8(ctx, "support", f.support)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("record", 0, 1) > 0.4:
        blocks.append(Block("record", [ctx.fill(s.pick("record", f.record))]))
    blocks.append(_headlines(ctx, s.pick("rulings", f.rulings), ctx.rng.randint(3, 5), False, "rulings"))
    if not case.ruled and s.p("close-comments", 0, 1) > 0.3:
        blocks.append(Block("comments-closed", [s.pick("closed", f.closed)]))
    elif ctx.chance("comments", 0.2, 0.6):
        blocks += _comments(ctx)
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, s.p("numbered", 0, 1) > 0.5, "trending"))
    blocks += _footer(ctx)
    return blocks


def _price8(ctx: PageCtx, value: int) -> str:
    """An amount of money as the section prints it; Korean prices in 억 and 만 원."""
    if ctx.style.lang == "ko":
        eok, man = divmod(value, 10000)
        return (f"{eok}억 " if eok else "") + (f"{man:,}만 원" if man else "원")
    sep = {"en": ",", **EIGHTH_SEPARATORS}.get(ctx.style.lang, ".")
    return ESTATE[ctx.style.lang].money.format(a=f"{value:,}".replace(",", sep))


def _home_price(ctx: PageCtx, area: int) -> int:
    """A home's asking price from its area, rounded as agents round it (in 만 원 for Korean homes)."""
    per = {"en": (2800, 6500), "ko": (600, 1800)}.get(ctx.style.lang, (1300, 3600))
    value = area * ctx.rng.randint(*per)
    return round(value, -3) if ctx.style.lang != "ko" else round(value, -2)


def _listing(ctx: PageCtx) -> Block:
    """A home on the market, boxed in the story: a different one on every page."""
    e, s, r = ESTATE[ctx.style.lang], ctx.style, ctx.rng
    ctx.flags.add("listing")
    rooms, area, floors = r.randint(1, 5), r.randint(28, 190), r.randint(2, 12)
    kind = r.choice(e.kinds)
    lines = [_fill8(ctx, "price", e.price, price=_price8(ctx, _home_price(ctx, area)))]
    if r.random() < s.p("reduced", 0.1, 0.4):
        lines.append(_fill8(ctx, "reduced", e.reduced, pct=str(r.randint(3, 15))))
    facts = {"rooms": str(rooms), "area": str(area), "floor": str(r.randint(1, floors)), "floors": str(floors)}
    lines.append(_fill8(ctx, "facts", e.facts, kind=kind, **facts))
    town = r.choice(TOWNS[s.lang])
    street = r.choice(e.streets).format(num=r.randint(1, 140), town=town)
    lines.append(street if s.lang == "ko" else f"{street}, {town}")
    if s.p("energy", 0, 1) > 0.4:
        lines.append(_fill8(ctx, "energy", e.energy, cls=r.choice("ABCCDDEF")))
    if s.p("listing-id", 0, 1) > 0.4:
        lines.append(_fill8(ctx, "listing-id", e.listing_id, id=str(r.randint(1000000, 9999999))))
    if r.random() < 0.3:
        h = r.randint(10, 16)
        day = s.words.weekdays[r.randint(5, 6)]
        lines.append(_fill8(ctx, "open-house", e.open_house, day=day, h=str(h), h2=str(h + 2)))
    lines.append(s.pick("view", e.view))
    return Block("listing", lines)


def _agent(ctx: PageCtx) -> Block:
    e, s = ESTATE[ctx.style.lang], ctx.style
    phone = "".join(str(ctx.rng.randint(0, 9)) if ch == "9" else ch for ch in PHONES[s.lang])
    return Block(
        "agent", [s.pick("agent-head", e.agent_head), ctx.rng.choice(e.agents), ctx.rng.choice(e.agencies), phone]
    )


def _market(ctx: PageCtx) -> Block:
    """The town's average asking price per square metre and its change over the year."""
    e, s = ESTATE[ctx.style.lang], ctx.style
    per = {"en": (2800, 6500), "ko": (600, 1800)}.get(s.lang, (1300, 3600))
    price = _price8(ctx, round(ctx.rng.randint(*per), -1))
    return Block("market", [_fill8(ctx, "market", e.market, price=price, change=_change(ctx))])


def _mortgage(ctx: PageCtx) -> Block:
    e, s = ESTATE[ctx.style.lang], ctx.style
    return Block("mortgage", [s.pick("mortgage", e.mortgage), s.pick("calculate", e.calculate)])


def _similar(ctx: PageCtx) -> Block:
    e, s, r = ESTATE[ctx.style.lang], ctx.style, ctx.rng
    rows = []
    for _ in range(r.randint(3, 4)):
        area = r.randint(28, 190)
        values = {"rooms": str(r.randint(1, 5)), "kind": r.choice(e.kinds), "town": r.choice(TOWNS[s.lang])}
        rows.append(_fill8(ctx, "similar-row", e.similar_row, price=_price8(ctx, _home_price(ctx, area)), **values))
    return Block("similar", [s.pick("similar", e.similar), *rows])


def estate(ctx: PageCtx) -> list[Block]:
    """A newspaper's property section: a partner's line on sponsored stories, listing boxes in the story
    (price, price cuts, rooms and area, address, energy class, listing number, open house), the agent's
    card, the mortgage calculator prompt, the town's price per square metre, the home search, similar
    homes and the note on asking prices."""
    w, e, s = ctx.style.words, ESTATE[ctx.style.lang], ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.8):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    )
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    blocks += _nav(ctx)
    section = s.pick("section", e.section)
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} > {section}"], [w.breadcrumb_home, section]))
    else:
        blocks.append(Block("kicker", [section]))
    blocks.append(Block("title", [ctx.article.title]))
    if _own(ctx, "sponsored").random() < s.p("sponsored", 0.1, 0.35):
        agency = _own(ctx, "partner").choice(e.agencies)
        blocks.append(Block("partner", [_fill8(ctx, "partner", e.partner, agency=agency)]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.8):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(Block("meta", [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]))
    share_top = s.p("share-top", 0, 1) > 0.5
    if share_top:
        blocks.append(_share_row(ctx))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if s.p("listing-end", 0, 1) > 0.5 and ctx.chance("listing-end-page", 0.2, 0.6):
        blocks.append(_listing(ctx))
    if "listing" in ctx.flags and s.p("agent", 0, 1) > 0.35:
        blocks.append(_agent(ctx))
    if s.p("mortgage-end", 0, 1) > 0.4:
        blocks.append(_mortgage(ctx))
    if not share_top:
        blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("home-search", 0, 1) > 0.3:
        blocks.append(Block("home-search", list(e.search)))
    blocks.append(_similar(ctx))
    if s.p("prices-note", 0, 1) > 0.4:
        blocks.append(Block("prices-note", [ctx.fill(s.pick("note", e.note))]))
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 5), False))
    if s.p("newsletter-end", 0, 1) > 0.5:
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks += _footer(ctx)
    return blocks


@dataclass(frozen=True)
class Show:
    """The show a TV-desk story is about, and what the desk says of it: the same on every page."""

    title: str
    platform: str
    review: bool
    spoilers: bool
    stars: int
    season: int
    episode: int
    cast: tuple[str, ...]
    runtime: int
    age: str


def _show(ctx: PageCtx) -> Show:
    f = SCREEN[ctx.style.lang]
    own = _own(ctx, "show")
    return Show(
        title=own.choice(f.shows),
        platform=own.choice(f.platforms),
        review=own.random() < 0.55,
        spoilers=own.random() < 0.35,
        stars=own.choice((2, 3, 3, 4, 4, 4, 5)),
        season=own.randint(1, 6),
        episode=own.randint(1, 10),
        cast=tuple(own.sample(f.actors, own.randint(2, 4))),
        runtime=own.choice((42, 45, 50, 58, 60, 95, 118)),
        age=own.choice(f.ages),
    )


def _verdict(ctx: PageCtx, show: Show) -> Block:
    f, s = SCREEN[ctx.style.lang], ctx.style
    marks = "\N{BLACK STAR}" * show.stars + "\N{WHITE STAR}" * (5 - show.stars)
    stars = _fill8(ctx, "stars", f.stars, stars=marks, r=str(show.stars))
    line = _own(ctx, "verdict").choice(f.verdicts)
    return Block("tv-verdict", [s.pick("verdict-head", f.verdict_head), stars, line])


def _show_info(ctx: PageCtx, show: Show) -> Block:
    """The show's facts under the review: episode, cast, age rating and running time, as the site keeps them."""
    f, s = SCREEN[ctx.style.lang], ctx.style
    lines = [_fill8(ctx, "episode", f.episode, s=str(show.season), e=str(show.episode))]
    lines.append(_fill8(ctx, "cast", f.cast, names=", ".join(show.cast)))
    if s.p("info-age", 0, 1) > 0.3:
        lines.append(_fill8(ctx, "age", f.age, age=show.age))
    if s.p("info-runtime", 0, 1) > 0.4:
        lines.append(_fill8(ctx, "runtime", f.runtime, n=str(show.runtime)))
    return Block("show-info", [" | ".join(lines)] if s.p("info-one-line", 0, 1) > 0.6 else lines)


def _where(ctx: PageCtx, show: Show) -> Block:
    f, s = SCREEN[ctx.style.lang], ctx.style
    start = fmt_date(s.words, DAY_DATES[s.lang], ctx.when - dt.timedelta(days=_own(ctx, "where").randint(0, 20)))
    return Block("where-watch", [_fill8(ctx, "where", f.where, show=show.title, platform=show.platform, date=start)])


def _trailer(ctx: PageCtx) -> Block:
    dur = f"{ctx.rng.randint(1, 3)}:{ctx.rng.randint(0, 59):02}"
    return Block("trailer", [_fill8(ctx, "trailer", SCREEN[ctx.style.lang].trailer, dur=dur)])


def _spoiler_inline(ctx: PageCtx) -> Block:
    show, s = _show(ctx), ctx.style
    if not show.spoilers or s.pick("spoiler-at", ("top", "top", "inline")) != "inline":
        return Block("spoiler", [])
    return Block("spoiler", [_fill8(ctx, "spoiler", SCREEN[s.lang].spoiler, show=show.title)])


def _tonight(ctx: PageCtx) -> Block:
    """Tonight's picks with channel and time: the same on every page of the day."""
    f, s = SCREEN[ctx.style.lang], ctx.style
    own = random.Random(f"{s.name}-{ctx.when:%Y-%m-%d}-tv")
    hours = sorted(own.sample(range(18, 24), own.randint(3, 4)))
    rows = [
        _fill8(
            ctx,
            "slot",
            f.slot,
            time=f"{h}:{own.choice((0, 5, 15, 30, 45)):02}",
            channel=own.choice(f.channels),
            show=own.choice(f.shows),
        )
        for h in hours
    ]
    return Block("tonight", [s.pick("tonight", f.tonight), *rows, s.pick("guide", f.guide)])


def screen(ctx: PageCtx) -> list[Block]:
    """A TV and streaming desk: the spoiler warning over some stories, where the show is streaming, the
    review's stars and verdict, the trailer in the story, the show's episode, cast, age rating and running
    time, the affiliate note, tonight's listings with channel and time, and more reviews."""
    w, f, s = ctx.style.words, SCREEN[ctx.style.lang], ctx.style
    show = _show(ctx)
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.8):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(
        Block("brand", [s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    )
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    blocks += _nav(ctx)
    blocks.append(Block("kicker", [s.pick("section", f.section)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(Block("meta", [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]))
    affiliate_at = s.pick("affiliate-at", ("top", "end", "none"))
    if affiliate_at == "top":
        blocks.append(Block("tv-affiliate", [s.pick("affiliate", f.affiliate)]))
    verdict_top = s.p("verdict-top", 0, 1) > 0.5
    if show.review and verdict_top:
        blocks.append(_verdict(ctx, show))
    where_top = s.p("where-top", 0, 1) > 0.5
    if where_top:
        blocks.append(_where(ctx, show))
    if show.spoilers and s.pick("spoiler-at", ("top", "top", "inline")) == "top":
        blocks.append(Block("spoiler", [_fill8(ctx, "spoiler", f.spoiler, show=show.title)]))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if show.review and not verdict_top:
        blocks.append(_verdict(ctx, show))
    if show.review or s.p("info-always", 0, 1) > 0.6:
        blocks.append(_show_info(ctx, show))
    if not where_top:
        blocks.append(_where(ctx, show))
    if affiliate_at == "end":
        blocks.append(Block("tv-affiliate", [s.pick("affiliate", f.affiliate)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("tonight", 0, 1) > 0.3 and ctx.chance("tonight-page", 0.5, 1.0):
        blocks.append(_tonight(ctx))
    blocks.append(_headlines(ctx, s.pick("reviews", f.reviews), ctx.rng.randint(3, 5), False, "reviews"))
    if ctx.chance("comments", 0.2, 0.7):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def _phase(ctx: PageCtx) -> str:
    """Where a story on the election desk falls: before polling day, on election night or after the count."""
    return _own(ctx, "phase").choices(("before", "night", "after"), weights=(35, 30, 35))[0]


def _final(ctx: PageCtx) -> list[tuple[str, float]]:
    """The election's result, the same on every page of the site: the parties and their shares."""
    f = BALLOT[ctx.style.lang]
    own = random.Random(f"{ctx.style.name}-final")
    parties = own.sample(f.parties, own.randint(4, min(6, len(f.parties))))
    weights = [own.uniform(0.5, 4) for _ in parties]
    total = sum(weights) / own.uniform(0.88, 0.97)
    return sorted(((p, 100 * x / total) for p, x in zip(parties, weights, strict=True)), key=lambda t: -t[1])


def _seats_total(ctx: PageCtx) -> int:
    return random.Random(f"{ctx.style.name}-seats").choice((31, 41, 51, 61, 101))


def _results(ctx: PageCtx, night: bool) -> list[Block]:
    """The results table (party, share, seats); on election night, shares that move as the count goes on
    and the share of polling stations counted."""
    f, s, r = BALLOT[ctx.style.lang], ctx.style, ctx.rng
    shares = [(p, max(0.4, x + (r.uniform(-2.5, 2.5) if night else 0))) for p, x in _final(ctx)]
    seats_total = _seats_total(ctx)
    counted = sum(x for _, x in shares)
    rows = [
        _fill8(ctx, "row", f.row, party=p, pct=_pct(x, s.lang), seats=str(round(seats_total * x / counted)))
        for p, x in shares
    ]
    blocks = []
    if night:
        time = f"{r.randint(20, 23)}:{r.randint(0, 59):02}"
        blocks.append(
            Block("counted", [_fill8(ctx, "counted", f.counted, pct=_pct(r.uniform(4, 99), s.lang), time=time)])
        )
    blocks.append(Block("results", [s.pick("results", f.results), *rows]))
    if s.p("provisional", 0, 1) > 0.3:
        blocks.append(Block("provisional", [s.pick("provisional", f.provisional)]))
    if s.p("method", 0, 1) > 0.5:
        blocks.append(Block("results-method", [_fill8(ctx, "method", f.method, n=str(r.randint(40, 900)))]))
    return blocks


def _seat_count(ctx: PageCtx) -> Block:
    f, s = BALLOT[ctx.style.lang], ctx.style
    total, shares = _seats_total(ctx), _final(ctx)
    counted = sum(x for _, x in shares)
    row = " \N{MIDDLE DOT} ".join(f"{p} {round(total * x / counted)}" for p, x in shares)
    return Block(
        "seat-count", [s.pick("seats", f.seats), row, _fill8(ctx, "majority", f.majority, n=str(total // 2 + 1))]
    )


def _turnout(ctx: PageCtx) -> Block:
    f, s = BALLOT[ctx.style.lang], ctx.style
    own = random.Random(f"{s.name}-turnout")
    y0 = str(_election_year(ctx) - own.choice((4, 5)))
    values = {"pct": _pct(own.uniform(38, 72), s.lang), "prev": _pct(own.uniform(38, 72), s.lang), "y0": y0}
    return Block("turnout", [_fill8(ctx, "turnout", f.turnout, **values)])


def _election_year(ctx: PageCtx) -> int:
    """The year of the election the desk covers: the site's, whatever the page's date."""
    return random.Random(f"{ctx.style.name}-year").choice((2023, 2024))


def _polling(ctx: PageCtx) -> Block:
    """The polling-day notice, with the hours polling stations open in the site's country."""
    hours = {"ko": ("6", "6"), "et": ("9", "20"), "lv": ("7", "20"), "de": ("8", "18")}.get(ctx.style.lang, ("7", "22"))
    text = _fill8(ctx, "polling", BALLOT[ctx.style.lang].polling, open=hours[0], close=hours[1])
    return Block("polling", [text])


def _candidate(ctx: PageCtx) -> Block:
    """A candidate's card set in the story."""
    f, r = BALLOT[ctx.style.lang], ctx.rng
    values = {"name": r.choice(f.candidates), "party": r.choice(f.parties), "age": str(r.randint(27, 71))}
    return Block("candidate", [_fill8(ctx, "candidate", f.candidate, district=r.choice(f.districts), **values)])


def _poll_box(ctx: PageCtx) -> Block:
    """The latest poll, before polling day only: the parties' shares and the institute, date, sample, margin."""
    f, s, r = BALLOT[ctx.style.lang], ctx.style, ctx.rng
    if _phase(ctx) != "before":
        return Block("poll-box", [])
    rows = [f"{p} {_pct(max(0.5, x + r.uniform(-4, 4)), s.lang)}%" for p, x in _final(ctx)]
    day = fmt_date(s.words, DAY_DATES[s.lang], ctx.when - dt.timedelta(days=r.randint(1, 9)))
    values = {
        "institute": r.choice(f.institutes),
        "date": day,
        "n": str(r.randint(800, 2400)),
        "m": str(r.choice((2, 3))),
    }
    source = _fill8(ctx, "poll", f.poll, **values)
    return Block(
        "poll-box", [" \N{MIDDLE DOT} ".join(rows), source] if s.p("poll-one-line", 0, 1) > 0.5 else [*rows, source]
    )


def ballot(ctx: PageCtx) -> list[Block]:
    """An election desk: the live banner and the share counted on election night, the results table with
    the provisional notice and the methodology, the turnout and the seat count after the count, polls,
    the polling-day notice and the polling-station finder before it, candidate cards in the story."""
    w, f, s = ctx.style.words, BALLOT[ctx.style.lang], ctx.style
    phase = _phase(ctx)
    blocks: list[Block] = []
    if phase == "night" and s.p("live-banner", 0, 1) > 0.3:
        blocks.append(Block("live-banner", [s.pick("live", f.live)]))
    if ctx.chance("cookie", 0.2, 0.6):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    blocks.append(Block("brand", [s.name]))
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    blocks += _nav(ctx)
    number = str(random.Random(f"{s.name}-number").randint(7, 9))
    blocks.append(Block("kicker", [_fill8(ctx, "election", f.election, y=str(_election_year(ctx)), n=number)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.8):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if phase == "night" or ctx.chance("updated", 0.1, 0.4):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    results_top = s.p("results-top", 0, 1) > 0.4
    if phase != "before" and results_top:
        blocks += _results(ctx, phase == "night")
    if phase == "before" and s.pick("polling-at", ("top", "end")) == "top":
        blocks.append(_polling(ctx))
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if phase != "before" and not results_top:
        blocks += _results(ctx, phase == "night")
    if phase == "after":
        blocks.append(_turnout(ctx))
        if s.p("seat-count", 0, 1) > 0.3:
            blocks.append(_seat_count(ctx))
    if phase == "before":
        if s.pick("polling-at", ("top", "end")) == "end":
            blocks.append(_polling(ctx))
        if s.p("finder", 0, 1) > 0.3:
            blocks.append(Block("finder", list(f.finder)))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.4, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 5), False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, s.p("numbered", 0, 1) > 0.5, "trending"))
    if s.p("app", 0, 1) > 0.5:
        blocks.append(Block("app", [ctx.fill(w.app[0]), w.app[1]]))
    blocks += _footer(ctx)
    return blocks


# --- the ninth held-out split's templates ---------------------------------------------------------------


def _fill9(ctx: PageCtx, key: str, options: tuple[str, ...], **extra: str) -> str:
    """A wording chosen once per site, filled for this page with the ninth split's fields."""
    template = ctx.style.pick(key, options)
    lazy = {
        "phone": lambda: _helpline(ctx),
        "town": lambda: random.Random(f"{ctx.style.name}-town").choice(TOWNS[ctx.style.lang]),
        "email": lambda: _desk_email(ctx),
    }
    for name, make in lazy.items():
        if "{" + name + "}" in template and name not in extra:
            extra[name] = make()
    return ctx.fill(template, **extra)


def _desk_email(ctx: PageCtx) -> str:
    """The address a desk prints on every page (democratic services, the column's letters)."""
    own = random.Random(f"{ctx.style.name}-email")
    return f"{own.choice(('questions', 'letters', 'desk', 'info', 'contact'))}@{ctx.style.domain}"


def _amount9(ctx: PageCtx, value: int) -> str:
    """A whole number with the language's thousands separator, whatever its size."""
    sep = {"en": ",", "fr": "\N{NO-BREAK SPACE}", **NINTH_SEPARATORS}.get(ctx.style.lang, ".")
    return f"{value:,}".replace(",", sep)


def _head(ctx: PageCtx, tagline_share: float = 0.5) -> list[Block]:
    """The cookie banner on some pages, the site's name (and tagline), the account links, the sections."""
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.7):
        blocks.append(Block("cookie", [s.pick("cookie", w.cookie)]))
    tagline = [s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > tagline_share else []
    blocks.append(Block("brand", [s.name, *tagline]))
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    return blocks + _nav(ctx)


@dataclass(frozen=True)
class Meeting:
    """The council meeting a story reports on: the same on every page showing the story."""

    body: str
    item: str
    decision: str
    votes: tuple[int, int, int]  # for, against, abstentions
    recorded: tuple[int, int]  # the recording's hours and minutes
    next_in: int  # days to the next meeting
    docs: tuple[tuple[str, int], ...]  # the meeting's documents and their sizes in KB
    draft: bool  # the minutes are not yet approved


def _meeting(ctx: PageCtx) -> Meeting:
    f, own = COUNCIL[ctx.style.lang], _own(ctx, "meeting")
    seats = random.Random(f"{ctx.style.name}-seats").choice((21, 27, 31, 35, 43))
    yes = own.randint(seats // 2 + 1, seats - 1)
    no = own.randint(0, seats - yes)
    docs = own.sample(f.docs, own.randint(2, 4))
    return Meeting(
        body=own.choice(f.bodies).format(town=random.Random(f"{ctx.style.name}-town").choice(TOWNS[ctx.style.lang])),
        item=f"{own.randint(2, 14)}.{own.randint(1, 6)}" if own.random() < 0.5 else str(own.randint(2, 24)),
        decision=own.choice(f.decisions),
        votes=(yes, no, seats - yes - no),
        recorded=(own.randint(1, 4), own.randint(0, 59)),
        next_in=own.randint(7, 35),
        docs=tuple((d, own.randint(80, 4800)) for d in docs),
        draft=own.random() < 0.6,
    )


def _meeting_box(ctx: PageCtx, m: Meeting) -> Block:
    """The meeting at a glance: the body and day, the agenda item, the decision and the vote."""
    f, s = COUNCIL[ctx.style.lang], ctx.style
    day = fmt_date(s.words, DAY_DATES[s.lang], ctx.when - dt.timedelta(days=_own(ctx, "held").randint(0, 3)))
    vote = _fill9(ctx, "vote", f.vote, yes=str(m.votes[0]), no=str(m.votes[1]), abst=str(m.votes[2]))
    values = (f"{m.body}, {day}", m.item, m.decision, vote)
    keep = [i for i in range(4) if i in (0, 2) or s.p(f"meeting-field-{i}", 0, 1) > 0.3]
    if s.p("meeting-one-line", 0, 1) > 0.65:
        return Block("meeting-box", [" | ".join(values[i] for i in keep)])
    return Block("meeting-box", [f"{f.labels[i]}: {values[i]}" for i in keep])


def _councillor(ctx: PageCtx) -> Block:
    """A councillor's card set in the story, beside what they said."""
    f, r = COUNCIL[ctx.style.lang], ctx.rng
    values = {"name": r.choice(f.councillors), "party": r.choice(f.parties), "ward": r.choice(f.wards)}
    return Block("councillor", [_fill9(ctx, "councillor", f.councillor, **values)])


def council(ctx: PageCtx) -> list[Block]:
    """A town council's meetings desk: the meeting box (body and day, agenda item, decision, vote) over
    or under the story, the draft-minutes notice, the meeting's recording, the next meeting, how residents
    can take part, the meeting's documents, councillors' cards in the story, the communications office's
    line and more council news."""
    w, f, s = ctx.style.words, COUNCIL[ctx.style.lang], ctx.style
    m = _meeting(ctx)
    blocks = _head(ctx)
    desk = s.pick("desk", f.desk)
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} > {desk}"], [w.breadcrumb_home, desk]))
    else:
        blocks.append(Block("kicker", [desk]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.8):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.1, 0.5):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    box_at = s.pick("meeting-at", ("top", "top", "end"))
    if box_at == "top":
        blocks.append(_meeting_box(ctx, m))
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if m.draft and s.p("draft", 0, 1) > 0.3:
        blocks.append(Block("draft-minutes", [s.pick("draft", f.draft)]))
    if box_at == "end":
        blocks.append(_meeting_box(ctx, m))
    if s.p("recording", 0, 1) > 0.3:
        h, mi = m.recorded
        blocks.append(Block("recording", [_fill9(ctx, "recording", f.recording, h=str(h), mi=f"{mi:02}")]))
    if s.p("next-meeting", 0, 1) > 0.35:
        when = fmt_date(w, DAY_DATES[s.lang], ctx.when + dt.timedelta(days=m.next_in))
        time = s.pick("meeting-time", ("17:30", "18:00", "18:30", "19:00"))
        venue = s.pick("venue", f.venues)
        blocks.append(Block("next-meeting", [_fill9(ctx, "next", f.next_meeting, date=when, time=time, venue=venue)]))
    if s.p("documents", 0, 1) > 0.3:
        docs = [_fill9(ctx, "doc", f.doc, doc=d, kb=_amount9(ctx, kb)) for d, kb in m.docs]
        blocks.append(Block("documents", [s.pick("documents", f.documents), *docs]))
    if s.p("have-say", 0, 1) > 0.4 and ctx.chance("have-say-page", 0.4, 1.0):
        until = fmt_date(w, DAY_DATES[s.lang], ctx.when + dt.timedelta(days=max(2, m.next_in - 5)))
        blocks.append(Block("have-say", [_fill9(ctx, "have-say", f.have_say, date=until)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("office", 0, 1) > 0.4:
        blocks.append(Block("council-office", [_fill9(ctx, "office", f.office)]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 5), False, "council-more"))
    if ctx.chance("comments", 0.1, 0.5):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def _look(ctx: PageCtx) -> Block:
    """A shop-the-look box: its heading, two to four pieces with brand, price and shop, and the button."""
    f, s, r = FASHION[ctx.style.lang], ctx.style, ctx.rng
    ctx.flags.add("shop")
    low, high = {"ja": (2900, 48000), "sr": (1990, 34990)}.get(s.lang, (25, 450))
    rows = [
        _fill9(
            ctx,
            "look-item",
            f.item,
            brand=r.choice(f.brands),
            piece=piece,
            shop=r.choice(f.shops),
            price=f.money.format(a=_amount9(ctx, r.randint(low, high) // 10 * 10 - (1 if s.lang != "ja" else 0))),
        )
        for piece in r.sample(f.pieces, r.randint(2, 4))
    ]
    button = _fill9(ctx, "look-buy", f.buy, shop=s.pick("look-shop", f.shops))
    return Block("look", [s.pick("look", f.look), *rows, button])


def _product(ctx: PageCtx) -> Block:
    """A single product card between paragraphs: the piece, its brand and price, and the button."""
    f, s, r = FASHION[ctx.style.lang], ctx.style, ctx.rng
    ctx.flags.add("shop")
    low, high = {"ja": (2900, 48000), "sr": (1990, 34990)}.get(s.lang, (25, 450))
    price = f.money.format(a=_amount9(ctx, r.randint(low, high)))
    shop = r.choice(f.shops)
    line = _fill9(ctx, "card", f.card, brand=r.choice(f.brands), piece=r.choice(f.pieces), price=price, shop=shop)
    return Block("product", [line, _fill9(ctx, "card-buy", f.buy, shop=shop)])


def _credits(ctx: PageCtx) -> Block:
    """The shoot's credits: photography, styling, and hair and make-up on some sites."""
    f, s = FASHION[ctx.style.lang], ctx.style
    crew = _own(ctx, "crew").sample(f.crew, 3)
    k = 3 if s.p("credits-mua", 0, 1) > 0.5 else 2
    lines = [label.format(who=who) for label, who in zip(f.credits[:k], crew, strict=False)]
    return Block("shoot-credits", [" / ".join(lines)] if s.p("credits-one-line", 0, 1) > 0.5 else lines)


def fashion(ctx: PageCtx) -> list[Block]:
    """A fashion and lifestyle magazine: the commission note over or under the story, the gallery's count
    and the save-to-Pinterest button by the lead picture, shop-the-look boxes and product cards between
    paragraphs, the prices note on pages that sell, the shoot's credits, the horoscope teaser and more
    stories."""
    w, f, s = ctx.style.words, FASHION[ctx.style.lang], ctx.style
    blocks = _head(ctx, 0.3)
    blocks.append(Block("kicker", [s.pick("section", f.sections)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.5, 1.0):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(Block("meta", [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]))
    commission_at = s.pick("commission-at", ("top", "top", "end"))
    shop = "shop" in ctx.flags
    if commission_at == "top" and (shop or s.p("commission-always", 0, 1) > 0.6):
        blocks.append(Block("commission", [s.pick("commission", f.commission)]))
    if ctx.chance("lead-photo", 0.5, 1.0):
        if s.p("gallery", 0, 1) > 0.5 and ctx.chance("gallery-page", 0.3, 0.7):
            blocks.append(Block("gallery-count", [_fill9(ctx, "gallery", f.gallery, n=str(ctx.rng.randint(6, 24)))]))
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
        if s.p("pin", 0, 1) > 0.5:
            blocks.append(Block("pin", [s.pick("pin", f.pin)]))
    blocks.append(BODY)
    if shop and s.p("prices", 0, 1) > 0.3:
        blocks.append(Block("shop-prices", [s.pick("prices", f.prices)]))
    if commission_at == "end" and (shop or s.p("commission-always", 0, 1) > 0.6):
        blocks.append(Block("commission", [s.pick("commission", f.commission)]))
    if s.p("credits", 0, 1) > 0.3 and _own(ctx, "shoot").random() < 0.6:
        blocks.append(_credits(ctx))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.4, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("horoscope", 0, 1) > 0.4:
        signs = ctx.rng.sample(f.signs, 3)
        blocks.append(Block("horoscope", [s.pick("horoscope", f.horoscope), *signs, s.pick("all-signs", f.all_signs)]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "fashion-more"))
    if ctx.chance("newsletter-end", 0.2, 0.8):
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    if ctx.chance("comments", 0.1, 0.5):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def advice(ctx: PageCtx) -> list[Block]:
    """An advice column: the column's name, who wrote in (an alias, their age and town), the answer's
    label, the disclaimer over or under it, the note that names were changed, a helpline under some
    answers, the columnist's card, how to write in, the was-this-helpful question and earlier letters."""
    w, f, s = ctx.style.words, ADVICE[ctx.style.lang], ctx.style
    columnist = s.pick("columnist", f.columnists)
    column = _fill9(ctx, "column", f.columns, columnist=columnist)
    own = _own(ctx, "letter")
    blocks = _head(ctx)
    blocks.append(Block("kicker", [column]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.2, 0.7):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [ctx.fill(s.pick("byline", w.byline), author=columnist), _with_label(ctx, "published", w.published)]
    blocks.append(Block("meta", meta))
    not_advice_at = s.pick("not-advice-at", ("top", "end", "end"))
    if not_advice_at == "top":
        blocks.append(Block("column-note", [s.pick("not-advice", f.not_advice)]))
    if ctx.chance("lead-photo", 0.2, 0.6):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    alias = own.choice(f.aliases).format(town=own.choice(TOWNS[s.lang]))
    town = own.choice(TOWNS[s.lang])
    blocks.append(Block("asker", [_fill9(ctx, "asker", f.asker, alias=alias, age=str(own.randint(19, 78)), town=town)]))
    if s.p("answer-label", 0, 1) > 0.4:
        blocks.append(Block("answer-label", [_fill9(ctx, "answer", f.answers, columnist=columnist)]))
    blocks.append(BODY)
    if s.p("changed", 0, 1) > 0.3 and own.random() < 0.5:
        blocks.append(Block("names-changed", [s.pick("changed", f.changed)]))
    if s.p("helpline", 0, 1) > 0.4 and own.random() < 0.35:
        blocks.append(Block("helpline", [_fill9(ctx, "helpline", f.helpline)]))
    if not_advice_at == "end":
        blocks.append(Block("column-note", [s.pick("not-advice", f.not_advice)]))
    if s.p("card", 0, 1) > 0.3:
        credential = s.pick("credential", f.credentials)
        blocks.append(Block("columnist", [columnist, credential, s.pick("all-columns", f.all_columns)]))
    if s.p("write-in", 0, 1) > 0.25:
        blocks.append(Block("write-in", [_fill9(ctx, "write-in", f.write_in, columnist=columnist)]))
    if s.p("helpful", 0, 1) > 0.5:
        blocks.append(Block("helpful", list(f.helpful)))
    blocks.append(_share_row(ctx))
    previous = _fill9(ctx, "previous", f.previous, column=column)
    blocks.append(_headlines(ctx, previous, ctx.rng.randint(3, 5), False, "letters-more"))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, s.p("numbered", 0, 1) > 0.5, "trending"))
    if ctx.chance("comments", 0.2, 0.7):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


# --- the tenth held-out split's templates ---------------------------------------------------------------


def _number10(value: float, lang: str, places: int = 0) -> str:
    """A number with the language's thousands separator and decimal point, whatever its size."""
    text = f"{value:,.{places}f}"
    sep, point = TENTH_SEPARATORS.get(lang, ","), TENTH_DECIMALS.get(lang, ".")
    return text.replace(",", "\0").replace(".", point).replace("\0", sep)


def _day10(ctx: PageCtx, when: dt.datetime) -> str:
    return fmt_date(ctx.style.words, DAY_DATES[ctx.style.lang], when)


@dataclass(frozen=True)
class Car:
    """The car a road test drove: the same on every page showing the story."""

    model: str
    engine: int  # which of the desk's engines
    hp: int
    sprint: float
    consumption: str
    price: str
    stars: int
    verdict: str
    loaned: bool  # the maker lent the car (or paid the trip): the note says so


# The consumption's range as each language's market states it: fuel, then electric (UK mpg and miles per
# kWh, Israeli and Indian km per litre, an Indian EV's range in km).
CONSUMPTION10 = {
    "en": ((38.0, 64.0, 1), (3.1, 4.3, 1)),
    "de": ((4.2, 7.8, 1), (14.5, 19.8, 1)),
    "he": ((12.0, 22.0, 1), (14.5, 19.8, 1)),
    "hi": ((15.0, 26.0, 2), (315.0, 490.0, 0)),
}
# Prices from: whole currency units, but an Indian car's in lakh of rupees.
PRICES10 = {"en": (18995, 52500, 0), "de": (24990, 59900, 0), "he": (139900, 289000, 0), "hi": (7.49, 29.99, 2)}


def _car(ctx: PageCtx) -> Car:
    f, own, lang = MOTORING[ctx.style.lang], _own(ctx, "car"), ctx.style.lang
    engine = own.randrange(len(f.engines))
    low, high, places = CONSUMPTION10[lang][engine == f.electric]
    cheap, dear, cents = PRICES10[lang]
    price = round(own.uniform(cheap, dear), cents) if cents else own.randint(cheap // 100, dear // 100) * 100 - 10
    return Car(
        model=own.choice(f.cars[engine :: len(f.engines)]),
        engine=engine,
        hp=own.randint(9, 30) * 10 + own.choice((0, 5, 6, 9)),
        sprint=round(own.uniform(5.2, 12.8), 1),
        consumption=f.consumption[engine == f.electric].format(x=_number10(own.uniform(low, high), lang, places)),
        price=f.price.format(a=_number10(price, lang, cents)),
        stars=own.randint(2, 5),
        verdict=own.choice(f.verdicts),
        loaned=own.random() < 0.55,
    )


def _spec_box(ctx: PageCtx, car: Car) -> Block:
    """The road test's data: model, engine, power, sprint, consumption and price, as the site sets them."""
    f, s, lang = MOTORING[ctx.style.lang], ctx.style, ctx.style.lang
    values = (
        f.engines[car.engine],
        f.power.format(hp=car.hp, kw=round(car.hp * 0.7355)),
        f.sprint.format(s=_number10(car.sprint, lang, 1)),
        car.consumption,
        car.price,
    )
    keep = [i for i in range(5) if i in (0, 4) or s.p(f"spec-field-{i}", 0, 1) > 0.25]
    if s.p("spec-one-line", 0, 1) > 0.7:
        return Block("spec-box", [car.model, " | ".join(f"{f.labels[i]}: {values[i]}" for i in keep)])
    return Block("spec-box", [car.model, *(f"{f.labels[i]}: {values[i]}" for i in keep)])


def _spec_inline(ctx: PageCtx) -> Block:
    """The spec box between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("spec-at", ("top", "top", "inline", "end")) != "inline":
        return Block("spec-box")
    return _spec_box(ctx, _car(ctx))


def _dealer(ctx: PageCtx) -> Block:
    """A dealer box between paragraphs: its heading, this month's finance offer and the button."""
    f, s, r = MOTORING[ctx.style.lang], ctx.style, ctx.rng
    monthly = {"en": (189, 449), "de": (199, 529), "he": (1490, 3990), "hi": (9999, 38999)}[s.lang]
    offer = s.pick("finance", f.finance).format(a=_number10(r.randint(*monthly), s.lang))
    return Block("dealer", [s.pick("dealer", f.dealer), offer, s.pick("dealer-button", f.dealer_button)])


def motoring(ctx: PageCtx) -> list[Block]:
    """A newspaper's motoring section: the road test's spec box over, inside or under the story, the
    gallery's count by the lead picture, the press-car note, the official-consumption note, the verdict
    and rating, dealer boxes between paragraphs, the compare prompt and more road tests."""
    w, f, s = ctx.style.words, MOTORING[ctx.style.lang], ctx.style
    car = _car(ctx)
    blocks = _head(ctx)
    blocks.append(Block("kicker", [s.pick("desk", f.desk)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.4, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.1, 0.4):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if ctx.chance("lead-photo", 0.6, 1.0):
        if s.p("gallery", 0, 1) > 0.4:
            blocks.append(Block("gallery-count", [_fill9(ctx, "gallery", f.gallery, n=str(ctx.rng.randint(8, 36)))]))
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    spec_at = s.pick("spec-at", ("top", "top", "inline", "end"))
    loan_at = s.pick("loan-at", ("top", "end", "end"))
    if spec_at == "top":
        blocks.append(_spec_box(ctx, car))
    if car.loaned and loan_at == "top" and s.p("loan", 0, 1) > 0.2:
        blocks.append(Block("loan-note", [s.pick("loan", f.loan)]))
    blocks.append(BODY)
    if spec_at == "end":
        blocks.append(_spec_box(ctx, car))
    if car.engine != f.electric and s.p("official", 0, 1) > 0.3:
        blocks.append(Block("official", [s.pick("official", f.official)]))
    rating = s.pick("rating", f.rating).format(stars=car.stars)
    if s.p("verdict-box", 0, 1) > 0.4:
        blocks.append(Block("road-verdict", [s.pick("verdict-head", f.verdict_head), car.verdict, rating]))
    else:
        blocks.append(Block("road-verdict", [rating]))
    if car.loaned and loan_at == "end" and s.p("loan", 0, 1) > 0.2:
        blocks.append(Block("loan-note", [s.pick("loan", f.loan)]))
    if s.p("compare", 0, 1) > 0.4:
        blocks.append(Block("compare", [_fill9(ctx, "compare", f.compare, car=car.model)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "motoring-more"))
    if ctx.chance("comments", 0.2, 0.7):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


@dataclass(frozen=True)
class Deceased:
    """Whom a notice remembers: the same on every page showing the story."""

    name: str
    first: str
    born: dt.datetime
    died: dt.datetime
    age: int
    funeral: dt.datetime
    venue: str
    time: str
    home: str
    charity: str
    wish: bool  # the family's wish is printed
    candles: int  # lit before the crawl began


# When funerals are held, as each language's notices print the hour.
FUNERAL_TIMES10 = {
    "en": ("11am", "1.30pm", "2pm"),
    "de": ("11.00", "13.30", "14.00"),
    "th": ("17.00", "18.30", "19.00"),
    "he": ("11:00", "13:30", "16:00"),
}


def _deceased(ctx: PageCtx) -> Deceased:
    f, own, lang = OBITUARY[ctx.style.lang], _own(ctx, "deceased"), ctx.style.lang
    name = own.choice(f.names)
    died = ctx.when - dt.timedelta(days=own.randint(1, 6))
    age = own.randint(58, 99)
    # A Jewish funeral is held the next day, never on the Sabbath; elsewhere within a week or two.
    funeral = died + dt.timedelta(days=1 if lang == "he" else own.randint(4, 12))
    if lang == "he" and funeral.weekday() == 5:
        funeral += dt.timedelta(days=1)
    first = name.split()[0]
    return Deceased(
        name=name,
        first=first.removeprefix("นาย").removeprefix("นาง"),  # a Thai name's title: Mr, Mrs
        born=died - dt.timedelta(days=age * 365 + own.randint(20, 340)),
        died=died,
        age=age,
        funeral=funeral,
        venue=own.choice(f.venues),
        time=own.choice(FUNERAL_TIMES10[lang]),
        home=own.choice(f.homes),
        charity=own.choice(f.charities),
        wish=own.random() < 0.6,
        candles=own.randint(3, 180),
    )


def _life(ctx: PageCtx, d: Deceased) -> Block:
    """The notice's first line: the name, the dates of birth and death (or years), the age."""
    f, s = OBITUARY[ctx.style.lang], ctx.style
    if s.p("life-years", 0, 1) > 0.5:
        shift = 543 if s.lang == "th" else 0
        born, died = str(d.born.year + shift), str(d.died.year + shift)
    else:
        born, died = _day10(ctx, d.born), _day10(ctx, d.died)
    return Block("life", [_fill9(ctx, "life", f.life, name=d.name, born=born, died=died, age=str(d.age))])


def _guestbook(ctx: PageCtx, d: Deceased) -> list[Block]:
    """The guestbook under the notice: its heading with the count, the latest entries, the button."""
    f, s, r = OBITUARY[ctx.style.lang], ctx.style, ctx.rng
    shown = r.randint(0, 4)
    blocks = [Block("guestbook-head", [_fill9(ctx, "guestbook", f.guestbook, n=str(shown + r.randint(0, 30)))])]
    signer = s.pick("signer", f.signer)
    for _ in range(shown):
        who = signer.format(who=r.choice(f.signers), town=r.choice(TOWNS[s.lang]))
        lines = [r.choice(f.condolences), who]
        if s.p("entry-date", 0, 1) > 0.5:
            lines.append(fmt_date(s.words, s.date_fmt2, ctx.when - dt.timedelta(hours=r.randint(1, 90))))
        blocks.append(Block("condolence", lines))
    blocks.append(Block("sign-guestbook", [s.pick("sign", f.sign)]))
    return blocks


def obituary(ctx: PageCtx) -> list[Block]:
    """An obituaries and death-notices page: the life line over the story, the funeral or memorial
    service, the funeral director's credit, the family's wish, the candles lit and the button to light
    one, the guestbook with the latest entries, flowers, how to place a notice and more notices."""
    w, f, s = ctx.style.words, OBITUARY[ctx.style.lang], ctx.style
    d = _deceased(ctx)
    blocks = _head(ctx, 0.6)
    desk = s.pick("desk", f.desk)
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} > {desk}"], [w.breadcrumb_home, desk]))
    else:
        blocks.append(Block("kicker", [desk]))
    blocks.append(Block("title", [ctx.article.title]))
    blocks.append(_life(ctx, d))
    meta = [_with_label(ctx, "published", w.published)]
    if s.p("obit-byline", 0, 1) > 0.5:
        meta.insert(0, _with_label(ctx, "byline", w.byline))
    blocks.append(Block("meta", meta))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if s.p("funeral", 0, 1) > 0.2 and d.funeral >= ctx.when - dt.timedelta(days=2):
        values = {"weekday": w.weekdays[d.funeral.weekday()], "date": _day10(ctx, d.funeral), "time": d.time}
        blocks.append(Block("funeral", [_fill9(ctx, "funeral", f.funeral, venue=d.venue, **values)]))
    if s.p("home", 0, 1) > 0.4:
        blocks.append(Block("funeral-home", [_fill9(ctx, "home", f.home, home=d.home)]))
    if d.wish and s.p("wish", 0, 1) > 0.3:
        blocks.append(Block("wish", [_fill9(ctx, "wish", f.wish, charity=d.charity)]))
    lit = d.candles + int((ctx.when - d.died).total_seconds() // 3600) + ctx.rng.randint(0, 9)
    light = s.pick("light", f.light).format(first=d.first)
    blocks.append(Block("candles", [_fill9(ctx, "candles", f.candles, n=str(lit)), light]))
    if s.p("guestbook", 0, 1) > 0.25:
        blocks += _guestbook(ctx, d)
    if s.p("flowers", 0, 1) > 0.4:
        blocks.append(Block("flowers", [s.pick("flowers", f.flowers)]))
    blocks.append(_share_row(ctx))
    if s.p("place", 0, 1) > 0.3:
        blocks.append(Block("place-notice", [_fill9(ctx, "place", f.place)]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(4, 7), False, "obit-more"))
    blocks += _footer(ctx)
    return blocks


def _rate_table(ctx: PageCtx) -> Block:
    """A rate table between paragraphs: its heading, three to five providers with this week's rates and
    minimum deposits, the date the rates were checked and the button."""
    f, s, r = MONEY[ctx.style.lang], ctx.style, ctx.rng
    low, high = {"en": (3.8, 5.3), "fr": (2.4, 4.1), "th": (1.2, 2.7), "hi": (6.4, 7.9)}[s.lang]
    deposits = {"en": (1, 100, 500, 1000), "fr": (10, 150, 500), "th": (1, 500, 10000), "hi": (1000, 5000, 10000)}
    row = s.pick("rate-row", f.row)
    rows = [
        row.format(
            bank=bank,
            rate=_number10(r.uniform(low, high), s.lang, 2),
            min=f.money.format(a=_number10(r.choice(deposits[s.lang]), s.lang)),
        )
        for bank in r.sample(f.providers, r.randint(3, 5))
    ]
    checked = _fill9(ctx, "as-of", f.as_of, date=_day10(ctx, ctx.when - dt.timedelta(days=r.randint(0, 2))))
    return Block("rate-table", [s.pick("table", f.table), *rows, checked, s.pick("compare", f.compare)])


def _calculator_inline(ctx: PageCtx) -> Block:
    """The calculator prompt between paragraphs, on sites that set it there (an empty block elsewhere)."""
    f, s = MONEY[ctx.style.lang], ctx.style
    if s.pick("calculator-at", ("inline", "end", "none")) != "inline":
        return Block("calculator")
    return Block("calculator", [s.pick("calculator", f.calculator)])


def money(ctx: PageCtx) -> list[Block]:
    """A personal-finance desk: who reviewed the piece under the byline, the affiliate disclosure over or
    under the story, rate tables and the calculator prompt between paragraphs, the capital-at-risk
    warning on pieces about investing, the not-advice note, the editorial-independence note and more
    from the desk."""
    w, f, s = ctx.style.words, MONEY[ctx.style.lang], ctx.style
    own = _own(ctx, "money")
    blocks = _head(ctx)
    blocks.append(Block("kicker", [s.pick("desk", f.desk)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.2, 0.7):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if s.p("reviewed", 0, 1) > 0.4:
        expert, credential = s.pick("expert", f.experts), s.pick("credential", f.credentials)
        blocks.append(Block("reviewed", [_fill9(ctx, "reviewed", f.reviewed, expert=expert, credential=credential)]))
    disclosure_at = s.pick("disclosure-at", ("top", "top", "end"))
    if disclosure_at == "top":
        blocks.append(Block("partner-note", [s.pick("disclosure", f.disclosure)]))
    if ctx.chance("lead-photo", 0.2, 0.7):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    investing = own.random() < 0.4
    if investing and s.p("risk", 0, 1) > 0.2:
        blocks.append(Block("risk", [s.pick("risk", f.risk)]))
    if s.p("not-advice", 0, 1) > 0.3:
        blocks.append(Block("money-note", [s.pick("not-advice", f.not_advice)]))
    if disclosure_at == "end":
        blocks.append(Block("partner-note", [s.pick("disclosure", f.disclosure)]))
    if s.p("independence", 0, 1) > 0.5:
        blocks.append(Block("independence", [s.pick("independence", f.independence)]))
    if s.pick("calculator-at", ("inline", "end", "none")) == "end":
        blocks.append(Block("calculator", [s.pick("calculator", f.calculator)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.4, 1.0):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 5), False, "money-more"))
    if ctx.chance("newsletter-end", 0.2, 0.8):
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    if ctx.chance("comments", 0.1, 0.5):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


# --- the eleventh held-out split's templates ------------------------------------------------------------


def _number11(value: float, lang: str, places: int = 0) -> str:
    """A number with the language's thousands separator and decimal point, whatever its size."""
    text = f"{value:,.{places}f}"
    sep, point = ELEVENTH_SEPARATORS.get(lang, ","), ELEVENTH_DECIMALS.get(lang, ".")
    return text.replace(",", "\0").replace(".", point).replace("\0", sep)


def _digits11(ctx: PageCtx, text: str) -> str:
    """The text in Arabic-Indic digits on the Arabic sites that print them, as it is elsewhere."""
    if ctx.style.lang == "ar" and ctx.style.p("arabic-digits", 0, 1) > 0.5:
        return text.translate(ARABIC_DIGITS)
    return text


def _join11(ctx: PageCtx, items: Iterable[str]) -> str:
    """A list in a line, with the Arabic comma on Arabic sites."""
    return ("\N{ARABIC COMMA} " if ctx.style.lang == "ar" else ", ").join(items)


def _day11(ctx: PageCtx, when: dt.datetime) -> str:
    return _digits11(ctx, fmt_date(ctx.style.words, DAY_DATES[ctx.style.lang], when))


@dataclass(frozen=True)
class Game:
    """The game a story is about: the same on every page showing the story."""

    name: str
    studio: str
    publisher: str
    release: dt.datetime
    platforms: tuple[str, ...]
    played_on: str
    rating: str
    score: str
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    price: str
    review: bool  # a review (verdict, score, pros and cons), not a news story


def _game(ctx: PageCtx) -> Game:
    f, own, lang = GAMING[ctx.style.lang], _own(ctx, "game"), ctx.style.lang
    platforms = tuple(sorted(own.sample(GAME_PLATFORMS, own.randint(1, 4)), key=GAME_PLATFORMS.index))
    low, high, places = GAME_PRICES[lang]
    whole = own.randint(low, high)
    halves = own.randint(8, 19)
    return Game(
        name=own.choice(GAMES),
        studio=own.choice(STUDIOS),
        publisher=own.choice(PUBLISHERS),
        release=ctx.when + dt.timedelta(days=own.randint(-40, 90)),
        platforms=platforms,
        played_on=own.choice(platforms),
        rating=own.choice(f.ratings),
        score=_number11(halves / 2, lang, halves % 2),
        pros=tuple(own.sample(f.pros, own.randint(2, 3))),
        cons=tuple(own.sample(f.cons, own.randint(1, 3))),
        price=f.money.format(a=_number11(whole - 0.01 if places else whole, lang, places)),
        review=own.random() < 0.6,
    )


def _game_card(ctx: PageCtx, game: Game) -> Block:
    """The game at a glance: its name, then developer, publisher, release, platforms and age rating."""
    f, s = GAMING[ctx.style.lang], ctx.style
    values = (game.studio, game.publisher, _day11(ctx, game.release), _join11(ctx, game.platforms), game.rating)
    keep = [i for i in range(5) if i in (2, 3) or s.p(f"card-field-{i}", 0, 1) > 0.3]
    if s.p("card-one-line", 0, 1) > 0.7:
        return Block("game-card", [game.name, " | ".join(f"{f.labels[i]}: {values[i]}" for i in keep)])
    return Block("game-card", [game.name, *(f"{f.labels[i]}: {values[i]}" for i in keep)])


def _pros_cons11(ctx: PageCtx, game: Game) -> Block:
    """What the reviewer liked and did not, a point a line under each heading."""
    f, s = GAMING[ctx.style.lang], ctx.style
    pros = [f"+ {x}" for x in game.pros]
    cons = [f"\N{MINUS SIGN} {x}" for x in game.cons]
    return Block("pros-cons", [s.pick("pros", f.pros_head), *pros, s.pick("cons", f.cons_head), *cons])


def _trailer11(ctx: PageCtx) -> Block:
    """A trailer between paragraphs: the story's own game, or another one the site covers."""
    f = GAMING[ctx.style.lang]
    name = _game(ctx).name if ctx.rng.random() < 0.6 else ctx.rng.choice(GAMES)
    return Block("game-trailer", [_fill9(ctx, "trailer", f.trailer, game=name)])


def gaming(ctx: PageCtx) -> list[Block]:
    """A video-game news and reviews site: the game's card over or under the story, which platform the
    reviewer played on and who gave the code, trailers between paragraphs, pros and cons, the score and
    verdict on reviews, where the game is out, the pre-order or wishlist line and more reviews."""
    w, f, s = ctx.style.words, GAMING[ctx.style.lang], ctx.style
    game = _game(ctx)
    blocks = _head(ctx)
    blocks.append(Block("kicker", [s.pick("desk", f.desk)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("reading", 0.2, 0.8):
        meta.append(_with_label(ctx, "reading", w.reading))
    blocks.append(Block("meta", meta))
    if ctx.chance("lead-photo", 0.6, 1.0):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    card_at = s.pick("card-at", ("top", "top", "end"))
    played_at = s.pick("played-at", ("top", "end", "end"))
    played = _fill9(ctx, "played", f.reviewed_on, game=game.name, platform=game.played_on, publisher=game.publisher)
    if card_at == "top" and s.p("card", 0, 1) > 0.2:
        blocks.append(_game_card(ctx, game))
    if game.review and played_at == "top":
        blocks.append(Block("reviewed-on", [played]))
    blocks.append(BODY)
    if card_at == "end" and s.p("card", 0, 1) > 0.2:
        blocks.append(_game_card(ctx, game))
    if game.review:
        if s.p("pros-cons", 0, 1) > 0.3:
            blocks.append(_pros_cons11(ctx, game))
        score = _digits11(ctx, _fill9(ctx, "score", f.score, score=game.score))
        if s.p("verdict-head", 0, 1) > 0.4:
            blocks.append(Block("game-score", [s.pick("verdict", f.verdict_head), score]))
        else:
            blocks.append(Block("game-score", [score]))
        if played_at == "end":
            blocks.append(Block("reviewed-on", [played]))
    if s.p("available", 0, 1) > 0.3:
        line = _fill9(ctx, "available", f.available, game=game.name, platforms=_join11(ctx, game.platforms))
        blocks.append(Block("platforms", [line]))
    if s.p("wishlist", 0, 1) > 0.4:
        blocks.append(
            Block("wishlist", [_digits11(ctx, _fill9(ctx, "wishlist", f.wishlist, game=game.name, price=game.price))])
        )
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "game-more"))
    if ctx.chance("comments", 0.3, 0.8):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


@dataclass(frozen=True)
class Reporter:
    """A student reporter: the same year, course and role on every story they write."""

    role: str
    year: str
    major: str
    cls: str  # the class year, two digits


def _reporter(ctx: PageCtx) -> Reporter:
    f, own = CAMPUS[ctx.style.lang], random.Random(f"{ctx.style.name}-{ctx.author}-reporter")
    year = own.randrange(len(f.years))
    return Reporter(
        role=own.choice(f.roles),
        year=f.years[year],
        major=own.choice(f.majors),
        cls=f"{(ctx.when.year + len(f.years) - year) % 100:02}",
    )


def _support_appeal(ctx: PageCtx) -> Block:
    f = CAMPUS[ctx.style.lang]
    appeal, button = f.support
    return Block("support-student", [ctx.fill(appeal), button])


def _support_inline(ctx: PageCtx) -> Block:
    """The support appeal between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("support-at", ("inline", "end", "end")) != "inline":
        return Block("support-student")
    return _support_appeal(ctx)


def campus(ctx: PageCtx) -> list[Block]:
    """A university's student newspaper: the reporter's role and class year under the byline, their year
    and course in a line after the story, the correction on some stories, the print edition a story ran
    in, the accuracy policy, the support-student-journalism appeal, the tips line and the paper's
    independence line over the footer."""
    w, f, s = ctx.style.words, CAMPUS[ctx.style.lang], ctx.style
    who, own = _reporter(ctx), _own(ctx, "campus")
    since = str(random.Random(f"{s.name}-since").randint(1921, 1994))
    uni = random.Random(f"{s.name}-uni").choice(f.universities)
    blocks = _head(ctx, 0.4)
    desk = s.pick("desk", f.desk)
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append(Block("breadcrumb", [f"{w.breadcrumb_home} > {desk}"], [w.breadcrumb_home, desk]))
    else:
        blocks.append(Block("kicker", [desk]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.2, 0.7):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    byline = ctx.fill(s.pick("student-byline", f.byline), role=who.role, cls=who.cls)
    blocks.append(Block("meta", [byline, _with_label(ctx, "published", w.published)]))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    correction = None
    if own.random() < 0.25:
        fixed = _day11(ctx, ctx.when + dt.timedelta(days=own.randint(0, 3)))
        what = own.choice(f.corrected)
        correction = Block("correction", [_fill9(ctx, "correction", f.correction, what=what, date=fixed)])
    correction_at = s.pick("correction-at", ("top", "end"))
    if correction and correction_at == "top":
        blocks.append(correction)
    blocks.append(BODY)
    if s.p("bio", 0, 1) > 0.3:
        bio = ctx.fill(s.pick("bio", f.bio), role=who.role.lower(), year=who.year, major=who.major)
        blocks.append(Block("bio-line", [bio]))
    if correction and correction_at == "end":
        blocks.append(correction)
    if own.random() < 0.5 and s.p("print", 0, 1) > 0.3:
        issue = ctx.when + dt.timedelta(days=(3 - ctx.when.weekday()) % 7)  # the Thursday issue
        blocks.append(Block("print-run", [_fill9(ctx, "print", f.print_run, date=_day11(ctx, issue))]))
    if s.p("accuracy", 0, 1) > 0.4:
        blocks.append(Block("accuracy", [_fill9(ctx, "accuracy", f.accuracy)]))
    if s.pick("support-at", ("inline", "end", "end")) == "end" and s.p("support", 0, 1) > 0.2:
        blocks.append(_support_appeal(ctx))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("tips", 0, 1) > 0.5:
        blocks.append(Block("tips", [_fill9(ctx, "tips", f.tips)]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "campus-more"))
    if ctx.chance("comments", 0.1, 0.5):
        blocks += _comments(ctx)
    if s.p("independent", 0, 1) > 0.3:
        blocks.append(Block("independent-paper", [_fill9(ctx, "independent", f.independent, uni=uni, since=since)]))
    blocks += _footer(ctx)
    return blocks


def _checker(ctx: PageCtx) -> Block:
    """The symptom checker box between paragraphs: its question, its promise on some sites, the button."""
    f, s = HEALTH[ctx.style.lang], ctx.style
    question, promise, button = f.checker
    lines = [question, promise, button] if s.p("checker-promise", 0, 1) > 0.5 else [question, button]
    return Block("symptom-checker", lines)


def health(ctx: PageCtx) -> list[Block]:
    """A health desk: who medically reviewed the piece and when, the not-medical-advice note over or under
    the story, symptom checker boxes between paragraphs, the emergency line on stories about what can
    turn urgent, the related conditions, the sources a story cites and more from the desk."""
    w, f, s = ctx.style.words, HEALTH[ctx.style.lang], ctx.style
    own = _own(ctx, "health")
    blocks = _head(ctx)
    blocks.append(Block("kicker", [s.pick("desk", f.desk)]))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.4, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.2, 0.6):
        meta.append(_with_label(ctx, "updated", w.updated))
    blocks.append(Block("meta", meta))
    if s.p("med-review", 0, 1) > 0.2:
        expert = own.choice(f.experts)
        specialty = f.specialties[f.experts.index(expert) % len(f.specialties)]  # each reviewer has one
        checked = _day11(ctx, ctx.when - dt.timedelta(days=own.randint(0, 40)))
        line = _fill9(ctx, "med-review", f.reviewed, expert=expert, specialty=specialty, date=checked)
        blocks.append(Block("med-review", [line]))
    disclaimer_at = s.pick("med-disclaimer-at", ("top", "end", "end"))
    if disclaimer_at == "top":
        blocks.append(Block("med-disclaimer", [s.pick("med-disclaimer", f.disclaimer)]))
    if ctx.chance("lead-photo", 0.3, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    if own.random() < 0.35 and s.p("emergency", 0, 1) > 0.2:
        blocks.append(Block("emergency", [_digits11(ctx, s.pick("emergency", f.emergency))]))
    if s.p("conditions", 0, 1) > 0.4:
        conditions = _join11(ctx, own.sample(f.conditions, own.randint(2, 4)))
        blocks.append(Block("conditions", [_fill9(ctx, "conditions", f.conditions_head, conditions=conditions)]))
    if s.p("sources", 0, 1) > 0.3:
        cited = _join11(ctx, own.sample(f.bodies, own.randint(1, 3)))
        blocks.append(Block("health-sources", [_fill9(ctx, "sources", f.sources, sources=cited)]))
    if disclaimer_at == "end":
        blocks.append(Block("med-disclaimer", [s.pick("med-disclaimer", f.disclaimer)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "health-more"))
    if ctx.chance("newsletter-end", 0.2, 0.8):
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    if ctx.chance("comments", 0.0, 0.4):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


# --- the twelfth held-out split's templates -------------------------------------------------------------


def _native12(ctx: PageCtx) -> bool:
    """Whether the site prints its own digits (some Persian and Bengali sites)."""
    return ctx.style.lang in NATIVE_DIGITS and ctx.style.p("native-digits", 0, 1) > 0.45


def _digits12(ctx: PageCtx, text: str) -> str:
    """The text's digits in the site's own on the sites that print them, as they are elsewhere."""
    return text.translate(NATIVE_DIGITS[ctx.style.lang]) if _native12(ctx) else text


def _num12(ctx: PageCtx, value: float, places: int = 0) -> str:
    """A number with the language's thousands separator and decimal point, in the site's digits."""
    text = f"{value:,.{places}f}"
    sep, point = TWELFTH_SEPARATORS.get(ctx.style.lang, ","), TWELFTH_DECIMALS.get(ctx.style.lang, ".")
    if _native12(ctx) and ctx.style.lang in NATIVE_SEPARATORS:
        sep, point = NATIVE_SEPARATORS[ctx.style.lang]
    return _digits12(ctx, text.replace(",", "\0").replace(".", point).replace("\0", sep))


def _day12(ctx: PageCtx, when: dt.datetime) -> str:
    return _digits12(ctx, fmt_date(ctx.style.words, DAY_DATES[ctx.style.lang], when))


def _consent12(ctx: PageCtx) -> Block | None:
    """The consent banner on the pages crawled before it was dismissed; some visits get the other wording
    the site is testing, and some sites print the buttons' line under it."""
    t, s = TWELFTH[ctx.style.lang], ctx.style
    if not ctx.chance("consent12", 0.25, 0.75):
        return None
    i = t.consent.index(s.pick("consent12", t.consent))
    if ctx.rng.random() < s.p("consent-ab", 0.0, 0.4):
        i = (i + 1) % len(t.consent)
    lines = [t.consent[i]]
    if s.p("consent-buttons", 0, 1) > 0.3:
        lines.append(s.pick("consent-buttons12", t.consent_buttons))
    return Block("consent-bar", lines)


def _head12(ctx: PageCtx, consent: Block | None) -> list[Block]:
    """The consent banner where the site prints it first, the site's name, the account links, the sections."""
    w, s = ctx.style.words, ctx.style
    tagline = [s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []
    blocks = [consent] if consent else []
    blocks.append(Block("brand", [s.name, *tagline]))
    blocks.append(Block("account", w.account[: int(s.p("account", 2, 5))]))
    return blocks + _nav(ctx)


def _correction12(ctx: PageCtx) -> Block | None:
    """The correction a story carries once it was fixed: the same on every page showing it."""
    own, t = _own(ctx, "correction12"), TWELFTH[ctx.style.lang]
    if own.random() >= 0.25:
        return None
    fixed = _day12(ctx, ctx.when + dt.timedelta(days=own.randint(0, 3)))
    return Block("correction", [_fill9(ctx, "correction12", t.correction, what=own.choice(t.corrected), date=fixed)])


def _end_mark12(ctx: PageCtx) -> list[Block]:
    """The mark some sites set under an article's last paragraph."""
    s = ctx.style
    if s.p("end-mark", 0, 1) > 0.35:
        return [Block("end-mark", [s.pick("end-mark", TWELFTH[s.lang].end_marks)])]
    return []


def _agency12(ctx: PageCtx) -> list[Block]:
    """The bare credit of the agency a story came from, on the stories that came from one."""
    own, s = _own(ctx, "agency12"), ctx.style
    if own.random() < 0.45 and s.p("agency-credit", 0, 1) > 0.25:
        form = s.pick("agency-form", ("{agency}", "({agency})", "\N{EN DASH} {agency}"))
        return [Block("agency-credit", [form.format(agency=own.choice(s.words.agencies))])]
    return []


def _notice12(ctx: PageCtx, options: tuple[str, ...], date: dt.datetime) -> Block | None:
    """A notice some pages carry (an old story, an office closed, the next issue), worded per site."""
    if ctx.rng.random() >= ctx.style.p("notice12", 0.1, 0.4):
        return None
    return Block("page-notice", [_fill9(ctx, "notice12", options, date=_day12(ctx, date))])


def _kicker12(ctx: PageCtx, desks: tuple[str, ...]) -> Block:
    """The section over the headline: one for the site, or the story's own on sites with several."""
    s = ctx.style
    desk = s.pick("desk", desks) if s.p("one-desk", 0, 1) > 0.5 else _own(ctx, "desk").choice(desks)
    if s.p("breadcrumb", 0, 1) > 0.6:
        return Block("breadcrumb", [f"{s.words.breadcrumb_home} > {desk}"], [s.words.breadcrumb_home, desk])
    return Block("kicker", [desk])


def _university(ctx: PageCtx) -> str:
    """The university a research newsroom belongs to: the one its name names, or one drawn for the site."""
    s, unis = ctx.style, RESEARCH[ctx.style.lang].universities
    named = [u for u in unis if any(word in s.name.split() for word in u.split())]
    return named[0] if named else random.Random(f"{s.name}-uni").choice(unis)


def _paper_lines(ctx: PageCtx, uni: str) -> list[tuple[str, str]]:
    """What a research story prints about its paper and its university: (role, line) pairs."""
    f, s, own = RESEARCH[ctx.style.lang], ctx.style, _own(ctx, "paper")
    lines = []
    if own.random() < 0.85:
        journal = own.randrange(len(JOURNALS))
        doi = f"{DOI_PREFIXES[journal]}{own.randint(10000, 99999)}"
        fields = {"lead": own.choice(f.researchers), "paper": own.choice(PAPERS), "journal": JOURNALS[journal]}
        year = _digits12(ctx, str(ctx.when.year))
        lines.append(("journal-ref", _fill9(ctx, "journal-ref", f.journal_ref, y=year, doi=doi, **fields)))
    if own.random() < 0.7 and s.p("funding", 0, 1) > 0.3:
        lines.append(("funding", _fill9(ctx, "funding", f.funding, funders=own.choice(f.funders))))
    if s.p("about", 0, 1) > 0.3:
        since = _digits12(ctx, str(random.Random(f"{s.name}-since").randint(1826, 1978)))
        students = _num12(ctx, random.Random(f"{s.name}-students").randrange(8000, 42000, 500))
        lines.append(("about-org", _fill9(ctx, "about", f.about, uni=uni, since=since, students=students)))
    if s.p("contact", 0, 1) > 0.2:
        contact = random.Random(f"{s.name}-contact").choice(s.words.authors)
        phone = _digits12(ctx, _helpline(ctx))
        lines.append(("media-contact", _fill9(ctx, "contact", f.contact, contact=contact, phone=phone)))
    return lines


def _figure12(ctx: PageCtx) -> Block:
    """A figure between paragraphs, printed as its credit: the university's, a lab's or an agency's."""
    f, s = RESEARCH[ctx.style.lang], ctx.style
    uni = _university(ctx)
    who = ctx.rng.choice((uni, ctx.rng.choice(s.words.agencies), ctx.rng.choice(s.words.authors)))
    return Block("figure-credit", [_fill9(ctx, "image", f.image, who=who)])


def _podcast12(ctx: PageCtx) -> Block:
    return Block("podcast-promo", [ctx.style.pick("podcast", RESEARCH[ctx.style.lang].podcast)])


def research(ctx: PageCtx) -> list[Block]:
    """A university's research newsroom: the byline that is only a name on some sites, the image credit,
    the notice on some pages, the correction on some stories, the end mark, the journal reference and
    funders, the university's boilerplate and the media contact (set apart as notes to editors on some
    sites), the writer's bio, related research news, the consent banner over or under the page."""
    w, f, s = ctx.style.words, RESEARCH[ctx.style.lang], ctx.style
    uni = _university(ctx)
    consent, consent_at = _consent12(ctx), s.pick("consent-at", ("top", "end", "end"))
    blocks = _head12(ctx, consent if consent_at == "top" else None)
    blocks.append(_kicker12(ctx, f.desk))
    notice = _notice12(ctx, f.notice, ctx.when)
    notice_at = s.pick("notice-at", ("top", "end"))
    if notice and notice_at == "top":
        blocks.append(notice)
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.4, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    byline = ctx.fill(s.pick("byline12", f.byline), role=s.pick("role", f.roles))
    blocks.append(Block("meta", [byline, _digits12(ctx, _with_label(ctx, "published", w.published))]))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", [_figure12(ctx)[0]]))
    correction, correction_at = _correction12(ctx), s.pick("correction-at", ("top", "end"))
    if correction and correction_at == "top":
        blocks.append(correction)
    blocks.append(BODY)
    blocks += _end_mark12(ctx)
    if correction and correction_at == "end":
        blocks.append(correction)
    lines = _paper_lines(ctx, uni)
    if lines and s.p("notes-box", 0, 1) > 0.5:
        blocks.append(Block("editors-notes", [s.pick("notes-head", f.notes_head), *(line for _, line in lines)]))
    else:
        blocks += [Block(role, [line]) for role, line in lines]
    if s.p("bio", 0, 1) > 0.5:
        blocks.append(Block("bio-line", [_fill9(ctx, "bio12", f.bio)]))
    if notice and notice_at == "end":
        blocks.append(notice)
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "research-more"))
    if ctx.chance("newsletter-end", 0.1, 0.6):
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks += _footer(ctx)
    if consent and consent_at == "end":
        blocks.append(consent)
    return blocks


def _thought12(ctx: PageCtx) -> Block:
    """The thought or verse for the week: the same on every page of one week, the next one a week later."""
    f, s = COMMUNITY[ctx.style.lang], ctx.style
    week = ctx.when.isocalendar()[1] + random.Random(f"{s.name}-thought").randrange(len(f.thoughts))
    return Block("thought", [s.pick("thought-head", f.thought_head), f.thoughts[week % len(f.thoughts)]])


def _thought_inline(ctx: PageCtx) -> Block:
    """The thought between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("thought-at", ("inline", "end", "end")) != "inline":
        return Block("thought")
    return _thought12(ctx)


def _diary12(ctx: PageCtx) -> Block:
    """The week's coming events: the same on every page of one week."""
    f, s, w = COMMUNITY[ctx.style.lang], ctx.style, ctx.style.words
    year, week, _ = ctx.when.isocalendar()
    own = random.Random(f"{s.name}-diary-{year}-{week}")
    lines = [s.pick("diary-head", f.diary_head)]
    for ahead in sorted(own.sample(range(1, 14), own.randint(2, 4))):
        day = ctx.when + dt.timedelta(days=ahead)
        when = f"{w.weekdays[day.weekday()]} {_day12(ctx, day)}"
        time = _digits12(ctx, own.choice(("09:30", "10:00", "15:00", "18:30", "19:00")))
        line = s.pick("diary-line", f.diary_line)
        lines.append(line.format(day=when, time=time, event=own.choice(f.events), venue=own.choice(f.venues)))
    return Block("diary", lines)


def _appeal12(ctx: PageCtx) -> Block:
    appeal, button = COMMUNITY[ctx.style.lang].appeal
    return Block("gift-appeal", [ctx.fill(appeal), button])


def _appeal_inline(ctx: PageCtx) -> Block:
    """The appeal for gifts between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("appeal-at", ("inline", "end")) != "inline":
        return Block("gift-appeal")
    return _appeal12(ctx)


def community(ctx: PageCtx) -> list[Block]:
    """A church and community weekly: the issue line, the byline that is only a name on some sites, notices
    on some pages, the correction on some stories, the end mark, the correspondent's bio, the thought for
    the week between paragraphs or under the story, the diary of coming events, the appeal for gifts, the
    letters line, more from the issue, the consent banner over or under the page."""
    w, f, s = ctx.style.words, COMMUNITY[ctx.style.lang], ctx.style
    consent, consent_at = _consent12(ctx), s.pick("consent-at", ("top", "end", "end"))
    blocks = _head12(ctx, consent if consent_at == "top" else None)
    if s.p("issue", 0, 1) > 0.4:
        friday = ctx.when - dt.timedelta(days=(ctx.when.weekday() - 4) % 7)  # the issue came out on Friday
        number = random.Random(f"{s.name}-issue").randint(800, 2400) + (friday - dt.datetime(2023, 1, 6)).days // 7
        issue = ctx.fill(s.pick("issue", f.issue), issue=_digits12(ctx, str(number)), date=_day12(ctx, friday))
        blocks.append(Block("issue-line", [issue]))
    blocks.append(_kicker12(ctx, f.desk))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.1, 0.6):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_fill9(ctx, "byline12", f.byline)]
    if s.p("has-date", 0, 1) > 0.4:
        meta.append(_digits12(ctx, _with_label(ctx, "published", w.published)))
    blocks.append(Block("meta", meta))
    notice = _notice12(ctx, f.notice, ctx.when + dt.timedelta(days=ctx.rng.randint(3, 20)))
    notice_at = s.pick("notice-at", ("top", "end"))
    if notice and notice_at == "top":
        blocks.append(notice)
    correction, correction_at = _correction12(ctx), s.pick("correction-at", ("top", "end"))
    if correction and correction_at == "top":
        blocks.append(correction)
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    blocks += _end_mark12(ctx)
    if s.p("bio", 0, 1) > 0.4:
        blocks.append(Block("bio-line", [_fill9(ctx, "bio12", f.bio)]))
    if correction and correction_at == "end":
        blocks.append(correction)
    if s.pick("thought-at", ("inline", "end", "end")) == "end" and s.p("thought", 0, 1) > 0.3:
        blocks.append(_thought12(ctx))
    if s.p("diary", 0, 1) > 0.4 and ctx.chance("diary-page", 0.5, 1.0):
        blocks.append(_diary12(ctx))
    if s.pick("appeal-at", ("inline", "end")) == "end" and s.p("appeal", 0, 1) > 0.3:
        blocks.append(_appeal12(ctx))
    if s.p("letters", 0, 1) > 0.4:
        blocks.append(Block("letters-invite", [_fill9(ctx, "letters12", f.letters)]))
    if notice and notice_at == "end":
        blocks.append(notice)
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.2, 0.7):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "community-more"))
    if ctx.chance("comments", 0.0, 0.4):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    if consent and consent_at == "end":
        blocks.append(consent)
    return blocks


def _weather12(ctx: PageCtx) -> Block:
    """The weather line for the paper's town on the day the page was crawled."""
    f, s = AGRI[ctx.style.lang], ctx.style
    town = random.Random(f"{s.name}-town").choice(TOWNS[s.lang])
    t, rain = _digits12(ctx, str(ctx.rng.randint(-2, 34))), _digits12(ctx, str(ctx.rng.randrange(0, 100, 10)))
    line = s.pick("weather", f.weather).format(town=town, t=t, sky=ctx.rng.choice(f.skies), rain=rain)
    return Block("weather-box", [line])


def _prices12(ctx: PageCtx) -> Block:
    """The market prices box: the site's crops at the week's prices, the change, where they were taken."""
    f, s = AGRI[ctx.style.lang], ctx.style
    crops = random.Random(f"{s.name}-crops").sample(f.crops, int(s.p("crops", 3, 5.99)))
    year, week, _ = ctx.when.isocalendar()
    signs = s.pick("price-signs", ("+\N{MINUS SIGN}", "\N{BLACK UP-POINTING TRIANGLE}\N{BLACK DOWN-POINTING TRIANGLE}"))
    lines = [s.pick("prices-head", f.prices_head)]
    for crop in crops:
        own = random.Random(f"{s.name}-{crop}-{year}-{week}")
        base = random.Random(f"{s.name}-{crop}").randint(*f.price_range)
        price = round(base * own.uniform(0.9, 1.1), -1 if base > 1000 else 0)
        move = own.uniform(-4.0, 4.0)
        change = f.change.format(sign=signs[move < 0], p=_num12(ctx, abs(move), 1))
        lines.append(f"{crop}: {f.money.format(a=_num12(ctx, price))} {change}")
    exchange = s.pick("exchange", f.exchanges)
    lines.append(_fill9(ctx, "prices-note", f.prices_note, date=_day12(ctx, ctx.when), exchange=exchange))
    return Block("market-prices", lines)


def _prices_inline(ctx: PageCtx) -> Block:
    """The prices box between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("prices-at", ("inline", "end")) != "inline":
        return Block("market-prices")
    return _prices12(ctx)


def agri(ctx: PageCtx) -> list[Block]:
    """A farming and weather desk: the weather line over the story or at the foot of the page, the byline
    that is only a name on some sites, the correction on some stories, the market prices box between
    paragraphs or under the story, the bare agency credit and the end mark, the agronomy disclaimer on
    some stories, the next auction on some pages, the writer's bio, more farming news, the consent
    banner over or under the page."""
    w, f, s = ctx.style.words, AGRI[ctx.style.lang], ctx.style
    consent, consent_at = _consent12(ctx), s.pick("consent-at", ("top", "end", "end"))
    blocks = _head12(ctx, consent if consent_at == "top" else None)
    weather_at = s.pick("weather-at", ("top", "end"))
    weather = _weather12(ctx) if ctx.chance("weather", 0.4, 1.0) else None
    if weather and weather_at == "top":
        blocks.append(weather)
    blocks.append(_kicker12(ctx, f.desk))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    meta = [_with_label(ctx, "byline12", f.byline), _digits12(ctx, _with_label(ctx, "published", w.published))]
    if ctx.chance("updated", 0.1, 0.5):
        meta.append(_digits12(ctx, _with_label(ctx, "updated", w.updated)))
    blocks.append(Block("meta", meta))
    correction, correction_at = _correction12(ctx), s.pick("correction-at", ("top", "end"))
    if correction and correction_at == "top":
        blocks.append(correction)
    if ctx.chance("lead-photo", 0.3, 0.9):
        blocks.append(Block("lead-caption", [_with_label(ctx, "caption", w.caption)]))
    blocks.append(BODY)
    blocks += _agency12(ctx)
    blocks += _end_mark12(ctx)
    if correction and correction_at == "end":
        blocks.append(correction)
    own = _own(ctx, "agri")
    if own.random() < 0.4 and s.p("advice", 0, 1) > 0.2:
        blocks.append(Block("agri-advice", [s.pick("advice", f.advice)]))
    if s.pick("prices-at", ("inline", "end")) == "end" and ctx.chance("prices", 0.4, 1.0):
        blocks.append(_prices12(ctx))
    if ctx.rng.random() < s.p("auction", 0.0, 0.5):
        sale = ctx.when + dt.timedelta(days=ctx.rng.randint(2, 16))
        blocks.append(Block("auction", [_fill9(ctx, "auction", f.auction, date=_day12(ctx, sale))]))
    if s.p("bio", 0, 1) > 0.5:
        since = _digits12(ctx, str(random.Random(f"{s.name}-{ctx.author}-since").randint(1998, 2019)))
        blocks.append(Block("bio-line", [_fill9(ctx, "bio12", f.bio, since=since)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if ctx.chance("newsletter-end", 0.2, 0.8):
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks.append(_headlines(ctx, s.pick("more", f.more), ctx.rng.randint(3, 6), False, "agri-more"))
    if weather and weather_at == "end":
        blocks.append(weather)
    blocks += _footer(ctx)
    if consent and consent_at == "end":
        blocks.append(consent)
    return blocks


# --- the thirteenth held-out split's templates ----------------------------------------------------------


def _num13(ctx: PageCtx, value: float, places: int = 0) -> str:
    """A number with the language's thousands separator and decimal point."""
    text = f"{value:,.{places}f}"
    sep, point = THIRTEENTH_SEPARATORS.get(ctx.style.lang, ","), THIRTEENTH_DECIMALS.get(ctx.style.lang, ".")
    return text.replace(",", "\0").replace(".", point).replace("\0", sep)


def _day13(ctx: PageCtx, when: dt.datetime) -> str:
    return fmt_date(ctx.style.words, DAY_DATES[ctx.style.lang], when)


def _time13(ctx: PageCtx, when: dt.datetime) -> str:
    return fmt_date(ctx.style.words, TIMES13[ctx.style.lang], when)


def _consent13(ctx: PageCtx) -> Block | None:
    """The consent banner on the pages crawled before it was dismissed; some visits get another of the
    wordings the site is testing, and some sites print the buttons' line under it."""
    t, s = THIRTEENTH[ctx.style.lang], ctx.style
    if not ctx.chance("consent13", 0.2, 0.7):
        return None
    i = t.consent.index(s.pick("consent13", t.consent))
    if ctx.rng.random() < s.p("consent-ab13", 0.0, 0.5):
        i = (i + ctx.rng.randint(1, len(t.consent) - 1)) % len(t.consent)
    lines = [t.consent[i]]
    if s.p("consent-buttons13", 0, 1) > 0.3:
        lines.append(s.pick("consent-buttons13", t.consent_buttons))
    return Block("consent-bar", lines)


def _meta13(ctx: PageCtx, bylines: tuple[str, ...]) -> Block:
    """The byline (only a name on some sites), the date, and on some pages the time of the last update; some
    sites print when the story first appeared instead of the date."""
    t, s, w = THIRTEENTH[ctx.style.lang], ctx.style, ctx.style.words
    meta = [ctx.fill(s.pick("byline13", bylines))]
    if s.p("first-published", 0, 1) > 0.7:
        meta.append(_fill9(ctx, "first13", t.first_published, date=_day13(ctx, ctx.when)))
    else:
        meta.append(_with_label(ctx, "published", w.published))
    if ctx.chance("updated13", 0.1, 0.6):
        later = ctx.when + dt.timedelta(minutes=ctx.rng.randint(20, 36 * 60))
        meta.append(_fill9(ctx, "updated13", t.updated, date=_day13(ctx, later), time=_time13(ctx, later)))
    return Block("meta", meta)


def _note13(ctx: PageCtx) -> Block | None:
    """An editor's note or a correction, on the stories that got one: the same on every page showing it."""
    own, t = _own(ctx, "note13"), THIRTEENTH[ctx.style.lang]
    draw = own.random()
    if draw < 0.12:
        return Block("editors-note", [own.choice(t.editors_note)])
    if draw < 0.3:
        fixed = _day13(ctx, ctx.when + dt.timedelta(days=own.randint(0, 4)))
        line = _fill9(ctx, "correction13", t.correction, what=own.choice(t.corrected), date=fixed)
        return Block("correction", [line])
    return None


def _end_mark13(ctx: PageCtx) -> list[Block]:
    """The mark some sites set under an article's last paragraph."""
    s = ctx.style
    if s.p("end-mark13", 0, 1) > 0.4:
        return [Block("end-mark", [s.pick("end-mark13", THIRTEENTH[s.lang].end_marks)])]
    return []


def _notice13(ctx: PageCtx, options: tuple[str, ...], date: dt.datetime) -> Block | None:
    """A notice some pages carry (sold out, an old issue, a recall extended), worded per site."""
    if ctx.rng.random() >= ctx.style.p("notice13", 0.1, 0.4):
        return None
    return Block("page-notice", [_fill9(ctx, "notice13", options, date=_day13(ctx, date))])


def _read_more13(ctx: PageCtx) -> Block:
    """A "read more" line between paragraphs: another story's headline behind the site's own words."""
    title = ctx.teaser()
    return Block(
        "read-more", [ctx.fill(ctx.style.pick("read-more13", THIRTEENTH[ctx.style.lang].read_more), title=title)]
    )


def _photo13(ctx: PageCtx) -> Block:
    """A picture printed as its bare credit: an agency's, or a staff photographer's name."""
    s = ctx.style
    who = ctx.rng.choice(s.words.agencies) if ctx.rng.random() < 0.6 else ctx.rng.choice(s.words.authors)
    return Block("photo-credit", [ctx.fill(s.pick("photo13", THIRTEENTH[s.lang].photo), who=who)])


def _placed13(ctx: PageCtx, key: str, block: Block | None, where: str, places: tuple[str, ...]) -> list[Block]:
    """`block` if the site sets it at `where` (its place drawn once from `places`), else nothing."""
    return [block] if block and ctx.style.pick(key, places) == where else []


@dataclass(frozen=True)
class Show13:
    """The show a review is about: the same on every page showing the review."""

    name: str
    venue: str
    start: dt.datetime
    end: dt.datetime
    price: int
    minutes: int
    age: str
    stars: int


SHOW_PRICES = {"en": (12, 65, 1), "gl": (8, 40, 1), "ur": (500, 5000, 250), "tl": (500, 3500, 100)}


def _show13(ctx: PageCtx) -> Show13:
    f, own = CULTURE[ctx.style.lang], _own(ctx, "show13")
    start = ctx.when - dt.timedelta(days=own.randint(0, 12))
    low, high, step = SHOW_PRICES[ctx.style.lang]
    return Show13(
        name=own.choice(f.shows),
        venue=own.choice(f.venues),
        start=start,
        end=start + dt.timedelta(days=own.randint(7, 70)),
        price=own.randrange(low, high, step),
        minutes=own.randint(65, 185),
        age=own.choice(f.ages),
        stars=own.choice((2, 3, 3, 4, 4, 4, 5)),
    )


def _stars13(ctx: PageCtx, show: Show13) -> Block:
    stars = "\N{BLACK STAR}" * show.stars + "\N{WHITE STAR}" * (5 - show.stars)
    return Block(
        "stars", [ctx.fill(ctx.style.pick("stars13", CULTURE[ctx.style.lang].stars), stars=stars, n=str(show.stars))]
    )


def _venue_box13(ctx: PageCtx, show: Show13) -> Block:
    """The venue box: the show, where and when, the price, the running time and age guidance on sites that
    print them, the booking button."""
    f, s = CULTURE[ctx.style.lang], ctx.style
    venue, dates, tickets, running, ages = f.labels
    hours, minutes = divmod(show.minutes, 60)
    run = f.run.format(start=_day13(ctx, show.start), end=_day13(ctx, show.end))
    price = s.pick("price13", f.price).format(a=_num13(ctx, show.price))
    length = s.pick("running13", f.running).format(h=hours, m=minutes, total=show.minutes)
    lines = [show.name, f"{venue}: {show.venue}", f"{dates}: {run}", f"{tickets}: {price}"]
    if s.p("box-running", 0, 1) > 0.3:
        lines.append(f"{running}: {length}")
    if s.p("box-age", 0, 1) > 0.5:
        lines.append(f"{ages}: {show.age}")
    return Block("venue-box", [*lines, s.pick("book13", f.book)])


def _venue_inline13(ctx: PageCtx) -> Block:
    """The venue box between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("venue-at13", ("top", "inline", "end")) != "inline":
        return Block("venue-box")
    return _venue_box13(ctx, _show13(ctx))


def _listings13(ctx: PageCtx) -> Block:
    """The week's listings: the same on every page of one week."""
    f, s, w = CULTURE[ctx.style.lang], ctx.style, ctx.style.words
    year, week, _ = ctx.when.isocalendar()
    own = random.Random(f"{s.name}-listings-{year}-{week}")
    lines = [s.pick("listings-head13", f.listings_head)]
    for ahead in sorted(own.sample(range(0, 7), own.randint(3, 5))):
        day = ctx.when + dt.timedelta(days=ahead)
        time = _time13(ctx, day.replace(hour=own.choice((11, 14, 19, 19, 20)), minute=own.choice((0, 30))))
        line = s.pick("listing13", f.listing)
        lines.append(
            line.format(day=w.weekdays[day.weekday()], show=own.choice(f.shows), venue=own.choice(f.venues), time=time)
        )
    return Block("listings", lines)


def culture(ctx: PageCtx) -> list[Block]:
    """A culture listings and reviews guide: the critic's byline (only a name on some sites), the star rating
    over the story or in the venue box's place, the critic's pick on some reviews, the venue box over, inside
    or under the review, the update line on some pages, the editor's note or correction on some reviews, the
    line saying which performance was seen, the ticket affiliate note, the end mark, the notice on some pages,
    the week's listings, more reviews, the consent banner over or under the page."""
    w, f, s = ctx.style.words, CULTURE[ctx.style.lang], ctx.style
    show = _show13(ctx)
    consent, consent_at = _consent13(ctx), s.pick("consent-at13", ("top", "end", "end"))
    blocks = _head12(ctx, consent if consent_at == "top" else None)
    blocks.append(_kicker12(ctx, f.desk))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.3, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    stars_at = s.pick("stars-at13", ("top", "top", "end"))
    if stars_at == "top":
        blocks.append(_stars13(ctx, show))
    if _own(ctx, "pick13").random() < 0.3 and s.p("picks", 0, 1) > 0.3:
        blocks.append(Block("pick-badge", [s.pick("pick13", f.picks)]))
    blocks.append(_meta13(ctx, f.byline))
    affiliate = (
        Block("ticket-affiliate", [s.pick("affiliate13", f.affiliate)]) if s.p("affiliate", 0, 1) > 0.4 else None
    )
    blocks += _placed13(ctx, "affiliate-at13", affiliate, "top", ("top", "end"))
    note, note_at = _note13(ctx), s.pick("note-at13", ("top", "end"))
    if note and note_at == "top":
        blocks.append(note)
    box = _venue_box13(ctx, show)
    blocks += _placed13(ctx, "venue-at13", box, "top", ("top", "inline", "end"))
    if ctx.chance("lead-photo", 0.4, 0.9):
        blocks.append(Block("lead-caption", _photo13(ctx)))
    blocks.append(BODY)
    blocks += _end_mark13(ctx)
    if s.p("seen", 0, 1) > 0.4:
        seen = _fill9(ctx, "seen13", f.seen, venue=show.venue, date=_day13(ctx, show.start))
        blocks.append(Block("seen-line", [seen]))
    if stars_at == "end":
        blocks.append(_stars13(ctx, show))
    blocks += _placed13(ctx, "venue-at13", box, "end", ("top", "inline", "end"))
    blocks += _placed13(ctx, "affiliate-at13", affiliate, "end", ("top", "end"))
    if note and note_at == "end":
        blocks.append(note)
    notice = _notice13(ctx, f.notice, ctx.when - dt.timedelta(days=ctx.rng.randint(1, 30)))
    if notice:
        blocks.append(notice)
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.2, 0.8):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    if s.p("listings", 0, 1) > 0.35:
        blocks.append(_listings13(ctx))
    blocks.append(_headlines(ctx, s.pick("more13", f.more), ctx.rng.randint(3, 6), False, "culture-more"))
    if ctx.chance("newsletter-end", 0.1, 0.6):
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks += _footer(ctx)
    if consent and consent_at == "end":
        blocks.append(consent)
    return blocks


def _issue13(ctx: PageCtx) -> str:
    """The issue's number and date: one issue a day since the newsletter began."""
    s = ctx.style
    number = random.Random(f"{s.name}-issue13").randint(40, 1900) + (ctx.when - dt.datetime(2023, 1, 1)).days
    return _fill9(ctx, "issue13", BULLETIN[s.lang].issue, n=str(number), date=_day13(ctx, ctx.when))


def _sponsor13(ctx: PageCtx) -> Block:
    """The sponsor's block: its heading and its message, one sponsor a week."""
    f, s = BULLETIN[ctx.style.lang], ctx.style
    year, week, _ = ctx.when.isocalendar()
    i = random.Random(f"{s.name}-sponsor-{year}-{week}").randrange(len(f.sponsors))
    head = s.pick("sponsor-head13", f.sponsor_head).format(sponsor=f.sponsors[i])
    text = f.sponsor_text[i].format(sponsor=f.sponsors[i])
    return Block("nl-sponsor", [head, text])


def _sponsor_inline13(ctx: PageCtx) -> Block:
    """The sponsor between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("sponsor-at13", ("inline", "inline", "end")) != "inline":
        return Block("nl-sponsor")
    return _sponsor13(ctx)


def _divider13(ctx: PageCtx) -> Block:
    """The mark between a newsletter's sections."""
    return Block("divider", [ctx.style.pick("divider13", ("* * *", "\N{EM DASH}", "\N{BULLET}\N{BULLET}\N{BULLET}"))])


def bulletin(ctx: PageCtx) -> list[Block]:
    """A daily email newsletter's web edition: the view-online and forwarded lines, the issue line, the byline
    (only a name on some sites), the greeting, the contents list, dividers and the sponsor between sections,
    read-more lines, the sign-off, who wrote it, the reply and share lines, why the reader gets it and the
    unsubscribe links, the notice on some pages, past editions, the consent banner over or under the page."""
    w, f, s = ctx.style.words, BULLETIN[ctx.style.lang], ctx.style
    consent, consent_at = _consent13(ctx), s.pick("consent-at13", ("top", "end", "end"))
    blocks: list[Block] = []
    if s.p("view-online", 0, 1) > 0.4:
        blocks.append(Block("view-online", [s.pick("view-online13", f.view_online)]))
    blocks += _head12(ctx, consent if consent_at == "top" else None)
    forwarded = Block("forwarded", [s.pick("forwarded13", f.forwarded)]) if s.p("forwarded", 0, 1) > 0.3 else None
    blocks += _placed13(ctx, "forwarded-at13", forwarded, "top", ("top", "end"))
    blocks.append(_kicker12(ctx, f.desk))
    blocks.append(Block("title", [ctx.article.title]))
    if s.p("issue", 0, 1) > 0.3:
        blocks.append(Block("edition-no", [_issue13(ctx)]))
    blocks.append(_meta13(ctx, ("{author}", *w.byline)))
    notice = _notice13(ctx, f.notice, ctx.when)
    if notice:
        blocks.append(notice)
    if s.p("greeting", 0, 1) > 0.4:
        blocks.append(Block("greeting", [s.pick("greeting13", f.greeting)]))
    if s.p("contents", 0, 1) > 0.4:
        start = ctx.rng.randint(0, 6)
        items = ctx.others[start : start + ctx.rng.randint(3, 5)]
        blocks.append(Block("contents", [s.pick("contents-head13", f.contents_head), *items]))
    note, note_at = _note13(ctx), s.pick("note-at13", ("top", "end"))
    if note and note_at == "top":
        blocks.append(note)
    blocks.append(BODY)
    blocks += _end_mark13(ctx)
    if note and note_at == "end":
        blocks.append(note)
    if s.pick("sponsor-at13", ("inline", "inline", "end")) == "end" and ctx.chance("sponsor", 0.5, 1.0):
        blocks.append(_sponsor13(ctx))
    if s.p("signoff", 0, 1) > 0.3:
        blocks.append(Block("signoff", [s.pick("signoff13", f.signoff)]))
    if s.p("edited", 0, 1) > 0.4:
        blocks.append(Block("edited-by", [_fill9(ctx, "edited13", f.edited)]))
    if s.p("reply", 0, 1) > 0.4:
        blocks.append(Block("reply-line", [s.pick("reply13", f.reply)]))
    blocks += _placed13(ctx, "forwarded-at13", forwarded, "end", ("top", "end"))
    if s.p("share-line", 0, 1) > 0.4:
        blocks.append(Block("share-line", [_fill9(ctx, "share-line13", f.share_line)]))
    blocks.append(_share_row(ctx))
    blocks.append(_headlines(ctx, s.pick("more13", f.more), ctx.rng.randint(3, 6), False, "bulletin-more"))
    blocks.append(Block("email-footer", [_fill9(ctx, "reason13", f.reason), s.pick("unsubscribe13", f.unsubscribe)]))
    blocks += _footer(ctx)
    if consent and consent_at == "end":
        blocks.append(consent)
    return blocks


@dataclass(frozen=True)
class Recalled:
    """The product a recall story is about: the same on every page showing the story."""

    product: str
    brand: str
    batches: str
    best_before: dt.datetime
    reason: str
    regulator: str
    answered: bool


def _recalled(ctx: PageCtx) -> Recalled:
    f, own = RECALL[ctx.style.lang], _own(ctx, "recall13")
    letter = own.choice("ABCDEFGHKLMNPRT")
    codes = [f"{letter}{own.randint(10, 99)}{own.randint(100, 999)}" for _ in range(own.randint(1, 3))]
    i = own.randrange(len(f.products))
    return Recalled(
        product=f.products[i],
        brand=f.brands[i],
        batches=", ".join(codes),
        best_before=ctx.when + dt.timedelta(days=own.randint(5, 400)),
        reason=own.choice(f.reasons),
        regulator=own.choice(f.regulators),
        answered=own.random() < 0.3,
    )


def _recall_box13(ctx: PageCtx, item: Recalled) -> Block:
    """The recall box: its heading, then product, brand, batches, best-before date and reason."""
    f, s = RECALL[ctx.style.lang], ctx.style
    product, brand, batch, best, reason = f.labels
    lines = [s.pick("recall-head13", f.box_head), f"{product}: {item.product}", f"{brand}: {item.brand}"]
    lines.append(f"{batch}: {item.batches}")
    if s.p("box-best", 0, 1) > 0.25:
        lines.append(f"{best}: {_day13(ctx, item.best_before)}")
    lines.append(f"{reason}: {item.reason}")
    return Block("recall-box", lines)


def _recall_inline13(ctx: PageCtx) -> Block:
    """The recall box between paragraphs, on sites that set it there (an empty block elsewhere)."""
    if ctx.style.pick("recall-at13", ("top", "inline", "end")) != "inline":
        return Block("recall-box")
    return _recall_box13(ctx, _recalled(ctx))


def recall(ctx: PageCtx) -> list[Block]:
    """A consumer desk's product recalls: the byline (only a name on some sites), the update line on some
    pages, the editor's note or correction on some stories, the recall box over, inside or under the story,
    what to do, the regulator as the source, the maker asked for comment or its answer noted, the link to all
    recalls, the helpline or tips line, the end mark, the notice on some pages, more consumer news, the
    consent banner over or under the page."""
    w, f, s = ctx.style.words, RECALL[ctx.style.lang], ctx.style
    item = _recalled(ctx)
    consent, consent_at = _consent13(ctx), s.pick("consent-at13", ("top", "end", "end"))
    blocks = _head12(ctx, consent if consent_at == "top" else None)
    blocks.append(_kicker12(ctx, f.desk))
    blocks.append(Block("title", [ctx.article.title]))
    if ctx.article.summary and ctx.chance("dek", 0.4, 0.9):
        blocks.append(Block("standfirst", [ctx.article.summary]))
    blocks.append(_meta13(ctx, f.byline))
    answered = None
    if item.answered:
        later = _day13(ctx, ctx.when + dt.timedelta(days=_own(ctx, "answered13").randint(0, 2)))
        answered = Block("answered", [_fill9(ctx, "answered13", f.answered, brand=item.brand, date=later)])
    answered_at = s.pick("answered-at13", ("top", "end"))
    if answered and answered_at == "top":
        blocks.append(answered)
    note, note_at = _note13(ctx), s.pick("note-at13", ("top", "end"))
    if note and note_at == "top":
        blocks.append(note)
    box = _recall_box13(ctx, item)
    blocks += _placed13(ctx, "recall-at13", box, "top", ("top", "inline", "end"))
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append(Block("lead-caption", _photo13(ctx)))
    blocks.append(BODY)
    if not item.answered and s.p("contacted", 0, 1) > 0.3:
        blocks.append(Block("contacted", [_fill9(ctx, "contacted13", f.contacted, brand=item.brand)]))
    blocks += _end_mark13(ctx)
    blocks += _placed13(ctx, "recall-at13", box, "end", ("top", "inline", "end"))
    if s.p("action", 0, 1) > 0.3:
        blocks.append(Block("recall-action", [s.pick("action13", f.action)]))
    if s.p("source", 0, 1) > 0.3:
        source = _fill9(ctx, "source13", f.source, regulator=item.regulator, date=_day13(ctx, ctx.when))
        blocks.append(Block("recall-source", [source]))
    if answered and answered_at == "end":
        blocks.append(answered)
    if note and note_at == "end":
        blocks.append(note)
    notice = _notice13(ctx, f.notice, ctx.when - dt.timedelta(days=ctx.rng.randint(1, 20)))
    if notice:
        blocks.append(notice)
    if s.p("all-recalls", 0, 1) > 0.4:
        blocks.append(Block("all-recalls", [s.pick("all-recalls13", f.all_recalls)]))
    if s.p("helpline", 0, 1) > 0.3:
        blocks.append(Block("consumer-help", [_fill9(ctx, "helpline13", f.helpline)]))
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.3, 0.9):
        blocks.append(Block("tags", [ctx.fill(s.pick("tags", w.tags))]))
    blocks.append(_headlines(ctx, s.pick("more13", f.more), ctx.rng.randint(3, 6), False, "recall-more"))
    if ctx.chance("newsletter-end", 0.1, 0.6):
        blocks.append(Block("newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    blocks += _footer(ctx)
    if consent and consent_at == "end":
        blocks.append(consent)
    return blocks


ARCHETYPES: dict[str, Callable[[PageCtx], list[Block]]] = {
    "portal": portal,
    "blog": blog,
    "magazine": magazine,
    "wire": wire,
    "tabloid": tabloid,
    "regional": regional,
    "techblog": techblog,
    "broadcaster": broadcaster,
    "sports": sports,
    "business": business,
    "opinion": opinion,
    "local": local,
    "science": science,
    "travel": travel,
    "weekly": weekly,
    "pressroom": pressroom,
    "review": review,
    "radio": radio,
    "factcheck": factcheck,
    "metro": metro,
    "charity": charity,
    "academic": academic,
    "newswire": newswire,
    "recipe": recipe,
    "alerts": alerts,
    "club": club,
    "courts": courts,
    "estate": estate,
    "screen": screen,
    "ballot": ballot,
    "council": council,
    "fashion": fashion,
    "advice": advice,
    "motoring": motoring,
    "obituary": obituary,
    "money": money,
    "gaming": gaming,
    "campus": campus,
    "health": health,
    "research": research,
    "community": community,
    "agri": agri,
    "culture": culture,
    "bulletin": bulletin,
    "recall": recall,
}
# How often each archetype puts ads, teasers and notices between paragraphs.
INLINE = {
    "portal": {"ad": (0.6, 1.0), "teaser": (0.6, 1.0), "newsletter": (0.2, 0.6), "caption": (0.1, 0.4)},
    "blog": {"ad": (0.0, 0.5), "teaser": (0.2, 0.6), "newsletter": (0.0, 0.2), "caption": (0.2, 0.5)},
    "magazine": {"ad": (0.5, 1.0), "teaser": (0.3, 0.7), "newsletter": (0.4, 0.8), "caption": (0.3, 0.6)},
    "wire": {"ad": (0.0, 0.3), "teaser": (0.0, 0.4), "newsletter": (0.0, 0.1), "caption": (0.0, 0.3)},
    "tabloid": {
        "ad": (0.7, 1.0),
        "teaser": (0.5, 1.0),
        "newsletter": (0.0, 0.3),
        "caption": (0.6, 1.0),
        "related-box": (0.3, 0.8),
    },
    "regional": {"ad": (0.5, 1.0), "teaser": (0.3, 0.8), "newsletter": (0.2, 0.5), "caption": (0.2, 0.5)},
    "techblog": {"ad": (0.0, 0.1), "teaser": (0.1, 0.4), "newsletter": (0.3, 0.7), "caption": (0.2, 0.6)},
    "broadcaster": {
        "ad": (0.2, 0.6),
        "teaser": (0.4, 0.9),
        "newsletter": (0.0, 0.2),
        "caption": (0.4, 0.9),
        "embed": (0.2, 0.6),
        "video": (0.3, 0.7),
        "gallery": (0.1, 0.4),
        "fact-box": (0.2, 0.5),
    },
    "sports": {
        "ad": (0.6, 1.0),
        "teaser": (0.4, 0.9),
        "newsletter": (0.0, 0.2),
        "caption": (0.4, 0.8),
        "embed": (0.3, 0.7),
        "betting": (0.3, 0.8),
    },
    "business": {
        "ad": (0.4, 0.9),
        "teaser": (0.3, 0.8),
        "newsletter": (0.2, 0.6),
        "caption": (0.2, 0.5),
        "fact-box": (0.3, 0.7),
        "gallery": (0.0, 0.2),
    },
    "opinion": {
        "ad": (0.3, 0.8),
        "teaser": (0.1, 0.5),
        "newsletter": (0.1, 0.4),
        "caption": (0.1, 0.4),
        "pull-quote": (0.3, 0.8),
        "embed": (0.0, 0.3),
    },
    "local": {
        "ad": (0.5, 1.0),
        "teaser": (0.4, 0.9),
        "newsletter": (0.1, 0.4),
        "caption": (0.0, 0.0),
        "clip": (0.3, 0.8),
        "photos": (0.1, 0.5),
        "infobox": (0.1, 0.4),
        "live-times": (0.1, 0.4),
    },
    "science": {
        "ad": (0.2, 0.7),
        "teaser": (0.3, 0.8),
        "newsletter": (0.2, 0.6),
        "caption": (0.2, 0.5),
        "quote-box": (0.3, 0.8),
        "infobox": (0.3, 0.7),
        "clip": (0.0, 0.3),
    },
    "travel": {
        "ad": (0.3, 0.9),
        "teaser": (0.2, 0.6),
        "newsletter": (0.0, 0.3),
        "caption": (0.0, 0.0),
        "photos": (0.3, 0.8),
        "price-box": (0.4, 0.9),
        "quote-box": (0.1, 0.5),
    },
    "weekly": {
        "ad": (0.2, 0.7),
        "teaser": (0.1, 0.5),
        "newsletter": (0.2, 0.6),
        "caption": (0.3, 0.8),
        "pull-quote": (0.4, 0.9),
        "offer": (0.1, 0.4),
    },
    "pressroom": {"ad": (0.0, 0.0), "teaser": (0.0, 0.0), "newsletter": (0.0, 0.1), "caption": (0.0, 0.3)},
    "review": {
        "ad": (0.4, 0.9),
        "teaser": (0.3, 0.8),
        "newsletter": (0.1, 0.4),
        "caption": (0.3, 0.7),
        "specs": (0.4, 0.9),
        "buy": (0.3, 0.8),
    },
    "radio": {
        "ad": (0.1, 0.5),
        "teaser": (0.4, 0.9),
        "newsletter": (0.1, 0.4),
        "caption": (0.2, 0.6),
        "podcast": (0.1, 0.5),
    },
    "factcheck": {
        "ad": (0.1, 0.5),
        "teaser": (0.3, 0.8),
        "newsletter": (0.1, 0.4),
        "caption": (0.0, 0.2),
        "screenshot": (0.5, 1.0),
        "archived": (0.2, 0.7),
    },
    "metro": {
        "ad": (0.6, 1.0),
        "teaser": (0.4, 0.9),
        "newsletter": (0.1, 0.4),
        "caption": (0.2, 0.6),
        "local-more": (0.3, 0.8),
    },
    "charity": {
        "ad": (0.0, 0.0),
        "teaser": (0.2, 0.7),
        "newsletter": (0.1, 0.3),
        "caption": (0.4, 0.9),
        "donate-box": (0.4, 0.9),
        "quote-box": (0.2, 0.6),
    },
    "academic": {
        "ad": (0.0, 0.2),
        "teaser": (0.5, 1.0),
        "newsletter": (0.2, 0.6),
        "caption": (0.3, 0.7),
        "chart": (0.3, 0.8),
    },
    "newswire": {
        "ad": (0.0, 0.3),
        "teaser": (0.0, 0.3),
        "newsletter": (0.0, 0.2),
        "caption": (0.0, 0.0),
        "release-photo": (0.2, 0.7),
    },
    "recipe": {
        "ad": (0.4, 1.0),
        "teaser": (0.3, 0.8),
        "newsletter": (0.1, 0.5),
        "caption": (0.3, 0.8),
        "recipe-teaser": (0.2, 0.7),
    },
    "alerts": {
        "ad": (0.3, 0.9),
        "teaser": (0.3, 0.8),
        "newsletter": (0.0, 0.3),
        "caption": (0.1, 0.4),
        "advice": (0.3, 0.8),
        "live-map": (0.2, 0.6),
    },
    "club": {
        "ad": (0.2, 0.7),
        "teaser": (0.4, 0.9),
        "newsletter": (0.0, 0.3),
        "caption": (0.3, 0.8),
        "match-card": (0.3, 0.8),
        "ticket-note": (0.2, 0.6),
    },
    "courts": {
        "ad": (0.3, 0.9),
        "teaser": (0.3, 0.8),
        "newsletter": (0.0, 0.3),
        "caption": (0.1, 0.5),
        "presumed": (1.0, 1.0),
    },
    "estate": {
        "ad": (0.5, 1.0),
        "teaser": (0.3, 0.8),
        "newsletter": (0.1, 0.4),
        "caption": (0.3, 0.8),
        "listing": (0.3, 0.8),
        "market": (0.1, 0.4),
        "mortgage": (0.1, 0.5),
    },
    "screen": {
        "ad": (0.4, 1.0),
        "teaser": (0.4, 0.9),
        "newsletter": (0.0, 0.4),
        "caption": (0.3, 0.7),
        "trailer": (0.2, 0.6),
        "spoiler": (1.0, 1.0),
    },
    "ballot": {
        "ad": (0.3, 0.8),
        "teaser": (0.3, 0.8),
        "newsletter": (0.0, 0.3),
        "caption": (0.1, 0.4),
        "candidate": (0.2, 0.5),
        "poll-box": (0.5, 1.0),
    },
    "council": {
        "ad": (0.2, 0.7),
        "teaser": (0.3, 0.8),
        "newsletter": (0.0, 0.3),
        "caption": (0.1, 0.5),
        "councillor": (0.2, 0.6),
    },
    "fashion": {
        "ad": (0.5, 1.0),
        "teaser": (0.3, 0.9),
        "newsletter": (0.1, 0.5),
        "caption": (0.4, 0.9),
        "look": (0.3, 0.9),
        "product": (0.2, 0.7),
    },
    "advice": {
        "ad": (0.3, 0.9),
        "teaser": (0.2, 0.7),
        "newsletter": (0.1, 0.4),
        "caption": (0.0, 0.3),
    },
    "motoring": {
        "ad": (0.5, 1.0),
        "teaser": (0.3, 0.9),
        "newsletter": (0.0, 0.3),
        "caption": (0.4, 0.9),
        "spec-box": (1.0, 1.0),
        "dealer": (0.3, 0.8),
    },
    "obituary": {
        "ad": (0.0, 0.3),
        "teaser": (0.0, 0.3),
        "newsletter": (0.0, 0.1),
        "caption": (0.1, 0.5),
    },
    "money": {
        "ad": (0.3, 0.8),
        "teaser": (0.3, 0.8),
        "newsletter": (0.1, 0.5),
        "caption": (0.0, 0.3),
        "rate-table": (0.4, 1.0),
        "calculator": (0.5, 1.0),
    },
    "gaming": {
        "ad": (0.5, 1.0),
        "teaser": (0.3, 0.9),
        "newsletter": (0.0, 0.3),
        "caption": (0.5, 1.0),
        "game-trailer": (0.3, 0.9),
    },
    "campus": {
        "ad": (0.0, 0.4),
        "teaser": (0.2, 0.7),
        "newsletter": (0.0, 0.3),
        "caption": (0.2, 0.6),
        "support-student": (0.4, 1.0),
    },
    "health": {
        "ad": (0.3, 0.9),
        "teaser": (0.3, 0.8),
        "newsletter": (0.1, 0.4),
        "caption": (0.1, 0.4),
        "symptom-checker": (0.3, 1.0),
    },
    "research": {
        "ad": (0.0, 0.3),
        "teaser": (0.2, 0.7),
        "newsletter": (0.0, 0.3),
        "caption": (0.0, 0.0),
        "figure-credit": (0.3, 0.9),
        "podcast-promo": (0.0, 0.5),
    },
    "community": {
        "ad": (0.0, 0.3),
        "teaser": (0.2, 0.7),
        "newsletter": (0.0, 0.2),
        "caption": (0.2, 0.7),
        "thought": (0.5, 1.0),
        "gift-appeal": (0.4, 1.0),
    },
    "agri": {
        "ad": (0.4, 1.0),
        "teaser": (0.3, 0.8),
        "newsletter": (0.0, 0.3),
        "caption": (0.3, 0.8),
        "market-prices": (0.5, 1.0),
    },
    "culture": {
        "ad": (0.2, 0.8),
        "teaser": (0.2, 0.7),
        "newsletter": (0.0, 0.3),
        "caption": (0.0, 0.0),
        "read-more13": (0.3, 1.0),
        "photo-credit13": (0.3, 0.9),
        "venue-box13": (0.6, 1.0),
    },
    "bulletin": {
        "ad": (0.0, 0.0),
        "teaser": (0.0, 0.3),
        "newsletter": (0.0, 0.1),
        "caption": (0.0, 0.2),
        "read-more13": (0.4, 1.0),
        "sponsor13": (0.5, 1.0),
        "dividers13": (0.3, 1.0),
    },
    "recall": {
        "ad": (0.3, 1.0),
        "teaser": (0.3, 0.8),
        "newsletter": (0.0, 0.3),
        "caption": (0.0, 0.0),
        "read-more13": (0.2, 0.8),
        "photo-credit13": (0.2, 0.7),
        "recall-box13": (0.6, 1.0),
    },
}
# Archetypes whose inline pictures carry a caption sentence, not only a credit.
PHOTO_CAPTIONS = frozenset({"tabloid"})
# ... with the credit as the site writes it, before, after or under the sentence.
CREDITED_CAPTIONS = frozenset({"broadcaster", "sports", "business", "opinion"})


def inline_lines(ctx: PageCtx, archetype: str, count: int) -> dict[int, list[Block]]:
    """Blocks to insert after paragraph i (never after the last one)."""
    w, s = ctx.style.words, ctx.style
    spec = INLINE[archetype]
    out: dict[int, list[Block]] = {}
    gaps = list(range(count - 1))
    if not gaps:
        return out
    if ctx.chance("ad", *spec["ad"]):
        every = int(s.p("ad-every", 2, 4.99))
        label = s.pick("ad", w.ad)
        for i, gap in enumerate(gaps[every - 1 :: every]):
            out.setdefault(gap, []).append(Block("ad", [label]))
            if i == 0 and s.p("ad-continue", 0, 1) > 0.6:
                out[gap].append(Block("ad-continue", [s.pick("ad-continue", w.ad_continue)]))
    if ctx.chance("teaser", *spec["teaser"]):
        prefix = s.pick("read-also", w.read_also)
        for gap in ctx.rng.sample(gaps, min(len(gaps), ctx.rng.randint(1, 2))):
            title = ctx.teaser()
            out.setdefault(gap, []).append(Block("teaser", [f"{prefix} {title}"], [prefix, title]))
    if ctx.chance("newsletter", *spec["newsletter"]):
        gap = ctx.rng.choice(gaps)
        out.setdefault(gap, []).append(Block("inline-newsletter", [ctx.fill(s.pick("newsletter", w.newsletter))]))
    if ctx.chance("caption", *spec["caption"]):
        gap = ctx.rng.choice(gaps)
        if archetype in CREDITED_CAPTIONS:
            lines = _credited_caption(ctx)
        else:
            lines = [_photo_caption(ctx) if archetype in PHOTO_CAPTIONS else _with_label(ctx, "caption", w.caption)]
        out.setdefault(gap, []).append(Block("caption", lines))
    if "related-box" in spec and ctx.chance("related-box", *spec["related-box"]):
        label = s.pick("related-inline", ctx.style.more.related_inline)
        box = _headlines(ctx, label, ctx.rng.randint(2, 3), False, "related-box")
        out.setdefault(ctx.rng.choice(gaps), []).append(box)
    for kind, make in THIRD_INLINE.items():  # the third split's archetypes only
        if kind in spec and ctx.chance(kind, *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in FOURTH_INLINE.items():  # the fourth split's archetypes only
        if kind in spec and ctx.chance(kind, *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in FIFTH_INLINE.items():  # the fifth split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in SIXTH_INLINE.items():  # the sixth split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in SEVENTH_INLINE.items():  # the seventh split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in EIGHTH_INLINE.items():  # the eighth split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in NINTH_INLINE.items():  # the ninth split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in TENTH_INLINE.items():  # the tenth split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in ELEVENTH_INLINE.items():  # the eleventh split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in TWELFTH_INLINE.items():  # the twelfth split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    for kind, make in THIRTEENTH_INLINE.items():  # the thirteenth split's archetypes only
        if kind in spec and ctx.chance(f"inline-{kind}", *spec[kind]):
            out.setdefault(ctx.rng.choice(gaps), []).append(make(ctx))
    if "dividers13" in spec and ctx.chance("inline-dividers13", *spec["dividers13"]):
        for gap in ctx.rng.sample(gaps, (len(gaps) + 2) // 3):  # a newsletter's sections: every third gap or so
            out.setdefault(gap, []).insert(0, _divider13(ctx))
    if "live-times" in spec and ctx.chance("live-times", *spec["live-times"]):
        _live_times(ctx, gaps, out)
    return out


def _live_times(ctx: PageCtx, gaps: list[int], out: dict[int, list[Block]]) -> None:
    """A live page: the time of each update over its paragraph, newest first."""
    ctx.flags.add("live")
    when = ctx.when
    shape = ctx.style.pick(
        "live-time", ("{h}:{mi}", "{h}.{mi}", "klo {h}.{mi}" if ctx.style.lang == "fi" else "{h}:{mi}")
    )
    for gap in gaps:
        when -= dt.timedelta(minutes=ctx.rng.randint(3, 55))
        out.setdefault(gap, []).append(Block("timestamp", [fmt_date(ctx.style.words, shape, when)]))


def _pull_quote(ctx: PageCtx) -> Block:
    """A sentence of the article itself, set apart in quotes between its paragraphs."""
    sentences = [x for p in ctx.article.paragraphs[1:] for x in _sentences(p) if 60 <= len(x) <= 220]
    quote = ctx.rng.choice(sentences or [ctx.article.paragraphs[-1][:160]])
    return Block("pull-quote", [f"\N{LEFT DOUBLE QUOTATION MARK}{quote}\N{RIGHT DOUBLE QUOTATION MARK}"])


def _betting(ctx: PageCtx) -> Block:
    t = _third(ctx)
    odds = " \N{EN DASH} ".join(_decimal(ctx.rng.uniform(1.1, 9), ctx.style.lang) for _ in range(3))
    return Block("betting", [odds, ctx.style.pick("betting", t.betting)])


THIRD_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "embed": _embed,
    "video": lambda ctx: _video(ctx, inline=True),
    "gallery": _gallery,
    "fact-box": _fact_box,
    "pull-quote": _pull_quote,
    "betting": _betting,
}
FOURTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "clip": _clip,
    "photos": _photos,
    "infobox": _infobox,
    "quote-box": _quote_box,
    "price-box": _price_box,
}
FIFTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "offer": _offer,
    "specs": _specs,
    "buy": _buy,
    "podcast": _podcast,
}
SIXTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "screenshot": _screenshot,
    "archived": _archived,
    "local-more": _local_more,
    "donate-box": _donate_box,
    "chart": _chart,
}
SEVENTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "release-photo": _release_photo,
    "recipe-teaser": _recipe_teaser,
    "advice": _advice,
    "live-map": _live_map,
    "match-card": _match_card,
    "ticket-note": _ticket_note,
}
# What the eighth split's archetypes set between paragraphs; a kind that does not apply to the story (the
# presumption of innocence for a civil case, a poll after polling day) gives an empty block, which is dropped.
EIGHTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "presumed": _presumed_inline,
    "listing": _listing,
    "market": _market,
    "mortgage": _mortgage,
    "trailer": _trailer,
    "spoiler": _spoiler_inline,
    "candidate": _candidate,
    "poll-box": _poll_box,
}
# What the ninth split's archetypes set between paragraphs.
NINTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "councillor": _councillor,
    "look": _look,
    "product": _product,
}
# What the tenth split's archetypes set between paragraphs; a kind a site sets elsewhere (its spec box over
# the story, its calculator prompt under it) gives an empty block, which is dropped.
TENTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "spec-box": _spec_inline,
    "dealer": _dealer,
    "rate-table": _rate_table,
    "calculator": _calculator_inline,
}
# What the eleventh split's archetypes set between paragraphs; a kind a site sets elsewhere (its support
# appeal under the story) gives an empty block, which is dropped.
ELEVENTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "game-trailer": _trailer11,
    "support-student": _support_inline,
    "symptom-checker": _checker,
}
# What the twelfth split's archetypes set between paragraphs; a kind a site sets elsewhere (its thought for
# the week, its appeal or its prices box under the story) gives an empty block, which is dropped.
TWELFTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "figure-credit": _figure12,
    "podcast-promo": _podcast12,
    "thought": _thought_inline,
    "gift-appeal": _appeal_inline,
    "market-prices": _prices_inline,
}
# What the thirteenth split's archetypes set between paragraphs; a kind a site sets elsewhere (its venue box,
# its recall box or its sponsor over or under the story) gives an empty block, which is dropped.
THIRTEENTH_INLINE: dict[str, Callable[[PageCtx], Block]] = {
    "read-more13": _read_more13,
    "photo-credit13": _photo13,
    "venue-box13": _venue_inline13,
    "sponsor13": _sponsor_inline13,
    "recall-box13": _recall_inline13,
}


# --- rendering -----------------------------------------------------------------------------------------


def page_blocks(ctx: PageCtx, archetype: str) -> list[Block]:
    """The page's blocks in order, the article's paragraphs (role "p") and what sits between them included."""
    paragraphs = list(ctx.article.paragraphs)
    inserts = inline_lines(ctx, archetype, len(paragraphs))
    body: list[Block] = []
    for i, para in enumerate(paragraphs):
        body.append(Block("p", [para]))
        body.extend(inserts.get(i, []))
    blocks: list[Block] = []
    for block in ARCHETYPES[archetype](ctx):
        blocks.extend(body if block is BODY else [block])
    return [b for b in blocks if b]


def render(blocks: list[Block], style: SiteStyle) -> str:
    """The page as a scraper's text dump: `style.layout` decides the blank lines, `style.wrap` the width."""
    blocks = [Block(b.role, [_wrap(b[0], style.wrap)]) if b.role == "p" else b for b in blocks]
    if style.layout == "dense":
        return "\n".join(line for b in blocks for line in b) + "\n"
    if style.layout == "lines":
        return "\n\n".join(line for b in blocks for line in b) + "\n"
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


def _wrap(paragraph: str, width: int | None) -> str:
    if width is None:
        return paragraph
    return "\n".join(textwrap.fill(line, width) for line in paragraph.split("\n"))


def make_style(name: str, lang: str, rng: random.Random) -> SiteStyle:
    words = WORDS[lang]
    nav = [words.nav[0], *rng.sample(words.nav[1:], rng.randint(5, len(words.nav) - 1))]
    joiner = rng.choice([None, None, " | ", " \N{MIDDLE DOT} ", "  "])
    layout = rng.choice(["blocks", "blocks", "lines", "dense"])
    wrap = rng.choice([None, None, None, None, 76, 100]) if lang not in ("zh", "ja") else None
    dates = list(words.dates)
    rng.shuffle(dates)
    return SiteStyle(name, lang, words, rng, nav, joiner, layout, wrap, dates[0], dates[1])


def generate_site(archetype: str, lang: str, seed: int, pool: BodyPool, split: str) -> GenSite:
    name = f"{archetype}-{lang}-{seed}"
    rng = random.Random(name)
    words = WORDS[lang]
    names = (
        THIRTEENTH_SITE_NAMES.get(lang, {}).get(archetype)
        or TWELFTH_SITE_NAMES.get(lang, {}).get(archetype)
        or ELEVENTH_SITE_NAMES.get(lang, {}).get(archetype)
        or TENTH_SITE_NAMES.get(lang, {}).get(archetype)
        or NINTH_SITE_NAMES.get(lang, {}).get(archetype)
        or EIGHTH_SITE_NAMES.get(lang, {}).get(archetype)
        or SEVENTH_SITE_NAMES.get(lang, {}).get(archetype)
        or SIXTH_SITE_NAMES.get(lang, {}).get(archetype, words.site_names)
    )
    style = make_style(names[(seed + len(archetype)) % len(names)], lang, rng)
    articles = pool.for_site(lang, rng, PAGES_PER_SITE)
    start = dt.datetime(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 500))
    whens = sorted(start + dt.timedelta(minutes=rng.randint(0, 150 * 24 * 60)) for _ in articles)
    order = list(range(len(articles)))
    rng.shuffle(order)
    extra = rng.sample(pool.titles, 40)
    crawl = Crawl(style, archetype, articles, extra, pool, whens, sitehtml.html_style(name))
    pages = [_page(f"{n:02}", crawl, i, whens[i], name) for n, i in enumerate(order)]
    learn = pages[:LEARN_PAGES]
    if seed % 2 == 1:  # the same article crawled twice more, hours later: new date, teasers, trending list
        i = order[3]
        again = _page("recrawl", crawl, i, whens[i] + dt.timedelta(hours=5), name + "+")
        learn = [*learn[:-2], again, again]
    return GenSite(name, lang, archetype, split, tuple(learn), tuple(pages[LEARN_PAGES:]))


@dataclass(frozen=True)
class Crawl:
    """What the pages of one generated site share."""

    style: SiteStyle
    archetype: str
    articles: list[Article]
    extra: list[str]  # titles of stories not in the sample, for teasers and lists
    pool: BodyPool
    whens: list[dt.datetime]
    html: sitehtml.HtmlStyle


def _page(label: str, crawl: Crawl, i: int, when: dt.datetime, salt: str) -> GenPage:
    style, article = crawl.style, crawl.articles[i]
    byline = random.Random(f"{style.name}-{i}")  # the author and section stay with the article
    ctx = PageCtx(
        style=style,
        article=article,
        rng=random.Random(f"{salt}-{i}"),
        when=when,
        author=byline.choice(style.words.authors),
        category=byline.choice(style.nav[1:]),
        others=[a.title for j, a in enumerate(crawl.articles) if j != i][::-1] + crawl.extra,
        sentences=crawl.pool.sentences,
    )
    blocks = page_blocks(ctx, crawl.archetype)
    first, last = min(crawl.whens), max(crawl.whens)
    position = (when - first) / (last - first) if last > first else 0.0
    page_id = random.Random(f"{style.name}-{i}-id").randint(10000, 999999)
    markup = sitehtml.render_html(ctx, blocks, position, page_id, crawl.html)
    url = sitehtml.page_url(ctx)
    return GenPage(label, render(blocks, style), article.gold, article.title, markup, url)


def sites(split: str | None = None) -> Iterator[GenSite]:
    """Every generated site of `split` ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
    "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "shells";
    all when None), deterministically."""
    pool = body_pool()
    named = (
        ("tune", TUNE),
        ("heldout", HELDOUT),
        ("heldout2", HELDOUT2),
        ("heldout3", HELDOUT3),
        ("heldout4", HELDOUT4),
        ("heldout5", HELDOUT5),
        ("heldout6", HELDOUT6),
        ("heldout7", HELDOUT7),
        ("heldout8", HELDOUT8),
        ("heldout9", HELDOUT9),
        ("heldout10", HELDOUT10),
        ("heldout11", HELDOUT11),
        ("heldout12", HELDOUT12),
        ("heldout13", HELDOUT13),
    )
    for name, specs in named:
        if split in (None, name):
            for archetype, lang, seed in specs:
                yield generate_site(archetype, lang, seed, pool, name)
    if split in (None, "shells"):
        yield from shell_sites(pool)


# --- shells: real pages' own header and footer around other articles ---------------------------------


@dataclass(frozen=True)
class Shell:
    """A real page dumped to text as a scraper stores it, cut around its article."""

    name: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    title: str


def shells() -> Iterator[Shell]:
    """The AEB pages whose gold body can be found in their text dump (html-text, as in bench/README)."""
    import html_text  # a bench dependency

    for page in aeb.pages():
        dump = html_text.extract_text(page.html.decode("utf-8", "replace"), guess_layout=True).split("\n")
        paragraphs = [p for p in page.gold.split("\n\n") if p.strip()]
        keys = [_plain(line) for line in dump]
        first, last = _plain(paragraphs[0])[:40], _plain(paragraphs[-1])[-40:]
        start = next((i for i, k in enumerate(keys) if first and first in k), None)
        end = next((i for i in range(len(keys) - 1, -1, -1) if last and last in keys[i]), None)
        if start is None or end is None or start > end:
            continue
        host = page.url.split("/")[2].removeprefix("www.")
        yield Shell(f"{host}-{page.id[:6]}", tuple(dump[:start]), tuple(dump[end + 1 :]), _title(page))


def _plain(text: str) -> str:
    return " ".join(regex.findall(r"\w+", text.casefold()))


def shell_sites(pool: BodyPool) -> Iterator[GenSite]:
    """SHELLS real page shells, each around 40 other AEB articles, with what varies from page to page
    on a real site: the title wherever the shell shows it, the digits of dates and counters, and a
    quarter of the headlines in its story lists."""
    every = list(shells())
    for shell in random.Random("shells").sample(every, min(SHELLS, len(every))):
        rng = random.Random(shell.name)
        articles = pool.for_site("en", rng, PAGES_PER_SITE)
        pages = [_shell_page(shell, a, random.Random(f"{shell.name}-{i}"), pool) for i, a in enumerate(articles)]
        yield GenSite(shell.name, "en", "shell", "shells", tuple(pages[:LEARN_PAGES]), tuple(pages[LEARN_PAGES:]))


def _shell_page(shell: Shell, article: Article, rng: random.Random, pool: BodyPool) -> GenPage:
    def vary(line: str) -> str:
        if shell.title and _plain(shell.title) and _plain(shell.title) in _plain(line):
            return line.replace(shell.title, article.title) if shell.title in line else article.title
        if len(line) <= 80 and DIGITS_RE.search(line):
            return DIGITS_RE.sub(lambda m: "".join(rng.choice("0123456789") for _ in m.group()), line)
        if HEADLINE_RE.fullmatch(line) and rng.random() < 0.25:
            return rng.choice(pool.titles)
        return line

    text = "\n".join(map(vary, shell.head)) + "\n" + article.gold + "\n" + "\n".join(map(vary, shell.tail))
    return GenPage(article.title[:30], text, article.gold, article.title)


def write(outdir: Path) -> None:
    for site in sites():
        root = outdir / site.split / site.name
        for part, pages in (("learn", site.learn), ("test", site.test)):
            (root / part).mkdir(parents=True, exist_ok=True)
            for k, page in enumerate(pages):
                (root / part / f"{k:02}.txt").write_text(page.text, encoding="utf-8")
                if page.html:
                    (root / part / f"{k:02}.html").write_text(page.html, encoding="utf-8")
                if part == "test":
                    (root / "gold").mkdir(exist_ok=True)
                    (root / "gold" / f"{k:02}.txt").write_text(page.gold + "\n", encoding="utf-8")
        meta = {"lang": site.lang, "archetype": site.archetype, "split": site.split}
        (root / "site.json").write_text(json.dumps(meta) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/sitegen.py OUTDIR")
    write(Path(sys.argv[1]))
