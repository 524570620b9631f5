"""Text normalisation applied before any rule sees the text.

Conservative on purpose: ftfy repairs mojibake and control characters but keeps curly quotes,
full-width CJK punctuation and compatibility characters (no NFKC). Line structure is preserved
one-for-one except that CRLF and lone CR become LF, so rule line numbers match the input's.

ftfy is thorough but costs about a millisecond per page, more than everything else together, so
it runs only where it could change something: a cheap gate looks for the byte patterns mojibake
leaves (a UTF-8 lead byte read as cp1252 or cp1251 followed by a continuation byte), control
characters, surrogates and ligatures; otherwise only NFC is applied when needed.

Every pattern here is a set of characters given by code point, which Python's own ``re`` engine
reads exactly as the ``regex`` module does and scans three to five times faster; normalising runs
over every character of every page, so these few patterns use ``re``.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# restore_byte_a0 reads "Â " as a mangled no-break space; it is left off because it makes the
# repair depend on line breaks ("Â" at a line end joined to the next line would change meaning).
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    restore_byte_a0=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)


def _as_chars(codec: str, low: int, high: int) -> str:
    """The characters bytes low..high decode to in `codec`, undefined bytes as their Latin-1 selves."""
    chars = []
    for byte in range(low, high + 1):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return re.escape("".join(chars))


_CP1252_LEAD = _as_chars("cp1252", 0xC2, 0xF4)
_CP1252_CONT = _as_chars("cp1252", 0x80, 0xBF)
_CP1251_LEAD = _as_chars("cp1251", 0xD0, 0xD1)
_CP1251_CONT = _as_chars("cp1251", 0x80, 0xBF)
_GATE_ALONE = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufb00-\ufb06\ufffd"
# A cp1252 or cp1251 lead character with a continuation character after it, or a character
# suspect alone. Written as one class of first characters (the engine then skips ahead to the
# next of them, several times faster than trying three alternatives at every character), with
# what the found one is told by looking back at it.
MOJIBAKE_GATE_RE = re.compile(
    f"[{_CP1252_LEAD}{_CP1251_LEAD}{_GATE_ALONE}]"
    f"(?:(?<=[{_CP1252_LEAD}])[{_CP1252_CONT}]|(?<=[{_CP1251_LEAD}])[{_CP1251_CONT}]|(?<=[{_GATE_ALONE}]))"
)
NEWLINE_RE = re.compile(r"\r\n?|[\N{LINE SEPARATOR}\N{PARAGRAPH SEPARATOR}\N{NEXT LINE}]")
# Characters any mojibake the gate knows must contain; most clean text has none and skips the gate.
MOJIBAKE_HINT_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x80-\xff\u0400-\u04ff\ufb00-\ufb06\ufffd]")
# Every run of horizontal space (tab, no-break, narrow no-break, ideographic, ...) becomes one
# space; written so that the common single ASCII space is not even matched.
_OTHER_SPACES = (
    "\t\N{NO-BREAK SPACE}\N{OGHAM SPACE MARK}\u2000-\u200a\N{NARROW NO-BREAK SPACE}\u205f\N{IDEOGRAPHIC SPACE}"
)
SPACE_RE = re.compile(f"[{_OTHER_SPACES}][ {_OTHER_SPACES}]*| [ {_OTHER_SPACES}]+")
# Most text has neither other spaces nor two spaces in a row: two fast checks spare it SPACE_RE,
# which has to stop at every space.
OTHER_SPACE_RE = re.compile(f"[{_OTHER_SPACES}]")
# Invisible characters that scrapers leave inside words (ZWNJ/ZWJ stay: Persian, Indic, emoji);
# removed before ftfy, which they would hide mojibake from.
INVISIBLE_RE = re.compile("[\N{ZERO WIDTH SPACE}\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}\N{SOFT HYPHEN}]")
# Control characters ftfy left alone because they were not part of any mojibake it could repair.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every character NEWLINE_RE, INVISIBLE_RE and CONTROL_RE change: most text has none, and one
# scan for them all spares it the three substitutions.
_UNUSUAL = (
    "\r\N{LINE SEPARATOR}\N{PARAGRAPH SEPARATOR}\N{NEXT LINE}"
    "\N{ZERO WIDTH SPACE}\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}\N{SOFT HYPHEN}"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
)
UNUSUAL_RE = re.compile(f"[{_UNUSUAL}]")

# Both sets in one: a text holding neither (most) is told so by a single scan.
UNUSUAL_OR_SPACE_RE = re.compile(f"[{_UNUSUAL}{_OTHER_SPACES}]")

# Plain characters: ASCII, the letters of Latin-1 and of Latin Extended-A and -B, and the dashes,
# quotation marks and dots of General Punctuation; most text in Latin script holds no other. On
# text of plain characters alone, patterns for the stdlib engine, with classes read from the
# regex module's (`plain_chars`), find what the regex module would, a third to twice as fast.
PLAIN_RANGES = (
    ("\x00", "\x7f"),
    ("\N{LATIN CAPITAL LETTER A WITH GRAVE}", "\N{LATIN SMALL LETTER Y WITH STROKE}"),
    ("\N{HYPHEN}", "\N{HYPHENATION POINT}"),
    ("\N{PER MILLE SIGN}", "\N{OVERLINE}"),
)
NOT_PLAIN_RE = re.compile("[^" + "".join(f"{first}-{last}" for first, last in PLAIN_RANGES) + "]")


def plain_chars() -> str:
    """Every plain character, in order."""
    return "".join(chr(c) for first, last in PLAIN_RANGES for c in range(ord(first), ord(last) + 1))


def normalize(text: str) -> str:
    """Return `text` with repaired encoding, LF line ends, plain spaces and no invisible characters."""
    first = UNUSUAL_OR_SPACE_RE.search(text)
    unusual = first is not None and UNUSUAL_RE.search(text, first.start()) is not None
    if unusual:
        text = INVISIBLE_RE.sub("", NEWLINE_RE.sub("\n", text))
    fixed = fix_encoding(text)
    changed = unusual or fixed is not text
    # Control characters are left only where there were some, or where ftfy made a new text.
    text = CONTROL_RE.sub("", fixed) if changed else fixed
    # Other spaces can only be where the first scan found some, or in a text made anew.
    if "  " in text or ((first is not None or changed) and OTHER_SPACE_RE.search(text)):
        return SPACE_RE.sub(" ", text)
    return text


def fix_encoding(text: str) -> str:
    """ftfy where mojibake or control characters could be; else just NFC."""
    if text.isascii():
        return text
    if MOJIBAKE_HINT_RE.search(text) and MOJIBAKE_GATE_RE.search(text):
        return ftfy.fix_text(text, FTFY_CONFIG)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
