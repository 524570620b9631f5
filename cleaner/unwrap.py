"""Line-wrap repair: rebuild paragraphs from hard-wrapped lines.

Sources break text in different ways: at a fixed width, raggedly (translated line by line), with
paragraphs separated by a blank line or by nothing but a newline. No single signal tells a wrap
from a paragraph end in all of them, so every line break is decided from several at once:

- the document's layout, measured on the document itself: whether blank lines separate its
  paragraphs, whether its lines were wrapped at one width (and which), or raggedly (and how short
  a wrapped line can be);
- sentence-final punctuation at the end of the line (``. ! ? …``, CJK ``。！？``, Devanagari ``।``,
  Arabic ``؟``, a Greek ``;``, each optionally followed by closing quotes or brackets), minus
  abbreviations and initials;
- the case of the next line's first letter, and whether that word is written capitalised
  elsewhere in the document in mid-sentence (a name, a German noun) or only at sentence starts;
- whether the next line's first word would have fitted on this line;
- structure: list markers, table-like rows, headings (all caps, title case, or a short line
  before a sentence start), lines ending in a colon or comma, open quotes;
- blank lines, which always separate paragraphs.

Joining: a space, except between CJK characters; soft hyphens are removed; a hyphen at a line end is
dropped only when the word joined without it occurs elsewhere in the document (``pen-`` +
``gembangan``), else kept without a space (``sama-`` + ``sama``).
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex


class Break(enum.IntEnum):
    """What separated a line from the one before it in the source."""

    NEWLINE = 0  # a plain line break
    BLANK = 1  # one or more blank lines
    REMOVED = 2  # lines removed by a rule sat here (with or without blank lines around them)


# --- characters -----------------------------------------------------------------------------

# Scripts written without spaces between words: lines in them join without a space.
CJK = r"\p{Han}\p{InHiragana}\p{InKatakana}\p{InCJK_Symbols_and_Punctuation}\p{InHalfwidth_and_Fullwidth_Forms}"
CJK_RE = regex.compile(rf"[{CJK}]")
# Characters a terminal or a CJK text wraps as two columns.
WIDE_RE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")
# What a line-breaker cannot split: one CJK character or a run of other non-space text.
HEAD_RE = regex.compile(rf"[{CJK}]|[^\s{CJK}]+")
CLOSERS = "\"'”’»›)\\]}」』）】〕〉》"
OPENERS = "\"'“‘„‚«‹(\\[{「『（【〔〈《"
# A sentence end: terminal punctuation, then closing quotes or brackets (or a footnote star).
TERMINAL_RE = regex.compile(
    rf"(?:[.!?…‼⁇⁈⁉。！？｡।॥؟۔։።\N{{GREEK QUESTION MARK}}]|(?<=\p{{Greek}});)[{CLOSERS}*]*$"
)
# Dots that do not end a sentence: initials (``J.``, ``z. B.``), dotted abbreviations (``U.S.``,
# ``m.in.``, ``т.е.``) and short capitalised titles (``Dr.``, ``Mr.``, ``St.``).
ABBREVIATION_RE = regex.compile(r"(?:^|[\s(\"“„«])(?:\p{L}|(?:\p{L}{1,3}\.)+\p{L}{1,3}|\p{Lu}\p{Ll}{1,2})\.$")
CONTINUING_END_RE = regex.compile(r"[,;，、；\p{Pd}]$|[" + OPENERS.replace('"', "").replace("'", "") + "]$")
HYPHEN_END_RE = regex.compile(r"(\p{L}+)[-\N{HYPHEN}]$")
COLON_END_RE = regex.compile(r"[:：]$")
# Lines starting with closing punctuation or a CJK comma continue the line before them.
CONTINUING_START_RE = regex.compile(r"[,.;:!?，、。；：！？)\]）」』】〕〉》%]")
LINK_STARTS = ("http:", "https:", "www.", "@", "#")
FIRST_ALNUM_RE = regex.compile(r"[\p{L}\p{N}]")
FIRST_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}]*")
BULLET_RE = regex.compile(
    r"""(?:
        [-–—•*·▪►▸◦●○■□◆◇➢➤✓✔→+](?=\s)      # a bullet sign, then a space
      | [・•●■◆◇▪]                            # CJK bullets need no space
      | (?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{2,4})[.)](?=\s)  # 1.  a)  iv.  IV.
      | [A-Z]\)(?=\s) | \((?:\d{1,3}|[a-zA-Z]{1,3})\)(?=\s)  # A)  (a)  (12)
      | [一二三四五六七八九十]{1,3}、 | （[一二三四五六七八九十\d]{1,3}） | \d{1,3}[、．]
    )""",
    regex.VERBOSE,
)
DASH_BULLET_RE = regex.compile(r"\p{Pd}")
TABLE_RE = regex.compile(r"\t|\S {2,}\S.*\S {2,}\S|\|.*\|")
NUMBER_RE = regex.compile(r"(?<!\S)[-+$€£¥]?\d[\d.,:/%-]*(?!\S)")
# A sentence ends inside the line and another begins: the line is running text, not a title.
INNER_SENTENCE_END_RE = regex.compile(rf"\p{{L}}{{2}}[.!?…。！？][{CLOSERS}]*\s+[{OPENERS}]?\p{{Lu}}")
PUNCTUATION_RE = regex.compile(r"\p{P}")
WORD_RE = regex.compile(r"\w+(?:-\w+)*")
# A word after a word (or comma) and a space: its capital, if any, is not a sentence start's.
MID_SENTENCE_WORD_RE = regex.compile(r"(?<=[\p{L}\p{N},;)] )\p{L}[\p{L}\p{M}]*")


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
    """A stripped line and what the decisions need to know about it."""

    text: str
    width: int  # in columns, East Asian wide characters counting two
    shape: Shape
    case: Case
    head: str  # the first unbreakable atom (a word, or one CJK character)
    cjk_start: bool
    cjk_end: bool
    bullet: bool
    table: bool  # spaced into columns
    numeric: bool  # mostly numbers
    continuing_start: bool


def describe(raw: str) -> Line:
    """Features of one line; reads only its two ends, except for the width."""
    soft = raw.endswith("\N{SOFT HYPHEN}")
    text = raw.replace("\N{SOFT HYPHEN}", "").strip() if "\N{SOFT HYPHEN}" in raw else raw
    width = len(text) if text.isascii() else len(text) + WIDE_RE.subn("", text)[1]
    start, end = text[:16], text[-24:]
    head = HEAD_RE.match(text[:128])
    return Line(
        text=text,
        width=width,
        shape=Shape.SOFT if soft else line_end(end),
        case=first_case(start),
        head=head.group() if head else "",
        cjk_start=bool(text) and CJK_RE.match(text) is not None,
        cjk_end=bool(text) and CJK_RE.match(text[-1]) is not None,
        bullet=BULLET_RE.match(start) is not None,
        table=TABLE_RE.search(text) is not None,
        numeric=is_numeric_row(text),
        continuing_start=CONTINUING_START_RE.match(start) is not None,
    )


def line_end(end: str) -> Shape:
    if TERMINAL_RE.search(end):
        return Shape.WORD if ABBREVIATION_RE.search(end) else Shape.TERMINAL
    if HYPHEN_END_RE.search(end) and not end[:-1].endswith((" ", "-")):
        return Shape.HYPHEN
    if COLON_END_RE.search(end):
        return Shape.COLON
    if CONTINUING_END_RE.search(end):
        return Shape.CONTINUING
    return Shape.WORD


def first_case(start: str) -> Case:
    if start.startswith(LINK_STARTS):  # a link or handle is no lower-case sentence start
        return Case.NONE
    found = FIRST_ALNUM_RE.search(start[:6])
    if found is None:
        return Case.NONE
    ch = found.group()
    if ch.isupper() or ch.istitle():
        return Case.UPPER
    if ch.islower():
        return Case.LOWER
    return Case.DIGIT if ch.isdigit() else Case.NONE


def is_numeric_row(text: str) -> bool:
    if len(text) > 160:
        return False
    numbers = len(NUMBER_RE.findall(text))
    return numbers >= 3 and 2 * numbers >= text.count(" ") + 1


# --- the document ---------------------------------------------------------------------------


@dataclass
class Profile:
    """What one document's layout says about its line breaks."""

    blank: bool  # blank lines separate its paragraphs, so single newlines are wraps
    unwrapped: bool  # most lines are whole paragraphs: more of them end a sentence than plainly wrap
    fixed: bool  # wrapped at one width: a line that left room for the next word ended a paragraph
    width: int  # the wrap width (fixed) or the widest wrapped line
    floor: int  # a wrapped line plus the next word was never narrower than this (0: unknown)
    typical: int  # the median width of a line


