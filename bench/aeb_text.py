"""Text mode on the AEB pages: each page dumped to text as a plain scraper would, then cleaned.

    python bench/aeb_text.py [--split]

Rows (F1 / P / R / exact, ms per page): the text left as it is; jusText over its lines (with the
stoplist of the page's detected language); trafilatura over its lines; cleaner's text mode
(``Cleaner().clean(text, mode="text")``: normalisation, rules, ``textmode.find_body``, line
repair); text mode's own stage alone (language detection, ``find_body`` and ``unwrap``); and
the gold bodies themselves fed to text mode (their recall: nothing may be lost).
``--split`` also scores the two halves of the pages (alternating by sorted id) separately: rules
are tuned on the first half and checked on the second. Needs html-text and justext (bench extras).
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import justext
import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import aeb  # noqa: E402
import metric  # noqa: E402
import textdump  # noqa: E402

from cleaner import Cleaner, lang, textmode, unwrap  # noqa: E402  (unwrap: the function)

T = TypeVar("T")
JUSTEXT_NAMES = {code: name for name, code in lang.JUSTEXT_CODES.items()}


def lines_as_html(text: str) -> str:
    """The text as the simplest HTML a line-based extractor can take: one paragraph per line."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{paragraphs}</body></html>"


def keep_all(text: str) -> str:
    return text


def justext_lines(text: str, language: str | None = None) -> str:
    name = JUSTEXT_NAMES.get(language or lang.detect(text) or "en", "English")
    blocks = justext.justext(lines_as_html(text), justext.get_stoplist(name))
    return "\n\n".join(b.text for b in blocks if not b.is_boilerplate)


def justext_lines_english(text: str) -> str:
    return justext_lines(text, "en")


def trafilatura_html(html: bytes) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def trafilatura_lines(text: str) -> str:
    return trafilatura.extract(lines_as_html(text), include_comments=False) or ""


CLEANER = Cleaner()


def cleaner_text(text: str) -> str:
    return CLEANER.clean(text, mode="text")


def find_body_only(text: str) -> str:
    lines = text.split("\n")
    verdicts = textmode.find_body(lines, lang.detect(text))
    return unwrap("\n".join(line for line, v in zip(lines, verdicts, strict=True) if v.keep))


SYSTEMS: dict[str, Callable[[str], str]] = {
    "nothing removed": keep_all,
    "jusText over the lines (English stoplist)": justext_lines_english,
    "jusText over the lines (stoplist of the detected language)": justext_lines,
    "trafilatura over the lines": trafilatura_lines,
    "cleaner text mode": cleaner_text,
    "text-mode stage alone (detect, find_body, unwrap)": find_body_only,
}


def run(clean: Callable[[T], str], inputs: list[T], repeat: int = 3) -> tuple[list[str], float]:
    """Outputs, and the CPU milliseconds per input of the fastest of `repeat` passes."""
    clean(inputs[0])  # load tables and caches outside the timing
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        out = [clean(t) for t in inputs]
        best = min(best, time.process_time() - start)
    return out, best / len(inputs) * 1000


def row(name: str, golds: list[str], preds: list[str], ms: float | None) -> str:
    s = metric.summarize([metric.score_page(g, p) for g, p in zip(golds, preds, strict=True)])
    timing = f"{ms:.2f}" if ms is not None else ""
    return f"| {name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {s.exact:.3f} | {timing} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="store_true", help="also score the two halves separately")
    args = parser.parse_args()
    pages = list(aeb.pages())
    texts = [textdump.page_text(p.html) for p in pages]
    golds = [p.gold for p in pages]
    halves = {"all": range(len(pages))}
    if args.split:
        halves |= {"tune half": range(0, len(pages), 2), "check half": range(1, len(pages), 2)}
    results = {name: run(clean, texts) for name, clean in SYSTEMS.items()}
    gold_out, gold_ms = run(cleaner_text, golds)
    html_out, html_ms = run(trafilatura_html, [p.html for p in pages])
    for half, idx in halves.items():
        print(f"\n{half} ({len(idx)} pages)\n")
        print("| system | F1 | P | R | exact | ms/page |\n|---|---|---|---|---|---|")
        for name, (preds, ms) in results.items():
            print(row(name, [golds[i] for i in idx], [preds[i] for i in idx], ms))
        gold = [golds[i] for i in idx]
        print(row("gold bodies as text, through cleaner text mode", gold, [gold_out[i] for i in idx], gold_ms))
        print(row("(reference) trafilatura on the HTML", gold, [html_out[i] for i in idx], html_ms))


if __name__ == "__main__":
    main()
