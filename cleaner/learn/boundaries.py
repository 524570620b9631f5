"""The article's boundaries as the engine's body-start and body-end markers, the title, the drops.

A class whose every line sits above the body on every clear page can mark the body's start (the
last such line cuts the most); one always below it can mark its end. Markers are chosen by how
much closer to the body they cut on each page, and written closest first, as the engine takes the
first it finds: the last template line above the article, the first below it. A start marker
directly followed by a short page-specific line gives a title rule. Whatever template lines the
boundaries leave inside a body become drop rules, with the lines seen on nearly every page.

An end marker may also sit inside a page's body region when what follows it there is a *tail*: a
comment thread, each reader's text between short lines (a name, a time, a reply button), less of
the page's own text than the article above; the body then ends above it. A start marker followed by
a table of contents (short lines repeating the first words of lines further down) skips it.

A start marker may also be the last line of the *header block*: the byline, date and reading-time
lines a site prints between the headline (and its standfirst) and the article. The page's own text
above such a line is a headline's and a standfirst's worth at most, on every clear page, and the
block has a line that varies from page to page (a date, a name, a counter): an ad label after a
short first paragraph is a fixed line, and the first paragraph stays. A block of one such line
closes the header only under headlines (a teaser after a short first paragraph varies too), or
when it is a dated line printed on nearly every page (a byline under a standfirst).
"""

from __future__ import annotations

import functools
import itertools
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from .lines import (
    CALENDAR,
    NUMBER,
    SENTENCE_END_RE,
    SENTENCE_WORDS,
    SLOT,
    TITLE_WORDS,
    headline_like,
    sentence_like,
    title_like,
    tokens,
    words,
)
from .model import LearnOptions, LineClass, Marker, Region, Template
from .patterns import round_up
from .sample import SamplePage

REGION_TITLE_WORDS = 25
STABLE_SHARE = 0.8
# Above a header block: the headline and a standfirst, at most this many words in this many lines.
HEAD_WORDS = 70
HEAD_LINES = 4
# ... and the article below it holds at least this many times as many words.
HEAD_BODY_RATIO = 2
# Below an end marker inside a page's region, a tail (a comment thread) has at least as many
# other lines as lines of text of the page's own, two at least (the marker and one more), and the
# article above it this many times its words (a short story may have a long comment).
TAIL_TEMPLATE_LINES = 2
TAIL_BODY_RATIO = 1
# An end marker is below the region on at least this share of the clear pages that print it.
BELOW_SHARE = 1 / 3
# An end marker after which the article goes on (a box set between paragraphs) on this many of its
# pages, and this share of them, is no end: the body resumes below it. Paragraphs go on with
# at most this many lines between them (an ad label, a caption), and hold at least as many lines
# as those between them (a comment thread puts a name, a time and a reply button around each text);
# the first begins within this many lines of the marker (the rest of the box).
RESUMES_PAGES = 2
RESUMES_SHARE = 1 / 4
PARAGRAPH_GAP = 3
RESUMES_WITHIN = 6
# A marker closer to the body than one chosen before cuts at least this many lines more.
MIN_CLOSER = 3
# An end marker printed on this share of the clear pages is written as a last fallback even when the
# markers chosen cut every page: a tags line or a share row a page may lack.
FALLBACK_SHARE = 0.9
# A box's title over an end marker: at most this long, right above it on this share of the pages, in
# this many wordings at least.
BOX_TITLE_CHARS = 60
TITLE_SHARE = 0.9
TITLE_VARIANTS = 3
# A table of contents: entries of at most this many words, repeating the first letters (this many at
# least) of a line further down; a skipped line may be this much longer than the longest seen.
ECHO_WORDS = 12
ECHO_MIN_LETTERS = 8
ECHO_MORE_LETTERS = 3
ECHO_MARGIN = 10


