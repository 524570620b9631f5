"""Language detection per document, with no model to download.

Two kinds of evidence, both cheap:

* the **script** of the letters: kana means Japanese, Hangul Korean, Han without kana Chinese, and
  Greek, Hebrew, Thai, Georgian, Armenian and most Indic scripts name one language each;
* for scripts shared by many languages (Latin, Cyrillic, Arabic, Devanagari), the **overlap of the
  text's most frequent words with jusText's stoplists** (frequent words of about 100 Wikipedias,
  shipped with jusText, which trafilatura already depends on).

Tables are built on first use, once a machine: the next processes read them from the cache
(`cleaner.cache`) in a quarter of the time. The text is tokenised once; only its most
frequent words are looked up, so a 5 KB text takes a small fraction of a millisecond.
"""

from __future__ import annotations

import array
import bisect
import functools
import hashlib
import heapq
import importlib.util
import itertools
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

import regex

from cleaner import cache
from cleaner.normalize import NOT_PLAIN_RE

WORD_RE = regex.compile(r"\w+")
# The same words found by the stdlib engine, a third faster, in plain text (see
# `cleaner.normalize.PLAIN_RANGES`), where its ``\w`` is the regex module's (tests check each).
PLAIN_WORD_RE = re.compile(r"\w+")
WORD_LINE_RE = regex.compile(r"^\w+$", regex.M)
KANA_RE = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
HAN_RE = regex.compile(r"\p{Han}")
LATIN_RE = regex.compile(r"[\p{Latin}\d_]*")
DIGITS = "0123456789"

# Characters read, from the longest lines: plenty for a language, and a long page stays cheap.
SAMPLE_CHARS = 1500
LINE_CHARS = 300
# Lines taken by length before falling back to sorting them all.
SAMPLE_LINES = 500
# Most frequent distinct words looked up in the stoplists; function words are always among them.
TOP_WORDS = 120
# Minimum evidence: letters in the main script, and stopword hits for stoplist-decided scripts.
MIN_LETTERS = 12
MIN_HITS = 3
# The winner's share of the text's tokens that are its stopwords; below it the text is not prose
# in any listed language (names, numbers, code) and the answer is None.
MIN_COVERAGE = 0.12

# jusText stoplist name -> ISO 639-1 code. Wikipedias without a 639-1 code (Asturian, Lombard, ...)
# are left out on purpose: their small lists would only steal texts from their big neighbours.
JUSTEXT_CODES: dict[str, str] = {
    "Afrikaans": "af",
    "Albanian": "sq",
    "Arabic": "ar",
    "Aragonese": "an",
    "Armenian": "hy",
    "Azerbaijani": "az",
    "Basque": "eu",
    "Belarusian": "be",
    "Bengali": "bn",
    "Bosnian": "bs",
    "Breton": "br",
    "Bulgarian": "bg",
    "Catalan": "ca",
    "Chuvash": "cv",
    "Croatian": "hr",
    "Czech": "cs",
    "Danish": "da",
    "Dutch": "nl",
    "English": "en",
    "Esperanto": "eo",
    "Estonian": "et",
    "Finnish": "fi",
    "French": "fr",
    "Galician": "gl",
    "Georgian": "ka",
    "German": "de",
    "Greek": "el",
    "Gujarati": "gu",
    "Haitian": "ht",
    "Hebrew": "he",
    "Hindi": "hi",
    "Hungarian": "hu",
    "Icelandic": "is",
    "Ido": "io",
    "Igbo": "ig",
    "Indonesian": "id",
    "Irish": "ga",
    "Italian": "it",
    "Javanese": "jv",
    "Kannada": "kn",
    "Kazakh": "kk",
    "Korean": "ko",
    "Kurdish": "ku",
    "Kyrgyz": "ky",
    "Latin": "la",
    "Latvian": "lv",
    "Lithuanian": "lt",
    "Luxembourgish": "lb",
    "Macedonian": "mk",
    "Malay": "ms",
    "Malayalam": "ml",
    "Maltese": "mt",
    "Marathi": "mr",
    "Nepali": "ne",
    "Norwegian_Bokmal": "nb",
    "Norwegian_Nynorsk": "nn",
    "Occitan": "oc",
    "Persian": "fa",
    "Polish": "pl",
    "Portuguese": "pt",
    "Quechua": "qu",
    "Romanian": "ro",
    "Russian": "ru",
    "Serbian": "sr",
    "Slovak": "sk",
    "Slovenian": "sl",
    "Spanish": "es",
    "Sundanese": "su",
    "Swahili": "sw",
    "Swedish": "sv",
    "Tagalog": "tl",
    "Tamil": "ta",
    "Telugu": "te",
    "Turkish": "tr",
    "Turkmen": "tk",
    "Ukrainian": "uk",
    "Urdu": "ur",
    "Uzbek": "uz",
    "Vietnamese": "vi",
    "Volapuk": "vo",
    "Walloon": "wa",
    "Welsh": "cy",
    "West_Frisian": "fy",
    "Yoruba": "yo",
}