def gap(prev: Line, nxt: Line) -> int:
    return 0 if prev.cjk_end or nxt.cjk_start else 1


def fits(prev: Line, nxt: Line, doc: Profile) -> bool:
    """Would the next line's first word have fitted on this line of a fixed-width document?"""
    return doc.fixed and room(prev, nxt) <= doc.width


def room(prev: Line, nxt: Line) -> int:
    """The width this line would have had with the next line's first word on it."""
    return prev.width + gap(prev, nxt) + (len(nxt.head) if nxt.head.isascii() else width_of(nxt.head))


def width_of(text: str) -> int:
    return len(text) + WIDE_RE.subn("", text)[1]


def plainly_wrapped(prev: Line, nxt: Line) -> bool:
    """A newline that can only be a wrap: the sentence visibly goes on."""
    if nxt.bullet or prev.bullet:
        return False
    if prev.shape is Shape.CONTINUING or nxt.continuing_start:
        return True
    return nxt.case is Case.LOWER and prev.shape is Shape.WORD


def profile(lines: Sequence[Line], breaks: Sequence[Break]) -> Profile:
    """Measure the layout: blank-line paragraphs, fixed or ragged wrapping, and the widths."""
    blanks = sentence_newlines = terminal = newlines = 0
    wrapped: list[tuple[int, int]] = []  # (width of a plainly wrapped line, + gap + next word)
    widest = 0
    for i in range(1, len(lines)):
        prev, nxt = lines[i - 1], lines[i]
        if breaks[i] == Break.BLANK:
            blanks += 1
            continue
        if breaks[i] != Break.NEWLINE:
            continue
        newlines += 1
        terminal += prev.shape is Shape.TERMINAL
        if " " in prev.text or prev.cjk_end:  # a single unbreakable atom says nothing of the width
            widest = max(widest, prev.width)
        if prev.shape is Shape.TERMINAL and nxt.case is not Case.LOWER and not nxt.bullet:
            sentence_newlines += 1
        elif plainly_wrapped(prev, nxt):
            wrapped.append((prev.width, prev.width + gap(prev, nxt) + width_of(nxt.head)))
    blank = blanks > 0 and sentence_newlines <= blanks
    unwrapped = terminal - len(wrapped) > 0.05 * newlines
    fixed = len(wrapped) >= 3 and sum(need > widest for _, need in wrapped) >= 0.8 * len(wrapped)
    floor = min(need for _, need in wrapped) if len(wrapped) >= 6 else 0
    widths = sorted(line.width for line in lines)
    typical = widths[len(widths) // 2] if widths else 0
    return Profile(blank=blank, unwrapped=unwrapped and not fixed, fixed=fixed, width=widest, floor=floor, typical=typical)


@dataclass
class Evidence:
    """Document-wide word statistics, gathered only when a decision needs them."""

    texts: Sequence[str]
    _words: Counter | None = None
    _capitals: tuple[Counter, set] | None = None

    def words(self) -> Counter:
        """Lower-cased words (hyphenated compounds whole) and how often they occur."""
        if self._words is None:
            self._words = Counter(WORD_RE.findall("\n".join(self.texts).lower()))
        return self._words

    def capitalised_in_mid_sentence(self, word: str) -> bool | None:
        """True: written capitalised after another word (a name, a German noun). False: only ever
        lower-case there, so a capital marks a sentence start. None: not seen in mid-sentence."""
        if self._capitals is None:
            capital: Counter = Counter()
            lower: set = set()
            for text in self.texts:
                for w in MID_SENTENCE_WORD_RE.findall(text):
                    if w[0].isupper():
                        capital[w.lower()] += 1
                    else:
                        lower.add(w)
            self._capitals = (capital, lower)
        capital, lower = self._capitals
        key = word.lower()
        if capital[key]:
            return True
        return False if key in lower else None


# --- decisions ------------------------------------------------------------------------------


class Verdict(enum.IntEnum):
    JOIN = 0
    BREAK = 1


@dataclass
class Gap:
    """One line break under decision, with what the decisions may consult."""

    prev: Line
    nxt: Line
    doc: Profile
    evidence: Evidence
    item: bool  # the paragraph so far is a list item
    quoted: bool  # a quotation opened in the paragraph so far is still open
    size: int = 0  # lines in the paragraph so far
    notes: list[str] = field(default_factory=list)


def word_broken(g: Gap) -> Verdict | None:
    """A word broken at a (soft) hyphen goes on at the start of the next line."""
    if g.prev.shape in (Shape.HYPHEN, Shape.SOFT) and g.nxt.case in (Case.LOWER, Case.UPPER, Case.NONE):
        return Verdict.JOIN if not g.nxt.bullet else None
    return None


def table_rows(g: Gap) -> Verdict | None:
    """Rows of a table stay rows: spaced into columns, or (without blank-line paragraphs, where a
    wrapped sentence is no row) mostly numbers."""
    if g.prev.table and g.nxt.table:
        return Verdict.BREAK
    numeric = g.prev.numeric and g.nxt.numeric and not g.doc.blank
    return Verdict.BREAK if numeric else None


def list_item(g: Gap) -> Verdict | None:
    """A list item starts a paragraph. A dash or a number that merely wrapped to the start of a
    line looks like one too, so without a list or a colon before it, it needs a sentence end or
    room left on the line before, and no lower-case letter after it."""
    if not g.nxt.bullet:
        return None
    if g.prev.shape is Shape.COLON or g.prev.bullet:
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


def sentence_goes_on(g: Gap) -> Verdict | None:
    """A comma, a dash, an opening bracket at the end, or closing punctuation or a lower-case
    letter at the start of the next line: the sentence goes on."""
    if g.prev.shape is Shape.CONTINUING or g.nxt.continuing_start:
        return Verdict.JOIN
    if g.nxt.case is Case.LOWER:
        ends = g.prev.shape in (Shape.TERMINAL, Shape.COLON)
        return Verdict.BREAK if ends and fits(g.prev, g.nxt, g.doc) else Verdict.JOIN
    return None


def room_left(g: Gap) -> Verdict | None:
    """The line ended although the next word would have fitted on it."""
    return Verdict.BREAK if fits(g.prev, g.nxt, g.doc) else None


def sentence_end(g: Gap) -> Verdict | None:
    """A sentence ended and the next line starts a new one: most often a new paragraph, unless a
    quotation is still open."""
    if g.prev.shape not in (Shape.TERMINAL, Shape.COLON):
        return None
    if g.quoted and g.nxt.text[:1] not in OPENERS:
        return Verdict.JOIN
    if g.doc.fixed and g.size == 1 and g.prev.text[-1] not in CLOSERS:
        return Verdict.JOIN
    return Verdict.BREAK


def heading(g: Gap) -> Verdict | None:
    """An unpunctuated line before a sentence start, in a document not wrapped at one width (where
    a full line is no heading): a heading, byline, caption or list entry. Not when the line starts
    in lower case or holds the end of a sentence: then it is the middle of a paragraph."""
    text = g.prev.text
    if g.doc.fixed or g.nxt.case is Case.LOWER:
        return None
    if room(g.prev, g.nxt) < g.doc.floor:  # it ended before any wrapped line did
        return Verdict.BREAK
    if g.prev.case is Case.LOWER or INNER_SENTENCE_END_RE.search(text):
        return Verdict.JOIN
    if shouted(text) or title_cased(text):  # unless the title goes on
        title_goes_on = g.nxt.width < g.doc.typical and (shouted(g.nxt.text) or title_cased(g.nxt.text, 1))
        return Verdict.JOIN if title_goes_on and not PUNCTUATION_RE.search(g.nxt.text) else Verdict.BREAK
    if g.nxt.case is Case.NONE:  # no case to read: the length and the punctuation speak
        if short(g.prev, g.nxt, g.doc):
            return Verdict.BREAK
        # Opening a paragraph, shorter than most lines and without a single punctuation mark
        title = g.size == 1 and g.prev.width < g.doc.typical and not PUNCTUATION_RE.search(text)
        return Verdict.BREAK if title else Verdict.JOIN
    if g.doc.unwrapped:  # most lines are whole paragraphs, headings or entries
        return Verdict.BREAK
    if g.nxt.case is Case.UPPER:
        word = FIRST_WORD_RE.search(g.nxt.text[:64])
        capitalised = g.evidence.capitalised_in_mid_sentence(word.group()) if word else None
        if capitalised is not None:
            return Verdict.JOIN if capitalised else Verdict.BREAK
    return Verdict.BREAK if short(g.prev, g.nxt, g.doc) else Verdict.JOIN


def shouted(text: str) -> bool:
    """All capitals, at least two words of letters."""
    return text.upper() == text and text.lower() != text and sum(w[:1].isalpha() for w in text.split()) >= 2


def title_cased(text: str, least: int = 3) -> bool:
    """Every word longer than three letters capitalised, at least three of them (German nouns and
    names alone rarely make three)."""
    long_words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long_words) >= least and all(w[0].isupper() for w in long_words)


