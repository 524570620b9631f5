"""Line-wrap repair: data-driven cases (tests/cases/unwrap/cases.yaml) and properties."""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path
from unittest import mock

import pytest
import regex
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.unwrap import Break, Shape, Verdict, describe, paragraphs, shouted, split_lines, unwrap

# In a folder of its own: tests/cases/*.yaml are rule cases for the engine.
CASES = yaml.safe_load((Path(__file__).parent / "cases" / "unwrap" / "cases.yaml").read_text(encoding="utf-8"))
BREAKS = {"newline": Break.NEWLINE, "blank": Break.BLANK, "removed": Break.REMOVED}


def marked(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, marks=marks)


TEXT_CASES = [c for c in CASES["cases"] if "text" in c]
LINE_CASES = [c for c in CASES["cases"] if "lines" in c]


@pytest.mark.parametrize("case", [marked(c) for c in TEXT_CASES], ids=[c["id"] for c in TEXT_CASES])
def test_unwrap_case(case):
    assert unwrap(case["text"]) == case["expected"].strip()


@pytest.mark.parametrize("case", [marked(c) for c in LINE_CASES], ids=[c["id"] for c in LINE_CASES])
def test_paragraphs_case(case):
    assert paragraphs(case["lines"], [BREAKS[b] for b in case["breaks"]]) == case["expected"]


@pytest.mark.parametrize("case", CASES["unchanged"], ids=[c["id"] for c in CASES["unchanged"]])
def test_clean_text_unchanged(case):
    assert unwrap(case["text"]) == case["text"]


def test_split_lines_marks_blank_lines():
    assert split_lines(" a \n\n\n b\nc\n") == (["a", "b", "c"], [Break.NEWLINE, Break.BLANK, Break.NEWLINE])


def test_paragraphs_explains_each_decision():
    log: list = []
    paragraphs(["The ferry leaves", "at dawn.", "Islanders complain."], [Break.NEWLINE] * 3, explain=log)
    assert log == [(1, Verdict.JOIN, "sentence_goes_on"), (2, Verdict.BREAK, "sentence_end")]


LINE_ENDS = [
    ("plus d'indépendance. \N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}", Shape.TERMINAL),
    ("plus d'indépendance.\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}", Shape.TERMINAL),
    ("il a dit : \N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}", Shape.CONTINUING),
    ("sagt Dr.", Shape.WORD),
    ("- zwei neue Lieferzonen für den Handel,", Shape.CONTINUING),
    ("مردم محلی در یک جشنواره خیریه\N{ARABIC COMMA}", Shape.CONTINUING),
]


@pytest.mark.parametrize(
    ("text", "shape"),
    LINE_ENDS,
    ids=["guillemet-spaced", "guillemet", "guillemet-opening", "title-abbreviation", "comma", "arabic-comma"],
)
def test_line_end_shape(text, shape):
    assert describe(text).shape is shape


def test_lone_dash_is_a_bullet_and_a_spaced_closing_guillemet_continues():
    assert describe("-").bullet
    assert describe("\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK} dit-elle.").continuing_start


def test_short_capitalised_word_written_without_the_dot_elsewhere_ends_a_sentence():
    lines = [
        "Der Bus fährt nur zweimal am Tag.",
        "Helga Baumann kommt jeden Tag mit dem Fahrrad vorbei, wenn es nicht regnet.",
    ]
    log: list = []
    paragraphs(lines, [Break.NEWLINE] * 2, explain=log)
    assert log == [(1, Verdict.BREAK, "sentence_end")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WILL THEY BASH THE BILLIONAIRES", True),
        ("VOLKSWAGEN ID. SPACE VIZZION CONCEPT", True),
        ("SNS\N{HANGUL SYLLABLE E} \N{HANGUL SYLLABLE GONG}\N{HANGUL SYLLABLE GAE}", False),
        ("NASA", False),
    ],
    ids=["capitals", "capitals-with-dot", "abbreviation-then-hangul", "one-word"],
)
def test_shouted_needs_two_words_in_capitals(text, expected):
    assert shouted(text) is expected


def test_paragraphs_tolerates_missing_breaks_and_empty_lines():
    assert paragraphs(["Ends here.", "\N{SOFT HYPHEN}", "Next one."], []) == ["Ends here.", "Next one."]


# --- properties ---------------------------------------------------------------------------

