"""mfgpolicy: checkable data from Chinese local-government manufacturing policy plans.

The public API is what ``__all__`` lists; everything else is private.
"""

from __future__ import annotations

from mfgpolicy.errors import (
    CatalogError,
    DocumentError,
    MfgPolicyError,
    ObservationError,
    ParseError,
    StoreError,
    UnitError,
    ValidationError,
)

__version__ = "0.1.0"

__all__ = [
    "CatalogError",
    "DocumentError",
    "MfgPolicyError",
    "ObservationError",
    "ParseError",
    "StoreError",
    "UnitError",
    "ValidationError",
    "__version__",
]
