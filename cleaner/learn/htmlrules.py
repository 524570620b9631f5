"""HTML rules from an HTML sample: ``html-prune`` selectors for boilerplate elements, ``html-body`` for
the article's container.

The text rules are learned from what HTML mode extracts; these work on the pages' elements. An
element is named by its tag and one of its classes, or its id (``div.newsletter-box``, ``aside#related``),
and only by names that stay put: no generated class (``css-1q2w3e``, ``sc-bdfBwQ``, ``jsx-1622955855``),
no number that changes from page to page (``post-48213``, ``div-gpt-ad-1571234-3``). An element
with no such name is named by its heading when its first child is one: an XPath by the heading's
first word or two (``//div[*[1][self::h3][starts-with(normalize-space(), 'About ')]]``), kept only if
its boxes hold different text on different pages ("About <company>" over each company's boilerplate).

An ``html-prune`` candidate must find elements on enough pages, hold text HTML mode keeps that the
learned template says is not the article (a newsletter box inside the article's container, a
"Read more" paragraph, an ad label), and never hold a line of a page's article: every selector is
checked on every sample page against the article text learned from that page's extraction (a box
that holds template lines on nearly every page outvotes the article the template saw in its lines at
the end of the few others: a company the sample has once). An
``html-body`` candidate is the smallest element that holds the whole article on nearly every page
and leaves text that is not article out, or holds little but the article (trafilatura, left to
itself, takes the boxes beside a short story in); the lines it leaves out that a box of the
template holds (a company's boilerplate taken for article text) are then template. The chosen
selectors are then tried together, as the engine will apply them: a set that loses a line of any
page's article (trafilatura, given another tree, may choose another container) is cut back until
none does.
"""

from __future__ import annotations

import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

from .model import LearnOptions, Template, thresholds
from .sample import Extraction, SamplePage, Selectors, extraction

# Generated class names: CSS-in-JS prefixes, parts mixing letters and digits, page numbers, and
# short parts with random capitals ("bdfBwQ").
GENERATED_PREFIX_RE = regex.compile(r"(?:css|sc|jsx|emotion|svelte|styled|tw)-", regex.I)
MIXED_PART_RE = regex.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{4,}", regex.I)
NUMBER_PART_RE = regex.compile(r"\d{3,}")
RANDOM_CAPS_RE = regex.compile(r"[a-z]+[A-Z][a-z]?[A-Z][a-zA-Z]{0,3}")
NAME_RE = regex.compile(r"[A-Za-z_][\w-]*")
NAME_PARTS_RE = regex.compile(r"[-_]+")
# Elements never named: the document's frame, invisible ones, form parts.
SKIPPED_TAGS = frozenset(
    {"html", "head", "body", "script", "style", "noscript", "template", "svg", "path", "br", "hr", "img", "input"}
    | {"meta", "link", "iframe", "source", "picture", "video", "audio", "option", "select", "textarea"}
)
# A body line shorter than this (in words) only counts when it is the element's whole text:
# "Background" may be a subheading of the article and a word of a menu.
BODY_LINE_WORDS = 3
# html-body: found on this share of the pages, holding all but this share of the article's words.
BODY_SHARE = 0.9
BODY_MISSING_WORDS = 0.02
# Lines the container leaves out in a template box: at most this share of the article's words.
BOXED_WORDS = 0.25
# Article lines a box outvoted by the other pages holds (see `_outvoted`): at most this share of the words.
OUTVOTED_WORDS = 0.5
# A container that leaves no template line out holds at most this many words for each of the article's.
TIGHT_WORDS = 1.2
# A standfirst the article's container may leave out: its first lines, at most this many and this long.
HEAD_LINES = 2
HEAD_WORDS = 70
MAX_PRUNE = 12
# A box with no stable name is named by its heading's first words (see `_heading_names`).
HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
HEADING_PREFIX_WORDS = (1, 2)
HEADING_PREFIX_RE = regex.compile(r"'([^']*)'")


@dataclass(frozen=True)
class Candidate:
    """A selector and what it does on the sample."""

    css: str
    pages: frozenset[int]  # pages where it finds an element with text
    gain: dict[int, frozenset[int]]  # page -> positions (in PageFacts.leaked) of the lines it removes
    example: str  # the text of an element it finds

    def gain_pages(self, covered: dict[int, set[int]]) -> tuple[int, int]:
        """(pages, lines) of not yet covered template lines this selector removes."""
        fresh = [len(lines - covered.get(p, set())) for p, lines in self.gain.items()]
        return sum(n > 0 for n in fresh), sum(fresh)


