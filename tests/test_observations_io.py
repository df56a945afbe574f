"""Observations in and out: CSV and JSON, periods, bad rows, conflicts, round trip."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfgpolicy.errors import ObservationError
from mfgpolicy.io.observations import (
    dump_observations_csv,
    load_observations,
    loads_observations,
    parse_period,
    write_observations_csv,
)
from mfgpolicy.model.observation import Observation

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "end", "start"),
    [
        ("2022", dt.date(2022, 12, 31), dt.date(2022, 1, 1)),
        ("2022-06", dt.date(2022, 6, 30), dt.date(2022, 6, 1)),
        ("2022Q2", dt.date(2022, 6, 30), dt.date(2022, 4, 1)),
        ("2022H1", dt.date(2022, 6, 30), dt.date(2022, 1, 1)),
        ("2022h2", dt.date(2022, 12, 31), dt.date(2022, 7, 1)),
        ("2024-02", dt.date(2024, 2, 29), dt.date(2024, 2, 1)),
        ("2022-06-30", dt.date(2022, 6, 30), None),
    ],
)
def test_parse_period(text: str, end: dt.date, start: dt.date | None) -> None:
    assert parse_period(text) == (end, start)


def test_parse_period_rejects() -> None:
    with pytest.raises(ValueError, match="2022Q5"):
        parse_period("2022Q5")


CSV = """target_id,indicator,jurisdiction,period,date,value,unit,source,note
t1,,绍兴市,2020,,2000,亿元,统计公报2020,
t1,,绍兴市,2022,,"2,500",亿元,统计公报2022,
,labour_productivity,绍兴市,,2022,25.1,万元/人,,
t1,,绍兴市,2021Q5,,1,亿元,,
t1,,绍兴市,2021,,abc,亿元,,
t1,,绍兴市,2021,,1,公斤米,,
,,绍兴市,2021,,1,亿元,,
t2,,绍兴市,2022H1,,10,家,,
t2,,绍兴市,2022H1,,12,家,,
t3,,绍兴市,2022,,5,家,,
t3,,绍兴市,2022,,5,家,,
"""


def test_bad_rows_reported_with_line_numbers_rest_load() -> None:
    loaded = loads_observations(CSV, source="obs.csv")
    keys = [(o.target_id or o.indicator_id, o.date, o.period_start) for o in loaded.observations]
    assert keys == [
        ("t1", dt.date(2020, 12, 31), dt.date(2020, 1, 1)),
        ("t1", dt.date(2022, 12, 31), dt.date(2022, 1, 1)),
        ("labour_productivity", dt.date(2022, 12, 31), None),  # a date column is a stock
        ("t3", dt.date(2022, 12, 31), dt.date(2022, 1, 1)),  # exact repeat loads once
    ]
    assert loaded.observations[1].value == Decimal(2500)
    lines = [p.line for p in loaded.problems]
    assert lines == [5, 6, 7, 8, 10]
    text = "\n".join(str(p) for p in loaded.problems)
    assert "obs.csv:5" in text
    assert "2021Q5" in text
    assert "abc" in text
    assert "公斤米" in text
    assert "target_id or indicator" in text
    assert "conflicting" in text
    assert "line 9: 10" in text
    assert "line 10: 12" in text  # both reported, none kept
    assert not loaded.ok


def test_strict_mode_lists_every_problem() -> None:
    with pytest.raises(ObservationError) as info:
        loads_observations(CSV, source="obs.csv", strict=True)
    message = str(info.value)
    assert "5 problem(s)" in message
    assert message.count("obs.csv:") >= 5


def test_json_items() -> None:
    data = [
        {
            "target_id": "t1",
            "jurisdiction": "绍兴市",
            "period": "2022",
            "value": "2500",
            "unit": "亿元",
        },
        {
            "target_id": "t1",
            "jurisdiction": "绍兴市",
            "period": "2021",
            "value": 2300,
            "unit": "亿元",
        },
        {"target_id": "t1", "jurisdiction": "绍兴市", "value": "1", "unit": "亿元"},
        "nope",
    ]
    loaded = loads_observations(json.dumps(data, ensure_ascii=False), file_format="json")
    assert [o.value for o in loaded.observations] == [Decimal(2500), Decimal(2300)]
    assert [str(p) for p in loaded.problems] == [
        "<string>: item 3: needs date or period",
        "<string>: item 4: must be an object (got 'nope')",
    ]
    wrapped = loads_observations(json.dumps({"observations": data[:1]}), file_format="json")
    assert len(wrapped.observations) == 1
    with pytest.raises(ObservationError, match="malformed JSON"):
        loads_observations("[", file_format="json")


def test_files_and_round_trip(tmp_path: Path) -> None:
    loaded = loads_observations(CSV)
    out = tmp_path / "out.csv"
    write_observations_csv(loaded.observations, out)
    again = load_observations(out)
    assert again.ok
    assert again.observations == loaded.observations
    js = tmp_path / "obs.json"
    js.write_text(
        json.dumps(
            [
                {
                    "indicator": "x",
                    "jurisdiction": "甲",
                    "date": "2022-06-30",
                    "value": "1/3",
                    "unit": "%",
                }
            ]
        ),
        encoding="utf-8",
    )
    assert load_observations(js).observations[0].value == Fraction(1, 3)
    with pytest.raises(ObservationError, match="cannot read"):
        load_observations(tmp_path / "missing.csv")


@pytest.mark.parametrize("name", ["observations_000.csv", "observations_003.csv"])
def test_example_files_load_cleanly(name: str) -> None:
    loaded = load_observations(ROOT / "examples" / "data" / name)
    assert loaded.ok, loaded.problems
    assert len(loaded.observations) >= 10


observation = st.builds(
    Observation,
    jurisdiction=st.sampled_from(["绍兴市", "宿州市", "330600"]),
    date=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    value=st.one_of(
        st.decimals(
            allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9
        ),
        st.fractions(max_denominator=97),
    ),
    unit=st.sampled_from(["亿元", "万元/人", "%", "家"]),
    period_start=st.none(),
    indicator_id=st.just("industrial_value_added"),
    target_id=st.none(),
    source=st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8),
    note=st.just(""),
)


@given(st.lists(observation, max_size=5, unique_by=lambda o: o.key))
def test_csv_round_trip_property(observations: list[Observation]) -> None:
    loaded = loads_observations(dump_observations_csv(observations))
    assert loaded.ok
    assert len(loaded.observations) == len(observations)
    for a, b in zip(loaded.observations, observations, strict=True):
        assert a.value == b.value
        assert a.key == b.key
        assert a.source == b.source.strip()


# -- bad input is reported with its line and the text, never a bare exception --------------

_HEAD = "target_id,jurisdiction,date,period_start,value,unit\n"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("t1,绍兴市,2022-13,,5,家", "date: cannot read period '2022-13'"),
        ("t1,绍兴市,2022-02-30,,5,家", "date: cannot read period '2022-02-30'"),
        ("t1,绍兴市,2022,2022-14-01,5,家", "period_start '2022-14-01' is not a date"),
        ("t1,绍兴市,2022,,1e999999999,家", "out of range"),
    ],
)
def test_bad_dates_and_values_name_the_text(row: str, expected: str) -> None:
    loaded = loads_observations(_HEAD + row + "\n", source="obs.csv")
    assert loaded.observations == ()
    assert len(loaded.problems) == 1
    assert loaded.problems[0].line == 2
    assert expected in str(loaded.problems[0])


def test_parse_period_names_impossible_dates() -> None:
    with pytest.raises(ValueError, match="'2022-13'"):
        parse_period("2022-13")


def test_empty_file_is_a_problem_header_only_is_not(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    loaded = load_observations(empty)
    assert loaded.observations == ()
    assert "no header row" in str(loaded.problems[0])
    with pytest.raises(ObservationError, match="no header row"):
        load_observations(empty, strict=True)
    assert loads_observations(_HEAD).ok  # a header and no rows: nothing to report


def test_bom_is_ignored_in_csv_and_json(tmp_path: Path) -> None:
    csv_text = "\ufeff" + _HEAD + "t1,绍兴市,2022,,5,家\n"
    assert loads_observations(csv_text).observations[0].target_id == "t1"
    path = tmp_path / "bom.csv"
    path.write_bytes(csv_text.encode("utf-8"))  # the BOM is in the file once
    assert load_observations(path).observations[0].value == 5
    item = {"target_id": "t1", "jurisdiction": "x", "date": "2022", "value": 5, "unit": "家"}
    js = "\ufeff" + json.dumps([item])
    assert loads_observations(js, file_format="json").ok


def test_duplicate_conflicting_rows_are_both_left_out() -> None:
    text = _HEAD + "t1,绍兴市,2022,,5,家\nt1,绍兴市,2022,,6,家\nt1,绍兴市,2021,,4,家\n"
    loaded = loads_observations(text)
    assert [o.value for o in loaded.observations] == [4]
    (problem,) = loaded.problems
    assert "conflicting" in str(problem)
    assert problem.line == 3


def test_json_non_scalar_cells_are_rejected() -> None:
    item = {"target_id": ["t1"], "jurisdiction": "x", "date": "2022", "value": 5, "unit": "家"}
    loaded = loads_observations(json.dumps([item]), file_format="json")
    assert loaded.observations == ()
    assert "target_id must be text or a number" in str(loaded.problems[0])