# Text built from the pieces wrapped text is made of, so that the decisions get exercised.
PIECES = st.sampled_from(
    [
        " ",
        " ",
        " ",
        "\n",
        "\n",
        "\n\n",
        "word",
        "Word",
        "sama-",
        "sama",
        "pen-",
        "gembangan",
        ".",
        ",",
        ":",
        "”",
        "“",
        "- ",
        "1. ",
        "中文",
        "。",
        "\N{SOFT HYPHEN}",
        "\t",
        "  ",
        "A",
        "É",
        "ß",
        "http://x.y",
        "Ἀ;",
        "\r",
        "\u2028",
        "|",
        "42",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(PIECES, max_size=60).map("".join))


def visible(text: str) -> str:
    """What unwrap may not change: all but whitespace (as ``str.strip`` sees it), hyphens and soft
    hyphens."""
    return "".join(c for c in text if not c.isspace() and c not in "-\N{SOFT HYPHEN}")


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("a-\n\nb")
@example("\x1f")  # whitespace to str.strip, not to regex's \s
def test_never_raises_and_keeps_the_words_in_order(text):
    assert visible(unwrap(text)) == visible(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_idempotent(text):
    once = unwrap(text)
    assert unwrap(once) == once


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_output_shape(text):
    out = unwrap(text)
    assert out == out.strip()
    assert "\n\n\n" not in out
    assert all(p.strip() == p and p for p in out.split("\n\n")) or out == ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1).map(str.strip).filter(bool), max_size=12), st.data())
def test_paragraphs_keeps_every_line(lines, data):
    breaks = data.draw(st.lists(st.sampled_from(list(Break)), min_size=len(lines), max_size=len(lines)))
    assert visible("".join(paragraphs(lines, breaks))) == visible("".join(lines))


unwrap_module = importlib.import_module("cleaner.unwrap")  # (cleaner.unwrap is also the function)

# Lines of one-paragraph-a-line text, where the shortcut for sentence ends applies most.
LINES = st.lists(
    st.sampled_from(
        [
            "Word one.",
            "word two.",
            "Word, three",
            "1. Item.",
            "- item",
            "\N{LEFT DOUBLE QUOTATION MARK}Quote opens.",
            "It closes.\N{RIGHT DOUBLE QUOTATION MARK}",
            "\N{RIGHT DOUBLE QUOTATION MARK} goes on.",
            '"Straight.',
            "中文。",
            "A  b  c.",
            "a  b  c.",
            "42 17 3.",
            "42",
            "Dr.",
            "pen-",
            "http://x.y",
            "Title Of Many Words",
            "",
        ]
    ),
    max_size=30,
).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, LINES))
def test_sentence_end_shortcut_decides_as_the_signals_do(text):
    lines, breaks = split_lines(text)
    fast: list = []
    out = paragraphs(lines, breaks, explain=fast)
    slow: list = []
    with mock.patch.object(unwrap_module, "plain_sentence_end", return_value=False):
        assert paragraphs(lines, breaks, explain=slow) == out
    assert slow == fast


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbÉé.“(\"'1 -", max_size=12))
@example("Dr")
@example("Hello")
@example("(Hello")
@example("U.S")
def test_abbreviation_shortcut_answers_as_the_pattern(text):
    end = (text + ".")[-24:]
    expected = unwrap_module.ABBREVIATION_RE.fullmatch(end.rsplit(None, 1)[-1]) is not None
    assert unwrap_module._abbreviated(end) is expected


WORD_CHARS = [*"aAbé\N{COMBINING ACUTE ACCENT}1_- .\n'", "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}", "中"]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(WORD_CHARS), max_size=40),
    st.lists(st.text(alphabet=st.sampled_from(WORD_CHARS), min_size=1, max_size=5), max_size=40),
)
@example("a-ab ab-a ab -ab ab- ab--a", ["ab", "a-ab", "ab-a", "a"])
def test_word_counts_looked_up_alone_are_those_of_all_words(text, words):
    # Past the lookups, every word is counted at once; before, each is looked for alone.
    evidence = unwrap_module.Evidence([describe(text)])
    counts = Counter(unwrap_module.WORD_RE.findall(evidence.lower()))
    assert [evidence.word_count(word.lower()) for word in words] == [counts[word.lower()] for word in words]


# The words in mid-sentence as first written: a lookbehind tried at every character.
PLAIN_MID_SENTENCE_WORD_RE = regex.compile(r"(?<=[\p{L}\p{N},;)] )\p{L}[\p{L}\p{M}]*")


MID_SENTENCE_CHARS = [*"aZé\N{COMBINING ACUTE ACCENT}ß1,;)( \n.-", "\N{NO-BREAK SPACE}", "中"]


@given(st.text(alphabet=st.sampled_from(MID_SENTENCE_CHARS), max_size=60))
@example("a Bc, de;  f) G 1 h\nI j")
def test_words_in_mid_sentence_are_found_as_first_written(text):
    assert unwrap_module.MID_SENTENCE_WORD_RE.findall(text) == PLAIN_MID_SENTENCE_WORD_RE.findall(text)


@given(st.text(alphabet="aZé. \N{HORIZONTAL ELLIPSIS}!?\"'\N{LEFT DOUBLE QUOTATION MARK}(”)\u3002\n", max_size=24))
@example("ab. Cd")
@example("U.S. Army. The")
def test_inner_sentence_end_finds_what_the_pattern_finds(text):
    # Tried at each sentence end mark instead of searched for: the same lines.
    assert unwrap_module.inner_sentence_end(text) == (unwrap_module.INNER_SENTENCE_END_RE.search(text) is not None)
