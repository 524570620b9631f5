"""HTML mode on the article-extraction benchmark: `cleaner` next to plain trafilatura, in one run.

    PYTHONPATH=. python bench/aeb_html.py [--split dev|test|all] [--repeat N] [--dump DIR] [--margin F1]

Both systems get each page's raw bytes, one right after the other (which goes first alternates
from page to page, so neither always finds the other's work in the processor's caches). Time is
the process's CPU time, not the wall clock: on a shared machine other people's jobs then do not
count; with ``--repeat N`` each page runs N times and the fastest run counts. Prints precision,
recall, F1, exact-match accuracy and milliseconds a page for both (the published method,
bench/metric.py), then the pages where `cleaner` scores lower.

``--split dev`` and ``--split test`` are two halves of the sites (a page goes with its site), for
tuning on one and checking on the other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

import cleaner
from bench import aeb
from bench.metric import PageScore, Summary, score_page, summarize


def plain_trafilatura(page: aeb.Page) -> str:
    return trafilatura.extract(page.html, include_comments=False) or ""


def with_cleaner(page: aeb.Page) -> str:
    return cleaner.clean(page.html, url=page.url, mode="html")


SYSTEMS: dict[str, Callable[[aeb.Page], str]] = {"trafilatura": plain_trafilatura, "cleaner": with_cleaner}


def site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def in_split(page: aeb.Page, split: str) -> bool:
    if split == "all":
        return True
    half = hashlib.sha1(site(page.url).encode()).digest()[0] % 2
    return half == (0 if split == "dev" else 1)


def timed(system: Callable[[aeb.Page], str], page: aeb.Page, repeat: int) -> tuple[str, float]:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        output = system(page)
        best = min(best, time.process_time() - start)
    return output, best


def row(name: str, summary: Summary, seconds: float) -> str:
    ms = 1000 * seconds / max(summary.pages, 1)
    return (
        f"| {name} | {summary.f1:.4f} | {summary.precision:.4f} | {summary.recall:.4f} "
        f"| {summary.exact:.3f} | {ms:.1f} |"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--repeat", type=int, default=3, help="runs a page; the fastest counts (default 3)")
    parser.add_argument("--dump", type=Path, help="write each system's outputs here as JSON")
    parser.add_argument("--margin", type=float, default=0.0, help="list pages worse by more than this F1")
    args = parser.parse_args(argv)

    pages = [page for page in aeb.pages() if in_split(page, args.split)]
    scores: dict[str, list[PageScore]] = {name: [] for name in SYSTEMS}
    seconds = dict.fromkeys(SYSTEMS, 0.0)
    outputs: dict[str, dict[str, str]] = {name: {} for name in SYSTEMS}
    for number, page in enumerate(pages):
        for name, system in sorted(SYSTEMS.items(), reverse=number % 2 == 1):
            output, elapsed = timed(system, page, args.repeat)
            seconds[name] += elapsed
            outputs[name][page.id] = output
            scores[name].append(score_page(page.gold, output))

    print(f"{len(pages)} pages ({args.split}), fastest of {args.repeat} run(s) a page\n")
    print("| system | F1 | precision | recall | exact | ms/page |")
    print("|---|---|---|---|---|---|")
    for name in SYSTEMS:
        print(row(name, summarize(scores[name]), seconds[name]))
    print(f"\ntime ratio cleaner / trafilatura: {seconds['cleaner'] / seconds['trafilatura']:.3f}")

    worse = [
        (ours.f1 - theirs.f1, page)
        for page, ours, theirs in zip(pages, scores["cleaner"], scores["trafilatura"], strict=True)
        if ours.f1 < theirs.f1 - args.margin
    ]
    print(f"\npages where cleaner scores lower (by more than {args.margin} F1): {len(worse)}")
    for delta, page in sorted(worse, key=lambda item: item[0]):
        print(f"  {delta:+.3f}  {page.id[:12]}  {page.url}")

    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for name, by_page in outputs.items():
            (args.dump / f"{name}.json").write_text(json.dumps(by_page, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
