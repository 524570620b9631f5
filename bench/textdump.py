"""The AEB pages dumped to text as a plain scraper would store them (bench-only; needs html-text).

``python bench/textdump.py OUT_DIR`` writes ``<id>.txt`` (the page as text) and ``<id>.gold.txt``
next to it, for reading; the benchmark itself calls :func:`page_text` directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import html_text

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb


def page_text(html: bytes) -> str:
    """The page as `html_text` renders it with its layout guessed, the way text scrapers store pages."""
    tree = html_text.parse_html(html.decode("utf-8", errors="replace"))
    return html_text.extract_text(tree, guess_layout=True)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for page in aeb.pages():
        (out / f"{page.id}.txt").write_text(page_text(page.html), encoding="utf-8")
        (out / f"{page.id}.gold.txt").write_text(page.gold, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/aeb_text"))
