"""Cleaning many inputs: every input ends as an output or an error record with its reason.

An input is a file: text (``.txt``), HTML (``.html``/``.htm``), or records (JSONL, Parquet, WARC; see
`cleaner.formats`). Each input has one output in OUTDIR, mirroring its path, written through a
temporary file and a rename, so an output is complete or absent. A record input's output holds its
good records; its bad ones are listed, with reasons, in a side file under ``OUTDIR/.cleaner/`` that
is written before the output appears, so a finished output always has its failures beside it.
At the end, every failure of the run is gathered into ``OUTDIR/.cleaner/errors.jsonl``.

``--resume`` skips inputs whose output exists (their side file still counts); inputs that failed
whole have no output and are tried again, so each failure is reported exactly once per run.

With ``--jobs N``, worker processes share the work, each with the rules compiled once: a text or
HTML input is one unit of work (the worker writes its output), a record input is read here in
chunks of records that workers clean, and written here in input order, so that one big file keeps
every worker busy and its output is the same bytes whatever N is. A worker that dies takes only
the units it was on: an input is then tried alone and a chunk record by record, each in a fresh
worker, and what kills a worker again is failed with that reason.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import json
import multiprocessing
import os
import resource
import signal
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from cleaner import formats
from cleaner.engine import Cleaner
from cleaner.errors import CleanerError
from cleaner.formats import TMP_MARK, BadRecord, Doc
from cleaner.result import DEFAULT_MAX_WORD_LOSS, CleanResult
from cleaner.ruleset import builtin_rules_dir, rule_paths

STATE_DIR = ".cleaner"
# The run's failures sit in OUTDIR's hidden state folder, so that OUTDIR holds outputs only: a later
# stage reading the folder (Spark, Hugging Face datasets) passes over hidden entries.
ERRORS_FILE = f"{STATE_DIR}/errors.jsonl"
# trafilatura refuses pages over 20 MB too; bigger inputs are almost always dumps, not documents.
MAX_INPUT_MB = 20.0
# Seconds one document may take before it is stopped and failed (Python code only; see README).
DOC_TIMEOUT = 60.0
# A chunk of a record input: small enough that the last ones leave no worker idle for long (a
# tenth of a second or so of text), big enough that sending it costs next to nothing.
CHUNK_RECORDS = 1000
CHUNK_MB = 1.0
Tick = Callable[[int, int], None]  # documents read, and their bytes


@dataclass(frozen=True)
class Source:
    """One input file (or standard input, path ``-``) and where its output goes relative to OUTDIR."""

    path: str
    relative: str

    @property
    def kind(self) -> str:
        """The input's kind by its name; a file of unknown kind given by name is read as text."""
        return formats.kind_of(self.path) or "text"

    @property
    def is_records(self) -> bool:
        return self.kind in formats.RECORD_KINDS


@dataclass(frozen=True)
class Options:
    """How to clean and what to write: one object for the library call's settings and the batch's."""

    site: str | None = None
    mode: str = "auto"
    url: str | None = None
    text_field: str = "text"
    output_format: str = "auto"
    max_mb: float = MAX_INPUT_MB
    max_word_loss: float = DEFAULT_MAX_WORD_LOSS
    timeout: float = DOC_TIMEOUT


@dataclass(frozen=True)
class Task:
    """One input to clean and the output it goes to (None: standard output)."""

    source: Source
    target: Path | None


@dataclass
class Outcome:
    """What cleaning one input did."""

    input: str
    written: int = 0
    lossy: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    resumed: bool = False
    peak_rss_kb: int = 0  # of the worker that cleaned it (0 when cleaned in the batch's process)
    cpu_seconds: float = 0.0  # processor time a worker spent on this input
    docs: int = 0  # documents read, for the progress line
    nbytes: int = 0


@dataclass
class Report:
    """What a batch did: inputs done, documents written, and every failure with its reason."""

    inputs: int = 0
    written: int = 0
    lossy: int = 0
    resumed: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    peak_rss_kb: int = 0
    cpu_seconds: float = 0.0  # processor time of the run: the batch's process and its workers

    def fail(self, source: str, reason: str, number: int | None = None) -> None:
        """Record an input-level failure found before any work (collisions, unsafe targets)."""
        self.add(Outcome(source, failures=[failure(source, reason, number)]))

    def add(self, outcome: Outcome) -> None:
        self.inputs += 1
        self.written += outcome.written
        self.lossy += outcome.lossy
        self.resumed += outcome.resumed
        self.failures.extend(outcome.failures)
        self.peak_rss_kb = max(self.peak_rss_kb, outcome.peak_rss_kb)
        self.cpu_seconds += outcome.cpu_seconds
        if not outcome.resumed:
            for record in outcome.failures:
                say(f"{where(record)}: error: {record['reason']}")

    def summary(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "written": self.written,
            "lossy": self.lossy,
            "failed": len(self.failures),
            "resumed": self.resumed,
            "peak_rss_mb": round(self.peak_rss_kb / 1024, 1),
        }


