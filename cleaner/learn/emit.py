"""Writing what `learn` found as a site rule file: the engine's own operations, with provenance.

Every matcher is a `normalized` line, an `exact` line, or a regex made of escaped literals and simple
bounded slots (a number, a word, a varying rest of at most N characters); each is checked against the
sample lines it was learned from before it is written. Each rule says in its `doc` on how many of the
sampled pages it was seen, carries an example in `examples.match` (checked every time the file loads),
and each line of a grouped rule has its page count as a comment.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from cleaner.matchers import MAX_KEY_LINE, line_key

from .boundaries import needed
from .classes import PHRASED, phrase_chars
from .htmlrules import HtmlRules, body_id, prune_id
from .lines import CALENDAR, ROW_SEP_RE, SENTENCE_END_RE, SLOT, tokens
from .model import LineClass, Marker, Template
from .patterns import NO_SENTENCE_END, affix_regex, credit_regex, round_up, row_regex, token_regex

LONG_LINE = 250
# Characters YAML does not allow unescaped (YAML 1.1, 5.1: c-printable).
NOT_YAML_PRINTABLE_RE = regex.compile(r"[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
ID_CLEAN_RE = regex.compile(r"[^a-z0-9_.-]+")
SLUG_RE = regex.compile(r"[a-z0-9]+")
POSITION_DOC = {
    "top": "above the article",
    "inline": "between the article's paragraphs",
    "bottom": "below the article",
}


@dataclass
class Matcher:
    """A matcher as it will be written: one of normalized / exact / regex, plus max_chars."""

    normalized: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    regex: str | None = None
    max_chars: int | None = None
    pages: dict[str, int] = field(default_factory=dict)  # on how many pages each entry was seen

    def compiled(self) -> regex.Pattern[str] | None:
        return regex.compile(self.regex) if self.regex else None

    def matches(self, line: str) -> bool:
        if self.max_chars is not None and len(line) > self.max_chars:
            return False
        if line in self.exact or line_key(line) in {line_key(s) for s in self.normalized}:
            return True
        pattern = self.compiled()
        return bool(pattern and pattern.fullmatch(line))


def matcher_for(cls: LineClass) -> Matcher:
    """The narrowest matcher that matches every sample line of `cls`."""
    lines = [o.line for o in cls.occ]
    if cls.kind == "exact":
        return _exact_matcher(cls, lines)
    longest = round_up(max(map(len, lines)) * 1.5 + 10)
    if cls.kind.startswith("slot") or cls.kind in PHRASED:
        example = cls.example()
        opened = next(o.open for o in cls.occ if o.line == example)
        seen = _calendar_names(lines)
        phrase = phrase_chars(cls) if cls.kind in PHRASED else 0
        candidates = [
            token_regex(example, opened, seen=seen, phrase=phrase),
            token_regex(example, opened, exact_gaps=False, seen=seen, phrase=phrase),
        ]
    elif cls.kind == "row":
        candidates = [row_regex(cls.key, max(len(f) for line in lines for f in ROW_SEP_RE.split(line)))]
    else:
        candidates = [_affix_regex(cls)]
    for rx in candidates:
        m = Matcher(regex=rx, max_chars=longest)
        if all(m.matches(line) for line in lines):
            return m
    return _exact_matcher(cls, lines)


def _exact_matcher(cls: LineClass, lines: list[str]) -> Matcher:
    """One normalised line; or, when the numbers come in several shapes, a regex; else each variant."""
    if cls.key.startswith("="):
        return _variants(cls, lambda s: s, "exact")
    keys = {line_key(s) for s in lines}
    dated = CALENDAR in cls.key.split()
    if len(keys) == 1 and not dated and len(lines[0]) <= LONG_LINE and max(map(len, keys)) <= MAX_KEY_LINE:
        return Matcher(normalized=[cls.example()], pages={cls.example(): cls.support})
    for exact_gaps in (True, False):
        rx = token_regex(cls.example(), (), exact_gaps=exact_gaps, seen=_calendar_names(lines))
        m = Matcher(regex=rx, max_chars=round_up(max(map(len, lines)) * 1.2 + 10))
        if all(m.matches(line) for line in lines):
            return m
    if max(map(len, lines)) <= LONG_LINE:
        return _variants(cls, line_key, "normalized")
    return _variants(cls, lambda s: s, "exact")


def _calendar_names(lines: list[str]) -> list[str]:
    return sorted({t.text for line in set(lines) for t in tokens(line) if t.kind == "cal"})


def _variants(cls: LineClass, key: Callable[[str], str], kind: str) -> Matcher:
    """Each variant of the class's lines (under `key`), written as its most common line."""
    pages: defaultdict[str, set[int]] = defaultdict(set)
    lines: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for o in cls.occ:
        pages[key(o.line)].add(o.page)
        lines[key(o.line)][o.line] += 1
    shown = {k: lines[k].most_common(1)[0][0] for k in sorted(pages)}
    m = Matcher(pages={shown[k]: len(pages[k]) for k in shown})
    setattr(m, kind, list(shown.values()))
    return m


