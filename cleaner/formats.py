"""What corpus pipelines carry, read and written: text and HTML files, JSONL, Parquet, WARC.

Readers turn one input file into documents (`Doc`) and unreadable records (`BadRecord`), in input
order, streaming: a file is never loaded whole unless it is one document. They work in two steps
so that a batch can read in one process and parse in others: `raw_records` gives each record as
read (a JSONL line's bytes, a Parquet row, a WARC document), `parse_record` makes it a document.
Writers put records into a temporary file beside their target and move it into place only on
``commit()``, so a target is either absent or complete, whatever happens to the process in between.

Optional formats import their library inside the function that needs it and fail with an
`ExtraMissing` naming the extra to install: ``pip install 'cleaner[parquet]'`` and so on.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import gzip
import io
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

import regex

from cleaner.errors import CleanerError

# Input kinds by file name ending (lower case); the first ending that fits decides.
KINDS: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".jsonl.zst": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".warc": "warc",
    ".warc.gz": "warc",
}
RECORD_KINDS = ("jsonl", "parquet", "warc")
OUTPUT_FORMATS = ("auto", "jsonl", "jsonl.gz", "jsonl.zst", "parquet")
# Which extra brings which optional library (pyproject.toml's optional-dependencies).
EXTRAS = {"pyarrow": "parquet", "zstandard": "zstd", "fastwarc": "warc"}
HTML_CONTENT_TYPE_RE = regex.compile(r"\s*(?:text/html|application/xhtml\+xml)\b", regex.I)
PARQUET_BATCH = 512
TMP_MARK = ".cleaner-tmp"
# JSON escapes take up to 12 bytes a character ("\\ud83d\\ude00"), so a record line this many times
# the document limit cannot hold a document under it; longer lines are passed over unread, which
# keeps a file that is one endless line (a JSON array dump) from being read into memory whole.
LINE_LIMIT_FACTOR = 12


class ExtraMissing(CleanerError):
    """An optional library needed for this format is not installed."""

    def __init__(self, module: str, what: str) -> None:
        extra = EXTRAS[module]
        super().__init__(f"{what} needs {module}: pip install 'cleaner[{extra}]'")


def require(module: str, what: str) -> Any:
    """Import an optional library, or fail naming the extra that brings it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ExtraMissing(module, what) from None


def kind_of(path: str) -> str | None:
    """The input kind a file name says ("text", "html", "jsonl", "parquet", "warc"), or None."""
    name = path.lower()
    for ending, kind in sorted(KINDS.items(), key=lambda item: -len(item[0])):
        if name.endswith(ending):
            return kind
    return None


def strip_kind(name: str) -> str:
    """`name` without the ending that gave it its kind (``a.jsonl.gz`` -> ``a``)."""
    lower = name.lower()
    for ending in sorted(KINDS, key=len, reverse=True):
        if lower.endswith(ending):
            return name[: -len(ending)]
    return name


@dataclass(frozen=True)
class Doc:
    """One document read from an input.

    ``number`` is its place in the input (JSONL line, Parquet row or WARC record, 1-based; None for
    a file that is one document); ``fields`` are the record's fields, all kept in the output;
    ``mode`` is "html" when the source says the content is HTML, else None (the run's mode decides).
    """

    number: int | None
    fields: dict[str, Any]
    content: str | bytes
    url: str | None = None
    mode: str | None = None


@dataclass(frozen=True)
class BadRecord:
    """A record that could not even be read as a document, and why."""

    number: int
    reason: str
    fields: dict[str, Any] | None = None


# A record as read, before parsing: a JSONL line, a Parquet row, or a document (WARC) or a bad record.
Raw = bytes | dict[str, Any] | Doc | BadRecord


def read_records(path: str, kind: str, text_field: str = "text") -> Iterator[Doc | BadRecord]:
    """The documents of a record input (JSONL, Parquet or WARC), in order."""
    return (parse_record(number, raw, text_field) for number, raw, _ in raw_records(path, kind))


def raw_records(path: str, kind: str, max_mb: float | None = None) -> Iterator[tuple[int, Raw, int]]:
    """A record input's records as read, in order: ``(number, raw, size in bytes)``.

    With `max_mb` (the document limit), a JSONL line over LINE_LIMIT_FACTOR times it is passed over
    unread and given as a `BadRecord`.
    """
    if kind == "jsonl":
        return _jsonl(path, int(LINE_LIMIT_FACTOR * max_mb * 1_000_000) if max_mb else None)
    if kind == "parquet":
        return _parquet(path)
    if kind == "warc":
        return _warc(path)
    raise ValueError(f"not a record input kind: {kind!r}")


def parse_record(number: int, raw: Raw, text_field: str) -> Doc | BadRecord:
    """The document a record holds, or the reason it holds none."""
    if isinstance(raw, bytes):
        return record_doc(raw, number, text_field)
    if isinstance(raw, dict):
        return fields_doc(raw, number, text_field)
    return raw


