"""Loading the article-extraction benchmark (``../shared/bench/aeb`` by default, or ``$AEB_DIR``)."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "aeb"


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: bytes
    gold: str


def aeb_dir() -> Path:
    return Path(os.environ.get("AEB_DIR", DEFAULT_DIR))


def pages(root: Path | None = None) -> Iterator[Page]:
    root = root or aeb_dir()
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        html = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        yield Page(page_id, truth[page_id]["url"], html, truth[page_id]["articleBody"])
