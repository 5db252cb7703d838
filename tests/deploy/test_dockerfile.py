"""The Dockerfile, read without building it: two stages, a pinned base, a non-root runtime, the spaCy model
from PyPI, everything the code reads at run time copied in, and nothing fetched when a container starts."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from compose_file import shell_invocations

from callpulse.cli import build_parser
from callpulse.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def _stages() -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for instruction in _instructions():
        if instruction[0] == "FROM":
            stages.append([])
        if stages:
            stages[-1].append(instruction)
    return stages


def _base_image(argument: str) -> str:
    image = argument.split()[0]
    defaults = dict(re.findall(r"^ARG (\w+)=(\S+)", DOCKERFILE, re.MULTILINE))
    return re.sub(r"\$\{(\w+)\}", lambda m: defaults.get(m[1], m[0]), image)


def test_a_builder_stage_and_a_runtime_stage() -> None:
    stages = _stages()
    assert len(stages) >= 2, "multi-stage: build wheels in one stage, run from another"
    names = [args.split()[-1] for (_, args), *_ in stages if " AS " in args.upper()]
    assert "builder" in names and "runtime" in names
    runtime = stages[-1]
    assert any("from=builder" in args for _, args in runtime), "the runtime should take the builder's wheels"
    assert not any("build-essential" in args for _, args in runtime), "no compiler in the runtime image"


def test_base_images_are_pinned() -> None:
    for (_, args), *_ in _stages():
        image = _base_image(args)
        assert re.fullmatch(r"[\w./-]+:\d+\.\d+\.\d+[\w.-]*", image), f"pin the base image exactly: {image}"


def test_the_runtime_runs_as_a_non_root_user() -> None:
    users = [args for word, args in _stages()[-1] if word == "USER"]
    assert users, "the runtime stage needs a USER"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0"), f"runtime user is {user}"
    assert re.search(rf"useradd .*\b{re.escape(user)}\b", DOCKERFILE), f"{user} is never created"


def test_the_entrypoint_is_callpulse() -> None:
    entrypoints = [args for word, args in _instructions() if word == "ENTRYPOINT"]
    assert entrypoints and entrypoints[-1] == '["callpulse"]'


def test_the_spacy_model_is_a_pypi_dependency_and_nothing_is_downloaded_at_run_time() -> None:
    model = Settings.model_fields["spacy_model"].default
    package = model.replace("_", "-")
    pins = [d for d in PYPROJECT["project"]["dependencies"] if d.startswith(package)]
    assert pins and "==" in pins[0], f"{package} should be pinned in pyproject.toml (the image installs it)"
    assert "spacy download" not in DOCKERFILE and "pip download" not in DOCKERFILE
    offline = [args for word, args in _stages()[-1] if word == "RUN" and "--network=none" in args]
    assert offline and "callpulse redact" in offline[0], "prove the redactor loads with no network"


def test_every_package_and_the_files_it_reads_are_copied(repo: Path) -> None:
    packages = {p.rstrip("*") for p in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]}
    for stage in _stages():
        copied = {args.split()[0] for word, args in stage if word == "COPY" and not args.startswith("--")}
        if "pyproject.toml" in copied:
            assert packages <= copied, f"not copied into a stage: {sorted(packages - copied)}"
    runtime_copies = {args.split()[0] for word, args in _stages()[-1] if word == "COPY"}
    assert "deploy" in runtime_copies, (
        "the code reads deploy/clickhouse/migrations and deploy/kafka at run time"
    )
    for word, args in _instructions():
        if word == "COPY" and not args.startswith("--"):
            for source in args.split()[:-1]:
                assert (repo / source).exists(), f"COPY {source}: not in the repository"


def test_the_project_files_are_listed_in_one_stage() -> None:
    """The builder and the runtime once copied from two lists that drifted apart; both take one stage's."""
    packages = {p.rstrip("*") for p in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]}
    listing = [
        stage[0][1]
        for stage in _stages()
        if any(word == "COPY" and args.split()[0] in packages for word, args in stage)
    ]
    assert len(listing) == 1, f"the packages are listed in {len(listing)} stages: {listing}"
    source = listing[0].split()[-1]
    for stage in _stages()[1:]:
        if stage[0][1].split()[-1] in ("builder", "runtime"):
            assert any(word == "COPY" and f"--from={source}" in args for word, args in stage)


def test_the_context_leaves_out_secrets_and_local_state(repo: Path) -> None:
    ignored = {line.strip() for line in (repo / ".dockerignore").read_text().splitlines()}
    for entry in (".env", ".git", ".venv", "var", ".cache"):
        assert entry in ignored, f".dockerignore should exclude {entry}"
    for needed in ("deploy", "callpulse", "pyproject.toml", "README.md"):
        assert needed not in ignored, f"the build needs {needed}"


_BUILD_RUNS = [argv for word, args in _instructions() if word == "RUN" for argv in shell_invocations(args)]


def test_the_build_runs_callpulse() -> None:
    assert ["redact"] in _BUILD_RUNS


@pytest.mark.parametrize("argv", _BUILD_RUNS, ids=" ".join)
def test_callpulse_commands_the_build_runs_exist(argv: list[str]) -> None:
    try:
        build_parser().parse_args(argv)
    except SystemExit:
        pytest.fail(f"the Dockerfile runs `callpulse {' '.join(argv)}`, which is not a command")
