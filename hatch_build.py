"""Hatch build hook: compile specs, CSS and JS into the package before a wheel is built."""

from __future__ import annotations

import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class GcdsBuildHook(BuildHookInterface):
    """Runs scripts/build_assets.py so every wheel carries the compiled assets."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        sys.path.insert(0, str(root / "scripts"))
        try:
            import build_assets
        finally:
            sys.path.pop(0)
        build_assets.build_all(root)