class DocumentTimeout(CleanerError):
    """One document took longer than the batch's per-document time limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"cleaning took longer than {seconds:g} s and was stopped (--timeout)")


def failure(source: str, reason: str, number: int | None = None, fields: dict | None = None, status: str = "error"):
    """An error record: the input, the record's place and id if any, the status and the reason."""
    record: dict[str, Any] = {"input": source}
    if number is not None:
        record["record"] = number
    ident = (fields or {}).get("id")
    if isinstance(ident, (str, int)) and not isinstance(ident, bool):
        record["id"] = ident
    record["status"] = status
    record["reason"] = reason
    return record


def where(record: dict[str, Any]) -> str:
    return f"{record['input']}:{record['record']}" if "record" in record else record["input"]


def say(line: str) -> None:
    """A message on standard error, clearing a progress line first."""
    print(("\r\033[K" if _PROGRESS_SHOWN[0] else "") + line, file=sys.stderr)


_PROGRESS_SHOWN = [False]


# Finding inputs and their outputs --------------------------------------------------------------


def sources(inputs: Iterable[str], exclude: Path | None = None) -> Iterator[Source]:
    """Expand inputs: files as given, folders recursively (known kinds only), ``-`` for stdin.

    Hidden files and folders are passed over, and so is `exclude` (the output folder) when it lies
    inside an input folder, so that cleaning ``data/`` into ``data/clean/`` twice reads no outputs.
    """
    skip = exclude.resolve() if exclude is not None else None
    for item in inputs:
        path = Path(item)
        if item == "-" or not path.is_dir():
            yield Source(item, "stdin.txt" if item == "-" else path.name)
            continue
        if skip is not None and skip.is_relative_to(path.resolve()) and skip != path.resolve():
            yield from _walk(path, skip)
        else:
            yield from _walk(path, None)


def _walk(path: Path, skip: Path | None) -> Iterator[Source]:
    for found in sorted(path.rglob("*")):
        relative = found.relative_to(path)
        if any(part.startswith(".") for part in relative.parts) or formats.kind_of(found.name) is None:
            continue
        if skip is not None and found.resolve().is_relative_to(skip):
            continue
        if found.is_file():
            yield Source(str(found), relative.as_posix())


def output_relative(source: Source, options: Options) -> str:
    """The output's path relative to OUTDIR: the input's, with the ending of the output's format."""
    kind = source.kind
    suffix = formats.output_suffix(kind, options.output_format, source.relative)
    if kind in formats.RECORD_KINDS:
        return formats.strip_kind(source.relative) + suffix
    return source.relative + suffix


def plan(found: list[Source], outdir: Path, options: Options) -> list[Task | tuple[Source, str]]:
    """Each input's task, in order; an input whose output would be unsafe gets the reason instead."""
    root = outdir.resolve()
    taken: dict[Path, str] = {}
    inputs = {Path(s.path).resolve() for s in found if s.path != "-"}
    planned: list[Task | tuple[Source, str]] = []
    for source in found:
        target = (outdir / output_relative(source, options)).resolve()
        if not target.is_relative_to(root) or target == root:
            planned.append((source, f"output {target} would be outside OUTDIR {root}"))
        elif target in inputs:
            planned.append((source, "output would overwrite an input; choose another OUTDIR"))
        elif target in taken:
            planned.append((source, f"output {target} would collide with the output of {taken[target]}"))
        else:
            taken[target] = source.path
            planned.append(Task(source, target))
    return planned


def side_file(outdir: Path, target: Path) -> Path:
    """Where a record input's failures are kept beside its output."""
    return outdir.resolve() / STATE_DIR / "errors" / (target.relative_to(outdir.resolve()).as_posix() + ".jsonl")


