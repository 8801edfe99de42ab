"""The ``gcds`` command (also ``python -m gcds``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

USAGE_ERROR = 2


def _check_parser(commands: argparse._SubParsersAction) -> None:
    from .check.page import CHECKS

    parser = commands.add_parser(
        "check",
        help="check pages in headless Chromium as gcds checks its own components",
        description=(
            "Open each page in headless Chromium and run gcds's checks: axe (WCAG 2.0-2.2 A "
            "and AA, best practices), html-validate (its recommended and document presets, "
            "on the HTML as served), one main landmark and one h1, lang on <html>, no "
            "horizontal scrolling at 320 px, every Tab stop reached with a visible focus "
            "(also in forced colours), 24x24 px targets, and the page again with "
            "JavaScript off. Exit status: 0 no problems, 1 problems, 2 usage error."
        ),
    )
    parser.add_argument("targets", nargs="+", metavar="URL|FILE|DIR")
    parser.add_argument("--width", type=int, default=1280, help="the wide width (default 1280)")
    parser.add_argument("--only", action="append", choices=CHECKS, metavar="CHECK", default=[])
    parser.add_argument("--skip", action="append", choices=CHECKS, metavar="CHECK", default=[])
    parser.add_argument("--lang", choices=("en", "fr"), help="the language every page must declare")
    parser.add_argument(
        "--crawl", action="store_true", help="also check the same-origin pages the pages link to"
    )
    parser.add_argument(
        "--max-pages", type=int, default=50, metavar="N", help="with --crawl: at most N pages (50)"
    )
    parser.add_argument("--json", action="store_true", help="the report as JSON on stdout")
    parser.add_argument("--junit", metavar="FILE", help="also write a JUnit XML report")
    parser.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace, browser: Any = None) -> int:
    from .check.page import CHECKS

    chosen = tuple(c for c in CHECKS if (not args.only or c in args.only) and c not in args.skip)
    if not chosen:
        print("gcds check: --only and --skip leave no check to run", file=sys.stderr)
        return USAGE_ERROR
    if args.width < 320:
        print("gcds check: --width must be at least 320", file=sys.stderr)
        return USAGE_ERROR
    if args.max_pages < 1:
        print("gcds check: --max-pages must be at least 1", file=sys.stderr)
        return USAGE_ERROR
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("gcds check needs Playwright: pip install 'gcds[check]'", file=sys.stderr)
        return USAGE_ERROR
    from .check.chromium import ChromiumMissing
    from .check.progress import progress_bar
    from .check.run import Options, check_targets
    from .check.validator import ValidatorMissing

    try:
        options = Options(chosen, args.width, args.lang, args.crawl, args.max_pages)
        with progress_bar() as progress:
            results = check_targets(args.targets, options, browser=browser, progress=progress)
    except (ChromiumMissing, ValidatorMissing) as error:
        print(f"gcds check: {error}", file=sys.stderr)
        return USAGE_ERROR
    from .check.report import json_report, junit_report, text_report

    if args.junit:
        Path(args.junit).write_text(junit_report(results) + "\n", encoding="utf-8")
    sys.stdout.write(json_report(results) + "\n" if args.json else text_report(results))
    return 0 if all(r.ok for r in results) else 1


def parser() -> argparse.ArgumentParser:
    """The ``gcds`` argument parser, one subcommand per job."""
    top = argparse.ArgumentParser(prog="gcds", description="gcds, the GC design system.")
    commands = top.add_subparsers(dest="command", required=True)
    _check_parser(commands)
    return top


def main(argv: Sequence[str] | None = None, *, browser: Any = None) -> int:
    """Run ``gcds`` with ``argv`` (default: the command line); return the exit status.

    ``browser``: a Playwright Browser for ``check`` to use instead of starting one (a
    process that already drives one cannot start a second with the sync API)."""
    args = parser().parse_args(argv)
    return args.run(args, browser)


if __name__ == "__main__":
    sys.exit(main())