def _affix_regex(cls: LineClass) -> str:
    label = Counter(o.literal for o in cls.occ).most_common(1)[0][0]
    if cls.kind in ("credit", "credits"):
        credits = [o.line[len(o.rest) :].strip() for o in cls.occ]
        seen = () if label else sorted({c[1:-1].strip() for c in credits})  # an open credit: those seen
        longest = max(map(len, credits))
        return credit_regex(cls.key.split(" ", 1)[0], label, max(len(o.rest) for o in cls.occ), longest, seen)
    sep = cls.key.rsplit(" ", 1)[1] if cls.kind == "prefix" else cls.key.split(" ", 1)[0]
    sentences = any(SENTENCE_END_RE.search(o.line) for o in cls.occ)
    seen = _calendar_names([o.literal for o in cls.occ])
    return affix_regex(cls.kind, label, sep, max(len(o.rest) for o in cls.occ), sentences=sentences, seen=seen)


# --- the file ----------------------------------------------------------------------------------------


@dataclass
class Rule:
    id: str
    op: str
    doc: str
    matcher: Matcher | None = None
    params: dict[str, object] = field(default_factory=dict)
    example: str | None = None
    entry_notes: dict[str, list[str]] = field(default_factory=dict)  # a comment per normalized/exact entry


def rules_for(template: Template, site_id: str) -> list[Rule]:
    n = len(template.pages)
    rules: list[Rule] = []
    title_of = {id(m): share for m, share in template.titles}
    for i, m in enumerate(template.starts, 1):
        if id(m) in title_of:
            rules.append(_title_rule(site_id, i, m, title_of[id(m)], n))
    rules += [_boundary_rule(site_id, "body-start", i, m, n) for i, m in enumerate(template.starts, 1)]
    rules += [_boundary_rule(site_id, "body-end", i, m, n) for i, m in enumerate(template.ends, 1)]
    rules += _drop_rules(template, site_id, n)
    return rules


def html_rules(found: HtmlRules | None, site_id: str, n: int) -> list[Rule]:
    """The html-prune rules (one a selector, so each removal names its own) and the html-body rule."""
    if found is None:
        return []
    rules = [
        Rule(
            id=prune_id(site_id, c.css),
            op="html-prune",
            doc=f"Learned: these elements held template text on {len(c.gain)} of {n} sampled pages (found on "
            f"{len(c.pages)}), never a line of an article; for instance {_short(c.example)!r}.",
            params={"select": c.css},
        )
        for c in found.prune
    ]
    if found.body is not None:
        rules.append(
            Rule(
                id=body_id(site_id),
                op="html-body",
                doc=f"Learned: the article is inside this element on {len(found.body.pages)} of {n} sampled pages, "
                f"template text outside it on {len(found.body.gain)}.",
                params={"select": found.body.css},
            )
        )
    return rules


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\N{HORIZONTAL ELLIPSIS}"


