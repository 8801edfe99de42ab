"""A progress bar on stderr while pages are checked (rich), where stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Progress = Callable[[int, int, str], None]


@contextmanager
def progress_bar() -> Iterator[Progress | None]:
    """A ``progress(done, planned, target)`` callback drawing rich's bar, or None where
    stderr is no terminal (CI logs) or rich is not installed."""
    if not sys.stderr.isatty():
        yield None
        return
    try:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    except ImportError:
        yield None
        return
    bar = Progress(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("", total=None)

    def update(done: int, planned: int, target: str) -> None:
        bar.update(task, completed=done, total=planned, description=target)

    with bar:
        yield update
