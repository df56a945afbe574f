"""JSON in and out (and, in submodules, the SQLite store and table exports).

``dumps(obj)`` and ``loads(text, cls)`` go through one private cattrs converter;
``json_schema()`` is the JSON Schema of the document form.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar, overload

from mfgpolicy.errors import DocumentError, MfgPolicyError, ValidationError
from mfgpolicy.io._converter import SCHEMA, check_schema, converter, problems_of
from mfgpolicy.io._schema import json_schema

__all__ = ["SCHEMA", "dumps", "json_schema", "load_file", "loads", "structure", "unstructure"]

T = TypeVar("T")


def unstructure(obj: Any) -> Any:
    """The JSON-ready form (dicts, lists, strings) of a model object or a list of them."""
    data = converter.unstructure(obj)
    if isinstance(data, dict) and "schema" not in data:
        data = {"schema": SCHEMA, **data}
    return data


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """JSON text of a model object (or a list of them); numbers exact, Chinese kept as is."""
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


@overload
def structure(data: Any, cls: type[T]) -> T: ...
@overload
def structure(data: Any, cls: Any) -> Any: ...
def structure(data: Any, cls: Any) -> Any:
    """Build ``cls`` from JSON-ready data, validating everything.

    Raises:
        ValidationError: listing every problem with its JSON path.
    """
    if isinstance(data, dict) and "schema" in data and not _is_envelope(cls):
        check_schema(data["schema"])
        data = {k: v for k, v in data.items() if k != "schema"}
    try:
        return converter.structure(data, cls)
    except ValidationError as exc:
        if all("@ $" in p for p in exc.problems):
            raise
        raise ValidationError([p if "@ $" in p else f"{p} @ $" for p in exc.problems]) from None
    except MfgPolicyError:
        raise
    except Exception as exc:  # noqa: BLE001 - cattrs groups every field error; we list them
        raise ValidationError(problems_of(exc)) from None


def _is_envelope(cls: Any) -> bool:
    from mfgpolicy.model import PolicyDocument

    return cls is PolicyDocument


def loads(text: str | bytes, cls: type[T]) -> T:
    """Parse JSON text into ``cls`` (a model class, or e.g. ``list[Observation]``).

    Raises:
        ValidationError: for malformed JSON (with line and column) and for every
            missing field, wrong type, unknown unit or unknown enum value (with
            its JSON path).
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    except UnicodeDecodeError as exc:
        raise ValidationError(f"JSON is not UTF-8 text (byte {exc.start})") from None
    result: T = structure(data, cls)
    return result


def load_file(path: str | Path, cls: type[T]) -> T:
    """Read and parse a JSON file; errors name the file.

    Raises:
        DocumentError: the file cannot be read.
        ValidationError: its content is malformed (each problem prefixed by the path).
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DocumentError(str(p), f"cannot read ({exc.strerror})") from None
    try:
        return loads(raw, cls)
    except ValidationError as exc:
        raise ValidationError([f"{p}: {problem}" for problem in exc.problems]) from None