@dataclass(frozen=True)
class Layout:
    """What markers are judged by besides the regions: the sample's lines, which of them are
    template lines (the class of each), and which are printed on one page only."""

    pages: list[SamplePage]
    template: dict[tuple[int, int], LineClass]
    own: list[set[int]]

    def varying(self, p: int, pos: int) -> bool:
        cls = self.template.get((p, pos))
        return cls is not None and (cls.general or any(w in (NUMBER, CALENDAR) for w in cls.key.split()))

    def dated(self, p: int, pos: int) -> bool:
        """Whether the line is a dated or counted line printed on nearly every page (a byline with
        the date and reading time): the template's, not an occasional teaser's."""
        cls = self.template.get((p, pos))
        return (
            cls is not None
            and any(w in (NUMBER, CALENDAR) for w in cls.key.split())
            and cls.support >= STABLE_SHARE * len(self.pages)
        )

    def block(self, p: int, pos: int) -> range:
        """The run of template lines around `pos` on page `p`."""
        start, end = pos, pos
        while start > 0 and (p, start - 1) in self.template:
            start -= 1
        while (p, end + 1) in self.template:
            end += 1
        return range(start, end + 1)

    def heads_block(self, p: int, pos: int, region: Region) -> bool:
        """Whether line `pos` closes a header block at the top of `region`: the own text above it
        is a headline's and a standfirst's worth, the article below it far more, and its block of
        template lines holds a line that varies from page to page (or it is such a line alone,
        with only headlines above it)."""
        if pos not in region or (p, pos) not in self.template:
            return False
        lines = self.pages[p].lines
        above = [i for i in range(region.start, pos) if i in self.own[p]]
        below = sum(words(lines[i]) for i in range(pos + 1, region.end + 1) if i in self.own[p])
        head = sum(words(lines[i]) for i in above)
        block = self.block(p, pos)
        if len(above) > HEAD_LINES or head > HEAD_WORDS or below < HEAD_BODY_RATIO * max(head, 1):
            return False
        if len(block) >= 2:
            return any(self.varying(p, i) for i in block)
        # a date or byline alone under the headline; under a sentence (a first paragraph, or a
        # standfirst) only when it is a dated line of the template, not a teaser
        return self.varying(p, pos) and (all(title_like(lines[i]) for i in above) or self.dated(p, pos))

    def echoes(self, p: int, pos: int) -> int:
        """How many lines right after line `pos` are a table of contents: short lines, not sentences
        nor template lines, each repeating the beginning of a line further down the page (a
        subheading, a paragraph) in the same words."""
        lines = self.pages[p].lines
        end = pos + 1
        while end < len(lines) and (p, end) not in self.template and _entry_like(lines[end]):
            end += 1
        if end == pos + 1:
            return 0
        keys = [_letters(line) for line in lines[end:]] + [""]
        later = [a + b for a, b in itertools.pairwise(keys)]  # a wrapped paragraph's first two lines
        run = 0
        for i in range(pos + 1, end):
            key = _letters(lines[i])
            # the first entry long enough not to begin a line by chance; then "FAQ" is one too
            if len(key) < (ECHO_MIN_LETTERS if run == 0 else ECHO_MORE_LETTERS):
                break
            if not any(text.startswith(key) for text in later):
                break
            run += 1
        return run

    def resumes(self, p: int, pos: int) -> bool:
        """Whether the article goes on below line `pos`, a template line: right below it (the rest of
        a box between), a run of the page's own text lines that reads like paragraphs (few lines
        between them, see PARAGRAPH_GAP, and ending sentences, see `_paragraphs`), not a comment
        thread nor a list of headlines."""
        lines = self.pages[p].lines
        text = [i for i in range(pos + 1, len(lines)) if i in self.own[p] and _text_like(lines[i])]
        if not text or text[0] > pos + RESUMES_WITHIN:
            return False
        run = [text[0]]
        for i in text[1:]:
            if i - run[-1] > PARAGRAPH_GAP:
                break
            run.append(i)
        between = run[-1] - run[0] + 1 - len(run)
        # a text under a line of the page's own, or one that varies, is a comment under its
        # author's name and time; not under a teaser's label and headline
        above = run[0] - 1
        label = self.template.get((p, above))
        teaser = label is not None and label.kind == "prefix"
        signed = above > pos and (above in self.own[p] or (self.varying(p, above) and not teaser))
        return len(run) >= between and not signed and _paragraphs(lines, run, self.own[p])

    def tails(self, p: int, pos: int, region: Region) -> bool:
        """Whether line `pos`, a template line inside `region`, opens the region's tail: what follows
        is a comment thread (each reader's text between a name or date line and a reply button) or a
        list, not the article's end. Below it, the page's own lines are few among template and shared
        ones, and hold less text than the article above it."""
        if pos not in region or (p, pos) not in self.template:
            return False
        lines = self.pages[p].lines
        below = range(pos, region.end + 1)
        own_below = [i for i in below if i in self.own[p]]
        words_below = sum(words(lines[i]) for i in own_below)
        words_above = sum(words(lines[i]) for i in range(region.start, pos) if i in self.own[p])
        # a commenter's name and date are the page's own too, but short: only text lines weigh
        text = sum(words(lines[i]) >= SENTENCE_WORDS or sentence_like(lines[i]) for i in own_below)
        return len(below) - text >= max(TAIL_TEMPLATE_LINES, text) and TAIL_BODY_RATIO * words_below <= words_above


