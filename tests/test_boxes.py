"""Boxes, captions above their credit and echoes: the ``drop-block`` and ``drop-echo`` operations, and
how `cleaner learn` writes them from a sample (cleaner/learn/boxes.py)."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.errors import RuleError
from cleaner.learn import SamplePage, learn_pages
from cleaner.ruleset import load_file

SITE_HEAD = "site: boxes.example\ndomains: [boxes.example]\nrules:\n"
# Both boundaries found: text mode leaves the page to the rules.
MARKERS = (
    "  - {id: boxes.header, op: body-start, doc: The masthead., normalized: [Boxes Daily]}\n"
    "  - {id: boxes.footer, op: body-end, doc: The share line., normalized: [Share this article]}\n"
)
BOX_RULE = """  - id: boxes.video
    op: drop-block
    doc: A video's label over its title and length.
    normalized: [Watch]
    then: {regex: '.+(?<![.!?])', max_chars: 90}
    lines: 2
"""
CAPTION_RULE = """  - id: boxes.caption
    op: drop-block
    doc: The caption above a photo credit.
    regex: 'Photo: .{2,40}'
    before: {regex: '.+', max_chars: 120}
"""
ECHO_RULE = """  - id: boxes.echo
    op: drop-echo
    doc: A pull quote repeating a sentence of the article.
    min_chars: 30
    max_chars: 200
"""
FIRST = "The council approved the new harbour plan on Tuesday. Work will start in the spring."
SECOND = "Residents asked how long the works would last. The engineers said about two years."
THIRD = "A second phase could follow if the budget allows it. It would add a footbridge."


def _cleaner(tmp_path, *rules: str) -> Cleaner:
    path = tmp_path / "boxes.example.yaml"
    path.write_text(SITE_HEAD + "".join(rules) + MARKERS, encoding="utf-8")
    return Cleaner(rules=[path])


def _page_text(*blocks: str) -> str:
    return "\n\n".join(["Boxes Daily", *blocks, "Share this article"])


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        (["Watch", "Harbour at dawn: the plan in pictures", "2:31"], []),
        (
            ["Watch", "Harbour at dawn: the plan in pictures", "Harbour at night", "Ferry times change from Monday"],
            ["Ferry times change from Monday"],
        ),
        (
            ["Watch", "The plan was first shown in March, to a full hall."],
            ["The plan was first shown in March, to a full hall."],
        ),
    ],
    ids=["title-and-length", "at-most-lines", "a-sentence-ends-the-box"],
)
def test_drop_block_takes_the_lines_under_its_heading(tmp_path, middle, kept):
    text = _page_text(FIRST, "\n".join(middle), SECOND)
    body = _cleaner(tmp_path, BOX_RULE).clean(text, site="boxes.example", mode="text")
    assert body == "\n\n".join([FIRST, *kept, SECOND])


def test_a_blank_line_ends_a_box_printed_together(tmp_path):
    # a hard-wrapped paragraph after the box: its first line has no sentence end either
    wrapped = "The ferry timetable changes from Monday, with boats every\nhalf hour until midnight."
    text = _page_text(FIRST, "Watch\nHarbour at dawn: the plan in pictures", wrapped)
    body = _cleaner(tmp_path, BOX_RULE).clean(text, site="boxes.example", mode="text")
    assert body == "\n\n".join([FIRST, wrapped.replace("\n", " ")])


FRAMED_RULE = """  - id: boxes.gallery
    op: drop-block
    doc: A gallery's label over a photo's caption and its credit.
    regex: 'Gallery \\(\\d+\\)'
    then: {regex: '.+', max_chars: 220}
    until: {regex: '.+(?<![.!?])', max_chars: 40}
    lines: 2
