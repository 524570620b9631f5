"""Rule cases as data: ``tests/cases/*.yaml`` lists inputs, the expected body, and the rule that must act.

A case without ``rule`` must come through with nothing removed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES

CASES = [
    case
    for path in sorted((Path(__file__).parent / "cases").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule_case(cleaner_instance, case):
    result = cleaner_instance.clean_document(case["input"], site=case.get("site"), url=case.get("url"), mode="text")
    assert result.body == case["expected"].strip()
    fired = {span.rule_id for span in result.removed}
    if case.get("rule"):
        assert case["rule"] in fired
    else:
        assert not fired


def test_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


def test_every_builtin_rule_is_documented_and_exercised(cleaner_instance):
    """Each built-in rule has a doc and is exercised: by a case, a golden page, or its own examples."""
    golden = (FIXTURES / "golden").glob("*.txt")
    fired = {s.rule_id for p in golden for s in cleaner_instance.clean_document(p.read_bytes()).removed}
    used = {c.get("rule") for c in CASES} | fired
    for f in cleaner_instance.catalog.files:
        for rule in f.rules:
            assert rule.doc, f"{rule.where}: rule {rule.id} has no doc"
            assert rule.id in used or rule.examples, f"{rule.where}: rule {rule.id} has no case and no examples"
