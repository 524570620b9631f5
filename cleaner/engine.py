"""The cleaning pipeline: decode, normalise, choose rules, apply them, rebuild paragraphs."""

from __future__ import annotations

import codecs
import dataclasses
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from cleaner import lang, ops, textmode, unwrap
from cleaner.decode import decode as decode_bytes
from cleaner.errors import CleanerError, InputError, RuleError
from cleaner.normalize import normalize
from cleaner.ops import OPS, OpSpec, Page, Rule, RuleGroup
from cleaner.result import CleanResult, ExplainedLine, RemovedSpan, status_of
from cleaner.ruleset import Catalog, RuleFile, load_files, rule_paths

if TYPE_CHECKING:
    from cleaner import html

MODES = ("auto", "text", "html")
# Binary data shows a NUL byte early; text in UTF-16/32 is recognised by its BOM or its NUL pattern.
BINARY_PROBE = 8192
UTF_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
HTML_START_RE = regex.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", regex.I | regex.S)
HTML_TAG_RE = regex.compile(r"</?(?:p|div|span|a|br|li|td|script|meta|table)\b[^>]*>", regex.I)
Plan = tuple[tuple[OpSpec, RuleGroup], ...]


class Cleaner:
    """Cleans documents with the built-in rules plus any extra rule files or folders.

    Rules are loaded and compiled once per process for a given set of paths; a Cleaner pickles
    as just those paths, so worker processes rebuild it cheaply.
    """

    def __init__(self, rules: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None) -> None:
        if rules is None:
            paths: tuple[str, ...] = ()
        elif isinstance(rules, (str, os.PathLike)):
            paths = (os.fspath(rules),)
        else:
            paths = tuple(os.fspath(p) for p in rules)
        # Absolute, so a pickled Cleaner finds its rules from a worker's working directory too.
        self.rule_paths = tuple(str(Path(p).resolve()) for p in paths)
        self.catalog = _catalog(self.rule_paths, _stamp(self.rule_paths))
        self._plans: dict[str | None, Plan] = {}

    def __reduce__(self) -> tuple[type[Cleaner], tuple[list[str]]]:
        return (Cleaner, (list(self.rule_paths),))

    def clean(
        self, content: str | bytes, *, url: str | None = None, site: str | None = None, mode: str = "auto"
    ) -> str:
        """The article body of `content`: paragraphs separated by one blank line, no outer whitespace."""
        return self.clean_document(content, url=url, site=site, mode=mode).body

    def clean_document(
        self, content: str | bytes, *, url: str | None = None, site: str | None = None, mode: str = "auto"
    ) -> CleanResult:
        """Clean `content` and say what was removed, by which rule, from which file and line."""
        return self._run(content, url=url, site=site, mode=mode)[1]

    def explain(
        self, content: str | bytes, *, url: str | None = None, site: str | None = None, mode: str = "auto"
    ) -> tuple[CleanResult, list[ExplainedLine]]:
        """The result, and every input line with the removal record that covers it (if any)."""
        lines, result = self._run(content, url=url, site=site, mode=mode)
        by_line = {n: span for span in result.removed for n in range(span.start_line, span.end_line + 1)}
        return result, [ExplainedLine(n, text, by_line.get(n) if text else None) for n, text in enumerate(lines, 1)]

    def _run(
        self, content: str | bytes, *, url: str | None, site: str | None, mode: str
    ) -> tuple[list[str], CleanResult]:
        text = decode(content) if isinstance(content, bytes) else content
        if not isinstance(text, str):
            raise TypeError(f"content must be str or bytes, not {type(content).__name__}")
        mode = resolve_mode(text, mode)
        if mode == "html":
            return self._run_html(text, url=url, site=site)  # decoded once, here
        lines = list(map(str.strip, normalize(text).split("\n")))
        language = lang.detect(text)
        page = Page.of(lines)
        site_file = self.resolve_site(lines, url=url, site=site, key=page.key)
        for spec, rules in self._plan(site_file.site if site_file else None):
            spec.apply(page, rules)
        if mode == "text" and not (page.start_found and page.end_found):
            _find_body(page, language)
        return lines, _result(page, site_file, language, mode)

    def _run_html(self, content: str, *, url: str | None, site: str | None) -> tuple[list[str], CleanResult]:
        """HTML mode: `cleaner.html` extracts the article's blocks (after the site's ``html-prune``
        and ``html-body`` selectors) and marks those its structure rules remove; the text rules
        then run on the blocks' lines, a blank line between blocks. What the selectors removed
        comes first among the lines, marked with their rules. A page whose address is known (given,
        or its canonical link) is not fingerprinted."""
        from cleaner import html  # lxml and trafilatura: imported for HTML mode only (0.15 s)

        site_file = self.resolve_site((), url=url, site=site)

        def selectors_for(page_url: str | None) -> tuple[list[html.Selector], list[html.Selector]]:
            nonlocal site_file
            if site_file is None and page_url:
                site_file = self.catalog.site_for_url(page_url)
            return self._selectors(site_file.site if site_file else None)

        found = html.extract(content, url=url, selectors_for=selectors_for)
        lines, marks = found.lines()
        lines = [line.strip() for line in normalize("\n".join(lines)).split("\n")] if lines else []
        page = Page.of(lines)
        if site_file is None and found.url is None:
            site_file = self.catalog.site_by_fingerprint(lines, page.key)
        for i, mark in enumerate(marks):
            page.verdicts[i] = html.RULES.get(mark) or self.catalog.rule(mark) if mark else None
        # What selectors pruned heads the lines; body markers are only looked for after it.
        page.start = sum(len(block.text.split("\n")) + 1 for block in found.pruned) if found.blocks else len(lines)
        for spec, rules in self._plan(site_file.site if site_file else None):
            spec.apply(page, rules)
        language = lang.detect("\n".join(line for line, mark in zip(lines, marks, strict=True) if not mark))
        result = _result(page, site_file, language, "html")
        return lines, result if result.title else dataclasses.replace(result, title=found.title)

    def _selectors(self, site: str | None) -> tuple[list[html.Selector], list[html.Selector]]:
        """The site's ``html-prune`` and ``html-body`` selectors, in rule order (HTML mode only)."""
        groups = {spec.apply: group for spec, group in self._plan(site)}
        prune = [s for rule in groups.get(ops.op_html_prune, ()) for s in rule.params["select"]]
        body = [s for rule in groups.get(ops.op_html_body, ()) for s in rule.params["select"]]
        return prune, body

    def resolve_site(
        self,
        lines: Sequence[str],
        *,
        url: str | None = None,
        site: str | None = None,
        key: Callable[[int], str] | None = None,
    ) -> RuleFile | None:
        """The site file for a page: `site` if given, else the URL's domain, else a fingerprint match.

        `key(i)`, if given, is line i's ``line_key`` (cached by the caller).
        """
        if site:
            found = self.catalog.site_named(site)
            if found is None:
                raise CleanerError(f"no rules for site {site!r}; known sites: {', '.join(sorted(self.catalog.sites))}")
            return found
        if url:
            found = self.catalog.site_for_url(url)
            if found is not None:
                return found
        return self.catalog.site_by_fingerprint(lines, key)

    def _plan(self, site: str | None) -> Plan:
        if site not in self._plans:
            self._plans[site] = self._build_plan(site)
        return self._plans[site]

    def _build_plan(self, site: str | None) -> Plan:
        files = ([self.catalog.sites[site]] if site else []) + self.catalog.generic_files()
        rules = [rule for f in files for rule in f.rules]
        return tuple(
            (spec, RuleGroup([r for r in rules if r.op == name]))
            for name, spec in sorted(OPS.items(), key=lambda item: item[1].phase)
            if any(r.op == name for r in rules)
        )