def _seen(pages: int, n: int) -> str:
    return f"seen on {pages} of {n} sampled pages"


def _title_rule(site_id: str, i: int, m: Marker, share: int, n: int) -> Rule:
    return Rule(
        id=f"{site_id}.title-{i}" if i > 1 else f"{site_id}.title",
        op="title",
        doc=f"Learned: the page title is the line just after {m.cls.example()!r} ({share} of {n} sampled pages).",
        params={"after": matcher_for(m.cls), "within": m.within},
    )


def _boundary_rule(site_id: str, op: str, i: int, m: Marker, n: int) -> Rule:
    where = "begins after" if op == "body-start" else "ends before"
    name = "header" if op == "body-start" else "footer"
    params: dict[str, object] = {"within": m.within} if op == "body-start" else {}
    if m.skip_chars:
        params["skip"] = Matcher(regex=f"(?i).+{NO_SENTENCE_END}", max_chars=m.skip_chars)
    if m.title_chars:
        params["skip_before"] = Matcher(regex=f".+{NO_SENTENCE_END}", max_chars=m.title_chars)
        params["skip_lines"] = 1
    return Rule(
        id=f"{site_id}.{name}" + (f"-{i}" if i > 1 else ""),
        op=op,
        doc=f"Learned: the article {where} this line ({_seen(len(m.pages), n)})"
        + ("; a fallback for pages without the markers above" if i > 1 else "")
        + (
            f"; it skips the table of contents after it ({len(m.skips)} pages): short lines without a sentence end"
            if m.skip_chars
            else ""
        )
        + ("; the box it opens has a title right above it, a short line without a sentence end" * bool(m.title_chars))
        + ".",
        matcher=matcher_for(m.cls),
        params=params,
        example=m.cls.example(),
    )


def _drop_rules(template: Template, site_id: str, n: int) -> list[Rule]:
    """One rule per line class with a regex; the others grouped by position, one entry per line."""
    groups: dict[str, list[LineClass]] = {"top": [], "inline": [], "bottom": []}
    singles: list[Rule] = []
    used_ids: Counter[str] = Counter()
    classes = sorted(needed(template, n), key=lambda c: (-c.support, c.key))
    matchers = {id(c): matcher_for(c) for c in classes}
    patterns = [m for m in matchers.values() if m.regex is not None]
    for cls in classes:
        matcher = matchers[id(cls)]
        if matcher.regex is None:
            if not all(any(p.matches(o.line) for p in patterns) for o in cls.occ):  # else a regex has it
                groups[cls.position].append(cls)
            continue
        slug = _slug(cls)
        used_ids[slug] += 1
        singles.append(
            Rule(
                id=f"{site_id}.{slug}" + (f"-{used_ids[slug]}" if used_ids[slug] > 1 else ""),
                op="drop",
                doc=f"Learned: {_kind_doc(cls)} {POSITION_DOC[cls.position]} ({_seen(cls.support, n)}).",
                matcher=matcher,
                example=cls.example(),
            )
        )
    out = []
    for position, members in groups.items():
        if not members:
            continue
        matcher = Matcher()
        notes: dict[str, list[str]] = {"normalized": [], "exact": []}
        for cls in members:
            m = matchers[id(cls)]
            kind = "normalized" if m.normalized else "exact"
            entries = m.normalized or m.exact
            getattr(matcher, kind).extend(entries)
            notes[kind] += [f"{m.pages.get(e, cls.support)}/{n} pages" for e in entries]
        out.append(
            Rule(
                id=f"{site_id}.{position}-lines",
                op="drop",
                doc=f"Learned: template lines {POSITION_DOC[position]}, each seen on several sampled pages "
                "(counts beside each line).",
                matcher=matcher,
                entry_notes=notes,
            )
        )
    return out + singles


