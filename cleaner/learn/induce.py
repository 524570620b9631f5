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

import functools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import regex

from .lines import SENTENCE_END_RE, affixes, exact_key, line_exact_key, sentence_like, slot_keys, tokens, words
from .patterns import token_regex
from .sample import SamplePage

# Among general classes covering as many pages, the narrower wins.
GENERALITY = {"exact": 0, "slot1": 1, "prefix": 2, "suffix": 3, "slot2": 4, "slot3": 5}
GUARD_SHARE = 0.25
MIN_VARIANTS = 3
GAP_LINES = 6
TITLE_WORDS = 30
REGION_TITLE_WORDS = 25
ISOLATED_WORDS = 20
SHARED_WEIGHT = -2.0  # a template or shared line weighs at most this
ISOLATION = 3
STABLE_SHARE = 0.8
HEADLINE_WORDS = 5
LINK_ROW_RE = regex.compile(r"\s[|\N{MIDDLE DOT}\N{BULLET}/]\s")
QUESTION_END_RE = regex.compile(r"[?\N{FULLWIDTH QUESTION MARK}]\W*$")


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

    kind: str  # exact, slot1, slot2, slot3, prefix, suffix
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
    """A page's body as learned: non-empty line positions [start, end], and how much text it holds."""

    start: int
    end: int
    weight: float = 0.0

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


def line_keys(line: str) -> tuple[tuple[str, str, Occ], ...]:
    """(stage, key, occurrence-without-page) for every key a line is counted under."""
    toks = tokens(line)
    if not toks:
        return (("exact", "=" + line, Occ(-1, -1, line)),)
    found = [("exact", exact_key(toks), Occ(-1, -1, line))]
    found += [(f"slot{len(opened)}", key, Occ(-1, -1, line, open=opened)) for key, opened in slot_keys(line, toks)]
    found += [(a.kind, a.key, Occ(-1, -1, line, a.literal, a.rest)) for a in affixes(line, toks)]
    return tuple(found)


def count(pages: list[SamplePage], options: LearnOptions) -> list[LineClass]:
    """Candidate classes: keys seen on enough pages, with all their occurrences."""
    exact_min, general_min = thresholds(len(pages), options)
    keys_of = functools.lru_cache(maxsize=None)(line_keys)  # template lines repeat on every page
    df: Counter[tuple[str, str]] = Counter()
    for page in pages:
        df.update({(stage, key) for line in page.lines for stage, key, _ in keys_of(line)})
    wanted = {sk for sk, n in df.items() if n >= (exact_min if sk[0] == "exact" else general_min)}
    classes: dict[tuple[str, str], LineClass] = {}
    for p, page in enumerate(pages):
        for pos, line in enumerate(page.lines):
            for stage, key, occ in keys_of(line):
                if (stage, key) in wanted:
                    cls = classes.setdefault((stage, key), LineClass(stage, key))
                    cls.occ.append(Occ(p, pos, occ.line, occ.literal, occ.rest, occ.open))
    return [c for c in classes.values() if _valid(c)]


def _valid(cls: LineClass) -> bool:
    """A general class must have a part that really varies, and one pattern for all its lines.

    Varying means at least MIN_VARIANTS wordings, none of them on half of the class's pages: a
    closed set ("Previous article", "Next article") is better written as its lines.
    """
    if cls.kind == "exact":
        return True
    variants = (o.rest.casefold() if cls.kind in ("prefix", "suffix") else line_exact_key(o.line) for o in cls.occ)
    pages: defaultdict[str, set[int]] = defaultdict(set)
    for o, variant in zip(cls.occ, variants, strict=True):
        pages[variant].add(o.page)
    if len(pages) < MIN_VARIANTS or max(map(len, pages.values())) * 2 >= cls.support:
        return False
    if not cls.kind.startswith("slot"):
        return True
    example = cls.example()
    opened = next(o.open for o in cls.occ if o.line == example)
    return any(
        all(pattern.fullmatch(o.line) for o in cls.occ)
        for pattern in (regex.compile(token_regex(example, opened, exact_gaps=gaps)) for gaps in (True, False))
    )


# --- 2. selection ------------------------------------------------------------------------------------


