"""The README's examples are the truth: its Python session runs as written."""

from __future__ import annotations

import doctest

import pytest

from conftest import ROOT


def test_readme_python_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples use paths relative to the repository
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False)
    assert result.attempted >= 5
    assert result.failed == 0


def test_readme_states_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/python -m pytest"
    )
    assert test_command in readme
    assert test_command in ci
    assert "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/mfgpolicy demo" in readme
