"""The operations a rule can declare, one entry each in ``OPS``.

Rules are data: a YAML rule names one of these operations with ``op:`` and gives its settings.
Each operation's docstring below is its user documentation (``cleaner rules ops`` prints it).
The engine applies operations by phase: ``title``, then ``body-start`` and ``body-end`` (which set
the body's boundaries), then ``keep`` and ``drop`` inside the body.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from cleaner.errors import RuleTimeout
from cleaner.matchers import REGEX_TIMEOUT, LineIndex, Matcher, line_key
from cleaner.schema import Field

MATCHER_FIELDS: dict[str, Field] = {
    "exact": Field("strings", "Lines equal to one of these (after stripping spaces)."),
    "normalized": Field(
        "strings", "Lines whose normalised form (case-folded, digits as 0, letters and digits) is listed."
    ),
    "regex": Field("regexes", "Regular expressions that must match the whole stripped line."),
    "max_chars": Field("int", "Never match lines longer than this."),
}
COMMON_FIELDS: dict[str, Field] = {
    "id": Field("str", "Unique rule id, e.g. 'eureporter.ad-label', shown wherever it removes a line.", True),
    "op": Field(
        "str",
        "The operation: drop, drop-block, drop-echo, keep, title, body-start, body-end, html-prune or html-body.",
        True,
    ),
    "doc": Field("str", "What the rule removes and why."),
    "examples": Field("mapping", "Lines the rule's matcher must match ('match') and must not ('no_match')."),
}
EXAMPLE_FIELDS: dict[str, Field] = {
    "match": Field("strings", "Lines this rule must match."),
    "no_match": Field("strings", "Lines this rule must leave alone."),
}


@dataclass(frozen=True)
class Rule:
    """One compiled rule, with where it was declared."""

    id: str
    op: str
    file: str
    line: int
    match: Matcher = field(default_factory=Matcher)
    params: Mapping[str, Any] = field(default_factory=dict)
    doc: str = ""
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class OpSpec:
    """An operation: when it runs, the settings it accepts besides the matcher, and what it does.

    ``apply(page, rules)`` runs all rules of this op that apply to a page, in order; its docstring
    is the operation's user documentation.
    """

    phase: int
    fields: Mapping[str, Field]
    apply: Callable[[Page, RuleGroup], None]
    matcher: str = "required"  # whether the rule's own line matcher is "required", "optional" or "none"

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.apply.__doc__ or "")


# A drop-block rule takes at most this many lines under its heading unless it says otherwise.
BLOCK_LINES = 6
# A drop-echo rule leaves lines shorter than this alone unless it says otherwise.
ECHO_MIN_CHARS = 40
# A line set whole in quotation marks (a pull quote), in any language's marks or corner brackets.
QUOTED_RE = regex.compile(
    r'\s*["\p{Pi}\N{DOUBLE LOW-9 QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}\N{LEFT CORNER BRACKET}'
    r'\N{LEFT WHITE CORNER BRACKET}].{2,}["\p{Pi}\p{Pf}\N{RIGHT CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}]\s*'
)
# Page.first remembers its answers for lines up to this long.
REMEMBERED_LINE = 80
_UNSEEN = object()


@dataclass
class Page:
    """The working state of one document while rules run over its lines."""

    lines: list[str]
    verdicts: list[Rule | None]
    protected: list[bool]
    start: int = 0
    end: int = 0
    title: str | None = None
    keys: list[str | None] = field(default_factory=list)
    start_found: bool = False  # a body-start rule found its marker
    end_found: bool = False  # a body-end rule found its marker
    # What `first` answered for a short line and a rule group: labels and menu items repeat.
    answers: dict[tuple[RuleGroup, str], Rule | None] = field(default_factory=dict)

    @classmethod
    def of(cls, lines: list[str]) -> Page:
        n = len(lines)
        return cls(lines, [None] * n, [False] * n, 0, n, None, [None] * n)

    def key(self, i: int) -> str:
        key = self.keys[i]
        if key is None:
            key = self.keys[i] = line_key(self.lines[i])
        return key

    def matches(self, rule: Rule, matcher: Matcher, i: int) -> bool:
        """Whether `matcher` (belonging to `rule`) matches line `i`; a regex timeout names the rule."""
        try:
            return matcher.matches(self.lines[i], self.key(i) if matcher.keys else None)
        except TimeoutError:
            raise RuleTimeout(rule.id, rule.where, REGEX_TIMEOUT) from None

    def nonblank(self, start: int, stop: int, limit: int | None = None) -> list[int]:
        """Indices of the non-empty lines in ``[start, stop)``, at most `limit` of them."""
        lines = self.lines
        if limit is None:  # (every line: a list comprehension is twice as fast as the generator)
            return [i for i in range(start, stop) if lines[i]]
        return list(itertools.islice((i for i in range(start, stop) if lines[i]), limit))

    def first(self, group: RuleGroup, i: int) -> Rule | None:
        """The first rule of `group` whose own matcher matches line `i`."""
        line = self.lines[i]
        if len(line) > REMEMBERED_LINE:
            return self._first(group, i)
        answer = self.answers.get((group, line), _UNSEEN)
        if answer is _UNSEEN:
            answer = self.answers[group, line] = self._first(group, i)
        return answer  # type: ignore[return-value]

    def first_of(self, group: RuleGroup, indices: Sequence[int]) -> list[Rule | None]:
        """`first` of each of the lines at `indices`, found for the page's distinct lines at once."""
        texts = list(map(self.lines.__getitem__, indices))
        distinct = list(dict.fromkeys(texts))
        # Keys made already (site fingerprints look at a page's first and last lines).
        known = dict(itertools.compress(zip(self.lines, self.keys, strict=True), self.keys))
        try:
            answers = group.index.first_in(distinct, known)
        except TimeoutError as exc:
            rule = exc.args[0] if exc.args and isinstance(exc.args[0], Rule) else group.rules[0]
            raise RuleTimeout(rule.id, rule.where, REGEX_TIMEOUT) from None
        if len(distinct) == len(texts):  # no line repeats: the answers are in the lines' order
            return answers
        found = dict(zip(distinct, answers, strict=True))
        return list(map(found.__getitem__, texts))

    def _first(self, group: RuleGroup, i: int) -> Rule | None:
        try:
            return group.index.first(self.lines[i], lambda: self.key(i))
        except TimeoutError as exc:
            rule = exc.args[0] if exc.args and isinstance(exc.args[0], Rule) else group.rules[0]
            raise RuleTimeout(rule.id, rule.where, REGEX_TIMEOUT) from None

    def mark(self, start: int, stop: int, rule: Rule) -> None:
        for i in range(start, stop):
            if self.lines[i] and self.verdicts[i] is None:
                self.verdicts[i] = rule


