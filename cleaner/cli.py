"""The ``cleaner`` command: a thin shell over the library.

Exit codes: 0 everything cleaned; 1 some inputs failed (each named on stderr, the others written);
2 usage or rule-file errors.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cleaner import __version__
from cleaner.batch import ERRORS_FILE, Options, Report, Source, run_jsonl, run_text, sources
from cleaner.engine import MODES, Cleaner
from cleaner.errors import CleanerError, RuleError
from cleaner.ops import OPS
from cleaner.ruleset import Catalog, load_file, load_files, rule_paths

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
RED, YELLOW, DIM, RESET = "\033[31m", "\033[33m", "\033[2m", "\033[0m"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except CleanerError as exc:  # rule-file errors and unknown sites: nothing was cleaned
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (| head); not an error of ours
        sys.stderr.close()
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleaner", description="Clean scraped news into article bodies.")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="clean files, folders, JSONL or standard input")
    clean.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files or folders (.txt, .html, .htm, .jsonl); - for stdin"
    )
    clean.add_argument("-o", "--output", metavar="OUTDIR", help="write outputs here, mirroring input paths")
    _common(clean)
    clean.set_defaults(run=cmd_clean)

    explain = sub.add_parser("explain", help="show every line kept or removed, with the rule that removed it")
    explain.add_argument("input", metavar="FILE", help="a text file, or - for stdin")
    _common(explain)
    explain.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    explain.set_defaults(run=cmd_explain)

    rules = sub.add_parser("rules", help="work with rule files")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    check = rules_sub.add_parser("check", help="validate rule files (the built-in ones if no PATH)")
    check.add_argument("paths", nargs="*", metavar="PATH")
    check.set_defaults(run=cmd_rules_check)
    ops = rules_sub.add_parser("ops", help="document the operations a rule can use")
    ops.set_defaults(run=cmd_rules_ops)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", help="use this site's rules (a site name or one of its domains)")
    parser.add_argument("--url", help="the page's URL (chooses the site by domain)")
    parser.add_argument("--rules", action="append", default=[], metavar="PATH", help="extra rule file or folder")
    parser.add_argument("--mode", choices=MODES, default="auto", help="input kind (default: auto)")


def cmd_clean(args: argparse.Namespace) -> int:
    cleaner = Cleaner(args.rules)
    options = Options(site=args.site, mode=args.mode, url=args.url)
    if args.site:
        cleaner.resolve_site([], site=args.site)  # an unknown site is a usage error, before any work
    found = list(sources(args.inputs))
    report = Report()
    if args.output is None:
        if len(found) != 1 or any(Path(i).is_dir() for i in args.inputs if i != "-"):
            print("error: give -o OUTDIR to clean a folder or several inputs", file=sys.stderr)
            return EXIT_USAGE
        _clean_to(cleaner, found[0], options, sys.stdout, report)
    else:
        _clean_all(cleaner, found, options, Path(args.output), report)
    return _finish(report, args.output)


def _clean_to(cleaner: Cleaner, source: Source, options: Options, out: io.TextIOBase, report: Report) -> None:
    if source.is_jsonl:
        run_jsonl(cleaner, source, options, out, report)  # type: ignore[arg-type]
    else:
        run_text(cleaner, source, options, out, report)  # type: ignore[arg-type]


def _clean_all(cleaner: Cleaner, found: list[Source], options: Options, outdir: Path, report: Report) -> None:
    taken: set[Path] = set()
    for source in found:
        target = (outdir / source.relative).resolve()
        if target in taken:
            report.fail(source.path, f"output {target} would collide with another input's output")
            continue
        if source.path != "-" and target == Path(source.path).resolve():
            report.fail(source.path, "output would overwrite the input; choose another OUTDIR")
            continue
        taken.add(target)
        buffer = io.StringIO()
        _clean_to(cleaner, source, options, buffer, report)
        if buffer.tell():
            _write_atomic(target, buffer.getvalue())


def _write_atomic(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)


def _finish(report: Report, outdir: str | None) -> int:
    if not report.failures:
        return EXIT_OK
    if outdir is not None:
        lines = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in report.failures)
        _write_atomic(Path(outdir) / ERRORS_FILE, lines)
    print(f"{len(report.failures)} input(s) failed, {report.written} written", file=sys.stderr)
    return EXIT_FAILED


def cmd_explain(args: argparse.Namespace) -> int:
    cleaner = Cleaner(args.rules)
    data = sys.stdin.buffer.read() if args.input == "-" else Path(args.input).read_bytes()
    result, lines = cleaner.explain(data, url=args.url, site=args.site, mode=args.mode)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    paint = (lambda code, s: f"{code}{s}{RESET}") if color else (lambda code, s: s)
    for line in lines:
        if line.removed_by is None:
            print(f"{line.number:>5}   {line.text}" if line.text else f"{line.number:>5}")
            continue
        span = line.removed_by
        why = paint(YELLOW, f"[{span.rule_id}]") + paint(DIM, f" {span.rule_file}:{span.rule_line}")
        print(f"{line.number:>5} - {paint(RED, line.text)}  {why}")
    removed = sum(1 for line in lines if line.removed_by is not None)
    print(
        paint(DIM, f"site: {result.site or '-'}  language: {result.language or '-'}  title: {result.title or '-'}  ")
        + paint(DIM, f"removed {removed} line(s) in {len(result.removed)} span(s); status: {result.status}")
    )
    return EXIT_OK


def cmd_rules_check(args: argparse.Namespace) -> int:
    errors: list[str] = []
    files = []
    if not args.paths:
        try:
            files = load_files()
        except RuleError as exc:
            errors.append(str(exc))
    for item in args.paths:
        try:
            for path in rule_paths(Path(item)):
                try:
                    files.append(load_file(path))
                except RuleError as exc:
                    errors.append(str(exc))
        except RuleError as exc:
            errors.append(str(exc))
    if not errors:
        try:
            Catalog(files if not args.paths else load_files() + files)
        except RuleError as exc:
            errors.append(str(exc))
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return EXIT_USAGE
    print(f"ok: {len(files)} rule file(s), {sum(len(f.rules) for f in files)} rule(s)")
    return EXIT_OK


def cmd_rules_ops(args: argparse.Namespace) -> int:
    for spec in sorted(OPS.values(), key=lambda spec: spec.phase):
        print(spec.doc)
        for field_name, field in spec.fields.items():
            print(f"    {field_name}: {field.doc}")
        print()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
