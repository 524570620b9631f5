"""Text normalisation applied before any rule sees the text.

Conservative on purpose: ftfy repairs mojibake and control characters but keeps curly quotes,
full-width CJK punctuation and compatibility characters (no NFKC). Line structure is preserved
one-for-one except that CRLF and lone CR become LF, so rule line numbers match the input's.
"""

from __future__ import annotations

import ftfy
import regex

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

NEWLINE_RE = regex.compile(r"\r\n?|[\N{LINE SEPARATOR}\N{PARAGRAPH SEPARATOR}\N{NEXT LINE}]")
# Every horizontal space (tab, no-break, narrow no-break, figure, ideographic, ...) becomes one space.
SPACE_RE = regex.compile(r"[\t\p{Zs}]+")
# Invisible characters that scrapers leave inside words; ZWNJ/ZWJ stay (Persian, Indic, emoji).
INVISIBLE_RE = regex.compile("[\N{ZERO WIDTH SPACE}\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}\N{SOFT HYPHEN}]")
# Only text outside ASCII can hold mojibake or control characters that ftfy would change.
NEEDS_FTFY_RE = regex.compile(r"[^\x0a\x20-\x7e]")


def normalize(text: str) -> str:
    """Return `text` with repaired encoding, LF line ends, plain spaces and no invisible characters."""
    text = NEWLINE_RE.sub("\n", text)
    if NEEDS_FTFY_RE.search(text):
        text = ftfy.fix_text(text, FTFY_CONFIG)
    text = INVISIBLE_RE.sub("", text)
    return SPACE_RE.sub(" ", text)
