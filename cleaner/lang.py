"""Language detection without a downloaded model. Placeholder: the real one is on its way."""

from __future__ import annotations


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when unsure."""
    return None
