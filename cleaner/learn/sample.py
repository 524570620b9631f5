"""The sample `learn` reads: pages of one site from text files, HTML files or JSONL records, deduplicated.

An HTML page is seen as HTML mode sees it: the lines of its extraction (``cleaner.html``), one block
after another, with what the site's selectors pruned left out (it comes first in the engine's lines,
already removed); the page keeps its markup for the selectors `learn` writes.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cleaner.engine import decode, resolve_mode
from cleaner.errors import CleanerError, InputError
from cleaner.normalize import normalize

from .lines import SENTENCE_END_RE, words

if TYPE_CHECKING:
    from cleaner import html

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
# A paragraph this long (in words) is article-sized: pages sharing theirs are the same article.
DEDUP_LINE_WORDS = 8
WRAPPED_LINE_WORDS = 6
DEDUP_SHARE = 0.5
# Different articles do not share this many article-sized lines; dropping a page too many only costs a sample.
DEDUP_LINES = 3


class LearnError(CleanerError):
    """`learn` cannot write a rule file from what it was given (too few pages, unreadable input...)."""


@dataclass(frozen=True)
class SamplePage:
    """One page as rules will see it: its non-empty lines, normalised and stripped.

    A text page also has its `gaps`: the positions of the lines with a blank line right above them
    (a site that sets its paragraphs apart prints a caption on its credit). An HTML page has its
    markup, the number of non-empty lines the engine puts before `lines` (the text of pruned
    elements, see ``cleaner.html.Extracted.lines``), and which of `lines` a structure rule of HTML
    mode removes.
    """

    source: str
    lines: tuple[str, ...]
    url: str | None = None
    markup: str | bytes | None = None
    skipped: int = 0
    marked: tuple[bool, ...] = ()
    gaps: frozenset[int] = frozenset()

    @classmethod
    def from_text(cls, source: str, text: str, url: str | None = None) -> SamplePage:
        """A page from its text, normalised as the engine normalises it."""
        lines: list[str] = []
        gaps: set[int] = set()
        for line in normalize(text).split("\n"):
            if not (s := line.strip()):
                gaps.add(len(lines))
            else:
                lines.append(s)
        return cls(source, tuple(lines), url, gaps=frozenset(gaps - {0, len(lines)}))

    @classmethod
    def from_html(
        cls, source: str, markup: str | bytes, url: str | None = None, selectors: Selectors = ((), ())
    ) -> SamplePage:
        """A page from its HTML: the lines of its extraction in HTML mode, with `selectors` (html-prune
        and html-body) applied; its address is `url`, else its canonical link."""
        found = extraction(markup, url, selectors)
        return cls(source, found.lines, url or found.url, markup, found.pruned, found.removed)

    def extracted(self, found: Extraction) -> SamplePage:
        """This HTML page as `found` (an extraction with other selectors) sees it."""
        return dataclasses.replace(self, lines=found.lines, skipped=found.pruned, marked=found.removed)


Selectors = tuple[Sequence["html.Selector"], Sequence["html.Selector"]]


@dataclass(frozen=True)
class Extraction:
    """What HTML mode makes of a page: its non-empty lines as the engine sees them (the text of
    pruned elements left out), which of them a structure rule removes, and how many pruned lines
    come before them."""

    lines: tuple[str, ...]
    removed: tuple[bool, ...]
    pruned: int
    url: str | None


def extraction(markup: str | bytes, url: str | None, selectors: Selectors = ((), ())) -> Extraction:
    """Extract `markup` as the engine does in HTML mode, with `selectors` (html-prune, html-body)."""
    from cleaner import html  # lxml and trafilatura: only loaded for HTML samples

    prune, body = selectors
    found = html.extract(markup, url=url, prune=prune, body=body)
    raw, marks = found.lines()
    joined = [line.strip() for line in normalize("\n".join(raw)).split("\n")] if raw else []
    pruned_ids = {block.rule for block in found.pruned}
    lines, removed, pruned = [], [], 0
    for line, mark in zip(joined, marks, strict=True):
        if not line:
            continue
        if mark is not None and mark in pruned_ids:
            pruned += 1
        else:
            lines.append(line)
            removed.append(mark is not None)
    return Extraction(tuple(lines), tuple(removed), pruned, found.url)


def read_pages(inputs: Iterable[str], mode: str = "auto") -> list[SamplePage]:
    """Every page found in `inputs`: files, folders (searched recursively), JSONL records.

    A sample is all text or all HTML: rules learned from both kinds at once would fit neither.
    """
    pages: list[SamplePage] = []
    for path in _files(inputs):
        if path.suffix in JSONL_SUFFIXES:
            pages.extend(_jsonl_pages(path, mode))
        else:
            pages.append(_page(str(path), _read(path), None, mode))
    kinds = {page.markup is not None for page in pages}
    if len(kinds) > 1:
        first_html = next(p.source for p in pages if p.markup is not None)
        first_text = next(p.source for p in pages if p.markup is None)
        raise LearnError(
            f"the sample mixes HTML pages ({first_html}) and text pages ({first_text}); learn from one kind "
            "(or pass --mode to read every page as one kind)"
        )
    return pages


def _files(inputs: Iterable[str]) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            suffixes = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
            yield from (
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix in suffixes and not p.name.startswith(".")
            )
        elif path.is_file():
            yield path
        else:
            raise LearnError(f"{item}: no such file or folder")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise LearnError(f"{path}: cannot read: {exc.strerror}") from None


def _jsonl_pages(path: Path, mode: str) -> Iterator[SamplePage]:
    for number, raw in enumerate(_read(path).split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError as exc:
            raise LearnError(f"{path}:{number}: not a JSON record: {exc}") from None
        content = _record_content(record, mode)
        if content is None:
            raise LearnError(f"{path}:{number}: record has no string field 'text' (nor 'html')")
        url = record.get("url")
        yield _page(f"{path}:{number}", content, url if isinstance(url, str) and url else None, mode)


def _record_content(record: object, mode: str) -> str | None:
    """A record's page: its ``html`` field in HTML mode (or when it has no ``text``), else ``text``."""
    if not isinstance(record, dict):
        return None
    names = ("html", "text") if mode == "html" else ("text", "html")
    return next((record[name] for name in names if isinstance(record.get(name), str)), None)


