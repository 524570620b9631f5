"""Counting lines under their keys, and choosing the classes that are the site's template.

A class is a key (see ``lines``) and every sample line counted under it. It is a candidate when
it is seen on enough pages; it is accepted when it covers lines no accepted class of its kind
covers yet, and when the guard lets it through: a class that would remove lines reading like
article sentences inside the body of a page is rejected (and reported).
"""

from __future__ import annotations

import functools
import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator

import regex

from .lines import (
    CLOSING_QUOTES,
    LEAD_SEP,
    MAX_SLOT_TOKENS,
    SENTENCE_END_RE,
    affixes,
    bracket_keys,
    edge_keys,
    exact_key,
    frame_keys,
    headline_like,
    lead_splits,
    line_exact_key,
    names_site,
    quoted,
    row_key,
    sentence_like,
    slot_keys,
    title_like,
    tokens,
    words,
)
from .model import LearnOptions, LineClass, Occ, thresholds
from .patterns import round_up, token_regex
from .sample import SamplePage
from .skeletons import skeleton_keys

# Among general classes covering as many pages, the narrower wins.
GENERALITY = {
    "exact": 0,
    "slot1": 1,
    "prefix": 2,
    "suffix": 3,
    "credit": 4,
    "credits": 5,
    "slot2": 6,
    "slot3": 7,
    "frame": 8,
    "bracket": 9,
    "skeleton": 10,
    "row": 11,
}
GUARD_SHARE = 0.25
ABOVE_SHARE = 0.75  # the template line under a sentence may be one the sample's classes miss now and then
MIN_VARIANTS = 3
LEAD_REST_WORDS = 3
LABEL_SHARE = 0.9
# A line ending with a full stop (and closing quotes): a sentence's end, not a headline's.
FULL_STOP_RE = regex.compile(rf"[.\N{{IDEOGRAPHIC FULL STOP}}][{CLOSING_QUOTES}]*\s*$")
MANY_VARIANTS = 6
PHRASED = frozenset({"frame", "bracket", "skeleton"})  # kinds whose open spans are phrases (see `phrase_chars`)
AFFIX_KINDS = frozenset({"prefix", "suffix", "credit", "credits"})
# Per page: its body's line positions ("region") and those that read like sentences ("sentences").
BodyLines = dict[int, dict[str, set[int]]]


def line_keys(line: str) -> tuple[tuple[str, str, Occ], ...]:
    """(stage, key, occurrence-without-page) for every key a line is counted under."""
    toks = tokens(line)
    if not toks:
        return (("exact", "=" + line, Occ(-1, -1, line)),)
    found = [("exact", exact_key(toks), Occ(-1, -1, line))]
    found += [(f"slot{len(opened)}", key, Occ(-1, -1, line, open=opened)) for key, opened in slot_keys(line, toks)]
    found += [(a.kind, a.key, Occ(-1, -1, line, a.literal, a.rest)) for a in affixes(line, toks)]
    if (row := row_key(line)) is not None:
        found.append(("row", row, Occ(-1, -1, line)))
    if SENTENCE_END_RE.search(line):  # a hard-wrapped paragraph's lines share phrases ("<..> as well as <..>")
        found += [("bracket", key, Occ(-1, -1, line, open=opened)) for key, opened in bracket_keys(toks)]
    return tuple(found)


def lead_keys(
    line: str, whole: frozenset[str], labels: frozenset[str] = frozenset()
) -> tuple[tuple[str, str, Occ], ...]:
    """A label run straight into a headline, without a separator ("READ ALSO <title>"): the line's
    first one to MAX_PREFIX_WORDS words, when what follows them reads like a title and is a line the
    sample prints whole elsewhere (a headline in a list of stories), or they are one of `labels`
    (see `lead_labels`)."""
    found = []
    for label, rest in lead_splits(line):
        if (
            (rest in whole or (label in labels and not _separated(line)))
            and words(rest) >= LEAD_REST_WORDS
            and title_like(rest)
        ):
            found.append(("prefix", f"{exact_key(tokens(label))} {LEAD_SEP}", Occ(-1, -1, line, label, rest)))
    return tuple(found)


