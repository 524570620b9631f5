"""Learned site rules on generated sites: learn from 20 pages of each site, clean 20 others, score both ways.

For each site of bench/sitegen.py, `cleaner learn` reads the site's 20 learning pages (as text) and
writes a rule file; the 20 other pages are then cleaned twice in the same run, with the generic text
mode (`cleaner.clean(text, mode="text")`, whatever main has) and with the learned file, and scored
with the published AEB measure (bench/metric.py) against their gold bodies.

Usage: python bench/learn_bench.py [--split tune|heldout] [--site NAME] [--keep DIR] [-v]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import metric
import sitegen

from cleaner import Cleaner
from cleaner.learn import SamplePage, learn_pages, write_rule_file


def as_sample(page: sitegen.GenPage) -> SamplePage:
    return SamplePage.from_text(page.name, page.text)


def run_site(site: sitegen.GenSite, outdir: Path, generic: Cleaner) -> dict:
    t0 = time.perf_counter()
    learned = learn_pages([as_sample(p) for p in site.learn], site.name)
    seconds = time.perf_counter() - t0
    target = outdir / f"{site.name}.yaml"
    write_rule_file(learned, target, force=True)
    cleaner = Cleaner(rules=[target])
    base = [metric.score_page(p.gold, generic.clean(p.text, mode="text")) for p in site.test]
    mine = [metric.score_page(p.gold, cleaner.clean(p.text, site=learned.site, mode="text")) for p in site.test]
    return {
        "site": site.name,
        "split": site.split,
        "generic": metric.summarize(base),
        "learned": metric.summarize(mine),
        "rules": learned.rules,
        "rejected": len(learned.rejected),
        "dups": len(learned.duplicates),
        "seconds": seconds,
        "worst": sorted(zip(mine, site.test, strict=True), key=lambda x: x[0].f1)[:2],
        "cleaner": cleaner,
        "learned_site": learned.site,
    }


def row(name: str, s: metric.Summary) -> str:
    return f"{name:<18} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("tune", "heldout", "shells"))
    ap.add_argument("--site")
    ap.add_argument("--keep", help="keep the learned files in this folder")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    generic = Cleaner()
    outdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="learned-"))
    outdir.mkdir(parents=True, exist_ok=True)
    results = []
    print(f"{'site':<18} {'gen F1':>6} {'P':>6} {'R':>6} | {'learn F1':>8} {'P':>6} {'R':>6} | rules rej dup")
    for site in sitegen.sites(args.split):
        if args.site and site.name != args.site:
            continue
        r = run_site(site, outdir, generic)
        results.append(r)
        g, m = r["generic"], r["learned"]
        print(
            f"{site.name:<18} {g.f1:6.3f} {g.precision:6.3f} {g.recall:6.3f} | {m.f1:8.3f} {m.precision:6.3f} "
            f"{m.recall:6.3f} | {r['rules']:5} {r['rejected']:3} {r['dups']:3}"
        )
        if args.verbose:
            for score, page in r["worst"]:
                print(f"    worst {page.name}: F1 {score.f1:.3f} P {score.precision:.3f} R {score.recall:.3f}")
    for split in ("tune", "heldout", "shells"):
        rs = [r for r in results if r["split"] == split]
        if not rs:
            continue
        for kind in ("generic", "learned"):
            f1 = statistics.mean(r[kind].f1 for r in rs)
            p = statistics.mean(r[kind].precision for r in rs)
            rc = statistics.mean(r[kind].recall for r in rs)
            print(f"{split:<8} {kind:<8} sites {len(rs):2}  F1 {f1:.3f}  P {p:.3f}  R {rc:.3f}")
    print(f"learned files in {outdir}")


if __name__ == "__main__":
    main()
