"""Loading the article-extraction benchmark (``../shared/bench/aeb`` by default, or ``$AEB_DIR``)."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: bytes
    gold: str


def aeb_dir() -> Path:
    """``$AEB_DIR``, else the nearest ``shared/bench/aeb`` above this checkout."""
    if "AEB_DIR" in os.environ:
        return Path(os.environ["AEB_DIR"])
    here = Path(__file__).resolve()
    found = (p / "shared" / "bench" / "aeb" for p in here.parents)
    return next((p for p in found if p.is_dir()), here.parents[2] / "shared" / "bench" / "aeb")


def pages(root: Path | None = None) -> Iterator[Page]:
    root = root or aeb_dir()
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        html = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        yield Page(page_id, truth[page_id]["url"], html, truth[page_id]["articleBody"])
