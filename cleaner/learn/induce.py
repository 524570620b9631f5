"""From a deduplicated sample of one site's pages to the lines and boundaries of its template.

Steps, each a small function:

1. ``count``: every line is counted under its keys (see ``lines``); keys seen on enough pages
   become candidate line classes.
2. ``select``: classes are accepted from the most exact to the most general, a general one only
   for lines no accepted class covers yet.
3. ``body_regions``: on each page, the body is the run of lines where the page's own text outweighs
   the template (the maximum-sum run, page-specific words counting for, template lines against).
4. The guard: a class with a line that reads like an article sentence inside a body region is
   rejected; a verbatim line is spared when it is on so many pages that it cannot be article text.
5. ``markers``: classes whose every line sits above the body on every page are body-start
   markers, those always below it body-end markers; chosen greedily to cut as much as possible,
   with fallbacks for pages that lack the first one.
6. Whatever template lines the boundaries leave inside a body become ``drop`` rules.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from .lines import SENTENCE_END_RE, Token, affixes, exact_key, sentence_like, slot_keys, tokens, words
from .sample import SamplePage

# Among general classes covering as many pages, the narrower wins.
GENERALITY = {"exact": 0, "slot1": 1, "prefix": 2, "suffix": 3, "slot2": 4}
GUARD_SHARE = 0.25
HEADLINE_WORDS = 5


@dataclass(frozen=True)
class LearnOptions:
    """How much evidence `learn` wants; the defaults suit samples of 5 to a few hundred pages."""

    min_pages: int = 5
    support: float = 0.15  # share of pages a repeated line must be seen on (at least min_support)
    min_support: int = 3
    general_support: float = 0.2  # share for a line class with a varying part
    template_share: float = 0.25  # a verbatim sentence on this share of pages is template even in a body
    max_markers: int = 4


@dataclass(frozen=True)
class Occ:
    page: int
    pos: int  # index among the page's non-empty lines
    line: str
    literal: str = ""  # the label as written, for affix classes
    rest: str = ""  # the varying part, for affix classes
    open: tuple[tuple[int, int], ...] = ()  # open token spans, for slot classes


@dataclass
class LineClass:
    """Lines of the sample counted under one key: a candidate template line."""

    kind: str  # exact, slot1, slot2, prefix, suffix
    key: str
    occ: list[Occ] = field(default_factory=list)
    position: str = ""  # top, inline or bottom, once body regions are known
    rejected: bool = False

    @property
    def pages(self) -> set[int]:
        return {o.page for o in self.occ}

    @property
    def support(self) -> int:
        return len(self.pages)

    @property
    def general(self) -> bool:
        return self.kind != "exact"

    def example(self) -> str:
        return Counter(o.line for o in self.occ).most_common(1)[0][0]


@dataclass
class Region:
    """A page's body as learned: non-empty line positions [start, end], or empty."""

    start: int
    end: int

    def __contains__(self, pos: int) -> bool:
        return self.start <= pos <= self.end


@dataclass
class Marker:
    cls: LineClass
    pages: set[int]
    cuts: dict[int, int]  # page -> position of the marker line
    within: int = 0


@dataclass
class Template:
    """What `learn` found: accepted classes, body regions, boundary markers, and what it rejected."""

    pages: list[SamplePage]
    classes: list[LineClass]
    regions: list[Region | None]
    starts: list[Marker]
    ends: list[Marker]
    rejected: list[LineClass]
    titles: list[tuple[Marker, int]] = field(default_factory=list)

    def bounds(self, page: int) -> tuple[int, int]:
        """The body's [start, end) positions on a sample page once the learned boundaries apply."""
        n = len(self.pages[page].lines)
        start = next((m.cuts[page] + 1 for m in self.starts if page in m.cuts), 0)
        end = next((m.cuts[page] for m in self.ends if page in m.cuts and m.cuts[page] >= start), n)
        return start, end


def thresholds(n: int, options: LearnOptions) -> tuple[int, int]:
    exact = max(options.min_support, math.ceil(options.support * n))
    general = max(options.min_support, math.ceil(options.general_support * n))
    return exact, general


# --- 1. counting -------------------------------------------------------------------------------------


def line_keys(line: str, toks: list[Token]) -> Iterator[tuple[str, str, Occ]]:
    """(stage, key, occurrence-without-page) for every key a line is counted under."""
    if not toks:
        yield "exact", "=" + line, Occ(-1, -1, line)
        return
    yield "exact", exact_key(toks), Occ(-1, -1, line)
    for key, opened in slot_keys(toks):
        yield f"slot{len(opened)}", key, Occ(-1, -1, line, open=opened)
    for affix in affixes(line, toks):
        yield affix.kind, affix.key, Occ(-1, -1, line, affix.literal, affix.rest)


