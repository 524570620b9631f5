"""Over-removal is the failure users never notice: clean articles must come through unchanged."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

ARTICLES = sorted((FIXTURES / "negative").glob("*.txt"))


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_clean_article_is_unchanged(cleaner_instance, article):
    text = article.read_text(encoding="utf-8")
    result = cleaner_instance.clean_document(text, mode="text")
    assert [span.text for span in result.removed] == []
    assert result.body == text.strip()