def select(
    classes: list[LineClass], n: int, options: LearnOptions, body_like: dict[int, dict[str, set[int]]] | None
) -> tuple[list[LineClass], list[LineClass]]:
    """Accepted classes and the ones the guard rejected.

    Exact classes, then general ones, each compete on how many pages of lines not yet covered by
    their own kind they cover; so one class for "<date> | By <name>" wins over one per author, and
    on a tie the narrower one wins. Exact classes a general one covers entirely are left out.
    `body_like` gives each page's body lines and its sentence-like ones (see `body_like_lines`);
    without it (the first pass) every sentence-like line counts, wherever it is.
    """
    exact_min, general_min = thresholds(n, options)
    accepted: list[LineClass] = []
    rejected: list[LineClass] = []
    for stage, minimum in (("exact", exact_min), ("general", general_min)):
        covered: set[tuple[int, int]] = set()
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
    general = {(o.page, o.pos) for c in accepted if c.general for o in c.occ}
    accepted = [c for c in accepted if c.general or any((o.page, o.pos) not in general for o in c.occ)]
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
    return cls.support < _template_share(n, options)


def _template_share(n: int, options: LearnOptions) -> float:
    """On this many pages a verbatim sentence is template, not any article's text."""
    return max(4, options.template_share * n)


# --- 3. body regions ---------------------------------------------------------------------------------


def body_segments(pages: list[SamplePage], accepted: list[LineClass], options: LearnOptions) -> list[list[Region]]:
    """Each page's candidate bodies, heaviest first: runs of lines where its own text outweighs
    template and shared lines.

    A line printed on any other page of the sample (a teaser title, a trending headline) is not
    this page's article even when it is too rare to be a template line. A sentence printed on a few
    pages only still counts as article text: whether it may go is for the guard to say.
    """
    template = {(o.page, o.pos) for c in accepted for o in c.occ}
    df = Counter(line for page in pages for line in set(page.lines))
    verbatim = _template_share(len(pages), options)

    def shared(p: int, pos: int, line: str) -> bool:
        if sentence_like(line) and df[line] < verbatim:
            return False
        return (p, pos) in template or df[line] > 1

    found = []
    for p, page in enumerate(pages):
        weights = _isolate([_weight(line, shared(p, pos, line)) for pos, line in enumerate(page.lines)])
        found.append([_behead(r, page.lines, weights) for r in _segments(weights)])
    return found


def _behead(region: Region, lines: tuple[str, ...], weights: list[float]) -> Region:
    """A body does not begin with a headline followed by template lines (a long title, then the
    byline and date): such a head is moved out."""
    start = region.start
    while start < region.end and _headline_head(lines[start]) and weights[start + 1] <= SHARED_WEIGHT:
        start += 1
        while start < region.end and weights[start] <= 0:
            start += 1
    if start == region.start:
        return region
    return Region(start, region.end, region.weight - sum(weights[region.start : start]))


def _headline_head(line: str) -> bool:
    return words(line) <= TITLE_WORDS and (not sentence_like(line) or QUESTION_END_RE.search(line) is not None)


def _isolate(weights: list[float]) -> list[float]:
    """A short line of text with no other text within ISOLATION lines (a title between the menu and
    the byline, even one ending in a question mark) weighs nothing either."""
    out = list(weights)
    for i, w in enumerate(weights):
        near = weights[max(0, i - ISOLATION) : i] + weights[i + 1 : i + 1 + ISOLATION]
        if 0 < w <= ISOLATED_WORDS and all(x <= 0 for x in near):
            out[i] = -1.0
    return out


def _weight(line: str, shared: bool) -> float:
    """For the body: its own words (short lines, like titles and labels, weigh a little against)."""
    size = words(line)
    if shared:
        return SHARED_WEIGHT - size / 2
    return size if sentence_like(line) else max(size - 4, -1.0)


def _segments(weights: list[float]) -> list[Region]:
    """The maximum-sum run (Kadane) of each stretch of `weights` between gaps, heaviest first.

    A gap is GAP_LINES lines in a row that weigh nothing: between an article and its comments there
    is a share row, tags, a related list; between two paragraphs at most an ad label, a teaser or a
    caption.
    """
    stretches: list[list[int]] = [[]]
    gap = 0
    for i, w in enumerate(weights):
        gap = gap + 1 if w <= 0 else 0
        stretches[-1].append(i)
        if gap >= GAP_LINES:
            stretches.append([])
            gap = 0
    found = [r for stretch in stretches if (r := _heaviest_run(stretch, weights)) is not None]
    return sorted(found, key=lambda r: -r.weight)


def _heaviest_run(indices: list[int], weights: list[float]) -> Region | None:
    best: Region | None = None
    run, start = 0.0, 0
    for i in indices:
        if run <= 0:
            run, start = 0.0, i
        run += weights[i]
        if run > (best.weight if best else 0.0):
            best = Region(start, i, run)
    return best


def choose_regions(segments: list[list[Region]]) -> tuple[list[Region | None], set[int]]:
    """The heaviest candidate of each page, and the pages where it clearly outweighs the others.

    On a page with a short article and a long comment thread, the comments may weigh more; such
    pages are left out when boundaries are chosen, and then take the candidate between them.
    """
    regions = [segs[0] if segs else None for segs in segments]
    clear = {p for p, segs in enumerate(segments) if len(segs) == 1 or (segs and segs[0].weight >= 2 * segs[1].weight)}
    return regions, clear


