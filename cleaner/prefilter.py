"""Literal prefilters: which rule patterns could match a line, told without running them.

A pattern can only match a line that holds certain text: ``(?i)(?:sign up|subscribe) .{0,40}``
needs the word "sign" or "subscribe", ``(?=.*\\bcookies\\b).*`` the word "cookies", ``相关阅读.*`` the
characters "相关阅读". `condition` reads such a requirement out of a pattern once, when rules load,
and `Prefilter` indexes the requirements of many patterns, so that a line costs one split into
words, a few dictionary lookups and one scan for the rest, however many rules there are; only the
rules whose requirement the line meets are run.

A requirement is a set of alternatives, each a *word* (a whole run of word characters of the line,
as ``\\b`` sees them) or a *substring*, compared after `fold`. It is only ever a necessary condition:
a rule whose requirement the line meets runs exactly as before. A pattern that cannot be read with
certainty (syntax of the ``regex`` module that Python's own parser reads differently or not at
all, flags that change what a word is, fuzzy matching) has no requirement and always runs.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import regex

from cleaner import cache

# The regex module has no parse tree to read; Python's own parser reads the subset rules use, and
# what it cannot read (or might read differently, see `condition`) gets no requirement.
try:
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

WORD_RE = regex.compile(r"\w+")
# A decimal digit as the rules' own engine reads ``\d``: a pattern that needs one runs only on a
# line holding one.
DIGIT_RE = regex.compile(r"\d")
# The decimal digits of ASCII text, for the stdlib engine (several times faster to call).
ASCII_DIGIT_RE = re.compile("[0-9]")
# Case-insensitive matching in the regex module pairs letters that str.casefold keeps apart:
# Turkish capital I with a dot folds to "i" and a combining dot above, and dotless small i stays
# itself, yet (?i) matches the first with "i" and "I" with the second; and the regex module knows
# case pairs from Unicode versions newer than Python's (a capital for sharp s or for lambda with
# stroke, written by code point since Python has no names for them). The fold maps each such
# character to its partner's fold, so that it never tells apart two characters a case-insensitive
# pattern would match; tests/test_prefilter.py checks this against the installed regex module.
FOLD_MAP = str.maketrans(
    {
        "\N{LATIN SMALL LETTER DOTLESS I}": "i",
        "\N{COMBINING DOT ABOVE}": None,
        "\U0001df95": "ss",  # pairs with sharp s
        "\ua7dc": "\N{LATIN SMALL LETTER LAMBDA WITH STROKE}",
        "\ua7cb": "\N{LATIN SMALL LETTER RAMS HORN}",
        "\ua7dd": "\N{LATIN SMALL LETTER CLOSED OMEGA}",
        "\ua7e2": "\N{LATIN SMALL LETTER R WITH LONG LEG}",
        "\ua7d2": "\N{LATIN SMALL LETTER DOUBLE THORN}",
        "\ua7d4": "\N{LATIN SMALL LETTER DOUBLE WYNN}",
        "\uab6c": "\N{LATIN SMALL LETTER SCRIPT R}",
        "\uab6d": "\N{LATIN SMALL LETTER SCRIPT R WITH RING}",
    }
)
# A character class scan, where the stdlib engine is several times faster than the regex module.
FOLD_CHARS_RE = re.compile("[" + "".join(map(chr, FOLD_MAP)) + "]")
# Sets of strings a piece of pattern matches are expanded up to this many strings.
MAX_STRINGS = 64
# Character classes of up to this many characters are expanded into their characters.
MAX_CLASS = 8
# A range in a character class is checked to hold digits alone up to this many characters.
MAX_DIGIT_RANGE = 64
# Repeats of a piece of text are expanded up to this many times.
MAX_TIMES = 3
# Flags under which a parsed pattern means what the regex module reads: case, dot and anchors.
SAFE_FLAGS = sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_DOTALL | sre.SRE_FLAG_MULTILINE | sre.SRE_FLAG_UNICODE
# \p{..} and \P{..} (regex module only) stand for some character: read as \w, which is no literal.
PROPERTY_RE = regex.compile(r"(\\\\)|\\[pP](?:\{[^}]*\}|\w)")
# A brace that starts no plain repeat count is fuzzy matching (or a literal) in the regex module.
BRACE_RE = regex.compile(r"\\N\{[^}]*\}|\\.|\{(?:\d+(?:,\d*)?|,\d+)\}|(\{)", regex.S)
# Required word starts are indexed by their first characters, up to this many.
PREFIX_KEY = 3
MAX_CACHED_WORDS = 100_000
# Whitespace-separated tokens up to this long are remembered with the entries they meet (longer
# ones, a line of a script written without spaces, are rare to repeat).
MAX_CACHED_TOKEN = 40
# Lines up to this long that are looked up by their tokens are first told apart, all at once, from
# those holding nothing any entry requires (most short lines of a page); longer ones hold more
# tokens, often a required character, and are looked at one by one.
SHORT_LINE = 48
# (when they are this many at least: telling them apart costs a few searches of the page)
MIN_SHORT_LINES = 64
# Possessive repeats and atomic groups are read from Python 3.11 on (3.10 refuses the syntax).
POSSESSIVE_REPEAT = getattr(sre, "POSSESSIVE_REPEAT", object())
ATOMIC_GROUP = getattr(sre, "ATOMIC_GROUP", object())
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, POSSESSIVE_REPEAT)
ZERO_WIDTH = ("zero", "boundary")


WORD, PREFIX, TEXT = "word", "prefix", "text"
KINDS = frozenset({WORD, PREFIX, TEXT})


class Need(NamedTuple):
    """One way a line can meet a requirement: it has `text` as a whole word (`kind` WORD), as the
    start of a word (PREFIX), or anywhere (TEXT)."""

    text: str
    kind: str


Condition = frozenset[Need]


def fold(text: str) -> str:
    """The form both lines and required text are compared in: case-folded, Turkish i's merged."""
    return refold(text.casefold())


