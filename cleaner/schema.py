"""Loading YAML with positions, and checking it against declared fields.

Rule files are parsed with PyYAML's safe composer (no object construction); every key and list item
keeps its ``line:col`` so an error can say exactly where it is, e.g.
``rules/sites/x.yaml:14:7: rules[2].regex: unknown escape (hint: ...)``.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
import yaml

from cleaner.errors import Location, RuleError

# libyaml's loader where PyYAML was built with it: the same nodes and marks, a tenth of the time.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 12


@dataclass(frozen=True)
class Field:
    """One declared key: its kind, whether it is required, and its user documentation.

    Kinds: ``str``, ``int`` (>= 0), ``bool``, ``strings`` (a string or a list of strings),
    ``regexes`` (like ``strings``, each compiled on load), ``selectors`` (CSS or XPath, compiled by
    the caller), ``mapping`` and ``list`` (checked by the caller).
    """

    kind: str
    doc: str
    required: bool = False


@dataclass
class Doc:
    """A loaded YAML document: plain data plus the position of every key path."""

    path: str
    data: Any
    marks: dict[str, tuple[int, int]] = field(default_factory=dict)

    def at(self, key: str) -> Location:
        line, col = self.marks.get(key, (0, 0))
        return Location(self.path, line, col, key)

    def error(self, key: str, message: str, hint: str = "") -> RuleError:
        return RuleError(self.at(key), message, hint)


def load_yaml(path: str, text: str) -> Doc:
    """Parse one YAML document safely, keeping positions; raise RuleError on any problem."""
    loader = SAFE_LOADER(text)
    try:
        node = loader.get_single_node()
        doc = Doc(path, None)
        doc.data = {} if node is None else _walk(loader, node, "", doc, 0)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise RuleError(Location(path, line, col), f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise RuleError(Location(path), f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return doc


def _walk(loader: yaml.SafeLoader, node: yaml.Node, key: str, doc: Doc, depth: int) -> Any:
    doc.marks.setdefault(key, (node.start_mark.line + 1, node.start_mark.column + 1))
    if depth > MAX_DEPTH:
        raise doc.error(key, f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(node, yaml.MappingNode):
        return _walk_mapping(loader, node, key, doc, depth)
    if isinstance(node, yaml.SequenceNode):
        return [_walk(loader, item, f"{key}[{i}]", doc, depth + 1) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def _walk_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, key: str, doc: Doc, depth: int) -> dict:
    out: dict[str, Any] = {}
    for knode, vnode in node.value:
        name = loader.construct_object(knode, deep=True)
        sub = f"{key}.{name}" if key else str(name)
        doc.marks[sub] = (knode.start_mark.line + 1, knode.start_mark.column + 1)
        if not isinstance(name, str):
            raise doc.error(sub, f"keys must be strings, not {type(name).__name__}")
        if name in out:
            raise doc.error(sub, f"duplicate key {name!r}")
        out[name] = _walk(loader, vnode, sub, doc, depth + 1)
    return out


def check_fields(doc: Doc, key: str, value: Any, fields: Mapping[str, Field]) -> dict[str, Any]:
    """Check a mapping against `fields`: no unknown keys, required keys present, kinds right."""
    if not isinstance(value, dict):
        raise doc.error(key, f"expected a mapping, got {_kind_name(value)}")
    for name in value:
        if name not in fields:
            near = difflib.get_close_matches(name, list(fields), n=1)
            hint = f"did you mean {near[0]!r}?" if near else "allowed: " + ", ".join(sorted(fields))
            raise doc.error(_sub(key, name), f"unknown key {name!r}", hint)
    for name, spec in fields.items():
        if spec.required and name not in value:
            raise doc.error(key, f"missing required key {name!r}", spec.doc)
    for name, item in value.items():
        _check_kind(doc, _sub(key, name), item, fields[name].kind)
    return value


def _check_kind(doc: Doc, key: str, value: Any, kind: str) -> None:
    ok = {
        "str": lambda v: isinstance(v, str) and v.strip() != "",
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        "bool": lambda v: isinstance(v, bool),
        "strings": _is_strings,
        "regexes": _is_strings,
        "selectors": _is_strings,
        "mapping": lambda v: isinstance(v, dict),
        "list": lambda v: isinstance(v, list),
    }[kind](value)
    if not ok:
        raise doc.error(key, f"expected {KIND_NAMES[kind]}, got {_kind_name(value)}")


KIND_NAMES = {
    "str": "a non-empty string",
    "int": "a whole number >= 0",
    "bool": "true or false",
    "strings": "a string or a list of strings",
    "regexes": "a regular expression or a list of them",
    "selectors": "a CSS selector or XPath, or a list of them",
    "mapping": "a mapping",
    "list": "a list",
}


def _is_strings(value: Any) -> bool:
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(isinstance(v, str) and v != "" for v in items)


def compile_regex(doc: Doc, key: str, pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        where = f" at position {exc.pos}" if exc.pos is not None else ""
        raise doc.error(key, f"regex does not compile{where}: {exc.msg}", repr(pattern)) from None


def as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _sub(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _kind_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )
