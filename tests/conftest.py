"""Shared test configuration: hypothesis profiles and paths to the seed documents.

Profiles (choose with the environment variable ``HYPOTHESIS_PROFILE``):

- ``dev`` (default): quick local runs.
- ``ci``: more examples, derandomised so that a CI run is repeatable; chosen
  automatically when ``CI`` is set.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "examples" / "documents"
SEED_FILES = sorted(SEED_DIR.glob("0*.txt"))
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed documents, by file stem (``000_d5fc791e7d16acfa`` …)."""
    return {p.stem: p.read_text(encoding="utf-8") for p in SEED_FILES}
