"""The regular expressions `learn` writes: escaped literals and a few bounded slots, nothing else.

- a number: digits with their separators and a short unit ("1.234", "12:30", "1.2K", "2024年");
- a month or weekday name, as the alternation of the names of its language (see ``calendar``);
- an open word or name: one to three words joined by a space, point, apostrophe or hyphen;
- a varying rest after (or before) a label: any text of at most N characters;
- a caption's credit after its text: a parenthesis, a labelled credit or a copyright sign, then
  anything but the same sign for at most N characters.

Every quantifier is bounded or has a single way to match, so a line of a few hundred characters (the
engine never gives more, see ``max_chars``) is matched in linear time; patterns are anchored to the
whole line by the engine (``fullmatch``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import regex

from .calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .lines import LEAD_SEP, ROW_EMPTY, ROW_NUMBER, SENTENCE_STOPS, Token, tokens

NUM_RX = r"\d+(?:[.,:/\-]\d+)*\p{L}{0,2}"
# Where any punctuation may separate tokens, a number must not give digits back to the next one.
ATOMIC_NUM_RX = r"(?>\d+(?:[.,:/\-]\d+)*)\p{L}{0,2}"
RUN_RX = r"[\p{L}\p{M}]+(?:[ .'\N{RIGHT SINGLE QUOTATION MARK}/-]{1,2}[\p{L}\p{M}]+){0,2}"
SEP_RX = r"[^\p{L}\p{N}\p{M}]{1,8}"
EDGE_RX = r"[^\p{L}\p{N}\p{M}]{0,8}"
# Between a word and a number written together ("s757794"), where another line has a point ("j.452798").
JOINED_RX = r"[^\p{L}\p{N}\p{M}\s]?"
NO_SENTENCE_END = f"(?<![{regex.escape(SENTENCE_STOPS)}])"
LABEL_SEPARATORS = {
    ":": "[:\N{FULLWIDTH COLON}]",
    "|": r"\|",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": (
        "[\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}]"
    ),
    "-": "[\\-\N{EN DASH}\N{EM DASH}]",
    ">": ">",
    "/": "/",
}
REST_MIN, REST_MAX = 40, 300
LEAD_REST_MIN = 160
CAPTION_MIN = 15


def token_regex(
    line: str,
    opened: tuple[tuple[int, int], ...],
    *,
    exact_gaps: bool = True,
    seen: Sequence[str] = (),
    phrase: int = 0,
) -> str:
    """`line` with numbers and month names as slots, and `opened` token spans as a word or name slot.

    With `exact_gaps`, the punctuation and spaces between tokens are the line's own; otherwise any
    punctuation may stand there. `seen` are the month and weekday names seen in the sample's lines
    of this kind (they choose the languages of the name slots). With `phrase`, an open span is any
    text of at most that many characters (a frame's phrase, see ``lines.frame_keys``).
    """
    toks = tokens(line)
    ends = dict(opened)
    parts = [_gap(line[: toks[0].start] if toks else line, exact_gaps, edge=True)]
    i = 0
    while i < len(toks):
        if i:
            parts.append(_gap(line[toks[i - 1].end : toks[i].start], exact_gaps))
        if i in ends:
            parts.append(f".{{1,{phrase}}}?" if phrase else RUN_RX)
            i = ends[i]
            continue
        parts.append(_token(toks[i], exact_gaps, seen))
        i += 1
    parts.append(_gap(line[toks[-1].end :] if toks else "", exact_gaps, edge=True))
    return "(?i)" + "".join(parts)


def _token(tok: Token, exact_gaps: bool, seen: Sequence[str]) -> str:
    if tok.kind == "num":
        return NUM_RX if exact_gaps else ATOMIC_NUM_RX
    if tok.kind == "cal":
        return calendar_rx(tok.text, seen)
    return regex.escape(tok.text, literal_spaces=True)


def _gap(gap: str, exact: bool, *, edge: bool = False) -> str:
    if exact:
        return regex.escape(gap, literal_spaces=True)
    if edge:
        return EDGE_RX
    return SEP_RX if gap else JOINED_RX


def calendar_rx(name: str, seen: Sequence[str] = ()) -> str:
    """Any month (or weekday) name of the language of `name`: of the languages that have every name
    in `seen` if there are any, else of all that have `name`. Abbreviated if `name` is; a full name
    that is also written short ("May") takes the abbreviations too when `seen` has one ("Jul")."""
    folded = name.casefold().rstrip(".")
    short = MONTH_ABBREVIATIONS.split()
    if folded in short:
        return "(?:" + "|".join(short) + r")\.?"
    for table in (MONTHS, WEEKDAYS):
        having = [set(words.split()) for words in table.values() if folded in words.split()]
        if not having:
            continue
        known = {s.casefold() for s in seen} & set().union(*having)
        narrow = [names for names in having if known <= names]
        names = sorted(set().union(*(narrow or having)))
        if table is MONTHS and {s.casefold().rstrip(".") for s in seen} & set(short):
            return "(?:" + "|".join([*(regex.escape(w) for w in names), *short]) + r")\.?"
        return "(?:" + "|".join(regex.escape(w) for w in names) + ")"
    return regex.escape(name)


def affix_regex(
    kind: str, label: str, sep: str, longest_rest: int, *, sentences: bool, seen: Sequence[str] = ()
) -> str:
    """A label, its separator, and a varying rest (after it for a prefix, before it for a suffix).

    Without `sentences` (none of the sample's lines ended like a sentence), the rest must not either.
    A label's numbers and month names are slots, as in the key the label was counted under ("Vol. 3 |",
    "12 June |"); `seen` are the month and weekday names of the labels seen. A label of numbers only
    ("2010 -") stays as written: any number and a dash begin too many of an article's lines.
    """
    shortest = LEAD_REST_MIN if sep == LEAD_SEP else REST_MIN  # a headline may be long
    rest = f".{{1,{min(REST_MAX, max(shortest, round_up(longest_rest * 1.5)))}}}"
    if not sentences:
        rest += NO_SENTENCE_END
    mark = regex.escape(label, literal_spaces=True)
    kinds = {t.kind for t in tokens(label)}
    if ("num" in kinds and kinds != {"num"}) or (sep == LEAD_SEP and kinds - {"word"}):
        mark = token_regex(label, (), seen=seen).removeprefix("(?i)")
    if sep == LEAD_SEP:  # no separator: the label as the site writes it (any date), and a space
        return f"{mark}\\s+(?=[\\p{{Lu}}\\p{{Lt}}\\p{{N}}\\p{{Pi}}\\p{{Ps}}\"'\\p{{Lo}}]){rest}"
    between = rf"\s*{LABEL_SEPARATORS.get(sep, regex.escape(sep))}\s*"
    if kind == "suffix":
        return f"(?i){rest}{between}{mark}"
    return f"(?i){mark}{between}{rest}"


# A row's separators as `lines.row_key` writes them, and a field: anything but a separator.
ROW_SEPARATORS = {",": r",\s*", "-": r"\s+[\-\N{EN DASH}\N{EM DASH}]\s+"}
ROW_FIELD_RX = (
    r"(?:[^()\[\]|\N{MIDDLE DOT}\N{BULLET};,\s]|,(?=\S)"
    r"|\s(?![\-\N{EN DASH}\N{EM DASH}]\s))"
)


def row_regex(key: str, longest_field: int) -> str:
    """A row of fields (see ``lines.row_key``): its separators as written, a number where the sample
    has one, and words without a separator of at most `longest_field` * 1.5 characters elsewhere."""
    parts = key.split(" ")
    field = f"{ROW_FIELD_RX}{{1,{round_up(longest_field * 1.5)}}}"
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(ROW_SEPARATORS.get(part, rf"\s*{regex.escape(part)}\s*"))
        elif part != ROW_EMPTY:
            out.append(NUM_RX if part == ROW_NUMBER else field)
    return "(?i)" + "".join(out) + NO_SENTENCE_END


NUMBERS_RE = regex.compile(r"\d+")
CREDIT_DASHES = "\N{EN DASH}\N{EM DASH}"


def credit_regex(shape: str, label: str, longest_rest: int, longest_credit: int, seen: Sequence[str] = ()) -> str:
    """A caption: a varying text of at least CAPTION_MIN characters, then a credit of the `shape`
    (see ``lines.credits``) beginning with `label`; without a label, one of the parenthesised
    credits `seen` (a parenthesis can hold anything: "(DVD)", "(in Spanish)"), any number in them
    standing for any number."""
    rest = f".{{{CAPTION_MIN},{min(REST_MAX, max(REST_MIN, round_up(longest_rest * 1.5)))}}}"
    tail = f"{{0,{round_up(longest_credit * 1.5)}}}"
    mark = regex.escape(label, literal_spaces=True) + r"(?![\p{L}\p{M}])" if label else ""
    if shape == "(" and not label:
        # numbers in them vary as a counter does: a video's length "(5:03)", a gallery's "(12)"
        choices = "|".join(sorted({NUMBERS_RE.sub(r"\\d+", regex.escape(c, literal_spaces=True)) for c in seen}))
        return f"(?i){rest}\\s*\\((?:{choices})\\)"
    if shape == "(":
        return f"(?i){rest}\\s*\\({mark}[^()]{tail}\\)"
    if shape == ":":
        after = f"(?:[{regex.escape(SENTENCE_STOPS)}]\\s+|\\s+\\|\\s+|\\s+[\\-{CREDIT_DASHES}]\\s+)"
        return f"(?i){rest}{after}{mark}\\s*[:\N{FULLWIDTH COLON}][^:|]{tail}"
    return f"(?i){rest}\\s*{regex.escape(shape)}[^{regex.escape(shape)}]{tail}"


def round_up(x: float, step: int = 10) -> int:
    return int(math.ceil(x / step) * step)
