"""What cleaning returns: the body, and a record of every removed span and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RemovedSpan:
    """Consecutive input lines removed by one rule (blank lines between them included).

    ``start_line``/``end_line`` are 1-based line numbers in the input (after normalisation, which
    keeps the line count); ``rule_file``/``rule_line`` say where the rule is declared.
    """

    text: str
    rule_id: str
    rule_file: str
    rule_line: int
    start_line: int
    end_line: int


@dataclass(frozen=True)
class CleanResult:
    """The outcome of cleaning one document.

    ``status`` is ``"ok"``, or ``"empty"`` when nothing of the document was kept.
    """

    body: str
    title: str | None
    site: str | None
    language: str | None
    removed: tuple[RemovedSpan, ...]
    mode: str = "text"
    status: str = "ok"


@dataclass(frozen=True)
class ExplainedLine:
    """One input line and, if it was removed, the span record that removed it."""

    number: int
    text: str
    removed_by: RemovedSpan | None