# Cleaning one document and one input -----------------------------------------------------------


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the block after `seconds` (main thread on POSIX only; else no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def clean_doc(cleaner: Cleaner, doc: Doc, options: Options) -> CleanResult | tuple[str, str]:
    """The result for one document, or ``(status, reason)`` when it cannot be written."""
    limit = int(options.max_mb * 1_000_000)
    if len(doc.content) > limit:
        return "error", f"too large: {len(doc.content) / 1e6:.1f} MB, over the {options.max_mb:g} MB limit (--max-mb)"
    mode = options.mode if options.mode != "auto" else (doc.mode or "auto")
    try:
        with deadline(options.timeout):
            result = cleaner.clean_document(doc.content, url=doc.url or options.url, site=options.site, mode=mode)
    except Exception as exc:  # one bad document must not stop the batch; its reason is kept
        return "error", failure_reason(exc)
    result = result.with_max_word_loss(options.max_word_loss)
    if result.status == "empty":
        return "empty", empty_reason(result)
    return result


def failure_reason(exc: BaseException) -> str:
    if isinstance(exc, (CleanerError, NotImplementedError, OSError, ValueError)):
        return str(exc) or type(exc).__name__
    return f"internal error: {type(exc).__name__}: {exc}"


def empty_reason(result: CleanResult) -> str:
    if not result.input_words:
        return "empty body: the input has no text"
    rules = sorted({span.rule_id for span in result.removed})
    return "empty body: every line was removed" + (f" (by {', '.join(rules)})" if rules else "")


def lossy_warning(path: str, number: int | None, word_loss: float, options: Options) -> None:
    place = f"{path}:{number}" if number is not None else path
    say(f"{place}: warning: lost {word_loss:.0%} of its words (limit {options.max_word_loss:.0%})")


@functools.lru_cache(maxsize=8)
def rules_hash(paths: tuple[str, ...]) -> str:
    """A short hash of every rule file's content: the built-in ones and those at `paths`."""
    digest = hashlib.sha256()
    root = builtin_rules_dir()
    files = [(f"rules/{p.relative_to(root).as_posix()}", p) for p in rule_paths(root)] if root.is_dir() else []
    files += [(str(p), p) for item in paths for p in rule_paths(Path(item))]
    for name, path in files:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def metadata(cleaner: Cleaner, result: CleanResult) -> dict[str, Any]:
    """The `cleaner` object added to every output record."""
    from cleaner import __version__

    return {
        "version": __version__,
        "rules": rules_hash(cleaner.rule_paths),
        "status": result.status,
        "site": result.site,
        "language": result.language,
        "title": result.title,
        "removed": len(result.removed),
        "word_loss": round(result.word_loss, 3),
    }


def read_input(source: Source, options: Options) -> bytes:
    """The bytes of a one-document input; too large a file is refused before it is read."""
    if source.path == "-":
        return sys.stdin.buffer.read()
    size = os.stat(source.path).st_size
    if size > options.max_mb * 1_000_000:
        raise CleanerError(f"too large: {size / 1e6:.1f} MB, over the {options.max_mb:g} MB limit (--max-mb)")
    return Path(source.path).read_bytes()


def clean_file(cleaner: Cleaner, source: Source, options: Options, outcome: Outcome) -> CleanResult | tuple[str, str]:
    try:
        data = read_input(source, options)
    except (OSError, CleanerError) as exc:
        return "error", failure_reason(exc)
    outcome.docs, outcome.nbytes = 1, len(data)
    mode = "html" if source.kind == "html" else None
    return clean_doc(cleaner, Doc(None, {}, data, None, mode), options)


def clean_text_input(cleaner: Cleaner, task: Task, options: Options, out: TextIO | None = None) -> Outcome:
    """A one-document input into its output file (or `out`); a failure removes a stale output."""
    outcome = Outcome(task.source.path)
    result = clean_file(cleaner, task.source, options, outcome)
    if isinstance(result, tuple):
        outcome.failures.append(failure(task.source.path, result[1], status=result[0]))
        if task.target is not None:
            task.target.unlink(missing_ok=True)
        return outcome
    if result.status == "lossy":
        outcome.lossy += 1
        lossy_warning(task.source.path, None, result.word_loss, options)
    if task.target is None:
        assert out is not None
        out.write(result.body + "\n")
    else:
        formats.write_atomic(task.target, result.body + "\n")
    outcome.written = 1
    return outcome


def peak_rss_kb() -> int:
    """This process's peak resident memory, in kB. Linux keeps getrusage's maximum across exec,
    so a CLI started from a big process would report that process's size: /proc's high-water
    mark of this program's own memory is read where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# Record inputs, in chunks --------------------------------------------------------------------------


@dataclass(frozen=True)
class Chunk:
    """Records of one input, in input order, to be cleaned together here or in a worker."""

    source: str
    index: int  # its place among the input's chunks
    records: list[tuple[int, formats.Raw]]
    lines: bool  # give output records as JSON lines (for a JSONL output) rather than as dicts


@dataclass
class ChunkDone:
    """A chunk cleaned: its output records in input order, its failures and lossy documents."""

    index: int
    records: list[tuple[int, str | dict[str, Any]]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    lossy: list[tuple[int, float]] = field(default_factory=list)  # record number and word loss
    docs: int = 0
    nbytes: int = 0
    peak_rss_kb: int = 0
    cpu_seconds: float = 0.0

    def extend(self, other: ChunkDone) -> None:
        self.records += other.records
        self.failures += other.failures
        self.lossy += other.lossy
        self.docs += other.docs
        self.nbytes += other.nbytes
        self.peak_rss_kb = max(self.peak_rss_kb, other.peak_rss_kb)
        self.cpu_seconds += other.cpu_seconds


def read_chunks(source: Source, options: Options, lines: bool, size: tuple[int, int]) -> Iterator[Chunk]:
    """A record input's records in chunks of `size` (records, bytes) at most, or one record."""
    records: list[tuple[int, formats.Raw]] = []
    nbytes = index = 0
    for number, raw, raw_bytes in formats.raw_records(source.path, source.kind, options.max_mb):
        records.append((number, raw))
        nbytes += raw_bytes
        if len(records) >= size[0] or nbytes >= size[1]:
            yield Chunk(source.path, index, records, lines)
            records, nbytes, index = [], 0, index + 1
    if records:
        yield Chunk(source.path, index, records, lines)


def clean_chunk(cleaner: Cleaner, chunk: Chunk, options: Options) -> ChunkDone:
    """Every record of a chunk cleaned into an output record or a failure with its reason."""
    done = ChunkDone(chunk.index, docs=len(chunk.records))
    for number, raw in chunk.records:
        doc = formats.parse_record(number, raw, options.text_field)
        if isinstance(doc, BadRecord):
            done.failures.append(failure(chunk.source, doc.reason, number, doc.fields))
            continue
        done.nbytes += len(doc.content)
        result = clean_doc(cleaner, doc, options)
        if isinstance(result, tuple):
            done.failures.append(failure(chunk.source, result[1], number, doc.fields, result[0]))
            continue
        record = {**doc.fields, options.text_field: result.body, "cleaner": metadata(cleaner, result)}
        try:
            done.records.append((number, formats.json_line(record) if chunk.lines else record))
        except (TypeError, ValueError) as exc:
            done.failures.append(failure(chunk.source, f"record cannot be written as JSON: {exc}", number, doc.fields))
            continue
        if result.status == "lossy":
            done.lossy.append((number, result.word_loss))
    return done


class StreamWriter:
    """Records as JSON lines to a text stream (standard output); nothing to commit or take back."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failures: list[tuple[int | None, str]] = []

    def write_line(self, line: str) -> None:
        self.out.write(line)

    def close(self) -> None:
        pass

    def commit(self) -> None:
        pass

    def abort(self) -> None:
        pass


class RecordJob:
    """A record input on its way: read a chunk at a time, written in input order as chunks come back.

    Chunks may come back in any order; those ahead of the next one to write wait in `waiting`. A
    reading or writing error fails the input whole, with the reason, and makes no output.
    """

    def __init__(self, task: Task, options: Options, size: tuple[int, int], out: TextIO | None = None) -> None:
        self.task = task
        self.options = options
        self.outcome = Outcome(task.source.path)
        self.error: str | None = None
        self.read = self.written = 0
        self.waiting: dict[int, ChunkDone] = {}
        self.writer: Any = None
        self.chunks: Iterator[Chunk] | None = None
        try:
            self.writer = StreamWriter(out) if out is not None else _record_writer(task, options)
            lines = not isinstance(self.writer, formats.ParquetWriter)
            self.chunks = read_chunks(task.source, options, lines, size)
        except Exception as exc:  # an unwritable output or an unreadable schema fails the input whole
            self.fail(exc)

    @property
    def out(self) -> int:
        """Chunks read and not yet written: sent to a worker, or back and waiting for earlier ones."""
        return self.read - self.written

    @property
    def finished(self) -> bool:
        return self.chunks is None and self.out == 0

    def next_chunk(self) -> Chunk | None:
        """The next chunk to clean; None once the input is read through (or failed)."""
        if self.chunks is None:
            return None
        try:
            chunk = next(self.chunks, None)
        except Exception as exc:  # an unreadable input fails whole, with the reason
            self.fail(exc)
            return None
        if chunk is None:
            self.chunks = None
        else:
            self.read += 1
        return chunk

    def take(self, done: ChunkDone) -> None:
        """A chunk's results, written as soon as every chunk before it is."""
        self.outcome.cpu_seconds += done.cpu_seconds
        self.outcome.peak_rss_kb = max(self.outcome.peak_rss_kb, done.peak_rss_kb)
        self.waiting[done.index] = done
        while self.written in self.waiting:
            ready = self.waiting.pop(self.written)
            self.written += 1
            if self.error is None:
                self._write(ready)

    def _write(self, done: ChunkDone) -> None:
        try:
            for number, record in done.records:
                if isinstance(record, str):
                    self.writer.write_line(record)
                else:
                    self.writer.write(number, record)
        except Exception as exc:  # an unwritable output (a full disk) fails the input whole
            self.fail(exc)
            return
        self.outcome.written += len(done.records)
        self.outcome.failures += done.failures
        self.outcome.lossy += len(done.lossy)
        for number, word_loss in done.lossy:
            lossy_warning(self.task.source.path, number, word_loss, self.options)

    def fail(self, exc: BaseException) -> None:
        self.error = failure_reason(exc)
        self.abandon()

    def abandon(self) -> None:
        """Stop reading and take back what was written."""
        self.chunks = None
        if self.writer is not None:
            self.writer.abort()
            self.writer = None

    def finish(self, outdir: Path | None) -> Outcome:
        """The input's outcome once it is `finished`: its failures beside its output, then the output."""
        path = self.task.source.path
        if self.error is None:
            try:
                self._commit(outdir)
            except Exception as exc:  # see _write
                self.fail(exc)
        if self.error is None:
            return self.outcome
        whole = failure(path, self.error)
        if outdir is None:  # the records written to the stream stay written; their failures stand
            self.outcome.failures.append(whole)
            return self.outcome
        return dataclasses.replace(self.outcome, written=0, lossy=0, failures=[whole])

    def _commit(self, outdir: Path | None) -> None:
        self.writer.close()  # a Parquet writer finds the rows that do not fit its schema here
        refused = self.writer.failures
        self.outcome.written -= len(refused)
        self.outcome.failures += [failure(self.task.source.path, reason, number) for number, reason in refused]
        self.outcome.failures.sort(key=lambda f: f.get("record", 0))
        if outdir is not None:
            assert self.task.target is not None
            side = side_file(outdir, self.task.target)
            if self.outcome.failures:
                formats.write_atomic(side, "".join(formats.json_line(f) for f in self.outcome.failures))
            else:
                side.unlink(missing_ok=True)
        self.writer.commit()


def _record_writer(task: Task, options: Options) -> formats.RecordWriter:
    assert task.target is not None
    schema = None
    if task.target.name.lower().endswith(".parquet") and task.source.kind == "parquet":
        schema = formats.parquet_schema(task.source.path, options.text_field)
    return formats.record_writer(task.target, schema)


def clean_records_here(cleaner: Cleaner, job: RecordJob, options: Options, tick: Tick) -> None:
    """Clean a record input's chunks one after another in this process."""
    while (chunk := job.next_chunk()) is not None:
        done = clean_chunk(cleaner, chunk, options)
        job.take(done)
        tick(done.docs, done.nbytes)


def clean_input(cleaner: Cleaner, task: Task, options: Options, batch: Batch, tick: Tick) -> Outcome:
    """Clean one input into its output in this process; never raises for a bad input."""
    if not task.source.is_records:
        outcome = clean_text_input(cleaner, task, options)
        tick(outcome.docs, outcome.nbytes)
        return outcome
    job = RecordJob(task, options, batch.chunk_size)
    try:
        clean_records_here(cleaner, job, options, tick)
    except BaseException:  # ^C: no temporary file is left behind
        job.abandon()
        raise
    return job.finish(batch.outdir)


def clean_to_stream(cleaner: Cleaner, source: Source, options: Options, out: TextIO, report: Report) -> None:
    """Clean one input to `out`: a text input's body, or a record input's records as JSONL."""
    task = Task(source, None)
    if not source.is_records:
        report.add(clean_text_input(cleaner, task, options, out))
        return
    job = RecordJob(task, options, (CHUNK_RECORDS, int(CHUNK_MB * 1_000_000)), out)
    clean_records_here(cleaner, job, options, lambda docs, nbytes: None)
    report.add(job.finish(None))


# Running a batch ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Batch:
    """How a batch runs: where outputs go, how many processes, which share of the inputs."""

    outdir: Path
    jobs: int = 1
    resume: bool = False
    rank: int = 0
    world_size: int = 1
    progress: bool = False
    chunk_records: int = CHUNK_RECORDS
    chunk_mb: float = CHUNK_MB

    @property
    def errors_file(self) -> Path:
        if self.world_size == 1:
            return self.outdir / ERRORS_FILE
        return self.outdir / STATE_DIR / f"errors.rank-{self.rank:05d}-of-{self.world_size:05d}.jsonl"

    @property
    def chunk_size(self) -> tuple[int, int]:
        """A chunk's most records and bytes."""
        return self.chunk_records, max(1, int(self.chunk_mb * 1_000_000))


def run(cleaner: Cleaner, found: list[Source], options: Options, batch: Batch) -> Report:
    """Clean this rank's share of `found` into `batch.outdir`; write the errors file; report."""
    start = time.process_time()
    report = Report()
    tasks = []
    # Every rank plans all inputs (so collisions are seen alike) and takes every world_size-th one.
    for planned in plan(found, batch.outdir, options)[batch.rank :: batch.world_size]:
        if isinstance(planned, Task):
            tasks.append(planned)
        else:
            report.fail(planned[0].path, planned[1])
    if batch.resume:
        sweep_temp(batch.outdir)
        tasks = [t for t in tasks if not _resumed(t, batch.outdir, report)]
    progress = Progress(len(tasks), batch.progress)
    with frozen_heap():
        if batch.jobs <= 1 or (len(tasks) <= 1 and not any(t.source.is_records for t in tasks)):
            _run_here(cleaner, tasks, options, batch, report, progress)
        else:
            Pool(cleaner, tasks, options, batch, report, progress).run()
    progress.close()
    report.cpu_seconds += time.process_time() - start
    report.peak_rss_kb = max(report.peak_rss_kb, peak_rss_kb())
    order = {source.path: i for i, source in reversed(list(enumerate(found)))}
    report.failures.sort(key=lambda f: (order.get(f["input"], len(order)), f.get("record", 0)))
    write_errors(batch.errors_file, report.failures)
    return report


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep what exists now (modules, compiled rules) out of the collector's passes for a while.

    Cleaning makes many short-lived objects; each full collection would otherwise walk every
    long-lived one again.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _resumed(task: Task, outdir: Path, report: Report) -> bool:
    """Whether a previous run finished this input (its output exists); counts it if so."""
    assert task.target is not None
    if not task.target.exists():
        return False
    outcome = Outcome(task.source.path, resumed=True)
    side = side_file(outdir, task.target)
    if task.source.is_records and side.exists():
        outcome.failures = [json.loads(line) for line in side.read_text(encoding="utf-8").splitlines() if line]
    report.add(outcome)
    return True


def sweep_temp(outdir: Path) -> None:
    """Remove temporary files that runs killed on this host left behind (their process is gone)."""
    host = socket.gethostname()
    for tmp in outdir.rglob(f"*{TMP_MARK}") if outdir.is_dir() else ():
        stem = tmp.name[: -len(TMP_MARK)]
        owner, _, pid = stem.rpartition("-")
        if owner.endswith("." + host) and pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Whether process `pid` is running (a killed process not yet reaped counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def write_errors(path: Path, failures: list[dict[str, Any]]) -> None:
    """The run's failures, one JSON line each; an old errors file goes when there are none."""
    if failures:
        formats.write_atomic(path, "".join(formats.json_line(f) for f in failures))
    else:
        path.unlink(missing_ok=True)


def _run_here(cleaner: Cleaner, tasks: list[Task], options: Options, batch: Batch, report: Report, progress: Progress):
    for task in tasks:
        report.add(clean_input(cleaner, task, options, batch, progress.add))
        progress.done_input()


# Worker processes ---------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}
Unit = tuple["RecordJob | None", "Task | Chunk"]  # a chunk with its input's job, or a text input
# Cleaned once before a worker takes work: what the first document builds (the language tables,
# a quarter of a second) is then built when the worker starts, not inside a document's time limit,
# and built once in a parent whose forked workers share it.
WARM_UP = "The harbour reopened on Monday after a week of storms.\n\nFishing boats went out at dawn."


def _init_worker(cleaner: Cleaner, options: Options) -> None:
    # A forked worker has the parent's Cleaner, warm; one from the fork server the server's, warm,
    # when its rules are the same (a Cleaner is its rule paths); a spawned one builds its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C and stops the pool
    warm = sys.modules.get("cleaner._warm")
    if warm is not None and warm.CLEANER.rule_paths == cleaner.rule_paths:
        cleaner = warm.CLEANER
    _WORKER.update(cleaner=cleaner, options=options)
    cleaner.clean_document(WARM_UP, mode="text")
    gc.collect()
    gc.freeze()  # see frozen_heap: the worker's modules and rules live as long as it does


def _work(unit: Task | Chunk) -> Outcome | ChunkDone:
    start = time.process_time()
    cleaner, options = _WORKER["cleaner"], _WORKER["options"]
    if isinstance(unit, Chunk):
        result: Outcome | ChunkDone = clean_chunk(cleaner, unit, options)
    else:
        result = clean_text_input(cleaner, unit, options)
    result.cpu_seconds = time.process_time() - start
    result.peak_rss_kb = peak_rss_kb()
    return result


def _context() -> multiprocessing.context.BaseContext:
    """How to start workers: by fork where that is safe (Linux, and this process runs no other
    thread), so that a worker starts in milliseconds with the rules compiled; else a fork server,
    which starts a fresh interpreter once; else a fresh interpreter each."""
    if sys.platform == "linux" and _single_threaded():
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cleaner._warm"])
        return context
    return multiprocessing.get_context("spawn")


def _single_threaded() -> bool:
    """Whether this process runs one thread, native ones (a Parquet reader's) included. A thread
    just joined (a finished pool's) can take a moment to leave the count: it is waited for."""
    if threading.active_count() > 1:
        return False
    for _ in range(10):
        if _threads() == 1:
            return True
        time.sleep(0.002)
    return False


def _threads() -> int | None:
    """The threads of this process as the system counts them; None if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _executor(jobs: int, cleaner: Cleaner, options: Options) -> ProcessPoolExecutor:
    context = _context()
    forked = context.get_start_method() == "fork"
    if forked:
        cleaner.clean_document(WARM_UP, mode="text")
        gc.freeze()
    executor = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(cleaner, options)
    )
    # Start every worker now, together: a pool starts forked workers all at once at its first
    # call, others one a call while none is idle. Forked ones are waited for, so that they are
    # forked before an input's reader opens (a Parquet reader starts threads, not to be inherited).
    started = [executor.submit(int) for _ in range(jobs)]
    if forked:
        wait(started)
    return executor


def _input_size(task: Task) -> int:
    try:
        return os.stat(task.source.path).st_size if task.source.path != "-" else 0
    except OSError:
        return 0  # reading it will report why


class Pool:
    """The parent's side of a run over worker processes.

    Units of work are text inputs (a worker cleans one and writes its output) and chunks of record
    inputs (a worker cleans them; they are written here, in input order). Record inputs are read
    one after another, a chunk at a time, and at most `ahead` chunks are out at once (sent, or
    back and waiting for an earlier one), which bounds memory whatever an input's size. Text
    inputs bigger than a chunk go first and the smaller ones fill in whenever no chunk may be read,
    so that every worker has work to the end and the last units are small.
    """

    def __init__(
        self, cleaner: Cleaner, tasks: list[Task], options: Options, batch: Batch, report: Report, progress: Progress
    ) -> None:
        self.init = (cleaner, options)
        self.options, self.batch, self.report, self.progress = options, batch, report, progress
        texts = [t for t in tasks if not t.source.is_records]
        self.sizes = {t: _input_size(t) for t in texts}
        self.texts = deque(sorted(texts, key=self.sizes.__getitem__, reverse=True))
        self.records = deque(t for t in tasks if t.source.is_records)
        self.open: list[RecordJob] = []
        self.queued = 2 * batch.jobs  # units sent and not back: enough that no worker waits for one
        self.ahead = 4 * batch.jobs

    def run(self) -> None:
        try:
            while self.texts or self.records or self.open:
                lost = self._until_broken()
                if lost:
                    self._retry(lost)
        except BaseException:  # ^C: no temporary file is left behind
            for job in self.open:
                job.abandon()
            raise

    def _until_broken(self) -> list[Unit]:
        """Send units until none is left or a worker dies; then the units whose results were lost."""
        pending: dict[Future[Any], Unit] = {}
        with _executor(self.batch.jobs, *self.init) as executor:
            while True:
                while len(pending) < self.queued and (unit := self._next()) is not None:
                    pending[executor.submit(_work, unit[1])] = unit
                if not pending:
                    return []
                done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                if any(future.exception() is not None for future in done):
                    return self._salvage(pending)
                for future in done:
                    self._take(pending.pop(future), future.result())
                self.progress.draw()

    def _salvage(self, pending: dict[Future[Any], Unit]) -> list[Unit]:
        """After a worker died: the results that came back are taken, the other units returned."""
        wait(pending)
        lost = []
        for future, unit in pending.items():
            error = future.exception()
            if error is None:
                self._take(unit, future.result())
            elif isinstance(error, BrokenProcessPool):
                lost.append(unit)
            else:
                raise error
        return lost

    def _next(self) -> Unit | None:
        """The next unit of work, or None when none may be sent now."""
        if self.texts and self.sizes[self.texts[0]] > self.batch.chunk_size[1]:
            return None, self.texts.popleft()
        if sum(job.out for job in self.open) < self.ahead:
            while (job := self._reading()) is not None:
                chunk = job.next_chunk()
                if chunk is not None:
                    return job, chunk
                self._settle()
        if self.texts:
            return None, self.texts.popleft()
        return None

    def _reading(self) -> RecordJob | None:
        """The record input being read, the next one opened once the last is read through."""
        if self.open and self.open[-1].chunks is not None:
            return self.open[-1]
        if not self.records:
            return None
        self.open.append(RecordJob(self.records.popleft(), self.options, self.batch.chunk_size))
        return self.open[-1]

    def _take(self, unit: Unit, result: Any) -> None:
        job = unit[0]
        self.progress.add(result.docs, result.nbytes)
        if job is None:
            self.report.add(result)
            self.progress.done_input()
        else:
            job.take(result)
            self._settle()

    def _settle(self) -> None:
        """Finish the record inputs whose every chunk is written."""
        for job in [job for job in self.open if job.finished]:
            self.open.remove(job)
            self.report.add(job.finish(self.batch.outdir))
            self.progress.done_input()

    def _retry(self, lost: list[Unit]) -> None:
        """Units a worker died on, again one at a time in a worker of their own: a text input whole,
        a chunk record by record. What kills that worker too fails, and a fresh one goes on."""
        solo = Solo(self.init)
        try:
            for job, work in lost:
                if isinstance(work, Task):
                    self._take((job, work), solo.input(work))
                else:
                    self._take((job, work), solo.chunk(work, self.options))
        finally:
            solo.close()


class Solo:
    """One worker process, replaced when a unit kills it."""

    def __init__(self, init: tuple[Cleaner, Options]) -> None:
        self.init = init
        self.executor: ProcessPoolExecutor | None = None

    def call(self, unit: Task | Chunk) -> Any:
        """The unit's result, or None if the worker died on it."""
        if self.executor is None:
            self.executor = _executor(1, *self.init)
        try:
            return self.executor.submit(_work, unit).result()
        except BrokenProcessPool:
            self.close()
            return None

    def input(self, task: Task) -> Outcome:
        outcome = self.call(task)
        if outcome is None:
            reason = "the worker process died while cleaning this input (crashed or was killed), twice"
            outcome = Outcome(task.source.path, failures=[failure(task.source.path, reason)])
        return outcome

    def chunk(self, chunk: Chunk, options: Options) -> ChunkDone:
        done = ChunkDone(chunk.index)
        for number, raw in chunk.records:
            part = self.call(dataclasses.replace(chunk, records=[(number, raw)]))
            if part is None:
                reason = "the worker process died while cleaning this record (crashed or was killed), twice"
                fields = formats.parse_record(number, raw, options.text_field).fields  # for its id
                part = ChunkDone(chunk.index, failures=[failure(chunk.source, reason, number, fields)], docs=1)
            done.extend(part)
        return done

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown()
            self.executor = None


# Progress ------------------------------------------------------------------------------------------


class Progress:
    """Documents and inputs done, drawn on standard error at most twice a second when enabled."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.inputs = 0
        self.docs = 0
        self.nbytes = 0
        self.start = self.last = time.monotonic()

    def add(self, docs: int, nbytes: int) -> None:
        self.docs += docs
        self.nbytes += nbytes
        self.draw()

    def done_input(self) -> None:
        self.inputs += 1
        self.draw()

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.5 and not force):
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        sys.stderr.write(
            f"\r\033[Kcleaner: {self.inputs}/{self.total} inputs, {self.docs:,} documents, "
            f"{self.docs / elapsed:,.0f} docs/s, {self.nbytes / elapsed / 1e6:.1f} MB/s"
        )
        sys.stderr.flush()
        _PROGRESS_SHOWN[0] = True

    def close(self) -> None:
        if self.enabled:
            self.draw(force=True)
            sys.stderr.write("\n")
            _PROGRESS_SHOWN[0] = False
