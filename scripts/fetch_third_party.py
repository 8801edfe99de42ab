"""Fetch third-party assets (fonts, icons, GC marks, axe) unmodified from pinned npm packages.

Usage:
    python scripts/fetch_third_party.py           # (re)write each folder in FOLDERS
    python scripts/fetch_third_party.py --check   # re-download and verify committed files

Two folders: gcds/static/gcds/third-party/ (what pages load: fonts, icons, marks) and
gcds/check/vendor/ (what ``gcds check`` runs in the page it checks: axe-core), kept
apart so a site's static files never carry the checker.

Each package is fetched with ``npm pack NAME@VERSION`` into a temporary directory and
the listed files are extracted byte for byte. ``MANIFEST.json`` records, for every file,
the package, version, licence, path inside the tarball and sha256, plus each tarball's
npm integrity hash. Needs only the standard library, PyYAML and ``npm`` on PATH.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DEST_REL = Path("gcds/static/gcds/third-party")
TOOLS_REL = Path("gcds/check/vendor")
MANIFEST_NAME = "MANIFEST.json"


@dataclass
class Package:
    """One pinned npm package and the files taken from it (tarball path -> destination)."""

    name: str
    version: str
    licence: str
    files: dict[str, str] = field(default_factory=dict)
    # every .svg directly in a tarball folder -> destination folder (catches extra variants)
    svg_dirs: dict[str, str] = field(default_factory=dict)

    @property
    def spec(self) -> str:
        return f"{self.name}@{self.version}"


def _font_files(family: str, weights_styles: list[tuple[int, str]]) -> dict[str, str]:
    files = {}
    for subset in ("latin", "latin-ext"):
        for weight, style in weights_styles:
            stem = f"{family}-{subset}-{weight}-{style}.woff2"
            files[f"package/files/{stem}"] = f"fonts/{family}/{stem}"
    files["package/LICENSE"] = f"fonts/{family}/LICENSE"
    return files


def icon_sources(repo: Path) -> dict[str, str]:
    """The gcds icon name -> lucide file stem mapping from components/icon/icon.yaml."""
    spec = yaml.safe_load((repo / "components/icon/icon.yaml").read_text(encoding="utf-8"))
    return dict(spec["sources"])


def packages(repo: Path) -> list[Package]:
    """Every pinned package with the files to take from it."""
    stems = sorted(set(icon_sources(repo).values()))
    lucide = {f"package/icons/{s}.svg": f"lucide/{s}.svg" for s in stems}
    lucide["package/LICENSE"] = "lucide/LICENSE"
    marks_dir = "package/dist/collection/components/gcds-signature/assets"
    marks = {
        f"{marks_dir}/{n}": f"gc-marks/{n}"
        for n in ("sig-blk-en.svg", "sig-blk-fr.svg", "wmms-spl-en.svg", "wmms-spl-fr.svg")
    }
    # The tarball has no LICENSE file; its package.json carries "license": "MIT".
    marks["package/package.json"] = "gc-marks/package.json"
    svg_dirs = {marks_dir: "gc-marks"}  # also any white or other variants published there
    return [
        Package(
            "@fontsource/lato",
            "5.3.0",
            "OFL-1.1",
            _font_files("lato", [(400, "normal"), (700, "normal")]),
        ),
        Package(
            "@fontsource/noto-sans",
            "5.3.0",
            "OFL-1.1",
            _font_files("noto-sans", [(400, "normal"), (700, "normal"), (400, "italic")]),
        ),
        Package(
            "@fontsource/noto-sans-mono",
            "5.3.0",
            "OFL-1.1",
            _font_files("noto-sans-mono", [(400, "normal")]),
        ),
        Package("lucide-static", "1.62.0", "ISC", lucide),
        Package("@gcds-core/components", "1.3.1", "MIT", marks, svg_dirs),
    ]


def tool_packages(repo: Path) -> list[Package]:
    """The packages ``gcds check`` runs: axe-core, at the version package.json pins for
    gcds's own tests, so the checker and the suite run the same rules."""
    pinned = json.loads((repo / "package.json").read_text(encoding="utf-8"))
    axe = pinned["devDependencies"]["axe-core"]
    files = {"package/axe.min.js": "axe-core/axe.min.js", "package/LICENSE": "axe-core/LICENSE"}
    return [Package("axe-core", axe, "MPL-2.0", files)]


#: Each folder and the packages whose files it holds.
FOLDERS = {DEST_REL: packages, TOOLS_REL: tool_packages}


