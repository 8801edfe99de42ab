"""Check every target with one browser: URLs as they are, files through a local server."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .chromium import launch
from .page import CHECKS, PageResult, check_page
from .targets import FileServer, TargetError, html_files, is_url
from .validator import validator_path

#: Links --crawl does not follow: files that are not pages.
_NOT_PAGES = (
    ".pdf",
    ".zip",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".svg",
    ".webp",
    ".ico",
    ".css",
    ".js",
    ".json",
    ".xml",
    ".txt",
    ".csv",
    ".doc",
    ".docx",
    ".xlsx",
    ".mp4",
)


@dataclass(frozen=True)
class Options:
    """How to check: which checks, the wide width, the language every page must declare,
    and whether to follow same-origin links (``crawl``) up to ``max_pages`` pages."""

    checks: tuple[str, ...] = CHECKS
    width: int = 1280
    lang: str | None = None
    crawl: bool = False
    max_pages: int = 50


Planned = tuple[str, "str | None", "str | None"]  # (label, url, error)


def check_targets(
    targets: Sequence[str],
    options: Options = Options(),
    *,
    browser: Any = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[PageResult]:
    """A result per page, in the order given (a folder's pages sorted, then pages found by
    crawling). A target that cannot be read or loaded is a failing result of its own; the
    others are still checked.

    ``browser``: a Playwright (sync API) Browser to use, as a test session that already has
    one passes; by default a headless Chromium is started for the run and closed after.
    ``progress(done, planned, target)`` is called as each page starts. Raises
    :class:`~.validator.ValidatorMissing` before loading anything if html-validate is
    among the checks and not installed."""
    validator = validator_path() if "html-validate" in options.checks else None
    servers: dict[Path, FileServer] = {}
    try:
        planned = _plan(targets, servers)
        run = _Run(planned, options, validator, progress)
        if browser is not None:
            return run(browser)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            launched = launch(playwright)
            try:
                return run(launched)
            finally:
                launched.close()
    finally:
        for server in servers.values():
            server.close()


def _plan(targets: Sequence[str], servers: dict[Path, FileServer]) -> list[Planned]:
    planned: list[Planned] = []
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
    return planned


class _Run:
    def __init__(
        self,
        planned: list[Planned],
        options: Options,
        validator: str | None,
        progress: Callable[[int, int, str], None] | None,
    ) -> None:
        self.queue = deque(planned)
        self.options, self.validator, self.progress = options, validator, progress
        self.seen = {url for _, url, _ in planned if url}
        self.origins = {_origin(url) for _, url, _ in planned if url}
        self.labels = {url: label for label, url, _ in planned if url}

    def __call__(self, browser: Any) -> list[PageResult]:
        results: list[PageResult] = []
        while self.queue:
            label, url, error = self.queue.popleft()
            if self.progress is not None:
                self.progress(len(results), len(results) + len(self.queue) + 1, label)
            if url is None:
                results.append(PageResult(label, error=error))
                continue
            result = check_page(
                browser,
                url,
                checks=self.options.checks,
                width=self.options.width,
                validator=self.validator,
                lang=self.options.lang,
            )
            result.target = label
            results.append(result)
            if self.options.crawl:
                self._follow(result.links)
        return results

    def _follow(self, links: list[str]) -> None:
        for link in links:
            if len(self.seen) >= self.options.max_pages:
                return
            path = urlsplit(link).path.lower()
            if link in self.seen or _origin(link) not in self.origins or path.endswith(_NOT_PAGES):
                continue
            self.seen.add(link)
            self.queue.append((link, link, None))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
