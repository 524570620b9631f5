"""The html-body container `learn` chooses from a sample's facts (``cleaner.learn.htmlrules``).

Pages are given as facts: the keys of the elements each selector finds, the lines the learned
template takes for the article, and the template lines the extraction kept.
"""

from __future__ import annotations

import pytest

from cleaner.learn.htmlrules import PageFacts, _boxes, _container

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