"""
CAPTION = "Cranes on the quay before the vote."


@pytest.mark.parametrize(
    ("middle", "after", "kept"),
    [
        (["Gallery (12)", CAPTION, "Anna Price/Reuters"], [SECOND], ["Anna Price/Reuters", SECOND]),
        (
            ["Gallery (12)", CAPTION, "The quay in May, before the works.", "Harbour Office"],
            [SECOND],
            ["Harbour Office", SECOND],
        ),
        (["Gallery (12)", CAPTION], [SECOND, THIRD], [CAPTION, SECOND, THIRD]),
        (["Gallery (12)", THIRD], [SECOND], [THIRD, SECOND]),
        (["Gallery (12)", CAPTION], [], [CAPTION]),
    ],
    ids=["closed-by-a-credit", "two-lines", "never-closed", "no-box-keeps-the-paragraphs", "body-end-does-not-close"],
)
def test_drop_block_until_takes_a_closed_block_only(tmp_path, middle, after, kept):
    body = _cleaner(tmp_path, FRAMED_RULE).clean(_page_text(FIRST, *middle, *after), site="boxes.example", mode="text")
    assert body == "\n\n".join([FIRST, *kept])


DISCLOSURE_RULE = """  - id: boxes.disclosure
    op: drop-block
    doc: Each author's disclosure statement, between its heading and the footer.
    normalized: [Disclosure statement]
    then: {regex: '.+', max_chars: 300}
    lines: 2
    to_end: true
  - {id: boxes.statement, op: drop, doc: A statement seen verbatim., normalized: [Anna Price has no conflicts.]}
"""
STATEMENT = "Leo Marsh receives funding from the Harbour Trust for research on river transport."


@pytest.mark.parametrize(
    ("middle", "after", "kept"),
    [
        (["Disclosure statement", STATEMENT], [], []),
        (["Disclosure statement", "Anna Price has no conflicts.", STATEMENT, THIRD], [], []),
        (["Disclosure statement", STATEMENT, THIRD, CAPTION], [], [STATEMENT, THIRD, CAPTION]),
        (["Disclosure statement", STATEMENT], [SECOND, THIRD, CAPTION], [STATEMENT, SECOND, THIRD, CAPTION]),
    ],
    ids=["up-to-the-footer", "removed-lines-passed-over", "too-many-lines", "more-of-the-article-follows"],
)
def test_drop_block_to_end_takes_a_box_over_the_footer(tmp_path, middle, after, kept):
    text = _page_text(FIRST, *middle, *after)
    body = _cleaner(tmp_path, DISCLOSURE_RULE).clean(text, site="boxes.example", mode="text")
    assert body == "\n\n".join([FIRST, *kept])


RECIPE_RULE = """  - id: boxes.recipe
    op: body-end
    doc: The recipe box under the dish's name.
    regex: 'Prep: .{1,60}'
    skip_before: {regex: '.+(?<![.!?])', max_chars: 40}
    skip_lines: 1
