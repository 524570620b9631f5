"""Rules for what a line class cannot hold: boxes under a repeated heading, captions above a credit,
and lines a page prints twice.

- A **box**: a heading printed on several pages (an accepted class) with lines under it that vary
  from page to page: a video's label over its title and length, an embed's "View this post" over
  who shared it, a fact box's heading over its facts. On the pages that print it inside the body,
  the heading is followed by short lines without a sentence end (lines other template rules take
  are passed over), and then by the article's next paragraph or the box's end. Written as a
  ``drop-block`` rule with a ``then`` matcher for such lines, no longer than those seen.
- A **caption above its credit**: a credit line ("Photo: Name/Agency") a class of its own, and
  right above it, on nearly every page that prints it inside the body, one short sentence of the
  page's own. Written as a ``drop-block`` rule with a ``before`` matcher for such a line. An
  article paragraph above a credit would be a single short sentence on some pages only. A credit
  naming someone, with a caption above it on some pages only (a lead photo's: the body's first line
  of the page's own, not the inline photos') gets a rule
  whose matcher takes only a line that starts a sentence and holds one: where the sample has a
  paragraph's last line above the credit ("said.", "2018."), the rule would not take it. On a site
  that sets its paragraphs apart with blank lines, a caption printed on its credit (no blank line
  between them) on nearly every page that has one gets a rule taking only such a line (``joined``):
  an inline photo's credit under a paragraph's blank line leaves the paragraph alone.
- An **echo**: a body line of a sentence's length whose words the page prints again in a longer
  line (a pull quote, a summary's bullets made of the article's sentences or of its standfirst), on
  enough pages. Written as a ``drop-echo``
  rule for lines as long as those seen: the words stay where the article has them.

Each is learned from the lines inside the bodies as the learned boundaries cut them, as the engine
will see them.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

import regex

from cleaner.matchers import line_key
from cleaner.ops import echoed, twinned

from .boundaries import RESUMES_PAGES, RESUMES_SHARE, STABLE_SHARE
from .emit import SLUG_RE, Matcher, Rule, matcher_for
from .lines import HEADLINE_WORDS, SENTENCE_END_RE, SENTENCE_WORDS, sentence_like, tokens, words
from .model import LearnOptions, LineClass, Occ, Template, thresholds
from .patterns import NO_SENTENCE_END, round_up

# A box heading is a label, shorter than most headlines; the lines under it are without a sentence end,
# and short, or headlines.
HEADING_CHARS = 40
# A box over the footer has a heading of its own: a longer one ("Cautionary Note Regarding Forward-Looking
# Statements"), or one naming who the box is about ("About <company>", "O spoločnosti <company>").
TAIL_HEADING_CHARS = 80
NAME_WORDS = 5  # the varying part of such a heading is a name, not a headline
NAME_TOKENS = 10  # a heading naming someone: a word (LABEL_LETTERS at least) and a name, a ticker
LABEL_LETTERS = 3
FOOTER_SHARE = 0.9
NAME_VARIANTS = 3  # a fixed heading is a class's line, not a name
BOX_SHORT_CHARS = 50
BOX_LINE_CHARS = 160
MAX_BOX_LINES = 8
# The rule takes as many lines as the box has on this share of the pages.
BOX_SIZE_SHARE = 0.8
# Under this share of the heading's lines inside bodies, lines follow that the rule takes.
BOX_SHARE = 0.7
# A caption: one sentence of at most this many characters, above the credit on this share of pages.
CAPTION_CHARS = 220
LABEL_CHARS = 40
CREDIT_WORDS = 4
# A closed block under a heading holds at most this many lines, none longer than this.
MAX_FRAMED = 4
FRAMED_CHARS = 320
# ... and the article's own lines sit alone between template lines on less than this share.
FRAMED_CONTRAST = 0.75
CAPTION_SHARE = 0.9
# A caption the rule takes when the credit goes without one on some pages: a line that does not start
# in lower case or with a number (a paragraph's last line does), without a sentence stop inside.
CAPTION_RE = regex.compile(r"(?![\p{Ll}\p{N}])(?:(?![.!?\N{HORIZONTAL ELLIPSIS}]\s).)+")
MIN_CAPTIONS = 5
# A site sets its paragraphs apart when this share of the bodies' own lines have a blank line above.
APART_SHARE = 0.75
# ... and the article's own lines elsewhere read like that on less than this share: a site whose
# paragraphs are single short sentences gives no caption rule, as a credit may follow a paragraph.
CAPTION_CONTRAST = 0.5
# An echo is at least this long; the rule takes lines up to this much longer than the longest seen.
ECHO_FLOOR = 30
ECHO_MARGIN = 1.5


@dataclass(frozen=True)
class Sample:
    """What the box and echo rules are learned from: the template and each page's body bounds."""

    template: Template
    bounds: list[tuple[int, int]]
    classed: dict[tuple[int, int], LineClass]  # (page, pos) -> the accepted class of a template line
    df: Counter[str]  # on how many pages each line is printed
    # The classes of the footer's lines: verbatim, with words, on nearly every page, and nearly always
    # below the body (a share row printed over the article too is not one).
    footer: frozenset[int] = frozenset()

    @classmethod
    def of(cls, template: Template) -> Sample:
        classed = {(o.page, o.pos): c for c in template.classes for o in c.occ}
        df = Counter(line for page in template.pages for line in set(page.lines))
        bounds = [template.bounds(p) for p in range(len(template.pages))]
        most = STABLE_SHARE * len(template.pages)
        footer = frozenset(
            id(c)
            for c in template.classes
            if c.kind == "exact"
            and c.support >= most
            and _lettered(c.key)
            and sum(o.pos >= bounds[o.page][1] for o in c.occ) >= FOOTER_SHARE * len(c.occ)
        )
        return cls(template, bounds, classed, df, footer)

    def inside(self, p: int, pos: int) -> bool:
        start, end = self.bounds[p]
        return start <= pos < end

    def line(self, p: int, pos: int) -> str:
        return self.template.pages[p].lines[pos]


