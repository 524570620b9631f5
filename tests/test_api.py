"""The public library contract: clean(), Cleaner, CleanResult, site resolution."""

from __future__ import annotations

import os
import pickle

import pytest
from conftest import FIXTURES
from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import Cleaner, CleanerError, engine
from cleaner.ops import Page, Rule

SEED = FIXTURES / "golden" / "eureporter-id-kazakhstan.txt"


def test_clean_accepts_str_and_bytes_alike():
    text = SEED.read_text(encoding="utf-8")
    assert cleaner.clean(text) == cleaner.clean(text.encode("utf-8"))


def test_body_has_single_blank_lines_and_no_outer_whitespace():
    body = cleaner.clean("\n\n  First paragraph here.  \n\n\n\nSecond paragraph here.\n\n", mode="text")
    assert body == "First paragraph here.\n\nSecond paragraph here."


def test_site_by_name_url_and_fingerprint():
    text = SEED.read_text(encoding="utf-8")
    c = Cleaner()
    assert c.clean_document(text, site="eureporter.co").site == "eureporter.co"
    assert c.clean_document(text, site="www.eureporter.co").site == "eureporter.co"
    assert c.clean_document("Some text.", url="https://www.eureporter.co/x/", mode="text").site == "eureporter.co"
    assert c.clean_document(text).site == "eureporter.co"  # fingerprint: no URL, no site given
    assert c.clean_document("A plain article sentence.", mode="text").site is None


def test_unknown_site_is_a_clear_error():
    with pytest.raises(CleanerError, match=r"no rules for site 'nosuch\.example'"):
        cleaner.clean("text", site="nosuch.example")


def test_url_of_another_site_falls_back_to_fingerprint():
    text = SEED.read_text(encoding="utf-8")
    assert Cleaner().clean_document(text, url="https://mirror.example.net/a").site == "eureporter.co"


def test_bad_mode_and_bad_content_type():
    with pytest.raises(ValueError, match="mode must be one of"):
        cleaner.clean("text", mode="pdf")
    with pytest.raises(TypeError, match="content must be str or bytes"):
        cleaner.clean(12345)  # type: ignore[arg-type]


def test_cleaner_pickles_as_its_rule_paths(tmp_path):
    rules = tmp_path / "x.yaml"
    rules.write_text("site: x.org\nrules:\n  - {id: x.a, op: drop, doc: d, exact: promo}\n", encoding="utf-8")
    original = Cleaner(rules=[rules])
    copy = pickle.loads(pickle.dumps(original))
    assert copy.rule_paths == original.rule_paths == (str(rules.resolve()),)
    assert copy.clean("promo\n\nKept line.", site="x.org", mode="text") == "Kept line."
    assert len(pickle.dumps(original)) < 500  # the rules travel as paths, not compiled patterns


def test_removed_spans_point_at_input_lines_and_rule_lines():
    result = Cleaner().clean_document(SEED.read_bytes())
    lines = SEED.read_text(encoding="utf-8").split("\n")
    for span in result.removed:
        assert lines[span.start_line - 1].strip() == span.text.split("\n")[0]
        assert lines[span.end_line - 1].strip() == span.text.split("\n")[-1]
        assert span.rule_line > 0


RULE_A, RULE_B = Rule("a", "drop", "a.yaml", 1), Rule("b", "drop", "b.yaml", 2)
RULE_A2 = Rule("a", "drop", "a.yaml", 1)  # equal to RULE_A, yet another rule object


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "x", "y"]), st.sampled_from([None, RULE_A, RULE_B, RULE_A2]))))
@example([("x", RULE_A), ("", None), ("y", RULE_A), ("x", RULE_A2), ("x", None), ("y", RULE_B)])
def test_removed_spans_group_lines_of_one_rule_with_only_blank_lines_between(rows):
    page = Page.of([line for line, _ in rows])
    page.verdicts[:] = [rule if line else None for line, rule in rows]
    expected, run = [], []  # runs of (index, rule): the same rule object, only blank lines between
    for i, (line, rule) in enumerate(rows):
        if line and run and rule is not run[-1][1]:
            expected.append(run)
            run = []
        if line and rule is not None:
            run.append((i, rule))
    expected += [run] if run else []
    assert [(s.start_line, s.end_line, s.text, s.rule_id) for s in engine._spans(page)] == [
        (r[0][0] + 1, r[-1][0] + 1, "\n".join(rows[i][0] for i, _ in r), r[0][1].id) for r in expected
    ]


def test_explain_pairs_every_line_with_its_record():
    result, lines = Cleaner().explain(SEED.read_bytes())
    assert len(lines) == len(SEED.read_text(encoding="utf-8").split("\n"))
    removed = [line for line in lines if line.removed_by]
    assert {line.removed_by.rule_id for line in removed} == {s.rule_id for s in result.removed}
    assert all(line.text for line in removed)


def test_empty_result_has_status_empty():
    result = Cleaner().clean_document("Advertisement\n\nShare this article", mode="text")
    assert (result.body, result.status) == ("", "empty")


def test_auto_mode_detects_html():
    html = "<!DOCTYPE html><html><body><p>Hello there, this is a page.</p></body></html>"
    assert Cleaner().clean_document(html, mode="text").mode == "text"
    assert Cleaner().clean_document(html).mode == "html"


def test_unwrap_is_exported():
    assert cleaner.unwrap("one line\nwrapped here.\n\nNext paragraph.") == "one line wrapped here.\n\nNext paragraph."


def test_edited_rule_file_is_reloaded_by_a_new_cleaner(tmp_path):
    rules = tmp_path / "x.yaml"
    rules.write_text("site: x.org\nrules:\n  - {id: x.a, op: drop, doc: d, exact: promo}\n", encoding="utf-8")
    assert (
        Cleaner(rules=[rules]).clean("promo\n\nsale\n\nKept line.", site="x.org", mode="text") == "sale\n\nKept line."
    )
    rules.write_text("site: x.org\nrules:\n  - {id: x.a, op: drop, doc: d, exact: sale}\n", encoding="utf-8")
    os.utime(rules, ns=(1, 10**18))
    assert (
        Cleaner(rules=[rules]).clean("promo\n\nsale\n\nKept line.", site="x.org", mode="text") == "promo\n\nKept line."
    )
