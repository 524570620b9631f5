"""The article's boundaries as the engine's body-start and body-end markers, the title, the drops.

A class whose every line sits above the body on every clear page can mark the body's start (the
last such line cuts the most); one always below it can mark its end. Markers are chosen greedily,
then fallbacks for the pages that lack the first one. A start marker directly followed by a short
page-specific line gives a title rule. Whatever template lines the boundaries leave inside a body
become drop rules, with the lines seen on nearly every page.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from .lines import CALENDAR, NUMBER, SLOT, TITLE_WORDS, headline_like, words
from .model import LearnOptions, LineClass, Marker, Region, Template

REGION_TITLE_WORDS = 25
STABLE_SHARE = 0.8


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

    Chosen and checked on the pages whose body is clear (see `regions.choose`).
    """
    candidates = [
        m
        for c in classes
        if (m := _marker(c, regions, clear, side)) is not None and not (side == "bottom" and headline_like(c.example()))
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


def position(cls: LineClass, regions: list[Region | None]) -> str:
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
        if inside[i]
        or (c.support >= STABLE_SHARE * n and id(c) not in markers and _has_words(c) and not headline_like(c.example()))
    ]


def _has_words(cls: LineClass) -> bool:
    """Whether a class has a fixed word. Bare number or date lines get a rule only when the
    boundaries leave them inside a body: a rule for them would take numbers out of tables and lists."""
    return not cls.key.startswith("=") and any(w not in (NUMBER, CALENDAR, SLOT) for w in cls.key.split())
