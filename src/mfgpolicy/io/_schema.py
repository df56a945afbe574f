"""Generate the JSON Schema (draft 2020-12) of the ``mfgpolicy/1`` JSON forms.

The schema is derived from the attrs classes themselves, so it cannot drift
from the model; a copy is shipped as ``data/schema.json`` and a test checks
that the copy is current.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

NUMBER_PATTERN = r"^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^-?\d+/[1-9]\d*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, tp: Any) -> dict[str, Any]:
        from mfgpolicy.model import Span

        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            args = typing.get_args(tp)
            non_none = [a for a in args if a is not type(None)]
            if set(non_none) == {Decimal, Fraction}:
                inner: dict[str, Any] = {"type": "string", "pattern": NUMBER_PATTERN}
            elif len(non_none) == 1:
                inner = self.of(non_none[0])
            else:
                inner = {"anyOf": [self.of(a) for a in non_none]}
            if type(None) in args:
                return {"anyOf": [inner, {"type": "null"}]}
            return inner
        if origin is tuple or origin is list:
            args = typing.get_args(tp)
            return {"type": "array", "items": self.of(args[0])}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        if tp is Span:
            return {
                "type": "array",
                "items": {"type": "integer", "minimum": 0},
                "minItems": 2,
                "maxItems": 2,
            }
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if isinstance(tp, type) and attrs.has(tp):
            self.define(tp)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - model is closed

    def define(self, cls: type) -> None:
        name = cls.__name__
        if name in self.defs:
            return
        self.defs[name] = {}  # placeholder against recursion
        hints = typing.get_type_hints(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            props[field.name] = self.of(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
        doc = (cls.__doc__ or "").strip().splitlines()
        self.defs[name] = {
            "type": "object",
            "description": doc[0] if doc else name,
            "properties": props,
            "required": required,
            "additionalProperties": False,
        }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a document as ``mfgpolicy extract --format json`` prints it.

    Definitions of every model class are under ``$defs``, so the schema also
    validates single targets (``#/$defs/Target``) and observations.
    """
    from mfgpolicy.io._converter import SCHEMA
    from mfgpolicy.model import Observation, PolicyDocument, Target

    b = _Builder()
    b.define(PolicyDocument)
    b.define(Observation)
    quantity = {
        "anyOf": [
            {
                "type": "object",
                "properties": {
                    "magnitude": {"type": "string", "pattern": NUMBER_PATTERN},
                    "unit": {"type": "string"},
                },
                "required": ["magnitude", "unit"],
                "additionalProperties": False,
            },
            {"type": "null"},
        ]
    }
    target_def = b.defs[Target.__name__]
    target_def["properties"]["quantity"] = quantity
    target_def["properties"]["quantity_high"] = quantity
    doc_def = b.defs[PolicyDocument.__name__]
    envelope_keys = ("targets", "measures", "warnings")
    meta_props = {k: v for k, v in doc_def["properties"].items() if k not in envelope_keys}
    b.defs["DocumentMetadata"] = {
        "type": "object",
        "description": "The document's metadata (the 'document' member of the envelope).",
        "properties": meta_props,
        "required": [k for k in doc_def["required"] if k not in envelope_keys],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://mfgpolicy.invalid/schema/mfgpolicy-1.json",
        "title": f"mfgpolicy document ({SCHEMA})",
        "type": "object",
        "properties": {
            "schema": {"const": SCHEMA},
            "document": {"$ref": "#/$defs/DocumentMetadata"},
            "targets": {"type": "array", "items": {"$ref": "#/$defs/Target"}},
            "measures": {"type": "array", "items": doc_def["properties"]["measures"]["items"]},
            "warnings": {"type": "array", "items": doc_def["properties"]["warnings"]["items"]},
        },
        "required": ["schema", "document", "targets", "measures", "warnings"],
        "additionalProperties": False,
        "$defs": b.defs,
    }
