"""Never lose a document, never hang, never trust input: the bad-input corpus, output safety,
rule timeouts, kill-and-resume, and properties of the batch in every mode."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, ROOT
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, RuleError, batch, matchers
from cleaner.batch import Batch, Options, Source
from cleaner.cli import main
from cleaner.formats import TMP_MARK
from cleaner.normalize import normalize

BAD = FIXTURES / "bad"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
ARTICLE = "The harbour reopened on Monday after a week of storms.\n\nFishing boats went out at dawn.\n"


def html_ready() -> bool:
    try:
        Cleaner().clean("<html><body><p>A line of text.</p></body></html>", mode="html")
    except NotImplementedError:
        return False
    return True


HTML_READY = html_ready()
needs_html = pytest.mark.skipif(not HTML_READY, reason="HTML mode is not on main yet")


def case_marks(case: dict) -> list:
    marks = [needs_html] if case.get("html") else []
    if case.get("known"):
        marks.append(pytest.mark.xfail(strict=True, reason=case["known"]))
    return marks


def read_errors(out: Path) -> list[dict]:
    path = out / batch.ERRORS_FILE
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bad") / "out"
    code = main(["clean", str(BAD), "-o", str(out)])
    return code, out, read_errors(out)


@pytest.mark.parametrize(
    ("name", "case"),
    [pytest.param(n, c, marks=case_marks(c)) for n, c in EXPECTED["files"].items()],
    ids=list(EXPECTED["files"]),
)
def test_bad_file_gets_its_status_and_reason(bad_run, name, case):
    _, out, errors = bad_run
    output = out / (name if name.endswith(".txt") else name + ".txt")
    found = [e for e in errors if Path(e["input"]).name == name]
    if case["status"] == "ok":
        assert not found, found
        text = output.read_text(encoding="utf-8")
        assert case["contains"] in text
        assert not case.get("lacks") or case["lacks"] not in text
    else:
        assert not output.exists()
        assert [e["status"] for e in found] == [case["status"]]
        assert case.get("reason", "") in found[0]["reason"]


@pytest.mark.parametrize(
    ("number", "case"),
    [pytest.param(n, c, marks=case_marks(c)) for n, c in EXPECTED["records.jsonl"].items()],
    ids=[f"record-{n}" for n in EXPECTED["records.jsonl"]],
)
def test_bad_record_gets_its_status_and_reason(bad_run, number, case):
    _, out, errors = bad_run
    found = [e for e in errors if Path(e["input"]).name == "records.jsonl" and e["record"] == number]
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ident = _line_id(number)
    written = [json.loads(line) for line in lines if ident is not None and json.loads(line).get("id") == ident]
    if case["status"] == "ok":
        assert not found and len(written) == 1
        assert case["contains"] in written[0]["text"]
    else:
        assert not written
        assert [e["status"] for e in found] == [case["status"]]
        assert case["reason"] in found[0]["reason"]


def _line_id(number: int) -> str | None:
    raw = (BAD / "records.jsonl").read_bytes().split(b"\n")[number - 1]
    try:
        return json.loads(raw).get("id")
    except (ValueError, AttributeError):
        return None


def test_every_bad_input_is_an_output_or_an_error_record_and_exit_1_names_them(bad_run):
    code, out, errors = bad_run
    assert code == 1
    inputs = sorted(p.name for p in BAD.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    outputs = {p.name for p in out.iterdir() if p.is_file()}
    failed = {Path(e["input"]).name for e in errors if "record" not in e}
    for name in inputs:
        produced = (name if name.endswith((".txt", ".jsonl")) else name + ".txt") in outputs
        assert produced != (name in failed), name
    records = [n for n, raw in enumerate((BAD / "records.jsonl").read_bytes().split(b"\n"), 1) if raw.strip()]
    written = len((out / "records.jsonl").read_text(encoding="utf-8").splitlines())
    record_errors = sorted(e["record"] for e in errors if "record" in e)
    assert written + len(record_errors) == len(records)
    assert set(record_errors) <= set(records)
    assert all(e["reason"] and e["status"] in ("error", "empty") for e in errors)
    assert not list(out.rglob(f"*{TMP_MARK}"))


def test_big_inputs_get_an_answer_in_seconds(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    with open(src / "fifty-mb.txt", "wb") as f:
        f.write((ARTICLE.encode() * 700_000)[:50_000_000])
    (src / "one-5mb-line.txt").write_text(("word " * 1_000_000).strip(), encoding="utf-8")
    (src / "nested.html").write_text("<html><body>" + "<div>" * 10_000 + "Deep text." + "</div>" * 10_000)
    out = tmp_path / "out"
    start = time.monotonic()
    main(["clean", str(src), "-o", str(out)])
    assert time.monotonic() - start < 20
    errors = {Path(e["input"]).name: e for e in read_errors(out)}
    assert "over the 20 MB limit (--max-mb)" in errors["fifty-mb.txt"]["reason"]
    assert (out / "one-5mb-line.txt").read_text(encoding="utf-8").startswith("word word")
    assert ("nested.html" in errors) != (out / "nested.html.txt").exists()


def test_word_loss_status_in_records_and_a_warning(tmp_path, capsys):
    src = tmp_path / "pages.jsonl"
    many_labels = "\n".join(["Advertisement"] * 40 + ["One short sentence stays here."])
    src.write_text(json.dumps({"id": 1, "text": many_labels}) + "\n" + json.dumps({"id": 2, "text": ARTICLE}) + "\n")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out)]) == 0
    got = [json.loads(line)["cleaner"] for line in (out / "pages.jsonl").read_text().splitlines()]
    assert [g["status"] for g in got] == ["lossy", "ok"]
    assert got[0]["word_loss"] > 0.8
    assert "pages.jsonl:1: warning: lost 89% of its words (limit 80%)" in capsys.readouterr().err
    assert main(["clean", str(src), "-o", str(out), "--max-word-loss", "0.95"]) == 0
    assert json.loads((out / "pages.jsonl").read_text().splitlines()[0])["cleaner"]["status"] == "ok"


# Output safety ------------------------------------------------------------------------------------


def test_nothing_is_written_outside_outdir(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "page.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "ids.jsonl").write_text(
        json.dumps({"id": "../../../escape", "url": "/etc/passwd", "text": ARTICLE}) + "\n", encoding="utf-8"
    )
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").symlink_to(outside, target_is_directory=True)  # a link in OUTDIR pointing away
    before = {p for p in tmp_path.rglob("*")}
    assert main(["clean", str(src), "-o", str(out)]) == 1
    errors = read_errors(out)
    assert [Path(e["input"]).name for e in errors] == ["page.txt"]
    assert "would be outside OUTDIR" in errors[0]["reason"]
    assert not list(outside.iterdir())
    new = {p for p in tmp_path.rglob("*")} - before
    assert all(p.resolve().is_relative_to(out.resolve()) for p in new)


def test_inputs_are_never_overwritten(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["clean", str(tmp_path), "-o", str(tmp_path)]) == 1
    assert "would overwrite an input" in capsys.readouterr().err
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == ARTICLE


def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path):
    (tmp_path / "page.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "clean"
    for _ in range(2):
        assert main(["clean", str(tmp_path), "-o", str(out)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["page.txt"]


# Rules --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("rules: !!python/object/apply:os.system ['touch {marker}']", "evil.yaml:2:"),
        ("description: !!python/name:os.system", "evil.yaml:2:14: invalid YAML"),
        ("description: !!python/object/new:subprocess.Popen [['touch', '{marker}']]", "evil.yaml:"),
    ],
    ids=["apply-on-a-list", "name-tag", "object-new"],
)
def test_rule_yaml_constructs_no_objects(tmp_path, line, message):
    marker = tmp_path / "pwned"
    bad = tmp_path / "evil.yaml"
    bad.write_text("site: x.org\n" + line.format(marker=marker) + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        Cleaner(rules=[bad])
    assert not marker.exists()


def test_a_rule_that_runs_into_the_timeout_fails_that_document_only(tmp_path, monkeypatch, capsys):
    rules = tmp_path / "slow.yaml"
    rules.write_text(
        "site: slow.example\ndomains: [slow.example]\nrules:\n"
        "  - id: slow.backtrack\n    op: drop\n    regex: '(a|aa)+$'\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(matchers, "REGEX_TIMEOUT", 0.05)
    src = tmp_path / "pages.jsonl"
    slow = {"id": "slow", "url": "https://slow.example/a", "text": "a" * 5000 + "b\n\nA real sentence here."}
    fine = {"id": "fine", "url": "https://slow.example/b", "text": ARTICLE}
    src.write_text(json.dumps(slow) + "\n" + json.dumps(fine) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "--rules", str(rules)]) == 1
    (error,) = read_errors(out)
    assert error["id"] == "slow"
    assert f"rule slow.backtrack ({rules}:4) ran over its" in error["reason"]
    assert [json.loads(line)["id"] for line in (out / "pages.jsonl").read_text().splitlines()] == ["fine"]


def test_a_document_over_the_time_limit_is_stopped(tmp_path, monkeypatch):
    def sleepy(self, content, **kwargs):
        time.sleep(5)

    monkeypatch.setattr(Cleaner, "clean_document", sleepy)
    (tmp_path / "page.txt").write_text(ARTICLE, encoding="utf-8")
    report = batch.run(
        Cleaner(), [Source(str(tmp_path / "page.txt"), "page.txt")], Options(timeout=0.2), Batch(tmp_path / "out")
    )
    assert "took longer than 0.2 s" in report.failures[0]["reason"]


# Kill and resume ----------------------------------------------------------------------------------


def test_sigkill_then_resume_leaves_one_complete_output_per_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    # Big enough that the kill lands mid-run (a second or two of work), small enough to stay quick.
    body = "\n".join(["Advertisement", *(ARTICLE.split("\n") * 3)])
    records = "".join(json.dumps({"id": i, "text": body}) + "\n" for i in range(300))
    for i in range(30):
        (src / f"part-{i:02d}.jsonl").write_text(records + '{"id": "bad"}\n', encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cleaner.cli", "clean", str(src), "-o", str(out), "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("part-*.jsonl"))) < 3:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its workers, mid-run
    proc.wait()
    done_before = len(list(out.glob("part-*.jsonl")))
    assert 0 < done_before < 30, "the kill did not land mid-run"
    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 1
    assert f"{done_before} input(s) already done" in resumed.stderr
    outputs = sorted(out.glob("part-*.jsonl"))
    assert len(outputs) == 30
    for path in outputs:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["id"] for line in lines] == list(range(300))
    errors = read_errors(out)
    assert sorted(Path(e["input"]).name for e in errors) == [f"part-{i:02d}.jsonl" for i in range(30)]
    assert not list(out.rglob(f"*{TMP_MARK}"))


def test_resume_reports_failures_of_finished_inputs_exactly_once(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"text": "Fine sentence here."}\n{broken\n', encoding="utf-8")
    (src / "b.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    for args in ([], ["--resume"], ["--resume"]):
        assert main(["clean", str(src), "-o", str(out), *args]) == 1
        assert sorted((Path(e["input"]).name, e.get("record")) for e in read_errors(out)) == [
            ("a.jsonl", 2),
            ("b.txt", None),
        ]


# Sharding and processes ---------------------------------------------------------------------------


def test_shards_cover_every_input_once_and_jobs_change_nothing(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(BAD, src, ignore=shutil.ignore_patterns("*.html", "*.py", "*.yaml"))
    serial, sharded, parallel = tmp_path / "serial", tmp_path / "sharded", tmp_path / "parallel"
    main(["clean", str(src), "-o", str(serial)])
    for rank in range(3):
        main(["clean", str(src), "-o", str(sharded), "--rank", str(rank), "--world-size", "3"])
    main(["clean", str(src), "-o", str(parallel), "--jobs", "2"])

    def outputs(root: Path) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in root.glob("*") if p.is_file()}

    assert outputs(serial) == outputs(sharded) == outputs(parallel)
    shard_errors = [e for p in sharded.glob(".cleaner/errors.rank-*-of-00003.jsonl") for e in read_lines(p)]
    assert sorted(map(json.dumps, shard_errors)) == sorted(map(json.dumps, read_errors(serial)))
    assert sorted(map(json.dumps, read_errors(parallel))) == sorted(map(json.dumps, read_errors(serial)))


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# Record inputs in chunks ----------------------------------------------------------------------------
# Small chunks, so that a file of a few hundred short records is many chunks.
CHUNKED = {"chunk_records": 7, "chunk_mb": 0.002}
BLANK = b"   "  # a blank line: numbered, but no record


def multi_chunk_records(copies: int = 8) -> bytes:
    """The bad-record corpus with more good, lossy and empty records between, `copies` times over."""
    bad = [line for line in (BAD / "records.jsonl").read_bytes().split(b"\n") if line.strip()]
    lossy = json.dumps({"text": "\n".join(["Advertisement"] * 40 + ["One short sentence stays here."])}).encode()
    lines = []
    for copy in range(copies):
        for i in range(12):
            lines.append(json.dumps({"id": f"{copy}-{i}", "text": f"Line {i} of copy {copy}.\n\n" + ARTICLE}).encode())
        lines += [*bad, lossy, BLANK]
    return b"\n".join(lines) + b"\n"


def state(out: Path) -> dict[str, bytes]:
    """Every file under `out` (outputs, side files, the errors file) and its bytes."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_record_inputs_in_chunks_over_workers_are_the_same_bytes_as_in_one_process(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "big.jsonl").write_bytes(multi_chunk_records())
    (src / "big-gz.jsonl.gz").write_bytes(gzip.compress(multi_chunk_records(3)))
    (src / "page.txt").write_text(ARTICLE, encoding="utf-8")
    expected = sum(1 for line in multi_chunk_records().split(b"\n") if line.strip())
    expected += sum(1 for line in multi_chunk_records(3).split(b"\n") if line.strip()) + 1
    if importlib.util.find_spec("pyarrow"):  # a Parquet output takes records as dicts, not as JSON lines
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [{"id": str(i), "text": f"Row {i}.\n\n{ARTICLE}"} for i in range(40)]
        rows[5]["text"], rows[17]["text"], rows[30]["text"] = None, "Advertisement", "Advertisement\n" * 40 + "Stays."
        pq.write_table(pa.Table.from_pylist(rows), src / "rows.parquet")
        expected += len(rows)
    found = list(batch.sources([str(src)]))
    runs = {jobs: tmp_path / f"jobs-{jobs}" for jobs in (1, 2)}
    reports = {jobs: batch.run(Cleaner(), found, Options(), Batch(out, jobs, **CHUNKED)) for jobs, out in runs.items()}
    assert state(runs[1]) == state(runs[2])
    assert reports[1].summary() | {"peak_rss_mb": 0} == reports[2].summary() | {"peak_rss_mb": 0}
    assert reports[2].written + len(reports[2].failures) == expected


