"""Learned site rules on generated sites: learn from 20 pages of each site, clean 20 others, score both ways.

For each site of bench/sitegen.py, `cleaner learn` reads the site's 20 learning pages (as text) and
writes a rule file; the 20 other pages are then cleaned twice in the same run, with the generic text
mode (`Cleaner().clean(text, mode="text")`, whatever main has) and with the learned file, and scored
with the published AEB measure (bench/metric.py) against their gold bodies. A split's score pools its
test pages (every page weighs the same); the worst site's scores are shown beside it.

Usage: python bench/learn_bench.py [--split tune|heldout|shells] [--site NAME] [--keep DIR] [--markdown]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import metric
import sitegen

from cleaner import Cleaner
from cleaner.learn import SamplePage, learn_pages, write_rule_file

SPLITS = ("tune", "heldout", "shells")


@dataclass
class SiteResult:
    site: sitegen.GenSite
    generic: list[metric.PageScore]
    learned: list[metric.PageScore]
    rules: int
    rejected: int
    duplicates: int
    seconds: float


def as_sample(page: sitegen.GenPage) -> SamplePage:
    return SamplePage.from_text(page.name, page.text)


def run_site(site: sitegen.GenSite, outdir: Path, generic: Cleaner) -> SiteResult:
    start = time.perf_counter()
    learned = learn_pages([as_sample(p) for p in site.learn], site.name)
    seconds = time.perf_counter() - start
    target = outdir / f"{site.name}.yaml"
    write_rule_file(learned, target, force=True)
    cleaner = Cleaner(rules=[target])
    return SiteResult(
        site=site,
        generic=[metric.score_page(p.gold, generic.clean(p.text, mode="text")) for p in site.test],
        learned=[metric.score_page(p.gold, cleaner.clean(p.text, site=learned.site, mode="text")) for p in site.test],
        rules=learned.rules,
        rejected=len(learned.rejected),
        duplicates=len(learned.duplicates),
        seconds=seconds,
    )


def site_row(r: SiteResult) -> str:
    g, m = metric.summarize(r.generic), metric.summarize(r.learned)
    return (
        f"| {r.site.name} | {r.site.lang} | {g.f1:.3f} | {g.precision:.3f} | {g.recall:.3f} | **{m.f1:.3f}** | "
        f"{m.precision:.3f} | {m.recall:.3f} | {r.rules} | {r.rejected} | {r.duplicates} |"
    )


def split_row(split: str, results: list[SiteResult]) -> str:
    g = metric.summarize([s for r in results for s in r.generic])
    m = metric.summarize([s for r in results for s in r.learned])
    worst = min(results, key=lambda r: metric.summarize(r.learned).f1)
    least = min(metric.summarize(r.learned).precision for r in results)
    seconds = statistics.mean(r.seconds for r in results)
    return (
        f"| {split} | {len(results)} | {g.f1:.3f} | {g.precision:.3f} | {g.recall:.3f} | **{m.f1:.3f}** | "
        f"{m.precision:.3f} | {m.recall:.3f} | {metric.summarize(worst.learned).f1:.3f} ({worst.site.name}) | "
        f"{least:.3f} | {seconds:.2f} |"
    )


SITE_HEADER = (
    "| site | lang | generic F1 | P | R | learned F1 | P | R | rules | rejected | duplicates |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)
SPLIT_HEADER = (
    "| split | sites | generic F1 | P | R | learned F1 | P | R | worst site F1 | lowest site P | learn s/site |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=SPLITS)
    ap.add_argument("--site")
    ap.add_argument("--keep", help="keep the learned files in this folder")
    ap.add_argument("--markdown", action="store_true", help="print the tables for bench/RESULTS.md")
    args = ap.parse_args()
    generic = Cleaner()
    outdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="learned-"))
    outdir.mkdir(parents=True, exist_ok=True)
    results: list[SiteResult] = []
    print(SITE_HEADER)
    for site in sitegen.sites(args.split):
        if args.site and site.name != args.site:
            continue
        results.append(run_site(site, outdir, generic))
        print(site_row(results[-1]), flush=True)
    print()
    print(SPLIT_HEADER)
    for split in SPLITS:
        chosen = [r for r in results if r.site.split == split]
        if chosen:
            print(split_row(split, chosen))
    if not args.markdown:
        print(f"\nlearned files in {outdir}")


if __name__ == "__main__":
    main()