def count(pages: list[SamplePage], options: LearnOptions) -> list[LineClass]:
    """Candidate classes: keys seen on enough pages, with all their occurrences."""
    exact_min, general_min = thresholds(len(pages), options)
    df: Counter[tuple[str, str]] = Counter()
    for page in pages:
        df.update({(stage, key) for line in page.lines for stage, key, _ in line_keys(line, tokens(line))})
    wanted = {sk for sk, n in df.items() if n >= (exact_min if sk[0] == "exact" else general_min)}
    classes: dict[tuple[str, str], LineClass] = {}
    for p, page in enumerate(pages):
        for pos, line in enumerate(page.lines):
            for stage, key, occ in line_keys(line, tokens(line)):
                if (stage, key) in wanted:
                    cls = classes.setdefault((stage, key), LineClass(stage, key))
                    cls.occ.append(Occ(p, pos, occ.line, occ.literal, occ.rest, occ.open))
    return [c for c in classes.values() if _varies(c)]


def _varies(cls: LineClass) -> bool:
    """A general class must have a part that really varies."""
    if cls.kind == "exact":
        return True
    if cls.kind.startswith("slot"):
        return len({exact_key(tokens(o.line)) for o in cls.occ}) >= 2
    return len({o.rest.casefold() for o in cls.occ}) >= 2


# --- 2. selection ------------------------------------------------------------------------------------


def select(
    classes: list[LineClass], n: int, options: LearnOptions, body_like: dict[int, dict[str, set[int]]] | None
) -> tuple[list[LineClass], list[LineClass]]:
    """Accepted classes (exact ones first, then general ones for lines still uncovered) and the ones
    the guard rejected.

    General classes compete on how many pages of still-uncovered lines they cover, so one class for
    "<weekday>, <date> | By <name>" wins over one class per weekday; on a tie the narrower one wins.
    `body_like` gives each page's body lines and its sentence-like ones (see `body_like_lines`);
    without it (the first pass) every sentence-like line counts, wherever it is.
    """
    exact_min, general_min = thresholds(n, options)
    accepted: list[LineClass] = []
    rejected: list[LineClass] = []
    covered: set[tuple[int, int]] = set()
    for stage, minimum in (("exact", exact_min), ("general", general_min)):
        pending = [c for c in classes if (c.kind == "exact") == (stage == "exact")]
        while pending:
            pending.sort(key=lambda c: (-_new_pages(c, covered), GENERALITY[c.kind], c.key))
            cls = pending.pop(0)
            if _new_pages(cls, covered) < minimum:
                break
            if _hits_body(cls, body_like, n, options):
                rejected.append(cls)
                continue
            accepted.append(cls)
            covered.update((o.page, o.pos) for o in cls.occ)
    return accepted, rejected


def _new_pages(cls: LineClass, covered: set[tuple[int, int]]) -> int:
    return len({o.page for o in cls.occ if (o.page, o.pos) not in covered})


def _hits_body(cls: LineClass, body_like: dict[int, dict[str, set[int]]] | None, n: int, options: LearnOptions) -> bool:
    """The guard: would `cls` remove article sentences?

    A verbatim line is spared when it is on so many pages that it cannot be one article's text. A
    general class is rejected when a quarter of its lines in bodies read like sentences (a "Read
    also:" teaser whose title ends in a question mark now and then is still a teaser).
    """
    if body_like is None:
        inside = cls.occ
        hits = [o for o in cls.occ if sentence_like(o.line)] if cls.general else []
    else:
        inside = [o for o in cls.occ if o.pos in body_like.get(o.page, {}).get("region", ())]
        hits = [o for o in cls.occ if o.pos in body_like.get(o.page, {}).get("sentences", ())]
    if not hits:
        return False
    if cls.general:
        return len(hits) >= GUARD_SHARE * len(inside)
    return cls.support < max(4, options.template_share * n)


# --- 3. body regions ---------------------------------------------------------------------------------


def body_regions(pages: list[SamplePage], accepted: list[LineClass]) -> list[Region | None]:
    """Each page's body: the run of lines where its own text outweighs template and shared lines.

    A line printed on any other page of the sample (a teaser title, a trending headline) is not
    this page's article even when it is too rare to be a template line.
    """
    template = {(o.page, o.pos) for c in accepted for o in c.occ}
    df = Counter(line for page in pages for line in set(page.lines))
    return [
        _region([_weight(line, (p, pos) in template or df[line] > 1) for pos, line in enumerate(page.lines)])
        for p, page in enumerate(pages)
    ]


def _weight(line: str, shared: bool) -> float:
    """For the body: its own words (short lines, like titles and labels, weigh a little against)."""
    size = words(line)
    if shared:
        return -(2 + size / 2)
    return size if sentence_like(line) else max(size - 4, -1.0)


