"""Errors that name where they come from: the input path, or the rule file, line and column."""

from __future__ import annotations

from dataclasses import dataclass


class CleanerError(Exception):
    """Base class of the errors `cleaner` raises on purpose."""


@dataclass
class Location:
    """A place in a rule file: ``path:line:col`` (1-based) and the key path inside it."""

    path: str
    line: int = 0
    col: int = 0
    key: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}" if self.line else self.path
        return f"{where}: {self.key}" if self.key else where


class RuleError(CleanerError):
    """A rule file is invalid: bad YAML, an unknown key, a wrong type, a regex that does not compile."""

    def __init__(self, location: Location, message: str, hint: str = "") -> None:
        self.location = location
        self.message = message
        self.hint = hint
        text = f"{location}: {message}"
        super().__init__(f"{text} (hint: {hint})" if hint else text)


class RuleTimeout(CleanerError):
    """A rule's regular expression ran into the time limit on one document."""

    def __init__(self, rule_id: str, where: str, seconds: float) -> None:
        self.rule_id = rule_id
        self.where = where
        super().__init__(f"rule {rule_id} ({where}) ran over its {seconds:g} s regex time limit")


class InputError(CleanerError):
    """An input cannot be cleaned (undecodable, binary, unknown site...)."""
