"""Shared set-up: build the assets once, and collect every spec example."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session) -> None:
    # The compiled specs/CSS/JS come from the sources; build them so tests never see stale ones.
    # With pytest-xdist the controller builds them before the workers start; workers only read.
    if hasattr(session.config, "workerinput"):
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_assets

    build_assets.build_all(ROOT)


from .conftest_browser import (  # noqa: E402, F401  (pytest fixtures)
    browser,
    gcds_browser,
    open_example,
    open_page,
    probes,
    site,
)