def _region(weights: list[float]) -> Region | None:
    """The maximum-sum run of `weights` (Kadane), or None when nothing weighs for a body."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, w in enumerate(weights):
        if run <= 0:
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_span = run, (run_start, i)
    return Region(*best_span) if best_span else None


def body_like_lines(pages: list[SamplePage], regions: list[Region | None]) -> dict[int, dict[str, set[int]]]:
    """Per page: the positions inside its body ("region"), and those that read like sentences."""
    out = {}
    for p, r in enumerate(regions):
        if r is not None:
            region = set(range(r.start, r.end + 1))
            out[p] = {"region": region, "sentences": {i for i in region if sentence_like(pages[p].lines[i])}}
    return out


# --- 5. boundaries -----------------------------------------------------------------------------------


def markers(
    classes: list[LineClass],
    regions: list[Region | None],
    sizes: list[int],
    side: str,
    options: LearnOptions,
    minimum: int,
) -> list[Marker]:
    """Body-start (side "top") or body-end ("bottom") markers, best first, then fallbacks."""
    candidates = [
        m
        for c in classes
        if (m := _marker(c, regions, side)) is not None and not (side == "bottom" and _headline_like(c.example()))
    ]
    remaining = {p for p, r in enumerate(regions) if r is not None}
    chosen: list[Marker] = []
    while remaining and candidates and len(chosen) < options.max_markers:
        best = max(candidates, key=lambda m: (_gain(m, remaining, sizes, side), len(m.pages & remaining), m.cls.key))
        if len(best.pages & remaining) < minimum:
            break
        chosen.append(best)
        remaining -= best.pages
        candidates.remove(best)
    for m in chosen:
        m.within = math.ceil(max(m.cuts.values()) * 1.5) + 10
    return chosen


def _gain(m: Marker, pages: set[int], sizes: list[int], side: str) -> int:
    """How many lines the marker would cut off `pages`."""
    return sum(m.cuts[p] + 1 if side == "top" else sizes[p] - m.cuts[p] for p in m.pages & pages)


def _headline_like(line: str) -> bool:
    """A line that could be a headline in a list of stories, and so one page's own title.

    Such a line makes a bad body-end marker: on the page of that story it sits above the body.
    """
    return words(line) >= HEADLINE_WORDS and not SENTENCE_END_RE.search(line)


def _marker(cls: LineClass, regions: list[Region | None], side: str) -> Marker | None:
    """`cls` as a marker if, on every page with a body, all its lines are on `side` of the body."""
    cuts: dict[int, int] = {}
    for o in cls.occ:
        region = regions[o.page]
        if region is None:
            continue
        if (side == "top" and o.pos >= region.start) or (side == "bottom" and o.pos <= region.end):
            return None
        cuts[o.page] = min(cuts.get(o.page, o.pos), o.pos)
    return Marker(cls, set(cuts), cuts) if cuts else None


def titles(template: Template) -> list[tuple[Marker, int]]:
    """Start markers directly followed, on every page, by a short page-specific line above the body.

    That line is the page title. Returns each such marker with the share of its pages that have one.
    """
    found = []
    template_lines = {(o.page, o.pos) for c in template.classes for o in c.occ}
    for m in template.starts:
        ok = 0
        for p, cut in m.cuts.items():
            region = template.regions[p]
            nxt = cut + 1
            line = template.pages[p].lines[nxt] if nxt < len(template.pages[p].lines) else ""
            if region is None or nxt in region or sentence_like(line):
                ok = -1
                break
            ok += (p, nxt) not in template_lines and words(line) <= 25
        if ok >= 0 and ok * 2 >= len(m.cuts):
            found.append((m, ok))
    return found


# --- all steps ---------------------------------------------------------------------------------------


def induce(pages: list[SamplePage], options: LearnOptions) -> Template:
    n = len(pages)
    classes = count(pages, options)
    first, _ = select(classes, n, options, None)
    regions = body_regions(pages, first)
    accepted, rejected = select(classes, n, options, body_like_lines(pages, regions))
    regions = body_regions(pages, accepted)
    exact_min, _ = thresholds(n, options)
    sizes = [len(p.lines) for p in pages]
    starts = markers(accepted, regions, sizes, "top", options, exact_min)
    ends = markers(accepted, regions, sizes, "bottom", options, exact_min)
    for cls in accepted:
        cls.position = _position(cls, regions)
    template = Template(pages, accepted, regions, starts, ends, rejected)
    template.titles = titles(template)
    return template


def _position(cls: LineClass, regions: list[Region | None]) -> str:
    votes: Counter[str] = Counter()
    for o in cls.occ:
        r = regions[o.page]
        if r is not None:
            votes["top" if o.pos < r.start else "bottom" if o.pos > r.end else "inline"] += 1
    return votes.most_common(1)[0][0] if votes else "inline"


def needed(template: Template, n: int) -> list[LineClass]:
    """Classes to write as drop rules: those with lines left inside a body by the boundaries,
    and those on at least half of the pages (they protect pages where a marker is missing)."""
    inside: defaultdict[int, int] = defaultdict(int)
    bounds = [template.bounds(p) for p in range(n)]
    for i, cls in enumerate(template.classes):
        for o in cls.occ:
            start, end = bounds[o.page]
            inside[i] += start <= o.pos < end
    marker_ids = {id(m.cls) for m in template.starts + template.ends}
    return [c for i, c in enumerate(template.classes) if inside[i] or (c.support * 2 >= n and id(c) not in marker_ids)]
