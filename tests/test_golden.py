"""Golden pages: each ``fixtures/golden/<name>.txt`` must clean to exactly ``<name>.expected.txt``."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

PAGES = sorted(p for p in (FIXTURES / "golden").glob("*.txt") if not p.name.endswith(".expected.txt"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_golden_body(cleaner_instance, page):
    expected = page.with_name(page.stem + ".expected.txt").read_text(encoding="utf-8")
    assert cleaner_instance.clean(page.read_bytes()) + "\n" == expected


def test_seed_title_site_and_removals(cleaner_instance):
    result = cleaner_instance.clean_document((FIXTURES / "golden" / "eureporter-id-kazakhstan.txt").read_bytes())
    assert result.title == "Presiden Kazakh di jalur kemenangan pemilu"
    assert result.site == "eureporter.co"
    assert result.status == "ok"
    by_rule = {span.rule_id: span for span in result.removed}
    assert set(by_rule) == {"eureporter.header", "eureporter.title", "eureporter.ad-label", "eureporter.footer"}
    assert by_rule["eureporter.ad-label"].text == "iklan"
    assert by_rule["eureporter.ad-label"].rule_file == "rules/sites/eureporter.co.yaml"
    assert by_rule["eureporter.footer"].text.startswith("Bagikan artikel ini:")
    assert by_rule["eureporter.footer"].text.endswith("Tren")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("eureporter-en-gas-storage.txt", "EU extends gas storage rules for two more years"),
        ("eureporter-id-nuclear.txt", "Belanda berencana membangun dua pembangkit nuklir baru"),
    ],
    ids=["en", "id"],
)
def test_eureporter_titles(cleaner_instance, page, title):
    assert cleaner_instance.clean_document((FIXTURES / "golden" / page).read_bytes()).title == title
