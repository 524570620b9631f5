from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# Tests write nothing to the user's cache folder; the cache's own tests point it at a temporary one.
os.environ["CLEANER_CACHE_DIR"] = "off"


@pytest.fixture(scope="session")
def cleaner_instance():
    from cleaner import Cleaner

    return Cleaner()