"""


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        (["Plum crumble"], []),
        (["The plan in numbers", "Plum crumble"], ["The plan in numbers"]),
        (["The plan in numbers"], []),
        (["Serve it warm, with cream."], ["Serve it warm, with cream."]),
    ],
    ids=["the-title", "one-line-only", "a-short-last-line-without-a-title", "a-sentence-stays"],
)
def test_body_end_skip_lines_takes_a_box_title(tmp_path, last, kept):
    text = _page_text(FIRST, *last, "Prep: 20 min | Cook: 40 min | Serves 4")
    body = _cleaner(tmp_path, RECIPE_RULE).clean(text, site="boxes.example", mode="text")
    assert body == "\n\n".join([FIRST, *kept])


def test_drop_block_takes_the_caption_above_its_credit(tmp_path):
    text = _page_text(FIRST, "Cranes on the quay before the vote.\nPhoto: Anna Price/Reuters", SECOND)
    cleaner = _cleaner(tmp_path, CAPTION_RULE)
    result, lines = cleaner.explain(text, site="boxes.example", mode="text")
    assert result.body == "\n\n".join([FIRST, SECOND])
    caption = next(line for line in lines if line.text.startswith("Cranes"))
    assert caption.removed_by is not None
    assert caption.removed_by.rule_id == "boxes.caption"
    assert caption.removed_by.rule_line == 4  # the rule's line in the file, as explain prints it


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        ("Cranes on the quay before the vote.\nPhoto: Anna Price/Reuters", []),
        (
            "The harbour will stay open during the works.\n\nPhoto: Anna Price/Reuters",
            ["The harbour will stay open during the works."],
        ),
    ],
    ids=["printed-on-its-credit", "a-paragraph-apart"],
)
def test_a_joined_caption_rule_takes_only_the_line_printed_on_the_credit(tmp_path, middle, kept):
    rule = CAPTION_RULE + "    joined: true\n"
    body = _cleaner(tmp_path, rule).clean(_page_text(FIRST, middle, SECOND), site="boxes.example", mode="text")
    assert body == "\n\n".join([FIRST, *kept, SECOND])


def test_drop_block_never_takes_a_line_above_the_body(tmp_path):
    text = "Cranes on the quay\nPhoto: Anna Price/Reuters\n\n" + SECOND
    rules = (
        CAPTION_RULE + "  - {id: boxes.start, op: body-start, doc: x, normalized: [Cranes on the quay], within: 5}\n"
    )
    body = _cleaner(tmp_path, rules).clean(text, site="boxes.example", mode="text")
    assert body == SECOND


QUOTE = "\N{LEFT DOUBLE QUOTATION MARK}Residents asked how long the works would last\N{RIGHT DOUBLE QUOTATION MARK}"


STANDFIRST = "The harbour plan is approved, and the works start in the spring."


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([FIRST, QUOTE, SECOND], [FIRST, SECOND]),
        ([FIRST, SECOND, FIRST], [FIRST, SECOND, FIRST]),
        ([FIRST, "Work will start", SECOND], [FIRST, "Work will start", SECOND]),
        ([FIRST, SECOND, f'"{FIRST}"'], [FIRST, SECOND]),
    ],
    ids=["pull-quote", "equal-lines-stay", "too-short", "quoted-twin"],
)
def test_drop_echo(tmp_path, blocks, expected):
    body = _cleaner(tmp_path, ECHO_RULE).clean(_page_text(*blocks), site="boxes.example", mode="text")
    assert body == "\n\n".join(expected)


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [(["In brief", STANDFIRST, SECOND], [SECOND]), ([STANDFIRST, SECOND], [STANDFIRST, SECOND])],
    ids=["under-a-label", "lead-stays"],
)
def test_drop_echo_of_the_standfirst(tmp_path, blocks, expected):
    # the standfirst is printed above the masthead line, so above the body; a drop rule takes "In brief"
    label = "  - {id: boxes.label, op: drop, doc: A summary's label., normalized: [In brief]}\n"
    text = STANDFIRST + "\n\n" + _page_text(*blocks)
    body = _cleaner(tmp_path, ECHO_RULE, label).clean(text, site="boxes.example", mode="text")
    assert body == "\n\n".join(expected)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("  - {id: boxes.b, op: drop-block, normalized: [Watch]}\n", "needs 'then', 'before' or both"),
        ("  - {id: boxes.b, op: drop-block, normalized: [Watch], then: {max_chars: 9}}\n", "a matcher needs"),
        ("  - {id: boxes.e, op: drop-echo, min_chars: many}\n", "min_chars"),
        (
            "  - {id: boxes.b, op: drop-block, normalized: [Watch], before: {regex: '.+'}, until: {regex: '.+'}}\n",
            "'until' closes the block 'then' takes",
        ),
        (
            "  - {id: boxes.b, op: drop-block, normalized: [Watch], before: {regex: '.+'}, to_end: true}\n",
            "'to_end' takes what 'then' matches",
        ),
        (
            "  - {id: boxes.b, op: drop-block, normalized: [Watch], then: {regex: '.+'}, joined: true}\n",
            "'joined' says when 'before' takes the line above",
        ),
        (
            "  - {id: boxes.f, op: body-end, normalized: [Prep], skip_lines: 1}\n",
            "'skip_lines' counts the lines 'skip_before' takes",
        ),
        (
            "  - {id: boxes.f, op: body-end, normalized: [Prep], skip_before: {regex: '.+'}, skip_lines: 0}\n",
            "'skip_lines: 0' takes nothing",
        ),
    ],
    ids=[
        "no-neighbours",
        "empty-then",
        "bad-min-chars",
        "until-without-then",
        "to-end-without-then",
        "joined-without-before",
        "skip-lines-without-skip-before",
        "no-skip-lines",
    ],
)
def test_rules_check_says_what_is_wrong(tmp_path, capsys, rule, message):
    path = tmp_path / "bad.yaml"
    path.write_text(SITE_HEAD + rule, encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        load_file(str(path))
    assert main(["rules", "check", str(path)]) == 2
    assert f"{path}:4:" in capsys.readouterr().err


def test_rules_ops_documents_the_new_operations(capsys):
    assert main(["rules", "ops"]) == 0
    out = capsys.readouterr().out
    assert "drop-block:" in out
    assert "drop-echo:" in out


# --- learning them ---------------------------------------------------------------------------------

WORDS = (
    "harbour council budget ferry market library bridge school station river bakery museum tram "
    "garden hospital square theatre tower park street"
).split()
TITLES = [f"{WORDS[i].title()} {WORDS[i + 3]} and the {WORDS[i + 5]} plan for next year" for i in range(12)]
SITE = "boxes.example"


def _sentence(i: int, k: int) -> str:
    a, b, c = WORDS[(i * 3 + k) % 20], WORDS[(i * 7 + k * 2 + 1) % 20], WORDS[(i + k * 5 + 2) % 20]
    return f"The {a} near the {b} will open {k + 2} weeks after the {c} work is finished."


def _paragraph(i: int, k: int) -> str:
    return f"{_sentence(i, k)} Officials said page {i} part {k} had been planned for a long time."


def _page(i: int, extra: dict[int, list[str]]) -> SamplePage:
    lines = ["Boxes Daily", "Home | Local | Sport", TITLES[i], "By Anna Price", f"Published {i + 1} June 2024", "Share"]
    for k in range(4):
        lines.append(_paragraph(i, k))
        lines += extra.get(k, [])
    lines += ["Share this article", "Most read", *TITLES[i + 1 : i + 4], "(c) 2024 Boxes Daily"]
    return SamplePage(f"p{i}", tuple(lines))


def _learned_cleaner(pages: list[SamplePage]) -> tuple[str, Cleaner]:
    import tempfile
    from pathlib import Path

    learned = learn_pages(pages, SITE)
    path = Path(tempfile.mkdtemp(prefix="learned-")) / f"{SITE}.yaml"
    path.write_text(learned.yaml, encoding="utf-8")
    return learned.yaml, Cleaner(rules=[path])


def _body(i: int) -> str:
    return "\n\n".join(_paragraph(i, k) for k in range(4))


def test_a_box_under_a_repeated_heading_is_learned():
    def video(i: int) -> dict[int, list[str]]:
        return {1: ["Watch", TITLES[(i + 5) % 12], f"{i % 9 + 1}:{10 + i}"]}

    yaml, cleaner = _learned_cleaner([_page(i, video(i)) for i in range(8)])
    assert "op: drop-block" in yaml
    unseen = _page(9, {1: ["Watch", "Night trains return to the coast line this summer", "4:12"]})
    assert cleaner.clean("\n".join(unseen.lines), site=SITE, mode="text") == _body(9)


def test_a_caption_above_its_credit_is_learned():
    def photo(i: int) -> dict[int, list[str]]:
        return {2: [f"The {WORDS[i]} seen from the {WORDS[i + 4]} at dawn.", f"Photo: {WORDS[i + 2].title()}/Reuters"]}

    yaml, cleaner = _learned_cleaner([_page(i, photo(i)) for i in range(8)])
    assert "before:" in yaml
    unseen = _page(9, {2: ["Volunteers at the old pier on Sunday.", "Photo: Tower/Reuters"]})
    assert cleaner.clean("\n".join(unseen.lines), site=SITE, mode="text") == _body(9)


def test_no_caption_rule_where_paragraphs_read_like_captions():
    pages = [
        SamplePage.from_text(p.name, p.read_text(encoding="utf-8"))
        for p in sorted((FIXTURES / "learn" / "riverside").glob("*.txt"))
    ]

    def credited(page: SamplePage, i: int) -> SamplePage:
        lines = list(page.lines)
        ad = lines.index("Advertisement")
        return SamplePage(page.source, (*lines[:ad], f"Photo: {WORDS[i].title()}/Reuters", *lines[ad:]))

    yaml, _ = _learned_cleaner([credited(p, i) for i, p in enumerate(pages)])
    assert "before:" not in yaml  # single-sentence paragraphs: a credit may follow one


def test_a_pull_quote_is_learned_as_an_echo():
    def quote(i: int) -> dict[int, list[str]]:
        return {1: [f"\N{LEFT DOUBLE QUOTATION MARK}{_sentence(i, 3)}\N{RIGHT DOUBLE QUOTATION MARK}"]}

    yaml, cleaner = _learned_cleaner([_page(i, quote(i) if i % 2 else {}) for i in range(8)])
    assert "op: drop-echo" in yaml
    unseen = _page(9, quote(9))
    assert cleaner.clean("\n".join(unseen.lines), site=SITE, mode="text") == _body(9)


def test_a_pull_quote_of_a_one_sentence_paragraph_is_learned_as_an_echo():
    def quote(i: int) -> dict[int, list[str]]:
        return {1: [_sentence(i, 7), f'"{_sentence(i, 7)[:-1]}"']}

    yaml, cleaner = _learned_cleaner([_page(i, quote(i) if i % 2 else {}) for i in range(8)])
    assert "op: drop-echo" in yaml
    unseen = _page(9, quote(9))
    paragraphs = [_paragraph(9, 0), _paragraph(9, 1), _sentence(9, 7), _paragraph(9, 2), _paragraph(9, 3)]
    assert cleaner.clean("\n".join(unseen.lines), site=SITE, mode="text") == "\n\n".join(paragraphs)


# Each page's own standfirst (one sentence written to a frame on every page would be the template's).
STANDFIRSTS = (
    "Work on the harbour wall starts in May and should take two summers, the engineers told the meeting.",
    "Councillors voted nine to four for the plan after a debate that ran well past midnight on Thursday.",
    "Buses will run twice as often on the busiest routes once the new depot opens next to the ring road.",
    "Shop owners in the old town hope that the change brings more visitors to their streets in winter.",
    "The first stage will cost less than feared in spring because steel prices have fallen since then.",
    "Parents had asked for safer crossings near both primary schools for years before anything happened.",
    "A public meeting on the details of the scheme is planned for the autumn in the library's main hall.",
    "The library stays open while builders replace its roof, staff said, though the café will close.",
    "Tickets for the new ferry to the islands go on sale at the end of the month at the harbour office.",
    "Engineers found the old bridge over the river in far better shape than the survey had suggested.",
)


def test_a_summary_box_repeating_the_standfirst_is_learned_as_an_echo():
    def page(i: int) -> SamplePage:  # an article longer than a box over the footer
        lines = list(_page(i, {3: [_paragraph(i, k) for k in range(4, 10)]}).lines)
        standfirst = STANDFIRSTS[i]
        lines[3:3] = [standfirst]
        if i % 2:
            share = lines.index("Share")
            lines[share + 1 : share + 1] = ["In brief", standfirst]
        return SamplePage(f"p{i}", tuple(lines))

    yaml, cleaner = _learned_cleaner([page(i) for i in range(8)])
    assert "op: drop-echo" in yaml
    body = "\n\n".join(_paragraph(9, k) for k in range(10))
    assert cleaner.clean("\n".join(page(9).lines), site=SITE, mode="text") == body


def _flat(text: str) -> str:
    return " ".join(text.split())


WRAPPED = "The council approved the new harbour\nplan on Tuesday. Work will start in the spring."


@pytest.mark.parametrize(
    ("blocks", "gone"),
    [
        ([WRAPPED, '"The council approved the new harbour plan on Tuesday"', SECOND], '"'),
        (["The council approved the new harbour plan on Tuesday.", WRAPPED, SECOND], "Tuesday. The council"),
    ],
    ids=["pull-quote-of-a-wrapped-sentence", "bullet-repeating-a-wrapped-paragraph"],
)
def test_drop_echo_across_wrapped_lines(tmp_path, blocks, gone):
    body = _cleaner(tmp_path, ECHO_RULE).clean(_page_text(*blocks), site="boxes.example", mode="text")
    assert _flat(body) == _flat(f"{WRAPPED} {SECOND}")
    assert gone not in body


def test_a_pull_quote_of_a_hard_wrapped_sentence_is_learned_as_an_echo():
    def wrapped(page: SamplePage, quoted: bool) -> SamplePage:
        lines = list(page.lines)
        k = lines.index("Share this article") - 1  # the last paragraph, a pull quote of it above it
        words = lines[k].split()
        quote = [f'"{lines[k].rstrip(".")}"'] if quoted else []
        lines[k : k + 1] = [*quote, " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])]
        return SamplePage(page.source, tuple(lines))

    pages = [
        SamplePage.from_text(p.name, p.read_text(encoding="utf-8"))
        for p in sorted((FIXTURES / "learn" / "riverside").glob("*.txt"))
    ]
    yaml, cleaner = _learned_cleaner([wrapped(p, i % 3 > 0) for i, p in enumerate(pages[:-1])])
    assert "op: drop-echo" in yaml
    unseen = wrapped(pages[-1], True)
    body = cleaner.clean("\n".join(unseen.lines), site=SITE, mode="text")
    assert '"' not in body
    assert _flat(pages[-1].lines[pages[-1].lines.index("Share this article") - 1]) in _flat(body)
