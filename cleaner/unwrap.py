"""Line-wrap repair: rebuild paragraphs from hard-wrapped lines.

Placeholder implementation; the contract below is what the engine relies on.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

SENTENCE_END = '.!?:"\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]'


class Break(enum.IntEnum):
    """What separated a line from the one before it in the source."""

    NEWLINE = 0  # a plain line break
    BLANK = 1  # one or more blank lines
    REMOVED = 2  # lines removed by a rule sat here (with or without blank lines around them)


def paragraphs(lines: Sequence[str], breaks: Sequence[Break]) -> list[str]:
    """Join stripped, non-empty `lines` into paragraphs.

    ``breaks[i]`` is the break before ``lines[i]`` (``breaks[0]`` is ignored). Lines inside a
    paragraph are joined with a space (no space between CJK characters); a removed span between
    two halves of one sentence joins them again.
    """
    out: list[str] = []
    for i, line in enumerate(lines):
        joins = breaks[i] == Break.NEWLINE or (breaks[i] == Break.REMOVED and _continues(out[-1] if out else "", line))
        if out and joins:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _continues(before: str, after: str) -> bool:
    return bool(before) and before[-1] not in SENTENCE_END and after[:1].islower()


def split_lines(text: str) -> tuple[list[str], list[Break]]:
    """Split text into its non-empty stripped lines and the break before each."""
    lines: list[str] = []
    breaks: list[Break] = []
    pending = Break.NEWLINE
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            pending = Break.BLANK
            continue
        lines.append(line)
        breaks.append(pending)
        pending = Break.NEWLINE
    return lines, breaks


def unwrap(text: str) -> str:
    """Repair hard-wrapped `text`; paragraphs come back separated by one blank line."""
    return "\n\n".join(paragraphs(*split_lines(text)))