def markers(
    classes: list[LineClass],
    regions: list[Region | None],
    clear: set[int],
    sizes: list[int],
    side: str,
    options: LearnOptions,
    minimum: int,
    layout: Layout | None = None,
    *,
    head: bool = True,
) -> list[Marker]:
    """Body-start (side "top") or body-end ("bottom") markers, in the order the engine tries them.

    Chosen and checked on the pages whose body is clear (see `regions.choose`); with `layout`, a
    start marker may close a header block inside a page's region (see the module docstring). Each
    marker chosen cuts closer to the body than the ones before it on at least `minimum` pages (or
    cuts pages they do not); the engine takes the first it finds, so the closest comes first: the
    last template line above the article, the first below it.
    """
    candidates = [
        m
        for c in classes
        if (m := _marker(c, regions, clear, side, layout, head=head)) is not None
        and not (side == "bottom" and _headline(c))
    ]
    if side == "top" and layout is not None:
        candidates = [with_skips(m, layout, minimum) for m in candidates]
    first = {p: 0 if side == "top" else sizes[p] for p, r in enumerate(regions) if r is not None and p in clear}
    reach = dict(first)
    at: dict[int, int] = {}  # page -> the line of the marker that cuts it closest
    chosen: list[Marker] = []
    while candidates and len(chosen) < options.max_markers:
        gains = {id(m): _gains(m, first, reach, side, _worded(m, side)) for m in candidates}
        worded = [m for m in candidates if _worded(m, side)]
        wordless = [m for m in candidates if not _worded(m, side)]
        best = _best(worded, gains, minimum) or _best(wordless, gains, minimum)
        if best is None:
            break
        chosen.append(best)
        candidates.remove(best)
        for p in gains[id(best)]:
            reach[p] = best.cuts[p] + 1 + best.skips.get(p, 0) if side == "top" else best.cuts[p]
            at[p] = best.cuts[p]
    chosen = _closest_first(chosen, side)
    if chosen and len(chosen) < options.max_markers:
        found = _fallback(candidates, first, reach, side, at, layout)
        chosen += found
        if side == "bottom" and found and layout is not None and len(chosen) < options.max_markers:
            # the fallback is in the chosen markers' widget: a page printing the widget another way
            # lacks both; one more beyond it (the newsletter line under a share row)
            rest = [m for m in candidates if m is not found[0]]
            chosen += _fallback(rest, first, reach, side, at, layout, beyond=_in_widget(found[0], at, layout))
    for m in chosen:  # the engine counts the lines of pruned elements too (they come first)
        m.within = math.ceil(max(cut + (layout.pages[p].skipped if layout else 0) for p, cut in m.cuts.items()) * 1.5)
        m.within += 10
    return chosen


def _best(pool: list[Marker], gains: dict[int, dict[int, int]], minimum: int) -> Marker | None:
    """The marker of `pool` that cuts the most lines more (see `_gains`), if on `minimum` pages."""
    best = max(pool, key=lambda m: (sum(gains[id(m)].values()), len(gains[id(m)]), m.cls.key), default=None)
    return best if best is not None and len(gains[id(best)]) >= minimum else None


