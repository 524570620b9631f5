"""The pipeline adapters: datatrove's local executor, Spark in local[2] mode, and column batches.

datatrove and pyspark are extras: these tests skip where they are not installed (CI installs them).
"""

from __future__ import annotations

import json
import os
import sys

import pytest
from conftest import FIXTURES

from cleaner.integrations import clean_batch

SEED = FIXTURES / "golden" / "eureporter-id-kazakhstan.txt"
SEED_BODY = SEED.with_name("eureporter-id-kazakhstan.expected.txt").read_text(encoding="utf-8").strip()
ARTICLE = "The harbour reopened on Monday after a week of storms.\n\nAdvertisement\n\nFishing boats went out at dawn."
ROWS = [
    {"id": "seed", "url": "https://www.eureporter.co/a", "text": SEED.read_text(encoding="utf-8")},
    {"id": "plain", "url": None, "text": ARTICLE},
    {"id": "empty", "url": None, "text": "Advertisement"},
    {"id": "missing", "url": None, "text": None},
]


def check_rows(rows: list[dict]) -> None:
    """What every adapter must give for ROWS: cleaned bodies, statuses, reasons, nothing dropped."""
    by_id = {r["id"]: r for r in rows}
    assert sorted(by_id) == ["empty", "missing", "plain", "seed"]
    assert by_id["seed"]["text"] == SEED_BODY
    assert by_id["seed"]["cleaner"]["site"] == "eureporter.co"
    assert (
        by_id["plain"]["text"]
        == "The harbour reopened on Monday after a week of storms.\n\nFishing boats went out at dawn."
    )
    assert by_id["plain"]["cleaner"]["status"] == "ok" and by_id["plain"]["cleaner"]["removed"] == 1
    assert (by_id["empty"]["text"], by_id["empty"]["cleaner"]["status"]) == ("", "empty")
    assert (by_id["missing"]["text"], by_id["missing"]["cleaner"]["status"]) == (None, "error")
    assert by_id["missing"]["cleaner"]["reason"] == "text is null, not a string"
    assert all(len(r["cleaner"]["rules"]) == 12 for r in rows)


def test_clean_batch_for_datasets_map_and_ray_map_batches():
    batch = {key: [row[key] for row in ROWS] for key in ROWS[0]}
    out = clean_batch(batch)
    check_rows([{key: out[key][i] for key in out} for i in range(len(ROWS))])


def test_clean_batch_never_raises_on_non_strings():
    out = clean_batch({"text": [None, 12, "A sentence that stays."]})
    assert [m["status"] for m in out["cleaner"]] == ["error", "error", "ok"]
    assert out["text"][:2] == [None, 12]


class Collector:
    """A pipeline sink (and an exclusion writer) that keeps what it gets; with `path`, as JSON lines
    there too, since the executor runs a copy of the pipeline."""

    def __init__(self, path=None) -> None:
        self.docs: list = []
        self.path = path

    def __call__(self, data, rank: int = 0, world_size: int = 1):
        for doc in data:
            self.docs.append(doc)
            if self.path is not None:
                with open(self.path, "a", encoding="utf-8") as f:
                    f.write(json.dumps({"id": doc.id, "text": doc.text, "cleaner": doc.metadata["cleaner"]}) + "\n")
            yield doc

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def write(self, doc, rank: int = 0) -> None:
        self.docs.append(doc)


def test_datatrove_step_in_the_local_executor(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor

    from cleaner.integrations.datatrove import CleanerStep

    docs = [Document(text=r["text"], id=r["id"], metadata={"url": r["url"]}) for r in ROWS]
    sink = Collector(tmp_path / "out.jsonl")
    executor = LocalPipelineExecutor(pipeline=[docs, CleanerStep(), sink], tasks=1, logging_dir=str(tmp_path / "logs"))
    executor.run()
    check_rows([json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()])
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    counters = next(s["stats"] for s in stats if s["name"].endswith("cleaner"))
    assert {k: counters[k] for k in ("total", "ok", "empty", "error")} == {
        "total": 4,
        "ok": 2,
        "empty": 1,
        "error": 1,
    }


def test_datatrove_step_sends_failures_to_the_exclusion_writer():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanerStep

    docs = [Document(text=r["text"], id=r["id"], metadata={"url": r["url"]}) for r in ROWS]
    excluded = Collector()
    kept = list(CleanerStep(exclusion_writer=excluded).run(iter(docs)))
    assert sorted(d.id for d in kept) == ["plain", "seed"]
    assert sorted(d.id for d in excluded.docs) == ["empty", "missing"]
    assert all(d.metadata["cleaner"]["reason"] for d in excluded.docs)


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("PYARROW_IGNORE_TIMEZONE", "1")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("cleaner-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_clean_dataframe_in_local_mode(spark):
    from cleaner.integrations.spark import clean_dataframe

    df = spark.createDataFrame(ROWS * 3, "id string, url string, text string").repartition(2)
    rows = [row.asDict(recursive=True) for row in clean_dataframe(df).collect()]
    assert len(rows) == 12
    check_rows(list({r["id"]: r for r in rows}.values()))
    assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in ROWS * 3)
    with pytest.raises(ValueError, match="no column 'body'"):
        clean_dataframe(df, text_col="body")
