"""The html-body container `learn` chooses from a sample's facts (``cleaner.learn.htmlrules``).

Pages are given as facts: the keys of the elements each selector finds, the lines the learned
template takes for the article, and the template lines the extraction kept.
"""

from __future__ import annotations

import lxml.html
import pytest

from cleaner.html import selector
from cleaner.learn.htmlrules import PageFacts, _boxes, _container, _heading_names, _outvoted, _varying_boxes, prune_id
from cleaner.ruleset import RULE_ID_RE

STORY = [f"paragraph {n} of the story tells what the council decided on monday" for n in range(12)]
ABOUT = "about the company"


def page(n: int, *, boxed: bool, shared: bool) -> PageFacts:
    """A press release: the story in div.story-body, the company's boilerplate in div.about-box
    beside it. When the company is on other pages too, its lines are template; else the learned
    template takes them for the article."""
    story = [f"{line} page {n}" for line in STORY]
    company = [ABOUT, f"company {n} makes software in town {n}"]
    found = {
        "div.story-body": [" ".join(story)],
        "div.about-box": [" ".join(company)] if boxed else [],
        "article.post": [" ".join(["headline", *story, *(company if boxed else [])])],
    }
    own = boxed and not shared
    return PageFacts(found, story + (company if own else []), company if boxed and shared else [])


@pytest.mark.parametrize(
    ("shared", "css", "boxed"),
    [(6, "div.story-body", 4), (2, "article.post", 0)],
    ids=["box-of-template-lines-on-enough-pages", "box-of-template-lines-on-too-few-pages"],
)
def test_container_leaves_a_template_box_out(shared, css, boxed):
    # the box is on every page; on `shared` of them its company is on other pages too (template lines)
    facts = [page(n, boxed=True, shared=n < shared) for n in range(10)]
    body, lines = _container(facts, _boxes(facts, 3), 3)
    assert (body.css, len(lines)) == (css, boxed)
    assert all(found == {ABOUT, f"company {p} makes software in town {p}"} for p, found in lines.items())


def test_container_that_leaves_nothing_out_is_chosen_when_it_is_the_story_box():
    facts = [page(n, boxed=False, shared=False) for n in range(10)]
    body, boxed = _container(facts, _boxes(facts, 3), 3)
    assert (body.css, body.gain, boxed) == ("div.story-body", {}, {})


def test_container_that_leaves_nothing_out_and_holds_much_else_is_not_chosen():
    facts = [page(n, boxed=False, shared=False) for n in range(10)]
    for f in facts:
        del f.found["div.story-body"]
        f.found["article.post"] = [f.found["article.post"][0] + " more from the site" * 20]
    assert _container(facts, _boxes(facts, 3), 3) == (None, {})


def test_a_page_whose_article_is_a_standfirst_s_length_does_not_veto_the_container():
    # one story of two lines, both within the standfirst's allowance: judged on those lines
    facts = [page(n, boxed=False, shared=False) for n in range(10)]
    short = facts[4]
    facts[4] = PageFacts(short.found, short.body[:2], short.leaked, short.texts, head=2)
    body, _ = _container(facts, _boxes(facts, 3), 3)
    assert body is not None and body.css == "div.story-body"


# -- boxes named by their heading, and boxes the other pages outvote --------------------------------

# (id, the box, the names it gets)
HEADING_NAME_CASES = [
    (
        "heading-and-name",
        "<div><h3>About Acme Robotics</h3><p>Acme makes robots.</p></div>",
        [
            "//div[*[1][self::h3][starts-with(normalize-space(), 'About ')]]",
            "//div[*[1][self::h3][starts-with(normalize-space(), 'About Acme ')]]",
        ],
    ),
    (
        "two-word-heading",
        "<div><h3>Trumpai apie</h3><p>Text.</p></div>",
        ["//div[*[1][self::h3][starts-with(normalize-space(), 'Trumpai ')]]"],
    ),
    ("text-before-heading", "<div>Note <h3>About Acme Robotics</h3></div>", []),
    ("no-heading-first", "<div><p>About Acme Robotics</p><h3>Contact us</h3></div>", []),
    ("one-word-heading", "<div><h3>Contacts</h3><p>Text.</p></div>", []),
    ("quote-in-prefix", "<div><h4>Editor's note on this</h4><p>Text.</p></div>", []),
]