def rules_for(template: Template, site_id: str, options: LearnOptions) -> list[Rule]:
    """The box, caption and echo rules the sample supports."""
    sample = Sample.of(template)
    n = len(template.pages)
    minimum, _ = thresholds(n, options)
    # a box over the footer is taken whole: a box rule would take its lines without a sentence end only
    tails, named = _tail_rules(sample, site_id, minimum, n)
    rules = [
        r
        for cls in template.classes
        if id(cls) not in tails and (r := _box_rule(sample, cls, site_id, minimum, n)) is not None
    ]
    rules += [r for cls in template.classes if (r := _caption_rule(sample, cls, site_id, minimum, n)) is not None]
    captioned = {r.example for r in rules if "before" in r.params}
    rules += [r for cls in template.classes if id(cls) in tails and (r := tails[id(cls)]).example not in captioned]
    rules += named
    boxed = {r.example for r in rules}
    rules += [
        r
        for cls in template.classes
        if cls.example() not in boxed and (r := _framed_rule(sample, cls, site_id, minimum, n)) is not None
    ]
    echo = _echo_rule(sample, site_id, minimum, n)
    return _unique_ids(rules + ([echo] if echo else []))


def _unique_ids(rules: list[Rule]) -> list[Rule]:
    used: Counter[str] = Counter()
    for rule in rules:
        used[rule.id] += 1
        if used[rule.id] > 1:
            rule.id = f"{rule.id}-{used[rule.id]}"
    return rules


def _box_line(sample: Sample, p: int, pos: int) -> bool:
    """A line a box holds: a template line; or without a sentence end, short or printed whole on
    other pages too (a headline). A longer line of the page's own may be a hard-wrapped paragraph's."""
    if (p, pos) in sample.classed:
        return True
    line = sample.line(p, pos)
    if SENTENCE_END_RE.search(line):
        return False
    return len(line) <= BOX_SHORT_CHARS or (len(line) <= BOX_LINE_CHARS and sample.df[line] > 1)


def _under(sample: Sample, p: int, pos: int) -> list[str]:
    """The lines right under a heading that a box rule would take, up to the body's end, and up to
    the last line of the page's own among them."""
    _, end = sample.bounds[p]
    taken: list[int] = []
    for nxt in range(pos + 1, min(end, pos + 1 + MAX_BOX_LINES)):
        if not _box_line(sample, p, nxt):
            break
        taken.append(nxt)
    own = [k for k, nxt in enumerate(taken) if (p, nxt) not in sample.classed]
    if own:  # template lines after the box's own belong to what follows it (an ad label, a teaser)
        taken = taken[: own[-1] + 1]
    return [sample.line(p, nxt) for nxt in taken]


