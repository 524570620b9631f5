"""Thin adapters for pipeline engines; each imports its engine inside its own module.

- `cleaner.integrations.datatrove`: ``CleanerStep``, a datatrove ``PipelineStep``;
- `cleaner.integrations.spark`: ``clean_dataframe(df, text_col="text", url_col="url")``;
- here: `clean_batch`, a batch of columns in and out, for ``datasets.map(..., batched=True)`` and
  Ray Data's ``map_batches``.

All of them clean through `cleaner.batch.clean_doc`, like the CLI, and never raise for a document:
it keeps its row, and the ``cleaner`` column says its status (``ok``, ``lossy``, ``empty``,
``error``) and, when it was not cleaned, the reason. A row whose text could not be cleaned keeps its
text; an ``empty`` one gets ``""``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

from cleaner.batch import Options, clean_doc, metadata
from cleaner.engine import Cleaner
from cleaner.formats import Doc

# The metadata every adapter adds, in this order (Spark and Arrow need a fixed schema).
META_FIELDS: tuple[tuple[str, str], ...] = (
    ("version", "string"),
    ("rules", "string"),
    ("status", "string"),
    ("reason", "string"),
    ("site", "string"),
    ("language", "string"),
    ("title", "string"),
    ("removed", "int64"),
    ("word_loss", "double"),
)


@functools.lru_cache(maxsize=8)
def worker_cleaner(rules: tuple[str, ...]) -> Cleaner:
    """One Cleaner per process and rule set: rules compile once per worker, not once per batch."""
    return Cleaner(list(rules))


def rule_key(rules: str | Iterable[str] | None) -> tuple[str, ...]:
    if rules is None:
        return ()
    return (str(rules),) if isinstance(rules, str) else tuple(str(r) for r in rules)


def clean_one(cleaner: Cleaner, text: Any, url: Any, options: Options) -> tuple[str | None, dict[str, Any]]:
    """The new text and the `cleaner` record of one row; never raises."""
    if not isinstance(text, (str, bytes)):
        kind = "null" if text is None else type(text).__name__
        return text, _meta(cleaner, status="error", reason=f"text is {kind}, not a string")
    result = clean_doc(cleaner, Doc(None, {}, text, url if isinstance(url, str) and url else None), options)
    if isinstance(result, tuple):
        status, reason = result
        return ("" if status == "empty" else text), _meta(cleaner, status=status, reason=reason)
    return result.body, {**_meta(cleaner), **metadata(cleaner, result)}


def _meta(cleaner: Cleaner, **values: Any) -> dict[str, Any]:
    from cleaner import __version__
    from cleaner.batch import rules_hash

    base = dict.fromkeys(name for name, _ in META_FIELDS)
    return {**base, "version": __version__, "rules": rules_hash(cleaner.rule_paths), **values}


def clean_columns(
    texts: Sequence[Any], urls: Sequence[Any] | None, *, rules: Any = None, options: Options | None = None
) -> tuple[list[Any], list[dict[str, Any]]]:
    """Clean a column of texts (with a parallel column of URLs, or None): new texts and their records."""
    cleaner = worker_cleaner(rule_key(rules))
    options = options or Options()
    urls = urls if urls is not None else [None] * len(texts)
    pairs = [clean_one(cleaner, t, u, options) for t, u in zip(texts, urls, strict=True)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def clean_batch(
    batch: dict[str, Any],
    *,
    text_col: str = "text",
    url_col: str = "url",
    rules: Any = None,
    options: Options | None = None,
) -> dict[str, Any]:
    """A batch of columns (a dict of lists or arrays) with `text_col` cleaned and a ``cleaner`` column.

    For ``dataset.map(clean_batch, batched=True, num_proc=N)`` and Ray Data's ``map_batches``.
    """
    texts = list(batch[text_col])
    urls = list(batch[url_col]) if url_col in batch else None
    bodies, metas = clean_columns(texts, urls, rules=rules, options=options)
    return {**batch, text_col: bodies, "cleaner": metas}
