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
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False
suppress_warnings = ["myst.xref_missing"]
html_theme = "furo"
html_title = "mfgpolicy"