def refold(folded: str) -> str:
    """`fold` of a text already case-folded."""
    if not folded.isascii() and FOLD_CHARS_RE.search(folded):
        return folded.translate(FOLD_MAP)
    return folded


def condition(pattern: str) -> Condition | None:
    """What a line must hold for `pattern` (matched against the whole line) to match it; None
    when that cannot be told with certainty."""
    known = _known()
    if pattern not in known:
        known[pattern] = read_condition(pattern)
        _KNOWN.added += 1
    return known[pattern]


def needs_digit(pattern: str) -> bool:
    """Whether every line `pattern` matches (as a whole) holds a decimal digit (one `DIGIT_RE`
    finds); False when that cannot be told with certainty."""
    known = _known_digits()
    if pattern not in known:
        known[pattern] = read_needs_digit(pattern)
        _KNOWN.added += 1
    return known[pattern]


def remember_conditions() -> None:
    """Keep the requirements read in this process for the next one (see `cleaner.cache`)."""
    if _KNOWN.added:
        known = _known()
        cache.store(_cache_name(), {p: None if c is None else sorted(c) for p, c in known.items()})
        cache.store(_cache_name(DIGITS_CACHE), _known_digits())
        _KNOWN.added = 0


class _Known:
    """Requirements read so far, by pattern: each pattern is read once a process (every site's rules
    are indexed with the generic ones) and, through the cache, once a machine."""

    def __init__(self) -> None:
        self.patterns: dict[str, Condition | None] | None = None
        self.digits: dict[str, bool] | None = None
        self.added = 0


_KNOWN = _Known()
# A cache file with more patterns than this (rule files edited many times) is started afresh.
MAX_CACHED = 50_000


def _known() -> dict[str, Condition | None]:
    if _KNOWN.patterns is None:
        _KNOWN.patterns = _stored(cache.load(_cache_name()))
    return _KNOWN.patterns


def _stored(data: Any) -> dict[str, Condition | None]:
    """The requirements a cache file holds, or none if it is not what `remember_conditions` writes."""
    if not isinstance(data, dict) or len(data) > MAX_CACHED:
        return {}
    known: dict[str, Condition | None] = {}
    for pattern, needs in data.items():
        if needs is None:
            known[pattern] = None
        elif isinstance(needs, list) and all(
            isinstance(n, list) and len(n) == 2 and isinstance(n[0], str) and n[1] in KINDS for n in needs
        ):
            known[pattern] = frozenset(Need(text, kind) for text, kind in needs)
        else:
            return {}
    return known


def _known_digits() -> dict[str, bool]:
    if _KNOWN.digits is None:
        data = cache.load(_cache_name(DIGITS_CACHE))
        valid = isinstance(data, dict) and len(data) <= MAX_CACHED and all(isinstance(v, bool) for v in data.values())
        _KNOWN.digits = data if valid else {}
    return _KNOWN.digits


DIGITS_CACHE = "digits"


@functools.cache
def _cache_name(kind: str = "conditions") -> str:
    return f"{kind}-{cache.stamp(__file__)}.json"


