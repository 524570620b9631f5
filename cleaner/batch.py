"""Cleaning many inputs: every input ends as an output or an error record with its reason.

An input is a file: text (``.txt``), HTML (``.html``/``.htm``), or records (JSONL, Parquet, WARC; see
`cleaner.formats`). Each input has one output in OUTDIR, mirroring its path, written through a
temporary file and a rename, so an output is complete or absent. A record input's output holds its
good records; its bad ones are listed, with reasons, in a side file under ``OUTDIR/.cleaner/`` that
is written before the output appears, so a finished output always has its failures beside it.
At the end, every failure of the run is gathered into ``OUTDIR/cleaner-errors.jsonl``.

``--resume`` skips inputs whose output exists (their side file still counts); inputs that failed
whole have no output and are tried again, so each failure is reported exactly once per run.
Work is spread over processes by input file, each building its `Cleaner` once; a worker that dies
takes only the input it was on, which is then tried alone and, if it kills a worker again, failed.
"""

from __future__ import annotations

import contextlib
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

ERRORS_FILE = "cleaner-errors.jsonl"
STATE_DIR = ".cleaner"
# trafilatura refuses pages over 20 MB too; bigger inputs are almost always dumps, not documents.
MAX_INPUT_MB = 20.0
# Seconds one document may take before it is stopped and failed (Python code only; see README).
DOC_TIMEOUT = 60.0
TICK_EVERY = 32
Tick = Callable[[int], None]


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
    peak_rss_kb: int = 0
    cpu_seconds: float = 0.0  # processor time the worker spent on this input


@dataclass
class Report:
    """What a batch did: inputs done, documents written, and every failure with its reason."""

    inputs: int = 0
    written: int = 0
    lossy: int = 0
    resumed: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    peak_rss_kb: int = 0
    cpu_seconds: float = 0.0  # processor time spent on the inputs, over all processes

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


def lossy_warning(path: str, number: int | None, result: CleanResult, options: Options) -> None:
    place = f"{path}:{number}" if number is not None else path
    say(f"{place}: warning: lost {result.word_loss:.0%} of its words (limit {options.max_word_loss:.0%})")


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


def clean_file(cleaner: Cleaner, source: Source, options: Options, tick: Tick) -> CleanResult | tuple[str, str]:
    try:
        data = read_input(source, options)
    except (OSError, CleanerError) as exc:
        return "error", failure_reason(exc)
    tick(len(data))
    mode = "html" if source.kind == "html" else None
    return clean_doc(cleaner, Doc(None, {}, data, None, mode), options)


def clean_text_input(cleaner: Cleaner, task: Task, options: Options, out: TextIO | None, tick: Tick) -> Outcome:
    """A one-document input into its output file (or `out`); a failure removes a stale output."""
    outcome = Outcome(task.source.path)
    result = clean_file(cleaner, task.source, options, tick)
    if isinstance(result, tuple):
        outcome.failures.append(failure(task.source.path, result[1], status=result[0]))
        if task.target is not None:
            task.target.unlink(missing_ok=True)
        return outcome
    if result.status == "lossy":
        outcome.lossy += 1
        lossy_warning(task.source.path, None, result, options)
    if task.target is None:
        assert out is not None
        out.write(result.body + "\n")
    else:
        formats.write_atomic(task.target, result.body + "\n")
    outcome.written = 1
    return outcome


def clean_records(cleaner: Cleaner, task: Task, options: Options, writer: Any, outcome: Outcome, tick: Tick) -> None:
    """Every record of a record input into `writer`; bad records become failures in `outcome`."""
    source = task.source
    field_name = options.text_field
    for doc in formats.read_records(source.path, source.kind, field_name):
        if isinstance(doc, BadRecord):
            outcome.failures.append(failure(source.path, doc.reason, doc.number, doc.fields))
            continue
        tick(len(doc.content))
        result = clean_doc(cleaner, doc, options)
        if isinstance(result, tuple):
            outcome.failures.append(failure(source.path, result[1], doc.number, doc.fields, result[0]))
            continue
        if result.status == "lossy":
            outcome.lossy += 1
            lossy_warning(source.path, doc.number, result, options)
        writer.write(doc.number, {**doc.fields, field_name: result.body, "cleaner": metadata(cleaner, result)})
        outcome.written += 1


