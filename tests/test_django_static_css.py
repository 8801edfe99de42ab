"""Every url() in the compiled CSS names a shipped file, resolved from the CSS file itself.

That is how a browser reads it, and how Django's ManifestStaticFilesStorage rewrites it at
``collectstatic`` (which fails on the first url() it cannot find). These tests need no
Django: tests/test_django_static.py runs collectstatic itself.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from gcds.specs import STATIC_DIR

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_css  # noqa: E402

CSS_FILES = sorted(STATIC_DIR.rglob("*.css"))
URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""")


def urls(css_file: Path) -> list[str]:
    css = re.sub(r"/\*.*?\*/", "", css_file.read_text(encoding="utf-8"), flags=re.S)
    return [m.group(2) for m in URL.finditer(css)]


def test_compiled_css_found() -> None:
    names = {str(p.relative_to(STATIC_DIR)) for p in CSS_FILES}
    assert {"css/gcds.css", "css/gcds.min.css", "css/components/signature.css"} <= names


@pytest.mark.parametrize("css_file", CSS_FILES, ids=lambda p: str(p.relative_to(STATIC_DIR)))
def test_every_url_names_a_shipped_file(css_file: Path) -> None:
    for url in urls(css_file):
        if re.match(r"^(data:|[a-z]+://|#)", url):
            continue
        assert not url.startswith("/"), f"{url}: absolute, it ignores STATIC_URL"
        target = (css_file.parent / url.split("?")[0].split("#")[0]).resolve()
        assert target.is_relative_to(STATIC_DIR), f"{url}: outside gcds/static/gcds/"
        assert target.is_file(), f"{url}: no such file from {css_file.relative_to(STATIC_DIR)}"


def test_signature_css_names_the_marks() -> None:
    # The file collectstatic failed on: a component's CSS is one folder deeper than gcds.css.
    found = urls(STATIC_DIR / "css" / "components" / "signature.css")
    assert "../../third-party/gc-marks/sig-blk-en.svg" in found


def test_build_fails_on_a_url_that_names_no_file(tmp_path: Path) -> None:
    css = '.x { background: url("../third-party/gc-marks/none.svg"); mask: url("data:,x"); }'
    with pytest.raises(build_css.CssBuildError) as info:
        build_css.check_urls("components/x.css", css, STATIC_DIR)
    assert "components/x.css" in str(info.value)
    assert "../third-party/gc-marks/none.svg" in str(info.value)
    assert "data:" not in str(info.value)
    good = '.x { mask: url("../../third-party/gc-marks/sig-blk-en.svg"); }'
    build_css.check_urls("components/x.css", good, STATIC_DIR)


def test_static_root_follows_the_folder() -> None:
    assert build_css.static_root("gcds.css") == ".."
    assert build_css.static_root("components/signature.css") == "../.."