@dataclass
class HtmlRules:
    """The selectors learned, with their evidence; `prune` in the order they were chosen."""

    prune: list[Candidate] = field(default_factory=list)
    body: Candidate | None = None
    rejected: list[str] = field(default_factory=list)  # selectors that would take article text
    extractions: list[Extraction] = field(default_factory=list)  # the sample with the selectors applied

    def selectors(self, site_id: str) -> Selectors:
        from cleaner.html import selector

        prune = [selector(c.css, prune_id(site_id, c.css)) for c in self.prune]
        body = [selector(self.body.css, body_id(site_id))] if self.body else []
        return prune, body


def prune_id(site_id: str, css: str) -> str:
    """The rule id of an html-prune selector: 'div.newsletter-box' -> '<site>.prune-newsletter-box'."""
    if css.startswith("/"):  # a box named by its heading's first words
        return f"{site_id}.prune-under-" + _heading_slug(HEADING_PREFIX_RE.search(css)[1])  # type: ignore[index]
    name = regex.split(r"[.#]", css, maxsplit=1)[-1]
    return f"{site_id}.prune-" + regex.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _heading_slug(words: str) -> str:
    """A heading's words as a rule id's part: in ASCII letters ("Į ateitį" -> "i-ateiti"), or, for a
    script without them, the words' checksum (so two boxes' ids differ)."""
    folded = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    slug = regex.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug or f"heading-{zlib.crc32(words.encode()):08x}"


def body_id(site_id: str) -> str:
    return f"{site_id}.article"


@dataclass
class PageFacts:
    """One sample page's elements by selector, and its article and template lines as word keys."""

    found: dict[str, list[str]]  # css -> keys of the outermost elements it finds
    body: list[str]  # keys of the article's lines
    leaked: list[str]  # keys of extracted lines, not removed by a structure rule, that are not article
    texts: dict[str, str] = field(default_factory=dict)  # css -> the text of the first element it finds
    head: int = 0  # how many of the first body lines are a headline's and a standfirst's worth


def learn(pages: Sequence[SamplePage], template: Template, options: LearnOptions, site_id: str) -> HtmlRules:
    """The html-prune and html-body selectors for a deduplicated HTML sample and its learned template."""
    facts = _varying_boxes([_facts(page, template, p) for p, page in enumerate(pages)])
    minimum, _ = thresholds(len(pages), options)
    facts = [_unboxed(f, lines) for f, lines in zip(facts, _outvoted(facts, minimum), strict=True)]
    rules = HtmlRules()
    rules.body, boxed = _container(facts, _boxes(facts, minimum), minimum)
    facts = [_unboxed(f, boxed.get(p, set())) for p, f in enumerate(facts)]
    candidates = list(_candidates(facts, rules, minimum))
    rules.prune = _greedy(candidates, minimum)
    _settle(rules, pages, facts, site_id)
    return rules


# --- what each page holds ----------------------------------------------------------------------------


def _facts(page: SamplePage, template: Template, p: int) -> PageFacts:
    from trafilatura.utils import load_html

    from cleaner.decode import decode
    from cleaner.html import key

    tree = load_html(decode(page.markup).text) if page.markup is not None else None
    found, texts = _elements(tree) if tree is not None else ({}, {})
    region = template.regions[p]
    template_lines = {o.pos for c in template.classes for o in c.occ if o.page == p}
    shared = _shared_lines(template)
    body, leaked = [], []
    for pos, (line, gone) in enumerate(zip(page.lines, page.marked or (False,) * len(page.lines), strict=True)):
        if gone:  # a structure rule removes it already
            continue
        own = region is not None and pos in region and pos not in template_lines and line not in shared
        (body if own else leaked).append(key(line))
    body = [k for k in body if k]
    return PageFacts(found, body, [k for k in leaked if k], texts, _head(body))


def _head(body: list[str]) -> int:
    """How many of the article's first lines could be a standfirst (the container may leave them out)."""
    count, size = 0, 0
    for line in body[:HEAD_LINES]:
        size += line.count(" ") + 1
        if size > HEAD_WORDS:
            break
        count += 1
    return count


