"""Rule files: finding, loading, validating, and choosing which apply to a page.

Two kinds of file, told apart by their first key:

- a **site file** (``site: eureporter.co``) with ``domains`` and optional text ``fingerprints``;
- a **generic file** (``language: id``, or ``language: any``): whole-line labels of one language,
  applied to every page (see ``Catalog.generic_files``).

Both hold a list of ``rules`` (see ``cleaner.ops``). Everything is checked when the file is loaded:
unknown keys, wrong kinds, regexes that do not compile, duplicate rule ids, rule examples that fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex

from cleaner.errors import Location, RuleError, RuleTimeout
from cleaner.matchers import BACKREFERENCE_RE, MAX_KEY_LINE, REGEX_TIMEOUT, Matcher, compile_patterns, line_key
from cleaner.ops import COMMON_FIELDS, EXAMPLE_FIELDS, MATCHER_FIELDS, OPS, Rule
from cleaner.schema import Doc, Field, as_list, check_fields, compile_regex, load_yaml

PACKAGE_DIR = Path(__file__).resolve().parent
RULE_ID_RE = regex.compile(r"[a-z0-9][a-z0-9_.-]*")
LANGUAGE_RE = regex.compile(r"any|[a-z]{2,3}")
# Fingerprints are looked for among the page's first and last lines only.
FINGERPRINT_SPAN = 60

FILE_FIELDS: dict[str, Field] = {
    "site": Field("str", "The site this file is for, e.g. 'eureporter.co' (site files)."),
    "language": Field("str", "ISO 639-1 code, or 'any', of the pages this file is for (generic files)."),
    "description": Field("str", "What the site or the file is."),
    "domains": Field("strings", "Host names of the site; their subdomains match too."),
    "fingerprints": Field("mapping", "Lines that recognise the site's pages when no URL is known."),
    "rules": Field("list", "The rules, applied in order within each operation.", True),
}
FINGERPRINT_FIELDS: dict[str, Field] = {
    "min": Field("int", "How many different fingerprint lines must be present (default 1)."),
    "lines": Field("list", "Matchers, each for one kind of line typical of the site.", True),
}


def builtin_rules_dir() -> Path:
    """The rules shipped with cleaner: inside an installed package, or beside it in a checkout."""
    inside = PACKAGE_DIR / "rules"
    return inside if inside.is_dir() else PACKAGE_DIR.parent / "rules"


@dataclass(frozen=True)
class RuleFile:
    """One loaded, validated rule file."""

    path: str
    site: str | None
    language: str | None
    rules: tuple[Rule, ...]
    domains: tuple[str, ...] = ()
    fingerprints: tuple[Matcher, ...] = ()
    fingerprint_min: int = 1
    description: str = ""

    @property
    def name(self) -> str:
        return self.site or f"generic:{self.language}"


def load_file(path: Path | str, display: str | None = None) -> RuleFile:
    """Load and check one rule file; `display` is the path shown in messages and records."""
    shown = display or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(Location(shown), f"cannot read rule file: {exc}") from None
    doc = load_yaml(shown, text)
    data = check_fields(doc, "", doc.data, FILE_FIELDS)
    if ("site" in data) == ("language" in data):
        raise doc.error("", "a rule file needs exactly one of 'site' or 'language'")
    if "language" in data and not LANGUAGE_RE.fullmatch(data["language"]):
        raise doc.error("language", f"not a language code: {data['language']!r}", "use e.g. 'en', 'id' or 'any'")
    rules = tuple(_rule(doc, f"rules[{i}]", raw) for i, raw in enumerate(data["rules"]))
    _check_unique(doc, rules)
    fp = check_fields(doc, "fingerprints", data.get("fingerprints", {"lines": []}), FINGERPRINT_FIELDS)
    return RuleFile(
        path=shown,
        site=data.get("site"),
        language=data.get("language"),
        rules=rules,
        domains=tuple(d.lower().removeprefix("www.") for d in as_list(data.get("domains"))),
        fingerprints=tuple(_matcher(doc, f"fingerprints.lines[{i}]", m) for i, m in enumerate(fp["lines"])),
        fingerprint_min=fp.get("min", 1),
        description=data.get("description", ""),
    )


def _rule(doc: Doc, key: str, raw: Any) -> Rule:
    if not isinstance(raw, dict):
        raise doc.error(key, "a rule must be a mapping with at least 'id' and 'op'")
    spec = OPS.get(raw.get("op"))  # type: ignore[arg-type]
    if spec is None:
        raise doc.error(
            f"{key}.op" if "op" in raw else key, f"unknown op {raw.get('op')!r}", "one of " + ", ".join(OPS)
        )
    check_fields(doc, key, raw, {**COMMON_FIELDS, **(MATCHER_FIELDS if spec.matcher != "none" else {}), **spec.fields})
    if not RULE_ID_RE.fullmatch(raw["id"]):
        raise doc.error(f"{key}.id", f"bad rule id {raw['id']!r}", "lower case letters, digits, '.', '-', '_'")
    match = _matcher(doc, key, {k: v for k, v in raw.items() if k in MATCHER_FIELDS}, required=False)
    params = {
        name: _param(doc, f"{key}.{name}", raw[name], spec.fields[name], raw["id"])
        for name in spec.fields
        if name in raw
    }
    _check_shape(doc, key, raw["op"], match, params, spec.matcher == "required")
    rule = Rule(
        id=raw["id"],
        op=raw["op"],
        file=doc.path,
        line=doc.at(key).line,
        match=match,
        params=params,
        doc=raw.get("doc", ""),
        examples=_examples(doc, f"{key}.examples", raw.get("examples")),
    )
    _check_examples(doc, key, rule)
    return rule


def _param(doc: Doc, key: str, value: Any, spec: Field, rule_id: str) -> Any:
    if spec.kind == "selectors":
        return tuple(
            _selector(doc, f"{key}[{i}]" if isinstance(value, list) else key, v, rule_id)
            for i, v in enumerate(as_list(value))
        )
    if spec.kind != "mapping":
        return value
    return _matcher(doc, key, check_fields(doc, key, value, MATCHER_FIELDS))


def _selector(doc: Doc, key: str, source: str, rule_id: str) -> Any:
    from cleaner.html import selector  # lxml and trafilatura: only loaded when a file has selectors

    try:
        return selector(source, rule_id)
    except ValueError as exc:
        raise doc.error(key, str(exc), repr(source)) from None


def _matcher(doc: Doc, key: str, raw: Any, *, required: bool = True) -> Matcher:
    raw = check_fields(doc, key, raw, MATCHER_FIELDS)
    for i, pattern in enumerate(as_list(raw.get("regex"))):
        if BACKREFERENCE_RE.search(pattern):
            where = f"{key}.regex[{i}]" if isinstance(raw["regex"], list) else f"{key}.regex"
            raise doc.error(where, "backreferences are not supported in rule regexes", "match whole lines without them")
    matcher = Matcher(
        exact=frozenset(s.strip() for s in as_list(raw.get("exact"))),
        keys=frozenset(line_key(s) for s in as_list(raw.get("normalized"))),
        pattern=_pattern(doc, f"{key}.regex", raw.get("regex")),
        max_chars=raw.get("max_chars"),
        sources=tuple(as_list(raw.get("regex"))),
    )
    if matcher.empty and required:
        raise doc.error(key, "a matcher needs at least one of 'exact', 'normalized' or 'regex'")
    if any(len(k) > MAX_KEY_LINE or not k for k in matcher.keys):
        raise doc.error(f"{key}.normalized", "a normalized entry is empty or too long once normalised")
    return matcher


def _pattern(doc: Doc, key: str, value: Any) -> regex.Pattern[str] | None:
    """A matcher's regexes compiled into one pattern, each compiled once; a pattern that does not
    compile is named by its place in the file."""
    sources = as_list(value)
    try:
        return compile_patterns(sources)
    except regex.error as exc:
        for i, source in enumerate(sources):
            compile_regex(doc, f"{key}[{i}]" if isinstance(value, list) else key, source)
        raise doc.error(key, f"regexes do not compile together: {exc.msg}", "write them as one pattern") from None


def _check_shape(doc: Doc, key: str, op: str, match: Matcher, params: dict, needs_matcher: bool) -> None:
    if op == "title":
        given = [name for name in ("before", "after") if name in params] + ([] if match.empty else ["matcher"])
        if len(given) != 1:
            raise doc.error(key, "a title rule needs exactly one of 'before', 'after' or a matcher of its own")
    elif needs_matcher and match.empty:
        raise doc.error(key, f"a {op} rule needs at least one of 'exact', 'normalized' or 'regex'")
    if op == "drop-block" and not ({"then", "before"} & params.keys()):
        raise doc.error(
            key, "a drop-block rule needs 'then', 'before' or both", "the lines that go with a matching line"
        )
    if "skip_lines" in params and "skip_before" not in params:
        raise doc.error(f"{key}.skip_lines", "'skip_lines' counts the lines 'skip_before' takes: give it too")
    if params.get("skip_lines") == 0:
        raise doc.error(f"{key}.skip_lines", "'skip_lines: 0' takes nothing", "leave 'skip_before' out instead")
    if op == "drop-block" and "until" in params and "then" not in params:
        raise doc.error(f"{key}.until", "'until' closes the block 'then' takes: give 'then' too")
    if op == "drop-block" and "joined" in params and "before" not in params:
        raise doc.error(f"{key}.joined", "'joined' says when 'before' takes the line above: give 'before' too")
    if op == "drop-block" and "to_end" in params and not ("then" in params and "until" not in params):
        raise doc.error(
            f"{key}.to_end", "'to_end' takes what 'then' matches up to the footer: give 'then', not 'until'"
        )


def _examples(doc: Doc, key: str, raw: Any) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    check_fields(doc, key, raw, EXAMPLE_FIELDS)
    return {name: tuple(as_list(raw.get(name))) for name in EXAMPLE_FIELDS if name in raw}


def _check_examples(doc: Doc, key: str, rule: Rule) -> None:
    matcher = rule.match if not rule.match.empty else None
    if matcher is None and rule.examples:
        raise doc.error(f"{key}.examples", "examples need a rule with a matcher of its own")
    for want, name in ((True, "match"), (False, "no_match")):
        for i, line in enumerate(rule.examples.get(name, ())):
            if matcher is not None and matcher.matches(line.strip()) != want:
                verb = "does not match" if want else "matches"
                raise doc.error(f"{key}.examples.{name}[{i}]", f"rule {rule.id} {verb} its example {line!r}")


def _check_unique(doc: Doc, rules: Sequence[Rule]) -> None:
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        if rule.id in seen:
            raise doc.error(f"rules[{i}].id", f"duplicate rule id {rule.id!r}")
        seen.add(rule.id)


def rule_paths(path: Path) -> list[Path]:
    """The rule files at `path`: the file itself, or every ``*.yaml``/``*.yml`` below a folder."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    if not path.exists():
        raise RuleError(Location(str(path)), "no such rule file or folder")
    return [path]


