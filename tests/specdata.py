"""What the tests iterate over, read from the compiled specs (no second list by hand)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_assets  # noqa: E402

# Collection happens before pytest_sessionstart: build the specs the ids come from. A
# pytest-xdist worker collects after the controller has built them, and must not rewrite
# a file the other workers are reading.
if not os.environ.get("PYTEST_XDIST_WORKER"):
    build_assets.build_specs(ROOT)

from gcds.examples import Example, PageExample, examples, page_examples  # noqa: E402
from gcds.specs import COMMON_PARAMS, load_specs  # noqa: E402

SPECS = load_specs()
EXAMPLES: list[Example] = list(examples())
EXAMPLE_IDS = [e.id for e in EXAMPLES]
#: The examples of the page templates (gcds/page_templates/<name>.yaml), each a whole page.
PAGE_EXAMPLES: list[PageExample] = list(page_examples())
PAGE_EXAMPLE_IDS = [e.id for e in PAGE_EXAMPLES]
COMMON_NAMES = frozenset(p["name"] for p in COMMON_PARAMS) | {"strings"}


def own_params(spec: dict) -> list[dict]:
    """The params a component declares itself (not the common ones)."""
    return [p for p in spec["params"] if p["name"] not in COMMON_NAMES]
