"""Where each sample page's article is: the run of lines where its own text outweighs the template.

Every line weighs for or against: a page's own sentences weigh their words, template lines (and
lines printed on other pages, like teaser titles) weigh against. A page's candidate bodies are the
maximum-sum runs between long gaps; the heaviest is its body, and the page is *clear* when that one
outweighs the next twice over. Only clear pages choose the boundaries (see ``boundaries``); the
others then take the candidate between the boundaries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet

from .classes import BodyLines, template_share
from .lines import SENTENCE_WORDS, names_site, sentence_like, title_like, words
from .model import LearnOptions, LineClass, Region, Template
from .sample import SamplePage

GAP_LINES = 6
ISOLATED_WORDS = 20
ISOLATION = 3
SHARED_WEIGHT = -2.0  # a template or shared line weighs at most this


def segments(
    pages: list[SamplePage], accepted: list[LineClass], options: LearnOptions, names: frozenset[str] = frozenset()
) -> list[list[Region]]:
    """Each page's candidate bodies, heaviest first: runs of lines where its own text outweighs
    template and shared lines.

    A line printed on any other page of the sample (a teaser title, a trending headline) is not
    this page's article even when it is too rare to be a template line. A sentence printed on a few
    pages only still counts as article text, unless it names the site (`names`): whether it may go
    is for the guard to say.
    """
    template = {(o.page, o.pos) for c in accepted for o in c.occ}
    df = Counter(line for page in pages for line in set(page.lines))
    verbatim = template_share(len(pages), options)

    def shared(p: int, pos: int, line: str) -> bool:
        if sentence_like(line) and df[line] < verbatim and not names_site(line, names):
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
    while start < region.end and title_like(lines[start]) and weights[start + 1] <= SHARED_WEIGHT:
        start += 1
        while start < region.end and weights[start] <= 0:
            start += 1
    if start == region.start:
        return region
    return Region(start, region.end, region.weight - sum(weights[region.start : start]))


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


def choose(segments: list[list[Region]]) -> tuple[list[Region | None], set[int]]:
    """The heaviest candidate of each page, and the pages where it clearly outweighs the others.

    On a page with a short article and a long comment thread, the comments may weigh more; such
    pages are left out when boundaries are chosen, and then take the candidate between them.
    """
    regions = [segs[0] if segs else None for segs in segments]
    clear = {p for p, segs in enumerate(segments) if len(segs) == 1 or (segs and segs[0].weight >= 2 * segs[1].weight)}
    return regions, clear


def settle(template: Template, segments: list[list[Region]], clear: set[int]) -> None:
    """On unclear pages, the body is the heaviest candidate inside the learned boundaries."""
    for p, segs in enumerate(segments):
        if p in clear or not segs:
            continue
        start, end = template.bounds(p)
        inside = [r for r in segs if start <= r.start and r.end < end]
        template.regions[p] = inside[0] if inside else segs[0]


def body_lines(
    pages: list[SamplePage], regions: list[Region | None], accepted: list[LineClass] | None = None
) -> BodyLines:
    """Per page: the positions inside its body ("region"), those that read like sentences, and the
    "islands": lines set between two of the page's own sentences, or between its text and a line
    of the `accepted` classes (see `_islands`)."""
    df = Counter(line for page in pages for line in set(page.lines))
    template = {(o.page, o.pos) for c in accepted or () for o in c.occ}
    out = {}
    for p, r in enumerate(regions):
        if r is not None:
            region = set(range(r.start, r.end + 1))
            sentences = {i for i in region if sentence_like(pages[p].lines[i])}
            fixed = {pos for q, pos in template if q == p}
            islands = _islands(pages[p].lines, region, sentences, df, fixed)
            out[p] = {"region": region, "sentences": sentences, "islands": islands}
    return out


def _islands(
    lines: tuple[str, ...],
    region: set[int],
    sentences: set[int],
    df: Counter[str],
    fixed: AbstractSet[int] = frozenset(),
) -> set[int]:
    """Positions between the page's own first and last body sentences whose neighbours are no
    sentence another page prints too: what a template inserts between paragraphs (a notice, by an
    ad label or not). Text an article shares with another (a wire story's paragraphs in two papers)
    shares its neighbours too. A hard-wrapped paragraph's lines count as its sentences: they seldom
    end one.

    An article's own boilerplate (a credit, a disclaimer, "X did not respond to a request for
    comment.") sits at its start or end; only a line wedged between a template line (`fixed`: the
    byline's date) and the first of the text is an island too: a notice the template prints over
    the article. Articles end alike far more often than they begin alike. A line between two
    template lines (a victims' helpline under a case's row, over the share row) is the template's,
    wherever it is: an article's own closing line has the article above it.
    """
    text = {i for i in region if words(lines[i]) >= SENTENCE_WORDS}
    own = sorted(i for i in sentences | text if df[lines[i]] == 1)
    if not own:
        return set()
    shared = {i for i in sentences if df[lines[i]] > 1}
    found = {i for i in range(own[0] + 1, own[-1]) if i - 1 not in shared and i + 1 not in shared}
    if own[0] - 1 in region and own[0] - 2 in fixed:
        found.add(own[0] - 1)
    return found | {i for i in region if i - 1 in fixed and i + 1 in fixed}