def _page(source: str, content: str | bytes, url: str | None, mode: str) -> SamplePage:
    try:
        text = decode(content) if isinstance(content, bytes) else content
    except InputError as exc:
        raise LearnError(f"{source}: {exc}") from None
    if resolve_mode(text, mode) == "html":
        return SamplePage.from_html(source, content, url)
    return SamplePage.from_text(source, text, url)


def dedupe(pages: list[SamplePage]) -> tuple[list[SamplePage], list[tuple[SamplePage, SamplePage]]]:
    """The pages without repeats, and each dropped page with the page it repeats.

    A repeat is the same text, or the same article with another template around it (a re-crawl
    with new teasers and dates): it shares three article-sized lines with a kept page, or half of
    the fewer article-sized lines of the two. A shared line counts less when more than four pages
    print it (a line on six pages is a notice more likely than the article), and lines printed on
    more than half of the pages are template and do not count at all.
    """
    kept: list[SamplePage] = []
    dropped: list[tuple[SamplePage, SamplePage]] = []
    first: dict[tuple[str, ...], SamplePage] = {}
    for page in pages:
        if page.lines in first:
            dropped.append((page, first[page.lines]))
        else:
            first[page.lines] = page
            kept.append(page)
    long_lines = [set(sentences(p.lines)) for p in kept]
    df = Counter(s for lines in long_lines for s in lines)
    limit = max(3, len(kept) // 2)
    own = [{s for s in lines if df[s] <= limit} for lines in long_lines]
    unique: list[int] = []
    for i, page in enumerate(kept):
        twin = next((k for k in unique if _same_article(own[i], own[k], df)), None)
        if twin is None:
            unique.append(i)
        else:
            dropped.append((page, kept[twin]))
    return [kept[i] for i in unique], dropped


def sentences(lines: Iterable[str]) -> Iterator[str]:
    """Article-sized units: a line ending a sentence, with the long unfinished lines just before it.

    Joining long lines up to a sentence end rebuilds hard-wrapped paragraphs; short unfinished
    lines (ad labels, buttons) start afresh, so a label moved between two crawls changes nothing.
    """
    run: list[str] = []
    for line in lines:
        ends = bool(SENTENCE_END_RE.search(line))
        if not ends and words(line) < WRAPPED_LINE_WORDS:
            run = []
            continue
        run.append(line)
        if ends:
            unit = " ".join(run)
            run = []
            if words(unit) >= DEDUP_LINE_WORDS:
                yield unit


def _same_article(a: set[str], b: set[str], df: Counter[str]) -> bool:
    if not a or not b:
        return False
    shared = sum(min(1.0, 3 / (df[s] - 1)) for s in a & b)
    return shared >= min(DEDUP_LINES, DEDUP_SHARE * min(len(a), len(b)))


def common_host(pages: list[SamplePage]) -> str | None:
    """The host most pages' URLs share, if at least half of them have it."""
    hosts = Counter((urlsplit(p.url).hostname or "").removeprefix("www.") for p in pages if p.url and "//" in p.url)
    if not hosts:
        return None
    host, count = hosts.most_common(1)[0]
    return host if host and count * 2 >= len(pages) else None
