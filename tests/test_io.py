"""JSON in and out: exact round trips, the shipped schema, and clear errors."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from fractions import Fraction

import jsonschema
import pytest
from hypothesis import given

from conftest import DATA_DIR, ROOT
from mfgpolicy import DocumentError, Observation, PolicyDocument, Target, ValidationError
from mfgpolicy.io import SCHEMA, dumps, json_schema, load_file, loads, unstructure
from mfgpolicy.io._converter import format_number, parse_number_string
from strategies import decimals, documents, fractions, observations, targets

HEADLINE = DATA_DIR / "seed000_headline.json"
SHIPPED_SCHEMA = ROOT / "src" / "mfgpolicy" / "data" / "schema.json"


@given(documents())
def test_document_round_trip(doc: PolicyDocument) -> None:
    assert loads(dumps(doc), PolicyDocument) == doc


@given(targets())
def test_target_round_trip(t: Target) -> None:
    assert loads(dumps(t), Target) == t


@given(observations())
def test_observation_round_trip(o: Observation) -> None:
    assert loads(dumps(o), Observation) == o
    assert loads(dumps([o]), list[Observation]) == [o]


@given(documents())
def test_json_validates_against_schema(doc: PolicyDocument) -> None:
    jsonschema.validate(json.loads(dumps(doc)), json_schema())


@given(decimals | fractions)
def test_number_strings_round_trip(x: Decimal | Fraction) -> None:
    back = parse_number_string(format_number(x))
    assert back == x
    assert type(back) is type(x)


def test_shipped_schema_is_current() -> None:
    shipped = json.loads(SHIPPED_SCHEMA.read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run: python -m mfgpolicy.io.schema_dump to refresh"


def test_document_json_shape_follows_targets_md() -> None:
    doc = load_file(HEADLINE, PolicyDocument)
    data = unstructure(doc)
    assert data["schema"] == SCHEMA
    assert set(data) == {"schema", "document", "targets", "measures", "warnings"}
    first = data["targets"][0]
    assert first["value"] == "2800"
    assert first["unit"] == "亿元"
    assert first["quantity"] == {"magnitude": "280000000000", "unit": "CNY"}
    assert first["deadline"] == "2023-12-31"
    assert isinstance(first["span"], list)
    for key in (
        "indicator",
        "indicator_id",
        "kind",
        "comparator",
        "value",
        "value_high",
        "unit",
        "quantity",
        "per",
        "deadline",
        "deadline_basis",
        "period_start",
        "commitment",
        "span",
        "text",
        "restates",
        "parent",
        "responsibility",
    ):
        assert key in first, key


def test_seed000_headline_loads_validates_and_round_trips(seed_texts: dict[str, str]) -> None:
    raw = json.loads(HEADLINE.read_text(encoding="utf-8"))
    jsonschema.validate(raw, json_schema())
    doc = loads(HEADLINE.read_text(encoding="utf-8"), PolicyDocument)
    assert loads(dumps(doc), PolicyDocument) == doc
    text = seed_texts["000_d5fc791e7d16acfa"]
    for t in doc.targets:  # the hand-built spans quote the seed exactly
        assert t.span.quote(text) == t.text
    assert doc.jurisdiction is not None
    assert doc.jurisdiction.code == "330600"


def _corrupt() -> dict[str, object]:
    raw = json.loads(HEADLINE.read_text(encoding="utf-8"))
    bad = copy.deepcopy(raw)
    del bad["targets"][0]["indicator"]  # missing field
    bad["targets"][1]["value"] = 25.0  # wrong type: a float, not an exact string
    bad["targets"][2]["unit"] = "公斤元"  # unknown unit
    bad["targets"][3]["kind"] = "levle"  # unknown enum value
    bad["document"]["issued"] = "2021-13-40"  # not a date
    return bad


def test_corrupted_copy_lists_every_problem_with_its_path() -> None:
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(_corrupt(), ensure_ascii=False), PolicyDocument)
    problems = "\n".join(info.value.problems)
    assert "$.targets[0].indicator" in problems
    assert "$.targets[1].value" in problems
    assert "$.targets[2]" in problems
    assert "公斤元" in problems
    assert "$.targets[3].kind" in problems
    assert "levle" in problems or "expected one of" in problems
    assert "$.issued" in problems or "issued" in problems
    assert isinstance(info.value, ValueError)


_EMPTY = '"document": {}, "targets": [], "measures": [], "warnings": []'


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("{not json", "line 1 column 2"),
        (
            '{"schema": "mfgpolicy/9", ' + _EMPTY + "}",
            "unsupported schema",
        ),
        ("[]", "must be a JSON object"),
        (
            '{"schema": "mfgpolicy/1", ' + _EMPTY + ', "x": 1}',
            "unknown top-level",
        ),
    ],
)
def test_malformed_json_errors(text: str, needle: str) -> None:
    with pytest.raises(ValidationError, match=needle):
        loads(text, PolicyDocument)


def test_load_file_names_the_file(tmp_path: object) -> None:
    from pathlib import Path

    p = Path(str(tmp_path)) / "broken.json"
    p.write_text("{", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"broken\.json"):
        load_file(p, PolicyDocument)
    with pytest.raises(DocumentError, match="cannot read"):
        load_file(Path(str(tmp_path)) / "missing.json", PolicyDocument)