def _kind_doc(cls: LineClass) -> str:
    return {
        "exact": "a template line whose numbers vary",
        "slot1": "a template line with a varying word",
        "slot2": "a template line with varying words",
        "slot3": "a dated template line with varying words",
        "frame": "a template sentence with a varying phrase",
        "bracket": "a template sentence beginning and ending with per-story values",
        "skeleton": "a template sentence with several varying values",
        "prefix": "a label followed by a varying text",
        "suffix": "a varying text ending with the same label",
        "credit": "a caption: a varying text ending with a credit",
        "credits": "a caption: a varying text ending with one of these credits",
        "row": "a row of varying fields between the same separators",
    }[cls.kind]


def _slug(cls: LineClass) -> str:
    if cls.kind in ("prefix", "suffix", "credit", "credits"):
        base = cls.key
    else:
        base = " ".join(w for w in cls.key.split() if w not in ("0", SLOT))
    words = SLUG_RE.findall(base.casefold())[:3]
    return "-".join(words) if words else {"exact": "numbers"}.get(cls.kind, cls.kind)


def site_id(site: str) -> str:
    """A rule-id prefix from a site name: 'Warta Kini' -> 'warta-kini', 'example.com' -> 'example.com'."""
    cleaned = ID_CLEAN_RE.sub("-", site.casefold()).strip("-._")
    return cleaned or "site"


# --- YAML --------------------------------------------------------------------------------------------


def quote(text: str) -> str:
    """A YAML single-quoted scalar (backslashes stay literal, which keeps regexes readable); a
    double-quoted one with escapes for the rare text YAML cannot hold as it is."""
    if NOT_YAML_PRINTABLE_RE.search(text):
        return json.dumps(text)
    return "'" + text.replace("'", "''") + "'"


def to_yaml(header: list[str], fields: dict[str, object], fingerprints: list[Matcher], rules: list[Rule]) -> str:
    out = [f"# {line}" if line else "#" for line in header]
    for key, value in fields.items():
        if isinstance(value, list):
            out.append(f"{key}: [{', '.join(quote(str(v)) for v in value)}]")
        else:
            out.append(f"{key}: {quote(str(value))}")
    if fingerprints:
        out += ["fingerprints:", f"  min: {min(2, len(fingerprints))}", "  lines:"]
        for m in fingerprints:
            out += _matcher_yaml(m, "    - ", "      ")
    out += ["", "rules:" if rules else "rules: []  # nothing repeats across the sampled pages"]
    for rule in rules:
        out += _rule_yaml(rule)
    return "\n".join(out) + "\n"


def _rule_yaml(rule: Rule) -> list[str]:
    out = [f"  - id: {rule.id}", f"    op: {rule.op}", f"    doc: {quote(rule.doc)}"]
    if rule.matcher is not None:
        out += _matcher_yaml(rule.matcher, "    ", "    ", rule.entry_notes)
    for name, value in rule.params.items():
        if isinstance(value, Matcher):
            out.append(f"    {name}:")
            out += _matcher_yaml(value, "      ", "      ")
        elif isinstance(value, str):
            out.append(f"    {name}: {quote(value)}")
        elif isinstance(value, bool):
            out.append(f"    {name}: {'true' if value else 'false'}")
        else:
            out.append(f"    {name}: {value}")
    if rule.example is not None:
        out += ["    examples:", f"      match: [{quote(rule.example)}]"]
    out.append("")
    return out


def _matcher_yaml(m: Matcher, first: str, rest: str, notes: dict[str, list[str]] | None = None) -> list[str]:
    lines: list[str] = []
    for name in ("normalized", "exact"):
        entries = getattr(m, name)
        comments = (notes or {}).get(name)
        if not entries:
            continue
        if not comments:
            lines.append(f"{name}: [{', '.join(quote(e) for e in entries)}]")
            continue
        lines.append(f"{name}:")
        lines += [f"  - {quote(e)}  # {note}" for e, note in zip(entries, comments, strict=True)]
    if m.regex:
        lines.append(f"regex: {quote(m.regex)}")
    if m.max_chars is not None:
        lines.append(f"max_chars: {m.max_chars}")
    return [(first if i == 0 else rest) + line for i, line in enumerate(lines)]