def op_title(page: Page, rules: RuleGroup) -> None:
    """title: say which line is the title; it is reported as the title and removed from the body.

    Give exactly one of: ``before`` (the title is the line just before the first line matching this
    matcher), ``after`` (the line just after it), or a matcher of its own (the first matching line).
    Only the first ``within`` non-empty lines (default 15) are searched.

    Example::

        - id: mysite.title
          op: title
          before: {normalized: [share]}
    """
    for rule in rules:
        head = page.nonblank(0, page.end, rule.params.get("within", 15))
        for pos, i in enumerate(head):
            found = _title_at(page, rule, head, pos, i)
            if found is not None:
                page.title = page.lines[found]
                page.verdicts[found] = rule
                return


def _title_at(page: Page, rule: Rule, head: list[int], pos: int, i: int) -> int | None:
    if "before" in rule.params:
        return head[pos - 1] if pos > 0 and page.matches(rule, rule.params["before"], i) else None
    if "after" in rule.params:
        return head[pos + 1] if pos + 1 < len(head) and page.matches(rule, rule.params["after"], i) else None
    return i if page.matches(rule, rule.match, i) else None


def op_body_start(page: Page, rules: RuleGroup) -> None:
    """body-start: the body begins after the first line matching the marker; what precedes is not body.

    ``skip`` (a matcher) also removes the lines right after the marker while they match it (dates,
    bylines). ``keep_marker: true`` keeps the marker line as the body's first line. Only the first
    ``within`` non-empty lines (default 60) are searched. When several body-start rules apply, the
    first whose marker is found decides; when none is found, nothing is removed.

    Example::

        - id: mysite.header
          op: body-start
          regex: '(We use your sign-up|Kami menggunakan pendaftaran Anda) .+'
          skip: {regex: '(By|Oleh) .{1,60}'}
    """
    for rule in rules:
        for i in page.nonblank(page.start, page.end, rule.params.get("within", 60)):
            if page.matches(rule, rule.match, i):
                start = i if rule.params.get("keep_marker") else i + 1
                skip = rule.params.get("skip")
                while skip is not None and (nxt := _next_nonblank(page, start)) is not None:
                    if not page.matches(rule, skip, nxt):
                        break
                    start = nxt + 1
                page.mark(0, start, rule)
                page.start, page.start_found = start, True
                return


