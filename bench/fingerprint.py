"""Fingerprints of everything `cleaner` outputs on a fixed set of inputs, to show a change leaves them alone.

    python bench/fingerprint.py OUT.json               # one fingerprint per document
    python bench/fingerprint.py --compare OLD.json NEW.json

A speed change is only a speed change if every output stays the same: run this before and after
(or on two checkouts, with PYTHONPATH pointing at each) and compare. Each document's fingerprint
covers its body, title, site, language, mode, status, word counts and every removed span with its
rule and position. The inputs: the AEB pages as the text trafilatura extracts, as
html-text's rendering of the whole page and as `bench/textdump.py`'s dump, and as HTML with and
without their address; the growth inputs of `bench/throughput.py`; every file under `fixtures/`,
`bench/texts/` and `bench/textpages/`, and the seed page when it is there. A document that raises
is fingerprinted by its error. Rules declared in code give no line number to the fingerprint: theirs
is a line of Python, which moves whenever anyone edits above it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed"
SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl"})

Doc = tuple[str, str | bytes, str | None, str]  # name, content, url, mode


def documents() -> Iterator[Doc]:
    import html_text
    import trafilatura

    sys.path.insert(0, str(ROOT / "bench"))
    import aeb
    import textdump
    import throughput

    extracted = []
    for page in aeb.pages():
        text = trafilatura.extract(page.html, url=page.url) or ""
        extracted.append(text)
        yield f"aeb-text/{page.id}", text, None, "text"
        yield f"aeb-page-text/{page.id}", html_text.extract_text(page.html.decode("utf-8", "replace")), None, "text"
        yield f"aeb-dump/{page.id}", textdump.page_text(page.html), None, "text"
        yield f"aeb-html/{page.id}", page.html, page.url, "html"
        yield f"aeb-html-no-url/{page.id}", page.html, None, "html"
    for name, text in throughput.growth_inputs(extracted).items():
        yield f"growth/{name}", text, None, "text"
    for root in (ROOT / "fixtures", ROOT / "bench" / "texts", ROOT / "bench" / "textpages", SEED):
        for path in sorted(root.rglob("*")) if root.is_dir() else ():
            if path.is_file() and path.suffix in SUFFIXES:
                name, data = path.relative_to(root.parent).as_posix(), path.read_bytes()
                yield f"file/{name}", data, None, "auto"
                if path.suffix == ".txt":
                    yield f"file-text/{name}", data.decode("utf-8", "replace"), None, "text"


def fingerprint(cleaner: object, doc: Doc) -> str:
    _, content, url, mode = doc
    try:
        r = cleaner.clean_document(content, url=url, mode=mode)  # type: ignore[attr-defined]
        spans = [
            [s.rule_id, s.text, None if s.rule_file.endswith(".py") else s.rule_line, s.start_line, s.end_line]
            for s in r.removed
        ]
        record = [r.body, r.title, r.site, r.language, r.mode, r.status, r.input_words, r.output_words, spans]
    except Exception as exc:  # a failure is an output too
        record = ["error", type(exc).__name__, str(exc)]
    return hashlib.sha256(json.dumps(record, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


def compare(old: dict[str, str], new: dict[str, str]) -> int:
    changed = sorted(name for name in old.keys() & new.keys() if old[name] != new[name])
    only = sorted(old.keys() ^ new.keys())
    for name in changed:
        print(f"changed  {name}")
    for name in only:
        print(f"only in {'old' if name in old else 'new'}  {name}")
    print(f"{len(old.keys() & new.keys())} documents in both, {len(changed)} changed, {len(only)} in one only")
    return 1 if changed or only else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="where to write the fingerprints (JSON)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = ap.parse_args()
    if args.compare:
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        return compare(old, new)
    if args.out is None:
        ap.error("give OUT.json, or --compare OLD.json NEW.json")
    from cleaner import Cleaner

    cleaner = Cleaner()
    found = {doc[0]: fingerprint(cleaner, doc) for doc in documents()}
    args.out.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(found)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
