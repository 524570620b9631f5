"""`cleaner learn`: write a site's rule file from a sample of its pages.

A site's template repeats on every page, so a sample of its pages shows what is boilerplate. `learn`
reads the pages, drops repeats (the same article crawled twice would teach it to delete the article),
counts lines under exact and generalised keys, finds each page's body, and writes what it found with
the engine's own operations: body-start and body-end markers, a title rule, and drop rules for
template lines inside the body. Candidates that would remove body-like text are rejected and counted,
and so are rules that, run by the engine on the sample itself, would take a sentence out of a body.

From HTML pages it learns the same text rules from what HTML mode extracts, and before them
``html-prune`` selectors for repeated elements holding template text and an ``html-body`` selector
for the article's container (see ``htmlrules``), each checked on every sampled page.

>>> from cleaner.learn import learn_pages  # doctest: +SKIP
>>> learned = learn_pages(pages, site="example.com")  # doctest: +SKIP
>>> Path("example.com.yaml").write_text(learned.yaml)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from cleaner.ruleset import Catalog, load_file, load_files

from . import boxes, emit, htmlrules, verify
from .induce import induce
from .lines import site_names
from .model import LearnOptions, Template
from .sample import LearnError, SamplePage, common_host, dedupe, read_pages

__all__ = ["LearnError", "LearnOptions", "Learned", "SamplePage", "learn_files", "learn_pages", "write_rule_file"]

DOMAIN_RE = regex.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}")
FINGERPRINT_SHARE = 0.9
NAME_WORD_RE = regex.compile(r"\p{L}{4,}")
NOT_NAMES = frozenset({"www", "news", "example", "online", "site"})
DEFAULT_OPTIONS = LearnOptions()
VERIFY_ROUNDS = 3


@dataclass(frozen=True)
class Learned:
    """A learned rule file and what went into it."""

    site: str
    yaml: str
    pages: int
    duplicates: tuple[tuple[str, str], ...]  # (dropped page, the page it repeats)
    rules: int
    rejected: tuple[str, ...]  # an example line of each candidate the guard rejected
    empty: tuple[str, ...] = ()  # pages without a line of text

    def summary(self) -> str:
        skipped = [f"{len(self.duplicates)} duplicate(s)"] if self.duplicates else []
        skipped += [f"{len(self.empty)} empty"] if self.empty else []
        dup = f" ({' and '.join(skipped)} skipped)" if skipped else ""
        return (
            f"learned {self.rules} rule(s) for {self.site} from {self.pages} page(s){dup}; "
            f"rejected {len(self.rejected)} body-like candidate(s)"
        )


def learn_files(
    inputs: Iterable[str], site: str, *, mode: str = "auto", options: LearnOptions = DEFAULT_OPTIONS
) -> Learned:
    """Learn from files, folders and JSONL records (see `learn_pages`)."""
    return learn_pages(read_pages(inputs, mode), site, options=options)


def learn_pages(pages: Sequence[SamplePage], site: str, *, options: LearnOptions = DEFAULT_OPTIONS) -> Learned:
    """A rule file for `site` from `pages` of it.

    Raises LearnError with fewer than `options.min_pages` different pages (repeats and empty pages
    do not count).
    """
    empty = [p.source for p in pages if not p.lines]
    kept, dropped = dedupe([p for p in pages if p.lines])
    if len(kept) < options.min_pages:
        why = [f"{len(dropped)} duplicate(s) of other pages"] if dropped else []
        why += [f"{len(empty)} empty page(s)"] if empty else []
        raise LearnError(
            f"need at least {options.min_pages} different pages of the site to learn from, got {len(kept)}"
            + (f" ({' and '.join(why)} not counted)" if why else "")
        )
    name, sid = site.strip().lower(), emit.site_id(site)
    names = site_names(name)
    selectors = None
    if any(page.markup is not None for page in kept):
        # selectors first, found with the template of the plain extraction; then the text rules
        # from what the extraction keeps once they apply, as the engine will run them
        selectors = htmlrules.learn(kept, induce(kept, options, names), options, sid)
        kept = [page.extracted(found) for page, found in zip(kept, selectors.extractions, strict=True)]
    template = induce(kept, options, names)
    rules = emit.html_rules(selectors, sid, len(kept)) + emit.rules_for(template, sid)
    rules += boxes.rules_for(template, sid, options)
    rejected = [c.example() for c in template.rejected]
    notes = _selector_notes(selectors)
    for _ in range(VERIFY_ROUNDS):
        written = _yaml(name, kept, dropped, template, rules, rejected, notes)
        found = verify.offending(written, rules, name, template, options)
        if not found:
            break
        rules = verify.prune(rules, found)
        rejected += sorted({line for lines in found.values() for line in lines})
    return Learned(
        site=name,
        yaml=_yaml(name, kept, dropped, template, rules, rejected, notes),
        pages=len(kept),
        duplicates=tuple((a.source, b.source) for a, b in dropped),
        rules=len(rules),
        rejected=tuple(rejected),
        empty=tuple(empty),
    )


def _yaml(
    name: str,
    kept: list[SamplePage],
    dropped: list[tuple[SamplePage, SamplePage]],
    template: Template,
    rules: list[emit.Rule],
    rejected: list[str],
    notes: list[str],
) -> str:
    header = _header(name, kept, dropped, rejected) + notes
    return emit.to_yaml(header, _fields(name, kept), _fingerprints(template, name), rules)


def _header(site: str, kept: list[SamplePage], dropped: list, rejected: list[str]) -> list[str]:
    kind = "HTML pages" if any(page.markup is not None for page in kept) else "pages"
    lines = [
        f"Learned by `cleaner learn` from {len(kept)} {kind} of {site}"
        + (f" ({len(dropped)} duplicate page{'s' if len(dropped) > 1 else ''} skipped)." if dropped else "."),
        "Every rule says on how many sampled pages it was seen. Read it, correct it, keep it.",
    ]
    if rejected:
        lines.append(f"Rejected as body-like ({len(rejected)}), for instance:")
        lines += [f"  {_short(line)}" for line in rejected[:3]]
    return lines


def _selector_notes(selectors: htmlrules.HtmlRules | None) -> list[str]:
    """The header's word on selectors left out because they would take article text."""
    if selectors is None or not selectors.rejected:
        return []
    shown = ", ".join(selectors.rejected[:4]) + (", ..." if len(selectors.rejected) > 4 else "")
    return [f"Selectors not written: they find article text on a sampled page ({len(selectors.rejected)}): {shown}"]


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\N{HORIZONTAL ELLIPSIS}"


