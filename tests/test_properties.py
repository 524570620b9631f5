"""Properties of text-mode cleaning: idempotent, never invents or reorders words, never raises."""

from __future__ import annotations

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
    "sama-",
    "sama membantu",
    "北京时间今天上午\N{FULLWIDTH COMMA}",
    "会议在北京召开\N{IDEOGRAPHIC FULL STOP}",
]
LINE = st.one_of(
    st.sampled_from(LABELS + SENTENCES),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
    st.just(""),
    st.just("  \u00a0 "),
)
DOCUMENT = st.lists(LINE, max_size=25).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\n\n"]).map(lines_join(lines))
)


def lines_join(lines: list[str]):
    return lambda sep: sep.join(lines)


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
    assert result.status in ("ok", "empty")
    assert result.body == result.body.strip()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_bytes_are_cleaned_or_refused_with_a_reason(data):
    try:
        CLEANER.clean_document(data, mode="text")
    except InputError as exc:
        assert str(exc)
