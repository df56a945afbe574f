"""The one cattrs converter of mfgpolicy, and the JSON forms of the model.

JSON forms (schema ``mfgpolicy/1``, see TARGETS.md):

- exact numbers as strings: ``"2800"``, ``"10.4"``, ``"1/3"``;
- dates as ISO strings; enums by value; spans as ``[start, end]``;
- a target carries its derived canonical ``quantity`` (ignored on input);
- a document is the envelope ``{"schema", "document", "targets", "measures",
  "warnings"}``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from mfgpolicy.errors import MfgPolicyError, ValidationError
from mfgpolicy.model import PolicyDocument, Span, Target

SCHEMA = "mfgpolicy/1"

_DECIMAL_RE = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
_FRACTION_RE = re.compile(r"-?\d+/[1-9]\d*")


def format_number(value: Decimal | Fraction) -> str:
    """The JSON string of an exact number: a decimal string, or ``p/q`` for a Fraction."""
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    # Plain notation, no exponent: 2.8E+11 is written 280000000000.
    return format(value, "f")


def parse_number_string(text: object) -> Decimal | Fraction:
    """Read an exact number back from its JSON string (inverse of :func:`format_number`)."""
    if not isinstance(text, str):
        raise ValidationError(
            f"an exact number must be a string such as '2800' or '1/3' (got {text!r})"
        )
    if _FRACTION_RE.fullmatch(text):
        return Fraction(text)
    if _DECIMAL_RE.fullmatch(text):
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid forms
            pass
    raise ValidationError(f"not an exact number: {text!r} (expected a decimal or p/q string)")


def _is_number_union(tp: Any) -> bool:
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return False
    args = set(typing.get_args(tp)) - {type(None)}
    return args == {Decimal, Fraction}


def _structure_number_union(value: Any, tp: Any) -> Decimal | Fraction | None:
    if value is None:
        if type(None) in typing.get_args(tp):
            return None
        raise ValidationError("a number is required here (got null)")
    return parse_number_string(value)


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        raise ValidationError(f"a date must be an ISO string YYYY-MM-DD (got {value!r})")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"not an ISO date: {value!r}") from None


def _structure_span(value: Any, _: Any) -> Span:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise ValidationError(f"a span must be [start, end] with two integers (got {value!r})")
    return Span(value[0], value[1])


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_unstructure_hook(Decimal, format_number)
    conv.register_unstructure_hook(Fraction, format_number)
    conv.register_structure_hook_func(_is_number_union, _structure_number_union)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, _structure_span)

    target_unstructure = make_dict_unstructure_fn(Target, conv)
    target_structure = make_dict_structure_fn(Target, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_target(t: Target) -> dict[str, Any]:
        data: dict[str, Any] = target_unstructure(t)
        q = t.quantity()
        data["quantity"] = None if q is None else {"magnitude": format_number(q[0]), "unit": q[1]}
        qh = t.quantity_high()
        data["quantity_high"] = (
            None if qh is None else {"magnitude": format_number(qh[0]), "unit": qh[1]}
        )
        return data

    def structure_target(data: Any, _: Any) -> Target:
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if k not in ("quantity", "quantity_high")}
        result: Target = target_structure(data, Target)
        return result

    conv.register_unstructure_hook(Target, unstructure_target)
    conv.register_structure_hook(Target, structure_target)

    doc_unstructure = make_dict_unstructure_fn(PolicyDocument, conv)
    doc_structure = make_dict_structure_fn(PolicyDocument, conv, _cattrs_forbid_extra_keys=True)
    envelope_keys = ("targets", "measures", "warnings")

    def unstructure_document(doc: PolicyDocument) -> dict[str, Any]:
        flat: dict[str, Any] = doc_unstructure(doc)
        parts = {k: flat.pop(k) for k in envelope_keys}
        return {"schema": SCHEMA, "document": flat, **parts}

    def structure_document(data: Any, _: Any) -> PolicyDocument:
        if not isinstance(data, dict):
            raise ValidationError(f"a document must be a JSON object (got {type(data).__name__})")
        unknown = set(data) - {"schema", "document", *envelope_keys}
        if unknown:
            raise ValidationError(f"unknown top-level keys {sorted(unknown)} @ $")
        check_schema(data.get("schema"))
        meta = data.get("document")
        if not isinstance(meta, dict):
            raise ValidationError("'document' must be an object @ $.document")
        flat = {**meta, **{k: data.get(k, []) for k in envelope_keys}}
        result: PolicyDocument = doc_structure(flat, PolicyDocument)
        return result

    conv.register_unstructure_hook(PolicyDocument, unstructure_document)
    conv.register_structure_hook(PolicyDocument, structure_document)
    return conv


def check_schema(value: object) -> None:
    """Refuse a JSON document of another schema version."""
    if value is not None and value != SCHEMA:
        raise ValidationError(
            f"unsupported schema {value!r} (this library reads {SCHEMA!r}) @ $.schema"
        )


def _format_exception(exc: BaseException, tp: type | None) -> str:
    if isinstance(exc, MfgPolicyError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s) {sorted(exc.extra_fields)}"
    if isinstance(exc, ValueError) and isinstance(tp, type) and issubclass(tp, enum.Enum):
        allowed = ", ".join(repr(m.value) for m in list(tp))
        return f"invalid value for {tp.__name__} (expected one of {allowed})"
    return cattrs.v.format_exception(exc, tp)


def problems_of(exc: BaseException) -> list[str]:
    """Every problem in a cattrs validation error, each with its JSON path."""
    if isinstance(exc, cattrs.BaseValidationError):
        return cattrs.transform_error(exc, format_exception=_format_exception)
    return [f"{_format_exception(exc, None)} @ $"]


converter = _make_converter()


def is_model_class(cls: object) -> bool:
    """True for attrs classes of the model (anything the converter knows)."""
    return isinstance(cls, type) and attrs.has(cls)