# Words that tell Indonesian from Malay and are missing from jusText's lists (the lists already
# hold most: karena/kerana, bahwa/bahawa, bisa/boleh, uang/wang, ...). They join their language's
# list and leave the other's.
EXTRA_WORDS: dict[str, str] = {
    "id": "polisi kantor mau kemarin besok telepon kualitas aktivitas sepeda nggak enggak banget gimana "
    "gratis delapan bilang",
    "ms": "pejabat mahu dimulakan telefon kualiti basikal mesyuarat baharu percuma lapan sekiranya "
    "kakitangan perniagaan pelancongan",
}

# Languages far more common on the web than their close neighbours (Indonesian and Malay, Dutch and
# Afrikaans, Spanish and Galician share most function words): on equal evidence they win, by half a
# hit, which any real difference in the text outweighs.
COMMON_LANGUAGES = frozenset("ar cs de en es fa fr hi hu id it nl pl pt ro ru sv tr uk vi".split())

# Function characters of written Chinese and Japanese, which jusText has no lists for; text mode
# counts them the way it counts stopwords elsewhere (each CJK character is a token of its own).
CJK_FUNCTION_CHARS: dict[str, str] = {
    "zh": "的了是在和有我他她它们这那不也就都而及与着对被把从给让向为以之其或但所很到说要会能可",
    "ja": "のはがをにでとたてもやからまでよりへなだですますしいるあるこそれかった",
}

# Scripts (first code point of each range -> script name); the gaps between ranges are "other".
# Ranges follow the Unicode blocks; only letters reach the lookup.
_SCRIPT_RANGES: tuple[tuple[int, str], ...] = (
    (0x0041, "latin"),
    (0x0370, "greek"),
    (0x0400, "cyrillic"),
    (0x0530, "armenian"),
    (0x0590, "hebrew"),
    (0x0600, "arabic"),
    (0x0700, "other"),
    (0x0750, "arabic"),
    (0x0780, "other"),
    (0x08A0, "arabic"),
    (0x0900, "devanagari"),
    (0x0980, "bengali"),
    (0x0A00, "gurmukhi"),
    (0x0A80, "gujarati"),
    (0x0B00, "oriya"),
    (0x0B80, "tamil"),
    (0x0C00, "telugu"),
    (0x0C80, "kannada"),
    (0x0D00, "malayalam"),
    (0x0D80, "sinhala"),
    (0x0E00, "thai"),
    (0x0E80, "lao"),
    (0x0F00, "tibetan"),
    (0x1000, "myanmar"),
    (0x10A0, "georgian"),
    (0x1100, "hangul"),
    (0x1200, "ethiopic"),
    (0x13A0, "other"),
    (0x1780, "khmer"),
    (0x1800, "other"),
    (0x1E00, "latin"),
    (0x1F00, "greek"),
    (0x2000, "other"),
    (0x3040, "kana"),
    (0x3100, "other"),
    (0x3130, "hangul"),
    (0x3190, "other"),
    (0x31F0, "kana"),
    (0x3200, "other"),
    (0x3400, "han"),
    (0x4DC0, "other"),
    (0x4E00, "han"),
    (0xA000, "other"),
    (0xAC00, "hangul"),
    (0xD7B0, "other"),
    (0xF900, "han"),
    (0xFB00, "other"),
    (0xFB50, "arabic"),
    (0xFE00, "other"),
    (0xFE70, "arabic"),
    (0xFF00, "other"),
    (0xFF21, "latin"),
    (0xFF5B, "other"),
    (0xFF66, "kana"),
    (0xFFA0, "other"),
    (0x20000, "han"),
    (0x30000, "other"),
)
_SCRIPT_STARTS = [start for start, _ in _SCRIPT_RANGES]

