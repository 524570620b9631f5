"""A small on-disk cache for what start-up derives from the rule files and would derive again.

Each process reading the rules works out what every regex requires of a line (`cleaner.prefilter`),
a third of a second for the bundled files; kept here, the next process reads it in milliseconds.
Each process detecting languages builds word tables from jusText's stoplists (`cleaner.lang`),
0.17 s; kept here, they are read in 0.05 s.
Only plain data is kept, as JSON (never pickle), under a name that changes with the code deriving
it, in ``$CLEANER_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleaner``, else ``~/.cache/cleaner``;
``CLEANER_CACHE_DIR=off`` turns it off. A file that cannot be read or written is passed over: the
cache only ever saves time, and what it holds is what the code would derive.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

OFF = {"off", "0", "no", "false", ""}


def directory() -> Path | None:
    """Where cache files go, or None when the cache is off."""
    chosen = os.environ.get("CLEANER_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cleaner"


def stamp(*sources: str | Path) -> str:
    """A name part that changes with the given source files and the interpreter's version (with a
    source that cannot be read, as in an install of compiled files only, with its path and the
    package's version)."""
    from cleaner import __version__

    digest = hashlib.sha256(f"{sys.version}\n{__version__}".encode())
    for source in sources:
        try:
            digest.update(Path(source).read_bytes())
        except OSError:
            digest.update(str(source).encode())
    return digest.hexdigest()[:16]


def load(name: str) -> Any | None:
    """The data stored under `name`, or None (none stored, the cache off, or a file unreadable)."""
    where = directory()
    if where is None:
        return None
    try:
        return json.loads((where / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def store(name: str, data: Any) -> None:
    """Keep `data` under `name`, written whole or not at all (another process may read it)."""
    where = directory()
    if where is None:
        return
    temp = where / f".{name}.{os.getpid()}.tmp"
    try:
        where.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, where / name)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
