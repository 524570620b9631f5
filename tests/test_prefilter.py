# ruff: noqa: RUF001 -- Turkish dotless i and fullwidth colons are the point of these cases
"""The literal prefilter never skips a rule that would match: what it reads out of patterns, and
the index of many rules agreeing with running every matcher in order."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, cache, matchers, prefilter
from cleaner.matchers import (
    DIGITS_RE,
    KEY_DROP_RE,
    PLAIN_DIGITS_RE,
    LineIndex,
    Matcher,
    compile_patterns,
    line_key,
    line_keys,
)
from cleaner.normalize import plain_chars
from cleaner.prefilter import DIGIT_RE, PREFIX, TEXT, WORD, WORD_RE, Prefilter, condition, fold

CONDITIONS = [
    ("(?i)(?:sign up|subscribe) now", {("sign", WORD), ("subscribe", WORD)}),
    (r"(?i)(?=.*\bcookies\b).*", {("cookies", WORD)}),
    (r"(?i).{0,40}\bnewsletters?", {("newsletter", WORD), ("newsletters", WORD)}),
    (r"(?i)(?:tags|topics)\s*:.{0,200}", {("tags", WORD), ("topics", WORD)}),
    (r"(?i)(?:lesezeit|lesedauer)\s*:?\s*\d+", {("lesezeit", PREFIX), ("lesedauer", PREFIX)}),
    (r"\d* ?comments?", {("comment", TEXT), ("comments", TEXT), ("comment", WORD), ("comments", WORD)}),
    ("相关阅读.*", {("相关阅读", PREFIX)}),
    (".{0,9}相关阅读.*", {("相关阅读", TEXT)}),
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", {("@", TEXT)}),
    (r"\p{Lu}[\p{Lu} ]{1,24}:", {(":", TEXT)}),
    ("(?i)TÜM HAKLARI SAKLIDIR", {("saklidir", WORD)}),
    ("(?i)Straße gesperrt", {("gesperrt", WORD)}),
    (r"\d+", None),
    (".*", None),
]


@pytest.mark.parametrize(("pattern", "needs"), CONDITIONS, ids=[p for p, _ in CONDITIONS])
def test_condition_reads_the_required_text(pattern, needs):
    found = condition(pattern)
    assert (None if found is None else {(n.text, n.kind) for n in found}) == needs


DIGITS = [
    (r"\d{4}", True),
    (r"(?i)\d+ comments?", True),
    (r"[0-9]+ min read", True),
    (r"(?:\d|[٠-٩])\.", True),  # Arabic-Indic digits are decimal digits too
    (r"(?=.*\d).*", True),
    (r"(?:0|6|12|16|18)\+", True),
    (r"(?:a|\d)x", False),  # one alternative without a digit
    (r"x\d?", False),  # an optional digit
    (r"[^\d]+", False),
    (r"[0-9a]", False),
    (r"\p{Nd}+", False),  # read as any word character: unsure
    (r"(?a)\d+", False),  # flags that change what \d is: unsure
    (r"\d{e<=1}", False),  # fuzzy matching
    ("²", False),  # a digit, but no decimal one
]


@pytest.mark.parametrize(("pattern", "digit"), DIGITS, ids=[p for p, _ in DIGITS])
def test_a_digit_is_needed_only_where_every_match_holds_one(pattern, digit):
    assert prefilter.read_needs_digit(pattern) is digit


def test_bundled_patterns_needing_a_digit_match_only_lines_with_one():
    rules = [r for r in Cleaner().catalog.rules.values() if r.match.sources]
    digital = [r for r in rules if all(map(prefilter.needs_digit, r.match.sources))]
    assert digital  # datelines, age labels
    examples = 0
    for rule in digital:
        matched = [line for line in rule.examples.get("match", ()) if rule.match.pattern.fullmatch(line)]
        for line in matched:
            assert prefilter.DIGIT_RE.search(line), (rule.id, line)
        examples += len(matched)
    assert examples  # the check saw lines


UNREADABLE = [
    "(?:newsletter){e<=1}",  # fuzzy matching: the text need not be there as written
    "(?x)sign \\ up",  # verbose
    r"(?a)\bcafé\b",  # ASCII word boundaries
    "(?r)newsletter",  # the regex module's reverse search
    "(?f)strasse",  # full case folding
    r"(?V1)[[a-z]--[aeiou]]+",  # set operations
    r"(a)?(?(1)x|y)",  # a conditional
    r"\mnewsletter",  # a word start in the regex module's syntax
    "\U0001df95x",  # a letter newer than Python's Unicode data
]


@pytest.mark.parametrize("pattern", UNREADABLE, ids=UNREADABLE)
def test_patterns_read_otherwise_by_the_regex_module_have_no_requirement(pattern):
    assert condition(pattern) is None


def test_the_fold_never_parts_characters_a_case_insensitive_pattern_matches():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    cased = regex.findall(r"[\p{Cased}\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]", everything)
    pool = "".join(sorted(set(cased) | {c for c in everything if c.casefold() != c}))
    parted = []
    for char in pool:
        partners = regex.findall("(?i)" + regex.escape(char), pool)
        known = [c for c in partners if unicodedata.category(c) != "Cn"]
        if known and len({fold(c) for c in partners}) > 1:
            parted.append(" ".join(f"U+{ord(c):04X}" for c in partners))
    assert not parted


def test_the_fold_keeps_word_characters_word_characters():
    changed = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and fold(chr(c)) != chr(c)]
    assert [c for c in changed if any((WORD_RE.match(x) is None) != (WORD_RE.match(c) is None) for x in fold(c))] == []


def test_no_whitespace_is_a_word_character():
    # Lines are looked up by their whitespace-separated tokens: a word must never span two.
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert [c for c in spaces if WORD_RE.match(c)] == []


def test_every_example_of_a_rule_meets_its_requirement():
    cleaner = Cleaner()
    for f in cleaner.catalog.files:
        for rule in f.rules:
            if not rule.match.sources:
                continue
            prefilter = Prefilter([_condition(rule.match)], [None])
            for line in rule.examples.get("match", ()):
                if rule.match.pattern.fullmatch(line):
                    assert prefilter.candidates(line) == [0], (rule.id, line)


def _condition(matcher: Matcher):
    needs = [condition(source) for source in matcher.sources]
    return None if None in needs else frozenset().union(*needs)


# Rules whose patterns read in every way the prefilter knows, beside the built-in ones.
TRICKY = [
    r"(?i)(?=.*?here)(?=.*\bclick(?:ing)? here\b).*",
    r"(?i)(?:follow|like) (?:us|me|@\w+) on \w+[.!]?",
    r"(?i)\(?(?:photo|image)s?(?: by| credit)?\s*[:/]\s*[^.!?]{1,20}\)?",
    r"(?i)(?:tüm hakları|her hakkı) saklıdır\.?",
    r"(?i)ИЛИ\s*\d+",
    r"(?:分享到|分享)\s*[:：]\s*\w{0,8}",
    r"\d{1,2}\+",
    r"(?i)[^.!?]{1,30} (?:twitter|x)(?:'?(?:te|ta))? hesab\w*",
    r"(?i)(?:copyright\s*)?(?:©|\(c\)).{0,40}",
    r"(?i)straße\b.*",
    r"(?i).{0,20}\bal{1,3}\b.{0,20}",
    r"(?i)(?:a|b|c)(?:d|e)(?:f|g)(?:h|i)(?:j|k)(?:l|m)(?:n|o)x",
    r"(?i)(?<=\W|^)news(?!\w).*",
    r"(?i)\bum\b",
]
CLEANER = Cleaner()
ENTRIES = [
    (rule.id, rule.match) for group in (g for _, g in CLEANER._plan(None)) for rule in group if not rule.match.empty
]
ENTRIES += [
    (f"tricky-{n}", Matcher(pattern=compile_patterns([p]), sources=(p,), max_chars=None if n % 3 else 60))
    for n, p in enumerate(TRICKY)
]
INDEX = LineIndex(ENTRIES)
PIECES = sorted(
    {line for f in CLEANER.catalog.files for r in f.rules for line in r.examples.get("match", ())}
    | {"click here", "Clicking HERE", "Follow us on", "@AP", "PHOTO:", "(Images by", "TÜM HAKLARI SAKLIDIR"}
    | {"İLGİLİ", "ılık", "STRASSE", "Straße", "STRAẞE", "分享到：", "微信", "© 2024", "(C)", "19+", "or", "al"}
    | {"ALL", "alll", "news", "NEWS-", "newsletter", "Newsletters", "um", "ümit", "x hesabından", "twitter'ta"}
    | {"abdfhjlnx", "ACEGIKMOX", "adfhjlnx", "ИЛИ 5", "или"}
)
SEPARATORS = ["", " ", "  ", ", ", ". ", ": ", "-", "'", "\N{NO-BREAK SPACE}", "\N{COMBINING DOT ABOVE}", "\t"]


def _brute_force(line: str) -> str | None:
    return next((owner for owner, matcher in ENTRIES if matcher.matches(line, line_key(line))), None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=5))
@example([("Clicking HERE", " "), ("now", "")])
@example([("İLGİLİ", " "), ("HABERLER", "")])
def test_the_index_finds_the_same_first_rule_as_running_every_matcher(parts):
    line = "".join(piece + separator for piece, separator in parts).strip()
    if not line:
        return
    assert INDEX.first(line, lambda: line_key(line)) == _brute_force(line)


@pytest.mark.parametrize("line", PIECES, ids=PIECES)
def test_the_index_finds_the_same_first_rule_for_each_piece(line):
    for variant in {line, line.upper(), line.lower(), line.title()}:
        assert INDEX.first(variant, lambda variant=variant: line_key(variant)) == _brute_force(variant), variant


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=4).map(
            lambda parts: "".join(piece + separator for piece, separator in parts).strip()
        ),
        max_size=12,
    )
)
@example(["Clicking HERE now", "x" * 300 + " newsletter", "Clicking HERE now", "İLGİLİ HABERLER"])
def test_the_index_finds_the_same_first_rules_for_many_lines_at_once(lines):
    assert INDEX.first_in(lines) == [INDEX.first(line, lambda line=line: line_key(line)) for line in lines]
    assert line_keys(lines) == [line_key(line) for line in lines]


SHORT_LINES = st.lists(
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=3).map(
        lambda parts: "".join(piece + separator for piece, separator in parts).strip()
    ),
    min_size=prefilter.MIN_SHORT_LINES,
    max_size=2 * prefilter.MIN_SHORT_LINES,
)


@settings(max_examples=60, deadline=None)
@given(SHORT_LINES)
def test_a_page_of_many_short_lines_gets_the_candidates_each_line_gets_alone(lines):
    # (enough short lines that they are told apart at once, which a line alone never is)
    found = INDEX.prefilter.candidates_in(lines)
    assert [list(c) for c in found] == [list(INDEX.prefilter.candidates(line)) for line in lines]
    assert INDEX.first_in(lines) == [_brute_force(line) for line in lines]


def test_lines_looked_up_at_once_hold_no_line_breaks():
    with pytest.raises(ValueError, match="line breaks"):
        INDEX.first_in(["share\nthis"])


def test_a_site_reads_only_its_own_patterns(tmp_path, monkeypatch):
    # Each site is indexed together with the generic rules; their patterns are read once a process.
    site = tmp_path / "example.org.yaml"
    site.write_text(
        "site: example.org\nrules:\n  - id: example.promo\n    op: drop\n    regex: '(?i)win a (?:trip|car) today'\n",
        encoding="utf-8",
    )
    cleaner = Cleaner(rules=[site])
    cleaner.clean("A sentence of the body.\n\nWin a car today", mode="text")
    read = []
    monkeypatch.setattr(prefilter, "read_condition", lambda pattern: read.append(pattern))
    body = cleaner.clean("A sentence of the body.\n\nWin a car today", site="example.org", mode="text")
    assert body == "A sentence of the body."
    assert read in ([], ["(?i)win a (?:trip|car) today"])


def _bundled_patterns() -> list[str]:
    return sorted({s for rule in Cleaner().catalog.rules.values() for s in rule.match.sources})


def test_conditions_kept_on_disk_are_what_the_patterns_give(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "_KNOWN", prefilter._Known())
    patterns = _bundled_patterns()
    derived = {p: prefilter.condition(p) for p in patterns}
    digits = {p: prefilter.needs_digit(p) for p in patterns}
    prefilter.remember_conditions()
    (stored,) = tmp_path.glob("conditions-*.json")
    monkeypatch.setattr(prefilter, "_KNOWN", prefilter._Known())
    monkeypatch.setattr(prefilter, "read_condition", lambda pattern: pytest.fail(f"read again: {pattern}"))
    monkeypatch.setattr(prefilter, "read_needs_digit", lambda pattern: pytest.fail(f"read again: {pattern}"))
    assert {p: prefilter.condition(p) for p in patterns} == derived
    assert {p: prefilter.needs_digit(p) for p in patterns} == digits
    assert any(c for c in derived.values()) and stored.stat().st_size > 0


@pytest.mark.parametrize(
    "content",
    ["{not json", '["a list"]', '{"x": [["only one"]]}', '{"x": 5}'],
    ids=["broken", "list", "short", "number"],
)
def test_a_damaged_cache_file_is_passed_over(tmp_path, monkeypatch, content):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "_KNOWN", prefilter._Known())
    (tmp_path / prefilter._cache_name()).write_text(content, encoding="utf-8")
    assert prefilter.condition("(?i)sign up now") == prefilter.read_condition("(?i)sign up now")


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(prefilter, "_KNOWN", prefilter._Known())
    prefilter.condition("(?i)sign up now")
    prefilter.remember_conditions()
    assert list(tmp_path.iterdir()) == []


def _reference_key(line: str) -> str:
    return KEY_DROP_RE.sub(" ", DIGITS_RE.sub("0", line.casefold())).strip()


def test_plain_classes_are_the_regex_modules():
    plain = plain_chars()
    kept = re.compile(f"[{matchers._KEPT}]")  # what the plain patterns keep
    assert [c for c in plain if (KEY_DROP_RE.match(c) is None) != (kept.match(c) is not None)] == []
    assert [c for c in plain if (DIGITS_RE.match(c) is None) != (PLAIN_DIGITS_RE.match(c) is None)] == []


KEY_TEXT = st.lists(
    st.sampled_from(["a", "Z", "é", "ß", "ŉ", "İ", "1", "٣", " ", "  ", "-", "\N{EM DASH}", "’", ",", "\t", "×"])
    | st.sampled_from(["\N{COMBINING ACUTE ACCENT}", "\N{NO-BREAK SPACE}"]),
    max_size=20,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(KEY_TEXT, max_size=6))
@example(["ŉ", "a  b", " x "])
def test_keys_of_plain_and_other_text_are_the_regex_modules(lines):
    assert [line_key(line) for line in lines] == [_reference_key(line) for line in lines]
    assert line_keys(lines) == [_reference_key(line) for line in lines]


def test_a_cache_name_without_its_source_still_names_a_file(tmp_path):
    # An install of compiled files only has no source to read: the name falls back, never fails.
    assert cache.stamp(tmp_path / "gone.py") != cache.stamp(tmp_path / "other.py")


def test_folding_keeps_the_decimal_digits_of_a_line():
    # Lines are told to hold a digit once folded; a pattern needing one runs on the line as it is.
    changed = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).casefold() != chr(c)]
    assert [c for c in changed if bool(DIGIT_RE.search(c)) != bool(DIGIT_RE.search(fold(c)))] == []
    assert [c for c in "".join(map(chr, prefilter.FOLD_MAP)) if DIGIT_RE.search(c)] == []