def read_condition(pattern: str) -> Condition | None:
    """`condition` worked out from the pattern itself."""
    source = PROPERTY_RE.sub(lambda m: m[1] or r"\w", pattern)
    if any(m[1] for m in BRACE_RE.finditer(source)):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a warning (a nested set?) means the reading is unsure
            parsed = sre_parse.parse(source)
        if parsed.state.flags & ~SAFE_FLAGS:
            return None
        return _sequence(list(parsed), left=True, right=True)
    except (re.error, Warning, RecursionError, _Unsure):
        return None


def read_needs_digit(pattern: str) -> bool:
    """`needs_digit` worked out from the pattern itself (read as `read_condition` reads it)."""
    source = PROPERTY_RE.sub(lambda m: m[1] or r"\w", pattern)
    if any(m[1] for m in BRACE_RE.finditer(source)):
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = sre_parse.parse(source)
        if parsed.state.flags & ~SAFE_FLAGS:
            return False
        return _digit_in(list(parsed))
    except (re.error, Warning, RecursionError, _Unsure):
        return False


def _digit_in(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether every match of a sequence holds a decimal digit: one of its items always does."""
    return any(_digit_item(op, av) for op, av in items)


def _digit_item(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return _is_digit(chr(av))
    if op is sre.IN:
        return all(_digit_member(member, value) for member, value in av)
    if op is sre.SUBPATTERN:
        _check_flags(av[1] | av[2])
        return _digit_in(av[3])
    if op is ATOMIC_GROUP:
        return _digit_in(av)
    if op is sre.BRANCH:
        return all(_digit_in(alternative) for alternative in av[1])
    if op in REPEATS:
        return av[0] >= 1 and _digit_in(av[2])
    if op is sre.ASSERT:  # the looked-at text is in the line too
        return _digit_in(av[1])
    return False


def _digit_member(op: Any, av: Any) -> bool:
    """Whether a member of a character class (not negated) admits decimal digits alone."""
    if op is sre.LITERAL:
        return _is_digit(chr(av))
    if op is sre.RANGE:
        return av[1] - av[0] < MAX_DIGIT_RANGE and all(_is_digit(chr(c)) for c in range(av[0], av[1] + 1))
    return op is sre.CATEGORY and av is sre.CATEGORY_DIGIT


def _is_digit(char: str) -> bool:
    return DIGIT_RE.fullmatch(char) is not None


class _Unsure(Exception):
    """A construct whose meaning for the regex module is not certain: no requirement at all."""


# --- the strings a piece of pattern matches -------------------------------------------------------


def _strings(op: Any, av: Any) -> frozenset[str] | None:
    """The strings one item matches (as written, before folding), or None when they are not few."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op is sre.IN:
        return _class(av)
    if op is sre.SUBPATTERN:
        _check_flags(av[1] | av[2])
        return _concat(list(av[3]))
    if op is ATOMIC_GROUP:
        return _concat(list(av))
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            strings = _concat(list(alternative))
            if strings is None:
                return None
            found |= strings
        return frozenset(found) if len(found) <= MAX_STRINGS else None
    if op in REPEATS:
        return _repeat(*av)
    return None


def _class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # a category, a negation, a wide range
            return None
    return frozenset(chars) if len(chars) <= MAX_CLASS else None


def _repeat(low: int, high: int, body: Any) -> frozenset[str] | None:
    strings = _concat(list(body))
    if strings is None or high > MAX_TIMES:
        return None
    found: set[str] = set()
    power: frozenset[str] | None = frozenset({""})
    for times in range(high + 1):
        if times >= low:
            found |= power
        if times < high:
            power = _product(power, strings)
            if power is None:
                return None
    return frozenset(found) if len(found) <= MAX_STRINGS else None


def _concat(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The strings a sequence matches, if each item's are few. Anchors consume nothing and are
    left out; lookarounds are left to `_sequence`, which keeps their requirements."""
    found: frozenset[str] | None = frozenset({""})
    for op, av in items:
        if op is sre.AT:
            continue
        strings = _strings(op, av)
        if strings is None:
            return None
        found = _product(found, strings)
        if found is None:
            return None
    return found


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _check_flags(flags: int) -> None:
    if flags & ~SAFE_FLAGS:
        raise _Unsure


# --- what a line must hold ----------------------------------------------------------------------


class _Piece(NamedTuple):
    """One item of a sequence: "strings" consumes one of `strings`; "boundary" is ``\\b``; "zero"
    is another zero-width item; "other" consumes what cannot be listed."""

    kind: str
    item: tuple[Any, Any]
    strings: frozenset[str] = frozenset()


def _sequence(items: list[tuple[Any, Any]], *, left: bool, right: bool) -> Condition | None:
    """The most selective requirement among the parts of a sequence. `left` (`right`): the
    sequence starts (ends) where no word goes on, at the line's start (end) or at a ``\\b``."""
    pieces = [_piece(item) for item in items]
    found = []
    for i, piece in enumerate(pieces):
        if piece.kind in ("zero", "other"):
            found.append(_inner(piece.item, _bounded(pieces, i, -1, left), _bounded(pieces, i, 1, right)))
    for start, end in _runs(pieces):
        found += _run_needs(pieces[start:end], _bounded(pieces, start, -1, left), _bounded(pieces, end - 1, 1, right))
    return max((need for need in found if need is not None), key=_selectivity, default=None)


def _piece(item: tuple[Any, Any]) -> _Piece:
    op, av = item
    if op is sre.AT:
        return _Piece("boundary" if av is sre.AT_BOUNDARY else "zero", item)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _Piece("zero", item)
    if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
        raise _Unsure
    strings = _strings(op, av)
    return _Piece("other", item) if strings is None else _Piece("strings", item, strings)


def _inner(item: tuple[Any, Any], left: bool, right: bool) -> Condition | None:
    """What an item that is no list of strings requires of the line, bounded as given."""
    op, av = item
    if op is sre.ASSERT:  # the looked-at text is in the line too, ahead or behind
        return _sequence(list(av[1]), left=False, right=False)
    if op is sre.BRANCH:
        return _alternatives(av[1], left, right)
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]), left=left, right=right)
    if op is ATOMIC_GROUP:
        return _sequence(list(av), left=left, right=right)
    if op in REPEATS and av[0] >= 1:
        once = av[1] == 1  # otherwise only the first repeat starts, and the last ends, there
        return _sequence(list(av[2]), left=left and once, right=right and once)
    return None


