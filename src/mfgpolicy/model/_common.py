"""Shared building blocks of the model: the exact-number type and validators.

Every model class is ``@attrs.frozen`` (frozen and slotted). Validators raise
:class:`mfgpolicy.errors.ValidationError` with a message that names the class,
the field and the offending value, in the attrs style:
``"Target.value_high must be ≥ value (got '2' < '3')"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeAlias

import attrs

from mfgpolicy.errors import ValidationError

#: An exact number read from text: a Decimal, or a Fraction where the text is a
#: fraction (三分之一) or the value has no terminating decimal form.
Number: TypeAlias = Decimal | Fraction

Validator: TypeAlias = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _owner(inst: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(inst).__name__}.{attribute.name}"


def typed(*types: type, optional: bool = False) -> Validator:
    """Validator: the value is an instance of one of ``types`` (or ``None`` if optional)."""
    names = " or ".join(t.__name__ for t in types) + (" or None" if optional else "")
    exact = frozenset(types)  # the common case, checked first: the value's own type

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) in exact or (value is None and optional):
            return
        # bool is an int; never accept it where a number is wanted.
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            raise ValidationError(
                f"{_owner(inst, attribute)} must be {names} "
                f"(got {value!r} that is a {type(value).__name__})"
            )

    return check


def exact_number(*, optional: bool = False) -> Validator:
    """Validator: a finite Decimal or a Fraction (never a float)."""
    base = typed(Decimal, Fraction, optional=optional)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        base(inst, attribute, value)
        if isinstance(value, Decimal) and not value.is_finite():
            raise ValidationError(f"{_owner(inst, attribute)} must be finite (got {value!r})")

    return check


def str_tuple(*, nonempty_items: bool = True) -> Validator:
    """Validator: a tuple of strings (each non-empty by default)."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            raise ValidationError(
                f"{_owner(inst, attribute)} must be a tuple of str (got {value!r})"
            )
        if nonempty_items and any(not v for v in value):
            raise ValidationError(f"{_owner(inst, attribute)} must not hold empty strings")

    return check


def nonempty_str(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{_owner(inst, attribute)} must be a non-empty str (got {value!r})")


def date_or_none(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``datetime.date`` (not a datetime) or ``None``."""
    if value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(
            f"{_owner(inst, attribute)} must be a date or None "
            f"(got {value!r} that is a {type(value).__name__})"
        )


def known_unit(*, optional: bool = False) -> Validator:
    """Validator: a unit expression the registry knows (亿元, 万元/人, %, 家 …)."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or not value:
            none = " or None" if optional else ""
            raise ValidationError(
                f"{_owner(inst, attribute)} must be a non-empty str{none} (got {value!r})"
            )
        from mfgpolicy.errors import UnitError
        from mfgpolicy.units import parse_unit

        try:
            parse_unit(value)
        except UnitError as exc:
            raise ValidationError(
                f"{_owner(inst, attribute)} is not a known unit (got {value!r}: {exc})"
            ) from None

    return check


def fail(inst: object, field: str, message: str) -> ValidationError:
    """A ValidationError naming ``Class.field``; raise it from ``__attrs_post_init__``."""
    return ValidationError(f"{type(inst).__name__}.{field} {message}")


def to_tuple(value: object) -> object:
    """Converter: lists become tuples so frozen instances stay hashable."""
    return tuple(value) if isinstance(value, list) else value