# Scripts that name one language on their own. Han is decided by kana (ja) or its absence (zh).
SCRIPT_LANGUAGE: dict[str, str] = {
    "greek": "el",
    "hebrew": "he",
    "armenian": "hy",
    "georgian": "ka",
    "hangul": "ko",
    "kana": "ja",
    "thai": "th",
    "lao": "lo",
    "khmer": "km",
    "myanmar": "my",
    "tibetan": "bo",
    "ethiopic": "am",
    "sinhala": "si",
    "bengali": "bn",
    "gurmukhi": "pa",
    "gujarati": "gu",
    "oriya": "or",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
}


_SCRIPT_CACHE: dict[str, str] = {}


def script_of(char: str) -> str:
    """Script name of one character ("latin", "cyrillic", "han", ...); "other" for the rest."""
    script = _SCRIPT_CACHE.get(char)
    if script is None:
        script = _SCRIPT_CACHE[char] = _script_of(char)
    return script


def _script_of(char: str) -> str:
    code = ord(char)
    if code < 0x41:
        return "other"
    if code < 0x250:
        return "latin" if char.isalpha() else "other"
    return _SCRIPT_RANGES[bisect.bisect_right(_SCRIPT_STARTS, code) - 1][1]


# A language's score is the log-likelihood of the text's frequent words under a model where the
# language draws its words uniformly from its stoplist, or any other word with probability
# UNLISTED. A hit in a long list is therefore worth less than one in a short list: Finnish and
# Estonian Wikipedias list thousands of words, English names and titles among them, and would
# otherwise outvote English's 450 on English text. Weights are scaled to integers.
UNLISTED = 1e-5
ENGLISH_BORROWED = 1 / 8
_SCALE = 16