def _elements(tree: object) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The keys of the elements each selector finds on a page, outermost ones only (an element inside
    another that the same selector finds goes with it), and the text of the first non-empty one."""
    from cleaner.html import VISIBLE_TEXT_XPATH, key

    found: dict[str, list[str]] = defaultdict(list)
    texts: dict[str, str] = {}
    taken: dict[str, set[int]] = defaultdict(set)
    for element in tree.iter():  # type: ignore[attr-defined]
        if not isinstance(element.tag, str) or element.tag in SKIPPED_TAGS:
            continue
        names = _names(element) or _heading_names(element)
        if not names:
            continue
        ancestors = {id(up) for up in element.iterancestors()}
        text = None
        for css in names:
            taken[css].add(id(element))
            if ancestors & taken[css]:
                continue
            if text is None:
                raw = " ".join(" ".join(VISIBLE_TEXT_XPATH(element)).split())
                text = key(raw)
            found[css].append(text)
            if text and css not in texts:
                texts[css] = raw
    return dict(found), texts


def _names(element: object) -> list[str]:
    tag = element.tag  # type: ignore[attr-defined]
    classes = (element.get("class") or "").split()  # type: ignore[attr-defined]
    names = [f"{tag}.{c}" for c in dict.fromkeys(classes) if stable(c)]
    ident = (element.get("id") or "").strip()  # type: ignore[attr-defined]
    if ident and stable(ident):
        names.append(f"{tag}#{ident}")
    return names


def _heading_names(element: object) -> list[str]:
    """XPath names of a box that has no stable class or id, by its heading: the element whose first
    child is a heading starting with the same word or two on every page, the rest varying ("About
    <company>", "Trumpai apie <company>"). The sample decides which prefix, if any, holds: a name
    finding the same text on every page is dropped (`_varying_boxes`), and one is chosen, like a
    class, only if its boxes hold template lines and never the article's (see `_outvoted`)."""
    first = element[0] if len(element) else None  # type: ignore[arg-type, index]
    if first is None or first.tag not in HEADING_TAGS or (element.text or "").strip():  # type: ignore[attr-defined]
        return []
    words = first.text_content().split()
    prefixes = (" ".join(words[:size]) + " " for size in HEADING_PREFIX_WORDS if len(words) > size)
    return [
        f"//{element.tag}[*[1][self::{first.tag}][starts-with(normalize-space(), '{prefix}')]]"  # type: ignore[attr-defined]
        for prefix in prefixes
        if "'" not in prefix
    ]


def _varying_boxes(facts: list[PageFacts]) -> list[PageFacts]:
    """The facts without the names by a heading that find the same text on every page: such a name
    is to find a kind of box, whose text varies (a company's name and boilerplate), not one box that
    recurs (a recipe on several pages of the sample)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for css, keys in f.found.items():
            if css.startswith("/"):
                seen[css].update(keys)
    fixed = {css for css, keys in seen.items() if len(keys) < 2}
    for f in facts:
        for css in fixed & f.found.keys():
            del f.found[css]
    return facts


def stable(name: str) -> bool:
    """Whether a class or id can name an element on every page: not generated, no page number."""
    if not NAME_RE.fullmatch(name) or GENERATED_PREFIX_RE.match(name):
        return False
    return not any(
        MIXED_PART_RE.fullmatch(part) or NUMBER_PART_RE.fullmatch(part) or RANDOM_CAPS_RE.fullmatch(part)
        for part in NAME_PARTS_RE.split(name)
    )


def _shared_lines(template: Template) -> set[str]:
    counts = Counter(line for page in template.pages for line in set(page.lines))
    return {line for line, n in counts.items() if n > 1}


def holds(element: str, line: str) -> bool:
    """Whether an element's key holds a line's key (as whole words)."""
    return f" {line} " in f" {element} "


def holds_article(elements: list[str], body: list[str]) -> bool:
    """Whether any of a page's elements holds a line of its article."""
    return any(
        element == line or (line.count(" ") + 1 >= BODY_LINE_WORDS and holds(element, line))
        for element in elements
        for line in body
    )


def _outvoted(facts: list[PageFacts], minimum: int) -> list[set[str]]:
    """On each page, the article lines held by a box that holds template lines on nearly every page
    and article lines on few, when they are the article's last lines and not the most of it.

    The text template learns a company's boilerplate under "About <company>" from the pages that
    repeat it; on the one page of a company the sample has once, the same box, named the same way,
    reads as the article's own closing paragraph. Nearly every page outvotes it. Boxes one under the
    other are outvoted from the last up.
    """
    found: list[set[str]] = [set() for _ in facts]
    names = sorted({css for f in facts for css in f.found})
    changed = True
    while changed:
        changed = False
        for css in names:
            pages = [p for p, f in enumerate(facts) if any(f.found.get(css, ()))]
            gain = [p for p in pages if _holds_any(facts[p].found[css], facts[p].leaked)]
            held = {p: lines for p in pages if (lines := _held(facts[p], css, found[p]))}
            if len(gain) < max(minimum, BODY_SHARE * len(pages)) or len(pages) - len(held) < BODY_SHARE * len(pages):
                continue
            for p, lines in held.items():
                found[p] |= lines
                changed = True
    return found


def _held(facts: PageFacts, css: str, gone: set[str]) -> set[str]:
    """The article lines (but `gone`) the page's elements `css` hold, if they are its last lines and
    not the most of it."""
    body = [line for line in facts.body if line not in gone]
    held = [i for i, line in enumerate(body) if _holds_any(facts.found[css], [line])]
    words = sum(body[i].count(" ") + 1 for i in held)
    if not held or held != list(range(len(body) - len(held), len(body))):
        return set()
    return {body[i] for i in held} if words <= OUTVOTED_WORDS * sum(line.count(" ") + 1 for line in body) else set()


def _holds_any(elements: list[str], lines: list[str]) -> bool:
    return any(holds(e, line) for e in elements if e for line in lines)


# --- html-prune ----------------------------------------------------------------------------------------


def _candidates(facts: list[PageFacts], rules: HtmlRules, minimum: int) -> Iterator[Candidate]:
    """Selectors that remove template lines on some page and never a line of an article (those that
    would on `minimum` pages or more, and find article text, are noted in `rules.rejected`)."""
    names = sorted({css for f in facts for css in f.found})
    for css in names:
        pages = frozenset(p for p, f in enumerate(facts) if any(f.found.get(css, ())))
        gain = {}
        for p in pages:
            elements = [e for e in facts[p].found[css] if e]
            lines = frozenset(i for i, line in enumerate(facts[p].leaked) if any(holds(e, line) for e in elements))
            if lines:
                gain[p] = lines
        if not gain:
            continue
        if any(holds_article(facts[p].found[css], facts[p].body) for p in pages):
            if len(gain) >= minimum and not any(holds_article(facts[p].found[css], facts[p].body) for p in gain):
                rules.rejected.append(css)  # a boilerplate element, but on some other page it holds article text
            continue
        yield Candidate(css, pages, gain, facts[min(gain)].texts.get(css, ""))


def _greedy(candidates: list[Candidate], minimum: int) -> list[Candidate]:
    """Selectors in the order of the pages on which they remove template lines nothing chosen
    removes yet, while that is at least `minimum`; on a tie, the one removing more lines, then the
    shorter name."""
    chosen: list[Candidate] = []
    covered: dict[int, set[int]] = defaultdict(set)
    pending = list(candidates)
    while pending and len(chosen) < MAX_PRUNE:
        best = max(pending, key=lambda c: (*c.gain_pages(covered), -len(c.css), c.css))
        if best.gain_pages(covered)[0] < minimum:
            break
        chosen.append(best)
        pending.remove(best)
        for p, lines in best.gain.items():
            covered[p] |= lines
    return chosen


# --- html-body -----------------------------------------------------------------------------------------


def _container(
    facts: list[PageFacts], boxes: frozenset[str], minimum: int
) -> tuple[Candidate | None, dict[int, set[str]]]:
    """The smallest element holding the article on nearly every page (one element a page), and on
    each page the lines taken for the article that it leaves out because a template box holds them.

    It is worth a rule even when the sample's extractions leave nothing out of it, if it holds
    little besides the article: trafilatura chooses its container page by page, and on a page with
    a short article it takes in the boxes beside the story (the company's boilerplate under a press
    release) that it left out on the long ones.

    The container may leave out a standfirst: the article's first line or two, a headline's and a
    standfirst's worth, set apart above the container (they count as what it leaves out). It may
    also leave out lines the learned template takes for the article when a template box beside it
    holds them (see `_boxed_out`): the company's boilerplate, whose name and sentences change with
    the company, a summary box over the story.
    """
    best: tuple[int, Candidate, dict[int, set[str]]] | None = None
    names = sorted({css for f in facts for css in f.found})
    for css in names:
        pages = [p for p, f in enumerate(facts) if len(f.found.get(css, ())) == 1 and f.body]
        if len(pages) < BODY_SHARE * len(facts):
            continue
        found = {p: _boxed_out(css, facts[p], boxes) for p in pages}
        boxed = {p: lines for p, lines in found.items() if lines is not None}
        if len(boxed) < len(pages):
            continue
        gain = {p: lines for p in pages if (lines := _left_out(facts[p].found[css][0], facts[p], boxed[p]))}
        if len(gain) < minimum and not _mostly_article(css, [facts[p] for p in pages]):
            continue
        size = sum(len(facts[p].found[css][0]) for p in pages)
        candidate = Candidate(css, frozenset(pages), gain, facts[pages[0]].texts.get(css, ""))
        if best is None or size < best[0]:
            best = (size, candidate, {p: lines for p, lines in boxed.items() if lines})
    return (best[1], best[2]) if best else (None, {})


def _left_out(element: str, facts: PageFacts, boxed: set[str]) -> frozenset[int]:
    """Positions of the template lines a container leaves out (the article's, counted from -1 back:
    its standfirst and the lines of a box beside it)."""
    outside = {i for i, line in enumerate(facts.leaked) if not holds(element, line)}
    outside |= {-1 - i for i, line in enumerate(facts.body[: facts.head]) if not holds(element, line)}
    outside |= {-1 - i for i, line in enumerate(facts.body) if line in boxed}
    return frozenset(outside)


def _mostly_article(css: str, facts: list[PageFacts]) -> bool:
    """Whether the elements `css` finds hold little besides the article (a container that leaves no
    template line out on the sample is worth a rule only as the story's own box, not the page's)."""
    held = sum(f.found[css][0].count(" ") + 1 for f in facts)
    article = sum(line.count(" ") + 1 for f in facts for line in f.body)
    return held <= TIGHT_WORDS * article


def _boxed_out(css: str, facts: PageFacts, boxes: frozenset[str]) -> set[str] | None:
    """The article lines (past its standfirst) that the page's element `css` leaves out and an
    element of a template box not around it holds; None unless `css` holds all the others but a
    few words and the boxed ones are a small part of the article. An article no longer than a
    standfirst (a short notice with a template correction under it) is judged on its own lines."""
    element = facts.found[css][0]
    rest = facts.body[facts.head :] or facts.body
    words = sum(line.count(" ") + 1 for line in rest)
    missing = [line for line in rest if not holds(element, line)]
    around = [key for box in boxes - {css} for key in facts.found.get(box, ()) if key and not holds(key, element)]
    boxed = {line for line in missing if any(holds(key, line) for key in around)}
    loose = sum(line.count(" ") + 1 for line in missing if line not in boxed)
    inside = sum(line.count(" ") + 1 for line in boxed)
    if words == 0 or loose > BODY_MISSING_WORDS * words or inside > BOXED_WORDS * words:
        return None
    return boxed


def _boxes(facts: list[PageFacts], minimum: int) -> frozenset[str]:
    """Selectors of the template's boxes: their elements hold template lines on `minimum` pages or more
    (a heading, a label or a note the template prints), whatever else they hold."""
    return frozenset(
        css
        for css in {css for f in facts for css in f.found}
        if sum(any(holds(e, line) for e in f.found.get(css, ()) if e for line in f.leaked) for f in facts) >= minimum
    )


def _unboxed(facts: PageFacts, boxed: set[str]) -> PageFacts:
    """The page's facts with the lines a box beside the article's container holds taken for template."""
    if not boxed:
        return facts
    body = [line for line in facts.body if line not in boxed]
    return PageFacts(facts.found, body, facts.leaked + sorted(boxed), facts.texts, _head(body))


# --- together ------------------------------------------------------------------------------------------


def _settle(rules: HtmlRules, pages: Sequence[SamplePage], facts: list[PageFacts], site_id: str) -> None:
    """Extract every page with the chosen selectors; while a page loses a line of its article, drop
    the html-body selector, then the prune selectors that find something on that page (the last
    chosen first)."""
    while True:
        extractions = [extraction(page.markup or "", page.url, rules.selectors(site_id)) for page in pages]
        head = rules.body is not None  # the container may leave a standfirst out
        lost = next((p for p, found in enumerate(extractions) if _loses_article(found, facts[p], head)), None)
        if lost is None:
            rules.extractions = extractions
            return
        if rules.body is not None:
            rules.rejected.append(rules.body.css)
            rules.body = None
            continue
        culprit = next((c for c in reversed(rules.prune) if lost in c.pages), rules.prune[-1] if rules.prune else None)
        if culprit is None:
            rules.extractions = extractions
            return
        rules.rejected.append(culprit.css)
        rules.prune.remove(culprit)


def _loses_article(found: Extraction, facts: PageFacts, head: bool) -> bool:
    from cleaner.html import key

    text = " ".join(key(line) for line, gone in zip(found.lines, found.removed, strict=True) if not gone)
    body = facts.body[facts.head :] if head else facts.body
    return any(not holds(text, line) for line in body if line.count(" ") + 1 >= BODY_LINE_WORDS)
