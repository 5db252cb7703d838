"""The import contracts of pyproject.toml ([tool.importlinter]) hold on the tree: each contract is its own test,
so a run lists which layers are kept, and a broken one fails with import-linter's own lines (which module
imports which, at which line)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import-linter-cache")


def test_the_contracts_cover_every_rule_of_the_layering() -> None:
    rules = {"layers", "agent", "agent-apart", "root", "tooling", "pages", "api-stream"}
    assert {c["id"] for c in CONTRACTS} >= rules


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c["id"] for c in CONTRACTS])
def test_contract_holds(contract: dict[str, object], cache_dir: Path) -> None:
    run = subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--cache-dir", str(cache_dir), "--contract", str(contract["id"])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if run.returncode != 0:
        broken = run.stdout.split("Broken contracts", 1)[-1].strip("-\n ")
        pytest.fail(f"{contract['name']}: BROKEN\n{broken or run.stdout + run.stderr}", pytrace=False)