# Each language's score is kept in one 32-bit field of a big integer: adding a word's vector (its
# weight in the field of every language listing it) updates all languages in one C-level
# operation, and one conversion to an array reads them all back.
_FIELD_BITS = 32
_FIELD_TYPE = next(t for t in "ILQ" if array.array(t).itemsize == _FIELD_BITS // 8)


@dataclass(frozen=True)
class _Tables:
    """Built once: word -> vector of its weights in the languages listing it."""

    vectors: dict[str, int]
    native: Mapping[str, frozenset[str]]  # code -> its words that count as evidence for it
    fields: dict[str, tuple[tuple[str, int], ...]]  # script -> (code, field index) of its languages
    weights: dict[str, int]  # code -> weight of one hit
    size: int  # bytes of a vector


class _GroupedNative(Mapping[str, frozenset[str]]):
    """Each language's words, gathered on first use from the words grouped by the languages
    listing them (as the cache keeps them): a run reads the lists of one or two languages only."""

    def __init__(self, groups: list[tuple[list[str], list[str]]], codes: Iterable[str]) -> None:
        self._groups = groups
        self._codes = tuple(codes)
        self._built: dict[str, frozenset[str]] = {}

    def __getitem__(self, code: str) -> frozenset[str]:
        if code not in self._codes:
            raise KeyError(code)
        if code not in self._built:
            self._built[code] = frozenset(w for codes, words in self._groups if code in codes for w in words)
        return self._built[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)


def _clean_words(words: Iterable[str]) -> frozenset[str]:
    # jusText's lists are whitespace tokens of Wikipedia text ("(born", "besar,"); keep real words.
    # One scan of the words a line each (they hold no whitespace), not a match per word: the
    # tables are built in every process that cleans, and there are 170,000 words.
    return frozenset(WORD_LINE_RE.findall("\n".join(words)))


def _justext_stoplist(name: str) -> list[str]:
    """jusText's stoplist `name`, its lines lower-cased, as ``justext.get_stoplist`` reads it but
    decoded and lower-cased whole rather than line by line, and without importing jusText (and
    lxml with it), which text mode does not otherwise need."""
    data = (_justext_dir() / "stoplists" / f"{name}.txt").read_bytes()
    return data.decode("utf8").lower().replace("\r\n", "\n").replace("\r", "\n").split("\n")


@functools.cache
def _justext_dir() -> Path:
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("language detection needs jusText's stoplists: pip install justext")
    return Path(spec.submodule_search_locations[0])


def _main_script_of(listed: frozenset[str]) -> str:
    """The script most of a list's words start in (first characters counted once each, in the
    order words first show them, so that ties go as a count of every word would)."""
    scripts: Counter[str] = Counter()
    for char, n in Counter(w[0] for w in listed).items():
        scripts[script_of(char)] += n
    return scripts.most_common(1)[0][0]


def _native_words(code: str, listed: frozenset[str], script: str, english: frozenset[str]) -> frozenset[str]:
    """The words of a stoplist that speak for its language."""
    # A list's words in another script are borrowings ("the" in the Hindi list): they would only
    # let that language compete for texts it cannot be written in.
    starts = {char for char in {w[0] for w in listed} if script_of(char) == script}
    native = frozenset(w for w in listed if w[0] in starts)
    # Some Wikipedias are full of English (an eighth or more of the Sundanese and Igbo lists are
    # English stopwords; Dutch, the closest genuine neighbour, shares under a tenth): their
    # English words would claim English texts.
    if code != "en" and len(english & native) > ENGLISH_BORROWED * len(native):
        native -= english
    return native


def _weight(list_size: int) -> int:
    return max(1, round(_SCALE * math.log(1 / (list_size * UNLISTED))))


def _stoplists() -> dict[str, frozenset[str]]:
    """jusText's lists by ISO code, cleaned, with the EXTRA_WORDS moved in."""
    stop: dict[str, frozenset[str]] = {}
    for name, code in JUSTEXT_CODES.items():
        stop[code] = stop.get(code, frozenset()) | _clean_words(_justext_stoplist(name))
    for code, words in EXTRA_WORDS.items():
        stop[code] |= frozenset(words.split())
        for other in EXTRA_WORDS.keys() - {code}:
            stop[other] -= frozenset(words.split())
    return stop


@functools.cache
def _tables() -> _Tables:
    """The tables, from the cache (see `cleaner.cache`) when it holds them, else built and kept there:
    building them reads and sorts 177,000 words, 0.2 s of every process's start-up."""
    name = _cache_name()
    tables = _stored(cache.load(name))
    if tables is None:
        tables = _build_tables()
        if cache.directory() is not None:
            cache.store(name, _to_store(tables))
    return tables


def _build_tables() -> _Tables:
    vectors: dict[str, int] = {}
    native: dict[str, frozenset[str]] = {}
    fields: dict[str, list[tuple[str, int]]] = {}
    weights: dict[str, int] = {}
    stop = _stoplists()
    for i, (code, listed) in enumerate(sorted(stop.items())):
        script = _main_script_of(listed)
        native[code] = _native_words(code, listed, script, stop["en"])
        fields.setdefault(script, []).append((code, i))
        weights[code] = _weight(len(native[code]))
        bits = weights[code] << (i * _FIELD_BITS)
        # Most words are listed by one language only: they share that language's vector object
        # (a vector is 350 bytes, and there are 130,000 words).
        shared = native[code] & vectors.keys()
        vectors.update(dict.fromkeys(native[code] - shared, bits))
        for word in shared:
            vectors[word] |= bits
    size = len(stop) * _FIELD_BITS // 8
    return _Tables(vectors, native, {k: tuple(v) for k, v in fields.items()}, weights, size)


def _to_store(tables: _Tables) -> dict[str, Any]:
    """The tables as plain data: each language's field and weight, and the words grouped by the
    languages listing them (a vector is the sum of their weights in their fields)."""
    groups: dict[int, list[str]] = {}
    for word, vector in tables.vectors.items():
        groups.setdefault(vector, []).append(word)
    codes = {i: code for fields in tables.fields.values() for code, i in fields}
    mask = (1 << _FIELD_BITS) - 1
    return {
        "size": tables.size,
        "fields": tables.fields,
        "weights": tables.weights,
        "groups": [
            [[codes[i] for i in sorted(codes) if vector >> (i * _FIELD_BITS) & mask], "\n".join(words)]
            for vector, words in groups.items()
        ],
    }


def _stored(data: Any) -> _Tables | None:
    """The tables a cache file holds, or None if it is not what `_to_store` writes."""
    try:
        fields = {script: tuple((code, i) for code, i in pairs) for script, pairs in data["fields"].items()}
        weights = {code: int(weights) for code, weights in data["weights"].items()}
        bits = {code: weights[code] << (i * _FIELD_BITS) for pairs in fields.values() for code, i in pairs}
        groups = [(list(codes), words.split("\n")) for codes, words in data["groups"]]
        vectors: dict[str, int] = {}
        for codes, words in groups:
            # One vector object a group, as `_build_tables` shares one a language.
            vectors.update(zip(words, itertools.repeat(sum(bits[code] for code in codes))))
        size = int(data["size"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if bits.keys() != weights.keys():
        return None
    return _Tables(vectors, _GroupedNative(groups, weights), fields, weights, size)


@functools.cache
def _cache_name() -> str:
    """Named for this file and jusText's stoplists as installed (their sizes and times: reading
    them all would cost a third of what the cache saves)."""
    lists = _justext_dir() / "stoplists"
    seen = hashlib.sha256()
    for name in JUSTEXT_CODES:
        found = os.stat(lists / f"{name}.txt")
        seen.update(f"{name} {found.st_size} {found.st_mtime_ns}\n".encode())
    return f"language-{cache.stamp(__file__)}-{seen.hexdigest()[:16]}.json"


def stopwords(code: str) -> frozenset[str]:
    """Lower-case stopwords of language `code` (ISO 639-1); empty when none are known.

    They are the words `detect` counts as evidence for the language: jusText's list without its
    punctuated tokens and borrowings. For Chinese and Japanese they are single function characters.
    """
    if code in CJK_FUNCTION_CHARS:
        return _cjk_function_chars(code)
    return _tables().native.get(code, frozenset())


def listed(word: str) -> bool:
    """Whether some language's `stopwords` hold `word`: a word no language lists is known to be
    no stopword of a text's language without telling the language."""
    return word in _tables().vectors or word in _CJK_FUNCTION_CHAR_SET


_CJK_FUNCTION_CHAR_SET = frozenset("".join(CJK_FUNCTION_CHARS.values()))


@functools.cache
def _cjk_function_chars(code: str) -> frozenset[str]:
    return frozenset(CJK_FUNCTION_CHARS[code])


def _sample(text: str) -> str:
    """About SAMPLE_CHARS of `text`: the starts of its longest lines (prose, rather than menus)."""
    if len(text) <= SAMPLE_CHARS:
        return text
    lines = text.split("\n")
    # The longest lines come first (as sorted, ties in text order); a text of many short lines
    # is spared sorting them all unless its longest few hundred fall short of the sample.
    taken = _starts(heapq.nlargest(SAMPLE_LINES, lines, key=len)) if len(lines) > SAMPLE_LINES else []
    if sum(map(len, taken)) < SAMPLE_CHARS:
        taken = _starts(sorted(lines, key=len, reverse=True))
    return "\n".join(taken)


def _starts(longest: list[str]) -> list[str]:
    """The starts of the lines, longest first, until they make a sample."""
    taken: list[str] = []
    size = 0
    # Each line gives at most LINE_CHARS, so one long tag cloud or language menu is outvoted.
    for line in longest:
        taken.append(line[:LINE_CHARS])
        size += len(taken[-1])
        if size >= SAMPLE_CHARS:
            break
    return taken


def _main_script(tokens: list[str], counts: Counter[str]) -> tuple[str, int]:
    """The script with most letters among the tokens, and that number of letters (digits count too)."""
    joined = "".join(tokens)
    # ASCII word characters are Latin letters, digits and "_" (isascii is a flag, not a scan).
    if joined.isascii() or LATIN_RE.fullmatch(joined):
        return "latin", len(joined)
    letters: Counter[str] = Counter()
    for token, n in counts.items():
        # A token is shared between the scripts of its first and last letters: Japanese writes
        # "Kindleが立ち上がって" and "2019年11月" without spaces, and the point is the Han and kana.
        letters[script_of(token.lstrip(DIGITS)[:1] or "0")] += n * len(token)
        letters[script_of(token[-1])] += n * len(token)
    letters.pop("other", None)
    # Han and kana are one script for this choice; which language it is comes next.
    letters["han"] += letters.pop("kana", 0)
    return letters.most_common(1)[0] if letters else ("other", 0)


def _by_stopwords(script: str, counts: Counter[str], total: int) -> str | None:
    tables = _tables()
    vectors = tables.vectors
    # Capitalised tokens are left out: names fill the big Wikipedia lists ("Ryan", "Jones" are
    # Finnish stopwords there), while function words mostly stand in lower case.
    top = [
        (token, n)
        for token, n in sorted(counts.items(), key=itemgetter(1), reverse=True)[:TOP_WORDS]
        if not token[0].isupper()
    ]
    total_vector = 0
    for token, n in top:
        vector = vectors.get(token)
        if vector:
            total_vector += n * vector
    if not total_vector:
        return None
    scores = array.array(_FIELD_TYPE, total_vector.to_bytes(tables.size, "little"))
    if sys.byteorder == "big":
        scores.byteswap()
    weights = tables.weights
    # Doubled scores, so half a hit's weight stays an integer.
    _, code, i = max(
        (2 * scores[i] + (weights[code] if code in COMMON_LANGUAGES else 0), code, i)
        for code, i in tables.fields.get(script, ())
    )
    hits = scores[i] // weights[code]
    if hits < MIN_HITS or hits < MIN_COVERAGE * total:
        return None
    return code


def _han_language(text: str) -> str:
    # Japanese prose always carries kana; a fifth of the CJK letters is far below its usual share.
    kana = len(KANA_RE.findall(text))
    han = len(HAN_RE.findall(text))
    return "ja" if kana * 5 >= han + kana else "zh"


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little evidence."""
    if not isinstance(text, str):
        return None
    sample = _sample(text)
    tokens = (WORD_RE if NOT_PLAIN_RE.search(sample) else PLAIN_WORD_RE).findall(sample)
    counts = Counter(tokens)
    script, letters = _main_script(tokens, counts)
    if letters < MIN_LETTERS:
        return None
    if script == "han":
        return _han_language(sample)
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    return _by_stopwords(script, counts, len(tokens))