def _fallback(
    candidates: list[Marker],
    first: dict[int, int],
    reach: dict[int, int],
    side: str,
    at: dict[int, int],
    layout: Layout | None = None,
    *,
    beyond: dict[int, int] | None = None,
) -> list[Marker]:
    """The marker the engine falls back on when a page lacks the chosen ones (`at`: where they cut
    each page): the closest to the body of those printed on nearly every clear page, outside where
    the chosen markers cut on each (the next template line under the footer's first: a share row
    under an optional tags line). A start marker printed on each clear page that lacks the chosen
    ones (the date line over a share row printed in two ways); when every clear page has them, one
    above the run of fixed lines the chosen marker ends (see `_widget_start`): a widget may be left
    out or printed another way as a whole (a share row in a test of two designs), the article's
    date line above it is still there. An end marker needs a fixed word (see `_worded`); with
    `beyond` (page -> a line), one below that line on every page that prints both."""
    cut = at.keys()
    lacking = first.keys() - cut

    def distance(m: Marker, p: int) -> int:  # lines from the body's edge the chosen markers left
        return m.cuts[p] - reach[p] if side == "bottom" else reach[p] - 1 - m.cuts[p] - m.skips.get(p, 0)

    def apart(m: Marker) -> bool:  # a start marker on the pages lacking the chosen, or above their widget
        if side == "bottom":
            return beyond is None or all(m.cuts[p] > beyond[p] for p in m.pages & beyond.keys())
        if lacking:
            return lacking <= m.pages
        both = m.pages & cut & first.keys()
        return layout is not None and all(m.cuts[p] < _widget_start(layout, p, at[p]) for p in both)

    always = [
        m
        for m in candidates
        if len(m.pages & first.keys()) >= FALLBACK_SHARE * len(first)
        and m.pages & cut & first.keys()
        and all(distance(m, p) >= (0 if side == "bottom" else 1) for p in m.pages & cut & first.keys())
        and apart(m)
        and _worded(m, side)
    ]
    if not always:
        return []
    best = min(always, key=lambda m: (statistics.mean(distance(m, p) for p in m.pages & cut & first.keys()), m.cls.key))
    best.fallback = True
    return [best]


def _widget_start(layout: Layout, p: int, pos: int) -> int:
    """Where the run of fixed template lines that line `pos` ends begins (a share row's first
    button): lines the same on every page that prints them, without a date or a name."""
    start = pos
    while start > 0 and _fixed(layout, p, start - 1) and _fixed(layout, p, start):
        start -= 1
    return start


def _in_widget(m: Marker, at: dict[int, int], layout: Layout) -> dict[int, int] | None:
    """Where the widget ends (its last line) on each page, when the end marker `m` is in the run of
    fixed template lines the chosen markers begin (a share row's first button under its label) on
    every page it cuts; else None."""
    ends = {}
    for p in m.pages & at.keys():
        end = at[p]
        while _fixed(layout, p, end) and _fixed(layout, p, end + 1):
            end += 1
        if not at[p] < m.cuts[p] <= end:
            return None
        ends[p] = end
    return ends or None


def _fixed(layout: Layout, p: int, pos: int) -> bool:
    return (p, pos) in layout.template and not layout.varying(p, pos)


def box_titles(template: Template, minimum: int) -> None:
    """End markers that open a box under a title of its own: on nearly every page where the marker
    ends the body, the line right above it is a short line without a sentence end that varies from
    page to page (a recipe's name over its times and servings, a company's name over its contact),
    and on `minimum` pages at least it is printed on another page too (the same recipe again), so it
    is not the article's. The engine then takes that one line with the marker (``skip_before``)."""
    df = Counter(line for page in template.pages for line in set(page.lines))
    most = STABLE_SHARE * len(template.pages)
    stable = {(o.page, o.pos) for c in template.classes if c.support >= most for o in c.occ}
    for m in template.ends:
        above = []
        for p, cut in m.cuts.items():
            start, end = template.bounds(p)
            if template.regions[p] is not None and end == cut and cut - 1 >= start:
                above.append((p, cut - 1, template.pages[p].lines[cut - 1]))
        titles = [line for p, pos, line in above if (p, pos) not in stable and _box_title(line)]
        if len(titles) < TITLE_SHARE * len(above) or len(set(titles)) < TITLE_VARIANTS:
            continue
        if sum(df[line] > 1 for line in titles) >= minimum:
            m.title_chars = round_up(max(map(len, titles)) * 1.2 + 10)


def _box_title(line: str) -> bool:
    return len(line) <= BOX_TITLE_CHARS and not SENTENCE_END_RE.search(line) and any(c.isalpha() for c in line)