def open_binary(path: str) -> BinaryIO:
    """`path` opened for reading bytes, decompressed by its ending (``.gz``, ``.zst``)."""
    lower = path.lower()
    if lower.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if lower.endswith(".zst"):
        zstandard = require("zstandard", f"{path}: reading .zst")
        raw = open(path, "rb")  # closed with the reader that wraps it
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    return open(path, "rb")  # the caller closes it


def _jsonl(path: str, max_line: int | None) -> Iterator[tuple[int, Raw, int]]:
    read = max_line + 1 if max_line else -1
    number = 0
    with open_binary(path) as stream:
        while raw := stream.readline(read):
            number += 1
            if max_line and len(raw) > max_line and not raw.endswith(b"\n"):
                size = len(raw) + _skip_line(stream)
                limit = f"{max_line / 1e6:g} MB ({LINE_LIMIT_FACTOR} x --max-mb)"
                yield number, BadRecord(number, f"too large: a record line of {size / 1e6:.1f} MB, over {limit}"), 0
            elif raw.strip():
                yield number, raw, len(raw)


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of a line without keeping it; the number of bytes passed over."""
    skipped = 0
    while True:
        piece = stream.readline(1 << 20)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


def record_doc(raw: bytes, number: int, text_field: str) -> Doc | BadRecord:
    """One JSONL line as a document, or the reason it is not one."""
    try:
        record = json.loads(raw)
    except ValueError as exc:  # UnicodeDecodeError included: invalid UTF-8 in the line
        return BadRecord(number, f"not a JSON record: {exc}")
    if not isinstance(record, dict):
        return BadRecord(number, f"not a JSON object but {type(record).__name__}")
    return fields_doc(record, number, text_field)


def fields_doc(record: dict[str, Any], number: int, text_field: str) -> Doc | BadRecord:
    """A record's document: its `text_field`, else (with the default field) its ``html`` field."""
    content = record.get(text_field)
    mode = None
    if content is None and text_field == "text" and isinstance(record.get("html"), str):
        content, mode = record["html"], "html"
    if content is None:
        missing = "is null" if text_field in record else "is missing"
        return BadRecord(number, f"field {text_field!r} {missing}", record)
    if not isinstance(content, str):
        return BadRecord(number, f"field {text_field!r} is {type(content).__name__}, not a string", record)
    url = record.get("url")
    return Doc(number, record, content, url if isinstance(url, str) and url else None, mode)


def _parquet(path: str) -> Iterator[tuple[int, Raw, int]]:
    pq = require("pyarrow.parquet", f"{path}: reading Parquet")
    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_BATCH):
        size = batch.nbytes // max(batch.num_rows, 1)
        for row in batch.to_pylist():
            number += 1
            yield number, row, size


def _warc(path: str) -> Iterator[tuple[int, Raw, int]]:
    """HTML response records of a WARC file; other records are not documents and are passed over."""
    warc = require("fastwarc.warc", f"{path}: reading WARC")
    number = 0
    with open(path, "rb") as stream:
        for record in warc.ArchiveIterator(stream, record_types=warc.response, parse_http=True):
            number += 1
            if not HTML_CONTENT_TYPE_RE.match(record.http_content_type or ""):
                continue
            payload = record.reader.read()
            fields = {
                "id": record.record_id,
                "url": record.headers.get("WARC-Target-URI"),
                "date": record.headers.get("WARC-Date"),
            }
            doc = Doc(number, fields, _declared(payload, record.http_charset), fields["url"], "html")
            yield number, doc, len(payload)


def _declared(payload: bytes, charset: str | None) -> str | bytes:
    """The payload decoded with the charset its HTTP header declares when that fits, else the bytes."""
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return payload


# Writers ---------------------------------------------------------------------------------------


def temp_path(target: Path) -> Path:
    """A temporary name beside `target`, unique to this host and process."""
    return target.with_name(f".{target.name}.{socket.gethostname()}-{os.getpid()}{TMP_MARK}")


def write_atomic(target: Path, data: str | bytes) -> None:
    """Write `data` to `target` through a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    os.replace(tmp, target)


def output_suffix(kind: str, output_format: str, input_name: str) -> str:
    """The file ending of an input's output: text for one-document inputs, records otherwise."""
    if kind not in RECORD_KINDS:
        return "" if input_name.lower().endswith(".txt") else ".txt"
    if output_format != "auto":
        return "." + output_format
    if kind == "parquet":
        return ".parquet"
    lower = input_name.lower()
    return ".jsonl" + next((end for end in (".gz", ".zst") if kind == "jsonl" and lower.endswith(end)), "")


