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

from collections.abc import Sequence
from dataclasses import dataclass

import regex

KEY_DROP_RE = regex.compile(r"[^\p{L}\p{N}\p{M}]+")
DIGITS_RE = regex.compile(r"\p{Nd}+")
# Normalised keys of label-like lines are short; longer lines are never looked up by key.
MAX_KEY_LINE = 300
REGEX_TIMEOUT = 1.0


def line_key(line: str) -> str:
    """The normalised form used by ``normalized`` matchers."""
    key = DIGITS_RE.sub("0", line.casefold())
    return KEY_DROP_RE.sub(" ", key).strip()


@dataclass(frozen=True)
class Matcher:
    """A compiled whole-line matcher (see the module docstring)."""

    exact: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()
    pattern: regex.Pattern[str] | None = None
    max_chars: int | None = None

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
