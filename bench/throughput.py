"""Throughput of `cleaner` beside plain trafilatura, on the AEB pages, in one run.

    python bench/throughput.py [--repeat 40] [--write]

Rows: plain trafilatura on the HTML pages; `cleaner` in text mode on the same pages as text (the
text trafilatura extracts from each, as a scraper would hand it over; and html-text's rendering of
the whole page, menus included, as a harder case) and in HTML mode on the HTML; the CLI on the
text pages with ``--jobs 1`` and ``--jobs 2``, as JSONL shards and as one JSONL file (peak resident
memory per process from the processes themselves); and a growth check: a 10 MB text, a 1 MB single
line and 100,000 short lines (the corpus's words, repeating; and as many distinct lines of one to
three words), each timed against the text-mode rate (a ratio over 2 means the input costs more than
twice what its size would at that rate). ``--write`` puts the table under "## Throughput" in bench/RESULTS.md.

In-process rows are processor time of this process (the best of several passes over the pages),
so that other work on a shared machine changes them little. The CLI rows are wall time from
process start to exit, the only honest measure of parallel work (the best of ``--runs`` runs,
--jobs 1 and 2 taking turns, so that a busy moment of the machine hits both alike); beside them,
the processor time of the whole run (the CLI and the workers it started and waited for) tells
whether two workers did more work than one or merely got less of the machine.

Targets (from the issue): text mode >= 50 x trafilatura's pages/s; HTML mode <= 1.15 x
trafilatura's time; ``--jobs 2`` >= 1.8 x ``--jobs 1`` on 2 cores; <= 300 MB per worker; growth
ratios <= 2. Numbers depend on the machine and on what else runs on it: the load average is printed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import html_text  # noqa: E402 - a bench extra
import trafilatura  # noqa: E402
from aeb import Page, pages  # noqa: E402

from cleaner import Cleaner  # noqa: E402

SHARDS = 8
WORKER_SCRIPT = """
import json, sys
from pathlib import Path
from cleaner import Cleaner, batch
found = list(batch.sources([sys.argv[1]]))
report = batch.run(Cleaner(), found, batch.Options(mode="text"), batch.Batch(Path(sys.argv[2]), int(sys.argv[3])))
print(json.dumps({**report.summary(), "cpu_seconds": getattr(report, "cpu_seconds", float("nan"))}))
"""


def timed(fn: Callable[[], object], minimum: float = 2.0, rounds: int = 3) -> float:
    """Processor seconds of one call of `fn`: the best of at least `rounds` calls, and of as many
    more as `minimum` seconds allow (the first call, which warms caches, is not counted)."""
    fn()
    best, spent, calls = float("inf"), 0.0, 0
    while calls < rounds or spent < minimum:
        start = time.process_time()
        fn()
        elapsed = time.process_time() - start
        best, spent, calls = min(best, elapsed), spent + elapsed, calls + 1
    return best


def row(name: str, docs: int, nbytes: int, seconds: float, note: str = "") -> dict:
    return {
        "name": name,
        "docs_per_s": docs / seconds,
        "mb_per_s": nbytes / seconds / 1e6,
        "seconds": seconds,
        "note": note,
    }


def bench_trafilatura(corpus: list[Page]) -> dict:
    def run() -> None:
        for page in corpus:
            trafilatura.extract(page.html, url=page.url)

    seconds = timed(run, 0.1)
    return row("trafilatura.extract (HTML)", len(corpus), sum(len(p.html) for p in corpus), seconds)


def bench_text(cleaner: Cleaner, texts: list[str], name: str) -> dict:
    def run() -> None:
        for text in texts:
            cleaner.clean_document(text, mode="text")

    seconds = timed(run)
    return row(name, len(texts), sum(len(t.encode()) for t in texts), seconds)


def bench_html(cleaner: Cleaner, corpus: list[Page]) -> dict:
    try:
        cleaner.clean_document(corpus[0].html, url=corpus[0].url, mode="html")
    except NotImplementedError:
        return row("cleaner HTML mode", len(corpus), 1, float("inf"), "HTML mode not on main yet")

    def run() -> None:
        for page in corpus:
            cleaner.clean_document(page.html, url=page.url, mode="html")

    seconds = timed(run, 0.1)
    return row("cleaner HTML mode", len(corpus), sum(len(p.html) for p in corpus), seconds)


def cli_inputs(texts: list[tuple[str, str]], repeat: int, workdir: Path) -> dict[str, Path]:
    """The text pages, `repeat` times over, as JSONL shards and as one JSONL file."""
    shards, one = workdir / "shards", workdir / "one"
    shards.mkdir()
    one.mkdir()
    parts = [
        "".join(json.dumps({"url": url, "text": text}, ensure_ascii=False) + "\n" for url, text in texts[shard::SHARDS])
        for shard in range(SHARDS)
    ]
    for shard, part in enumerate(parts):
        (shards / f"shard-{shard}.jsonl").write_text(part * repeat, encoding="utf-8")
    (one / "pages.jsonl").write_text("".join(parts) * repeat, encoding="utf-8")
    return {f"{SHARDS} JSONL shards": shards, "one JSONL file": one}


def run_cli(src: Path, jobs: int, out: Path) -> tuple[float, float, dict]:
    """Wall seconds, processor seconds of the process tree, and the report's summary of one run."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", WORKER_SCRIPT, str(src), str(out), str(jobs)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu, json.loads(done.stdout)