def _box_rule(sample: Sample, cls: LineClass, site_id: str, minimum: int, n: int) -> Rule | None:
    """A drop-block rule for `cls` as a heading, if the lines under it on enough pages are a box's."""
    example = cls.example()
    if cls.general or len(example) > HEADING_CHARS or SENTENCE_END_RE.search(example) or not _lettered(example):
        return None
    inside = [o for o in cls.occ if sample.inside(o.page, o.pos)]
    runs = [_under(sample, o.page, o.pos) for o in inside]
    with_lines = {o.page for o, run in zip(inside, runs, strict=True) if run}
    if len(with_lines) < minimum or sum(map(bool, runs)) < BOX_SHARE * len(inside):
        return None
    taken = [line for run in runs for line in run]
    then = Matcher(regex=f".+{NO_SENTENCE_END}", max_chars=round_up(max(map(len, taken)) * 1.2 + 10))
    return Rule(
        id=f"{site_id}.box-{_slug(example)}",
        op="drop-block",
        doc=f"Learned: a box under the heading {example!r}, whose lines vary, inside the body on "
        f"{len(with_lines)} of {n} sampled pages; for instance {_short(taken[0])!r}.",
        matcher=matcher_for(cls),
        params={"then": then, "lines": _usual(sorted(len(run) for run in runs if run))},
        example=example,
    )


def _lettered(line: str) -> bool:
    return any(c.isalpha() for c in line)


def _usual(sizes: list[int]) -> int:
    """How many lines a box holds on most pages: a box's own size, not a list in one article that
    happens to follow its heading."""
    return sizes[int(BOX_SIZE_SHARE * (len(sizes) - 1))]


def _above(sample: Sample, p: int, pos: int) -> str | None:
    """The line right above a credit if it reads like a caption: one short sentence of the page's
    own, which starts a paragraph (not a hard-wrapped paragraph's last line)."""
    start, _ = sample.bounds[p]
    if pos - 1 < start or (p, pos - 1) in sample.classed:
        return None
    line = sample.line(p, pos - 1)
    stops = len(SENTENCE_END_RE.findall(line)) + line.count(". ")
    if len(line) > CAPTION_CHARS or words(line) < 3 or stops > 1 or line[0].islower():
        return None
    return line if pos - 2 < start or _closes(sample, p, pos - 2) else None


def _closes(sample: Sample, p: int, pos: int) -> bool:
    """Whether the next line starts a paragraph: this one is a template line, a sentence's end or a
    short label (a gallery's counter), not part of a hard-wrapped paragraph."""
    line = sample.line(p, pos)
    return (p, pos) in sample.classed or bool(SENTENCE_END_RE.search(line)) or len(line) <= LABEL_CHARS


def _caption_like_share(sample: Sample, above: set[tuple[int, int]]) -> float:
    """The share of the bodies' other lines of the page's own that read like a caption."""
    own = [
        (p, pos)
        for p, (start, end) in enumerate(sample.bounds)
        for pos in range(start + 1, end)
        if (p, pos) not in sample.classed and (p, pos) not in above
    ]
    return sum(_above(sample, p, pos + 1) is not None for p, pos in own) / len(own) if own else 1.0


def _caption_rule(sample: Sample, cls: LineClass, site_id: str, minimum: int, n: int) -> Rule | None:
    """A drop-block rule taking the caption above a credit line, if one is above it on nearly every page;
    on a site that sets its paragraphs apart, the caption printed on it (see `_glued_captions`)."""
    example = cls.example()
    if len(example) > HEADING_CHARS or sentence_like(example) or not _lettered(example):
        return None
    inside = [o for o in cls.occ if sample.inside(o.page, o.pos)]
    captions = [c for o in inside if (c := _above(sample, o.page, o.pos)) is not None]
    pages = {o.page for o in inside if _above(sample, o.page, o.pos) is not None}
    if len(captions) < MIN_CAPTIONS or len(pages) < minimum:
        return None
    if glued := _glued_captions(sample, inside):
        return _glued_rule(cls, site_id, glued, n)
    if _caption_like_share(sample, {(o.page, o.pos - 1) for o in inside}) >= CAPTION_CONTRAST:
        return None  # the article's paragraphs read like captions too: a credit may follow one
    chars = min(CAPTION_CHARS, round_up(max(map(len, captions)) * 1.2 + 10))
    if len(captions) >= CAPTION_SHARE * len(inside):
        before = Matcher(regex=".+", max_chars=chars)
    elif _lead_captions(sample, cls, inside, captions) and len(captions) >= CAPTION_SHARE * (
        len(captions) + _taken(sample, inside, chars)
    ):
        before = Matcher(regex=CAPTION_RE.pattern, max_chars=chars)
    else:
        return None
    return Rule(
        id=f"{site_id}.caption-{_slug(example)}",
        op="drop-block",
        doc=f"Learned: the caption right above the credit {example!r}, one short sentence, on "
        f"{len(pages)} of {n} sampled pages; for instance {_short(captions[0])!r}.",
        matcher=matcher_for(cls),
        params={"before": before},
        example=example,
    )


