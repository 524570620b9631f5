"""A datatrove pipeline step that cleans ``doc.text`` (``pip install 'cleaner[datatrove]'``).

    from datatrove.executor import LocalPipelineExecutor
    from cleaner.integrations.datatrove import CleanerStep

    LocalPipelineExecutor(pipeline=[JsonlReader("in/"), CleanerStep(), JsonlWriter("out/")], tasks=8).run()

The step reads ``doc.text`` and ``doc.metadata["url"]``, replaces the text with the body and puts
the `cleaner` record (version, rules hash, status, reason, site, language, title, removed spans,
word loss) in ``doc.metadata["cleaner"]``. It never raises for a document: one that cannot be
cleaned keeps its text and says why; with an ``exclusion_writer``, documents whose status is
``error`` or ``empty`` go there instead of down the pipeline, as datatrove's filters do.
Counters: ``total``, and one per status.
"""

from __future__ import annotations

import contextlib
from typing import Any

from cleaner.batch import Options
from cleaner.integrations import clean_one, rule_key, worker_cleaner

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
except ImportError as exc:  # fail where the step is imported, not in the middle of a run
    raise ImportError("cleaner.integrations.datatrove needs datatrove: pip install 'cleaner[datatrove]'") from exc


class CleanerStep(PipelineStep):
    """Clean every document's text with `cleaner`'s rules (built-in ones plus `rules`)."""

    name = "cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, rules: Any = None, options: Options | None = None, exclusion_writer: Any = None) -> None:
        super().__init__()
        self.rules = rule_key(rules)
        self.options = options or Options()
        self.exclusion_writer = exclusion_writer

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        cleaner = worker_cleaner(self.rules)  # once per worker process
        with self.exclusion_writer or contextlib.nullcontext() as excluded:
            for doc in data:
                self.stat_update("total")
                with self.track_time():
                    text, meta = clean_one(cleaner, doc.text, doc.metadata.get("url"), self.options)
                self.stat_update(meta["status"])
                doc.metadata["cleaner"] = meta
                if excluded is not None and meta["status"] in ("error", "empty"):
                    excluded.write(doc, rank)
                    continue
                doc.text = text
                if isinstance(text, str):
                    self.update_doc_stats(doc)
                yield doc