def curtail(template: Template) -> None:
    """On pages where an end marker opens a tail of the region, the body ends above it."""
    for p, region in enumerate(template.regions):
        _, end = template.bounds(p)
        if region is not None and region.start < end <= region.end:
            template.regions[p] = Region(region.start, end - 1, region.weight)


def behead(template: Template, clear: set[int]) -> None:
    """On clear pages where a start marker closes a header block inside the region, the body
    begins after it: the headline and standfirst above are not the article."""
    for p in clear:
        region = template.regions[p]
        start, _ = template.bounds(p)
        if region is not None and region.start < start <= region.end:
            template.regions[p] = Region(start, region.end, region.weight)


def _paragraphs(lines: tuple[str, ...], run: list[int], own: set[int]) -> bool:
    """Whether lines of text read as paragraphs: at least half of their blocks (lines next to each
    other, a hard-wrapped paragraph's, with its short last line of the page's own) end a sentence,
    as a list's headlines seldom do."""
    ends = [i + 1 if i + 1 in own else i for i in run if i + 1 not in run]
    return 2 * sum(bool(SENTENCE_END_RE.search(lines[i])) for i in ends) >= len(ends)


def _text_like(line: str) -> bool:
    return words(line) >= SENTENCE_WORDS or sentence_like(line)


@functools.lru_cache(maxsize=1 << 16)
def _entry_like(line: str) -> bool:
    return words(line) <= ECHO_WORDS and not SENTENCE_END_RE.search(line)


@functools.lru_cache(maxsize=1 << 16)
def _letters(line: str) -> str:
    return "".join(t.text.casefold() for t in tokens(line))


def with_skips(m: Marker, layout: Layout, minimum: int) -> Marker:
    """A start marker followed by a table of contents on `minimum` pages or more skips it: the
    entries are matched as short lines without a sentence end, no longer than the longest seen,
    and only if on every page of the marker the line after them is not such a line of the page's
    own (a short first line of the article would go with them)."""
    skips = {p: n for p, cut in m.cuts.items() if (n := layout.echoes(p, cut))}
    if len(skips) < minimum:
        return m
    lines = [layout.pages[p].lines[m.cuts[p] + 1 + k] for p, n in skips.items() for k in range(n)]
    chars = round_up(max(map(len, lines)) + ECHO_MARGIN)
    for p, cut in m.cuts.items():
        after = cut + 1 + skips.get(p, 0)
        page = layout.pages[p].lines
        if after < len(page) and (p, after) not in layout.template and skipped(page[after], chars):
            return m
    return Marker(m.cls, m.pages, m.cuts, m.within, skips, chars)


def skipped(line: str, chars: int) -> bool:
    """Whether a start marker's skip matcher (see `with_skips`) takes the line."""
    return len(line) <= chars and _entry_like(line)


def _gains(m: Marker, first: dict[int, int], reach: dict[int, int], side: str, closer: bool = True) -> dict[int, int]:
    """Page -> how many more lines the marker cuts than the markers chosen so far (`reach`: the
    first body line, or the line after the last; `first`: the same with no marker), on the pages
    where it cuts more: on a page another marker cuts, MIN_CLOSER lines more at least (a line or
    two next to the body are template lines the drop rules remove; a closer marker printed on
    some pages only is one more chance to find one inside an article). Without `closer`, only on
    pages no marker cuts yet."""
    if side == "top":
        more = {p: m.cuts[p] + 1 + m.skips.get(p, 0) - reach[p] for p in m.pages if p in reach}
    else:
        more = {p: reach[p] - m.cuts[p] for p in m.pages if p in reach}
    if not closer:
        return {p: n for p, n in more.items() if n >= 1 and reach[p] == first[p]}
    return {p: n for p, n in more.items() if n >= (MIN_CLOSER if reach[p] != first[p] else 1)}


def _worded(m: Marker, side: str) -> bool:
    """Whether an end marker may be chosen to cut closer than others: one with a fixed word. A line
    of numbers and open words ("Pärnu, 92 000 €", "1. Riverton 25 59") is a list's entry in the
    footer on the sample's pages, and as likely a line of an unseen article: it is chosen only for
    pages no other marker ends."""
    return side == "top" or _has_words(m.cls)