def npm_pack(spec: str, workdir: Path) -> tuple[Path, str]:
    """Download one package tarball with ``npm pack``; return its path and npm integrity."""
    proc = subprocess.run(
        ["npm", "pack", spec, "--json", "--silent", "--pack-destination", str(workdir)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"npm pack {spec} failed:\n{proc.stderr.strip()}")
    info = json.loads(proc.stdout)[0]
    return workdir / info["filename"], info["integrity"]


def svgs_in(tarball: Path, folder: str) -> list[str]:
    """Names of the .svg files directly inside one folder of the tarball."""
    with tarfile.open(tarball, "r:gz") as tar:
        return sorted(
            n for n in tar.getnames() if n.endswith(".svg") and n.rpartition("/")[0] == folder
        )


def extract(tarball: Path, wanted: list[str]) -> dict[str, bytes]:
    """Read the wanted members' bytes; fail naming any that are missing."""
    out: dict[str, bytes] = {}
    with tarfile.open(tarball, "r:gz") as tar:
        for name in wanted:
            try:
                member = tar.getmember(name)
            except KeyError:
                raise SystemExit(f"{tarball.name}: {name} not found in the package") from None
            fh = tar.extractfile(member)
            if fh is None:
                raise SystemExit(f"{tarball.name}: {name} is not a regular file")
            out[name] = fh.read()
    return out


def fetch(repo: Path, dest_rel: Path = DEST_REL) -> tuple[dict[str, bytes], dict]:
    """Download the packages of one folder; return destination -> bytes and the manifest."""
    blobs: dict[str, bytes] = {}
    manifest: dict = {
        "generated_by": "scripts/fetch_third_party.py",
        "packages": {},
        "files": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        for pkg in FOLDERS[dest_rel](repo):
            tarball, integrity = npm_pack(pkg.spec, Path(tmp))
            manifest["packages"][pkg.name] = {
                "version": pkg.version,
                "licence": pkg.licence,
                "integrity": integrity,
            }
            files = dict(pkg.files)
            for folder, dest_dir in pkg.svg_dirs.items():
                for name in svgs_in(tarball, folder):
                    files.setdefault(name, f"{dest_dir}/{name.rpartition('/')[2]}")
            data = extract(tarball, list(files))
            for src, dest in files.items():
                blobs[dest] = data[src]
                manifest["files"][dest] = {
                    "package": pkg.name,
                    "version": pkg.version,
                    "licence": pkg.licence,
                    "source": src.removeprefix("package/"),
                    "sha256": hashlib.sha256(data[src]).hexdigest(),
                }
    manifest["files"] = dict(sorted(manifest["files"].items()))
    return blobs, manifest


def write(repo: Path, dest_rel: Path = DEST_REL) -> Path:
    """Replace one folder with freshly fetched files and MANIFEST.json."""
    blobs, manifest = fetch(repo, dest_rel)
    dest = repo / dest_rel
    if dest.exists():
        shutil.rmtree(dest)
    for rel, data in blobs.items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (dest / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return dest


def check(repo: Path, dest_rel: Path = DEST_REL) -> list[str]:
    """Re-download and compare with the committed files; return a list of problems."""
    dest = repo / dest_rel
    problems: list[str] = []
    blobs, manifest = fetch(repo, dest_rel)
    manifest_path = dest / MANIFEST_NAME
    if not manifest_path.is_file():
        return [f"{manifest_path} is missing: run scripts/fetch_third_party.py"]
    committed = json.loads(manifest_path.read_text(encoding="utf-8"))
    if committed != manifest:
        problems.append(f"{manifest_path} differs from what the pinned packages give")
    for rel, data in blobs.items():
        path = dest / rel
        if not path.is_file():
            problems.append(f"missing: {path}")
        elif path.read_bytes() != data:
            problems.append(
                f"modified (not byte-identical to {manifest['files'][rel]['source']}"
                f" in {manifest['files'][rel]['package']}): {path}"
            )
    expected = set(blobs) | {MANIFEST_NAME}
    for path in sorted(p for p in dest.rglob("*") if p.is_file()):
        if path.relative_to(dest).as_posix() not in expected:
            problems.append(f"unexpected file (not from a pinned package): {path}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    parser.add_argument("--repo", type=Path, default=REPO, help="repository root")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for folder in FOLDERS for p in check(args.repo, folder)]
        if problems:
            print("third-party assets do not match the pinned packages:", file=sys.stderr)
            for p in problems:
                print(f"  - {p}", file=sys.stderr)
            return 1
        for folder in FOLDERS:
            print(f"third-party assets OK ({args.repo / folder})")
        return 0
    for folder in FOLDERS:
        dest = write(args.repo, folder)
        count = sum(1 for p in dest.rglob("*") if p.is_file())
        print(f"wrote {count} files to {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