# Text mode's stage records its removals like rules do, one per reason, declared where it lives.
TEXTMODE_RULES = {
    reason: Rule(reason, "find-body", "cleaner/textmode.py", textmode.find_body.__code__.co_firstlineno, doc=doc)
    for reason, doc in textmode.REASONS.items()
}


def _find_body(page: Page, language: str | None) -> None:
    """Find the article between the body boundaries rules found, if they did not find both.

    A site file whose end marker was found but not its start marker (or the reverse) still gets
    the unbounded side cleaned. Rule verdicts and keeps stand.
    """
    verdicts = textmode.find_body(page.lines[page.start : page.end], language)
    rules, protected = page.verdicts, page.protected
    for i, verdict in enumerate(verdicts, page.start):
        if not verdict.keep and rules[i] is None and not protected[i]:
            rules[i] = TEXTMODE_RULES[verdict.reason or "textmode.outside-body"]


@functools.lru_cache(maxsize=16)
def _catalog(paths: tuple[str, ...], stamp: tuple[tuple[str, int], ...]) -> Catalog:
    """Rules compiled once per process for a set of paths, again only if one of their files changed."""
    return Catalog(load_files(paths))


def _stamp(paths: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    found = []
    for path in paths:
        try:
            found.extend((str(p), p.stat().st_mtime_ns) for p in rule_paths(Path(path)))
        except (RuleError, OSError):
            found.append((path, -1))  # loading will report it
    return tuple(found)


def resolve_mode(text: str, mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if mode != "auto":
        return mode
    return "html" if looks_like_html(text) else "text"


def looks_like_html(text: str) -> bool:
    """A page starting like an HTML document, or dense with common tags."""
    head = text[:4096]
    return bool(HTML_START_RE.match(head)) or len(HTML_TAG_RE.findall(head)) >= 8


def decode(data: bytes) -> str:
    """Bytes to text with `cleaner.decode` (BOM, UTF-8, declarations, detection), refusing binary data."""
    if b"\x00" in data[:BINARY_PROBE] and not data.startswith(UTF_BOMS):
        utf16 = _utf16_without_bom(data[:BINARY_PROBE])
        if utf16 is None:
            raise InputError("binary data (NUL bytes), not text")
        return data.decode(utf16, errors="replace")
    return decode_bytes(data).text


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text that lost its BOM: mostly-ASCII text has a NUL in every other byte."""
    even, odd = head[0::2], head[1::2]
    if len(head) >= 2 and odd.count(0) >= 0.9 * len(odd) and not even.count(0):
        return "utf-16-le"
    if len(head) >= 2 and even.count(0) >= 0.9 * len(even) and not odd.count(0):
        return "utf-16-be"
    return None


def _result(page: Page, site: RuleFile | None, language: str | None, mode: str) -> CleanResult:
    kept, breaks = _kept_lines(page, html_blocks=mode == "html")
    body = "\n\n".join(unwrap.paragraphs(kept, breaks))
    input_words = len(" ".join(page.lines).split())  # one C-level pass, not one per line
    output_words = len(body.split())
    return CleanResult(
        body=body,
        title=page.title,
        site=site.site if site else None,
        language=language,
        removed=tuple(_spans(page)),
        mode=mode,
        status=status_of(body, input_words, output_words),
        input_words=input_words,
        output_words=output_words,
    )


def _kept_lines(page: Page, *, html_blocks: bool = False) -> tuple[list[str], list[unwrap.Break]]:
    """The kept lines and the break before each. With `html_blocks` (HTML mode) a blank line is a
    paragraph boundary of the page's, which lines removed next to it do not erase."""
    kept: list[str] = []
    breaks: list[unwrap.Break] = []
    newline, blank, removed = unwrap.Break.NEWLINE, unwrap.Break.BLANK, unwrap.Break.REMOVED  # (run per line)
    pending = newline
    for line, verdict in zip(page.lines, page.verdicts, strict=True):
        if not line:
            if pending < blank:
                pending = blank
        elif verdict is not None:
            pending = blank if html_blocks and pending == blank else removed
        else:
            kept.append(line)
            breaks.append(pending)
            pending = newline
    return kept, breaks


def _spans(page: Page) -> list[RemovedSpan]:
    """Group removed lines into spans: same rule, only blank lines between them."""
    spans = []
    start = last = 0  # the first and the last line of the run
    rule = None  # the rule of the run (None: kept lines)
    # (one comparison a line, no list of each run's lines: C-level passes over all lines cost more)
    for i, (line, verdict) in enumerate(zip(page.lines, page.verdicts, strict=True)):
        if not line:
            continue
        if verdict is not rule:
            if rule is not None:
                spans.append(_span(page, start, last + 1))
            start, rule = i, verdict
        last = i
    if rule is not None:
        spans.append(_span(page, start, last + 1))
    return spans


def _span(page: Page, start: int, stop: int) -> RemovedSpan:
    """The span of lines ``[start, stop)``, removed by the rule of its first line."""
    rule = page.verdicts[start]
    assert rule is not None
    return RemovedSpan(
        text="\n".join(filter(None, page.lines[start:stop])),  # (the blank lines left out)
        rule_id=rule.id,
        rule_file=rule.file,
        rule_line=rule.line,
        start_line=start + 1,
        end_line=stop,
    )
