"""How `learn` sees one line: its tokens, the keys it can be counted under, and whether it reads as body.

A line is counted under several keys at once, from exact to general:

- ``exact``: its words case-folded, numbers (with their separators and a short unit: "1.2K", "2024年")
  as ``0``, on a line with a number month and weekday names as ``@`` (see ``calendar``), punctuation
  ignored; "12 views" and "1,234 Views" share one key, so do "3 June 2024" and "12 July 2025";
- ``slot``: the exact key with one or two words (or names) left open; "Monday, 12 March 2024" and
  "Friday, 3 May 2024" share one, so do "By Sarah Mitchell" and "By Tom Whitaker"; it needs a fixed
  anchor (a fixed word, or two numbers); a longer line gets one word open ("Send photos to
  <address>");
- ``prefix``: the text up to a label separator (``:``, ``|``, `` - ``, angle quotes, `` > ``) with any rest, as
  in "Baca juga: <another title>"; or, with no separator, a line's first words (a date may be one)
  when the rest is a headline the sample prints as a line of its own, as in "LUE MYÖS <another
  title>" or "Sat 18.11. <another title>" (see ``classes.lead_keys``);
- ``suffix``: a separator and the text after it, with any text before, as in "<title> | Site Name";
- ``row``: a row of fields between the same separators, which field holds a number and which
  words, whatever they say: "<court> | <case number> | <judge> | <stage>", "<name> (<party>), <age>
  \N{MIDDLE DOT} <district>" (see ``row_key``);
- ``credit``: a caption's credit at the end of a line, by its label, with any text before, as in
  "<sentence> (Photo: <name>/<agency>)" or "<sentence>. Photograph: <name>"; ``credits``: any
  parenthesised credit at the end of a line, as in "<sentence> (Reuters)".

Counting a key on many pages is the evidence that the line belongs to the site's template.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .calendar import CALENDAR_WORDS

TOKEN_RE = regex.compile(r"(?P<num>\p{Nd}+(?:[.,:/\-]\p{Nd}+)*(?:\p{L}{1,2}(?![\p{L}\p{M}]))?)|(?P<word>[\p{L}\p{M}]+)")
FULLWIDTH_COLON = "\N{FULLWIDTH COLON}"
ANGLE_QUOTES = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
DASHES = "\N{EN DASH}\N{EM DASH}"
# A label and its separator at the start of a line: "Read more:", "Baca juga -", "Photo |", "Home > ".
PREFIX_RE = regex.compile(
    rf"(?P<label>[^:{FULLWIDTH_COLON}|{ANGLE_QUOTES}>]{{1,40}}?)"
    rf"(?P<sep>\s*[:{FULLWIDTH_COLON}|{ANGLE_QUOTES}]\s*|\s+[\-{DASHES}>/]\s+)(?=\S)"
)
# A separator and a label at the end of a line: "<title> | Site Name", "<title> - Site".
SUFFIX_RE = regex.compile(
    rf"(?<=\S)(?P<sep>\s*[|{ANGLE_QUOTES}]\s*|\s+[\-{DASHES}]\s+)"
    rf"(?P<label>(?:(?!\s[\-{DASHES}]\s)[^|{ANGLE_QUOTES}]){{2,40}})$"
)
COPYRIGHT = "\N{COPYRIGHT SIGN}"
# A credit at the end of a caption: "<text> (Photo: Name/Agency)", "<text> (Reuters)", "<text>.
# Photograph: Name/Agency", "<text> | Foto: Name", "<text> \N{EN DASH} FOTO: Agency", "<text>
# \N{COPYRIGHT SIGN} Agency". The label is the credit's first words up to a colon, else its first
# word; a parenthesised credit is also counted without it ("credits"), as one of the credits the
# sample shows: agencies vary.
CREDIT_RE = regex.compile(
    rf"(?P<rest>.*?\S)(?:\s*\((?P<paren>[^()]{{2,60}})\)"
    rf"|(?:(?<=[.!?\N{{HORIZONTAL ELLIPSIS}}])\s+|\s+\|\s+|\s+[\-{DASHES}]\s+)"
    rf"(?P<labelled>[\p{{L}}\p{{M}}]+(?: [\p{{L}}\p{{M}}]+){{0,2}}"
    rf"\s*[:{FULLWIDTH_COLON}]\s*[^:{FULLWIDTH_COLON}|]{{2,60}})"
    rf"|\s*{COPYRIGHT}\s*(?P<copyright>[^{COPYRIGHT}]{{2,60}}))$"
)
CREDIT_LABEL_RE = regex.compile(rf"(?P<label>{COPYRIGHT}|[^:{FULLWIDTH_COLON}]{{1,30}}?)\s*[:{FULLWIDTH_COLON}]")
MAX_CREDIT_WORDS = 8
MIN_CAPTION_WORDS = 4  # the caption's text before its credit
SENTENCE_STOPS = (
    ".!?\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}"
)
CLOSING_QUOTES = (
    "\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK})\\]"
)
# A quotation: a pair of quotation marks and what they hold, on one line.
QUOTED_RE = regex.compile(
    r"[\N{LEFT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT CORNER BRACKET}\N{LEFT WHITE CORNER BRACKET}\"]"
    r"[^\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}\"]{1,80}"
    r"[\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}\"]"
)
SENTENCE_END_RE = regex.compile(rf"[{regex.escape(SENTENCE_STOPS)}][{CLOSING_QUOTES}]*\s*$")
DATED_END_RE = regex.compile(r"\([^()]{0,30}\p{Nd}{4}[^()\p{Nd}]{0,4}\.\)\s*$")
QUESTION_END_RE = regex.compile(r"[?\N{FULLWIDTH QUESTION MARK}]\W*$")
LINK_ROW_RE = regex.compile(r"\s[|\N{MIDDLE DOT}\N{BULLET}/]\s")
CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
NUMBER = "0"
CALENDAR = "@"
SLOT = "*"
DATED_NUMBER_RE = regex.compile(r"\p{Nd}{1,4}[.:/\-]\p{Nd}{1,4}(?:[.:/\-]\p{Nd}{1,4})?")
LABEL_END_RE = regex.compile(r"[.)]?")
# What may stand before a label run into a headline: nothing, or a symbol and a space (an arrow, a bullet).
LEAD_MARK_RE = regex.compile(
    r"(?:[\p{So}\p{Sm}\N{BULLET}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}]{1,2}\s)?"
)
LEAD_SEP = "_"  # the separator of a label followed by a space only (see `lead_splits`)
MAX_SLOT_TOKENS = 10  # only short lines get open slots
MAX_DATED_TOKENS = 14
MAX_LONG_SLOT_TOKENS = 40
MAX_SLOT_WORD = 24
# A template sentence with a varying phrase inside (a venue, a charity: "The funeral will take place at
# <the Methodist Chapel, High Street> on <date>."): up to FRAME_OPEN tokens open, FRAME_FIXED fixed at
# least and more than are open; only on lines whose first or last FRAME_EDGE tokens repeat.
FRAME_OPEN = 6
FRAME_FIXED = 6
FRAME_EDGE = 3
# A template sentence that begins and ends with per-story values ("<Starforge Tactics> is out now on
# <PS5, Xbox Series X|S, PC>."): a head of up to BRACKET_HEAD tokens and a tail of up to
# BRACKET_TAIL open, BRACKET_FIXED tokens fixed between them at least.
BRACKET_HEAD = 4
BRACKET_TAIL = 12
BRACKET_FIXED = 3
NAME_GAP_RE = regex.compile(r"[ .'\N{RIGHT SINGLE QUOTATION MARK}/-]{1,2}")
MAX_PREFIX_WORDS = 4
SITE_NAME_RE = regex.compile(r"\p{L}{5,}")
SITE_NAME_LETTERS = 5
# Letters NFKD does not take apart, as domains spell them.
LATIN_LETTERS = str.maketrans(
    {
        "\N{LATIN SMALL LETTER L WITH STROKE}": "l",
        "\N{LATIN SMALL LETTER O WITH STROKE}": "o",
        "\N{LATIN SMALL LETTER D WITH STROKE}": "d",
        "\N{LATIN SMALL LETTER ETH}": "d",
        "\N{LATIN SMALL LETTER SHARP S}": "ss",
        "\N{LATIN SMALL LETTER AE}": "ae",
        "\N{LATIN SMALL LIGATURE OE}": "oe",
        "\N{LATIN SMALL LETTER DOTLESS I}": "i",
        "\N{LATIN SMALL LETTER THORN}": "th",
        "\N{LATIN SMALL LETTER H WITH STROKE}": "h",
    }
)
NOT_NAMES = frozenset({"news", "example", "online", "site", "daily", "times", "media", "press", "journal"})
# A body-like line: at least this many words (CJK: characters / 2) and a sentence end.
SENTENCE_WORDS = 8
HEADLINE_WORDS = 5
TITLE_WORDS = 30  # a page title is never longer
# Separators that mean the same thing count as one: a full-width colon is a colon, a dash a hyphen.
SEP_CLASSES = {
    FULLWIDTH_COLON: ":",
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{EN DASH}": "-",
    "\N{EM DASH}": "-",
}


# A row's separators: brackets, a bar, a middle dot or bullet, a semicolon, a comma before a space (not
# a number's), a spaced dash.
ROW_SEP_RE = regex.compile(rf"\s*[()\[\]|\N{{MIDDLE DOT}}\N{{BULLET}};]\s*|,(?=\s|$)\s*|\s+[\-{DASHES}]\s+")
ROW_MARKS = 2  # a row has this many separators other than commas at least (a pair of brackets is one)
ROW_FIELDS = 3  # ... and this many fields of words
ROW_FIELD_WORDS = 6  # a field is a name, a place, a party: a longer one is prose
ROW_NUMBER = "0"
ROW_EMPTY = "~"  # between two separators: "(<party>), <age>"


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "cal" (a month or weekday name on a line with a number) or "word"
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return {"num": NUMBER, "cal": CALENDAR}.get(self.kind) or self.text.casefold()


def tokens(line: str) -> list[Token]:
    found = [Token(m.lastgroup or "word", m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(line)]
    if not any(t.kind == "num" for t in found):
        return found
    return [Token("cal", t.text, t.start, t.end) if _calendar(t) else t for t in found]


def _calendar(tok: Token) -> bool:
    return tok.kind == "word" and tok.text.casefold() in CALENDAR_WORDS


def exact_key(toks: list[Token]) -> str:
    return " ".join(t.key for t in toks)


@functools.lru_cache(maxsize=1 << 16)
def line_exact_key(line: str) -> str:
    """The exact key of a line (cached: template lines come back on every page)."""
    return exact_key(tokens(line))


def site_names(site: str) -> frozenset[str]:
    """The words of a site's name or domain that name it ("alpenbote" in "alpenbote.de"), in the
    forms a domain may write them (see `_folds`); generic words and short ones left out (a
    four-letter word is too often part of another)."""
    words = (w for w in SITE_NAME_RE.findall(site.casefold()) if w not in NOT_NAMES)
    return frozenset(form for w in words for form in _folds(w) if len(form) >= SITE_NAME_LETTERS)


@functools.lru_cache(maxsize=1 << 16)
def names_site(line: str, names: frozenset[str]) -> bool:
    """Whether the line names the site ("Follow Alpenbote on WhatsApp", "the Alpen Bote app";
    "Głos Pomorza" for glospomorza.pl)."""
    if not names:
        return False
    joined = "".join(t.text.casefold() for t in tokens(line) if t.kind != "num")
    return any(name in form for form in _folds(joined) for name in names)


def _folds(text: str) -> set[str]:
    """The text, and its letters as a domain writes them: accents dropped, and letters without a
    decomposition either spelled in Latin ("ł" as "l") or left out."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return {text, plain.translate(LATIN_LETTERS), "".join(c for c in plain if c.isascii())}


