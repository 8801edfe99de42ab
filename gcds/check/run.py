"""Check every target with one browser: URLs as they are, files through a local server."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .chromium import launch
from .page import PageResult, check_page
from .targets import FileServer, TargetError, html_files, is_url
from .validator import validator_path


def check_targets(
    targets: Sequence[str],
    *,
    checks: tuple[str, ...],
    width: int = 1280,
    browser: Any = None,
) -> list[PageResult]:
    """A result per page, in the order given (a folder's pages sorted). A target that cannot
    be read or loaded is a failing result of its own; the others are still checked.

    ``browser``: a Playwright (sync API) Browser to use, as a test session that already has
    one passes; by default a headless Chromium is started for the run and closed after.
    Raises :class:`~.validator.ValidatorMissing` before loading anything if html-validate
    is among ``checks`` and not installed."""
    validator = validator_path() if "html-validate" in checks else None

    planned: list[tuple[str, str | None, str | None]] = []  # (label, url, error)
    servers: dict[Path, FileServer] = {}
    try:
        for target in targets:
            if is_url(target):
                planned.append((target, target, None))
                continue
            path = Path(target)
            try:
                files = html_files(path)
            except TargetError as error:
                planned.append((target, None, str(error)))
                continue
            root = (path if path.is_dir() else path.parent).resolve()
            server = servers.get(root) or servers.setdefault(root, FileServer(root))
            for file in files:
                relative = file.resolve().relative_to(root).as_posix()
                planned.append((str(file), f"{server.url}/{relative}", None))
        if browser is not None:
            return _check_planned(browser, planned, checks, width, validator)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            launched = launch(playwright)
            try:
                return _check_planned(launched, planned, checks, width, validator)
            finally:
                launched.close()
    finally:
        for server in servers.values():
            server.close()


def _check_planned(
    browser: Any,
    planned: list[tuple[str, str | None, str | None]],
    checks: tuple[str, ...],
    width: int,
    validator: str | None,
) -> list[PageResult]:
    results: list[PageResult] = []
    for label, url, error in planned:
        if url is None:
            results.append(PageResult(label, error=error))
            continue
        result = check_page(browser, url, checks=checks, width=width, validator=validator)
        result.target = label
        results.append(result)
    return results
