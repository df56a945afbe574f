"""Reading a document file: encoding detection without changing the text (读取文件).

Chinese government pages are saved as UTF-8 (with or without a byte-order mark)
or in the national GB18030 family (which includes GBK and GB2312). The text is
returned exactly as decoded, ``\\r\\n`` included, because every span the
extractor reports is an offset into it; only a leading BOM is dropped.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Final

from mfgpolicy.errors import DocumentError

__all__ = ["ENCODINGS", "read_document"]

#: The encodings tried, in order (after a UTF-16 byte-order mark, if any).
ENCODINGS: Final = ("utf-8", "gb18030")


def read_document(path: str | Path) -> tuple[str, str]:
    """Read a plan document and say which encoding it was in (读取文件).

    Tries UTF-8 (a BOM is stripped, reported as ``"utf-8-sig"``), then GB18030.
    A file that starts with a UTF-16 BOM is read as UTF-16.

    Args:
        path: the file to read.

    Returns:
        ``(text, encoding)``: the text exactly as decoded (no line-end changes)
        and the codec name that decoded it.

    Raises:
        DocumentError: the file is missing, a directory, unreadable, empty or
            only whitespace, or decodes in none of the encodings tried.
    """
    p = Path(path)
    name = str(path)
    if p.is_dir():
        raise DocumentError(name, "is a directory, not a document file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DocumentError(name, "no such file") from None
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({exc.strerror or exc})") from None

    text: str | None = None
    encoding = ""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            text = None
    if text is None:
        if data.startswith(codecs.BOM_UTF8):
            try:
                text, encoding = data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
            except UnicodeDecodeError:
                text = None
        else:
            for enc in ENCODINGS:
                try:
                    text, encoding = data.decode(enc), enc
                    break
                except UnicodeDecodeError:
                    continue
    if text is None:
        raise DocumentError(
            name, f"cannot be decoded as any of {', '.join(ENCODINGS)} (tried in that order)"
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise DocumentError(name, "is empty" if not data else "contains only whitespace")
    return text, encoding