def words(line: str) -> float:
    """Length in words; CJK text, written without spaces, counts one word per two characters."""
    cjk = len(CJK_RE.findall(line))
    return len(TOKEN_RE.findall(CJK_RE.sub(" ", line))) + cjk / 2


def sentence_like(line: str) -> bool:
    """Reads like a sentence of an article: long enough, and ends like a sentence (a point closing a
    date in parentheses, "(16. travnja 2023.)", "(3 maja 2023 r.)", is the date's, not a sentence's:
    a source listed with the day it was read)."""
    return words(line) >= SENTENCE_WORDS and bool(SENTENCE_END_RE.search(line)) and not DATED_END_RE.search(line)


def slot_keys(line: str, toks: list[Token]) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Exact keys with some parts open, each with the token spans left open.

    An open part is one word, or a run of two or three capitalised words (a name: "Siti Rahmawati").
    Up to two parts open, three on a line with two numbers (a date line with a weekday, a month and
    a name). What stays must anchor the line: a fixed word or two numbers; two fixed words when three
    parts are open. A longer line (a notice: "Send us your photos at news@example.com.") gets one
    part open only.
    """
    numbers = sum(t.kind == "num" for t in toks)
    most = _most_slot_tokens(toks)
    yield from long_slot_keys(line, toks)
    if not 2 <= len(toks) <= most:
        return
    runs = _runs(line, toks)
    for r in range(1, (3 if numbers >= 2 else 2) + 1):
        for chosen in itertools.combinations(runs, r):
            if any(a[1] > b[0] for a, b in itertools.pairwise(chosen)):
                continue  # overlapping spans
            inside = {i for a, b in chosen for i in range(a, b)}
            rest = [t for i, t in enumerate(toks) if i not in inside]
            fixed_words = sum(t.kind == "word" and len(t.text) >= 2 for t in rest)
            anchored = fixed_words >= 2 if r == 3 else fixed_words >= 1 or numbers >= 2
            if anchored and len(rest) >= len(chosen):
                yield slot_key(toks, chosen), chosen


def _most_slot_tokens(toks: list[Token]) -> int:
    return MAX_DATED_TOKENS if sum(t.kind == "num" for t in toks) >= 2 else MAX_SLOT_TOKENS


def long_slot_keys(line: str, toks: list[Token]) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """A long line's keys with one part open, as an address in a notice ("Send us your photos at
    <address>."); a line short enough for `slot_keys`' own has none."""
    if _most_slot_tokens(toks) < len(toks) <= MAX_LONG_SLOT_TOKENS:
        for run in _runs(line, toks):
            yield slot_key(toks, (run,)), (run,)


