"""Text mode on whole pages written for this project, in many languages, with their gold bodies.

    python bench/textmode_pages.py [--split dev|heldout|heldout2] [--heldout] [--pages]

Each page in ``bench/textpages/<split>/<language>-<name>.txt`` is a news page stored as text:
menus, a cookie notice, a header block, sharing lines, the article, author boxes, newsletter
blurbs, related stories with sentence summaries, comments and footers, in that page's language.
The article's lines stand between a ``>>>`` line and a ``<<<`` line (the markers are not part of
the page); a line in it starting with ``~ `` is on the page but not in the gold body (an ad label).

Every page is scored as written and flat (blank lines removed, as some scrapers store pages),
with ``bench/metric.py``: text mode's stage alone (language detection, ``textmode.find_body``,
``unwrap``, no rules), and the whole cleaner (``Cleaner().clean(text, mode="text")``). The gold
bodies fed as text must come back whole (their recall). Rows are per language, then the split.
Dev pages were used to tune text mode; ``--split heldout`` (or ``--heldout``) scores the held-out
pages instead, written before tuning began and not looked at while tuning; ``--split heldout2`` a
second held-out split in other languages and page templates, written by the next round before it
changed anything. The dev rows also score the seed page
(``fixtures/golden/eureporter-id-kazakhstan.txt``) through the stage alone, with no site rules.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import metric  # noqa: E402

from cleaner import Cleaner, lang, textmode, unwrap  # noqa: E402  (unwrap: the function)

PAGES = ROOT / "bench" / "textpages"
SEED = ROOT / "fixtures" / "golden" / "eureporter-id-kazakhstan"
SPLITS = ("dev", "heldout", "heldout2")
BODY_START, BODY_END, NOT_GOLD = ">>>", "<<<", "~ "


@dataclass(frozen=True)
class TextPage:
    name: str
    language: str
    text: str
    gold: str


def read_page(path: Path) -> TextPage:
    """The page without its markers, and its gold body (the marked lines, paragraphs one apart)."""
    page: list[str] = []
    gold: list[str] = []
    inside = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line in (BODY_START, BODY_END):
            inside = line == BODY_START
            continue
        page.append(line.removeprefix(NOT_GOLD))
        if inside and line.strip() and not line.startswith(NOT_GOLD):
            gold.append(line.strip())
    return TextPage(path.stem, path.stem.split("-")[0], "\n".join(page), "\n\n".join(gold))


def seed_page() -> TextPage:
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    gold = Path(f"{SEED}.expected.txt").read_text(encoding="utf-8")
    return TextPage("seed (no site rules)", "id", text, gold)


def flat(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def stage_alone(text: str) -> str:
    lines = text.split("\n")
    verdicts = textmode.find_body(lines, lang.detect(text))
    return unwrap("\n".join(line for line, v in zip(lines, verdicts, strict=True) if v.keep))


CLEANER = Cleaner()


def cleaner_text(text: str) -> str:
    return CLEANER.clean(text, mode="text")


SYSTEMS: dict[str, Callable[[str], str]] = {"stage alone": stage_alone, "cleaner text mode": cleaner_text}


def scores(pages: list[TextPage], clean: Callable[[str], str]) -> list[metric.PageScore]:
    """A page's two layouts, each scored."""
    return [metric.score_page(p.gold, clean(layout(p.text))) for p in pages for layout in (str, flat)]


def row(name: str, n: int, found: dict[str, list[metric.PageScore]], gold: list[metric.PageScore]) -> str:
    cells = []
    for page_scores in found.values():
        s = metric.summarize(page_scores)
        cells.append(f"{s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f}")
    gold_recall = metric.summarize(gold).recall
    return f"| {name} | {n} | {' | '.join(cells)} | {gold_recall:.3f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=SPLITS, help="the pages to score (default: dev)")
    parser.add_argument("--heldout", action="store_true", help="same as --split heldout")
    parser.add_argument("--pages", action="store_true", help="also print every page's F1 (stage alone)")
    args = parser.parse_args()
    split = "heldout" if args.heldout else args.split
    pages = [read_page(p) for p in sorted((PAGES / split).glob("*.txt"))]
    by_language: dict[str, list[TextPage]] = defaultdict(list)
    for page in pages:
        by_language[page.language].append(page)
    header = " | ".join(f"{name} F1 | P | R" for name in SYSTEMS)
    print(f"\n{split} pages ({len(pages)}, each as written and flat)\n")
    print(f"| language | pages | {header} | gold as text R |")
    print("|---|---|" + "---|---|---|" * len(SYSTEMS) + "---|")
    groups = {code: group for code, group in sorted(by_language.items())} | {f"all {split}": pages}
    for name, group in groups.items():
        found = {system: scores(group, clean) for system, clean in SYSTEMS.items()}
        gold = [metric.score_page(p.gold, stage_alone(p.gold)) for p in group]
        print(row(f"**{name}**" if name.startswith("all") else name, len(group), found, gold))
    if split == "dev" and SEED.with_suffix(".txt").exists():
        seed = seed_page()
        s = metric.score_page(seed.gold, stage_alone(seed.text))
        print(f"\nseed page, stage alone (no site rules): F1 {s.f1:.3f} P {s.precision:.3f} R {s.recall:.3f}")
    if args.pages:
        print()
        for page in pages:
            f1s = [metric.score_page(page.gold, stage_alone(layout(page.text))).f1 for layout in (str, flat)]
            print(f"{page.name}: as written {f1s[0]:.3f}, flat {f1s[1]:.3f}, mean {statistics.mean(f1s):.3f}")


if __name__ == "__main__":
    main()
