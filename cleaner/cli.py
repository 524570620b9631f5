"""The ``cleaner`` command: a thin shell over the library.

Exit codes: 0 everything cleaned; 1 some inputs failed (each named on stderr, the others written);
2 usage or rule-file errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cleaner import __version__, batch
from cleaner.batch import Batch, Options, Report
from cleaner.engine import MODES, Cleaner
from cleaner.errors import CleanerError, RuleError
from cleaner.formats import OUTPUT_FORMATS
from cleaner.learn import cli as learn_cli
from cleaner.ops import OPS
from cleaner.result import DEFAULT_MAX_WORD_LOSS
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

    clean = sub.add_parser("clean", help="clean files, folders, JSONL, Parquet, WARC or standard input")
    clean.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files or folders (.txt .html .htm .jsonl[.gz|.zst] .ndjson .parquet .warc[.gz]); - for stdin",
    )
    clean.add_argument("-o", "--output", metavar="OUTDIR", help="write outputs here, mirroring input paths")
    _common(clean)
    _batch_options(clean)
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

    learn_cli.register(sub)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", help="use this site's rules (a site name or one of its domains)")
    parser.add_argument("--url", help="the page's URL (chooses the site by domain)")
    parser.add_argument("--rules", action="append", default=[], metavar="PATH", help="extra rule file or folder")
    parser.add_argument("--mode", choices=MODES, default="auto", help="input kind (default: auto)")


def _batch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per core)")
    parser.add_argument("--resume", action="store_true", help="skip inputs whose output is already in OUTDIR")
    parser.add_argument("--rank", type=int, default=0, metavar="R", help="clean only the inputs of shard R (0-based)")
    parser.add_argument("--world-size", type=int, default=1, metavar="W", help="the number of shards (default 1)")
    parser.add_argument("--text-field", default="text", metavar="NAME", help="record field to clean (default: text)")
    parser.add_argument(
        "--output-format", choices=OUTPUT_FORMATS, default="auto", help="for record inputs (default: as the input)"
    )
    parser.add_argument(
        "--max-mb", type=float, default=batch.MAX_INPUT_MB, metavar="MB", help="refuse larger documents (default 20)"
    )
    parser.add_argument(
        "--max-word-loss",
        type=float,
        default=DEFAULT_MAX_WORD_LOSS,
        metavar="SHARE",
        help="flag bodies losing more of the input's words as 'lossy' (default 0.8)",
    )
    parser.add_argument(
        "--timeout", type=float, default=batch.DOC_TIMEOUT, metavar="S", help="stop a document after S seconds"
    )
    parser.add_argument("--progress", choices=("auto", "always", "never"), default="auto", help="progress line")


def cmd_clean(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    cleaner = Cleaner(args.rules)
    options = Options(
        site=args.site,
        mode=args.mode,
        url=args.url,
        text_field=args.text_field,
        output_format=args.output_format,
        max_mb=args.max_mb,
        max_word_loss=args.max_word_loss,
        timeout=args.timeout,
    )
    if args.site:
        cleaner.resolve_site([], site=args.site)  # an unknown site is a usage error, before any work
    outdir = Path(args.output) if args.output is not None else None
    found = list(batch.sources(args.inputs, exclude=outdir))
    if outdir is None:
        if len(found) != 1 or any(Path(i).is_dir() for i in args.inputs if i != "-"):
            print("error: give -o OUTDIR to clean a folder or several inputs", file=sys.stderr)
            return EXIT_USAGE
        report = Report()
        batch.clean_to_stream(cleaner, found[0], options, sys.stdout, report)
        return _finish(report, None)
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    jobs = args.jobs or os.cpu_count() or 1
    settings = Batch(outdir, jobs, args.resume, args.rank, args.world_size, show)
    report = batch.run(cleaner, found, options, settings)
    return _finish(report, settings.errors_file)


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.world_size < 1 or not 0 <= args.rank < args.world_size:
        return f"--rank must be in 0..{args.world_size - 1} and --world-size at least 1"
    if args.jobs < 0:
        return "--jobs must be 0 (one per core) or more"
    if args.output is None and (args.resume or args.world_size > 1 or args.output_format == "parquet"):
        return "--resume, --world-size and --output-format parquet need -o OUTDIR"
    if not 0.0 <= args.max_word_loss <= 1.0:
        return "--max-word-loss is a share between 0 and 1"
    return None


def _finish(report: Report, errors_file: Path | None) -> int:
    summary = report.summary()
    resumed = f", {summary['resumed']} input(s) already done" if summary["resumed"] else ""
    lossy = f" ({summary['lossy']} lossy)" if summary["lossy"] else ""
    if not report.failures:
        if errors_file is not None:
            print(f"cleaner: {summary['written']} document(s) written{lossy}{resumed}", file=sys.stderr)
        return EXIT_OK
    listed = f"; listed in {errors_file}" if errors_file is not None else ""
    print(
        f"cleaner: {len(report.failures)} failed, {summary['written']} written{lossy}{resumed}{listed}",
        file=sys.stderr,
    )
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
            Catalog(files if not args.paths else load_files(args.paths))
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