def frame_keys(toks: list[Token]) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """A long line's keys with one phrase open, of one to FRAME_OPEN tokens beginning with a word:
    a template sentence whose per-story value runs to several words ("... to <the British Heart
    Foundation>."), the same key however many words the value has."""
    if not FRAME_FIXED < len(toks) <= MAX_LONG_SLOT_TOKENS:
        return
    for i, t in enumerate(toks):
        if t.kind != "word":
            continue
        for k in range(1, FRAME_OPEN + 1):
            fixed = len(toks) - k
            if i + k > len(toks) or fixed < FRAME_FIXED or fixed <= k:
                break
            yield slot_key(toks, ((i, i + k),)), ((i, i + k),)


def bracket_keys(toks: list[Token]) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """A line's keys with its head and its tail open (see BRACKET_HEAD), each beginning with a word,
    around a fixed middle of BRACKET_FIXED tokens at least, two of them words. Counted on lines
    ending like sentences only (see ``classes.line_keys``): the guard then takes such a class only
    from under the article (see ``classes.above_template``)."""
    n = len(toks)
    if n > MAX_LONG_SLOT_TOKENS:
        return
    for head in range(1, BRACKET_HEAD + 1):
        for tail in range(1, BRACKET_TAIL + 1):
            middle = toks[head : n - tail]
            if len(middle) < BRACKET_FIXED:
                break
            if toks[0].kind != "word" or toks[n - tail].kind != "word":
                continue
            if sum(t.kind == "word" and len(t.text) >= 2 for t in middle) >= 2:
                opened = ((0, head), (n - tail, n))
                yield slot_key(toks, opened), opened


