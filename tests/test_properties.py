"""Properties of text-mode cleaning: idempotent, never invents or reorders words, never raises."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, InputError
from cleaner.normalize import normalize

CLEANER = Cleaner()
WORD_CHARS_RE = regex.compile(r"\w")
LABELS = sorted({line for f in CLEANER.catalog.files for r in f.rules for line in r.examples.get("match", ())})
SENTENCES = [
    "The council met on Monday and voted to close two libraries.",
    "Pemerintah akan menaikkan harga bahan bakar minggu depan,",
    "menurut para pejabat",
    "akan mengurangi beban subsidi.",
    "“We learned a lot,” she said.",
    "Share prices fell sharply on Tuesday.",
    "Connect with us",
    "SHARE:",
    "on",
    "Kami menggunakan pendaftaran Anda untuk menyediakan konten dengan cara yang Anda setujui.",
    "Bagikan artikel ini:",
    "EU Reporter publishes articles from a variety of outside sources which express views of EU Reporter.",
    "Tren",
    "Le ministre a déclaré que la réforme était « nécessaire ».",
    "Die Straße wurde für den Verkehr gesperrt, sagte ein Sprecher.",
    "Ação rápida: o governo anunciou medidas,",
    "sama-",
    "sama membantu",
    "北京时间今天上午\N{FULLWIDTH COMMA}",
    "会议在北京召开\N{IDEOGRAPHIC FULL STOP}",
]
# Random lines leave out control characters and U+0080..U+00FF: strings of those are what mojibake
# looks like, and ftfy repairs mojibake line by line, so fragments split across lines can be
# repaired differently once joined (see the strict xfail below). Realistic accented text is in
# SENTENCES, and test_never_raises_on_any_text still covers every character.
LATIN1 = "".join(map(chr, range(0x80, 0x100)))
LINE = st.one_of(
    st.sampled_from(LABELS + SENTENCES),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters=LATIN1),
        max_size=40,
    ),
    st.just(""),
    st.just("  \u00a0 "),
)
DOCUMENT = st.builds(
    lambda lines, sep: sep.join(lines), st.lists(LINE, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"])
)


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@settings(max_examples=300, deadline=None)
@given(DOCUMENT)
@example("sama-\nsama membantu")
@example("\N{LATIN CAPITAL LETTER A WITH CIRCUMFLEX}\nEU Reporter publishes articles of EU Reporter.")
@example("Pemerintah akan menaikkan harga,\n\niklan\n\nmenurut para pejabat")
def test_cleaning_twice_changes_nothing(text):
    once = CLEANER.clean(text, mode="text")
    assert CLEANER.clean(once, mode="text") == once


@settings(max_examples=300, deadline=None)
@given(DOCUMENT)
def test_output_words_appear_in_input_in_order(text):
    out = CLEANER.clean(text, mode="text")
    assert is_subsequence(WORD_CHARS_RE.findall(out), WORD_CHARS_RE.findall(normalize(text)))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    result = CLEANER.clean_document(text, mode="text")
    assert result.status in ("ok", "empty", "lossy")
    assert result.body == result.body.strip()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_bytes_are_cleaned_or_refused_with_a_reason(data):
    try:
        CLEANER.clean_document(data, mode="text")
    except InputError as exc:
        assert str(exc)


MOJIBAKE_SPLIT = [
    "\N{LATIN CAPITAL LETTER A WITH CIRCUMFLEX}\n\N{LATIN SMALL LETTER A WITH GRAVE}\x80",
    "\xc0\xd3\xb1\xd8\nEU Reporter publishes articles from a variety of outside sources which express a wide "
    "range of viewpoints. The positions taken in these articles are not necessarily those of EU Reporter.",
]


@pytest.mark.xfail(strict=True, reason="ftfy repairs per line: mojibake split across lines is repaired once joined")
@pytest.mark.parametrize("text", MOJIBAKE_SPLIT, ids=["c1-control", "latin1-run"])
def test_mojibake_fragments_split_across_lines_are_stable(text):
    once = CLEANER.clean(text, mode="text")
    assert CLEANER.clean(once, mode="text") == once