def _fields(site: str, pages: list[SamplePage]) -> dict[str, object]:
    fields: dict[str, object] = {
        "site": site,
        "description": f"Learned from {len(pages)} sampled pages; see the counts in each rule.",
    }
    domains = [d for d in (site if DOMAIN_RE.fullmatch(site) else None, common_host(pages)) if d]
    if domains:
        fields["domains"] = sorted(set(domains))
    return fields


def _fingerprints(template: Template, site: str) -> list[emit.Matcher]:
    """Up to three lines on nearly every page that name the site ("© 2024 Example News").

    Only lines naming the site: a line any site of the same software prints ("Your email address
    will not be published.") would claim other sites' pages for this file when no URL is known.
    """
    n = len(template.pages)
    names = {w for w in NAME_WORD_RE.findall(site.casefold()) if w not in NOT_NAMES}
    found = [
        cls
        for cls in template.classes
        if cls.kind == "exact" and cls.support >= FINGERPRINT_SHARE * n and any(w in cls.key for w in names)
    ]
    found.sort(key=lambda c: (-c.support, -len(c.example()), c.key))
    return [emit.matcher_for(c) for c in found[:3]]


def write_rule_file(learned: Learned, target: Path, *, force: bool = False) -> None:
    """Check the learned file loads (alone and beside the built-in rules), then write it atomically."""
    if target.exists() and not force:
        raise LearnError(f"{target}: already exists; pass --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".yaml", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(learned.yaml)
        Catalog([*load_files(), load_file(tmp, str(target))])
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