def _glued_captions(sample: Sample, inside: list[Occ]) -> list[tuple[int, str]]:
    """(page, caption) for the captions printed on their credit, on a site that sets its paragraphs
    apart (APART_SHARE of the bodies' own lines have a blank line above): where no blank line parts
    a credit from the line above, that line is a block of its own with it (a blank line or a
    template line above it) and of a caption's length, on nearly every page (CAPTION_SHARE), and
    MIN_CAPTIONS at least; a credit under a paragraph's blank line is an inline photo's without one.
    How the caption reads does not matter: a snippet of a text may start in lower case."""
    pages = sample.template.pages
    glued = [o for o in inside if pages[o.page].gaps and o.pos not in pages[o.page].gaps]
    captions = [(o.page, c) for o in glued if (c := _glued(sample, o.page, o.pos)) is not None]
    if len(captions) < max(MIN_CAPTIONS, CAPTION_SHARE * len(glued)) or _apart_share(sample) < APART_SHARE:
        return []
    return captions


def _glued(sample: Sample, p: int, pos: int) -> str | None:
    """The line printed on a credit at `pos` if it is a caption's block with it: one of the page's
    own in the body, of a caption's length, with a blank line or a template line above it."""
    start, _ = sample.bounds[p]
    if pos - 1 < start or (p, pos - 1) in sample.classed:
        return None
    line = sample.line(p, pos - 1)
    apart = pos - 1 in sample.template.pages[p].gaps or (p, pos - 2) in sample.classed
    return line if apart and len(line) <= CAPTION_CHARS and words(line) >= 3 else None


def _apart_share(sample: Sample) -> float:
    """The share of the bodies' lines of the page's own (not the first) with a blank line above."""
    own = [
        pos in sample.template.pages[p].gaps
        for p, (start, end) in enumerate(sample.bounds)
        for pos in range(start + 1, end)
        if (p, pos) not in sample.classed
    ]
    return sum(own) / len(own) if own else 0.0


def _glued_rule(cls: LineClass, site_id: str, captions: list[tuple[int, str]], n: int) -> Rule:
    example = cls.example()
    chars = min(CAPTION_CHARS, round_up(max(len(c) for _, c in captions) * 1.2 + 10))
    return Rule(
        id=f"{site_id}.caption-{_slug(example)}",
        op="drop-block",
        doc=f"Learned: the caption printed on the credit {example!r} (no blank line between them), on "
        f"{len({p for p, _ in captions})} of {n} sampled pages; for instance {_short(captions[0][1])!r}.",
        matcher=matcher_for(cls),
        params={"before": Matcher(regex=".+", max_chars=chars), "joined": True},
        example=example,
    )


def _lead_captions(sample: Sample, cls: LineClass, inside: list[Occ], captions: list[str]) -> bool:
    """Whether the captions are a lead photo's, read by ``CAPTION_RE``: the credit names someone
    (a class with a varying part, not a fixed label as an ad's), and each caption is the first line
    of the page's own in the body, under template lines only."""
    lead = [
        o
        for o in inside
        if _above(sample, o.page, o.pos) is not None
        and all((o.page, k) in sample.classed for k in range(sample.bounds[o.page][0], o.pos - 1))
    ]
    return (
        cls.kind != "exact"
        and len(lead) >= CAPTION_SHARE * len(captions)
        and all(CAPTION_RE.fullmatch(c) for c in captions)
    )


def _taken(sample: Sample, inside: list[Occ], chars: int) -> int:
    """On how many of the credit's lines without a caption above a ``CAPTION_RE`` rule would still
    take the line above: one of the page's own in the body that is not a caption but reads like one."""
    return sum(
        sample.inside(o.page, o.pos - 1)
        and (o.page, o.pos - 1) not in sample.classed
        and _above(sample, o.page, o.pos) is None
        and len(line := sample.line(o.page, o.pos - 1)) <= chars
        and CAPTION_RE.fullmatch(line) is not None
        for o in inside
    )


