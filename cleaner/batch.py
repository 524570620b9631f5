"""Cleaning many inputs: files, folders, JSONL records; every input ends as an output or an error record."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from cleaner.engine import Cleaner
from cleaner.errors import CleanerError
from cleaner.result import CleanResult

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
ERRORS_FILE = "cleaner-errors.jsonl"


@dataclass(frozen=True)
class Source:
    """One input file (or standard input, path ``-``) and where its output goes relative to OUTDIR."""

    path: str
    relative: str

    @property
    def is_jsonl(self) -> bool:
        return self.path.endswith(JSONL_SUFFIXES)

    @property
    def is_html(self) -> bool:
        return self.path.lower().endswith(HTML_SUFFIXES)


@dataclass(frozen=True)
class Options:
    """How to clean: the same three settings as the library call."""

    site: str | None = None
    mode: str = "auto"
    url: str | None = None


@dataclass
class Report:
    """What a batch did: outputs written and failures, each with its reason."""

    written: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    def fail(self, source: str, reason: str, line: int | None = None) -> None:
        record = {"input": source, "reason": reason}
        if line is not None:
            record["line"] = line
        self.failures.append(record)
        where = f"{source}:{line}" if line is not None else source
        print(f"{where}: error: {reason}", file=sys.stderr)


def sources(inputs: list[str]) -> Iterator[Source]:
    """Expand inputs: files as given, folders recursively (``.txt``, ``.html``, ``.htm``, ``.jsonl``),
    ``-`` for stdin. An HTML page's output is named like it with ``.txt``."""
    for item in inputs:
        path = Path(item)
        if item == "-" or not path.is_dir():
            yield Source(item, "stdin.txt" if item == "-" else _output_name(Path(path.name)))
            continue
        for found in sorted(path.rglob("*")):
            if found.is_file() and found.suffix.lower() in FOLDER_SUFFIXES and not found.name.startswith("."):
                yield Source(str(found), _output_name(found.relative_to(path)))


def _output_name(relative: Path) -> str:
    return (relative.with_suffix(".txt") if relative.suffix.lower() in HTML_SUFFIXES else relative).as_posix()


def clean_one(cleaner: Cleaner, content: str | bytes, options: Options, url: str | None = None) -> CleanResult:
    return cleaner.clean_document(content, url=url or options.url, site=options.site, mode=options.mode)


def failure_reason(exc: BaseException) -> str:
    if isinstance(exc, (CleanerError, NotImplementedError, OSError, ValueError)):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc}"


def empty_reason(result: CleanResult) -> str:
    rules = sorted({span.rule_id for span in result.removed})
    return "empty body: every line was removed" + (f" (by {', '.join(rules)})" if rules else "")


def read_input(source: Source) -> bytes:
    if source.path == "-":
        return sys.stdin.buffer.read()
    return Path(source.path).read_bytes()


def run_text(cleaner: Cleaner, source: Source, options: Options, out: TextIO, report: Report) -> bool:
    """Clean one text or HTML input into `out`; False (and a failure record) if it could not be."""
    if source.is_html:
        options = _as_html(options)
    try:
        result = clean_one(cleaner, read_input(source), options)
    except Exception as exc:  # one bad input must not stop the batch; the reason is kept
        report.fail(source.path, failure_reason(exc))
        return False
    if result.status != "ok":
        report.fail(source.path, empty_reason(result))
        return False
    out.write(result.body + "\n")
    report.written += 1
    return True


def run_jsonl(cleaner: Cleaner, source: Source, options: Options, out: TextIO, report: Report) -> None:
    """Clean every record of a JSONL input into `out`; records that fail become failure records."""
    try:
        data = read_input(source)
    except OSError as exc:
        report.fail(source.path, failure_reason(exc))
        return
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        record = _record(raw, source.path, number, report)
        if record is None:
            continue
        # a record's "html" (the page) wins over its "text"; the body goes to "text" either way
        content, record_options = (
            (record["html"], _as_html(options)) if isinstance(record.get("html"), str) else (record["text"], options)
        )
        try:
            result = clean_one(cleaner, content, record_options, url=_url(record))
        except Exception as exc:  # see run_text
            report.fail(source.path, failure_reason(exc), number)
            continue
        if result.status != "ok":
            report.fail(source.path, empty_reason(result), number)
            continue
        out.write(json.dumps(_output_record(record, result), ensure_ascii=False) + "\n")
        report.written += 1


def _record(raw: bytes, path: str, number: int, report: Report) -> dict[str, Any] | None:
    try:
        record = json.loads(raw)
    except ValueError as exc:
        report.fail(path, f"not a JSON record: {exc}", number)
        return None
    if not isinstance(record, dict) or not (isinstance(record.get("text"), str) or isinstance(record.get("html"), str)):
        report.fail(path, "record has no string field 'text' (or 'html')", number)
        return None
    return record


def _as_html(options: Options) -> Options:
    """An ``.html`` file or a record's ``html`` field is a page: HTML mode unless a mode was asked for."""
    return Options(site=options.site, mode="html", url=options.url) if options.mode == "auto" else options


def _url(record: dict[str, Any]) -> str | None:
    url = record.get("url")
    return url if isinstance(url, str) and url else None


def _output_record(record: dict[str, Any], result: CleanResult) -> dict[str, Any]:
    meta = {
        "status": result.status,
        "site": result.site,
        "language": result.language,
        "title": result.title,
        "removed": len(result.removed),
    }
    return {**record, "text": result.body, "cleaner": meta}
