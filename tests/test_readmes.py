"""Every package says what it owns and what it may import (issue 18).

A module nobody's README names is a module the next person finds only by grepping; a package README without
its import rule leaves the layering to ``lint-imports`` alone, which says what is refused but not why. These
tests read the tree as text: each product module's file name appears in the README of the nearest folder above
it that has one, and each top-level package's README states what it may import.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = (
    "agent",
    "alerts",
    "api",
    "callpulse",
    "dashboards",
    "demos",
    "devstack",
    "ingest",
    "rollout",
    "stream",
)
IMPORT_RULE = re.compile(r"may import|\*\*imports\*\*|^imports:", re.IGNORECASE | re.MULTILINE)


def nearest_readme(root: Path, folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / "README.md").is_file():
            return candidate / "README.md"
        if candidate == root:
            return None
    return None


def modules(root: Path, package: str) -> list[Path]:
    return sorted(
        path
        for path in (root / package).rglob("*.py")
        if path.name != "__init__.py" and "__pycache__" not in path.parts
    )


def unnamed(root: Path, package: str) -> list[str]:
    """Modules of ``package`` whose file name the nearest README above them does not mention."""
    missing = []
    for path in modules(root, package):
        readme = nearest_readme(root, path.parent)
        text = readme.read_text() if readme else ""
        if not re.search(rf"(?<![\w.]){re.escape(path.name)}(?!\w)", text):
            where = readme.relative_to(root) if readme else "any README"
            missing.append(f"{path.relative_to(root)} (not in {where})")
    return missing


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_is_named_in_its_nearest_readme(package: str) -> None:
    assert modules(ROOT, package), f"{package}/ has no modules: is PACKAGES stale?"
    assert unnamed(ROOT, package) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_readme_says_what_it_may_import(package: str) -> None:
    readme = ROOT / package / "README.md"
    assert readme.is_file()
    assert IMPORT_RULE.search(readme.read_text()), (
        f"{readme.relative_to(ROOT)} does not say what it may import"
    )


def test_the_check_sees_a_module_missing_from_its_readme(tmp_path: Path) -> None:
    """The check itself can fail: a new module no README mentions is reported, a named one is not, and a
    mention of ``other_named.py`` does not count for ``named.py``."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "README.md").write_text("`named.py` and `sub/other_named.py`; may import nothing.\n")
    for name in ("named.py", "sub/other_named.py", "sub/forgotten.py", "sub/__init__.py", "sub/med.py"):
        (package / name).write_text("")
    assert unnamed(tmp_path, "pkg") == [
        "pkg/sub/forgotten.py (not in pkg/README.md)",
        "pkg/sub/med.py (not in pkg/README.md)",
    ]