def _framed(sample: Sample, p: int, pos: int) -> tuple[list[str], LineClass | None] | None:
    """The lines right under a heading at `pos` if they are a closed block, and the template line's
    class that closes it (None for a credit): one to MAX_FRAMED lines of the page's own, none very
    long, closed by a template line, or after the first by a short label (a credit that the sample
    prints too rarely to learn)."""
    _, end = sample.bounds[p]
    block: list[str] = []
    for q in range(pos + 1, min(end, pos + 2 + MAX_FRAMED)):
        line = sample.line(p, q)
        if (p, q) in sample.classed or (block and _credit_like(line)):
            return (block, sample.classed.get((p, q))) if block else None
        if len(block) == MAX_FRAMED or len(line) > FRAMED_CHARS or words(line) < 3:
            return None
        block.append(line)
    return None  # the body's end: the engine does not take a block it does not see closed


def _credit_like(line: str) -> bool:
    """A short label without a sentence end: an agency's name."""
    return len(line) <= LABEL_CHARS and words(line) <= CREDIT_WORDS and not SENTENCE_END_RE.search(line)


def _takes_a_sentence(sample: Sample, p: int, pos: int) -> bool:
    """Whether the line under a heading at `pos` is a sentence of the page's own outside a closed block."""
    _, end = sample.bounds[p]
    if pos + 1 >= end or (p, pos + 1) in sample.classed or _framed(sample, p, pos) is not None:
        return False
    return sentence_like(sample.line(p, pos + 1))


def _framed_rule(sample: Sample, cls: LineClass, site_id: str, minimum: int, n: int) -> Rule | None:
    """A drop-block rule taking the closed block under a heading (see `_framed`), if nearly every page
    that prints the heading in the body has one under it: a gallery's label over a photo's caption
    and its credit, a summary's label over its sentences and the note on how it was made. Its lines
    read like sentences, so a box rule would not take them; the credit may vary with the agency, so
    a caption rule would not find it. The engine takes them only as a closed block (``until``).

    A block is one caption-sized line, on at least MIN_CAPTIONS pages; a longer one needs a closing
    line of its own, one template line that ends the block wherever the sample prints it: an ad label
    two paragraphs on closes any paragraph.
    """
    example = cls.example()
    if cls.general or len(example) > HEADING_CHARS or sentence_like(example) or not _lettered(example):
        return None
    inside = [o for o in cls.occ if sample.inside(o.page, o.pos)]
    framed = [(o, b) for o in inside if (b := _framed(sample, o.page, o.pos)) is not None]
    pages = {o.page for o, _ in framed}
    if len(pages) < minimum or len(framed) < CAPTION_SHARE * len(inside):
        return None
    if any(_takes_a_sentence(sample, o.page, o.pos) for o in inside):
        return None  # on some page the line under it is the article's
    taken = [line for _, (block, _) in framed for line in block]
    captions = all(len(block) == 1 and len(block[0]) <= CAPTION_CHARS for _, (block, _) in framed)
    if not (captions and len(framed) >= MIN_CAPTIONS) and not _own_closer(sample, framed):
        return None
    if any(closer is cls for _, (_, closer) in framed):
        return None  # the heading closes its own blocks: a label after each paragraph
    blocks = {(o.page, o.pos + 1 + k) for o, (block, _) in framed for k in range(len(block))}
    if _framed_share(sample, blocks) >= FRAMED_CONTRAST:
        return None  # the article's own paragraphs sit alone between template lines too (an ad after each)
    most = CAPTION_CHARS if captions else FRAMED_CHARS
    then = Matcher(regex=".+", max_chars=min(most, round_up(max(map(len, taken)) * 1.2 + 10)))
    return Rule(
        id=f"{site_id}.framed-{_slug(example)}",
        op="drop-block",
        doc=f"Learned: the lines under {example!r} up to a template line or a credit, on {len(pages)} of "
        f"{n} sampled pages; for instance {_short(taken[0])!r}.",
        matcher=matcher_for(cls),
        params={
            "then": then,
            "until": Matcher(regex=f".+{NO_SENTENCE_END}", max_chars=LABEL_CHARS),
            "lines": max(len(block) for _, (block, _) in framed),
        },
        example=example,
    )


