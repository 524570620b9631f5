"""What `learn` works with: options, line classes and their occurrences, body regions, markers."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .sample import SamplePage


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

    kind: str  # exact, slot1, slot2, slot3, prefix, suffix, credit, credits (and named, see boxes)
    key: str
    occ: list[Occ] = field(default_factory=list)
    position: str = ""  # top, inline or bottom, once body regions are known
    spared: str = ""  # why the guard let it through though it reads like body ("above-template")

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
    skips: dict[int, int] = field(default_factory=dict)  # page -> lines after a start marker it skips
    skip_chars: int = 0  # how long a skipped line may be (0: the marker skips nothing)
    fallback: bool = False  # an end marker for pages without the others (see boundaries.markers)
    title_chars: int = 0  # an end marker's box title right above it, at most this long (see boundaries.box_titles)


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
    names: frozenset[str] = frozenset()  # the words that name the site (see lines.site_names)
    notices: frozenset[str] = frozenset()  # line keys of verbatim lines set between paragraphs (classes.islanded)

    def bounds(self, page: int) -> tuple[int, int]:
        """The body's [start, end) positions on a sample page once the learned boundaries apply."""
        n = len(self.pages[page].lines)
        start = next((m.cuts[page] + 1 + m.skips.get(page, 0) for m in self.starts if page in m.cuts), 0)
        end = next((m.cuts[page] for m in self.ends if page in m.cuts and m.cuts[page] >= start), n)
        return start, end


def thresholds(n: int, options: LearnOptions) -> tuple[int, int]:
    exact = max(options.min_support, math.ceil(options.support * n))
    general = max(options.min_support, math.ceil(options.general_support * n))
    return exact, general