def json_default(value: Any) -> Any:
    """JSON for the values Parquet carries that JSON has no type for."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=json_default) + "\n"


class RecordWriter:
    """Records into a temporary file; ``commit()`` moves it to the target, ``abort()`` removes it.

    ``failures`` lists ``(number, reason)`` for records the format could not take.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp = temp_path(target)
        self.failures: list[tuple[int | None, str]] = []
        target.parent.mkdir(parents=True, exist_ok=True)

    def write(self, number: int | None, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        self.close()
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        try:
            self.close()
        finally:
            self.tmp.unlink(missing_ok=True)


class JsonlWriter(RecordWriter):
    """JSON lines, plain or compressed by the target's ending (``.gz``, ``.zst``)."""

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.stream = _open_compressed(self.tmp, target.name.lower())

    def write(self, number: int | None, record: dict[str, Any]) -> None:
        try:
            line = json_line(record)
        except (TypeError, ValueError) as exc:
            self.failures.append((number, f"record cannot be written as JSON: {exc}"))
            return
        self.write_line(line)

    def write_line(self, line: str) -> None:
        """A record already made a JSON line (by `json_line`)."""
        self.stream.write(line.encode("utf-8"))

    def close(self) -> None:
        if not self.stream.closed:
            self.stream.close()


def _open_compressed(tmp: Path, name: str) -> IO[bytes]:
    if name.endswith(".gz"):
        return gzip.GzipFile(tmp, "wb", compresslevel=6, mtime=0)
    if name.endswith(".zst"):
        zstandard = require("zstandard", f"{name}: writing .zst")
        return zstandard.ZstdCompressor(level=3).stream_writer(open(tmp, "wb"), closefd=True)
    return open(tmp, "wb")  # closed by the writer


class ParquetWriter(RecordWriter):
    """Parquet, in row groups; the schema is the input's, else inferred from the first rows.

    A row that does not fit the schema is not written and becomes a failure with the reason.
    """

    def __init__(self, target: Path, schema: Any = None) -> None:
        super().__init__(target)
        self.pa = require("pyarrow", f"{target}: writing Parquet")
        self.pq = require("pyarrow.parquet", f"{target}: writing Parquet")
        self.schema = schema
        self.rows: list[tuple[int | None, dict[str, Any]]] = []
        self.writer: Any = None

    def write(self, number: int | None, record: dict[str, Any]) -> None:
        self.rows.append((number, record))
        if len(self.rows) >= PARQUET_BATCH:
            self.flush()

    def flush(self) -> None:
        rows, self.rows = self.rows, []
        if self.schema is not None:
            rows = [row for row in rows if self._fits_names(*row)]
        if not rows:
            return
        try:
            table = self._table([r for _, r in rows])
        except (self.pa.ArrowInvalid, self.pa.ArrowTypeError, OverflowError):
            table = self._row_by_row(rows)
        if self.writer is None:
            self.schema = table.schema
            self.writer = self.pq.ParquetWriter(self.tmp, self.schema)
        self.writer.write_table(table)

    def _table(self, records: list[dict[str, Any]]) -> Any:
        if self.schema is not None:
            return self.pa.Table.from_pylist(records, schema=self.schema)
        # Columns are every field of every row (from_pylist would take the first row's only).
        names = list(dict.fromkeys(name for record in records for name in record))
        return self.pa.Table.from_pydict({name: [r.get(name) for r in records] for name in names})

    def _fits_names(self, number: int | None, record: dict[str, Any]) -> bool:
        extra = [name for name in record if name not in self.schema.names]
        if extra:
            reason = f"fields {', '.join(map(repr, extra))} are not in the Parquet schema taken from the first rows"
            self.failures.append((number, reason))
        return not extra

    def _row_by_row(self, rows: list[tuple[int | None, dict[str, Any]]]) -> Any:
        """The rows that fit the schema (which the first of them sets if there is none yet)."""
        good = []
        for number, record in rows:
            try:
                table = self._table([record])
            except (self.pa.ArrowInvalid, self.pa.ArrowTypeError, OverflowError) as exc:
                self.failures.append((number, f"record does not fit the Parquet schema: {exc}"))
                continue
            self.schema = self.schema or table.schema
            good.append(record)
        return self._table(good)

    def close(self) -> None:
        self.flush()
        if self.writer is None:  # no rows at all: still a valid, empty file
            self.writer = self.pq.ParquetWriter(self.tmp, self.schema or self.pa.schema([]))
        self.writer.close()


def record_writer(target: Path, schema: Any = None) -> RecordWriter:
    """The writer for `target`'s format, told by its ending."""
    if target.name.lower().endswith(".parquet"):
        return ParquetWriter(target, schema)
    return JsonlWriter(target)


def parquet_schema(path: str, text_field: str) -> Any:
    """The output schema for a Parquet input: its own, with the text a string and a `cleaner` column."""
    pa = require("pyarrow", f"{path}: reading Parquet")
    pq = require("pyarrow.parquet", f"{path}: reading Parquet")
    schema = pq.read_schema(path)
    fields = [f for f in schema if f.name != "cleaner"]
    if text_field not in schema.names:
        fields.append(pa.field(text_field, pa.string()))
    fields = [pa.field(text_field, pa.string()) if f.name == text_field else f for f in fields]
    return pa.schema([*fields, pa.field("cleaner", cleaner_struct(pa))])


def cleaner_struct(pa: Any) -> Any:
    """The Arrow type of the `cleaner` metadata column."""
    return pa.struct(
        [
            ("version", pa.string()),
            ("rules", pa.string()),
            ("status", pa.string()),
            ("site", pa.string()),
            ("language", pa.string()),
            ("title", pa.string()),
            ("removed", pa.int64()),
            ("word_loss", pa.float64()),
        ]
    )