def _tail_rules(sample: Sample, site_id: str, minimum: int, n: int) -> tuple[dict[int, Rule], list[Rule]]:
    """The tail rules (see `_tail_rule`) by their heading's class id, and those for headings naming
    someone (see `_named_headings`): found once, and again with the headings found as the heads of
    boxes that may follow one another (a disclosure statement, then the partners' box with its own
    sentences). A class whose lines all have a named heading's rule gets none of its own."""
    found: dict[int, Rule] = {}
    named = _named_headings(sample, minimum)
    for _ in range(2):
        heads = frozenset(found)
        found = {}
        for c in [*sample.template.classes, *named]:
            if (r := _tail_rule(sample, c, site_id, minimum, n, heads)) is not None:
                found[id(c)] = r
    taken = {(o.page, o.pos) for c in named if id(c) in found for o in c.occ}
    classed = {id(c) for c in sample.template.classes if not all((o.page, o.pos) in taken for o in c.occ)}
    return {k: r for k, r in found.items() if k in classed}, [found[id(c)] for c in named if id(c) in found]


def _named_headings(sample: Sample, minimum: int) -> list[LineClass]:
    """Body lines that read as a heading naming someone, grouped by their first word: "ABOUT NORTHGATE
    ANALYTICS INC.", "About Jane Doe". A word, a space, then capitalised words (a name, a ticker), no
    sentence end; on `minimum` pages at least, in NAME_VARIANTS wordings, none a headline the sample
    prints as a line of its own (a teaser: "READ <Title Case Headline>"). A name may be new on every
    page, so no class of the sample's lines holds them."""
    groups: defaultdict[str, list[Occ]] = defaultdict(list)
    for p, (start, end) in enumerate(sample.bounds):
        for q in range(start, end):
            line = sample.line(p, q)
            if (found := _named(line)) is not None:
                groups[found[0].casefold()].append(Occ(p, q, line, found[0], found[1]))
    return [
        LineClass("named", key, occ)
        for key, occ in groups.items()
        if len({o.page for o in occ}) >= minimum
        and len({line_key(o.line) for o in occ}) >= NAME_VARIANTS
        and not any(words(o.rest) >= HEADLINE_WORDS and sample.df[o.rest] for o in occ)
    ]


def _named(line: str) -> tuple[str, str] | None:
    """(label, name) if the line is a word and a name (see `_named_headings`)."""
    toks = tokens(line)
    if not 2 <= len(toks) <= NAME_TOKENS or len(line) > TAIL_HEADING_CHARS or SENTENCE_END_RE.search(line):
        return None
    if toks[0].kind != "word" or toks[0].start > 0 or len(toks[0].text) < LABEL_LETTERS:
        return None
    if not all(t.kind == "num" or t.text[0].isupper() for t in toks[1:]) or toks[1].kind != "word":
        return None
    if line[toks[0].end : toks[1].start].strip():
        return None  # a label and its separator ("Photo: <name>") is a credit's, or a teaser's
    return line[: toks[0].end], line[toks[1].start :]


def _heading_matcher(cls: LineClass) -> Matcher:
    """The matcher of a tail rule's heading: its class's, or for a named heading its label and a name."""
    if cls.kind != "named":
        return matcher_for(cls)
    label = Counter(o.literal for o in cls.occ).most_common(1)[0][0]
    longest = max(len(o.rest) for o in cls.occ)
    name = f"(?=[\\p{{Lu}}\\p{{Lt}}]).{{1,{round_up(longest * 1.5)}}}{NO_SENTENCE_END}"
    return Matcher(regex=f"(?i:{regex.escape(label)})\\s+{name}", max_chars=round_up(longest * 1.5 + len(label) + 10))


def _tail(sample: Sample, p: int, pos: int, heads: frozenset[int] = frozenset()) -> list[str] | None:
    """The lines of the page's own (see `_own`) under a heading at `pos` up to the body-end marker, if
    they are a box over the footer: one to MAX_BOX_LINES lines, none very long, and, past the first run of them
    (a statement, a source list), none reading like a sentence unless right under one of `heads`
    (the heading of another such box). Template lines among them are passed over: a source or a
    statement the sample prints on enough pages. The article's last paragraphs after an ad label and
    a teaser read like sentences."""
    _, end = sample.bounds[p]
    if end >= len(sample.template.pages[p].lines):
        return None  # no marker: the engine does not take a box it does not see closed
    end = _footer(sample, p, pos, end)
    own = [q for q in range(pos + 1, end) if _own(sample, p, q)]
    if not own or len(own) > MAX_BOX_LINES:
        return None
    lines = [sample.line(p, q) for q in own]
    if any(len(line) > FRAMED_CHARS or words(line) < 3 for line in lines):
        return None
    starts = [k for k in range(1, len(own)) if own[k] != own[k - 1] + 1]  # later runs, under a template line
    for a, b in itertools.pairwise([*starts, len(own)]):
        under = sample.classed[p, own[a] - 1]
        if id(under) not in heads and any(sentence_like(line) for line in lines[a:b]):
            return None
    return lines