FRAGILE_RUN = """
import json, os, signal, sys, time
from pathlib import Path
from cleaner import Cleaner, batch

class Fragile(Cleaner):  # its worker dies on a document that says CRASH and stalls on one that says SLOW
    def clean_document(self, content, **kwargs):
        text = content if isinstance(content, str) else content.decode()
        if "CRASH" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "SLOW" in text:
            time.sleep(5)
        return super().clean_document(content, **kwargs)

found = [batch.Source(path, Path(path).name) for path in sys.argv[2:]]
options, settings = batch.Options(timeout=0.3), batch.Batch(Path(sys.argv[1]), 2, chunk_records=8)
print(json.dumps(batch.run(Fragile(), found, options, settings).failures))
"""


def test_a_crash_or_a_timeout_in_a_chunk_fails_that_record_only(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    lines = [json.dumps({"id": i, "text": f"Record {i}.\n\n{ARTICLE}"}) for i in range(40)]
    (src / "clean.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    lines[9] = json.dumps({"id": "crash", "text": "CRASH " + ARTICLE})
    lines[12] = json.dumps({"id": "slow", "text": "SLOW " + ARTICLE})
    (src / "big.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    (src / "crash.txt").write_text("CRASH " + ARTICLE, encoding="utf-8")
    reference = tmp_path / "reference"
    batch.run(Cleaner(), [Source(str(src / "clean.jsonl"), "big.jsonl")], Options(), Batch(reference))
    out = tmp_path / "out"
    command = [sys.executable, "-c", FRAGILE_RUN, str(out), str(src / "big.jsonl"), str(src / "crash.txt")]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=True)
    errors = {(Path(e["input"]).name, e.get("id")): e["reason"] for e in json.loads(done.stdout)}
    assert set(errors) == {("big.jsonl", "crash"), ("big.jsonl", "slow"), ("crash.txt", None)}
    assert "died while cleaning this record (crashed or was killed), twice" in errors["big.jsonl", "crash"]
    assert "took longer than 0.3 s" in errors["big.jsonl", "slow"]
    assert "died while cleaning this input (crashed or was killed), twice" in errors["crash.txt", None]
    lost = {9, 12}
    kept = [line for line in (reference / "big.jsonl").read_text().splitlines() if json.loads(line)["id"] not in lost]
    assert (out / "big.jsonl").read_text().splitlines() == kept
    assert not (out / "crash.txt").exists()


KILLED_RUN = """
import sys, time
from pathlib import Path
from cleaner import Cleaner, batch

class Stalling(Cleaner):  # a document that says SLOW holds its chunk, and every chunk after it, back
    def clean_document(self, content, **kwargs):
        if "SLOW" in content:
            time.sleep(60)
        return super().clean_document(content, **kwargs)

src, out = sys.argv[1:]
batch.run(Stalling(), [batch.Source(src, "big.jsonl")], batch.Options(), batch.Batch(Path(out), 2, chunk_records=10))
"""


def test_sigkill_in_the_middle_of_one_record_input_then_resume(tmp_path):
    src = tmp_path / "big.jsonl"
    records = multi_chunk_records(12)
    middle = len(records) // 2
    src.write_bytes(records[:middle] + b'{"id": "slow", "text": "SLOW"}\n' + records[middle:])
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(src), str(out)], env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(p.stat().st_size for p in out.glob(f"*{TMP_MARK}")):
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, with part of the output written
    proc.wait()
    assert [p.name for p in out.iterdir() if p.is_file()] == [f".big.jsonl.{socket.gethostname()}-{proc.pid}{TMP_MARK}"]
    found = [Source(str(src), "big.jsonl")]
    batch.run(Cleaner(), found, Options(), Batch(out, 2, resume=True, **CHUNKED))
    reference = tmp_path / "reference"
    batch.run(Cleaner(), found, Options(), Batch(reference))
    assert state(out) == state(reference)


def test_workers_get_big_text_inputs_first_then_chunks_then_small_ones_with_chunks_out_bounded(tmp_path):
    (tmp_path / "big.jsonl").write_bytes(multi_chunk_records(4))
    (tmp_path / "large.html").write_text("<p>" + "word " * 1000 + "</p>", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    settings = Batch(tmp_path / "out", 2, chunk_records=5, chunk_mb=0.004)
    tasks = [t for t in batch.plan(list(batch.sources([str(tmp_path)])), settings.outdir, Options())]
    pool = batch.Pool(Cleaner(), tasks, Options(), settings, batch.Report(), batch.Progress(len(tasks), False))
    units = []
    while (unit := pool._next()) is not None:
        units.append(unit[1].index if isinstance(unit[1], batch.Chunk) else Path(unit[1].source.path).name)
    pool.open[0].writer.abort()
    assert units == ["large.html", *range(pool.ahead), "a.txt", "b.txt"]


# Properties ---------------------------------------------------------------------------------------

LINES = st.lists(
    st.one_of(
        st.binary(max_size=60),
        st.builds(lambda t: json.dumps({"text": t}).encode(), st.text(max_size=60)),
        st.builds(lambda v: json.dumps({"text": v}).encode(), st.one_of(st.integers(), st.none(), st.lists(st.text()))),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(LINES)
def test_any_jsonl_bytes_every_line_is_an_output_or_an_error(tmp_path_factory, lines):
    root = tmp_path_factory.mktemp("prop")
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    (root / "in.jsonl").write_bytes(data)
    report = batch.run(Cleaner(), [Source(str(root / "in.jsonl"), "in.jsonl")], Options(), Batch(root / "out"))
    expected = sum(1 for raw in data.split(b"\n") if raw.strip())
    written = (root / "out" / "in.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(written) == report.written
    assert report.written + len(report.failures) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from(["page.txt", "page.html"]))
def test_any_file_bytes_are_an_output_or_an_error(tmp_path_factory, data, name):
    root = tmp_path_factory.mktemp("prop")
    (root / name).write_bytes(data)
    report = batch.run(Cleaner(), [Source(str(root / name), name)], Options(), Batch(root / "out"))
    assert report.written + len(report.failures) == 1
    assert (root / "out" / (name if name == "page.txt" else name + ".txt")).exists() == (report.written == 1)


WORD_RE = __import__("regex").compile(r"\w+")
# trafilatura drops characters that are not printable (format, unassigned, private use), which
# joins or splits the words around them, so the word-order property leaves them out.
HTML_BLOCKS = st.lists(
    st.one_of(
        st.sampled_from(["Advertisement", "SHARE:", "Bagikan artikel ini:", "Trending", "The council met on Monday."]),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Cn", "Co")), max_size=40),
    ),
    max_size=12,
)


def as_html(blocks: list[str]) -> str:
    from html import escape

    return "<html><body><article>" + "".join(f"<p>{escape(b)}</p>" for b in blocks) + "</article></body></html>"


@needs_html
@settings(max_examples=100, deadline=None)
@given(HTML_BLOCKS)
@example(["RIGHTS RESERVED", "RIGHTS RESERVED"])
def test_html_mode_is_stable_keeps_word_order_and_never_raises(blocks):
    cleaner = Cleaner()
    page = as_html(blocks)
    result = cleaner.clean_document(page, mode="html")
    assert result.status in ("ok", "empty", "lossy")
    # Text mode keeps what HTML mode kept, unless nothing of it reads as an article: a page of site
    # chrome alone (a copyright line given twice) is text mode's to empty, not to cut in part.
    assert cleaner.clean(result.body, mode="text") in (result.body, "")
    # the page's text is repaired as in text mode (the whole of it at once), after extraction has
    # collapsed each block's spaces
    words = iter(WORD_RE.findall(normalize("\n\n".join(" ".join(block.split()) for block in blocks))))
    assert all(word in words for word in WORD_RE.findall(result.body))