def edge_keys(toks: list[Token]) -> tuple[str, str]:
    """The keys of a line's first and last FRAME_EDGE tokens: a template sentence begins or ends
    the same way on many pages, whatever its value in between."""
    return "^ " + exact_key(toks[:FRAME_EDGE]), exact_key(toks[-FRAME_EDGE:]) + " $"


def row_key(line: str) -> str | None:
    """The key of a row of fields the template fills from one record ("Tartu maakohus | 2-23-02849 |
    Urmas Ots | kelmus", "Anneli Kaasik (Keskerakond), 42 \N{MIDDLE DOT} Tartu linn"): its separators, and
    for each field whether it is a number, words or nothing. Every word of such a line varies from
    page to page, so no word can anchor it; its punctuation does. A row has ROW_MARKS separators
    other than commas (a pair of brackets counts once: "<name> (@<handle>) <date>" signs a quoted
    post) and ROW_FIELDS fields of words at least, none of more than ROW_FIELD_WORDS
    words, and does not end like a sentence (a list in a sentence does)."""
    if SENTENCE_END_RE.search(line):
        return None
    parts, at = [], 0
    for m in ROW_SEP_RE.finditer(line):
        parts += [_row_field(line[at : m.start()]), _sep_class(m.group())]
        at = m.end()
    parts.append(_row_field(line[at:]))
    fields, seps = parts[::2], parts[1::2]
    if None in fields or sum(s not in ",)]" for s in seps) < ROW_MARKS or fields.count(SLOT) < ROW_FIELDS:
        return None
    return " ".join(map(str, parts))


