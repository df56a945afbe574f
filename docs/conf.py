"""Sphinx configuration for the mfgpolicy docs (MyST Markdown + autodoc)."""

from __future__ import annotations

import mfgpolicy

project = "mfgpolicy"
author = "mfgpolicy developers"
copyright = "2026, mfgpolicy developers"
release = mfgpolicy.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
# api.md uses autosummary only for link tables into the module sections; no
# stub pages are generated (each object is documented once, by automodule).
autosummary_generate = False
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False
suppress_warnings = ["myst.xref_missing"]
# The doctest builder (`sphinx-build -b doctest docs docs/_build/doctest`) also
# runs the examples of docstrings pulled in by autodoc; they are written as if
# inside their module, so give every test the public API and the exact types.
doctest_global_setup = """
from decimal import Decimal
from fractions import Fraction
from mfgpolicy import *
"""
html_theme = "furo"
html_title = "mfgpolicy"


def _skip_namedtuple_fields(app, what, name, obj, skip, options):
    """Skip the generated "Alias for field number N" properties of NamedTuples.

    NumberMatch documents its fields in its docstring (napoleon "Attributes:"),
    so autodoc's own entries for the same fields would be duplicate object
    descriptions (a warning, hence an error under -W).
    """
    doc = getattr(obj, "__doc__", None) or ""
    if what == "class" and doc.startswith("Alias for field number"):
        return True
    return None


def setup(app):
    app.connect("autodoc-skip-member", _skip_namedtuple_fields)
