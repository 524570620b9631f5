"""Bytes to text for scraped pages, whatever their encoding and whether or not they declare it.

`decode` never raises: it tries, in order, a byte-order mark; UTF-8 when the bytes are valid
UTF-8, or nearly so (a page cut in the middle of a character); the encoding the caller knows (an
HTTP header); the page's own declaration (``<?xml encoding?>``, ``<meta charset>``, ``<meta
http-equiv="Content-Type">``); detection with charset_normalizer (a trafilatura dependency) on the
page's text; and last the declared encoding, or UTF-8, with replacement characters. The result
names the encoding, the step that chose it and how many bytes it replaced, so a batch can report
what it did.

Why valid UTF-8 comes before any declaration: scrapers very often store the decoded page
re-encoded as UTF-8 while its ``<meta charset>`` still names the original encoding, and text in a
legacy encoding that happens to be valid UTF-8 is rare once it has a few non-ASCII letters.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex
from charset_normalizer import from_bytes

# A page declares its encoding in its first bytes; the HTML standard's prescan reads 1024 of them,
# but real pages put long scripts and comments first, so look further.
PRESCAN_BYTES = 8192
# Enough text for charset_normalizer to judge while keeping its cost small on long pages.
DETECT_BYTES = 20000

# Valid multi-byte characters needed per invalid byte to read damaged bytes as UTF-8 anyway.
MOSTLY_UTF8 = 20
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

XML_DECLARATION_RE = regex.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']?\s*([\w.:-]+)""", regex.I)
META_CHARSET_RE = regex.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", regex.I)
MARKUP_RE = regex.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", regex.I | regex.S)

# What browsers do with some labels (WHATWG Encoding standard): the Latin-1 family means
# windows-1252, the Chinese, Japanese, Korean and Thai legacy labels their supersets, and a UTF-16
# label on a page readable as ASCII is a mistake for UTF-8.
LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}

# The five bytes windows-1252 leaves undefined are C1 controls for browsers, not decoding errors;
# Python's cp1252 refuses them, and "surrogateescape" hands them back as U+DC80 + byte.
CP1252_HOLES = {0xDC00 + byte: byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


@dataclass(frozen=True)
class Decoded:
    """The text, the Python codec that produced it, the step that chose it and the bytes it replaced.

    ``how`` is one of "str" (the input was text already), "bom", "utf-8", "declared" (by the
    caller), "xml-declaration", "meta", "detected" and "fallback" (nothing fitted: UTF-8 with
    replacement characters). ``replaced`` counts the U+FFFD characters decoding put in for bytes
    that were not text in that encoding (a truncated last character, a stray byte).
    """

    text: str
    encoding: str
    how: str
    replaced: int = 0


def decode(content: bytes | str, declared: str | None = None) -> Decoded:
    """Decode `content` to text (see the module docstring for the order of the steps)."""
    if isinstance(content, str):
        return Decoded(content, "", "str")
    data = bytes(content)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _lenient(data[len(bom) :], encoding, "bom")
    if (text := _strict(data, "utf-8")) is not None:
        return Decoded(text, "utf-8", "utf-8")
    if _mostly_utf8(data):
        return _lenient(data, "utf-8", "utf-8")
    claims = [(how, enc) for how, label in (("declared", declared), *_declarations(data)) if (enc := codec_name(label))]
    for how, encoding in claims:
        if (text := _strict(data, encoding)) is not None:
            return Decoded(text, encoding, how)
    if (encoding := _detect(data)) and (text := _strict(data, encoding)) is not None:
        return Decoded(text, encoding, "detected")
    if claims:
        return _lenient(data, claims[0][1], claims[0][0])
    return _lenient(data, "utf-8", "fallback")


def codec_name(label: str | None) -> str | None:
    """The Python codec a charset label means in a web page, or None for an unknown label."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declarations(data: bytes) -> list[tuple[str, str]]:
    """The encodings the page declares, XML declaration first, as (step, label) pairs."""
    head = data[:PRESCAN_BYTES]
    found = []
    if match := XML_DECLARATION_RE.match(head):
        found.append(("xml-declaration", match.group(1).decode("ascii")))
    if match := META_CHARSET_RE.search(head):
        found.append(("meta", match.group(1).decode("ascii")))
    return found


def _detect(data: bytes) -> str | None:
    """charset_normalizer's best guess from the page's text (markup would only dilute it).

    Short Western text fits many single-byte codecs equally well; then windows-1252, by far the most
    common of them on the web, is taken over a rarer one that scored the same.
    """
    text_bytes = MARKUP_RE.sub(b" ", data)[:DETECT_BYTES]
    matches = list(from_bytes(text_bytes, preemptive_behaviour=False))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if match.encoding == "cp1252" and match.percent_chaos <= best.percent_chaos:
            return "cp1252"
    return codec_name(best.encoding)


def _mostly_utf8(data: bytes) -> bool:
    """Whether invalid UTF-8 is rare next to valid multi-byte characters (a cut or corrupted page).

    Text in a legacy encoding gives an invalid sequence for nearly every non-ASCII letter, and
    almost never a valid one.
    """
    text = data.decode("utf-8", errors="replace")
    bad = _replacements(text, data, "utf-8")
    good = sum(1 for char in text if char > "\N{DELETE}") - bad
    return good >= MOSTLY_UTF8 * bad


def _strict(data: bytes, encoding: str) -> str | None:
    if encoding == "cp1252":
        return data.decode(encoding, errors="surrogateescape").translate(CP1252_HOLES)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _lenient(data: bytes, encoding: str, how: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, how, _replacements(text, data, encoding))


def _replacements(text: str, data: bytes, encoding: str) -> int:
    """How many U+FFFD in `text` decoding put in, not counting those `data` already held."""
    try:
        held = data.count(REPLACEMENT.encode(encoding))
    except UnicodeEncodeError:  # the encoding cannot hold U+FFFD at all
        held = 0
    return text.count(REPLACEMENT) - held