def op_body_end(page: Page, rules: RuleGroup) -> None:
    """body-end: the body ends before the first line (after the body's start) matching the marker.

    The marker and everything after it is not body. ``skip_before`` (a matcher) also removes the
    lines right before the marker while they match it, at most ``skip_lines`` of them if given (the
    title of a box whose first line is the marker: a recipe's name over its times and servings; the
    article's own last short line above it stays). ``keep_marker: true`` keeps the marker line.
    When several body-end rules apply, the first whose marker is found decides.

    Example::

        - id: mysite.footer
          op: body-end
          normalized: [share this article, bagikan artikel ini]

        - id: mysite.recipe-box
          op: body-end
          regex: 'Prep: .{1,60}'
          skip_before: {regex: '.+(?<![.!?])', max_chars: 60}
          skip_lines: 1
    """
    for rule in rules:
        for i in range(page.start, page.end):
            if page.lines[i] and page.matches(rule, rule.match, i):
                end = i + 1 if rule.params.get("keep_marker") else i
                skip = rule.params.get("skip_before")
                left = rule.params.get("skip_lines", -1)
                while skip is not None and left != 0 and (prev := _prev_nonblank(page, end)) is not None:
                    if prev < page.start or not page.matches(rule, skip, prev):
                        break
                    end, left = prev, left - 1
                page.mark(end, len(page.lines), rule)
                page.end, page.end_found = end, True
                return