def bench_cli(name: str, src: Path, runs: int, workdir: Path) -> list[dict]:
    """--jobs 1 and --jobs 2 on `src`, taking turns, the best of `runs` each."""
    best: dict[int, tuple[float, float, dict]] = {}
    for _ in range(runs):
        for jobs in (1, 2):
            got = run_cli(src, jobs, workdir / f"out-{jobs}")
            if jobs not in best or got[0] < best[jobs][0]:
                best[jobs] = got
    nbytes = sum(p.stat().st_size for p in src.iterdir())
    rows = []
    for jobs, (seconds, cpu, summary) in best.items():
        note = (
            f"{summary['written']} docs, wall time with process start; processor time {cpu:.1f} s "
            f"(on the inputs {summary['cpu_seconds']:.1f} s), peak {summary['peak_rss_mb']:.0f} MB a process"
        )
        rows.append(row(f"CLI --jobs {jobs} (text, {name})", summary["written"], nbytes, seconds, note))
    rows[1]["note"] += f"; {best[1][0] / best[2][0]:.2f} x --jobs 1"
    return rows


def growth_inputs(texts: list[str]) -> dict[str, str]:
    prose = "\n".join(texts)
    lines = [line for text in texts for line in text.split("\n") if line.strip()]
    short = [word for line in lines for word in line.split()[:3]]
    return {
        "10 MB text": (prose * (10_000_000 // len(prose) + 1))[:10_000_000],
        "1 MB single line": (" ".join(lines) * 20)[:1_000_000],
        "100,000 short lines": "\n".join((short * (100_000 // len(short) + 1))[:100_000]),
        # The row above repeats the corpus's words (a list's words, menu items), which a document's
        # repeated lines make cheaper; this one has no line twice, to show what the repeats save.
        "100,000 distinct short lines": "\n".join(distinct_lines(short, 100_000)),
    }


def distinct_lines(words: list[str], n: int) -> list[str]:
    """`n` different lines of one to three of `words`, in a seeded order."""
    rnd = random.Random(8)
    vocabulary = sorted(set(words))
    found: dict[str, None] = {}
    while len(found) < n:
        found[" ".join(rnd.sample(vocabulary, rnd.choice((1, 2, 3))))] = None
    return list(found)


def bench_growth(cleaner: Cleaner, texts: list[str], text_row: dict) -> list[dict]:
    rows = []
    cleaner.clean_document(texts[0], mode="text")  # warm
    for name, text in growth_inputs(texts).items():
        # Timed as the text-mode row is (2 s and 3 calls at least), so that both sides of the ratio are as steady.
        seconds = timed(lambda text=text: cleaner.clean_document(text, mode="text"))
        nbytes = len(text.encode())
        share = nbytes / 1e6 / text_row["mb_per_s"]  # the time its size would take at the text-mode rate
        rows.append(row(f"growth: {name}", 1, nbytes, seconds, f"{seconds / share:.2f} x its size share"))
    return rows


def table(rows: list[dict], base: dict, load: str, load_after: str) -> str:
    out = [
        "| run | docs/s | MB/s | vs trafilatura | note |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for r in rows:
        ratio = r["docs_per_s"] / base["docs_per_s"] if r["seconds"] != float("inf") else 0
        out.append(f"| {r['name']} | {r['docs_per_s']:,.1f} | {r['mb_per_s']:.2f} | {ratio:.2f} x | {r['note']} |")
    out.append("")
    out.append(
        f"Machine: {os.cpu_count()} cores, load average at start {load}, at the end {load_after}. "
        "Command: `python bench/throughput.py`."
    )
    return "\n".join(out)


def write_section(text: str) -> None:
    """Replace the table under "## Throughput"; its "### " subsections (written by hand) stay."""
    results = HERE / "RESULTS.md"
    old = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    head, _, rest = old.partition("## Throughput")
    tail = rest[rest.find("\n## ") :] if "\n## " in rest else ""
    section = rest[: len(rest) - len(tail)]
    notes = section[section.find("\n### ") :].rstrip() + "\n" if "\n### " in section else ""
    results.write_text(head.rstrip() + "\n\n## Throughput\n\n" + text + "\n" + notes + tail, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=40, help="copies of the corpus in the CLI inputs")
    parser.add_argument("--runs", type=int, default=3, help="CLI runs of each kind (the best counts)")
    parser.add_argument("--write", action="store_true", help="write the table into bench/RESULTS.md")
    args = parser.parse_args()
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    corpus = list(pages())
    extracted = [trafilatura.extract(p.html, url=p.url) or "" for p in corpus]
    full = [html_text.extract_text(p.html.decode("utf-8", "replace")) for p in corpus]
    cleaner = Cleaner()
    base = bench_trafilatura(corpus)
    gc.collect()
    gc.freeze()  # as a batch worker does: the corpus and trafilatura's heap are not cleaner's to walk
    text_row = bench_text(cleaner, extracted, "cleaner text mode (trafilatura's text)")
    rows = [base, text_row, bench_text(cleaner, full, "cleaner text mode (whole page text, html-text)")]
    rows.append(bench_html(cleaner, corpus))
    with tempfile.TemporaryDirectory() as tmp:
        pairs = [(p.url, t) for p, t in zip(corpus, extracted, strict=True)]
        for name, src in cli_inputs(pairs, args.repeat, Path(tmp)).items():
            rows += bench_cli(name, src, args.runs, Path(tmp))
    rows += bench_growth(cleaner, extracted, text_row)
    html = rows[3]
    if html["seconds"] != float("inf"):
        html["note"] = f"{html['seconds'] / base['seconds']:.2f} x trafilatura's time"
    load_after = " ".join(f"{x:.1f}" for x in os.getloadavg())
    text = table(rows, base, load, load_after)
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
