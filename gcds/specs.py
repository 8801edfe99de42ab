"""Load the component specs (compiled from components/*/<name>.yaml by scripts/build_assets.py)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
SPECS_JSON = PACKAGE_DIR / "_generated" / "specs.json"
STATIC_DIR = PACKAGE_DIR / "static" / "gcds"
TEMPLATES_DIR = PACKAGE_DIR / "page_templates"

LANGUAGES = ("en", "fr")

#: Parameters every component takes; added to each spec when it is compiled.
COMMON_PARAMS: list[dict[str, Any]] = [
    {"name": "id", "type": "str", "description": "The id of the component's outer element."},
    {"name": "classes", "type": "str", "description": "Extra CSS classes on the outer element."},
    {
        "name": "attributes",
        "type": "dict",
        "description": "Extra HTML attributes on the outer element (True: bare, False/None: left out).",
    },
    {
        "name": "lang",
        "type": "enum",
        "values": list(LANGUAGES),
        "description": "Language of the built-in text; also set as the element's lang attribute.",
    },
]
STRINGS_PARAM: dict[str, Any] = {
    "name": "strings",
    "type": "dict",
    "description": "Overrides for any built-in string of this component, by key.",
}


def components_dir() -> Path:
    """The folder holding one sub-folder per component (inside the wheel, or the repo root)."""
    inside = PACKAGE_DIR / "components"
    return inside if inside.is_dir() else PACKAGE_DIR.parent / "components"


@cache
def load_specs() -> dict[str, dict[str, Any]]:
    """Every component spec by name, in name order."""
    try:
        text = SPECS_JSON.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuntimeError(
            f"gcds: compiled specs not found at {SPECS_JSON}. "
            "In a source checkout run `make assets` (or `python scripts/build_assets.py`)."
        ) from None
    return json.loads(text)