def _row_field(text: str) -> str | None:
    """A field's shape: a number, words (with numbers or not), nothing; None for a long text or
    punctuation only."""
    toks = tokens(text)
    if not text.strip():
        return ROW_EMPTY
    if not toks or words(text) > ROW_FIELD_WORDS:
        return None
    return ROW_NUMBER if all(t.kind == "num" for t in toks) else SLOT


def quoted(line: str, opened: tuple[tuple[int, int], ...]) -> bool:
    """Whether every open span of a line lies inside one quotation ("This article contains spoilers
    for '<title>'."): a notice naming a work, the rest of it verbatim."""
    if not opened:
        return False
    toks = tokens(line)
    start, end = toks[opened[0][0]].start, toks[opened[-1][1] - 1].end
    return any(m.start() < start and end < m.end() for m in QUOTED_RE.finditer(line))


def quoted_keys(line: str) -> Iterator[str]:
    """The line's exact key with what its quotations hold open, if it has any (see `quoted`)."""
    if QUOTED_RE.search(line):
        yield f" {SLOT} ".join(exact_key(tokens(part)) for part in QUOTED_RE.split(line)).strip()


def one_open_keys(line: str, toks: list[Token]) -> Iterator[str]:
    """A line's keys with one part open, however short (not too long) the line."""
    if len(toks) <= MAX_LONG_SLOT_TOKENS:
        for run in _runs(line, toks):
            yield slot_key(toks, (run,))


