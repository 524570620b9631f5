"""Rule files are checked on load; a bad one says path:line:col, the key path and what is wrong."""

from __future__ import annotations

import textwrap

import pytest

from cleaner import Cleaner, RuleError
from cleaner.ruleset import load_file

GOOD_SITE = """\
site: example.org
domains: [example.org]
rules:
  - id: example.ad
    op: drop
    doc: Ad labels.
    normalized: [advert]
"""

BAD = [
    ("unknown-top-key", "site: x.org\nrulez: []\n", "2:1: rulez: unknown key 'rulez'", "did you mean 'rules'?"),
    ("missing-rules", "site: x.org\n", "1:1: missing required key 'rules'", ""),
    ("site-and-language", "site: x.org\nlanguage: en\nrules: []\n", "exactly one of 'site' or 'language'", ""),
    ("bad-language", "language: english\nrules: []\n", "1:1: language: not a language code", ""),
    (
        "unknown-op",
        "site: x.org\nrules:\n  - id: x.a\n    op: delete\n    exact: a\n",
        "4:5: rules[0].op: unknown op 'delete'",
        "one of title, body-start",
    ),
    (
        "unknown-rule-key",
        "site: x.org\nrules:\n  - id: x.a\n    op: drop\n    exakt: a\n",
        "5:5: rules[0].exakt: unknown key 'exakt'",
        "did you mean 'exact'?",
    ),
    (
        "bad-regex",
        "site: x.org\nrules:\n  - id: x.a\n    op: drop\n    regex: ['ok', '(unclosed']\n",
        "5:19: rules[0].regex[1]: regex does not compile",
        "",
    ),
    (
        "wrong-kind",
        "site: x.org\nrules:\n  - id: x.a\n    op: drop\n    exact: a\n    max_chars: many\n",
        "6:5: rules[0].max_chars: expected a whole number >= 0, got a string",
        "",
    ),
    (
        "no-matcher",
        "site: x.org\nrules:\n  - id: x.a\n    op: drop\n",
        "3:5: rules[0]: a drop rule needs at least one of",
        "",
    ),
    (
        "duplicate-id",
        "site: x.org\nrules:\n  - {id: x.a, op: drop, exact: a}\n  - {id: x.a, op: drop, exact: b}\n",
        "4:6: rules[1].id: duplicate rule id 'x.a'",
        "",
    ),
    (
        "duplicate-key",
        "site: x.org\nsite: y.org\nrules: []\n",
        "2:1: site: duplicate key 'site'",
        "",
    ),
    (
        "failing-example",
        "site: x.org\nrules:\n  - id: x.a\n    op: drop\n    exact: a\n    examples: {match: [b]}\n",
        "6:24: rules[0].examples.match[0]: rule x.a does not match its example 'b'",
        "",
    ),
    (
        "title-needs-one-way",
        "site: x.org\nrules:\n  - id: x.t\n    op: title\n",
        "a title rule needs exactly one of",
        "",
    ),
    ("invalid-yaml", "site: x.org\nrules: [\n", "3:1: invalid YAML", ""),
    ("python-object", "site: !!python/object:os.system x\nrules: []\n", "invalid YAML", ""),
    ("bad-id", "site: x.org\nrules:\n  - {id: 'Has Space', op: drop, exact: a}\n", "bad rule id 'Has Space'", ""),
]