@pytest.mark.parametrize(("box", "names"), [c[1:] for c in HEADING_NAME_CASES], ids=[c[0] for c in HEADING_NAME_CASES])
def test_boxes_without_a_stable_name_are_named_by_their_heading(box, names):
    element = lxml.html.fragment_fromstring(box)
    assert _heading_names(element) == names
    page = lxml.html.fromstring(f"<html><body><article><p>Story.</p></article>{box}</body></html>")
    for name in names:  # each name is a selector finding the box
        assert [found.tag for found in selector(name)(page)] == ["div"]


def outvoting(n: int, *, own: int, tail: bool = True, size: int = 3) -> PageFacts:
    """A release with the company's box under the story: template on every page but the first
    `own` ones, where the learned template takes the box's lines for the article's."""
    story = [f"{line} page {n}" for line in STORY[:size]]
    company = [f"about company {n} ltd", f"company {n} makes software in town {n}"]
    box = "//div[*[1][self::h3][starts-with(normalize-space(), 'About ')]]"
    found = {box: [" ".join(company)], "div.story": [" ".join(story)]}
    if n >= own:
        return PageFacts(found, story, company)
    return PageFacts(found, story + company if tail else company + story, [])


@pytest.mark.parametrize(
    ("own", "tail", "size", "outvoted"),
    [(1, True, 3, True), (1, False, 3, False), (2, True, 3, False), (1, True, 0, False)],
    ids=["box-ends-the-article", "box-before-the-article", "box-held-on-two-pages", "box-most-of-the-article"],
)
def test_box_template_on_nearly_every_page_is_template_on_the_rest(own, tail, size, outvoted):
    facts = [outvoting(n, own=own, tail=tail, size=size) for n in range(10)]
    found = _outvoted(facts, 3)
    expected = {"about company 0 ltd", "company 0 makes software in town 0"} if outvoted else set()
    assert found[0] == expected
    assert not any(found[1:])


def test_a_name_by_a_heading_finding_the_same_box_everywhere_is_dropped():
    kind = "//div[*[1][self::h3][starts-with(normalize-space(), 'About ')]]"
    recipe = "//div[*[1][self::h2][starts-with(normalize-space(), 'Spiced ')]]"
    facts = [
        PageFacts(
            {kind: [f"about company {n} ltd"], recipe: ["spiced lentil soup 287 kcal"], "div.story": ["x"]}, [], []
        )
        for n in range(4)
    ]
    assert [sorted(f.found) for f in _varying_boxes(facts)] == [sorted((kind, "div.story"))] * 4


@pytest.mark.parametrize(
    ("words", "rule_id"),
    [
        ("About ", "x.lt.prune-under-about"),
        ("Į ateitį ", "x.lt.prune-under-i-ateiti"),
        ("Über uns ", "x.lt.prune-under-uber-uns"),
        ("Σχετικά με ", None),
    ],
    ids=["ascii", "latin-with-marks", "latin-with-umlaut", "other-script"],
)
def test_rule_ids_of_boxes_named_by_a_heading(words, rule_id):
    found = prune_id("x.lt", f"//div[*[1][self::h3][starts-with(normalize-space(), '{words}')]]")
    if rule_id:
        assert found == rule_id
    else:  # a valid id, and another for other words
        assert RULE_ID_RE.fullmatch(found)
        assert found != prune_id("x.lt", "//div[*[1][self::h3][starts-with(normalize-space(), 'Επικοινωνία ')]]")
