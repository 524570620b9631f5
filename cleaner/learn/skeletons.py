"""Template sentences with several per-story values: their fixed words, found by aligning lines.

A site may print a sentence whose fixed words frame two or three values that vary from story to
story ("The study '<title>' appeared in <journal>, DOI: <doi>.", "Correction: an earlier version
gave <what> wrongly. Corrected on <day> <month> <year>."). Its first and last words may be values,
so no ``frame`` key counts it, and a ``bracket`` key opens its two ends only. Here, sentences
sharing a run of SHINGLE words with sentences on enough other pages are aligned, and the words all
of them print in the same order are the sentence's skeleton; each is then counted under the
skeleton with the rest of its words open ("skeleton" keys, see ``classes.count``), unless a page
prints two sentences under one skeleton (an article written to a formula does). Article sentences
rarely share SKELETON_FIXED words in order with three others on other pages, and the guard judges
such a class as it judges a verbatim sentence (see ``classes._long_slot``).
"""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict

from .lines import MAX_LONG_SLOT_TOKENS, SENTENCE_END_RE, Token, slot_key, tokens
from .sample import SamplePage

SHINGLE = 4  # words in a row that group sentences of one template
SKELETON_FIXED = 8  # fixed tokens a skeleton keeps at least
MAX_OPEN = 3  # open values a sentence may have
MAX_SPAN = 16  # tokens a value may have (a title)
MIN_LINES = 3  # different sentences to align at least
Spans = tuple[tuple[int, int], ...]


def skeleton_keys(pages: list[SamplePage], minimum: int) -> dict[str, tuple[tuple[str, Spans], ...]]:
    """For each sentence of the sample that fits a skeleton, the skeleton's keys and its open spans."""
    keyed = {line: tokens(line) for page in pages for line in page.lines if _candidate(line)}
    df: Counter[str] = Counter()
    for page in pages:
        df.update({s for line in page.lines if line in keyed for s in _shingles(keyed[line])})
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for line, toks in keyed.items():
        for s in _shingles(toks):
            if df[s] >= minimum:
                groups[s].add(line)
    found: defaultdict[str, dict[str, Spans]] = defaultdict(dict)
    formulaic: set[str] = set()
    for group in {frozenset(g) for g in groups.values() if len(g) >= MIN_LINES}:
        skeleton = _common([[t.key for t in keyed[line]] for line in sorted(group)])
        if len(skeleton) < SKELETON_FIXED:
            continue
        fitting = {line: opened for line in group if (opened := open_spans([t.key for t in keyed[line]], skeleton))}
        if any(sum(line in fitting for line in set(page.lines)) > 1 for page in pages):
            formulaic.update(fitting)  # a template sentence is printed once a page, an article's formula more
        for line, opened in fitting.items():
            found[line][slot_key(keyed[line], opened)] = opened
    return {line: tuple(keys.items()) for line, keys in found.items() if line not in formulaic}


def _candidate(line: str) -> bool:
    return bool(SENTENCE_END_RE.search(line)) and SKELETON_FIXED < len(tokens(line)) <= MAX_LONG_SLOT_TOKENS


def _shingles(toks: list[Token]) -> set[str]:
    """Runs of SHINGLE words (numbers, and months on dated lines, break them)."""
    keys = [t.key if t.kind == "word" else "" for t in toks]
    return {" ".join(run) for i in range(len(keys) - SHINGLE + 1) if all(run := keys[i : i + SHINGLE])}


def _common(lines: list[list[str]]) -> list[str]:
    """What every line prints in the same order (longest common subsequences, one line after another)."""
    common = lines[0]
    for keys in lines[1:]:
        common = lcs(common, keys)
    return common


def lcs(a: list[str], b: list[str]) -> list[str]:
    """A longest common subsequence of two token key lists."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def open_spans(keys: list[str], skeleton: list[str]) -> Spans:
    """The token spans of a line the skeleton leaves open, matched so that they are as few as can
    be; () when they are too many or too long, when none is open, or when the open tokens outnumber
    twice the fixed ones."""
    fixed = _alignment(tuple(keys), tuple(skeleton))
    if fixed is None or 2 * len(fixed) < len(keys) - len(fixed):
        return ()
    spans, start = [], 0
    for i in [*fixed, len(keys)]:
        if i > start:
            spans.append((start, i))
        start = i + 1
    if not spans or len(spans) > MAX_OPEN or any(b - a > MAX_SPAN for a, b in spans):
        return ()
    return tuple(spans)


def _alignment(keys: tuple[str, ...], skeleton: tuple[str, ...]) -> list[int] | None:
    """The positions of `keys` matching `skeleton` in order, leaving the fewest runs of other tokens
    (a DOI's numbers may match the skeleton's in several ways); None if it is no subsequence."""

    @functools.cache
    def runs(i: int, j: int, inside: bool) -> float:
        if i == len(keys):
            return 0 if j == len(skeleton) else math.inf
        best = (0 if inside else 1) + runs(i + 1, j, True)
        if j < len(skeleton) and keys[i] == skeleton[j]:
            best = min(best, runs(i + 1, j + 1, False))
        return best

    if runs(0, 0, False) == math.inf:
        return None
    fixed, j, inside = [], 0, False
    for i in range(len(keys)):
        if j < len(skeleton) and keys[i] == skeleton[j] and runs(i + 1, j + 1, False) == runs(i, j, inside):
            fixed.append(i)
            j, inside = j + 1, False
        else:
            inside = True
    return fixed
