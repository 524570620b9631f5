"""Line-wrap repair: rebuild paragraphs from hard-wrapped lines.

Sources break text in different ways: at a fixed width, raggedly (translated line by line), with
paragraphs separated by a blank line or by nothing but a newline. No single signal tells a wrap
from a paragraph end in all of them, so each document is measured first (`profile`):

- do blank lines separate its paragraphs (more blank lines than newlines after a sentence end)?
  Then a newline is a wrap unless structure says otherwise;
- is it wrapped at one width (lines that plainly go on all reach it)? Then a line that left room
  for the next word ended a paragraph, and a full line is a wrap unless a sentence ended on it;
- is it one paragraph a line (most lines end a sentence, or the lines that do are more than twice
  as wide as the rest)? Then an unpunctuated line is a heading or a list entry unless something
  says that a paragraph was broken there;
- or raggedly (how short can a wrapped line be?)

and each newline is then decided by the first of a list of signals that has an opinion
(`BLANK_LAYOUT_SIGNALS`, `FIXED_WIDTH_SIGNALS`, `LINE_SIGNALS`, `SIGNALS`;
`paragraphs(..., explain=[])` says which one decided): a word broken at a hyphen, table rows,
list markers, room left on a fixed-width line, a comma or a lower-case start, a sentence end
(Unicode's sentence terminals in every script, an ellipsis, a Greek question mark, closing quotes
after them; not abbreviations or initials), a Chinese or Japanese particle that ends or starts no
phrase. Then, for an unpunctuated line:

- one paragraph a line: a title broken in two (two short title-like pieces, the second not
  running on), a capital the document writes only at sentence starts (a new paragraph), a list
  item that stays about as wide as the list's items, a function word at the end (the document's
  own, or a short stopword of its language), a sentence end inside the line, a phrase the
  document has elsewhere, a capital after it (a heading), in a script without case a line a
  quarter as wide as most paragraphs (a heading);
- ragged: shorter than any wrap, a bare link, a function word at its end, a short line opening a
  paragraph without a comma (a heading), a line or two opening a paragraph before a capital that
  a wrap would rarely bring (the document writes that word in lower case in mid-sentence, or
  capitalises few words there: a heading), running text, all caps or title case, the length and
  punctuation of a line before a script without case (the first line of a text, without a comma
  or a sentence end, is its title), and whether the capital on the next line is one the
  document also writes in mid-sentence.

Blank lines always separate paragraphs; lines removed by the engine are joined across only when
the sentence plainly goes on.

Joining: a space, except next to CJK characters; soft hyphens are removed; a hyphen at a line end
is dropped only when the word joined without it occurs elsewhere in the document (``pen-`` +
``gembangan``), kept with a space before a conjunction (``Sonn-`` + ``und Feiertage``), else kept
without a space (``sama-`` + ``sama``).

The work is linear in the text: each line is read at its two ends (and measured), each break
looks at the lines around it, and the few document-wide questions (is this word written
capitalised in mid-sentence? which language's stopwords?) are answered by bounded lookups and a
sample of a few hundred characters.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from cleaner import lang


class Break(enum.IntEnum):
    """What separated a line from the one before it in the source."""

    NEWLINE = 0  # a plain line break
    BLANK = 1  # one or more blank lines
    REMOVED = 2  # lines removed by a rule sat here (with or without blank lines around them)


# --- characters -----------------------------------------------------------------------------

# Scripts written without spaces between words: lines in them join without a space.
CJK = (
    r"\p{Han}\p{InHiragana}\p{InKatakana}"
    r"\p{InCJK_Symbols_and_Punctuation}\p{InHalfwidth_and_Fullwidth_Forms}"
)
CJK_RE = regex.compile(rf"[{CJK}]")
WIDE_START = "\N{CJK RADICAL REPEAT}"  # no CJK or wide character comes before it
# Any character from WIDE_START on: a set scan, where the stdlib engine is several times faster.
FROM_WIDE_START_RE = re.compile("[\N{CJK RADICAL REPEAT}-\U0010ffff]")
# Characters a terminal or a CJK text wraps as two columns.
WIDE_RE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]+")
# What a line-breaker cannot split: one CJK character or a run of other non-space text.
HEAD_RE = regex.compile(rf"[{CJK}]|[^\s{CJK}]+")
# Closing and opening quotes and brackets. German closes with an initial quote (``„…“``).
CLOSERS = r"\p{Pe}\p{Pf}\p{Pi}\"'"
OPENERS = r"\p{Ps}\p{Pi}\"'"
CLOSER_RE = regex.compile(rf"[{CLOSERS}]")
OPENER_RE = regex.compile(rf"[{OPENERS}]")
# A sentence end (Unicode's sentence terminals, an ellipsis, a Greek question mark, which may be
# written as a semicolon), then closing quotes or brackets or a footnote star.
TERMINAL = r"\p{Sentence_Terminal}\N{HORIZONTAL ELLIPSIS}\N{GREEK QUESTION MARK}"
# Dots that do not end a sentence, as the last word of a line: initials (``J.``, ``z. B.``),
# dotted abbreviations (``U.S.``, ``m.in.``, ``e.g.``) and short capitalised titles (``Dr.``,
# ``Mr.``, ``St.``).
ABBREVIATION_RE = regex.compile(
    rf"[{OPENERS}]*(?:\p{{L}}|(?:\p{{L}}{{1,3}}\.)+\p{{L}}{{1,3}}|\p{{Lu}}\p{{Ll}}{{1,2}})\."
)
# Commas, semicolons, dashes and opening brackets leave a sentence open.
# A short capitalised word with a full stop at the end of a line: a title (``Dr.``) or a word.
DOTTED_WORD_RE = regex.compile(r"(?:^|(?<=\s))(\p{Lu}\p{Ll}{1,2})\.$")
COMMAS = r",;\N{FULLWIDTH COMMA}\N{IDEOGRAPHIC COMMA}\N{FULLWIDTH SEMICOLON}\N{ARABIC COMMA}\N{ARABIC SEMICOLON}"
COMMA_RE = regex.compile(rf"[{COMMAS}]")
# How a line ends, searched from the end: a sentence end (French sets a space before its closing
# guillemet), a word broken at a hyphen (a letter,
# then the hyphen), a colon, or punctuation that leaves the sentence open (a comma, a dash, an
# opening bracket or an opening quote on its own).
LINE_END_RE = regex.compile(
    rf"""(?r)(?:
        (?P<terminal>(?:[{TERMINAL}]|(?<=\p{{Greek}});)(?:[{CLOSERS}*]|\s[\p{{Pe}}\p{{Pf}}])*)
      | (?P<hyphen>(?<=\p{{L}})[-\N{{HYPHEN}}])
      | (?P<colon>[:\N{{FULLWIDTH COLON}}])
      | (?P<continuing>[{COMMAS}\p{{Pd}}\p{{Ps}}]|(?:^|(?<=\s))[{OPENERS}])
    )$""",
    regex.VERBOSE,
)
HYPHENATED_RE = regex.compile(r"(\p{L}+)[-\N{HYPHEN}]$")
# Lines starting with closing punctuation, a comma or a CJK full stop continue the line before.
# So do the kana that Japanese typesetting never puts at the start of a line.
KINSOKU = (
    "\N{KATAKANA-HIRAGANA PROLONGED SOUND MARK}\N{IDEOGRAPHIC ITERATION MARK}"
    "\N{HIRAGANA LETTER SMALL TU}\N{HIRAGANA LETTER SMALL YA}\N{HIRAGANA LETTER SMALL YU}"
    "\N{HIRAGANA LETTER SMALL YO}\N{KATAKANA LETTER SMALL TU}\N{KATAKANA LETTER SMALL YA}"
    "\N{KATAKANA LETTER SMALL YU}\N{KATAKANA LETTER SMALL YO}"
)
# Chinese and Japanese function characters that end no title or sentence (case particles,
# prepositions, conjunctions), and those that start no word: next to a line break, the sentence
# goes on. Japanese headlines may end on へ, に, を or も ("to", "into", object, "also"), so
# those count only as evidence that a line does not end a title.
NO_END = (
    "\N{HIRAGANA LETTER HA}\N{HIRAGANA LETTER GA}\N{HIRAGANA LETTER NO}\N{HIRAGANA LETTER DE}"
    "\N{HIRAGANA LETTER TO}\N{HIRAGANA LETTER YA}"
    "\N{CJK UNIFIED IDEOGRAPH-5728}\N{CJK UNIFIED IDEOGRAPH-548C}\N{CJK UNIFIED IDEOGRAPH-4E0E}"  # 在 和 与
    "\N{CJK UNIFIED IDEOGRAPH-5BF9}\N{CJK UNIFIED IDEOGRAPH-628A}\N{CJK UNIFIED IDEOGRAPH-88AB}"  # 对 把 被
    "\N{CJK UNIFIED IDEOGRAPH-4ECE}\N{CJK UNIFIED IDEOGRAPH-5411}\N{CJK UNIFIED IDEOGRAPH-53CA}"  # 从 向 及
    "\N{CJK UNIFIED IDEOGRAPH-6216}\N{CJK UNIFIED IDEOGRAPH-800C}\N{CJK UNIFIED IDEOGRAPH-7ED9}"  # 或 而 给
    "\N{CJK UNIFIED IDEOGRAPH-7684}"  # 的
)
NO_TITLE_END = NO_END + ("\N{HIRAGANA LETTER HE}\N{HIRAGANA LETTER NI}\N{HIRAGANA LETTER WO}\N{HIRAGANA LETTER MO}")
NO_START = (
    "\N{HIRAGANA LETTER WO}\N{HIRAGANA LETTER GA}\N{HIRAGANA LETTER N}"
    "\N{CJK UNIFIED IDEOGRAPH-4EEC}"  # 们
)
CONTINUING_START_RE = regex.compile(
    rf"[{COMMAS}{KINSOKU}\p{{Pe}}.:!?%\N{{IDEOGRAPHIC FULL STOP}}\N{{FULLWIDTH COLON}}"
    r"\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}]"
)
# A closing quote on its own at the start of a line (French spaces it from the word before).
CLOSING_START_RE = regex.compile(r"\p{Pf}(?:\s|$)")
LINK_STARTS = ("http:", "https:", "www.", "@", "#")
LINK_FIRSTS = "hw@#"
FIRST_ALNUM_RE = regex.compile(r"[\p{L}\p{N}]")
FIRST_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}]*")
# List markers: a bullet sign or a dash before a space; a CJK bullet; a number or letter with a
# dot or bracket; CJK numbering (an ideograph or a digit with an ideographic comma, or in
# fullwidth brackets).
BULLETS = (
    r"*+\p{Pd}\N{BULLET}\N{MIDDLE DOT}\N{BLACK SMALL SQUARE}\N{BLACK RIGHT-POINTING POINTER}"
    r"\N{BLACK RIGHT-POINTING SMALL TRIANGLE}\N{WHITE BULLET}\N{BLACK CIRCLE}\N{WHITE CIRCLE}"
    r"\N{BLACK SQUARE}\N{WHITE SQUARE}\N{BLACK DIAMOND}\N{WHITE DIAMOND}"
    r"\N{CHECK MARK}\N{HEAVY CHECK MARK}\N{RIGHTWARDS ARROW}"
) + r"\N{THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD}\N{BLACK RIGHTWARDS ARROWHEAD}"
CJK_BULLETS = r"\N{KATAKANA MIDDLE DOT}\N{BULLET}\N{BLACK CIRCLE}\N{BLACK SQUARE}\N{BLACK DIAMOND}"
# The ideographs for one to ten.
CJK_NUMERALS = "".join(
    (
        "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-4E8C}\N{CJK UNIFIED IDEOGRAPH-4E09}",
        "\N{CJK UNIFIED IDEOGRAPH-56DB}\N{CJK UNIFIED IDEOGRAPH-4E94}\N{CJK UNIFIED IDEOGRAPH-516D}",
        "\N{CJK UNIFIED IDEOGRAPH-4E03}\N{CJK UNIFIED IDEOGRAPH-516B}\N{CJK UNIFIED IDEOGRAPH-4E5D}",
        "\N{CJK UNIFIED IDEOGRAPH-5341}",
    )
)
BULLET_RE = regex.compile(
    rf"""(?:
        [{BULLETS}](?=\s|$)
      | [{CJK_BULLETS}]
      | (?:\d{{1,3}}|[a-z]|[ivx]{{1,4}}|[IVX]{{2,4}})[.)](?=\s)
      | [A-Z]\)(?=\s) | \((?:\d{{1,3}}|[a-zA-Z]{{1,3}})\)(?=\s)
      | [{CJK_NUMERALS}]{{1,3}}\N{{IDEOGRAPHIC COMMA}}
      | \N{{FULLWIDTH LEFT PARENTHESIS}}[{CJK_NUMERALS}\d]{{1,3}}\N{{FULLWIDTH RIGHT PARENTHESIS}}
      | \d{{1,3}}[\N{{IDEOGRAPHIC COMMA}}\N{{FULLWIDTH FULL STOP}}]
    )""",
    regex.VERBOSE,
)
DASH_BULLET_RE = regex.compile(r"\p{Pd}")
# Bullet signs that never start a line of running text (unlike a dash, a star, a plus sign or a
# middle dot, which a wrap can bring to the start of a line).
SIGN_BULLET_RE = regex.compile(
    r"[\N{BULLET}\N{BLACK SMALL SQUARE}\N{BLACK RIGHT-POINTING POINTER}\N{BLACK RIGHT-POINTING SMALL TRIANGLE}"
    r"\N{WHITE BULLET}\N{BLACK CIRCLE}\N{WHITE CIRCLE}\N{BLACK SQUARE}\N{WHITE SQUARE}\N{BLACK DIAMOND}"
    r"\N{WHITE DIAMOND}\N{CHECK MARK}\N{HEAVY CHECK MARK}\N{KATAKANA MIDDLE DOT}]"
)
TABLE_RE = regex.compile(r"\t|\S {2,}\S.*\S {2,}\S|\|.*\|")
NUMBER_RE = regex.compile(r"(?<!\S)[-+\p{Sc}]?\d[\d.,:/%-]*(?!\S)")
# A sentence ends inside the line and another begins: the line is running text, not a title.
INNER_SENTENCE_END_RE = regex.compile(rf"\p{{L}}{{2}}[{TERMINAL}][{CLOSERS}]*\s+[{OPENERS}]?\p{{Lu}}")
PUNCTUATION_RE = regex.compile(r"\p{P}")
TERMINAL_MARK_RE = regex.compile(rf"[{TERMINAL}]")
# The marks that cut running text into clauses: commas, colons and sentence ends (not quotes or
# brackets, which a title may hold).
CLAUSE_MARK_RE = regex.compile(rf"[{COMMAS}{TERMINAL}:\N{{FULLWIDTH COLON}}]")
# Punctuation but for hyphens and apostrophes inside a word (``Sehari-hari``, ``Körfezi'nde``).
SENTENCE_PUNCTUATION_RE = regex.compile(r"(?!(?<=\p{L})[-'\N{RIGHT SINGLE QUOTATION MARK}]\p{L})\p{P}")
WORD_RE = regex.compile(r"\w+(?:-\w+)*")


def word_pattern(word: str) -> regex.Pattern[str]:
    """Where `word` (word characters and inner hyphens) is a whole word `WORD_RE` finds: no word
    character before it, nor one and a hyphen (it would go on that word), and none after it, nor
    a hyphen and one."""
    return regex.compile(rf"(?<!\w)(?<!\w-){regex.escape(word)}(?!\w)(?!-\w)")


# The last word of a line, when the line ends in one (after an opening quote or a space).
LAST_WORD_RE = regex.compile(rf"(?r)(?:^|(?<=[\s{OPENERS}]))\p{{L}}[\p{{L}}\p{{M}}]*$")
MAX_FUNCTION_WORD = 4
# What may open the word after a function word: a letter or digit, a currency sign ("for $400"),
# an opening quote or bracket ("the “smart” meter").
WORD_START_RE = regex.compile(rf"[\p{{L}}\p{{N}}\p{{Sc}}{OPENERS}]")
# Below this share of capitalised words in mid-sentence, a capital at the start of a line is
# likelier a sentence start than a wrap (a wrong join costs two paragraphs, a wrong break one).
RARE_CAPITALS = 0.25
# How much wider than the median line of a list item an item broken in two may be.
ITEM_SLACK = 2.0
# A word after a word (or comma) and a space: its capital, if any, is not a sentence start's.
# (Written from the space on, so that the engine looks behind only where there is one: the word
# after \K is what `findall` gives.)
MID_SENTENCE_WORD_RE = regex.compile(r" (?<=[\p{L}\p{N},;)] )\K\p{L}[\p{L}\p{M}]*")


class Case(enum.IntEnum):
    """How the first letter or digit of a line is written."""

    NONE = 0  # no letter or digit near the start, or a script without case (CJK, Arabic, ...)
    UPPER = 1
    LOWER = 2
    DIGIT = 3


class Shape(enum.IntEnum):
    """How a line ends."""

    WORD = 0  # a letter, digit or anything else that does not end a sentence
    TERMINAL = 1  # a sentence end
    COLON = 2
    CONTINUING = 3  # comma, semicolon, dash or an opening bracket: the sentence goes on
    HYPHEN = 4  # a word broken at a hyphen (``pen-``)
    SOFT = 5  # a word broken at a soft hyphen


# --- lines ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Line:
    """A stripped line and what the decisions need to know about it. A line with a blank line on
    both sides needs nothing but its text and width, so it keeps the defaults."""

    text: str
    width: int  # in columns, East Asian wide characters counting two
    shape: Shape = Shape.WORD
    case: Case = Case.NONE
    head: str = ""  # the first unbreakable atom (a word, or one CJK character)
    head_width: int = -1  # -1: as many columns as characters
    cjk_start: bool = False
    cjk_end: bool = False
    bullet: bool = False
    table: bool = False  # spaced into columns
    continuing_start: bool = False


def describe(raw: str, full: bool = True) -> Line:
    """Features of one line. Reads only its two ends, except for the width (and for a table,
    whose columns are spaced); cheap checks go first because this runs for every line."""
    text = raw.strip()
    soft = False
    if "\N{SOFT HYPHEN}" in text:
        soft = text.endswith("\N{SOFT HYPHEN}")
        text = text.replace("\N{SOFT HYPHEN}", "").strip()
    if not full or not text:  # only the typical width is read, and roughly
        return Line(text, len(text))
    first, last, start = text[0], text[-1], text[:16]
    if text.isascii():
        line = Line(text, len(text), head=text[:128].split(None, 1)[0])
    else:
        line = describe_wide(text, first, last)
    if first.isascii() and first.isalpha():  # the common case, in Latin script, costs no pattern
        linked = first in LINK_FIRSTS and start.startswith(LINK_STARTS)
        line.case = Case.NONE if linked else Case.UPPER if first.isupper() else Case.LOWER
        line.bullet = text[1:2] in ".)" and BULLET_RE.match(start) is not None
    else:
        line.case = first_case(start)
        if not first.isalpha() or first in CJK_NUMERALS:
            line.bullet = BULLET_RE.match(start) is not None
        if not first.isalnum() or first in KINSOKU:
            line.continuing_start = CONTINUING_START_RE.match(first) is not None or (
                CLOSING_START_RE.match(text[:2]) is not None
            )
    line.shape = Shape.SOFT if soft else Shape.WORD if last.isalnum() else line_end(text[-24:])
    if "  " in text or "\t" in text or "|" in text:
        line.table = TABLE_RE.search(text) is not None
    return line


def describe_wide(text: str, first: str, last: str) -> Line:
    """Width, first word and CJK ends of a line that is not ASCII. Wide characters and CJK start
    at CJK Radicals (Hangul Jamo and a few symbols before it count as narrow here)."""
    if first < WIDE_START and last < WIDE_START and not FROM_WIDE_START_RE.search(text):
        return Line(text, len(text), head=text[:128].split(None, 1)[0])
    line = Line(text, width_of(text))
    line.cjk_start = first >= WIDE_START and CJK_RE.match(first) is not None
    line.cjk_end = last >= WIDE_START and CJK_RE.match(last) is not None
    if line.cjk_start:
        line.head, line.head_width = first, width_of(first)
    else:
        found = HEAD_RE.match(text[:128])
        line.head = found.group() if found else ""
        line.head_width = width_of(line.head)
    return line


def width_of(text: str) -> int:
    return len(text) + sum(map(len, WIDE_RE.findall(text)))


def line_end(end: str) -> Shape:
    if end[-1] in PLAIN_TERMINALS:  # the common ends, which LINE_END_RE can only read as terminal
        return Shape.WORD if end[-1] == "." and _abbreviated(end) else Shape.TERMINAL
    found = LINE_END_RE.search(end)
    if found is None:
        return Shape.WORD
    kind = found.lastgroup
    if kind == "terminal":
        return Shape.WORD if end[-1] == "." and _abbreviated(end) else Shape.TERMINAL
    return SHAPES[kind]


def _abbreviated(end: str) -> bool:
    word = end.rsplit(None, 1)[-1]
    # A word over four characters opening with no quote or bracket, its one dot the last: none
    # of the abbreviations (most last words of a sentence; this runs for every line).
    if len(word) > 4 and word[0].isalnum() and word.count(".") == 1:
        return False
    return ABBREVIATION_RE.fullmatch(word) is not None


SHAPES = {"hyphen": Shape.HYPHEN, "colon": Shape.COLON, "continuing": Shape.CONTINUING}
PLAIN_TERMINALS = ".!?"


def first_case(start: str) -> Case:
    first = start[0]
    if first in LINK_FIRSTS and start.startswith(LINK_STARTS):  # a link is no sentence start
        return Case.NONE
    if not first.isalnum():
        found = FIRST_ALNUM_RE.search(start[:6])
        if found is None:
            return Case.NONE
        first = found.group()
    if first.isupper() or first.istitle():
        return Case.UPPER
    if first.islower():
        return Case.LOWER
    return Case.DIGIT if first.isdigit() else Case.NONE


def is_numeric_row(text: str) -> bool:
    """Mostly numbers, like a row of a results table."""
    if len(text) > 160:
        return False
    numbers = len(NUMBER_RE.findall(text))
    return numbers >= 3 and 2 * numbers >= text.count(" ") + 1


# --- the document ---------------------------------------------------------------------------


@dataclass(slots=True)
class Profile:
    """What one document's layout says about its line breaks."""

    blank: bool  # blank lines separate its paragraphs, so single newlines are wraps
    unwrapped: bool  # most lines are whole paragraphs: more of them end a sentence than plainly wrap
    fixed: bool  # wrapped at one width: a line that left room for the next word ended a paragraph
    width: int  # the wrap width (fixed) or the widest wrapped line
    floor: int  # a wrapped line plus the next word was never narrower than this (0: unknown)
    typical: int  # the median width of a line
    prose: int  # the median width of a line that ends a sentence (0: none does)
    item: int  # the median width of a list item line (0: fewer than two)
    items_punctuated: bool  # most list items end in punctuation (a comma, a full stop)


