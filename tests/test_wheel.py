"""Layer 5: the built wheel, installed in a fresh venv outside the repo, renders every example."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import zipfile

import pytest

from .specdata import ROOT, SPECS

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the tomli that `build` depends on there
    import tomli as tomllib

# One worker builds the wheel once (pytest-xdist --dist loadgroup).
pytestmark = pytest.mark.xdist_group("wheel")

CHECK_SCRIPT = textwrap.dedent(
    """
    import json, pathlib, re, sys
    import gcds
    from gcds.examples import examples
    from gcds.specs import STATIC_DIR

    package = pathlib.Path(gcds.__file__).parent
    assert "site-packages" in str(package), package
    count = 0
    for example in examples():
        for lang in ("en", "fr"):
            assert example.render(lang).strip(), example.id
            count += 1
    css = STATIC_DIR / "css"
    for name in ("gcds.css", "gcds.min.css", "core.css"):
        assert (css / name).stat().st_size > 1000, name
    for url in set(re.findall(r'url\\(["\\']?([^"\\')]+)', (css / "gcds.css").read_text())):
        assert (css / url).resolve().is_file(), url
    assert (STATIC_DIR / "js" / "gcds.js").is_file()
    page = gcds.environment().get_template("gcds/page.html").render(page_title="Test")
    assert "gcds.min.css" in page and 'integrity="sha384-' in page
    print(json.dumps({"rendered": count, "components": sorted(gcds.components())}))
    """
)


# What a source distribution holds: pyproject's sdist include list, and pyproject itself.
SDIST = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"][
    "build"
]["targets"]["sdist"]["include"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """A wheel built from a copy of the sources: the build hook compiles the assets into
    the tree it builds, and the other test workers are reading this one's."""
    src = tmp_path_factory.mktemp("src")
    skip = shutil.ignore_patterns("__pycache__", "_generated", "css", "gcds.js", "gcds.min.js")
    for name in ["pyproject.toml", *SDIST]:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=skip)
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(src)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("gcds-*.whl")
    return built


def test_wheel_carries_macros_specs_css_js_fonts_icons(wheel) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "gcds/_generated/specs.json" in names
    assert {"gcds/static/gcds/css/gcds.css", "gcds/static/gcds/css/gcds.min.css"} <= names
    assert {"gcds/static/gcds/js/gcds.js", "gcds/static/gcds/js/gcds.min.js"} <= names
    assert "gcds/page_templates/page.html" in names
    assert any(
        n.startswith("gcds/static/gcds/third-party/fonts/") and n.endswith(".woff2") for n in names
    )
    assert {
        "gcds-0.1.0.dist-info/licenses/LICENSE",
        "gcds-0.1.0.dist-info/licenses/NOTICE",
    } <= names
    assert {"LICENSE", "NOTICE"} <= set(SDIST)
    # gcds check: its in-page checks and axe (with its licence) travel with the package.
    assert {
        "gcds/check/checks.js",
        "gcds/check/settle.js",
        "gcds/check/vendor/axe-core/axe.min.js",
        "gcds/check/vendor/axe-core/LICENSE",
        "gcds/check/vendor/MANIFEST.json",
    } <= names
    entry_points = zipfile.ZipFile(wheel).read("gcds-0.1.0.dist-info/entry_points.txt").decode()
    assert "[console_scripts]\ngcds = gcds.cli:main" in entry_points
    metadata = zipfile.ZipFile(wheel).read("gcds-0.1.0.dist-info/METADATA").decode()
    assert "\nLicense: MIT\n" in metadata and "\nLicense-File: LICENSE\n" in metadata
    for name in SPECS:
        assert f"gcds/components/{name}/{name}.html" in names
        assert f"gcds/components/{name}/{name}.yaml" in names
        if (ROOT / "components" / name / f"_{name}.scss").exists():
            assert f"gcds/static/gcds/css/components/{name}.css" in names


def test_wheel_renders_every_example_in_a_fresh_venv(wheel, tmp_path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [str(python), "-c", CHECK_SCRIPT], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert f'"components": {sorted(SPECS)!r}'.replace("'", '"') in result.stdout
    # The venv's own pip (the one Python ships, older than the project's) shows the licence.
    shown = subprocess.run(
        [str(python), "-m", "pip", "show", "gcds"], capture_output=True, text=True, check=True
    ).stdout
    assert "\nLicense: MIT\n" in shown, shown