@pytest.mark.parametrize(("text", "message", "hint"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_rule_file_names_the_place(tmp_path, text, message, hint):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_file(path)
    assert str(info.value).startswith(str(path) + ":")
    assert message in str(info.value)
    assert hint in str(info.value)


def test_good_site_file_loads_and_applies(tmp_path):
    path = tmp_path / "example.yaml"
    path.write_text(GOOD_SITE, encoding="utf-8")
    cleaner = Cleaner(rules=[path])
    result = cleaner.clean_document("advert\n\nThe harbour reopened on Monday.", url="https://news.example.org/a")
    assert result.site == "example.org"
    assert result.body == "The harbour reopened on Monday."
    assert [(s.rule_id, s.rule_file, s.rule_line) for s in result.removed] == [("example.ad", str(path), 4)]


def test_user_site_file_replaces_builtin_one(tmp_path):
    path = tmp_path / "eureporter.yaml"
    path.write_text(
        textwrap.dedent("""\
            site: eureporter.co
            domains: [eureporter.co]
            rules:
              - {id: mine.ad, op: drop, doc: Mine., exact: promo}
        """),
        encoding="utf-8",
    )
    cleaner = Cleaner(rules=[tmp_path])
    text = "promo\n\nConnect with us\n\nA sentence stays here."
    result = cleaner.clean_document(text, site="eureporter.co", mode="text")
    assert result.body == "Connect with us\n\nA sentence stays here."
    assert [s.rule_id for s in result.removed] == ["mine.ad"]


def test_rule_id_clash_across_files_is_an_error(tmp_path):
    (tmp_path / "a.yaml").write_text("site: a.org\nrules:\n  - {id: same.id, op: drop, exact: x}\n")
    (tmp_path / "b.yaml").write_text("site: b.org\nrules:\n  - {id: same.id, op: drop, exact: y}\n")
    with pytest.raises(RuleError, match=r"b\.yaml:3:0: id: rule id 'same.id' is already used at .*a\.yaml:3"):
        Cleaner(rules=[tmp_path])


def test_missing_rule_path_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="no such rule file or folder"):
        Cleaner(rules=[tmp_path / "nope.yaml"])


def test_pathological_regex_times_out_naming_the_rule(tmp_path, monkeypatch):
    from cleaner import RuleTimeout, matchers

    monkeypatch.setattr(matchers, "REGEX_TIMEOUT", 0.05)
    path = tmp_path / "slow.yaml"
    path.write_text("site: slow.org\nrules:\n  - {id: slow.a, op: drop, regex: '(a|aa)+b'}\n", encoding="utf-8")
    cleaner = Cleaner(rules=[path])
    # The line holds the "b" the pattern needs, else the rule's prefilter would not run it at all.
    with pytest.raises(RuleTimeout, match=r"slow\.a .*slow\.yaml:3"):
        cleaner.clean_document("a" * 40 + "cb", site="slow.org", mode="text")


def test_backreferences_are_refused_on_load(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text("site: b.org\nrules:\n  - {id: b.a, op: drop, regex: ['x', '(a)\\1']}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"b\.yaml:3:\d+: rules\[0\]\.regex\[1\]: backreferences are not supported"):
        load_file(path)


def test_first_rule_in_order_wins_across_exact_normalized_and_regex(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(
        "site: o.org\nrules:\n"
        "  - {id: o.first, op: drop, doc: d, regex: 'promo.*', max_chars: 20}\n"
        "  - {id: o.second, op: drop, doc: d, exact: promo code}\n"
        "  - {id: o.third, op: drop, doc: d, normalized: [long promo line that is here]}\n",
        encoding="utf-8",
    )
    cleaner = Cleaner(rules=[path])
    result = cleaner.clean_document(
        "promo code\n\nLong promo line that is here!\n\nBody stays.", site="o.org", mode="text"
    )
    assert [s.rule_id for s in result.removed] == ["o.first", "o.third"]


SELECTOR_SITE = """\
site: selectors.example
domains: [selectors.example]
rules:
  - id: sel.promo
    op: html-prune
    doc: The promo box inside the story.
    select: ['aside.promo', '//div[@data-widget="newsletter"]']
  - id: sel.story
    op: html-body
    doc: The story container.
    select: div.story
"""

SELECTOR_PAGE = """<!DOCTYPE html><html><head><title>Harbour reopens</title>
<link rel="canonical" href="https://www.selectors.example/harbour"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="story">
<p>The harbour at Kellsby reopened to fishing boats on Monday, a week after storms tore away part of the sea wall.</p>
<aside class="promo"><p>Get our app for breaking news alerts on your phone every single day of the week.</p></aside>
<p>Harbour master Ruth Adair said the first boats went out before dawn, and that nobody wanted to talk.</p>
<div data-widget="newsletter"><p>Sign up to the Kellsby Gazette morning briefing and get it in your inbox.</p></div>
<p>Engineers have laid about 400 tonnes of rock along the damaged section of the outer wall this week.</p>
</div>
<div class="sidebar"><p>Other stories you might like to read about in the Kellsby Gazette this week and more.</p></div>
</body></html>"""


@pytest.mark.parametrize("how", ["url", "canonical-link", "site-name"], ids=["url", "canonical-link", "site-name"])
def test_html_selectors_prune_and_choose_the_body(tmp_path, how):
    path = tmp_path / "selectors.yaml"
    path.write_text(SELECTOR_SITE, encoding="utf-8")
    cleaner = Cleaner(rules=[path])
    where = {"url": {"url": "https://selectors.example/harbour"}, "canonical-link": {}, "site-name": {}}[how]
    if how == "site-name":
        where = {"site": "selectors.example"}
    result = cleaner.clean_document(SELECTOR_PAGE, mode="html", **where)
    assert result.site == "selectors.example"
    assert "app for breaking news" not in result.body and "morning briefing" not in result.body
    assert result.body.startswith("The harbour at Kellsby reopened")
    assert result.body.endswith("outer wall this week.")
    [pruned] = [s for s in result.removed if s.rule_id == "sel.promo"]  # both elements, one span
    assert "app for breaking news" in pruned.text and "morning briefing" in pruned.text
    assert (pruned.rule_file, pruned.rule_line) == (str(path), 4)


@pytest.mark.parametrize(
    ("select", "message"),
    [("'div..story'", "CSS selector does not parse"), ("'//div[@class='", "XPath does not compile")],
    ids=["bad-css", "bad-xpath"],
)
def test_bad_selector_is_reported_where_it_is(tmp_path, select, message):
    path = tmp_path / "bad.yaml"
    path.write_text(f"site: b.org\nrules:\n  - id: b.x\n    op: html-prune\n    select: {select}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=rf"bad\.yaml:5:5: rules\[0\]\.select: {message}"):
        load_file(path)


def test_html_ops_take_no_line_matcher(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("site: b.org\nrules:\n  - {id: b.x, op: html-body, select: main, exact: x}\n", encoding="utf-8")
    with pytest.raises(RuleError, match="unknown key 'exact'"):
        load_file(path)


def test_body_markers_are_not_looked_for_in_pruned_elements(tmp_path):
    """A body-end marker that also appears in a pruned element must not cut the article."""
    path = tmp_path / "selectors.yaml"
    path.write_text(
        SELECTOR_SITE
        + "  - id: sel.footer\n    op: body-end\n    doc: d\n"
        + "    regex: 'Sign up to the Kellsby Gazette morning briefing.*'\n",
        encoding="utf-8",
    )
    result = Cleaner(rules=[path]).clean_document(SELECTOR_PAGE, mode="html", site="selectors.example")
    assert result.body.startswith("The harbour at Kellsby reopened")
    assert result.body.endswith("outer wall this week.")
    assert "sel.footer" not in {s.rule_id for s in result.removed}