def _runs(line: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Spans that may be left open: any word, and names (two or three capitalised words joined by
    a space, a point or an apostrophe, as "Tom O'Neil" or "Sophie K")."""
    runs = []
    for i, t in enumerate(toks):
        if t.kind != "word" or len(t.text) > MAX_SLOT_WORD:
            continue
        runs.append((i, i + 1))
        for n in (2, 3):
            span = toks[i : i + n]
            if len(span) == n and all(x.kind == "word" and x.text[:1].isupper() for x in span):
                if all(NAME_GAP_RE.fullmatch(line[a.end : b.start]) for a, b in itertools.pairwise(span)):
                    runs.append((i, i + n))
    return runs


def slot_key(toks: list[Token], chosen: tuple[tuple[int, int], ...]) -> str:
    """The tokens' keys with each chosen span ``[start, end)`` as one SLOT."""
    starts = {a: b for a, b in chosen}
    out, i = [], 0
    while i < len(toks):
        if i in starts:
            out.append(SLOT)
            i = starts[i]
        else:
            out.append(toks[i].key)
            i += 1
    return " ".join(out)


@dataclass(frozen=True)
class Affix:
    """A label found at the start (prefix) or end (suffix) of a line, and the varying rest."""

    kind: str  # "prefix", "suffix", "credit" or "credits"
    key: str
    literal: str  # the label as written
    sep: str  # its separator's class: one of ":", "|", the right angle quote, "-", ">" or "/"; a credit's shape
    rest: str


def affixes(line: str, toks: list[Token]) -> Iterator[Affix]:
    m = PREFIX_RE.match(line)
    if m and tokens(m["label"]) and len(tokens(m["label"])) <= MAX_PREFIX_WORDS:
        label_key = exact_key(tokens(m["label"]))
        sep = _sep_class(m["sep"])
        yield Affix("prefix", f"{label_key} {sep}", m["label"].strip(), sep, line[m.end() :])
    s = SUFFIX_RE.search(line)
    if s and tokens(s["label"]) and len(tokens(s["label"])) <= MAX_PREFIX_WORDS and s.start() > 0:
        label_key = exact_key(tokens(s["label"]))
        sep = _sep_class(s["sep"])
        yield Affix("suffix", f"{sep} {label_key}", s["label"].strip(), sep, line[: s.start()])
    yield from credits(line)


def credits(line: str) -> Iterator[Affix]:
    """The credit at the end of a caption line under its label ("credit" affixes: `sep` is "(",
    ":" or the copyright sign), and a parenthesised one also without ("credits")."""
    m = CREDIT_RE.fullmatch(line)
    if m is None or words(m["rest"]) < MIN_CAPTION_WORDS or sentence_like(line):
        return
    shape = "(" if m["paren"] else ":" if m["labelled"] else COPYRIGHT
    credit = (m["paren"] or m["labelled"] or m["copyright"]).strip()
    toks = tokens(credit)
    if not toks or len(toks) > MAX_CREDIT_WORDS:
        return
    if shape == COPYRIGHT:  # the sign is the label
        yield Affix("credit", COPYRIGHT, COPYRIGHT, shape, m["rest"])
        return
    found = CREDIT_LABEL_RE.match(credit)
    label = found["label"].strip() if found and len(tokens(found["label"])) <= MAX_PREFIX_WORDS else ""
    if shape == ":" and not label:
        return
    label = label or (credit[: toks[0].end] if shape == "(" and credit[: toks[0].start].strip() == "" else "")
    if label:
        key = " ".join(t.key for t in tokens(label)) or label
        yield Affix("credit", f"{shape} {key}", label, shape, m["rest"])
    if shape == "(":
        yield Affix("credits", f"{shape} {SLOT}", "", shape, m["rest"])


def lead_splits(line: str) -> Iterator[tuple[str, str]]:
    """(label, rest) for the line's first one to MAX_PREFIX_WORDS tokens followed by a space only: a
    label that runs straight into the rest, after a mark or not ("\N{BLACK RIGHT-POINTING TRIANGLE} READ
    ALSO <title>"). Its numbers must be dates or times ("18.11.", "Sat 18/11"): a plain number is a
    list's counter."""
    toks = tokens(line)
    for k in range(1, MAX_PREFIX_WORDS + 1):
        if len(toks) <= k + 1 or not LEAD_MARK_RE.fullmatch(line[: toks[0].start]):
            return
        if toks[k - 1].kind == "num" and not DATED_NUMBER_RE.fullmatch(toks[k - 1].text):
            return
        end = toks[k - 1].end
        end += len(LABEL_END_RE.match(line, end)[0])  # the point of a date: "18.11."
        if line[end : end + 1].isspace():
            yield line[:end], line[end:].strip()


def _sep_class(sep: str) -> str:
    sep = sep.strip()
    return SEP_CLASSES.get(sep, sep)


def title_like(line: str) -> bool:
    """A line that could be a page's headline: not too long, and not a sentence (a question is fine)."""
    return words(line) <= TITLE_WORDS and (not sentence_like(line) or QUESTION_END_RE.search(line) is not None)


def headline_like(line: str) -> bool:
    """A line that could be a headline in a list of stories, and so one page's own title: five
    words or more, no full stop at the end, not a row of links nor a date line.

    Such a line makes a bad body-end marker: on the page of that story it sits above the body.
    """
    if words(line) < HEADLINE_WORDS or len(LINK_ROW_RE.findall(line)) >= 2:
        return False
    if sum(t.kind in ("num", "cal") for t in tokens(line)) >= 2:
        return False
    return not SENTENCE_END_RE.search(line) or QUESTION_END_RE.search(line) is not None
