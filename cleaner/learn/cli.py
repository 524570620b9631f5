"""The `cleaner learn` command (registered by cleaner.cli)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cleaner.engine import MODES

from . import LearnError, learn_files, write_rule_file


def register(sub: argparse._SubParsersAction) -> None:
    learn = sub.add_parser("learn", help="write a site's rule file from a sample of its pages")
    learn.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="pages of one site, all text or all HTML: files, folders, JSONL"
    )
    learn.add_argument("--site", required=True, help="the site's name, ideally its domain (example.com)")
    learn.add_argument("-o", "--output", required=True, metavar="FILE.yaml", help="the rule file to write")
    learn.add_argument("--force", action="store_true", help="overwrite FILE.yaml if it exists")
    learn.add_argument("--mode", choices=MODES, default="auto", help="input kind (default: auto)")
    learn.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if target.exists() and not args.force:  # say so before reading a large sample
        raise LearnError(f"{target}: already exists; pass --force to overwrite it")
    learned = learn_files(args.inputs, args.site, mode=args.mode)
    write_rule_file(learned, target, force=args.force)
    print(f"wrote {target}: {learned.summary()}")
    return 0
