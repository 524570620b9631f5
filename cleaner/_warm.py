"""Imported by the batch's fork server (see `cleaner.batch._context`), never by a program.

It compiles the built-in rules and builds what a Cleaner's first document builds (the language
tables, the rule plan), once, in the fork server, so that every worker forked from it starts
ready instead of spending a quarter of a second of its own on them. A worker whose rules differ
builds its own Cleaner as it starts.
"""

from cleaner.batch import WARM_UP
from cleaner.engine import Cleaner

CLEANER = Cleaner()
try:
    CLEANER.clean_document(WARM_UP, mode="text")
except Exception:  # only a head start: a worker meets the same error and reports it
    pass
