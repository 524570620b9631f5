"""Generated multi-page news sites: AEB gold bodies wrapped in per-site templates, with their gold bodies.

Each site has its own template drawn from an archetype (portal, blog, magazine, wire) and a language's
wording (bench/sitewords.py), and every page varies the way real pages do: dates, counters, teaser and
trending titles, optional blocks (cookie banner, breaking ticker, updated line, comments), A/B variants of
the share row, ad labels and "read also" teasers between paragraphs. Some sites hard-wrap their text or
print no blank lines; a few re-crawled pages appear twice in the learning half.

Two splits: ``tune`` (portal and blog templates in en, id, de, ru) is the one to look at while working
on the learner; ``heldout`` (the magazine and wire archetypes in any language, and any archetype in fr,
es, zh, pt) is only measured, never tuned on. A third, ``shells``, also only measured, wraps the articles
in real pages' own text (the AEB pages dumped as a scraper stores them, cut around their article),
varying only what varies on a real site: titles, dates and counters, some list headlines.

Usage: ``python bench/sitegen.py OUTDIR`` writes every site as OUTDIR/<split>/<site>/{learn,test}/NN.txt
and OUTDIR/<split>/<site>/gold/NN.txt for the test pages, for reading.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb
from sitewords import WORDS, Words

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
TITLE_RE = regex.compile(r"<meta[^>]+property=.og:title.[^>]+content=\"([^\"]+)\"|<title[^>]*>(.*?)</title>", regex.S)
TITLE_SUFFIX_RE = regex.compile(r"\s+[|\N{EM DASH}\N{EN DASH}-]\s+[^|\N{EM DASH}\N{EN DASH}]{2,40}$")
SENTENCE_END_RE = regex.compile(
    r"(?<=[.!?\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}])\s+"
)
# Dialogue dashes and quotes around a headline made from a first sentence, and its final punctuation.
TITLE_TRIM_RE = regex.compile(
    r"^[\p{Pd}\p{Pi}\p{Pf}\p{Ps}\"\s]+|[\p{Pd}\p{Pi}\p{Pf}\p{Pe}\"\s.,;:!?\N{HORIZONTAL ELLIPSIS}]+$"
)
STOPWORDS = {"en": " the ", "pt": " não ", "de": " und ", "fr": " les ", "es": " los ", "id": " yang ", "ru": " и "}


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]
    lang: str

    @property
    def gold(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class GenPage:
    name: str
    text: str
    gold: str
    title: str


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
        if lang == "en":
            by_lang.setdefault("en", []).append(Article(title, tuple(paragraphs), "en"))
        elif len(page.gold) > 2500:
            by_lang.setdefault(lang, []).extend(_chunks(paragraphs, lang))
        else:
            by_lang.setdefault(lang, []).append(Article(title, tuple(paragraphs), lang))
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
    )


def fmt_count(n: int, lang: str, rng: random.Random) -> str:
    if n < 1000 or lang == "zh":
        return str(n)
    if rng.random() < 0.3 and lang == "en":
        return f"{n / 1000:.1f}K"
    sep = {"en": ",", "fr": "\N{NO-BREAK SPACE}", "ru": " "}.get(lang, ".")
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
        return template.format(**values)

    def ago(self) -> str:
        template = self.rng.choice(self.style.words.ago)
        return template.format(n=self.rng.randint(5, 20))

    def teaser(self) -> str:
        return self.rng.choice(self.others[:30])

    def chance(self, key: str, low: float, high: float) -> bool:
        return self.rng.random() < self.style.p(key, low, high)


Block = list[str]
BODY = ["\N{OBJECT REPLACEMENT CHARACTER}"]


def _nav(ctx: PageCtx) -> list[Block]:
    style = ctx.style
    if style.nav_joiner:
        return [[style.nav_joiner.join(style.nav)]]
    return [list(style.nav)]


def _share_row(ctx: PageCtx) -> Block:
    words = ctx.style.words
    row = list(words.share_b) if ctx.chance("share-b", 0.1, 0.35) else list(words.share_a)
    return [" ".join(row)] if ctx.style.pick("share-join", ("lines", "lines", "one")) == "one" else row


def _headlines(ctx: PageCtx, header: str, count: int, numbered: bool) -> Block:
    start = ctx.rng.randint(0, 6)
    titles = ctx.others[start : start + count]
    return [header] + [f"{i}. {t}" if numbered else t for i, t in enumerate(titles, 1)]


def _comments(ctx: PageCtx) -> list[Block]:
    words = ctx.style.words
    n = ctx.rng.randint(1, 4)
    blocks: list[Block] = [[ctx.fill(ctx.style.pick("comments-head", words.comments_head), n=str(n))]]
    meta = ctx.style.pick("comment-meta", words.comment_meta)
    for _ in range(n):
        text = ctx.rng.choice(words.comment_texts)
        if ctx.rng.random() < 0.5:
            text = f"{text} {ctx.rng.choice(ctx.sentences)}"
        blocks.append([ctx.fill(meta), text, words.comment_actions[0]])
    blocks.append(list(words.comment_form))
    return blocks


def _footer(ctx: PageCtx) -> list[Block]:
    words = ctx.style.words
    k = int(ctx.style.p("footer-links", 4, len(words.footer_nav)))
    return [list(words.footer_nav[:k]), [ctx.fill(ctx.style.pick("copyright", words.copyright))]]


def _with_label(ctx: PageCtx, key: str, options: tuple[str, ...]) -> str:
    return ctx.fill(ctx.style.pick(key, options))


# --- archetypes: each returns the page's blocks, BODY standing for the article --------------------------


def portal(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.2, 0.7):
        blocks.append([s.pick("cookie", w.cookie)])
    blocks.append([s.name] + ([s.pick("tagline", w.taglines)] if s.p("has-tagline", 0, 1) > 0.5 else []))
    blocks.append(list(w.account[: int(s.p("account", 2, 5))]))
    blocks += _nav(ctx)
    if ctx.chance("breaking", 0.1, 0.4):
        blocks.append([f"BREAKING: {ctx.teaser()}"])
    if s.p("breadcrumb", 0, 1) > 0.5:
        blocks.append([f"{w.breadcrumb_home} > {ctx.category}"])
    else:
        blocks.append([ctx.category])
    blocks.append([ctx.article.title])
    meta = [_with_label(ctx, "byline", w.byline), _with_label(ctx, "published", w.published)]
    if ctx.chance("updated", 0.2, 0.6):
        meta.append(_with_label(ctx, "updated", w.updated))
    if s.p("has-views", 0, 1) > 0.4:
        meta.append(ctx.fill(s.pick("views", w.views), n=fmt_count(ctx.rng.randint(40, 90000), s.lang, ctx.rng)))
    blocks.append(meta)
    blocks.append(_share_row(ctx))
    if ctx.chance("lead-photo", 0.3, 0.8):
        blocks.append([_with_label(ctx, "caption", w.caption)])
    blocks.append(BODY)
    if ctx.chance("tags", 0.6, 1.0):
        blocks.append([ctx.fill(s.pick("tags", w.tags))])
    blocks.append([s.pick("share-end", w.share_end)])
    if s.p("has-channel", 0, 1) > 0.5:
        blocks.append([ctx.fill(s.pick("channel", w.channel))])
    if s.p("newsletter-end", 0, 1) > 0.4:
        blocks.append([ctx.fill(s.pick("newsletter", w.newsletter))])
    blocks.append(_headlines(ctx, s.pick("related", w.related), ctx.rng.randint(3, 5), False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, s.p("numbered", 0, 1) > 0.5))
    if ctx.chance("comments", 0.3, 0.8):
        blocks += _comments(ctx)
    blocks += _footer(ctx)
    return blocks


def blog(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = [[s.name, s.pick("tagline", w.taglines)]]
    blocks += _nav(ctx)
    blocks.append([ctx.article.title])
    sep = s.pick("sep", ("\N{MIDDLE DOT}", "|", "/", "-"))
    posted = f"{_with_label(ctx, 'published', w.published)} {sep} {ctx.fill(s.pick('byline', w.byline))}"
    blocks.append([posted, ctx.category])
    if s.p("reading", 0, 1) > 0.5:
        blocks.append([ctx.fill(s.pick("reading", w.reading))])
    blocks.append(BODY)
    blocks.append([s.pick("share-end", w.share_end), *w.share_a[1:]])
    if ctx.chance("tags", 0.5, 1.0):
        blocks.append([ctx.fill(s.pick("tags", w.tags))])
    prev_next = [w.pagination[1], ctx.teaser(), w.pagination[0], ctx.teaser()] if w.pagination else []
    blocks.append(prev_next)
    related = _headlines(ctx, s.pick("related", w.related), 3, False)
    blocks.append(related[:1] + [x for t in related[1:] for x in (t, fmt_date(w, s.date_fmt2, ctx.when))])
    if ctx.chance("comments", 0.5, 0.9):
        blocks += _comments(ctx)
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, False))
    archive = [fmt_date(w, "{month} {y}", ctx.when - dt.timedelta(days=31 * k)) for k in range(6)]
    blocks.append(archive)
    blocks += _footer(ctx)
    return blocks


def magazine(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = []
    if ctx.chance("cookie", 0.3, 0.9):
        blocks.append([s.pick("cookie", w.cookie)])
    blocks.append([s.name, w.account[1], w.account[0]])
    blocks += _nav(ctx)
    blocks.append([ctx.category.upper() if s.p("kicker-upper", 0, 1) > 0.5 else ctx.category])
    blocks.append([ctx.article.title])
    if ctx.chance("dek", 0.5, 0.9):
        blocks.append([ctx.rng.choice(ctx.sentences)])
    blocks.append(
        [
            ctx.fill(s.pick("byline", w.byline)),
            _with_label(ctx, "published", w.published),
            ctx.fill(s.pick("reading", w.reading)),
        ]
    )
    blocks.append([_with_label(ctx, "caption", w.caption)])
    blocks.append(BODY)
    if s.p("disclaimer", 0, 1) > 0.5:
        blocks.append([ctx.fill(s.pick("disclaimer", w.disclaimer))])
    blocks.append(_share_row(ctx))
    if ctx.chance("tags", 0.7, 1.0):
        blocks.append([ctx.fill(s.pick("tags", w.tags))])
    blocks.append(_headlines(ctx, ctx.fill(s.pick("more-from", w.more_from)), 4, False))
    blocks.append(_headlines(ctx, s.pick("trending", w.trending), 5, True))
    blocks.append([ctx.fill(s.pick("newsletter", w.newsletter)), w.account[1]])
    blocks += _footer(ctx)
    if s.p("app", 0, 1) > 0.5:
        blocks.append([ctx.fill(s.pick("app", w.app))])
    return blocks


def wire(ctx: PageCtx) -> list[Block]:
    w, s = ctx.style.words, ctx.style
    blocks: list[Block] = [[s.name], [" | ".join(s.nav[:6])]]
    blocks.append([ctx.article.title])
    blocks.append([_with_label(ctx, "published", w.published)])
    if ctx.chance("updated", 0.3, 0.7):
        blocks.append([_with_label(ctx, "updated", w.updated)])
    blocks.append([ctx.fill(s.pick("byline", w.byline))])
    blocks.append(BODY)
    blocks.append([ctx.fill(s.pick("channel", w.channel))])
    blocks.append(_headlines(ctx, s.pick("related", w.related), 3, False))
    blocks += _footer(ctx)
    return blocks


ARCHETYPES: dict[str, Callable[[PageCtx], list[Block]]] = {
    "portal": portal,
    "blog": blog,
    "magazine": magazine,
    "wire": wire,
}
# How often each archetype puts ads, teasers and notices between paragraphs.
INLINE = {
    "portal": {"ad": (0.6, 1.0), "teaser": (0.6, 1.0), "newsletter": (0.2, 0.6), "caption": (0.1, 0.4)},
    "blog": {"ad": (0.0, 0.5), "teaser": (0.2, 0.6), "newsletter": (0.0, 0.2), "caption": (0.2, 0.5)},
    "magazine": {"ad": (0.5, 1.0), "teaser": (0.3, 0.7), "newsletter": (0.4, 0.8), "caption": (0.3, 0.6)},
    "wire": {"ad": (0.0, 0.3), "teaser": (0.0, 0.4), "newsletter": (0.0, 0.1), "caption": (0.0, 0.3)},
}


def inline_lines(ctx: PageCtx, archetype: str, count: int) -> dict[int, list[str]]:
    """Lines to insert after paragraph i (never after the last one)."""
    w, s = ctx.style.words, ctx.style
    spec = INLINE[archetype]
    out: dict[int, list[str]] = {}
    gaps = list(range(count - 1))
    if not gaps:
        return out
    if ctx.chance("ad", *spec["ad"]):
        every = int(s.p("ad-every", 2, 4.99))
        label = s.pick("ad", w.ad)
        for i, gap in enumerate(gaps[every - 1 :: every]):
            out.setdefault(gap, []).append(label)
            if i == 0 and s.p("ad-continue", 0, 1) > 0.6:
                out[gap].append(s.pick("ad-continue", w.ad_continue))
    if ctx.chance("teaser", *spec["teaser"]):
        prefix = s.pick("read-also", w.read_also)
        for gap in ctx.rng.sample(gaps, min(len(gaps), ctx.rng.randint(1, 2))):
            out.setdefault(gap, []).append(f"{prefix} {ctx.teaser()}")
    if ctx.chance("newsletter", *spec["newsletter"]):
        out.setdefault(ctx.rng.choice(gaps), []).append(ctx.fill(s.pick("newsletter", w.newsletter)))
    if ctx.chance("caption", *spec["caption"]):
        out.setdefault(ctx.rng.choice(gaps), []).append(_with_label(ctx, "caption", w.caption))
    return out


# --- rendering -----------------------------------------------------------------------------------------


def render(ctx: PageCtx, archetype: str) -> str:
    style = ctx.style
    paragraphs = list(ctx.article.paragraphs)
    inserts = inline_lines(ctx, archetype, len(paragraphs))
    body: list[Block] = []
    for i, para in enumerate(paragraphs):
        body.append([_wrap(para, style.wrap)])
        body.extend([line] for line in inserts.get(i, []))
    blocks: list[Block] = []
    for block in ARCHETYPES[archetype](ctx):
        blocks.extend(body if block is BODY else [block])
    blocks = [b for b in blocks if b]
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
    wrap = rng.choice([None, None, None, None, 76, 100]) if lang != "zh" else None
    dates = list(words.dates)
    rng.shuffle(dates)
    return SiteStyle(name, lang, words, rng, nav, joiner, layout, wrap, dates[0], dates[1])


def generate_site(archetype: str, lang: str, seed: int, pool: BodyPool, split: str) -> GenSite:
    name = f"{archetype}-{lang}-{seed}"
    rng = random.Random(name)
    words = WORDS[lang]
    style = make_style(words.site_names[(seed + len(archetype)) % len(words.site_names)], lang, rng)
    articles = pool.for_site(lang, rng, PAGES_PER_SITE)
    start = dt.datetime(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 500))
    whens = sorted(start + dt.timedelta(minutes=rng.randint(0, 150 * 24 * 60)) for _ in articles)
    order = list(range(len(articles)))
    rng.shuffle(order)
    extra = rng.sample(pool.titles, 40)
    pages = [_page(f"{n:02}", style, archetype, articles, i, whens[i], extra, pool, name) for n, i in enumerate(order)]
    learn = pages[:LEARN_PAGES]
    if seed % 2 == 1:  # the same article crawled twice more, hours later: new date, teasers, trending list
        i = order[3]
        again = _page(
            "recrawl", style, archetype, articles, i, whens[i] + dt.timedelta(hours=5), extra, pool, name + "+"
        )
        learn = [*learn[:-2], again, again]
    return GenSite(name, lang, archetype, split, tuple(learn), tuple(pages[LEARN_PAGES:]))


def _page(
    label: str,
    style: SiteStyle,
    archetype: str,
    articles: list[Article],
    i: int,
    when: dt.datetime,
    extra: list[str],
    pool: BodyPool,
    salt: str,
) -> GenPage:
    article = articles[i]
    byline = random.Random(f"{style.name}-{i}")  # the author and section stay with the article
    ctx = PageCtx(
        style=style,
        article=article,
        rng=random.Random(f"{salt}-{i}"),
        when=when,
        author=byline.choice(style.words.authors),
        category=byline.choice(style.nav[1:]),
        others=[a.title for j, a in enumerate(articles) if j != i][::-1] + extra,
        sentences=pool.sentences,
    )
    return GenPage(label, render(ctx, archetype), article.gold, article.title)


def sites(split: str | None = None) -> Iterator[GenSite]:
    """Every generated site of `split` ("tune", "heldout", "shells", or all when None), deterministically."""
    pool = body_pool()
    for name, specs in (("tune", TUNE), ("heldout", HELDOUT)):
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
                if part == "test":
                    (root / "gold").mkdir(exist_ok=True)
                    (root / "gold" / f"{k:02}.txt").write_text(page.gold + "\n", encoding="utf-8")
        meta = {"lang": site.lang, "archetype": site.archetype, "split": site.split}
        (root / "site.json").write_text(json.dumps(meta) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/sitegen.py OUTDIR")
    write(Path(sys.argv[1]))
