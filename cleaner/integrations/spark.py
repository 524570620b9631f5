"""Cleaning a Spark DataFrame (``pip install 'cleaner[spark]'``).

    from cleaner.integrations.spark import clean_dataframe
    cleaned = clean_dataframe(spark.read.json("in/"), text_col="text", url_col="url")

Runs through ``mapInArrow``: each Python worker builds its `Cleaner` once and cleans Arrow batches.
Every row is kept; `text_col` gets the body and a ``cleaner`` struct column says the status
(``ok``, ``lossy``, ``empty``, ``error``), the reason, site, language, title, removed spans and word
loss. Filter on ``cleaner.status`` to keep only the good rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cleaner.batch import Options
from cleaner.integrations import META_FIELDS, clean_columns, rule_key

try:
    import pyarrow as pa
    from pyspark.sql import DataFrame
    from pyspark.sql import types as T
except ImportError as exc:
    raise ImportError("cleaner.integrations.spark needs pyspark and pyarrow: pip install 'cleaner[spark]'") from exc

SPARK_TYPES = {"string": T.StringType(), "int64": T.LongType(), "double": T.DoubleType()}
ARROW_TYPES = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64()}
META_SPARK = T.StructType([T.StructField(name, SPARK_TYPES[kind]) for name, kind in META_FIELDS])
META_ARROW = pa.struct([(name, ARROW_TYPES[kind]) for name, kind in META_FIELDS])


def clean_dataframe(
    df: DataFrame,
    text_col: str = "text",
    url_col: str | None = "url",
    *,
    rules: Any = None,
    options: Options | None = None,
    meta_col: str = "cleaner",
) -> DataFrame:
    """`df` with `text_col` cleaned and a `meta_col` struct added; `url_col` may be absent or None."""
    names = df.schema.names
    if text_col not in names:
        raise ValueError(f"no column {text_col!r} in the DataFrame; columns: {', '.join(names)}")
    url = url_col if url_col in names else None
    fields = [f for f in df.schema.fields if f.name != meta_col]
    fields = [T.StructField(text_col, T.StringType()) if f.name == text_col else f for f in fields]
    schema = T.StructType([*fields, T.StructField(meta_col, META_SPARK)])
    keys, opts = rule_key(rules), options or Options()

    def clean_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            texts = batch.column(text_col).to_pylist()
            urls = batch.column(url).to_pylist() if url else None
            bodies, metas = clean_columns(texts, urls, rules=keys, options=opts)
            columns = {name: batch.column(name) for name in batch.schema.names if name != meta_col}
            columns[text_col] = pa.array(bodies, pa.string())
            columns[meta_col] = pa.array(metas, META_ARROW)
            yield pa.RecordBatch.from_pydict(columns)

    return df.mapInArrow(clean_batches, schema)