def gap(prev: Line, nxt: Line) -> int:
    return 0 if prev.cjk_end or nxt.cjk_start else 1


def room(prev: Line, nxt: Line) -> int:
    """The width this line would have had with the next line's first word on it."""
    return prev.width + gap(prev, nxt) + (len(nxt.head) if nxt.head_width < 0 else nxt.head_width)


def fits(prev: Line, nxt: Line, doc: Profile) -> bool:
    """Would the next line's first word have fitted on this line of a fixed-width document?"""
    return doc.fixed and room(prev, nxt) <= doc.width


def plainly_wrapped(prev: Line, nxt: Line) -> bool:
    """A newline that can only be a wrap: the sentence visibly goes on."""
    if nxt.bullet or prev.bullet:
        return False
    if prev.shape is Shape.CONTINUING or nxt.continuing_start:
        return True
    return nxt.case is Case.LOWER and prev.shape is Shape.WORD


def uncased_wrap(prev: Line, nxt: Line) -> bool:
    """A word, then a letter of a script without case (CJK, Arabic, Devanagari, Hangul): most
    often a wrap, sometimes a heading; enough to tell fixed from ragged wrapping, and, read
    with care, how short a wrapped line can be."""
    return prev.shape is Shape.WORD and nxt.case is Case.NONE and nxt.head[:1].isalpha() and not nxt.bullet