def load_files(extra: Iterable[str | Path] = ()) -> list[RuleFile]:
    """The built-in rule files, then those found at each of `extra`, in order (each file once)."""
    root = builtin_rules_dir()
    builtin = rule_paths(root) if root.is_dir() else []
    files = [load_file(p, f"rules/{p.relative_to(root).as_posix()}") for p in builtin]
    seen = {p.resolve() for p in builtin}
    for item in extra:
        for path in rule_paths(Path(item)):
            if path.resolve() not in seen:
                seen.add(path.resolve())
                files.append(load_file(path))
    return files


@dataclass
class Catalog:
    """All loaded rule files, indexed for choosing a page's site and rules.

    A later site file for the same site replaces the earlier one entirely (user files are loaded
    after the built-in ones); generic files add up. Rule ids must be unique across what is active.
    """

    files: list[RuleFile]
    sites: dict[str, RuleFile] = field(init=False)
    domains: dict[str, str] = field(init=False)
    fingerprints: Fingerprints = field(init=False)
    rules: dict[str, Rule] = field(init=False)
    generic: dict[str, list[RuleFile]] = field(init=False)

    def __post_init__(self) -> None:
        self.sites, self.generic = {}, {}
        for f in self.files:
            if f.site:
                self.sites[f.site] = f
            else:
                self.generic.setdefault(f.language or "any", []).append(f)
        self.domains = {d: f.site for f in self.sites.values() for d in f.domains if f.site}
        self.fingerprints = Fingerprints(list(self.sites.values()))
        self.rules = {r.id: r for f in [*self.sites.values(), *self.generic_files()] for r in f.rules}
        _check_unique_ids(list(self.sites.values()) + [f for fs in self.generic.values() for f in fs])

    def rule(self, rule_id: str) -> Rule | None:
        """The active rule with this id."""
        return self.rules.get(rule_id)

    def site_named(self, name: str) -> RuleFile | None:
        """The site file called `name`, or the one owning domain `name`."""
        name = name.lower().removeprefix("www.")
        if name in self.sites:
            return self.sites[name]
        return self.site_for_host(name)

    def site_for_host(self, host: str) -> RuleFile | None:
        parts = host.lower().rstrip(".").split(".")
        for i in range(len(parts) - 1):
            site = self.domains.get(".".join(parts[i:]))
            if site:
                return self.sites[site]
        return None

    def site_for_url(self, url: str) -> RuleFile | None:
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname
        except ValueError:
            return None
        return self.site_for_host(host) if host else None

    def site_by_fingerprint(self, lines: Sequence[str], key: Callable[[int], str] | None = None) -> RuleFile | None:
        """The site whose fingerprints best match the page's first and last lines, if enough do.

        `key(i)` gives line i's ``line_key`` (the engine passes its page's cached keys).
        """
        site = self.fingerprints.best(lines, key or (lambda i: line_key(lines[i])))
        return self.sites[site] if site else None

    def generic_files(self) -> list[RuleFile]:
        """Every generic file, whatever the page's language.

        Generic rules only match complete short labels, so one language's labels are safe on pages in
        another; and pages mix languages (English ad labels on Indonesian sites, untranslated
        template words in machine translations). Choosing rules by detected language would also
        make cleaning depend on how much text is left, so that cleaning twice could differ.
        """
        return [f for fs in self.generic.values() for f in fs]