def _carries_on(sample: Sample, p: int, pos: int, under: list[str]) -> bool:
    """Whether the lines `under` a heading at `pos` are the article going on (see `_tail_rule`): the
    heading does not sit under a text (the article's or another box's statement) but under a short
    line (a box's last, a label; see `_text_end`), or the page's own text above it in the body holds
    fewer words than they do."""
    start, _ = sample.bounds[p]
    if pos - 1 < start or not _text_end(sample.line(p, pos - 1)):
        return True
    above = sum(words(sample.line(p, q)) for q in range(start, pos) if _own(sample, p, q))
    return above < sum(map(words, under))


def _text_end(line: str) -> bool:
    """A line that may end a text: a sentence's end, or a line of text's length (a statement)."""
    return bool(SENTENCE_END_RE.search(line)) or words(line) >= SENTENCE_WORDS


def _tail_rule(
    sample: Sample, cls: LineClass, site_id: str, minimum: int, n: int, heads: frozenset[int] = frozenset()
) -> Rule | None:
    """A drop-block rule taking the box over the footer under a heading (see `_tail`), if nearly every
    page that prints the heading in the body with lines of its own under it has one: authors'
    disclosure statements, a list of sources. The engine takes it only when a body-end marker closes
    it (``to_end``): on a page where the heading comes before more of the article, nothing goes.

    Not under a heading under which the article carries on, on as many of its pages as an end marker
    under which it resumes is no end (see `boundaries.RESUMES_PAGES`; `_carries_on`): the last line
    of a box set over the article's last paragraph ("Book a viewing"), an ad label after a short
    article's first paragraph."""
    if not _tail_heading(cls):
        return None
    example = cls.example()
    inside = [o for o in cls.occ if sample.inside(o.page, o.pos)]
    tails = [(o, t) for o in inside if (t := _tail(sample, o.page, o.pos, heads)) is not None]
    # a box the sample prints verbatim on a page (a company's boilerplate on each of its releases) is
    # a box there too: its template lines are the page's own on a page of another company
    # a heading with template lines only under it has nothing to take there
    counted = [o for o in inside if any(_own(sample, p, q) for p, q in _below(sample, o))]
    pages = {o.page for o, _ in tails}
    if len(pages) < minimum or len(tails) < CAPTION_SHARE * len(counted):
        return None
    carried = sum(_carries_on(sample, o.page, o.pos, lines) for o, lines in tails)
    if carried >= max(RESUMES_PAGES, RESUMES_SHARE * len(tails)):
        return None  # the last line of a box set between paragraphs, an ad label: the article goes on
    taken = [line for _, lines in tails for line in lines]
    then = Matcher(regex=".+", max_chars=min(FRAMED_CHARS, round_up(max(map(len, taken)) * 1.2 + 10)))
    return Rule(
        id=f"{site_id}.tail-{_slug(example)}",
        op="drop-block",
        doc=f"Learned: the lines under {example!r} up to the end of the article, on {len(pages)} of {n} "
        f"sampled pages; for instance {_short(taken[0])!r}.",
        matcher=_heading_matcher(cls),
        # the box's template lines count: a page may print as its own what another prints verbatim
        params={"then": then, "lines": max(len(_below(sample, o)) for o, _ in tails), "to_end": True},
        example=example,
    )


def _tail_heading(cls: LineClass) -> bool:
    """Whether a class's lines read as a box's heading: short, with letters, none a sentence. A heading
    with a varying part names who the box is about (a company, an author) in a few words; a label
    followed by a headline ("Read more: <title>") or a caption's credit is not one."""
    if cls.kind in ("suffix", "credit", "credits"):
        return False
    if cls.kind == "prefix" and any(words(o.rest) > NAME_WORDS for o in cls.occ):
        return False  # a teaser's headline, not a name
    lines = {o.line for o in cls.occ}
    return all(len(line) <= TAIL_HEADING_CHARS and not sentence_like(line) and _lettered(line) for line in lines)