def floor(needs: list[int], uncased: list[int]) -> int:
    """How narrow a wrapped line (plus the next word) can be: the narrowest plain wrap; in a
    script without case, where headings hide among the samples, a little under the tenth
    narrowest in a hundred. 0 when there are too few to tell."""
    if len(needs) >= 6:
        # Widths spread evenly between the floor and the width: the narrowest of n samples lies
        # about a (n - 1)th of their spread above the floor.
        low, high = min(needs), max(needs)
        return low - (high - low) // (len(needs) - 1)
    if len(uncased) >= 10:
        return int(0.85 * sorted(uncased)[len(uncased) // 10])
    return 0


def unwrapped(terminal: int, newlines: int, wrapped: list[int], ended: list[int]) -> bool:
    """One paragraph a line: more lines end a sentence than plainly wrap, or the lines that end
    a sentence (whole paragraphs) are more than twice as wide as those that seem to wrap
    (headings, list items and the pieces of a paragraph broken in two, in a script without case
    where each of them seems to wrap). Sorted `ended` widths."""
    if terminal - len(wrapped) > 0.05 * newlines:
        return True
    return len(ended) >= 3 and len(wrapped) >= 3 and ended[len(ended) // 2] > 2 * sorted(wrapped)[len(wrapped) // 2]


def profile(lines: Sequence[Line], breaks: Sequence[Break]) -> Profile:
    """Measure the layout: blank-line paragraphs, fixed or ragged wrapping, and the widths."""
    blanks = sentence_newlines = terminal = newlines = widest = 0
    needs: list[int] = []  # for each plainly wrapped line: its width with the next word on it
    uncased: list[int] = []  # the same for a word then a letter without case: mostly wraps
    for i in range(1, len(lines)):
        if breaks[i] != Break.NEWLINE:
            blanks += breaks[i] == Break.BLANK
            continue
        prev, nxt = lines[i - 1], lines[i]
        newlines += 1
        if " " in prev.text or prev.cjk_end:  # a single unbreakable atom says nothing of the width
            widest = max(widest, prev.width)
        if prev.shape is Shape.TERMINAL:
            terminal += 1
            sentence_newlines += nxt.case is not Case.LOWER and not nxt.bullet
        elif plainly_wrapped(prev, nxt):
            needs.append(room(prev, nxt))
        elif uncased_wrap(prev, nxt):
            uncased.append(room(prev, nxt))
    wrapped = needs + uncased
    fixed = len(wrapped) >= 3 and sum(need > widest for need in wrapped) >= 0.8 * len(wrapped)
    widths = sorted(line.width for line in lines)
    ended = sorted(line.width for line in lines if line.shape is Shape.TERMINAL)
    items = [line.width for line in lines if line.bullet]
    punctuated = sum(line.bullet and line.shape is not Shape.WORD for line in lines)
    return Profile(
        blank=blanks > 0 and sentence_newlines <= blanks,
        unwrapped=not fixed and unwrapped(terminal, newlines, wrapped, ended),
        fixed=fixed,
        width=widest,
        floor=floor(needs, uncased),
        typical=widths[len(widths) // 2] if widths else 0,
        prose=ended[len(ended) // 2] if ended else 0,
        item=sorted(items)[len(items) // 2] if len(items) >= 2 else 0,
        items_punctuated=len(items) >= 2 and punctuated >= 0.6 * len(items),
    )


class Evidence:
    """Document-wide word statistics, gathered only when a decision needs them.

    The work stays linear in the document: each kind of question is asked about at most
    ``LOOKUPS`` words, each answered from at most ``SAMPLE`` occurrences found by ``str.find``
    (past the lookups, one pass over the document answers all capitalisation questions, and the
    other questions go unanswered)."""

    __slots__ = (
        "_capital_share",
        "_capitals",
        "_followed",
        "_frequent",
        "_lines",
        "_lower",
        "_pairs",
        "_seen",
        "_stopwords",
        "_text",
        "_word_lookups",
        "_words",
        "german",
    )
    LOOKUPS = 32
    SAMPLE = 64
    FREQUENT = 12
    LANGUAGE_SAMPLE = 600  # characters of prose to tell the language from
    PROSE_LINE = 40  # characters of a line worth sampling

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._text = "\n".join(line.text for line in lines)
        # German closes its quotations with the mark English opens them with (``„…“``).
        self.german = "\N{DOUBLE LOW-9 QUOTATION MARK}" in self._text
        self._lower: str | None = None
        self._words: Counter | None = None
        self._word_lookups = 0
        self._capitals: Counter | None = None
        self._seen: dict[str, bool | None] = {}
        self._followed: dict[str, int] = {}
        self._pairs = 0
        self._stopwords: frozenset[str] | None = None
        self._frequent: frozenset[str] | None = None
        self._capital_share: float | None = None

    def stopwords(self) -> frozenset[str]:
        """The stopwords of the document's language (none when it cannot be told), told from a
        sample of its longer lines: a few hundred characters of prose are plenty."""
        if self._stopwords is None:
            code = lang.detect(self.sample())
            self._stopwords = lang.stopwords(code) if code else frozenset()
        return self._stopwords

    def is_stopword(self, word: str) -> bool:
        """Whether the lower-case `word` is a stopword of the document's language; the language
        is told only for a word that some language lists."""
        return lang.listed(word) and word in self.stopwords()

    def sample(self) -> str:
        taken: list[str] = []
        size = 0
        for line in self._lines:
            if len(line.text) >= self.PROSE_LINE:
                taken.append(line.text)
                size += len(line.text)
                if size >= self.LANGUAGE_SAMPLE:
                    break
        return "\n".join(taken) if size >= self.LANGUAGE_SAMPLE else self._text[: 2 * self.LANGUAGE_SAMPLE]

    def frequent(self) -> frozenset[str]:
        """The document's most frequent words (the function words of its language, mostly)."""
        if self._frequent is None:
            # Split at spaces only (cheap): a word with punctuation after it counts apart, and
            # function words seldom have any.
            counts = Counter(self.lower().split())
            self._frequent = frozenset(word for word, _ in counts.most_common(self.FREQUENT))
        return self._frequent

    def lower(self) -> str:
        """The document, lower-cased."""
        if self._lower is None:
            self._lower = self._text.lower()
        return self._lower

    def word_count(self, word: str) -> int:
        """How often the lower-case `word` occurs as a word of the lower-cased document (hyphenated
        compounds whole, as `WORD_RE` finds words). The first lookups look for that word alone (a
        document with a word or two broken at a hyphen is not split into all its words for them);
        past ``LOOKUPS`` of them, one pass counts every word and answers the rest."""
        if self._words is None and self._word_lookups < self.LOOKUPS:
            self._word_lookups += 1
            if WORD_RE.fullmatch(word) is None:  # (no word `WORD_RE` finds)
                return 0
            return len(word_pattern(word).findall(self.lower()))
        if self._words is None:
            self._words = Counter(WORD_RE.findall(self.lower()))
        return self._words[word]

    def capitalised_in_mid_sentence(self, word: str) -> bool | None:
        """True: written capitalised after another word somewhere (a name, a German noun). False:
        only lower-case there, so its capital marks a sentence start. None: not seen there."""
        if word not in self._seen:
            lower = word.lower()
            if self._capitals is None and len(self._seen) >= self.LOOKUPS:
                self._capitals = Counter(MID_SENTENCE_WORD_RE.findall(self._text))
            if self._capitals is not None:
                capital, small = self._capitals[word] > 0, self._capitals[lower] > 0
            else:
                capital, small = self.in_mid_sentence(word), self.in_mid_sentence(lower)
            self._seen[word] = True if capital else False if small and lower != word else None
        return self._seen[word]

    def capital_share(self) -> float:
        """The share of words in mid-sentence that are capitalised: how likely a wrap is to
        bring a capital to the start of a line."""
        if self._capital_share is None:
            if self._capitals is None:  # the same pass answers capitalisation questions from now on
                self._capitals = Counter(MID_SENTENCE_WORD_RE.findall(self._text))
            words = self._capitals
            total = words.total()
            self._capital_share = sum(n for w, n in words.items() if w[0].isupper()) / total if total else 1.0
        return self._capital_share

    def side_by_side(self, left: str, right: str) -> bool | None:
        """Do these two words stand side by side, a space apart, somewhere in the document?"""
        self._pairs += 1
        if self._pairs > self.LOOKUPS:
            return None
        text, needle = self._text, f"{left} {right}"
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                return True
            at = text.find(needle, at + 1)
        return False

    def adjacent_elsewhere(self, left: str, right: str) -> bool | None:
        """Do these two characters stand side by side somewhere in the document (in CJK text, a
        word the line break cut)?"""
        self._pairs += 1
        return left + right in self._text if self._pairs <= self.LOOKUPS else None

    def always_followed(self, word: str, least: int = 3) -> bool | None:
        """Is `word` (seen at least `least` times more) always followed by another word, never by
        punctuation, as articles and prepositions are? None when seen too rarely."""
        if word not in self._followed:
            if len(self._followed) >= self.LOOKUPS:
                return None
            self._followed[word] = self.followed(word)
        seen = self._followed[word]
        return False if seen < 0 else True if seen >= least else None

    def followed(self, word: str) -> int:
        """How often `word` is followed by another word (up to SAMPLE); -1 if ever by punctuation."""
        text, end = self._text, len(word)
        seen = 0
        at = text.find(word)
        for _ in range(self.SAMPLE):
            if at < 0:
                break
            before, after = text[at - 1 : at], text[at + end : at + end + 2]
            # A line end says nothing (lines end anywhere in wrapped text); punctuation does.
            if before in ("", " ", "\n") and not after[:1].isalnum() and after[:1] != "\n":
                if after[:1] != " " or not WORD_START_RE.match(after[1:]):
                    return -1
                seen += 1
            at = text.find(word, at + 1)
        return seen

    def undotted(self, word: str) -> bool | None:
        """Is `word` written somewhere without a full stop after it? None past the lookups."""
        self._pairs += 1
        if self._pairs > self.LOOKUPS:
            return None
        text, end = self._text, len(word)
        at = text.find(word)
        for _ in range(self.SAMPLE):
            if at < 0:
                break
            before, after = text[at - 1 : at], text[at + end : at + end + 1]
            if not before.isalnum() and not after.isalnum() and after != ".":
                return True
            at = text.find(word, at + 1)
        return False

    def in_mid_sentence(self, word: str) -> bool:
        """Does `word` occur after a word or comma and a space?"""
        text, needle = self._text, " " + word
        end = len(needle)
        at = text.find(needle, 1)
        for _ in range(self.SAMPLE):
            if at < 0:
                break
            before, after = text[at - 1], text[at + end : at + end + 1]
            if (before.isalnum() or before in ",;)") and not (after.isalnum() or after in "-'"):
                return True
            at = text.find(needle, at + 1)
        return False


# --- decisions ------------------------------------------------------------------------------


class Verdict(enum.IntEnum):
    JOIN = 0
    BREAK = 1


@dataclass(slots=True)
class Gap:
    """One line break under decision, with what the decisions may consult."""

    prev: Line
    nxt: Line
    doc: Profile
    evidence: Evidence
    item: bool  # the paragraph so far is a list item
    quoted: bool  # a quotation opened in the paragraph so far is still open (fixed width only)
    size: int  # lines in the paragraph so far
    after: Line | None = None  # the line after the next, when only a newline separates them
    before: Line | None = None  # the line before this one, when only a newline separates them
    opening: bool = False  # the paragraph so far is the first of its block (a title's place)


def word_broken(g: Gap) -> Verdict | None:
    """A word broken at a (soft) hyphen goes on at the start of the next line."""
    if g.prev.shape in (Shape.HYPHEN, Shape.SOFT) and g.nxt.case is not Case.DIGIT and not g.nxt.bullet:
        return Verdict.JOIN
    return None


def table_rows(g: Gap) -> Verdict | None:
    """Rows of a table stay rows: spaced into columns, or (without blank-line paragraphs, where a
    wrapped sentence is no row) mostly numbers."""
    if g.prev.table and g.nxt.table:
        return Verdict.BREAK
    if g.doc.blank or not (g.prev.text[-1].isdigit() or g.nxt.case is Case.DIGIT):
        return None
    return Verdict.BREAK if is_numeric_row(g.nxt.text) and is_numeric_row(g.prev.text) else None


def list_item(g: Gap) -> Verdict | None:
    """A list item starts a paragraph. A dash or a number that merely wrapped to the start of a
    line looks like one too, so without a list, a colon or a bullet sign (•, ・) before it, it
    needs a sentence end or room left on the line before, and no lower-case letter after it."""
    if not g.nxt.bullet:
        return None
    if g.prev.shape is Shape.COLON or g.prev.bullet or SIGN_BULLET_RE.match(g.nxt.text):
        return Verdict.BREAK
    dash = DASH_BULLET_RE.match(g.nxt.text) is not None
    if g.item:  # a wrapped item before it
        if g.prev.shape in (Shape.TERMINAL, Shape.CONTINUING) or fits(g.prev, g.nxt, g.doc):
            return Verdict.BREAK
        return None if dash or g.nxt.case is Case.LOWER else Verdict.BREAK
    if g.nxt.case is Case.LOWER:
        return None
    ended = g.prev.shape is Shape.TERMINAL
    if dash:
        return Verdict.BREAK if ended and fits(g.prev, g.nxt, g.doc) else None
    return Verdict.BREAK if ended or fits(g.prev, g.nxt, g.doc) else None


def room_left(g: Gap) -> Verdict | None:
    """The line ended although the next word would have fitted on it (fixed width only)."""
    return Verdict.BREAK if fits(g.prev, g.nxt, g.doc) else None


def sentence_goes_on(g: Gap) -> Verdict | None:
    """A comma, a dash or an opening bracket at the end, or closing punctuation or a lower-case
    letter at the start of the next line: the sentence goes on."""
    if g.prev.shape is Shape.CONTINUING or g.nxt.continuing_start:
        return Verdict.JOIN
    return Verdict.JOIN if g.nxt.case is Case.LOWER else None


def sentence_end(g: Gap) -> Verdict | None:
    """A sentence ended and the next line starts a new one: most often a new paragraph. In
    fixed-width text a full line is as often a wrap that happened to fall there, so not while a
    quotation is open, nor after the first line of a paragraph (a paragraph that is one full
    line is rarer than a first sentence that ends one), unless a quotation just closed."""
    if g.prev.shape not in (Shape.TERMINAL, Shape.COLON) and not dotted_word(g.prev, g.evidence):
        return None
    if g.quoted and not OPENER_RE.match(g.nxt.text):
        return Verdict.JOIN
    if g.doc.fixed and g.size == 1 and not CLOSER_RE.match(g.prev.text[-1]):
        return Verdict.JOIN
    return Verdict.BREAK


def dotted_word(line: Line, evidence: Evidence) -> bool:
    """Does the line end in a short capitalised word and a full stop that looked like a title
    (``Dr.``) but is a word the document writes without the dot elsewhere (``am Tag.``)?"""
    if line.shape is not Shape.WORD or line.text[-1] != ".":
        return False
    found = DOTTED_WORD_RE.search(line.text[-8:])
    return found is not None and bool(evidence.undotted(found.group(1)))


def particle(g: Gap) -> Verdict | None:
    """The line ends on a Chinese or Japanese particle, preposition or conjunction that ends no
    title or sentence (に, 的, 和), or the next line starts on one that starts no word (を, 们):
    the sentence goes on."""
    ends = g.prev.text[-1] in NO_END and g.nxt.cjk_start
    return Verdict.JOIN if ends or (g.nxt.text[0] in NO_START and g.prev.cjk_end) else None


# After a line with no sentence end, in a document not wrapped at one width (where a line that
# left room is a paragraph end, and a full one is a wrap): a heading, byline, caption or list
# entry before a new paragraph, or the middle of a sentence?


def below_floor(g: Gap) -> Verdict | None:
    """The line ended before any wrapped line of the document did."""
    return Verdict.BREAK if room(g.prev, g.nxt) < g.doc.floor else None


def link_line(g: Gap) -> Verdict | None:
    """A link on a line of its own stands alone."""
    return Verdict.BREAK if bare_link(g.nxt.text) or bare_link(g.prev.text) else None


def function_word(g: Gap) -> Verdict | None:
    """The line ends in a short word that the document always follows with another word, never
    with punctuation ("the", "of", "der"), or in a short stopword of the document's language that
    it follows elsewhere with a word and never with punctuation (a word of two letters need only
    not be followed by punctuation), or is a line of one stopword: the sentence goes on."""
    last = None if g.prev.cjk_end else LAST_WORD_RE.search(g.prev.text[-32:])
    if last is None:
        return None
    word = last.group()
    if len(word) < 5 and word.islower() and g.evidence.always_followed(word):
        return Verdict.JOIN
    lower = word.lower()
    shouted_word = len(word) > 1 and word.isupper()  # a heading in capitals, an abbreviation
    if shouted_word or len(lower) > MAX_FUNCTION_WORD:
        return None
    # Without case, short words are not mostly function words (Hebrew and Arabic join their
    # prepositions and articles to the word): only the document's most frequent ones count.
    if lower == word.upper() and lower not in g.evidence.frequent():
        return None
    # A line of one function word is no heading, whatever else the word does in the document.
    alone = len(word) == len(g.prev.text)
    followed = g.evidence.always_followed(lower, 1)
    # The shortest (articles, prepositions: "of", "im", "на") need only not be contradicted.
    if not (alone or followed or (followed is None and len(lower) <= 2)):
        return None
    return Verdict.JOIN if g.evidence.is_stopword(lower) else None  # the language is told last: it costs most


def opening_heading(g: Gap) -> Verdict | None:
    """A line that opens a paragraph (after a sentence end), in a spaced script, without a comma
    or a sentence end, that left most of the widest line empty: a heading."""
    if g.size > 1 or g.prev.cjk_end or 5 * room(g.prev, g.nxt) >= 2 * g.doc.width:
        return None
    return None if CLAUSE_MARK_RE.search(g.prev.text) else Verdict.BREAK


def paragraph_a_line(g: Gap) -> Verdict | None:
    """Where most lines are whole paragraphs, an unpunctuated line before a capital or a digit
    that nothing above took for the piece of a paragraph is a heading or an entry of its own."""
    return Verdict.BREAK if g.nxt.case is not Case.NONE else None


def title_wrapped(g: Gap) -> Verdict | None:
    """A short title-like line, then another without any punctuation that ends there, the two
    together still shorter than most paragraphs: one title, broken (a capital says nothing in a
    title). In a script without case, title-like is without a comma or a sentence end."""
    prev, nxt = g.prev, g.nxt
    if nxt.bullet or prev.bullet or g.item or prev.width + nxt.width >= g.doc.prose:
        return None
    if goes_on(nxt, g.after, g.evidence) or in_a_run(g):
        return None
    if nxt.case is Case.NONE and prev.case is Case.NONE and nxt.head[:1].isalpha():
        plain = not CLAUSE_MARK_RE.search(prev.text) and not CLAUSE_MARK_RE.search(nxt.text)
        if nxt.cjk_start and prev.cjk_end:
            return Verdict.JOIN if plain and nxt.text[-1] not in NO_TITLE_END else None
        # Spaced scripts without case: only a second piece too short to open a paragraph.
        return Verdict.JOIN if plain and 4 * nxt.width < g.doc.prose else None
    if nxt.case is not Case.UPPER:
        return None
    if SENTENCE_PUNCTUATION_RE.search(nxt.text):
        return None
    # Lines that no language's stopwords make title-like are none in the document's language,
    # which is then not told (it costs most).
    if not (titlelike(prev.text, lang.listed) and titlelike(nxt.text, lang.listed)):
        return None
    stopword = g.evidence.is_stopword
    if stopword(nxt.head.lower()):
        return None  # a function word opens a new phrase: a byline, a subtitle
    return Verdict.JOIN if titlelike(prev.text, stopword) and titlelike(nxt.text, stopword) else None


def in_a_run(g: Gap) -> bool:
    """Is the line the next of a run of short lines without punctuation (a menu, a list of
    products or names), where titles are not told from entries?"""
    before = g.before
    if g.size > 1 or before is None or before.bullet or before.shape is not Shape.WORD:
        return False
    # A line opening with a function word is a phrase (a byline after a title), not an entry.
    return 2 * before.width < g.doc.prose and not g.evidence.is_stopword(g.prev.head.lower())


def goes_on(line: Line, after: Line | None, evidence: Evidence) -> bool:
    """Does the sentence plainly go on from `line` onto the line `after` it (a lower-case start,
    a particle, two CJK characters that stand side by side elsewhere)?"""
    if after is None or after.bullet:
        return False
    if plainly_wrapped(line, after) or (after.text[0] in NO_START and line.cjk_end):
        return True
    return line.cjk_end and after.cjk_start and bool(evidence.adjacent_elsewhere(line.text[-1], after.text[0]))


def titlelike(text: str, stopword: Callable[[str], bool]) -> bool:
    """Every word capitalised, but for stopwords (lower-case words `stopword` holds) and digits."""
    return all(w[0].isupper() or w.isdigit() or stopword(w.lower()) for w in text.split())


def item_goes_on(g: Gap) -> Verdict | None:
    """After a list item that ends without punctuation: where the document's items end in
    punctuation, the item is unfinished; elsewhere a line that keeps it within the width of the
    widest item is the rest of it, and one that makes it wider is the text after the list."""
    if not g.item or g.nxt.bullet or not g.doc.item or g.prev.shape is not Shape.WORD:
        return None
    if g.doc.items_punctuated and g.nxt.case is not Case.UPPER:  # an item that ends without it is unfinished
        return Verdict.JOIN
    joined = g.prev.width + gap(g.prev, g.nxt) + g.nxt.width
    return Verdict.JOIN if joined <= ITEM_SLACK * g.doc.item else Verdict.BREAK


def sentence_start(g: Gap) -> Verdict | None:
    """The next line opens with a word the document writes in lower case in mid-sentence (and never
    capitalised there): its capital is a sentence start's."""
    word = FIRST_WORD_RE.search(g.nxt.text[:64]) if g.nxt.case is Case.UPPER else None
    return Verdict.BREAK if word and g.evidence.capitalised_in_mid_sentence(word.group()) is False else None


def quotation_open(g: Gap) -> Verdict | None:
    """One paragraph a line: the line leaves a quotation it opened unclosed (an odd number of
    straight double quotes, or more opening than closing curly marks), and the next line does
    not open one of its own (as each paragraph of a long quotation does): the paragraph goes on."""
    text = g.prev.text
    if OPENER_RE.match(g.nxt.text):
        return None
    unclosed = text.count('"') % 2 == 1 if '"' in text else quote_balance(text, g.evidence.german) > 0
    return Verdict.JOIN if unclosed else None


def running_text(g: Gap) -> Verdict | None:
    """A sentence ends inside the line and another begins: running text, not a heading."""
    return Verdict.JOIN if inner_sentence_end(g.prev.text) else None


def phrase_goes_on(g: Gap) -> Verdict | None:
    """The last word of the line and the first of the next stand side by side elsewhere in the
    document (a name, a phrase): the break cut them apart."""
    last = g.prev.text.rsplit(None, 1)[-1]
    first = g.nxt.head
    if not (last[-1:].isalnum() and first[:1].isalnum()):
        return None
    return Verdict.JOIN if g.evidence.side_by_side(last, first) else None


def inner_sentence_end(text: str) -> bool:
    """Does a sentence end inside `text` and another begin (``INNER_SENTENCE_END_RE``)? Tried at
    each sentence end mark in turn, found by a search for the mark alone: the whole pattern,
    searched for, would try its two letters at every character of a paragraph."""
    mark = TERMINAL_MARK_RE.search(text, 2)  # (after the two letters before it)
    while mark is not None:
        if INNER_SENTENCE_END_RE.match(text, mark.start() - 2) is not None:
            return True
        mark = TERMINAL_MARK_RE.search(text, mark.end())
    return False


def mid_paragraph(g: Gap) -> Verdict | None:
    """A line that starts in lower case or holds the end of a sentence is no title."""
    inner = g.prev.case is Case.LOWER or inner_sentence_end(g.prev.text)
    return Verdict.JOIN if inner else None


def title_line(g: Gap) -> Verdict | None:
    """All capitals or title case: a title, unless the next line carries it on."""
    if not (shouted(g.prev.text) or title_cased(g.prev.text)):
        return None
    return Verdict.JOIN if title_goes_on(g.nxt, g.doc) else Verdict.BREAK


def uncased_next(g: Gap) -> Verdict | None:
    """No case to read on the next line: the length and the punctuation speak. Two CJK
    characters that stand side by side elsewhere are a word the break cut; a CJK line opening a
    paragraph, shorter than most and without a comma or a sentence end, is a title (running CJK
    text has one every few characters; text in spaced scripts has not)."""
    if g.nxt.case is not Case.NONE:
        return None
    text = g.prev.text
    if g.prev.cjk_end and g.nxt.cjk_start and g.evidence.adjacent_elsewhere(text[-1], g.nxt.text[0]):
        return Verdict.JOIN
    if short(g.prev, g.nxt, g.doc):
        return Verdict.BREAK
    # The first line of a text, without a comma or a sentence end, is a title (in a spaced
    # script without case, nothing else tells it from the first line of a paragraph).
    title = g.size == 1 and (g.opening or (g.prev.cjk_end and g.prev.width < g.doc.typical))
    return Verdict.BREAK if title and not CLAUSE_MARK_RE.search(text) else Verdict.JOIN


def short_heading(g: Gap) -> Verdict | None:
    """In one-paragraph-a-line text in a spaced script without case (where no capital tells a
    heading), a line without a comma or a sentence end, a quarter as wide as most paragraphs: a
    heading."""
    if g.nxt.case is not Case.NONE or g.prev.case is not Case.NONE or g.prev.cjk_end:
        return None  # CJK titles are read in uncased_next
    return Verdict.BREAK if 4 * g.prev.width < g.doc.prose and not CLAUSE_MARK_RE.search(g.prev.text) else None


def capitalisation(g: Gap) -> Verdict | None:
    """A capital the document also writes in mid-sentence (a name, a German noun) says nothing;
    one it writes only at sentence starts begins a new paragraph."""
    word = FIRST_WORD_RE.search(g.nxt.text[:64]) if g.nxt.case is Case.UPPER else None
    capitalised = g.evidence.capitalised_in_mid_sentence(word.group()) if word else None
    if capitalised is None:
        return None
    return Verdict.JOIN if capitalised else Verdict.BREAK


def capital_after_opening(g: Gap) -> Verdict | None:
    """A paragraph so far of a line or two without a comma or a sentence end (a title may hold a
    comma where it opens the text) and not ending on a capitalised word (a name that runs on),
    then a capital on a word the document writes in mid-sentence only in lower case, or never
    writes there where few words are capitalised in mid-sentence (not in German): a wrap would
    rarely bring that capital to the start of a line, so the paragraph was a heading."""
    if g.size > 2 or g.nxt.case is not Case.UPPER or (g.size == 2 and g.before is None):
        return None
    text = g.prev.text  # (string methods: this runs for every title of a list of titles)
    if not text[-1].isalpha() or not text[text.rfind(" ") + 1].islower():
        return None
    marks = TERMINAL_MARK_RE if g.opening else CLAUSE_MARK_RE
    if marks.search(g.prev.text) or (g.size == 2 and marks.search(g.before.text)):
        return None
    word = FIRST_WORD_RE.search(g.nxt.text[:64])
    capitalised = g.evidence.capitalised_in_mid_sentence(word.group()) if word else True
    if capitalised is None:  # never seen in mid-sentence: how likely is a capital there at all?
        capitalised = g.evidence.capital_share() >= RARE_CAPITALS
    return None if capitalised else Verdict.BREAK


def heading(g: Gap) -> Verdict | None:
    """Last, the length: a short line is a heading, a long one wrapped."""
    return Verdict.BREAK if short(g.prev, g.nxt, g.doc) else Verdict.JOIN


def bare_link(text: str) -> bool:
    return text.startswith(LINK_STARTS[:3]) and " " not in text


def shouted(text: str) -> bool:
    """All capitals, at least two words opening with one (a script without case beside a
    capitalised abbreviation, ``SNS에 공개한다는``, is not shouting)."""
    return text.upper() == text and sum(w[:1].isupper() for w in text.split()) >= 2


def title_cased(text: str, least: int = 3) -> bool:
    """Every word longer than three letters capitalised, at least three of them (German nouns and
    names alone rarely make three)."""
    long_words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long_words) >= least and all(w[0].isupper() for w in long_words)


def title_goes_on(nxt: Line, doc: Profile) -> bool:
    """A short capitalised line without punctuation after a title: the title wrapped."""
    capitalised = shouted(nxt.text) or title_cased(nxt.text, 1)
    return nxt.width < doc.typical and capitalised and not PUNCTUATION_RE.search(nxt.text)


def short(prev: Line, nxt: Line, doc: Profile) -> bool:
    """Shorter than any wrapped line of the document, or than half of its typical line, with no
    comma inside: a title rather than a fragment of a sentence."""
    if COMMA_RE.search(prev.text):
        return False
    return room(prev, nxt) < max(doc.floor, doc.typical // 2)


# The decisions for a plain newline, in order: the first that has an opinion wins. With blank
# lines separating paragraphs a newline is a wrap unless structure says otherwise; in text
# wrapped at one width, a line that left room ended a paragraph and a full one is a wrap unless a
# sentence ended on it; elsewhere an unpunctuated line needs a closer look: in ragged text
# (`SIGNALS`) it is most often a wrap, in one-paragraph-a-line text (`LINE_SIGNALS`) a heading
# or an entry unless the paragraph was plainly broken there.
BLANK_LAYOUT_SIGNALS = (word_broken, table_rows, list_item, room_left, sentence_goes_on)
FIXED_WIDTH_SIGNALS = (word_broken, table_rows, list_item, room_left, sentence_goes_on, sentence_end)
SIGNALS = (
    *FIXED_WIDTH_SIGNALS,
    particle,
    below_floor,
    link_line,
    function_word,
    opening_heading,
    capital_after_opening,
    mid_paragraph,
    title_line,
    uncased_next,
    capitalisation,
    heading,
)


LINE_SIGNALS = (
    *FIXED_WIDTH_SIGNALS,
    particle,
    link_line,
    title_wrapped,
    sentence_start,
    item_goes_on,
    function_word,
    quotation_open,
    running_text,
    phrase_goes_on,
    paragraph_a_line,
    short_heading,
    uncased_next,
    heading,
)


def decide(brk: Break, g: Gap) -> tuple[Verdict, str]:
    """The verdict on one break, and the name of the signal that decided it."""
    if brk == Break.BLANK:
        return Verdict.BREAK, "blank_line"
    if brk == Break.REMOVED:
        return (Verdict.JOIN if continues_across_removal(g) else Verdict.BREAK), "removed_lines"
    signals = (
        BLANK_LAYOUT_SIGNALS
        if g.doc.blank
        else FIXED_WIDTH_SIGNALS
        if g.doc.fixed
        else LINE_SIGNALS
        if g.doc.unwrapped
        else SIGNALS
    )
    for signal in signals:
        verdict = signal(g)
        if verdict is not None:
            return verdict, signal.__name__
    return Verdict.JOIN, "wrapped"


def plain_sentence_end(prev: Line, nxt: Line) -> bool:
    """A shortcut for the commonest newline, a sentence end before a line that starts a new one:
    True only where `decide` would answer (BREAK, "sentence_end") for a plain newline in a
    document neither blank-line separated nor wrapped at one width, outside an open quotation.
    It reads the fields the signals before `sentence_end` read, without building a `Gap`
    (one paragraph a line is the common layout of extracted text, and this runs per line)."""
    return (
        prev.shape is Shape.TERMINAL
        and nxt.case is not Case.LOWER
        and nxt.case is not Case.DIGIT
        and not nxt.bullet
        and not nxt.continuing_start
        and not (prev.table and nxt.table)
    )


def plain_goes_on(prev: Line, nxt: Line) -> bool:
    """The other common newline, a sentence that visibly goes on: True only where `decide` would
    answer (JOIN, "sentence_goes_on") for a plain newline in a document neither blank-line
    separated nor wrapped at one width. It reads the fields the signals before
    `sentence_goes_on` read (no word broken, table row or list item), without building a `Gap`."""
    goes_on = nxt.case is Case.LOWER or prev.shape is Shape.CONTINUING or nxt.continuing_start
    return (
        goes_on
        and not nxt.bullet
        and nxt.case is not Case.DIGIT
        and prev.shape is not Shape.HYPHEN
        and prev.shape is not Shape.SOFT
        and not prev.table
        and not prev.text[-1].isdigit()
    )


def continues_across_removal(g: Gap) -> bool:
    """Join across removed lines only when the sentence plainly continues."""
    return goes_on_across_removal(g.prev, g.nxt, g.item)


def goes_on_across_removal(prev: Line, nxt: Line, item: bool) -> bool:
    """`continues_across_removal` without a `Gap` (`item`: the paragraph so far is a list item),
    for `paragraphs`, where lines removed between two kept ones are common on a page of many
    short lines."""
    if prev.bullet or nxt.bullet or item or prev.table:
        return False
    if prev.shape in (Shape.HYPHEN, Shape.SOFT, Shape.CONTINUING):
        return True
    return prev.shape is Shape.WORD and nxt.case is Case.LOWER


# --- joining --------------------------------------------------------------------------------


def glue(prev: Line, nxt: Line, evidence: Evidence) -> tuple[bool, str]:
    """(drop the last character of the previous line?, separator) to join two lines: a word
    broken at a hyphen loses it only when the document has the word without it, and keeps a
    space after it before a conjunction (``Sonn-`` + ``und Feiertage``)."""
    if prev.shape is Shape.SOFT:
        return False, ""
    if prev.shape is Shape.HYPHEN:
        stem = HYPHENATED_RE.search(prev.text[-64:])
        tail = FIRST_WORD_RE.match(nxt.text[:64])
        if stem and tail:
            count = evidence.word_count
            joined = (stem.group(1) + tail.group()).lower()
            if count(joined) > count(f"{stem.group(1)}-{tail.group()}".lower()):
                return True, ""
            return False, " " if suspended(stem.group(1), tail.group(), nxt.text, evidence) else ""
        return False, ""
    return False, "" if prev.cjk_end or nxt.cjk_start else " "


def suspended(stem: str, tail: str, text: str, evidence: Evidence) -> bool:
    """Is the hyphen after `stem` one that stands for a word part left out before a conjunction
    (``Sonn- und Feiertage``, ``dwu- i trzyletnie``)? The next word is then a short stopword on
    its own, not a repeat of the stem (``sama-sama``), and among the document's most frequent
    words, as "and" and "or" are (``long-`` + ``term`` is no such case)."""
    standalone = text[len(tail) : len(tail) + 1] == " "
    if not standalone or not tail.islower() or len(tail) > MAX_FUNCTION_WORD or tail == stem.lower():
        return False
    return evidence.is_stopword(tail) and tail in evidence.frequent()


# Quotation marks that open and close (German closes with the mark English opens with).
QUOTE_OPEN = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT CORNER BRACKET}\N{LEFT WHITE CORNER BRACKET}"
)
QUOTE_CLOSE = (
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}"
)
# A set scan: the stdlib engine is several times faster at it, and it runs for every line.
QUOTE_RE = re.compile(f"[{QUOTE_OPEN}{QUOTE_CLOSE}]")


def quote_balance(text: str, german: bool) -> int:
    """Opening minus closing quotation marks."""
    if text.isascii():
        return 0
    balance = 0
    for mark in QUOTE_RE.findall(text):
        if mark == "\N{LEFT DOUBLE QUOTATION MARK}" and german:
            balance -= 1
        else:
            balance += 1 if mark in QUOTE_OPEN else -1
    return balance


def quotes_pair_up(text: str, german: bool) -> bool:
    """Does the document hold curly quotation marks or guillemets, and do they pair up, with no
    straight double quote beside them that might close one of them?"""
    return '"' not in text and QUOTE_RE.search(text) is not None and quote_balance(text, german) == 0


def prepare(lines: Sequence[str], breaks: Sequence[Break]) -> tuple[list[Line], list[Break]]:
    """Describe the lines (fully only next to a break that is not a blank line), dropping lines
    that are empty once stripped as if they were blank lines."""
    kinds: list[Break] = []
    texts: list[str] = []
    pending = Break.NEWLINE
    for i, raw in enumerate(lines):
        if i < len(breaks) and breaks[i] > pending:  # (max() is slow on enums, and this runs per line)
            pending = breaks[i]
        if raw.replace("\N{SOFT HYPHEN}", "").strip():
            texts.append(raw)
            kinds.append(pending)
            pending = Break.NEWLINE
        elif pending < Break.BLANK:
            pending = Break.BLANK
    last = len(texts) - 1
    described = [
        describe(raw, (kinds[i] != Break.BLANK and i > 0) or (i < last and kinds[i + 1] != Break.BLANK))
        for i, raw in enumerate(texts)
    ]
    return described, kinds


def paragraphs(
    lines: Sequence[str], breaks: Sequence[Break], *, explain: list[tuple[int, Verdict, str]] | None = None
) -> list[str]:
    """Join stripped, non-empty `lines` into paragraphs.

    ``breaks[i]`` is the break before ``lines[i]`` (``breaks[0]`` is ignored). Lines inside a
    paragraph are joined with a space (no space between CJK characters); a removed span between
    two halves of one sentence joins them again. With `explain`, each decided break is appended
    to it as (index of the line after it, verdict, name of the signal that decided).
    """
    described, kinds = prepare(lines, breaks)
    doc = profile(described, kinds)
    evidence = Evidence(described)
    german = evidence.german
    # Open quotations are read in wrapped text whose quotation marks pair up: not where a
    # straight quote closes a curly one, nor where a quotation runs over paragraphs that each
    # open it and only the last closes it.
    quotes = not (doc.blank or doc.unwrapped) and quotes_pair_up(evidence._text, german)
    shortcut = not (doc.blank or doc.fixed)  # where `plain_sentence_end` and `plain_goes_on` tell what `decide` would
    out: list[str] = []
    pieces: list[str] = []
    item = opening = False
    depth = size = 0
    for i, line in enumerate(described):
        if i:
            if kinds[i] == Break.BLANK:
                verdict, why = Verdict.BREAK, "blank_line"
            elif shortcut and not depth and kinds[i] == Break.NEWLINE and plain_sentence_end(described[i - 1], line):
                verdict, why = Verdict.BREAK, "sentence_end"
            elif shortcut and kinds[i] == Break.NEWLINE and plain_goes_on(described[i - 1], line):
                verdict, why = Verdict.JOIN, "sentence_goes_on"
            elif kinds[i] == Break.REMOVED:  # (what `decide` answers first for it)
                joins = goes_on_across_removal(described[i - 1], line, item)
                verdict, why = (Verdict.JOIN if joins else Verdict.BREAK), "removed_lines"
            else:
                after = described[i + 1] if i + 1 < len(described) and kinds[i + 1] == Break.NEWLINE else None
                before = described[i - 2] if i > 1 and kinds[i - 1] == Break.NEWLINE else None
                gap_ = Gap(described[i - 1], line, doc, evidence, item, depth > 0, size, after, before, opening)
                verdict, why = decide(kinds[i], gap_)
            if explain is not None:
                explain.append((i, verdict, why))
            if verdict is Verdict.JOIN:
                drop, sep = glue(described[i - 1], line, evidence)
                if drop:
                    pieces[-1] = pieces[-1][:-1]
                pieces += (sep, line.text)
                size += 1
                depth = max(0, depth + quote_balance(line.text, german)) if quotes else 0
                continue
            out.append("".join(pieces))
        pieces = [line.text]
        size = 1
        opening = i == 0 or kinds[i] != Break.NEWLINE
        item = line.bullet
        depth = max(0, quote_balance(line.text, german)) if quotes else 0
    if pieces:
        out.append("".join(pieces))
    return out


def split_lines(text: str) -> tuple[list[str], list[Break]]:
    """Split text into its non-empty stripped lines and the break before each."""
    lines: list[str] = []
    breaks: list[Break] = []
    pending = Break.NEWLINE
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            pending = Break.BLANK
            continue
        lines.append(line)
        breaks.append(pending)
        pending = Break.NEWLINE
    return lines, breaks


def unwrap(text: str) -> str:
    """Repair hard-wrapped `text`; paragraphs come back separated by one blank line."""
    return "\n\n".join(paragraphs(*split_lines(text)))