def clean_record_input(cleaner: Cleaner, task: Task, options: Options, outdir: Path | None, tick: Tick) -> Outcome:
    """A record input into its output: good records written, the rest failures kept in a side file."""
    outcome = Outcome(task.source.path)
    assert task.target is not None and outdir is not None
    writer = None
    try:
        schema = None
        if task.target.name.lower().endswith(".parquet") and task.source.kind == "parquet":
            schema = formats.parquet_schema(task.source.path, options.text_field)
        writer = formats.record_writer(task.target, schema)
        clean_records(cleaner, task, options, writer, outcome, tick)
        writer.close()
    except Exception as exc:  # an unreadable or unwritable input fails whole, with the reason
        if writer is not None:
            writer.abort()
        return Outcome(task.source.path, failures=[failure(task.source.path, failure_reason(exc))])
    outcome.written -= len(writer.failures)
    outcome.failures += [failure(task.source.path, reason, number) for number, reason in writer.failures]
    outcome.failures.sort(key=lambda f: f.get("record", 0))
    side = side_file(outdir, task.target)
    if outcome.failures:
        formats.write_atomic(side, "".join(formats.json_line(f) for f in outcome.failures))
    else:
        side.unlink(missing_ok=True)
    writer.commit()
    return outcome


def clean_input(cleaner: Cleaner, task: Task, options: Options, outdir: Path | None, tick: Tick) -> Outcome:
    """Clean one input into its output; never raises for a bad input."""
    start = time.process_time()
    if task.source.is_records:
        outcome = clean_record_input(cleaner, task, options, outdir, tick)
    else:
        outcome = clean_text_input(cleaner, task, options, None, tick)
    outcome.peak_rss_kb = peak_rss_kb()
    outcome.cpu_seconds = time.process_time() - start
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


class StreamWriter:
    """Records as JSON lines to a text stream (standard output)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failures: list[tuple[int | None, str]] = []

    def write(self, number: int | None, record: dict[str, Any]) -> None:
        try:
            self.out.write(formats.json_line(record))
        except (TypeError, ValueError) as exc:
            self.failures.append((number, f"record cannot be written as JSON: {exc}"))


def clean_to_stream(cleaner: Cleaner, source: Source, options: Options, out: TextIO, report: Report) -> None:
    """Clean one input to `out`: a text input's body, or a record input's records as JSONL."""
    task = Task(source, None)
    if not source.is_records:
        report.add(clean_text_input(cleaner, task, options, out, lambda n: None))
        return
    outcome = Outcome(source.path)
    writer = StreamWriter(out)
    try:
        clean_records(cleaner, task, options, writer, outcome, lambda n: None)
    except Exception as exc:  # see clean_record_input
        outcome.failures.append(failure(source.path, failure_reason(exc)))
    outcome.failures += [failure(source.path, reason, number) for number, reason in writer.failures]
    report.add(outcome)


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

    @property
    def errors_file(self) -> Path:
        if self.world_size == 1:
            return self.outdir / ERRORS_FILE
        return self.outdir / f"cleaner-errors.rank-{self.rank:05d}-of-{self.world_size:05d}.jsonl"


def run(cleaner: Cleaner, found: list[Source], options: Options, batch: Batch) -> Report:
    """Clean this rank's share of `found` into `batch.outdir`; write the errors file; report."""
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
    if batch.jobs <= 1 or len(tasks) <= 1:
        with frozen_heap():
            for task in tasks:
                report.add(clean_input(cleaner, task, options, batch.outdir, progress.add))
                progress.done_input()
    else:
        run_pool(cleaner, tasks, options, batch, report, progress)
    progress.close(report)
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


# Worker processes ---------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(cleaner: Cleaner, options: Options, outdir: Path, counts: Any) -> None:
    # Unpickling the Cleaner compiles its rules, once per worker process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C and stops the pool
    _WORKER.update(cleaner=cleaner, options=options, outdir=outdir, counts=counts, pending=[0, 0])
    gc.collect()
    gc.freeze()  # see frozen_heap: the worker's modules and rules live as long as it does