def short(prev: Line, nxt: Line, doc: Profile) -> bool:
    """Shorter than any wrapped line of the document, or than half of its typical line, with no
    comma inside: a title rather than a fragment of a sentence."""
    if any(c in prev.text for c in ",，、;；"):
        return False
    return room(prev, nxt) < max(doc.floor, doc.typical // 2)


# The decisions for a plain newline, in order: the first that has an opinion wins.
NEWLINE_SIGNALS = (word_broken, table_rows, list_item, room_left, sentence_goes_on, sentence_end, heading)
# With blank lines separating paragraphs a newline is a wrap unless structure says otherwise.
BLANK_LAYOUT_SIGNALS = (word_broken, table_rows, list_item, room_left, sentence_goes_on)


def decide(brk: Break, g: Gap) -> Verdict:
    if brk == Break.BLANK:
        return Verdict.BREAK
    if brk == Break.REMOVED:
        return Verdict.JOIN if continues_across_removal(g) else Verdict.BREAK
    for signal in BLANK_LAYOUT_SIGNALS if g.doc.blank else NEWLINE_SIGNALS:
        verdict = signal(g)
        if verdict is not None:
            g.notes.append(signal.__name__)
            return verdict
    return Verdict.JOIN


def continues_across_removal(g: Gap) -> bool:
    """Join across removed lines only when the sentence plainly continues."""
    if g.prev.bullet or g.nxt.bullet or g.item or g.prev.table:
        return False
    if g.prev.shape in (Shape.HYPHEN, Shape.SOFT, Shape.CONTINUING):
        return True
    return g.prev.shape is Shape.WORD and g.nxt.case is Case.LOWER


# --- joining --------------------------------------------------------------------------------


def glue(prev: Line, nxt: Line, evidence: Evidence) -> tuple[bool, str]:
    """(drop the last character of the previous line?, separator) to join two lines."""
    if prev.shape is Shape.SOFT:
        return False, ""
    if prev.shape is Shape.HYPHEN and FIRST_ALNUM_RE.match(nxt.text[:1]):
        stem = HYPHEN_END_RE.search(prev.text[-64:])
        tail = FIRST_WORD_RE.match(nxt.text[:64])
        if stem and tail:
            words = evidence.words()
            joined = (stem.group(1) + tail.group()).lower()
            hyphenated = f"{stem.group(1)}-{tail.group()}".lower()
            return words[joined] > words[hyphenated], ""
        return False, ""
    return False, "" if prev.cjk_end or nxt.cjk_start else " "


QUOTE_OPEN = "“„«「『"
QUOTE_CLOSE = "”»」』"


def quote_balance(text: str, german: bool) -> int:
    """Opening minus closing quotation marks (German closes with ``“``)."""
    opened = sum(text.count(c) for c in QUOTE_OPEN) - (text.count("“") if german else 0)
    closed = sum(text.count(c) for c in QUOTE_CLOSE) + (text.count("“") if german else 0)
    return opened - closed


def paragraphs(lines: Sequence[str], breaks: Sequence[Break]) -> list[str]:
    """Join stripped, non-empty `lines` into paragraphs.

    ``breaks[i]`` is the break before ``lines[i]`` (``breaks[0]`` is ignored). Lines inside a
    paragraph are joined with a space (no space between CJK characters); a removed span between
    two halves of one sentence joins them again.
    """
    described = [describe(line) for line in lines]
    kinds = [breaks[i] if i < len(breaks) else Break.NEWLINE for i in range(len(described))]
    doc = profile(described, kinds)
    evidence = Evidence([line.text for line in described])
    german = any("„" in line.text for line in described)
    out: list[str] = []
    pieces: list[str] = []
    item = False
    depth = size = 0
    prev = None
    for i, line in enumerate(described):
        if not line.text:
            continue
        if prev is not None:
            g = Gap(prev, line, doc, evidence, item=item, quoted=depth > 0, size=size)
            prev = line
            if decide(kinds[i], g) is Verdict.JOIN:
                drop, sep = glue(g.prev, line, evidence)
                if drop:
                    pieces[-1] = pieces[-1][:-1]
                pieces.extend((sep, line.text))
                size += 1
                depth = max(0, depth + quote_balance(line.text, german))
                continue
            out.append("".join(pieces))
        prev = line
        pieces = [line.text]
        size = 1
        item = line.bullet
        depth = max(0, quote_balance(line.text, german))
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