def settle_regions(template: Template, segments: list[list[Region]], clear: set[int]) -> None:
    """On unclear pages, the body is the heaviest candidate inside the learned boundaries."""
    for p, segs in enumerate(segments):
        if p in clear or not segs:
            continue
        start, end = template.bounds(p)
        inside = [r for r in segs if start <= r.start and r.end < end]
        template.regions[p] = inside[0] if inside else segs[0]


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
    clear: set[int],
    sizes: list[int],
    side: str,
    options: LearnOptions,
    minimum: int,
) -> list[Marker]:
    """Body-start (side "top") or body-end ("bottom") markers, best first, then fallbacks.

    Chosen and checked on the pages whose body is clear (see `choose_regions`).
    """
    candidates = [
        m
        for c in classes
        if (m := _marker(c, regions, clear, side)) is not None
        and not (side == "bottom" and _headline_like(c.example()))
    ]
    remaining = {p for p, r in enumerate(regions) if r is not None and p in clear}
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
    return words(line) >= HEADLINE_WORDS and (
        not SENTENCE_END_RE.search(line) or QUESTION_END_RE.search(line) is not None
    )


def _marker(cls: LineClass, regions: list[Region | None], clear: set[int], side: str) -> Marker | None:
    """`cls` as a marker if, on every clear page, all its lines are on `side` of the body."""
    cuts: dict[int, int] = {}
    for o in cls.occ:
        region = regions[o.page]
        if region is None:
            continue
        outside = o.pos < region.start if side == "top" else o.pos > region.end
        if o.page in clear and not outside:
            return None
        cuts[o.page] = min(cuts.get(o.page, o.pos), o.pos)
    return Marker(cls, set(cuts), cuts) if cuts else None


def titles(template: Template) -> list[tuple[Marker, int]]:
    """Start markers directly followed by the page title: on at least half of their pages a short
    page-specific line, and on none of them a line of the body.

    Returns each such marker with the number of its pages that have one.
    """
    found = []
    template_lines = {(o.page, o.pos) for c in template.classes for o in c.occ}
    for m in template.starts:
        titled = 0
        for p, cut in m.cuts.items():
            region, lines = template.regions[p], template.pages[p].lines
            if region is None or cut + 1 >= len(lines):
                titled = -1
                break
            if cut + 1 in region and not _title_in_region(region, lines, cut + 1, (p, cut + 2) in template_lines):
                titled = -1
                break
            titled += (p, cut + 1) not in template_lines and words(lines[cut + 1]) <= TITLE_WORDS
        if titled * 2 >= len(m.cuts):
            found.append((m, titled))
    return found


def _title_in_region(region: Region, lines: tuple[str, ...], pos: int, template_next: bool) -> bool:
    """A long title taken for the body's first line: short, and a template line right after it."""
    return pos == region.start and words(lines[pos]) <= REGION_TITLE_WORDS and template_next


# --- all steps ---------------------------------------------------------------------------------------


def induce(pages: list[SamplePage], options: LearnOptions) -> Template:
    n = len(pages)
    classes = count(pages, options)
    first, _ = select(classes, n, options, None)
    regions, _ = choose_regions(body_segments(pages, first, options))
    accepted, rejected = select(classes, n, options, body_like_lines(pages, regions))
    segments = body_segments(pages, accepted, options)
    regions, clear = choose_regions(segments)
    exact_min, _ = thresholds(n, options)
    sizes = [len(p.lines) for p in pages]
    starts = markers(accepted, regions, clear, sizes, "top", options, exact_min)
    ends = markers(accepted, regions, clear, sizes, "bottom", options, exact_min)
    template = Template(pages, accepted, regions, starts, ends, rejected)
    settle_regions(template, segments, clear)
    for cls in accepted:
        cls.position = _position(cls, template.regions)
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
    """Classes to write as drop rules: those with lines left inside a body by the boundaries, and
    those on nearly every page (they still help on a page where a marker is missing), headlines of
    story lists excepted."""
    inside: defaultdict[int, int] = defaultdict(int)
    bounds = [template.bounds(p) for p in range(n)]
    for i, cls in enumerate(template.classes):
        for o in cls.occ:
            start, end = bounds[o.page]
            inside[i] += start <= o.pos < end
    markers = {id(m.cls) for m in template.starts + template.ends}
    return [
        c
        for i, c in enumerate(template.classes)
        if inside[i] or (c.support >= STABLE_SHARE * n and id(c) not in markers and not _headline_like(c.example()))
    ]
