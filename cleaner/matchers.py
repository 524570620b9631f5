"""Whole-line matchers: the one way every rule recognises a line.

A matcher is declared in YAML with any of three keys, each a string or a list of strings:

- ``exact``: the stripped line equals one of the strings;
- ``normalized``: the line's *key* equals one of the strings' keys; the key is case-folded, runs of
  digits become ``0``, and everything but letters, digits and single spaces is dropped, so
  ``"SHARE:"``, ``"Share"`` and ``"— share —"`` all match ``share``;
- ``regex``: the stripped line matches the pattern from start to end (``regex`` module syntax).

``max_chars`` (optional) skips longer lines, so a pattern meant for short labels never touches a
paragraph. Matchers compile once, when the rule file is loaded.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import regex

from cleaner.normalize import NOT_PLAIN_RE, plain_chars
from cleaner.prefilter import Condition, Need, Prefilter, condition, needs_digit, remember_conditions

KEY_DROP_RE = regex.compile(r"[^\p{L}\p{N}\p{M}]+")
# The same, for many lines joined by line breaks: the breaks stay, to part the keys again; and a
# lone space (most runs) is left alone, as putting a space for it changes nothing.
KEYS_DROP_RE = regex.compile(r"(?: [^\p{L}\p{N}\p{M}\n]|[^ \p{L}\p{N}\p{M}\n])[^\p{L}\p{N}\p{M}\n]*")
DIGITS_RE = regex.compile(r"\p{Nd}+")
# The same three for plain text (see `cleaner.normalize.PLAIN_RANGES`), for the stdlib engine,
# with classes of the plain characters the regex module's take; a lone space (most runs) is left
# alone, as putting a space for it changes nothing.
_KEPT = re.escape("".join(c for c in plain_chars() if KEY_DROP_RE.match(c) is None))
PLAIN_KEY_DROP_RE = re.compile(f"(?: [^{_KEPT}]|[^ {_KEPT}])[^{_KEPT}]*")
PLAIN_KEYS_DROP_RE = re.compile(f"(?: [^{_KEPT}\n]|[^ {_KEPT}\n])[^{_KEPT}\n]*")
PLAIN_DIGITS_RE = re.compile("[" + re.escape("".join(c for c in plain_chars() if DIGITS_RE.match(c))) + "]+")
# Normalised keys of label-like lines are short; longer lines are never looked up by key.
MAX_KEY_LINE = 300
REGEX_TIMEOUT = 1.0


def line_key(line: str) -> str:
    """The normalised form used by ``normalized`` matchers."""
    key = line.casefold()
    if NOT_PLAIN_RE.search(key) is None:
        return PLAIN_KEY_DROP_RE.sub(" ", PLAIN_DIGITS_RE.sub("0", key)).strip()
    return KEY_DROP_RE.sub(" ", DIGITS_RE.sub("0", key)).strip()


def line_keys(lines: Sequence[str], casefolded: str | None = None) -> list[str]:
    """``line_key`` of each of `lines` (none holding a line break), with two substitutions in all.
    `casefolded`: the lines joined by line breaks and case-folded, if made already."""
    if not lines:
        return []
    folded = "\n".join(lines).casefold() if casefolded is None else casefolded
    if NOT_PLAIN_RE.search(folded) is None:
        keys = PLAIN_KEYS_DROP_RE.sub(" ", PLAIN_DIGITS_RE.sub("0", folded)).split("\n")
    else:
        keys = KEYS_DROP_RE.sub(" ", DIGITS_RE.sub("0", folded)).split("\n")
    if len(keys) != len(lines):
        raise ValueError("lines must not hold line breaks")
    return list(map(str.strip, keys))


@dataclass(frozen=True)
class Matcher:
    """A compiled whole-line matcher (see the module docstring)."""

    exact: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()
    pattern: regex.Pattern[str] | None = None
    max_chars: int | None = None
    sources: tuple[str, ...] = ()  # the regex sources `pattern` was built from

    def matches(self, line: str, key: str | None = None) -> bool:
        """Whether the stripped `line` matches; `key` is its precomputed ``line_key`` if known.

        Raises ``TimeoutError`` when the pattern runs over ``REGEX_TIMEOUT`` seconds.
        """
        if self.max_chars is not None and len(line) > self.max_chars:
            return False
        if line in self.exact:
            return True
        if self.keys and len(line) <= MAX_KEY_LINE:
            if (key if key is not None else line_key(line)) in self.keys:
                return True
        if self.pattern is None:
            return False
        return self.pattern.fullmatch(line, timeout=REGEX_TIMEOUT) is not None

    @property
    def empty(self) -> bool:
        return not (self.exact or self.keys or self.pattern is not None)


def compile_patterns(patterns: Sequence[str]) -> regex.Pattern[str] | None:
    """One pattern matching any of `patterns` (each already checked to compile alone)."""
    if not patterns:
        return None
    if len(patterns) == 1:
        return regex.compile(patterns[0])
    return regex.compile("|".join(f"(?:{scoped(p)})" for p in patterns))


def scoped(pattern: str) -> str:
    """Turn a leading global flag group like ``(?i)`` into a scoped one, so alternation keeps it local."""
    m = LEADING_FLAGS_RE.match(pattern)
    if not m:
        return pattern
    return f"(?{m.group(1)}:{pattern[m.end() :]})"


LEADING_FLAGS_RE = regex.compile(r"\(\?([aimsux]+)\)")
# Backreferences would change meaning once patterns are combined into one alternation.
BACKREFERENCE_RE = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\\k<")

T = TypeVar("T")


class LineIndex(Generic[T]):
    """Many matchers at once: which owner's matcher is the first (in order) to match a line.

    Exact and normalised strings go into dictionaries; for regexes, a `Prefilter` names the few
    whose required words or text the line holds, and only those run, so a line costs two
    dictionary lookups, one split into words and a handful of regex calls however many rules
    there are.
    """

    def __init__(self, entries: Sequence[tuple[T, Matcher]]) -> None:
        self.entries = list(entries)
        self.limits = [m.max_chars for _, m in entries]
        self.exact: dict[str, int] = {}
        self.keys: dict[str, int] = {}
        for order, (_, matcher) in enumerate(entries):
            for text in matcher.exact:
                self.exact.setdefault(text, order)
            for key in matcher.keys:
                self.keys.setdefault(key, order)
        # A line longer than twice the longest key (plus decoration) cannot normalise to a key.
        self.key_span = min(MAX_KEY_LINE, 2 * max(map(len, self.keys), default=0) + 10)
        self.patterns = [(order, m) for order, (_, m) in enumerate(entries) if m.pattern is not None]
        self.prefilter = Prefilter(
            [_condition(m) for _, m in self.patterns],
            [m.max_chars for _, m in self.patterns],
            [all(map(needs_digit, m.sources)) for _, m in self.patterns],
        )
        remember_conditions()

    def first(self, line: str, key: Callable[[], str]) -> T | None:
        """The owner of the first matcher matching `line`; `key()` gives its ``line_key`` on demand.

        Raises ``TimeoutError`` (with the owner as its argument) when a pattern runs over the limit.
        """
        size = len(line)
        best = self._fits(self.exact.get(line), size)
        if self.keys and size <= self.key_span:
            best = _earliest(best, self._fits(self.keys.get(key()), size))
        if self.patterns:
            best = _earliest(best, self._first_pattern(line, len(self.entries) if best is None else best))
        return None if best is None else self.entries[best][0]

    def first_in(self, lines: Sequence[str], known: Mapping[str, str] | None = None) -> list[T | None]:
        """`first` of each of `lines` (none holding a line break), with their keys (unless
        `known` has them) and their prefilter candidates found for all at once."""
        span = self.key_span if self.keys else -1
        # A page of short lines (a menu, a list) is case-folded once, for its keys and its
        # candidates, keys known already made again with the others (``line_keys`` makes the
        # keys ``line_key`` does); its keys are kept by position (a dictionary of them costs a
        # tenth of the rules' time on a page of many distinct lines).
        casefolded = None
        if lines and max(map(len, lines)) <= span:
            casefolded = "\n".join(lines).casefold()
            key_of = line_keys(lines, casefolded)
        else:
            keyed = [line for line in lines if len(line) <= span and line not in (known or ())]
            keys = dict(zip(keyed, line_keys(keyed), strict=True))
            keys.update(known or ())
            key_of = list(map(keys.get, lines))
        candidates = self.prefilter.candidates_in(lines, casefolded) if self.patterns else [()] * len(lines)
        # Most lines of a page match nothing: those with a pattern to run, an exact string or a
        # listed key are found by C-level passes over all, and only they are looked at.
        positions = range(len(lines))
        listed = set(itertools.compress(positions, map(self.exact.__contains__, lines)))
        if self.keys:
            listed.update(itertools.compress(positions, map(self.keys.__contains__, key_of)))
        exact, by_key, entries = self.exact.get, self.keys.get, self.entries
        found: list[T | None] = [None] * len(lines)
        for j in sorted(listed.union(itertools.compress(positions, candidates))):
            line, candidates_of_line = lines[j], candidates[j]
            if j not in listed:  # the common case: patterns to run, no exact string nor key listed
                best = self._first_of(line, candidates_of_line, len(entries))
            else:
                size = len(line)
                best = self._fits(exact(line), size)
                if size <= span:
                    best = _earliest(best, self._fits(by_key(key_of[j]), size))
                if candidates_of_line:
                    before = len(entries) if best is None else best
                    best = _earliest(best, self._first_of(line, candidates_of_line, before))
            found[j] = None if best is None else entries[best][0]
        return found

    def _first_pattern(self, line: str, before: int) -> int | None:
        """The order of the first pattern (before order `before`) that matches `line`."""
        return self._first_of(line, self.prefilter.candidates(line), before)

    def _first_of(self, line: str, candidates: Iterable[int], before: int) -> int | None:
        """The order of the first pattern among `candidates` (before order `before`) that matches `line`."""
        for k in candidates:
            order, matcher = self.patterns[k]
            if order >= before:
                return None
            try:
                # (positional: a keyword argument costs the regex module 0.7 us a call, the
                # timeout itself 1.5 us)
                if matcher.pattern.fullmatch(line, None, None, None, False, REGEX_TIMEOUT) is not None:  # type: ignore[union-attr]
                    return order
            except TimeoutError:
                raise TimeoutError(self.entries[order][0]) from None
        return None

    def _fits(self, order: int | None, size: int) -> int | None:
        if order is None:
            return None
        limit = self.limits[order]
        return order if limit is None or size <= limit else None


def _condition(matcher: Matcher) -> Condition | None:
    """What a line must hold for one of the matcher's regexes to match it (None: unknown)."""
    found: set[Need] = set()
    for source in matcher.sources:
        need = condition(source)
        if need is None:
            return None
        found |= need
    return frozenset(found)


def _earliest(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    return a if b is None else min(a, b)
