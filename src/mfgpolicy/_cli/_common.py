"""Helpers shared by the sub-commands."""

from __future__ import annotations

from pathlib import Path

from mfgpolicy.model import PolicyDocument


def load_plan(path: str | Path) -> PolicyDocument:
    """A plan from a file: the JSON that ``mfgpolicy extract`` prints, or a document's text.

    JSON is recognised by a ``.json`` suffix or a first character ``{``; any
    other file is read as text (UTF-8, else GB18030) and extracted.

    Raises:
        DocumentError: the file is missing, empty or undecodable.
        ValidationError: the JSON is malformed or breaks the model (every problem listed).
    """
    from mfgpolicy.extract import extract_document
    from mfgpolicy.extract.reading import read_document
    from mfgpolicy.io import load_file, loads

    p = Path(path)
    if p.suffix.lower() == ".json":
        return load_file(p, PolicyDocument)
    text, _encoding = read_document(p)
    if text.lstrip().startswith("{"):
        return loads(text, PolicyDocument)
    return extract_document(text, source=p.name)