def _closest_first(chosen: list[Marker], side: str) -> list[Marker]:
    """The markers ordered so that the one closest to the body comes first where several are
    printed: each ranked by the markers it is closer than on most of the pages both are on."""

    def closer(a: Marker, b: Marker) -> bool:
        both = a.pages & b.pages
        wins = sum((a.cuts[p] > b.cuts[p]) == (side == "top") for p in both if a.cuts[p] != b.cuts[p])
        return bool(both) and wins * 2 > len(both)

    wins = {id(m): sum(closer(m, other) for other in chosen if other is not m) for m in chosen}
    return sorted(chosen, key=lambda m: -wins[id(m)])


def _marker(
    cls: LineClass,
    regions: list[Region | None],
    clear: set[int],
    side: str,
    layout: Layout | None = None,
    *,
    head: bool = True,
) -> Marker | None:
    """`cls` as a marker if, on every clear page, all its lines are on `side` of the body; with
    `layout`, a start marker may instead close the header block at its top (if `head`), and an end
    marker open a tail of the region (a comment thread, see `Layout.tails`) on some pages, when it
    is below the region on a good share of the others."""
    cuts: dict[int, int] = {}
    below, tails = set(), set()
    for o in cls.occ:
        region = regions[o.page]
        if region is None:
            continue
        if side == "top":
            closes = head and layout is not None and layout.heads_block(o.page, o.pos, region)
            outside = o.pos < region.start or closes
        elif o.pos > region.end:
            outside = True
            below.add(o.page)
        else:
            outside = layout is not None and layout.tails(o.page, o.pos, region)
            tails.add(o.page)
        if o.page in clear and not outside:
            return None
        cuts[o.page] = min(cuts.get(o.page, o.pos), o.pos)
    below &= clear
    if tails & clear and len(below - tails) < BELOW_SHARE * len((below | tails) & clear):
        return None
    if side == "bottom" and layout is not None and _resumed(cuts, layout):
        return None
    return Marker(cls, set(cuts), cuts) if cuts else None


def _resumed(cuts: dict[int, int], layout: Layout) -> bool:
    """Whether the article goes on below an end marker on enough of its pages (see
    `Layout.resumes`): a box set between paragraphs, not the article's end. Pages whose body is
    not clear count too: what follows the marker says it, wherever the body was found."""
    resumed = sum(layout.resumes(p, cut) for p, cut in cuts.items())
    return resumed >= max(RESUMES_PAGES, RESUMES_SHARE * len(cuts))


def titles(template: Template) -> list[tuple[Marker, int]]:
    """Start markers directly followed by the page title: on at least half of their pages a short
    page-specific line, and on none of them a line of the body.

    Returns each such marker with the number of its pages that have one.
    """
    found = []
    template_lines = {(o.page, o.pos) for c in template.classes for o in c.occ}
    for m in template.starts:
        if m.skip_chars:
            continue  # what follows it is a table of contents
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
    """Classes to write as drop rules: those with lines left inside a body by the boundaries (or by
    the fallback end marker alone), and those on nearly every page (they still help on a page where
    a marker is missing), headlines of story lists excepted (see `_headline`)."""
    inside: defaultdict[int, int] = defaultdict(int)
    bounds = [template.bounds(p) for p in range(n)]
    # on a page without the other end markers, the body runs to the fallback's
    reach = [
        max([end, *(m.cuts.get(p, end) for m in template.ends if m.fallback)]) for p, (_, end) in enumerate(bounds)
    ]
    for i, cls in enumerate(template.classes):
        for o in cls.occ:
            start, _ = bounds[o.page]
            inside[i] += start <= o.pos < reach[o.page]
    markers = {id(m.cls) for m in template.starts + template.ends}
    return [
        c
        for i, c in enumerate(template.classes)
        if inside[i] or (c.support >= STABLE_SHARE * n and id(c) not in markers and _has_words(c) and not _headline(c))
    ]


def _headline(cls: LineClass) -> bool:
    """A verbatim line reading like a headline (a story pinned in a list): a line with a varying
    part ("Fact-checked by <name>") is a template's, however it reads."""
    return cls.kind == "exact" and headline_like(cls.example())


def _has_words(cls: LineClass) -> bool:
    """Whether a class has a fixed word. Bare number or date lines get a rule only when the
    boundaries leave them inside a body: a rule for them would take numbers out of tables and lists."""
    return not cls.key.startswith("=") and any(w not in (NUMBER, CALENDAR, SLOT) for w in cls.key.split())