def _alternatives(alternatives: Iterable[Any], left: bool, right: bool) -> Condition | None:
    """A branch requires one of what its alternatives require (all must require something)."""
    found: set[Need] = set()
    for alternative in alternatives:
        need = _sequence(list(alternative), left=left, right=right)
        if need is None:
            return None
        found |= need
    return frozenset(found)


def _runs(pieces: Sequence[_Piece]) -> list[tuple[int, int]]:
    """Spans of pieces of listed strings; other zero-width pieces inside do not part them, a
    ``\\b`` does (it bounds words)."""
    runs = []
    start = None
    for i, piece in enumerate([*pieces, _Piece("other", (None, None))]):
        if piece.kind == "strings":
            start = i if start is None else start
        elif piece.kind != "zero" and start is not None:
            end = i
            while pieces[end - 1].kind == "zero":
                end -= 1
            runs.append((start, end))
            start = None
    return runs


def _bounded(pieces: Sequence[_Piece], i: int, step: int, edge: bool) -> bool:
    """Whether no word can go on just past piece `i` in direction `step`: a ``\\b`` there, or what
    comes next can only start (end) with a non-word character, or the sequence's bounded edge."""
    i += step
    while 0 <= i < len(pieces):
        nonword, empty = _edge(pieces[i].item, step)
        if not nonword:
            return False
        if not empty:
            return True
        i += step
    return edge


def _edge(item: tuple[Any, Any], step: int) -> tuple[bool, bool]:
    """At the end of `item` facing back (`step` 1: its start, -1: its end): whether every
    character a match can have there is a non-word one (or a ``\\b`` is there), and whether the
    match can be empty, so that what lies beyond it counts too."""
    op, av = item
    if op is sre.AT:
        return True, av is not sre.AT_BOUNDARY
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return True, True
    if op is sre.LITERAL:
        return not _is_word(chr(av)), False
    if op is sre.IN:
        return _nonword_class(av), False
    if op in REPEATS:
        nonword, empty = _edge_of(av[2], step)
        return nonword, empty or av[0] == 0
    if op is sre.SUBPATTERN:
        return _edge_of(av[3], step)
    if op is ATOMIC_GROUP:
        return _edge_of(av, step)
    if op is sre.BRANCH:
        edges = [_edge_of(alternative, step) for alternative in av[1]]
        return all(nonword for nonword, _ in edges), any(empty for _, empty in edges)
    return False, False


def _edge_of(items: Iterable[tuple[Any, Any]], step: int) -> tuple[bool, bool]:
    for item in list(items)[::step]:
        nonword, empty = _edge(item, step)
        if not nonword or not empty:
            return nonword, False
    return True, True


