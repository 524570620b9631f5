"""cleaner: turn scraped news into clean article bodies, explaining every line it removes.

>>> import cleaner
>>> cleaner.clean("Advertisement\\n\\nThe council met on Monday.", mode="text")
'The council met on Monday.'
"""

from __future__ import annotations

import functools

from cleaner.engine import Cleaner
from cleaner.errors import CleanerError, InputError, RuleError, RuleTimeout
from cleaner.result import CleanResult, ExplainedLine, RemovedSpan
from cleaner.unwrap import unwrap

__all__ = [
    "CleanResult",
    "Cleaner",
    "CleanerError",
    "ExplainedLine",
    "InputError",
    "RemovedSpan",
    "RuleError",
    "RuleTimeout",
    "clean",
    "unwrap",
]
__version__ = "0.1.0"


@functools.lru_cache(maxsize=1)
def _default() -> Cleaner:
    return Cleaner()


def clean(content: str | bytes, *, url: str | None = None, site: str | None = None, mode: str = "auto") -> str:
    """The article body of `content` (text or HTML, str or bytes), cleaned with the built-in rules.

    `site` names a rule file's site (or one of its domains); otherwise the site comes from `url`'s
    domain, else from text fingerprints, else generic rules only. `mode` is "text", "html" or "auto".
    """
    return _default().clean(content, url=url, site=site, mode=mode)