def lead_labels(pages: list[SamplePage], minimum: int) -> frozenset[str]:
    """Words that begin lines reading like headlines (MIN_VARIANTS of them at least) on `minimum`
    pages at least, that the sample prints nowhere else as written (LABEL_SHARE of their lines at
    least) and never before a line ending with a full stop: a label the site runs into a headline
    without a separator ("READ ALSO <title>", in Korean without a colon), whatever the headline. A
    word of the language ("The", "Die") begins some sentence of the sample, or is printed inside one.
    The longest such label stands for the shorter ones it begins ("READ ALSO", not "READ")."""
    starts: defaultdict[str, set[int]] = defaultdict(set)
    rests: defaultdict[str, set[str]] = defaultdict(set)
    for p, page in enumerate(pages):
        for line in filter(_unseparated, page.lines):
            for label, rest in lead_splits(line):
                if headline_like(rest) and all(t.kind == "word" for t in tokens(label)):
                    starts[label].add(p)
                    rests[label].add(rest)
    found = {label for label, on in starts.items() if len(on) >= minimum and len(rests[label]) >= MIN_VARIANTS}
    found = {label for label in found if not any(other.startswith(label + " ") for other in found)}
    if not found:
        return frozenset()
    lines = [line for page in pages for line in page.lines]

    def label_only(label: str) -> bool:
        led = [line for line in lines if line.startswith(label + " ")]
        if any(FULL_STOP_RE.search(line) for line in led):
            return False  # it begins a sentence somewhere: a word of the language
        return len(led) >= LABEL_SHARE * sum(label in line for line in lines)

    return frozenset(label for label in found if label_only(label))


def _separated(line: str) -> bool:
    """Whether the line begins with a label and its separator ("Read more: <title>"): a prefix class
    counts it already."""
    return any(a.kind == "prefix" for a in affixes(line, tokens(line)))


def _unseparated(line: str) -> bool:
    return not _separated(line)


def count(pages: list[SamplePage], options: LearnOptions) -> list[LineClass]:
    """Candidate classes: keys seen on enough pages, with all their occurrences."""
    exact_min, general_min = thresholds(len(pages), options)
    whole = frozenset(line for page in pages for line in page.lines)
    labels = lead_labels(pages, general_min)
    edges = common_edges(pages, general_min)
    skeletons = skeleton_keys(pages, general_min)
    # template lines repeat on every page
    keys_of = functools.lru_cache(maxsize=None)(
        lambda line: (
            line_keys(line)
            + lead_keys(line, whole, labels)
            + framed_keys(line, edges)
            + tuple(("skeleton", key, Occ(-1, -1, line, open=opened)) for key, opened in skeletons.get(line, ()))
        )
    )
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


def common_edges(pages: list[SamplePage], minimum: int) -> frozenset[str]:
    """The beginnings and ends of lines (see `lines.edge_keys`) seen on `minimum` pages at least."""
    df: Counter[str] = Counter()
    for page in pages:
        df.update({key for line in page.lines for key in edge_keys(tokens(line))})
    return frozenset(key for key, n in df.items() if n >= minimum)


def framed_keys(line: str, edges: frozenset[str]) -> tuple[tuple[str, str, Occ], ...]:
    """A line's keys with one phrase open (see `lines.frame_keys`), when it begins or ends as lines
    on several pages do: only then can it be a template sentence with a varying phrase."""
    toks = tokens(line)
    if not toks or not any(key in edges for key in edge_keys(toks)):
        return ()
    return tuple(("frame", key, Occ(-1, -1, line, open=opened)) for key, opened in frame_keys(toks))


def phrase_chars(cls: LineClass) -> int:
    """How long a frame's open phrase may be: half as long again as the longest the sample shows."""
    longest = 0
    for o in cls.occ:
        toks = tokens(o.line)
        longest = max(longest, *(toks[b - 1].end - toks[a].start for a, b in o.open))
    return round_up(longest * 1.5)


def _valid(cls: LineClass) -> bool:
    """A general class must have a part that really varies, and one pattern for all its lines.

    Varying means at least MIN_VARIANTS wordings, none of them on half of the class's pages: a
    closed set ("Previous article", "Next article") is better written as its lines. An open set
    varies even when one of its wordings is on half its pages (see `_open_set`).
    """
    if cls.kind == "exact":
        return True
    variants = (o.rest.casefold() if cls.kind in AFFIX_KINDS else line_exact_key(o.line) for o in cls.occ)
    pages: defaultdict[str, set[int]] = defaultdict(set)
    for o, variant in zip(cls.occ, variants, strict=True):
        pages[variant].add(o.page)
    if len(pages) < MIN_VARIANTS:
        return False
    if max(map(len, pages.values())) * 2 >= cls.support and not _open_set(pages, cls):
        return False
    if not cls.kind.startswith("slot") and cls.kind not in PHRASED:
        return True
    example = cls.example()
    opened = next(o.open for o in cls.occ if o.line == example)
    phrase = phrase_chars(cls) if cls.kind in PHRASED else 0
    return any(
        all(pattern.fullmatch(o.line) for o in cls.occ)
        for pattern in (
            regex.compile(token_regex(example, opened, exact_gaps=gaps, phrase=phrase)) for gaps in (True, False)
        )
    )


# --- 2. selection ------------------------------------------------------------------------------------