NONWORD_CATEGORIES = (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_LINEBREAK)


def _nonword_class(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        if op is sre.LITERAL:
            if _is_word(chr(av)):
                return False
        elif op is sre.CATEGORY:
            if av not in NONWORD_CATEGORIES:
                return False
        elif op is sre.RANGE and av[1] - av[0] < 256:
            if any(_is_word(chr(c)) for c in range(av[0], av[1] + 1)):
                return False
        else:  # a negation, a wide range
            return False
    return True


def _is_word(char: str) -> bool:
    return WORD_RE.match(char) is not None


def _run_needs(run: Sequence[_Piece], left: bool, right: bool) -> list[Condition]:
    """Requirements from a run of listed strings: the strings of as many pieces as can be listed
    together, each such part bounded only where the run is."""
    found = []
    strings: frozenset[str] = frozenset({""})
    first = True
    for piece in run:
        if piece.kind != "strings":
            continue
        joined = _product(strings, piece.strings)
        if joined is None:  # too many together: what was listed so far is one part
            found.append(_of_strings(strings, left and first, False))
            strings, first = piece.strings, False
        else:
            strings = joined
    found.append(_of_strings(strings, left and first, right))
    return [need for need in found if need is not None]


def _of_strings(strings: frozenset[str], left: bool, right: bool) -> Condition | None:
    """A line holding one of `strings` holds, for each, its longest whole word (one bounded by
    non-word characters within it, or by a bounded end), else the string itself."""
    needs = set()
    for text in strings:
        if any(unicodedata.category(char) == "Cn" for char in text):
            return None  # a character newer than Python's Unicode data: its case partners are unknown
        need = _need(fold(text), left, right)
        if need is None:
            return None
        needs.add(need)
    return frozenset(needs)


def _need(text: str, left: bool, right: bool) -> Need | None:
    """The best of: the longest word of `text` that is bounded on both sides, the longest that is
    bounded at its start, `text` itself."""
    words = [m for m in WORD_RE.finditer(text) if m.start() > 0 or left]
    whole = [m[0] for m in words if m.end() < len(text) or right]
    if whole:
        return Need(max(whole, key=len), WORD)
    starts = [m[0] for m in words if len(m[0]) >= 2]
    if starts:
        return Need(max(starts, key=len), PREFIX)
    return Need(text, TEXT) if text.strip() else None


# Characters so common in text that a required string made of them says little.
COMMON_CHARS = " .,:;!?'\"()-/0123456789"
KIND_WEIGHT = {WORD: 2, PREFIX: 1, TEXT: 0}


def _selectivity(need: Condition) -> tuple[int, int, int]:
    """Prefer long required strings of uncommon characters, words (looked up, not searched), few
    alternatives."""
    weakest = min(len(n.text.strip(COMMON_CHARS)) + KIND_WEIGHT[n.kind] for n in need)
    return min(weakest, 6), min(KIND_WEIGHT[n.kind] for n in need), -len(need)


# --- many patterns at once ------------------------------------------------------------------


class _Band(NamedTuple):
    """The entries that admit lines up to some length, with their requirements."""

    members: frozenset[int]
    always: frozenset[int]  # members without a requirement
    needs: tuple[tuple[str, frozenset[int]], ...]  # each required string and the members requiring it


class Prefilter:
    """The requirements of many entries (by position) and the longest line each admits (None: no
    limit), indexed: `candidates(line)` names, in order, the entries that admit the line and
    whose requirement it meets, and those without a requirement.

    A line is looked for each required string of the entries admitting its length when they are
    few (long lines are admitted by few rules); else it is split into words, which are looked up
    (what each word meets is remembered), and searched once for the other required strings.
    """

    def __init__(
        self, conditions: Sequence[Condition | None], limits: Sequence[int | None], digits: Sequence[bool] = ()
    ) -> None:
        # The entries that also need a decimal digit (`needs_digit`), besides their requirement.
        self.digital = frozenset(itertools.compress(itertools.count(), digits))
        self.limits = [*sorted({limit for limit in limits if limit is not None}), math.inf]
        self.bands = [_band(conditions, limits, band) for band in self.limits]
        by_kind: dict[str, dict[str, set[int]]] = {WORD: {}, PREFIX: {}, TEXT: {}}
        for i, need in enumerate(conditions):
            for alternative in need or ():
                by_kind[alternative.kind].setdefault(alternative.text, set()).add(i)
        self.words = {text: frozenset(owners) for text, owners in by_kind[WORD].items()}
        self.prefixes: dict[str, list[tuple[str, frozenset[int]]]] = {}
        for text, owners in by_kind[PREFIX].items():
            self.prefixes.setdefault(text[:PREFIX_KEY], []).append((text, frozenset(owners)))
        self.prefix_keys = sorted({len(key) for key in self.prefixes})
        texts = by_kind[TEXT]
        self.chars = {text: frozenset(owners) for text, owners in texts.items() if len(text) == 1}
        # A required string found means every required string that is a prefix of it is there too.
        self.texts = {
            t: frozenset(i for p, owners in texts.items() if t.startswith(p) for i in owners)
            for t in texts
            if len(t) > 1
        }
        self._texts_re: re.Pattern[str] | None = None
        # Characters required by entries that also need a digit count only in a line holding one.
        gated = [c for c, owners in self.chars.items() if owners <= self.digital]
        self._chars_re = _any_char_re([c for c in self.chars if c not in gated])
        self._gated_chars = frozenset(gated)
        self._tokens: dict[str, frozenset[int]] = {}  # whitespace-separated tokens seen, and whose
        self._meeting_tokens: set[str] = set()  # those meeting some requirement
        # The longest line some entry admits.
        self.longest = max(
            (limit for limit, band in zip(self.limits, self.bands, strict=True) if band.members), default=-1
        )

    def candidates(self, line: str) -> Sequence[int]:
        return self.candidates_in([line])[0]

    def candidates_in(self, lines: Sequence[str], casefolded: str | None = None) -> list[Sequence[int]]:
        """`candidates` of each of `lines` (none holding a line break). The lines some entry
        admits are folded at once, and those looked up by their tokens searched for required
        texts at once. Where a page has many short lines, those holding no required character
        or text, nor a token meeting a requirement, are told apart at once and get their band's
        entries without a requirement. `casefolded`: the lines joined by line breaks and
        case-folded, if made already."""
        sizes = list(map(len, lines))
        text = None  # all the lines folded and joined, when every line is looked at
        if max(sizes, default=0) <= self.longest:  # (every line: no list of them to make)
            at: Sequence[int] = range(len(lines))
            kept = sizes
            text = refold("\n".join(lines).casefold() if casefolded is None else casefolded)
            folded = text.split("\n") if lines else []
        else:
            at = [i for i, size in enumerate(sizes) if size <= self.longest]
            kept = [sizes[i] for i in at]
            folded = fold("\n".join([lines[i] for i in at])).split("\n") if at else []
        if len(folded) != len(at):
            raise ValueError("lines must not hold line breaks")
        # A line's band, and whether it is looked for each required string of the band, follow
        # from its length: found once for each length, and the lines parted by their lengths.
        # (Looking for one string costs about 45 ns plus 0.4 ns a character; splitting a line into
        # tokens, looking them up and searching it once costs about 1 us plus 20 ns a character.)
        by_size = {size: self._band(size) for size in set(kept)}
        token_sizes = {size for size, (_, few) in by_size.items() if not few}
        found: list[Sequence[int]] = [()] * len(lines)
        for k in [k for k, size in enumerate(kept) if size not in token_sizes]:
            found[at[k]] = self._candidates(by_size[kept[k]][0], folded[k])
        # The lines looked up by their tokens: the short ones, if many, all at once.
        short = [k for k, size in enumerate(kept) if size in token_sizes and size <= SHORT_LINE]
        if len(short) < MIN_SHORT_LINES:
            short = []
        long = [k for k, size in enumerate(kept) if size in token_sizes and (size > SHORT_LINE or not short)]
        texts = self._texts_met([folded[k] for k in long])
        for j, k in enumerate(long):
            band = by_size[kept[k]][0]
            found[at[k]] = sorted(
                band.always | ((self._by_tokens(folded[k]) | texts.get(j, frozenset())) & band.members)
            )
        bands = [by_size[kept[k]][0] for k in short]
        if any(band.always for band, _ in by_size.values()):
            # The short lines meeting no requirement get their band's entries without one.
            always = {id(band): sorted(band.always) for band, _ in by_size.values()}
            for k, band in zip(short, bands, strict=True):
                if band.always:
                    found[at[k]] = always[id(band)]
        if text is not None and len(short) == len(lines):  # (the folded text is theirs, joined)
            met = self._met_by_tokens(folded, bands, text)
        else:
            met = self._met_by_tokens([folded[k] for k in short], bands)
        for j, candidates in met:
            found[at[short[j]]] = candidates
        if self.digital:
            self._drop_digital(lines, found)
        return found

    def _drop_digital(self, lines: Sequence[str], found: list[Sequence[int]]) -> None:
        """Leave out the entries needing a digit from the candidates of the lines holding none."""
        digital = self.digital
        for i in itertools.compress(range(len(found)), found):
            if not digital.isdisjoint(found[i]) and not _has_digit(lines[i]):
                found[i] = [k for k in found[i] if k not in digital]

    def _band(self, size: int) -> tuple[_Band, bool]:
        """The band of a line of `size` characters, and whether it is looked for each of the
        band's required strings (see `candidates_in`), else by its tokens."""
        band = self.bands[bisect.bisect_left(self.limits, size)]
        return band, _few(band, size)

    def _candidates(self, band: _Band, folded: str) -> list[int]:
        """The entries of `band` whose requirement the folded line meets, by looking for each
        required string."""
        found = set(band.always)
        for text, owners in band.needs:
            if text in folded:
                found |= owners
        return sorted(found)

    def _met_by_tokens(
        self, lines: list[str], bands: list[_Band], joined: str | None = None
    ) -> Iterable[tuple[int, list[int]]]:
        """The positions of the folded short `lines` meeting some requirement of their band's
        entries, with the entries (and those without a requirement): by their tokens, characters
        and required texts, looked for in all the lines at once (`joined` by line breaks, if
        joined already)."""
        if not lines:
            return
        if joined is None:
            joined = "\n".join(lines)
        starts = _starts(lines)
        texts = self._texts_met(lines, joined, starts)
        meeting = self._meeting(set(joined.split()))
        # Most short lines hold none of the page's few meeting tokens, nor a required character
        # or text; those are told apart by C-level passes, and only the others are looked at.
        tokens = set(meeting)
        holding = itertools.compress(
            range(len(lines)), map(operator.not_, map(tokens.isdisjoint, map(str.split, lines)))
        )
        chars = self._holding_chars(lines, joined, starts)
        # Lines meeting requirements by their tokens alone repeat a few sets of tokens: the
        # entries are found once for each set and band (what a character held but not counted
        # adds, entries needing a digit, `candidates_in` leaves out again).
        by_tokens: dict[tuple[int, frozenset[str]], list[int]] = {}
        for j in sorted(chars.union(texts, holding)):
            band = bands[j]
            if j in chars or j in texts:
                met = (self._indexed(lines[j], meeting, tokens) | texts.get(j, frozenset())) & band.members
                yield j, sorted(band.always | met)
                continue
            held = frozenset(tokens.intersection(lines[j].split()))
            found = by_tokens.get((id(band), held))
            if found is None:
                owners: set[int] = set()
                for token in held:
                    owners |= meeting[token]
                found = by_tokens[id(band), held] = sorted(band.always | (owners & band.members))
            yield j, found

    def _indexed(self, folded: str, meeting: dict[str, frozenset[int]], tokens: set[str]) -> set[int]:
        """The entries a folded line meets by its tokens (`meeting`: the page's tokens that meet
        some, and their set `tokens`) and by its characters."""
        found = self._by_chars(folded)
        for token in tokens.intersection(folded.split()):
            found |= meeting[token]
        return found

    def _by_tokens(self, folded: str) -> set[int]:
        """The entries a folded line meets by its tokens (what each meets is remembered) and by
        its characters."""
        found = self._by_chars(folded)
        tokens = set(folded.split())
        # Set operations, in C (on sets: dictionary views would be copied): a line's tokens are
        # mostly known, and known to meet nothing. Known ones first: learning may clear the cache.
        for token in tokens & self._meeting_tokens:
            found |= self._tokens[token]
        for token in tokens.difference(self._tokens):
            found |= self._learn_token(token)
        return found

    def _by_chars(self, folded: str) -> set[int]:
        """The entries a folded line meets by holding a required character."""
        found: set[int] = set()
        for char, owners in self.chars.items():
            if char in folded:
                found |= owners
        return found

    def _meeting(self, tokens: set[str]) -> dict[str, frozenset[int]]:
        """The whitespace-separated `tokens` of a page that meet some requirement, with whose
        (known ones first: learning may clear the cache)."""
        meeting = {token: self._tokens[token] for token in tokens & self._meeting_tokens}
        for token in tokens.difference(self._tokens):
            owners = self._learn_token(token)
            if owners:
                meeting[token] = owners
        return meeting

    def _holding_chars(self, lines: list[str], joined: str, starts: list[int]) -> set[int]:
        """The positions of the `lines` (`joined` by line breaks, each starting at `starts`)
        holding a required character (one only entries needing a digit require: and a digit)."""
        held = _holding(self._chars_re, joined, starts)
        if self._gated_chars:  # (lines with a digit are the fewer: "." and "-" are everywhere)
            gated = self._gated_chars.isdisjoint
            digits = ASCII_DIGIT_RE if joined.isascii() else DIGIT_RE
            held.update(i for i in _holding(digits, joined, starts) if not gated(lines[i]))
        return held

    def _texts_met(
        self, lines: list[str], joined: str | None = None, starts: list[int] | None = None
    ) -> dict[int, frozenset[int]]:
        """The entries each of the folded `lines` (by position; `joined`: joined by line breaks,
        and `starts`: where each starts there, if known) meets by holding a required text, from one
        search of them all: such texts are rare."""
        met: dict[int, frozenset[int]] = {}
        if not self.texts or not lines:
            return met
        if self._texts_re is None:
            # Plain strings compared exactly, where the stdlib engine is several times faster.
            self._texts_re = re.compile(_trie(self.texts))
        if joined is None:
            joined = "\n".join(lines)
        m = self._texts_re.search(joined)
        if m is None:
            return met
        if starts is None:
            starts = _starts(lines)
        while m is not None:
            i = bisect.bisect_right(starts, m.start()) - 1
            met[i] = met.get(i, frozenset()) | self.texts[m[0]]
            m = self._texts_re.search(joined, m.start() + 1)
        return met

    def _learn_token(self, token: str) -> frozenset[int]:
        """The entries whose requirement a whitespace-separated token's words meet (a word never
        spans whitespace), remembered for tokens that may repeat: a text's tokens are few."""
        owners: frozenset[int] = frozenset()
        for word in WORD_RE.findall(token):
            owners |= self._word_owners(word)
        if len(token) <= MAX_CACHED_TOKEN:
            if len(self._tokens) >= MAX_CACHED_WORDS:
                self._tokens.clear()
                self._meeting_tokens.clear()
            self._tokens[token] = owners
            if owners:
                self._meeting_tokens.add(token)
        return owners

    def _word_owners(self, word: str) -> frozenset[int]:
        """The entries one word meets a requirement of, as that word or as its start."""
        owners = self.words.get(word, frozenset())
        for size in self.prefix_keys:
            for text, more in self.prefixes.get(word[:size], ()):
                if word.startswith(text):
                    owners |= more
        return owners


def _has_digit(line: str) -> bool:
    return (ASCII_DIGIT_RE if line.isascii() else DIGIT_RE).search(line) is not None


def _any_char_re(chars: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else None


def _holding(pattern: re.Pattern[str] | regex.Pattern[str] | None, joined: str, starts: list[int]) -> set[int]:
    """The positions of the lines `joined` by line breaks (each starting at `starts`) in which
    `pattern` is found, from one search of them all that skips to the next line at each find."""
    held: set[int] = set()
    if pattern is None:
        return held
    m = pattern.search(joined)
    while m is not None:
        i = bisect.bisect_right(starts, m.start()) - 1
        held.add(i)
        m = pattern.search(joined, starts[i + 1]) if i + 1 < len(starts) else None
    return held


def _few(band: _Band, size: int) -> bool:
    """Whether a line of `size` characters is better looked for each of `band`'s required
    strings than looked up by its tokens (see `Prefilter.candidates_in`)."""
    return len(band.needs) * (100 + size) < 2000 + 40 * size


def _starts(lines: list[str]) -> list[int]:
    """Where each of `lines` starts in them joined by line breaks, and where one more would: the
    lengths before it and a break after each (summed in C)."""
    return list(map(operator.add, itertools.accumulate(map(len, lines), initial=0), range(len(lines) + 1)))


def _band(conditions: Sequence[Condition | None], limits: Sequence[int | None], band: float) -> _Band:
    members = frozenset(i for i, limit in enumerate(limits) if limit is None or limit >= band)
    needs: dict[str, set[int]] = {}
    for i in members:
        for alternative in conditions[i] or ():
            needs.setdefault(alternative.text, set()).add(i)
    always = frozenset(i for i in members if conditions[i] is None)
    return _Band(members, always, tuple((text, frozenset(owners)) for text, owners in needs.items()))


def _trie(texts: Iterable[str]) -> str:
    """One pattern for many strings, longest first at each point (a prefix tree), so that a match
    is the longest of the strings starting there."""
    tree: dict[str, dict] = {}
    for text in texts:
        node = tree
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    alternatives = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if "" in node:
        return ("(?:" + body + ")?") if len(alternatives) == 1 else body + "?"
    return body