def _worker_tick(nbytes: int) -> None:
    pending = _WORKER["pending"]
    pending[0] += 1
    pending[1] += nbytes
    if pending[0] >= TICK_EVERY:
        _flush_ticks()


def _flush_ticks() -> None:
    pending, counts = _WORKER["pending"], _WORKER["counts"]
    with counts.get_lock():
        counts[0] += pending[0]
        counts[1] += pending[1]
    pending[0] = pending[1] = 0


def _work(task: Task) -> Outcome:
    try:
        return clean_input(_WORKER["cleaner"], task, _WORKER["options"], _WORKER["outdir"], _worker_tick)
    finally:
        _flush_ticks()


def _executor(jobs: int, cleaner: Cleaner, options: Options, outdir: Path, counts: Any) -> ProcessPoolExecutor:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cleaner.batch"])
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(cleaner, options, outdir, counts)
    )


def run_pool(cleaner: Cleaner, tasks: list[Task], options: Options, batch: Batch, report: Report, progress: Progress):
    """Clean `tasks` in `batch.jobs` processes; inputs a dying worker was on are retried alone."""
    counts = multiprocessing.get_context("spawn").Array("q", 2)
    progress.shared = counts
    # Biggest inputs first, so that no worker starts a big one while the others run out of work.
    queue = deque(sorted(tasks, key=_input_size, reverse=True))
    while queue:
        suspects = _run_until_broken(queue, batch.jobs, (cleaner, options, batch.outdir, counts), report, progress)
        for task in suspects:
            report.add(_run_alone(task, (cleaner, options, batch.outdir, counts)))
            progress.done_input()


def _input_size(task: Task) -> int:
    try:
        return os.stat(task.source.path).st_size if task.source.path != "-" else 0
    except OSError:
        return 0  # reading it will report why


def _run_until_broken(queue: deque[Task], jobs: int, init: tuple, report: Report, progress: Progress) -> list[Task]:
    """Run tasks from `queue` until it is empty or a worker dies; then the tasks that were in flight."""
    pending: dict[Future[Outcome], Task] = {}
    with _executor(jobs, *init) as executor:
        try:
            while queue or pending:
                while queue and len(pending) < jobs * 2:
                    task = queue.popleft()
                    pending[executor.submit(_work, task)] = task
                done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    outcome = future.result()
                    del pending[future]
                    report.add(outcome)
                    progress.done_input()
                progress.draw()
        except BrokenProcessPool:
            return list(pending.values())
    return []


def _run_alone(task: Task, init: tuple) -> Outcome:
    with _executor(1, *init) as executor:
        try:
            return executor.submit(_work, task).result()
        except BrokenProcessPool:
            reason = "the worker process died while cleaning this input (crashed or was killed), twice"
            return Outcome(task.source.path, failures=[failure(task.source.path, reason)])


# Progress ------------------------------------------------------------------------------------------


class Progress:
    """Documents and inputs done, drawn on standard error at most twice a second when enabled."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.inputs = 0
        self.docs = 0
        self.nbytes = 0
        self.shared: Any = None
        self.start = self.last = time.monotonic()

    def add(self, nbytes: int) -> None:
        self.docs += 1
        self.nbytes += nbytes
        if self.enabled and self.docs % TICK_EVERY == 0:
            self.draw()

    def done_input(self) -> None:
        self.inputs += 1
        self.draw()

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.5 and not force):
            return
        self.last = now
        docs, nbytes = (self.shared[0], self.shared[1]) if self.shared is not None else (self.docs, self.nbytes)
        elapsed = max(now - self.start, 1e-9)
        sys.stderr.write(
            f"\r\033[Kcleaner: {self.inputs}/{self.total} inputs, {docs:,} documents, "
            f"{docs / elapsed:,.0f} docs/s, {nbytes / elapsed / 1e6:.1f} MB/s"
        )
        sys.stderr.flush()
        _PROGRESS_SHOWN[0] = True

    def close(self, report: Report) -> None:
        if self.enabled:
            self.draw(force=True)
            sys.stderr.write("\n")
            _PROGRESS_SHOWN[0] = False
