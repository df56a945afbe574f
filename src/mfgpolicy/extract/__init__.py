"""Text → :class:`~mfgpolicy.model.PolicyDocument` (抽取).

Public API:

- :func:`extract_document` / :func:`extract_file`: run the whole pipeline.
- :func:`find_targets`: the target finder alone, on normalised text.
- :func:`find_tables`, :class:`Table`: the task-division and indicator tables of a
  normalised text.
- :func:`evaluate`, :func:`score`, :func:`combine`, :func:`render_table`,
  :class:`Scores`: precision, recall and field accuracy against gold files.
"""

from __future__ import annotations

from mfgpolicy.extract.evaluate import Scores, combine, evaluate, load_gold, render_table, score
from mfgpolicy.extract.pipeline import extract_document, extract_file
from mfgpolicy.extract.tables import Table, find_tables
from mfgpolicy.extract.targets import FoundTarget, find_targets

__all__ = [
    "FoundTarget",
    "Scores",
    "Table",
    "combine",
    "evaluate",
    "extract_document",
    "extract_file",
    "find_tables",
    "find_targets",
    "load_gold",
    "render_table",
    "score",
]