class Fingerprints:
    """Every site's fingerprints in one index, so a page's lines are looked up once however many sites.

    A site is recognised when at least its ``min`` different fingerprints each match some line among
    the page's first and last ``FINGERPRINT_SPAN`` non-empty lines; the site with most wins.
    """

    def __init__(self, sites: Sequence[RuleFile]) -> None:
        self.minimum = {f.site: f.fingerprint_min for f in sites}
        self.files = {f.site: f for f in sites}
        self.exact: dict[str, list[tuple[str, int, Matcher]]] = {}
        self.keys: dict[str, list[tuple[str, int, Matcher]]] = {}
        self.patterns: list[tuple[str, int, Matcher]] = []
        for f in sites:
            for n, matcher in enumerate(f.fingerprints):
                entry = (f.site or "", n, matcher)
                for text in matcher.exact:
                    self.exact.setdefault(text, []).append(entry)
                for k in matcher.keys:
                    self.keys.setdefault(k, []).append(entry)
                if matcher.pattern is not None:
                    self.patterns.append(entry)
        self.key_span = min(MAX_KEY_LINE, 2 * max(map(len, self.keys), default=0) + 10)

    def best(self, lines: Sequence[str], key: Callable[[int], str]) -> str | None:
        if not self.minimum:
            return None
        hits: dict[str, set[int]] = {}
        for i in self._probe(lines):
            for site, n in self._matching(lines[i], i, key):
                hits.setdefault(site, set()).add(n)
        ranked = sorted(((len(found), site) for site, found in hits.items() if len(found) >= self.minimum[site]))
        return ranked[-1][1] if ranked else None

    def _probe(self, lines: Sequence[str]) -> list[int]:
        nonblank = [i for i, s in enumerate(lines) if s and len(s) <= MAX_KEY_LINE]
        if len(nonblank) <= 2 * FINGERPRINT_SPAN:
            return nonblank
        return nonblank[:FINGERPRINT_SPAN] + nonblank[-FINGERPRINT_SPAN:]

    def _matching(self, line: str, i: int, key: Callable[[int], str]) -> Iterator[tuple[str, int]]:
        size = len(line)
        candidates = list(self.exact.get(line, ()))
        if self.keys and size <= self.key_span:
            candidates += self.keys.get(key(i), ())
        for site, n, matcher in candidates:
            if matcher.max_chars is None or size <= matcher.max_chars:
                yield site, n
        for site, n, matcher in self.patterns:
            try:
                if (matcher.max_chars is None or size <= matcher.max_chars) and matcher.pattern.fullmatch(  # type: ignore[union-attr]
                    line, timeout=REGEX_TIMEOUT
                ):
                    yield site, n
            except TimeoutError:
                raise RuleTimeout(f"{site}.fingerprints", self.files[site].path, REGEX_TIMEOUT) from None


def _check_unique_ids(files: Sequence[RuleFile]) -> None:
    owner: dict[str, Rule] = {}
    for f in files:
        for rule in f.rules:
            first = owner.setdefault(rule.id, rule)
            if first is not rule:
                raise RuleError(
                    Location(rule.file, rule.line, 0, "id"),
                    f"rule id {rule.id!r} is already used at {first.where}",
                )