def select(
    classes: list[LineClass],
    n: int,
    options: LearnOptions,
    body_like: BodyLines | None,
    headlines: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> tuple[list[LineClass], list[LineClass]]:
    """Accepted classes and the ones the guard rejected.

    Exact classes, then general ones, each compete on how many pages of lines not yet covered by
    their own kind they cover; so one class for "<date> | By <name>" wins over one per author, and
    on a tie the narrower one wins. Exact classes a general one covers entirely are left out.
    `body_like` gives each page's body lines and its sentence-like ones (see `regions.body_lines`);
    without it (the first pass) every sentence-like line counts, wherever it is. `headlines` are
    lines the sample prints whole somewhere: a label followed by one of them is a teaser. `names`
    name the site: a sentence naming it on several pages is the site's notice.
    """
    exact_min, general_min = thresholds(n, options)
    accepted: list[LineClass] = []
    rejected: list[LineClass] = []

    def passes(cls: LineClass) -> bool:
        return not _hits_body(cls, body_like, n, options, headlines, names)

    for stage, minimum in (("exact", exact_min), ("general", general_min)):
        for cls, ok in _greedy([c for c in classes if (c.kind == "exact") == (stage == "exact")], minimum, passes):
            (accepted if ok else rejected).append(cls)
    kept = _new_lines(above_template(rejected, accepted, body_like), accepted)
    for cls in kept:
        cls.spared = "above-template"
    accepted += kept
    rejected = [c for c in rejected if not any(c is k for k in kept)]
    general = {(o.page, o.pos) for c in accepted if c.general for o in c.occ}
    accepted = [c for c in accepted if c.general or any((o.page, o.pos) not in general for o in c.occ)]
    return accepted, rejected


def _new_lines(found: list[LineClass], accepted: list[LineClass]) -> list[LineClass]:
    """The classes of `found`, widest first, that take lines no accepted class nor one before them
    takes: rejected classes no longer shadow each other (see `_greedy`), so several keys of one line
    may be let through at once."""
    covered = {(o.page, o.pos) for c in accepted for o in c.occ}
    kept = []
    for cls in sorted(found, key=lambda c: (-c.support, GENERALITY[c.kind], c.key)):
        if any((o.page, o.pos) not in covered for o in cls.occ):
            kept.append(cls)
            covered.update((o.page, o.pos) for o in cls.occ)
    return kept


def _greedy(
    pending: list[LineClass], minimum: int, passes: Callable[[LineClass], bool]
) -> Iterator[tuple[LineClass, bool]]:
    """Classes in the order of the pages of not yet covered lines they cover, while that is at least
    `minimum` (lazy greedy: a class's count only falls as others are taken, so a stale count that
    still leads is checked again before it is trusted), each with whether it `passes` the guard.
    A rejected class covers nothing: a narrower one may still take its lines ("Correction (<date>):
    <sentence>" is body-like as a label and its rest, not as the one sentence it always is)."""
    heap = [(-cls.support, GENERALITY[cls.kind], cls.key, i) for i, cls in enumerate(pending)]
    heapq.heapify(heap)
    covered: set[tuple[int, int]] = set()
    while heap:
        stale, rank, key, i = heapq.heappop(heap)
        fresh = len({o.page for o in pending[i].occ if (o.page, o.pos) not in covered})
        if fresh < -stale:
            if fresh >= minimum:
                heapq.heappush(heap, (-fresh, rank, key, i))
            continue
        if fresh < minimum:
            return
        ok = passes(pending[i])
        if ok:
            covered.update((o.page, o.pos) for o in pending[i].occ)
        yield pending[i], ok


def _hits_body(
    cls: LineClass,
    body_like: BodyLines | None,
    n: int,
    options: LearnOptions,
    headlines: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> bool:
    """The guard: would `cls` remove article sentences?

    A verbatim line (or a long one with one word open: "Send photos to <address>.") is spared
    when it is on so many pages that it cannot be one article's text, or when it names the site
    (different articles do not repeat a sentence about the site itself). A general class is
    rejected when a quarter of its lines in bodies read like sentences (a "Read also:" teaser
    whose title ends in a question mark now and then is still a teaser). A label
    followed by a headline the sample prints as a line of its own (in a list of stories) is a
    teaser, however its headline ends. A verbatim line that, wherever it is inside a body, sits
    between two sentences of the page's own (see `regions.body_lines`) is a notice set into the
    article, on however few pages.
    """
    if body_like is None:
        inside = cls.occ
        hits = [o for o in cls.occ if sentence_like(o.line)] if cls.general else []
    else:
        inside = [o for o in cls.occ if o.pos in body_like.get(o.page, {}).get("region", ())]
        hits = [o for o in cls.occ if o.pos in body_like.get(o.page, {}).get("sentences", ())]
    hits = [o for o in hits if not (o.rest and o.rest.strip() in headlines)]
    if not hits:
        return False
    if cls.general and not _long_slot(cls):
        return len(hits) >= GUARD_SHARE * len(inside)
    if body_like is not None and islanded(cls, body_like):
        return False
    return cls.support < template_share(n, options) and not names_site(cls.example(), names)


def above_template(
    rejected: list[LineClass], accepted: list[LineClass], body_like: BodyLines | None
) -> list[LineClass]:
    """Rejected classes whose lines inside a body (ABOVE_SHARE of them) stand under the article's
    text, just above a template line (an accepted class's, or one of a class found so, as
    "<reviewer line>" over "<release line>" over "Wishlist <game> on Steam"): a sentence the
    template fills per story and prints under the article ("<name> is a junior studying history."
    over "A version of this story ran in print on <date>."). An article's own closing lines do not
    share a key across pages, and one of its sentences in the middle has the article's text below
    it (a caption over its credit too). Only classes whose lines are mostly their own fixed words
    are let through so: a label ("Q: <question>") or a row may begin an article's last paragraph on
    many pages, and a verbatim line may end several articles (they end alike more often than they
    begin alike). The line under it may be one of another class the guard rejected ("Correction:
    <what was wrong>."), as long as no sentence of the page's own follows."""
    if body_like is None:
        return []
    # a line of a general class, rejected or not, is one the sample shows on other pages too
    template = {(o.page, o.pos) for c in accepted + [c for c in rejected if c.general] for o in c.occ}
    below = {(page, pos - 1) for page, pos in template}
    pending = [c for c in rejected if c.kind.startswith("slot") or c.kind in PHRASED]
    found: list[LineClass] = []
    while grown := [c for c in pending if _above(c, body_like, below, template)]:
        found += grown
        below.update((o.page, o.pos - 1) for c in grown for o in c.occ)
        pending = [c for c in pending if not any(c is g for g in grown)]
    return found


def _above(cls: LineClass, body_like: BodyLines, below: set[tuple[int, int]], template: set[tuple[int, int]]) -> bool:
    """Whether ABOVE_SHARE of the class's lines inside a body stand over a template line, with no
    sentence of the page's own under them."""
    inside = [o for o in cls.occ if o.pos in body_like.get(o.page, {}).get("region", ())]

    def under_text(o: Occ) -> bool:
        later = (q for q in body_like[o.page]["sentences"] if q > o.pos)
        return (o.page, o.pos) in below and all((o.page, q) in template for q in later)

    return bool(inside) and sum(map(under_text, inside)) >= ABOVE_SHARE * len(inside)


def islanded(cls: LineClass, body_like: BodyLines) -> bool:
    """A verbatim line that, wherever it is inside a body, is one of its islands (see
    `regions.body_lines`): a notice the template sets between paragraphs, wherever it falls."""
    inside = [o for o in cls.occ if o.pos in body_like.get(o.page, {}).get("region", ())]
    return cls.kind == "exact" and all(o.pos in body_like[o.page].get("islands", ()) for o in inside)


def _open_set(pages: dict[str, set[int]], cls: LineClass) -> bool:
    """Whether a class's wordings are a sample of an open set though one of them is on half its
    pages: MANY_VARIANTS of them; or a page never shows two of them, as a slot's value ("Energy
    rating D" on half the pages, "A", "C", "F" on the others), where a closed set's lines stand
    together ("Previous article" over "Next article"); or a long line with one word open."""
    one_each = sum(map(len, pages.values())) == cls.support
    return len(pages) >= MANY_VARIANTS or one_each or (_long_slot(cls) and cls.kind != "skeleton")


def _long_slot(cls: LineClass) -> bool:
    """A long line, or a sentence, with one word open, or with what it quotes open: nearly verbatim,
    it is judged as a verbatim line is ("Send photos to <address>." with the desk's address varying
    per page; "This article contains spoilers for '<title>'.")."""
    if cls.kind in ("frame", "skeleton"):
        return True
    if not cls.kind.startswith("slot"):
        return False
    example = cls.example()
    if cls.kind != "slot1":
        return quoted(example, next(o.open for o in cls.occ if o.line == example))
    return len(tokens(example)) > MAX_SLOT_TOKENS or sentence_like(example)


def points_to_headline(line: str, headlines: frozenset[str]) -> bool:
    """Whether `line` is a label and a headline the sample prints as a line of its own (a teaser),
    after a separator or not ("READ ALSO <title>", see `lead_keys`)."""
    if any(rest in headlines for _, rest in lead_splits(line)):
        return True
    return any(a.rest.strip() in headlines for a in affixes(line, tokens(line)) if a.kind == "prefix")


def template_share(n: int, options: LearnOptions) -> float:
    """On this many pages a verbatim sentence is template, not any article's text."""
    return max(4, options.template_share * n)
