"""What cleaning returns: the body, and a record of every removed span and why."""

from __future__ import annotations

from dataclasses import dataclass, replace

# A body that keeps less than a fifth of its input's words is flagged: cleaned site pages lose up
# to about half (header, footer, share rows); losing more usually means a rule or boundary misfired.
DEFAULT_MAX_WORD_LOSS = 0.8


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

    ``status`` is ``"ok"``; ``"empty"`` when nothing of the document was kept; ``"lossy"`` when the
    body kept some text but lost more than ``DEFAULT_MAX_WORD_LOSS`` of the input's words (see
    ``with_max_word_loss``). ``input_words``/``output_words`` count whitespace-separated words of the
    normalised input lines and of the body.
    """

    body: str
    title: str | None
    site: str | None
    language: str | None
    removed: tuple[RemovedSpan, ...]
    mode: str = "text"
    status: str = "ok"
    input_words: int = 0
    output_words: int = 0

    @property
    def word_loss(self) -> float:
        """The share of the input's words that are not in the body (0.0 for an input without words)."""
        if not self.input_words:
            return 0.0
        return max(0.0, 1.0 - self.output_words / self.input_words)

    def with_max_word_loss(self, max_word_loss: float) -> CleanResult:
        """This result with its status judged against another word-loss limit."""
        status = status_of(self.body, self.input_words, self.output_words, max_word_loss)
        return self if status == self.status else replace(self, status=status)


def status_of(body: str, input_words: int, output_words: int, max_word_loss: float = DEFAULT_MAX_WORD_LOSS) -> str:
    """``"empty"`` for no body, ``"lossy"`` when more than `max_word_loss` of the words went, else ``"ok"``."""
    if not body:
        return "empty"
    if input_words and output_words < input_words * (1.0 - max_word_loss):
        return "lossy"
    return "ok"


@dataclass(frozen=True)
class ExplainedLine:
    """One input line and, if it was removed, the span record that removed it."""

    number: int
    text: str
    removed_by: RemovedSpan | None
