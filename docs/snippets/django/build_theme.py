"""build_theme.py: compile a theme with gcds's Sass (``pip install libsass``)."""

import sys
from pathlib import Path

import sass

import gcds

PACKAGE = Path(gcds.__file__).parent
SASS_PATHS = [str(PACKAGE / "styles"), str(PACKAGE / "components")]  # in gcds's wheel


def build(source: Path) -> Path:
    """Compile ``source`` (theme.scss) to theme.css beside it."""
    css = sass.compile(filename=str(source), include_paths=SASS_PATHS, output_style="compressed")
    target = source.with_suffix(".css")
    target.write_text(css, encoding="utf-8")
    return target


if __name__ == "__main__":
    build(Path(sys.argv[1]))  # python build_theme.py licences/static/css/theme.scss
