"""Learned site rules on generated sites: learn from 20 pages of each site, clean 20 others, score both ways.

For each site of bench/sitegen.py, `cleaner learn` reads the site's 20 learning pages (as text) and
writes a rule file (the site named by its domain, as `--site` asks); the 20 other pages are then
cleaned twice in the same run, with the generic text mode (`Cleaner().clean(text, mode="text")`,
whatever main has) and with the learned file, and scored with the published AEB measure
(bench/metric.py) against their gold bodies. A split's score pools its test pages (every page weighs
the same); the worst site's scores are shown beside it.

With --html, the same again from the pages' HTML (generated sites only): the file is learned from the
20 learning pages' HTML, and the test pages are cleaned in HTML mode, with and without it
(`Cleaner().clean(html, url=url, mode="html")`; the learned file applies by the page's address).

The splits heldout2 to heldout13 are only run when asked for (--split heldout2 ..., or --split all).

Usage: python bench/learn_bench.py [--split tune|heldout|heldout2|...|heldout13|shells|all]
                                   [--site NAME] [--html | --html-only] [--pages N] [--keep DIR] [--markdown]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import metric
import sitegen

from cleaner import Cleaner
from cleaner.learn import SamplePage, learn_pages, write_rule_file

SPLITS = (
    "tune",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "shells",
)
DEFAULT_SPLITS = ("tune", "heldout", "shells")


@dataclass
class SiteResult:
    site: sitegen.GenSite
    kind: str  # "text" or "html"
    generic: list[metric.PageScore]
    learned: list[metric.PageScore]
    rules: int
    rejected: int
    duplicates: int
    seconds: float


def as_sample(page: sitegen.GenPage, kind: str) -> SamplePage:
    if kind == "html":
        return SamplePage.from_html(page.name, page.html, page.url)
    return SamplePage.from_text(page.name, page.text)


def site_name(site: sitegen.GenSite) -> str:
    """The site as `cleaner learn --site` asks for it: its domain (a shell's name holds its own)."""
    url = site.learn[0].url
    return (urlsplit(url).hostname or "").removeprefix("www.") if url else site.name


def run_site(site: sitegen.GenSite, outdir: Path, generic: Cleaner, kind: str, pages: int | None) -> SiteResult:
    start = time.perf_counter()
    learned = learn_pages([as_sample(p, kind) for p in site.learn[:pages]], site_name(site))
    seconds = time.perf_counter() - start
    target = outdir / kind / f"{site.name}.yaml"
    write_rule_file(learned, target, force=True)
    cleaner = Cleaner(rules=[target])
    if kind == "html":
        before = [generic.clean(p.html, url=p.url, mode="html") for p in site.test]
        after = [cleaner.clean(p.html, url=p.url, mode="html") for p in site.test]
    else:
        before = [generic.clean(p.text, mode="text") for p in site.test]
        after = [cleaner.clean(p.text, site=learned.site, mode="text") for p in site.test]
    return SiteResult(
        site=site,
        kind=kind,
        generic=[metric.score_page(p.gold, body) for p, body in zip(site.test, before, strict=True)],
        learned=[metric.score_page(p.gold, body) for p, body in zip(site.test, after, strict=True)],
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
        f"| {split} | {results[0].kind} | {len(results)} | {g.f1:.3f} | {g.precision:.3f} | {g.recall:.3f} | "
        f"**{m.f1:.3f}** | {m.precision:.3f} | {m.recall:.3f} | "
        f"{metric.summarize(worst.learned).f1:.3f} ({worst.site.name}) | {least:.3f} | {seconds:.2f} |"
    )


SITE_HEADER = (
    "| site | lang | generic F1 | P | R | learned F1 | P | R | rules | rejected | duplicates |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)
SPLIT_HEADER = (
    "| split | input | sites | generic F1 | P | R | learned F1 | P | R | worst site F1 | lowest site P | "
    "learn s/site |\n|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=(*SPLITS, "all"))
    ap.add_argument("--site")
    ap.add_argument("--html", action="store_true", help="also learn from and clean the pages' HTML")
    ap.add_argument("--html-only", action="store_true", help="learn from and clean the pages' HTML only")
    ap.add_argument("--pages", type=int, help="learn from this many of each site's learning pages (default: all 20)")
    ap.add_argument("--keep", help="keep the learned files in this folder")
    ap.add_argument("--markdown", action="store_true", help="print the tables for bench/RESULTS.md")
    args = ap.parse_args()
    generic = Cleaner()
    outdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="learned-"))
    splits = SPLITS if args.split == "all" else (args.split,) if args.split else DEFAULT_SPLITS
    results: list[SiteResult] = []
    kinds = ("html",) if args.html_only else ("text", "html") if args.html else ("text",)
    for kind in kinds:
        print(f"\n{kind} input\n\n{SITE_HEADER}")
        for site in (s for split in splits for s in sitegen.sites(split)):
            if (args.site and site.name != args.site) or (kind == "html" and not site.learn[0].html):
                continue
            results.append(run_site(site, outdir, generic, kind, args.pages))
            print(site_row(results[-1]), flush=True)
    print()
    print(SPLIT_HEADER)
    for kind in ("text", "html"):
        for split in SPLITS:
            chosen = [r for r in results if r.site.split == split and r.kind == kind]
            if chosen:
                print(split_row(split, chosen))
    if not args.markdown:
        print(f"\nlearned files in {outdir}")


if __name__ == "__main__":
    main()