def _own(sample: Sample, p: int, q: int) -> bool:
    """Whether a line under a heading is the page's own for a box over the footer: not a template
    line, or a sentence the sample prints verbatim on a few pages only (a company's boilerplate on
    each of its releases is another company's own text on the next), or a template sentence whose
    values change with the page (a skeleton's: "<Company> is a leading provider of <...> solutions
    headquartered in <town>."; the next company may write its boilerplate another way)."""
    cls = sample.classed.get((p, q))
    return (
        cls is None
        or cls.kind == "skeleton"
        or (
            cls.kind == "exact"
            and sentence_like(cls.example())
            and cls.support < STABLE_SHARE * len(sample.template.pages)
        )
    )


def _footer(sample: Sample, p: int, pos: int, end: int) -> int:
    """Where the footer begins under line `pos`: the body's end, or a line of the footer before it on
    a page whose marker is missing (see `Sample.footer`)."""
    return next((q for q in range(pos + 1, end) if id(sample.classed.get((p, q))) in sample.footer), end)


def _below(sample: Sample, o: Occ) -> list[tuple[int, int]]:
    """The positions under a heading's occurrence, inside the body (up to the footer, see `_footer`)."""
    end = _footer(sample, o.page, o.pos, sample.bounds[o.page][1])
    return [(o.page, q) for q in range(o.pos + 1, end)]


def _framed_share(sample: Sample, blocks: set[tuple[int, int]]) -> float:
    """The share of the bodies' other lines of the page's own that sit alone between a template line
    and a template line or a credit, as a framed caption does."""
    own = [
        (p, pos)
        for p, (start, end) in enumerate(sample.bounds)
        for pos in range(start + 1, end - 1)
        if (p, pos) not in sample.classed and (p, pos) not in blocks
    ]
    alone = [
        (p, pos)
        for p, pos in own
        if (p, pos - 1) in sample.classed and ((p, pos + 1) in sample.classed or _credit_like(sample.line(p, pos + 1)))
    ]
    return len(alone) / len(own) if own else 1.0


def _own_closer(sample: Sample, framed: list[tuple[Occ, tuple[list[str], LineClass | None]]]) -> bool:
    """Whether one template line closes every block, and is printed nowhere else in a body."""
    closers = {id(closer) for _, (_, closer) in framed}
    closer = framed[0][1][1]
    if closer is None or closers != {id(closer)} or closer.general:
        return False
    inside = [o for o in closer.occ if sample.inside(o.page, o.pos)]
    ends = {(o.page, o.pos + 1 + len(block)) for o, (block, _) in framed}
    return all((o.page, o.pos) in ends for o in inside)


def _echo_rule(sample: Sample, site_id: str, minimum: int, n: int) -> Rule | None:
    """A drop-echo rule, if enough pages print a line of their body again in a longer one."""
    found: list[str] = []
    pages: set[int] = set()
    for p, page in enumerate(sample.template.pages):
        start, end = sample.bounds[p]
        keys = {pos: line_key(line) for pos, line in enumerate(page.lines)}
        spaced = " ".join(keys.values())
        for pos in range(start, end):
            line = page.lines[pos]
            if words(line) >= SENTENCE_WORDS and (p, pos) not in sample.classed and _echo(sample, keys, spaced, p, pos):
                found.append(line)
                pages.add(p)
    if len(pages) < minimum:
        return None
    shortest = max(ECHO_FLOOR, min(map(len, found)))
    return Rule(
        id=f"{site_id}.echo",
        op="drop-echo",
        doc=f"Learned: a line repeating words of a longer line of the body (a pull quote, a summary of "
        f"the article's own sentences) on {len(pages)} of {n} sampled pages; for instance {_short(found[0])!r}.",
        params={"min_chars": shortest},
        matcher=Matcher(max_chars=round_up(max(map(len, found)) * ECHO_MARGIN + 10)),
    )


def _echo(sample: Sample, keys: dict[int, str], spaced: str, p: int, pos: int) -> bool:
    """Whether a body line is an echo as the engine finds one: inside a longer line, or a twin's copy
    (see `twinned`; a line under a template line inside the body sits under a box's label)."""
    start, _ = sample.bounds[p]
    labelled = start if pos - 1 >= start and (p, pos - 1) in sample.classed else None
    return echoed(keys, pos, spaced, start) or twinned(sample.template.pages[p].lines, keys, pos, labelled)


def _slug(text: str) -> str:
    found = SLUG_RE.findall(text.casefold())[:3]
    return "-".join(found) or "line"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\N{HORIZONTAL ELLIPSIS}"
