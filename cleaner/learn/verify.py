"""The last guard: the written file, run by the engine on the sample itself, keeps every body sentence.

The guard in ``classes`` judges line classes; this one judges the rules as written, together, the
way the engine applies them (a regex is wider than the lines it was learned from, a marker can land
inside an unclear page's body). A rule that removes a line reading like a sentence from a page's
body is taken out, or just its entry for that line when it lists lines. A sentence printed verbatim
on many pages is template and stays removable, and so are a label followed by a headline the sample
prints elsewhere (a teaser) and a notice set between paragraphs, as in ``classes``.
"""

from __future__ import annotations

import functools
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from cleaner.engine import Cleaner
from cleaner.matchers import line_key
from cleaner.result import ExplainedLine

from .classes import GUARD_SHARE, common_edges, framed_keys, points_to_headline, template_share
from .emit import Rule
from .lines import exact_key, names_site, one_open_keys, quoted_keys, sentence_like, tokens
from .model import LearnOptions, Template, thresholds
from .sample import SamplePage
from .skeletons import skeleton_keys


def offending(
    yaml_text: str, rules: list[Rule], site: str, template: Template, options: LearnOptions
) -> dict[str, set[str]]:
    """Rule id -> the body sentences of the sample it removes, for the rules that go too far.

    A rule listing lines goes too far on any such sentence (the entry for it will go); a rule with
    a pattern when a quarter of the body lines it removes are such sentences, as in ``classes``.
    """
    pages = template.pages
    verbatim = template_share(len(pages), options)
    headlines = frozenset(line for page in pages for line in page.lines)
    # Counted as the learner counts lines (numbers, and month and weekday names beside them, as one;
    # also with one word open, or a phrase): a template sentence carrying the date, or one of
    # the desk's addresses, or a venue, is on every page, not a sentence of one.
    # and a sentence framing several values (see ``skeletons``)
    edges = common_edges(pages, thresholds(len(pages), options)[1])
    skeletons = skeleton_keys(pages, thresholds(len(pages), options)[1])

    def keys(line: str) -> tuple[str, ...]:
        framed = tuple(key for _, key, _ in framed_keys(line, edges))
        return template_keys(line) + framed + tuple(key for key, _ in skeletons.get(line, ()))

    df = Counter(key for page in pages for key in {k for s in page.lines for k in keys(s)})
    removed: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    found: defaultdict[str, set[str]] = defaultdict(set)
    with tempfile.TemporaryDirectory(prefix="cleaner-learn-") as folder:
        path = Path(folder) / "learned.yaml"
        path.write_text(yaml_text, encoding="utf-8")
        shown = str(path.resolve())
        cleaner = Cleaner(rules=[path])
        for page, region in zip(pages, template.regions, strict=True):
            if region is None:
                continue
            for pos, line in enumerate(_explained(cleaner, page, site)):
                span = line.removed_by
                if span is None or span.rule_file != shown or pos not in region:
                    continue
                removed[span.rule_id] += 1
                if (
                    sentence_like(line.text)
                    and max(df[k] for k in keys(line.text)) < verbatim
                    and not names_site(line.text, template.names)
                    and line_key(line.text) not in template.notices
                    and not points_to_headline(line.text, headlines)
                ):
                    found[span.rule_id].add(line.text)
                    hits[span.rule_id] += 1
    listing = {rule.id for rule in rules if rule.entry_notes}
    # an echo's words stay in the body; a caption above its credit, or framed under a heading, is
    # judged where it is learned (boxes)
    spared = {rule.id for rule in rules if rule.op == "drop-echo" or "before" in rule.params or _closed_block(rule)}
    return {
        rule_id: lines
        for rule_id, lines in found.items()
        if rule_id not in spared and (rule_id in listing or hits[rule_id] >= GUARD_SHARE * removed[rule_id])
    }


def _closed_block(rule: Rule) -> bool:
    """A drop-block rule taking a closed block under its heading: a caption framed by its credit, a
    box over the footer."""
    return rule.op == "drop-block" and ("until" in rule.params or bool(rule.params.get("to_end")))


@functools.lru_cache(maxsize=1 << 16)
def template_keys(line: str) -> tuple[str, ...]:
    """The keys under which a verbatim template line is counted: its exact key, and its keys with one
    word (or name) open, or what it quotes."""
    toks = tokens(line)
    return (exact_key(toks), *one_open_keys(line, toks), *quoted_keys(line))


def _explained(cleaner: Cleaner, page: SamplePage, site: str) -> list[ExplainedLine]:
    """The engine's verdict on each of the page's sample lines (an HTML page's pruned lines, which
    come first, left out)."""
    if page.markup is None:
        return cleaner.explain("\n".join(page.lines), site=site, mode="text")[1]
    _, lines = cleaner.explain(page.markup, url=page.url, site=site, mode="html")
    return [line for line in lines if line.text][page.skipped :]


def prune(rules: list[Rule], found: dict[str, set[str]]) -> list[Rule]:
    """`rules` without what `offending` found: the entries for those lines, or whole rules."""
    kept = []
    for rule in rules:
        lines = found.get(rule.id)
        if not lines:
            kept.append(rule)
        elif rule.entry_notes and rule.matcher is not None:
            keys = {line_key(s) for s in lines}
            _drop_entries(rule, "normalized", lambda e, keys=keys: line_key(e) in keys)
            _drop_entries(rule, "exact", lambda e, lines=lines: e in lines)
            if rule.matcher.normalized or rule.matcher.exact:
                kept.append(rule)
    return kept


def _drop_entries(rule: Rule, kind: str, gone: Callable[[str], bool]) -> None:
    assert rule.matcher is not None
    entries = getattr(rule.matcher, kind)
    notes = rule.entry_notes.get(kind, [])
    pairs = [(e, n) for e, n in zip(entries, notes, strict=True) if not gone(e)]
    setattr(rule.matcher, kind, [e for e, _ in pairs])
    rule.entry_notes[kind] = [n for _, n in pairs]