class RuleGroup:
    """The rules of one operation that apply to a page, in order, with their line index built once."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._index: LineIndex[Rule] | None = None

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    @property
    def index(self) -> LineIndex[Rule]:
        if self._index is None:
            self._index = LineIndex([(rule, rule.match) for rule in self.rules if not rule.match.empty])
        return self._index


def op_keep(page: Page, rules: RuleGroup) -> None:
    """keep: protect matching body lines from every ``drop`` rule (site and generic).

    Boundaries (``body-start``, ``body-end``) still apply. Use it for a line a generic rule would
    wrongly remove on this site.
    """
    body = page.nonblank(page.start, page.end)
    for i, rule in zip(body, page.first_of(rules, body), strict=True):
        page.protected[i] = rule is not None


def op_drop(page: Page, rules: RuleGroup) -> None:
    """drop: remove every body line the matcher matches (whole lines only, never parts of one).

    Example::

        - id: mysite.ad-label
          op: drop
          normalized: [advertisement, iklan]
    """
    lines, verdicts, protected = page.lines, page.verdicts, page.protected
    todo = [i for i in range(page.start, page.end) if lines[i] and not protected[i] and verdicts[i] is None]
    for i, rule in zip(todo, page.first_of(rules, todo), strict=True):
        verdicts[i] = rule


def op_drop_block(page: Page, rules: RuleGroup) -> None:
    """drop-block: remove a body line the matcher matches and its neighbours that match ``then`` or ``before``.

    After each matching line the next non-empty body lines are removed while they match ``then`` or
    another rule removed them already, at most ``lines`` of them (default 6); on a page that prints
    the box's lines together (no blank line right under the heading), a blank line ends it. For a box whose heading
    repeats on every page while its lines vary: a video's label over its title and length, "Most
    watched" over headlines, a fact box's heading over its facts.
    With ``until``, the lines under it go only as a closed block: when, within ``lines`` lines and
    before the body ends, a line comes that another rule removed, or after the first one that matches
    ``until`` (that line ends the block and stays); else none go. A caption framed by a gallery's label
    and its credit, a summary between its label and the note on how it was made: a page without the
    box keeps the paragraph under the label.
    With ``to_end: true``, the lines under it go only as a box over the footer: every line from it to
    a body-end marker (lines other rules removed are passed over), at most ``lines`` of them, each
    matching ``then``; else none go. Authors' disclosure statements, a list of sources: on a page
    where the heading comes before more of the article, the article stays.
    ``before`` removes the non-empty body line right above a matching line if it matches: a caption's
    sentence above its credit line; with ``joined: true``, only when no blank line separates them (a
    site that sets its paragraphs apart prints a caption on its credit, and a credit of a photo
    without one under a paragraph's blank line). A rule needs ``then``, ``before`` or both.

    Example::

        - id: mysite.video-box
          op: drop-block
          normalized: [watch]
          then: {regex: '.+(?<![.!?])', max_chars: 90}
          lines: 2

        - id: mysite.caption
          op: drop-block
          regex: 'Photo: .{2,40}'
          before: {regex: '.+', max_chars: 200}
          joined: true

        - id: mysite.gallery-caption
          op: drop-block
          normalized: [photo gallery (12)]
          then: {regex: '.+', max_chars: 220}
          until: {regex: '.+(?<![.!?])', max_chars: 40}
          lines: 2
    """
    for i in page.nonblank(page.start, page.end):
        if page.protected[i]:
            continue
        rule = page.first(rules, i)
        if rule is not None:
            if page.verdicts[i] is None:
                page.verdicts[i] = rule
            if "then" in rule.params:
                _drop_under(page, rule, i)
            if "before" in rule.params:
                _drop_above(page, rule, i)


def _drop_under(page: Page, rule: Rule, i: int) -> None:
    """The lines under a block rule's heading at line `i` that its ``then`` matcher takes."""
    left = rule.params.get("lines", BLOCK_LINES)
    if "until" in rule.params or rule.params.get("to_end"):
        block = _closed_block if "until" in rule.params else _tail_block
        for j in block(page, rule, i, left):
            page.verdicts[j] = rule
        return
    compact = i + 1 < page.end and bool(page.lines[i + 1])
    for j in range(i + 1, page.end):
        if not page.lines[j]:
            if compact:
                return
            continue
        if left == 0:
            return
        left -= 1
        if page.verdicts[j] is not None:
            continue
        if page.protected[j] or not page.matches(rule, rule.params["then"], j):
            return
        page.verdicts[j] = rule


def _closed_block(page: Page, rule: Rule, i: int, most: int) -> list[int]:
    """The lines under line `i` that ``then`` takes, if a line closing the block follows within `most`
    lines (see op_drop_block); else none."""
    taken: list[int] = []
    for j in page.nonblank(i + 1, page.end, most + 1):
        if page.verdicts[j] is not None or (taken and page.matches(rule, rule.params["until"], j)):
            return taken
        if len(taken) == most or page.protected[j] or not page.matches(rule, rule.params["then"], j):
            return []
        taken.append(j)
    return []  # the body ends first: the lines may be the article's last paragraphs


def _tail_block(page: Page, rule: Rule, i: int, most: int) -> list[int]:
    """The lines under line `i` up to a body-end marker that ``then`` takes, passing over lines other
    rules removed, if they are at most `most` and all of them match (see op_drop_block); else none."""
    if not page.end_found:
        return []
    taken = [j for j in page.nonblank(i + 1, page.end) if page.verdicts[j] is None]
    if len(taken) > most or any(page.protected[j] or not page.matches(rule, rule.params["then"], j) for j in taken):
        return []
    return taken


def _drop_above(page: Page, rule: Rule, i: int) -> None:
    """The line right above a block rule's matching line `i`, if its ``before`` matcher takes it."""
    j = _prev_nonblank(page, i)
    if j is not None and rule.params.get("joined") and j != i - 1:
        return  # a blank line between them: the line above is a paragraph's
    if j is not None and j >= page.start and page.verdicts[j] is None and not page.protected[j]:
        if page.matches(rule, rule.params["before"], j):
            page.verdicts[j] = rule


def op_drop_echo(page: Page, rules: RuleGroup) -> None:
    """drop-echo: remove a body line whose words the page prints again in a longer line.

    A pull quote repeating a sentence of the article, a summary whose bullets are the article's own
    sentences or its standfirst's: the words stay where the page has them, in one line or across the
    lines of a hard-wrapped paragraph. Lines are compared by their normalised form
    (case-folded, digits as 0, letters and digits); two equal lines both stay (a list may repeat an
    item), unless one is set in quotation marks and the other is not (a pull quote of a paragraph
    of one sentence: the quoted one goes), or the body's line sits under a line another rule removed
    and its twin is above the body (a summary box under its label repeating the standfirst: the
    body's goes). Only lines of ``min_chars`` (default 40) to
    ``max_chars`` characters are taken, and only those the rule's matcher matches if it has one
    (``exact``, ``normalized`` or ``regex``).

    Example::

        - id: mysite.pull-quote
          op: drop-echo
          min_chars: 50
          max_chars: 300
    """
    body = page.nonblank(page.start, page.end)
    keys = {i: page.key(i) for i in page.nonblank(0, len(page.lines))}
    spaced = " ".join(keys.values())  # a key found once in it is no echo: most lines, one pass each
    for rule in rules:
        low, high = rule.params.get("min_chars", ECHO_MIN_CHARS), rule.match.max_chars
        for i in body:
            line = page.lines[i]
            if page.verdicts[i] is not None or page.protected[i] or len(line) < low:
                continue
            if (high is not None and len(line) > high) or not (rule.match.empty or page.matches(rule, rule.match, i)):
                continue
            if spaced.count(keys[i]) < 2:
                continue
            if echoed(keys, i, spaced, page.start) or twinned(page.lines, keys, i, _labelled(page, i)):
                page.verdicts[i] = rule


def _labelled(page: Page, i: int) -> int | None:
    """The body's start if line `i` sits right under a body line another rule removed (a box's label)."""
    j = _prev_nonblank(page, i)
    return page.start if j is not None and j >= page.start and page.verdicts[j] is not None else None


def echoed(keys: dict[int, str], i: int, spaced: str, start: int) -> bool:
    """Whether line `i`'s words are printed again: across the lines of a hard-wrapped paragraph, or
    inside a longer line. A longer line in the body (from `start` on) that is itself printed across
    lines is the copy: a summary's bullet repeating a hard-wrapped paragraph, whose lines stay; one
    above the body (the standfirst a summary box repeats a sentence a line) is not. `spaced` is the
    page's `keys` joined by spaces."""
    key = keys[i]
    if not key:
        return False
    return across(keys, key, spaced) or any(
        len(other) > len(key) and key in other and not (j >= start and across(keys, other, spaced))
        for j, other in keys.items()
    )


def across(keys: dict[int, str], key: str, spaced: str) -> bool:
    """Whether `key` is printed across a line break: found in `spaced` more often than inside lines."""
    return spaced.count(key) > sum(other.count(key) for other in keys.values())


def twinned(lines: Sequence[str], keys: dict[int, str], i: int, start: int | None) -> bool:
    """Whether line `i` has a twin (another line of the same key) that makes it the copy: it is set in
    quotation marks and the twin is not (a pull quote of a one-sentence paragraph), or, when `start` is
    given (the line sits under a box's label), the twin is above the body, before `start` (a summary
    box repeating the standfirst)."""
    key = keys[i]
    twins = [j for j, other in keys.items() if other == key and j != i]
    if QUOTED_RE.fullmatch(lines[i]) and any(not QUOTED_RE.fullmatch(lines[j]) for j in twins):
        return True
    return start is not None and any(j < start for j in twins)


def op_html_prune(page: Page, rules: RuleGroup) -> None:
    """html-prune: in HTML mode, remove the elements a selector finds before the article is extracted.

    ``select`` is a CSS selector or an XPath expression (one, or a list). What each removed element
    held is recorded under the rule's id, shown first by ``cleaner explain``. The site must be known
    before extraction: by ``site=``, by the URL, or by the page's canonical link (not by fingerprints).
    On text input the rule does nothing.

    Example::

        - id: mysite.related-box
          op: html-prune
          select: ['aside.related', '//div[@data-widget="newsletter"]']
    """


def op_html_body(page: Page, rules: RuleGroup) -> None:
    """html-body: in HTML mode, extract the article from the elements a selector finds.

    ``select`` is a CSS selector or an XPath expression; when it finds nothing, the whole page is
    used. The first html-body rule that applies decides. On text input the rule does nothing.

    Example::

        - id: mysite.article
          op: html-body
          select: 'div.article-content'
    """


def _next_nonblank(page: Page, i: int) -> int | None:
    while i < page.end:
        if page.lines[i]:
            return i
        i += 1
    return None


def _prev_nonblank(page: Page, i: int) -> int | None:
    i -= 1
    while i >= 0:
        if page.lines[i]:
            return i
        i -= 1
    return None


def _matcher_field(doc: str) -> Field:
    return Field("mapping", doc + " (a matcher: exact / normalized / regex / max_chars)")


OPS: dict[str, OpSpec] = {
    "title": OpSpec(
        phase=0,
        fields={
            "before": _matcher_field("The title is the line just before a line matching this"),
            "after": _matcher_field("The title is the line just after a line matching this"),
            "within": Field("int", "Search only this many non-empty lines from the top (default 15)."),
        },
        apply=op_title,
        matcher="optional",
    ),
    "body-start": OpSpec(
        phase=1,
        fields={
            "skip": _matcher_field("Lines right after the marker that are not body either"),
            "keep_marker": Field("bool", "Keep the marker line itself as body."),
            "within": Field("int", "Search only this many non-empty lines from the top (default 60)."),
        },
        apply=op_body_start,
    ),
    "body-end": OpSpec(
        phase=2,
        fields={
            "skip_before": _matcher_field("Lines right before the marker that are not body either"),
            "skip_lines": Field("int", "At most this many lines go with 'skip_before' (default: all that match)."),
            "keep_marker": Field("bool", "Keep the marker line itself as body."),
        },
        apply=op_body_end,
    ),
    "keep": OpSpec(phase=3, fields={}, apply=op_keep),
    "html-prune": OpSpec(
        phase=5,
        fields={"select": Field("selectors", "CSS selectors or XPath expressions of elements to remove.", True)},
        apply=op_html_prune,
        matcher="none",
    ),
    "html-body": OpSpec(
        phase=5,
        fields={"select": Field("selectors", "A CSS selector or XPath of the article's container(s).", True)},
        apply=op_html_body,
        matcher="none",
    ),
    "drop": OpSpec(phase=4, fields={}, apply=op_drop),
    # after drop (same phase, later in this dict): a block passes over lines drop rules removed
    "drop-block": OpSpec(
        phase=4,
        fields={
            "then": _matcher_field("The lines right under a matching line that go with it"),
            "before": _matcher_field("The line right above a matching line, if it goes with it"),
            "joined": Field("bool", "'before' takes the line above only when no blank line separates them."),
            "until": _matcher_field("A line closing the block under a matching line: it goes only if one comes"),
            "lines": Field("int", f"At most this many lines under it (default {BLOCK_LINES})."),
            "to_end": Field("bool", "The lines under it go only all together, up to a body-end marker."),
        },
        apply=op_drop_block,
    ),
    "drop-echo": OpSpec(
        phase=4,
        fields={
            "min_chars": Field("int", f"Only lines at least this long (default {ECHO_MIN_CHARS})."),
        },
        apply=op_drop_echo,
        matcher="optional",
    ),
}
