"""Text normalisation with an offset map back to the original (文本规范化).

:func:`normalize` turns a policy document into the form the extractor's regular
expressions expect, and keeps a map from every normalised offset back to the
original offset, so that provenance spans point into the text the user sees.

Steps, in order:

1. **Script** (繁简转换): traditional → simplified, one character for one
   character, through a table built once from OpenCC's ``TSCharacters.txt``.
2. **Width** (全角转半角): U+FF01–U+FF5E → U+0021–U+007E, and every space
   separator (U+3000 ideographic space, U+00A0 no-break space, U+2000–U+200A …)
   → ``" "``; the small and vertical forms of punctuation (﹐﹔︰) → their usual
   forms, and corner quotes 「」『』 → “”. Chinese punctuation without an ASCII
   twin (、。《》“”【】…—) stays.
3. **Clean-ups that delete characters**, each recorded in the offset map:

   - line ends (``collapse_spaces``): ``\\r\\n`` → ``\\n``, a lone ``\\r`` → ``\\n``,
     spaces at the start or end of a line and zero-width spaces/BOMs removed;
   - hard wraps (``join_wrapped_lines``), see :func:`_join_breaks`;
   - runs of spaces collapse to one (``collapse_spaces``);
   - inner spaces (``remove_inner_spaces``): inside a thousands-grouped number
     (``"2 800"`` → ``"2800"``), between a number and its unit (``"5200 亿元"``,
     ``"15 家"``, ``"5 %"``), inside a short number right before its unit after a word
     or a mark (``"、3 7万元"`` → ``"、37万元"``), next to CJK punctuation
     (``"委、 市"``), and between the characters of a line spaced out one by one
     (a heading copied from a PDF: ``"二 、 主 要 目 标"`` → ``"二、主要目标"``).

   Tabs are never deleted (they separate table columns), and a space between two
   CJK ideographs is kept: in the seed documents such a space separates fields or
   names (``"越城区人民政府 绍兴滨海新区管理委员会"``, ``"主动公开 公开时限"``).

Steps 1 and 2 keep the length, so only step 3 needs a map; when step 3 deletes
nothing the map is the identity and costs nothing.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate
from pathlib import Path
from typing import Final, Literal

import attrs

from mfgpolicy.errors import CatalogError, ParseError

__all__ = [
    "NormalizedText",
    "Script",
    "detect_script",
    "is_page_mark",
    "markdown_cell",
    "normalize",
    "to_simplified",
]

Script = Literal["simplified", "traditional"]

#: A text is traditional when more than this share of its CJK ideographs are
#: unambiguous traditional characters (keys of TSCharacters that are not also
#: valid simplified characters). Simplified documents stay far below it (seed 003
#: has 1 in 4 361: a stray 監), traditional ones far above (seed 002: 36 %).
TRADITIONAL_SHARE: Final = 0.02

# ---------------------------------------------------------------------------
# Traditional → simplified table
# ---------------------------------------------------------------------------

_TS_FILE: Final = "TSCharacters.txt"


def _opencc_dictionary(name: str) -> Path:
    """Path of a dictionary file shipped by opencc-python-reimplemented."""
    spec = importlib.util.find_spec("opencc")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / "dictionary" / name
        if path.is_file():
            return path
    raise CatalogError(f"opencc/dictionary/{name}", None, "opencc-python-reimplemented not found")


@functools.cache
def _ts_tables() -> tuple[dict[int, str], dict[int, str]]:
    """Build the traditional → simplified tables once (繁简对照表).

    Source: OpenCC's character dictionary ``TSCharacters.txt`` as shipped in
    ``opencc-python-reimplemented`` 0.1.7 (``opencc/dictionary/``; upstream
    https://github.com/BYVoid/OpenCC/blob/master/data/dictionary/TSCharacters.txt,
    Apache-2.0). Each line is ``traditional<TAB>candidate candidate …``; we take
    the first candidate.

    Returns:
        ``(full, safe)``. ``full`` maps every traditional character whose first
        candidate differs from it, with chains resolved so that the table is
        idempotent. ``safe`` leaves out the characters that are also valid
        simplified characters: those listed among the candidates of some entry
        (in 0.1.7 exactly 乾剋夥徵於苧薹麽: 乾坤, 蒜薹, 於 as a surname …). A
        simplified text is converted with ``safe``, a traditional one with
        ``full``.
    """
    path = _opencc_dictionary(_TS_FILE)
    first: dict[str, str] = {}
    candidates: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        key, _, rest = line.partition("\t")
        values = rest.split()
        if len(key) != 1 or not values or any(len(v) != 1 for v in values):
            raise CatalogError(str(path), lineno, f"expected one character per entry: {line!r}")
        candidates.update(values)
        first.setdefault(key, values[0])
    ambiguous = {k for k in first if k in candidates}

    def resolve(char: str, stop: set[str]) -> str:
        seen = {char}
        while char in first and char not in stop and first[char] not in seen:
            char = first[char]
            seen.add(char)
        return char

    full = {ord(k): v for k in first if (v := resolve(k, set())) != k}
    safe = {ord(k): v for k in first if k not in ambiguous and (v := resolve(k, ambiguous)) != k}
    return full, safe


@functools.cache
def _traditional_chars() -> frozenset[str]:
    """The unambiguous traditional characters (those converted in any text)."""
    _, safe = _ts_tables()
    return frozenset(map(chr, safe))


_IDEOGRAPH: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_IDEOGRAPH_RE: Final = re.compile(f"[{_IDEOGRAPH}]+")
_SAMPLE: Final = 16_000


def detect_script(text: str) -> Script:
    """Detect the script of ``text`` (繁简判定).

    A text is ``"traditional"`` when more than :data:`TRADITIONAL_SHARE` (2 %) of
    its CJK ideographs are unambiguous traditional characters, else
    ``"simplified"`` (also for text without ideographs).

    Raises:
        ParseError: ``text`` is not a str.
    """
    _check_str(text)
    # Long texts are judged on an even sample of at most 16 000 characters: the
    # script of a document does not change halfway, and the full count would
    # cost more than the conversion itself.
    sample = text[:: len(text) // _SAMPLE + 1]
    # Most documents hold no traditional character at all: the set of distinct
    # characters answers that at once, and only the ones found are counted.
    found = set(sample).intersection(_traditional_chars())
    if not found:
        return "simplified"
    ideographs = sum(len(run) for run in _IDEOGRAPH_RE.findall(sample))
    traditional = sum(map(sample.count, found))
    return "traditional" if traditional > TRADITIONAL_SHARE * ideographs else "simplified"


def to_simplified(text: str, *, script: Script | None = None) -> str:
    """Convert traditional characters to simplified, one for one (繁体转简体).

    The length and every offset are kept. In a text detected as simplified the
    characters that are also valid simplified (乾, 於, 薹 …) are left alone; in a
    traditional text they are converted too (於 → 于).

    Args:
        text: the text.
        script: the script to assume instead of detecting it; ``"traditional"``
            converts every convertible character, which gives matching keys that
            agree whatever the script of the input (乾安县 and 乾安縣 → 干安县).

    Raises:
        ParseError: ``text`` is not a str.
    """
    full, safe = _ts_tables()
    if script is None:
        script = detect_script(text)
    return text.translate(full if script == "traditional" else safe)


# ---------------------------------------------------------------------------
# Full width → half width
# ---------------------------------------------------------------------------

# Unicode space separators (category Zs) other than U+0020.
_SPACES: Final = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# The small and vertical presentation forms of punctuation (﹐﹔︰, U+FE10–U+FE19,
# U+FE30–U+FE6B) as their usual forms, and the corner quotes of Hong Kong and Taiwan
# copies (「」『』) as the curly quotes the mainland writes: one character for one.
_FORM_VARIANTS: Final[dict[int, str]] = {
    ord(a): b
    for a, b in zip(
        "﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞︐︑︒︓︔︕︖︰「」『』",
        ",、.;:?!()〔〕,、。:;!?:“”“”",
        strict=True,
    )
}
_HALFWIDTH: Final[dict[int, str]] = (
    {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    | {ord(c): " " for c in _SPACES}
    | _FORM_VARIANTS
)


@functools.cache
def _table(script: Script, halfwidth: bool, simplify: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    if simplify:
        full, safe = _ts_tables()
        table.update(full if script == "traditional" else safe)
    if halfwidth:
        table.update(_HALFWIDTH)
    return table


# ---------------------------------------------------------------------------
# Clean-up passes. Each returns edits in the coordinates of its input text:
# a sorted list of deleted offsets and a dict of one-for-one replacements.
# ---------------------------------------------------------------------------

_Edits = tuple[list[int], dict[int, str]]

_ZW: Final = "\u200b\ufeff"
# A run of ?? opening a line is an indent of ideographic spaces (U+3000) that a
# legacy encoding could not write: deleted like the spaces it stands for. A line of
# nothing but ?? is a damaged line (seed 002's title) and stays.
_EDGE_RE: Final = re.compile(rf"[ {_ZW}]+|\r\n?")
_QQ_INDENT_RE: Final = re.compile(r"(?:^|(?<=[\r\n]))[?？]{2,}(?=[^\s?？])")
_RUN_RE: Final = re.compile(rf"[ {_ZW}]{{2,}}")

_DIGIT: Final = "0-9\uff10-\uff19"
# CJK punctuation: U+3001–U+303F, quotes, dashes, ellipsis, full-width forms.
_CJK_PUNCT: Final = (
    "\u3001-\u303f\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u2e3a"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffee"
)
#: First characters of units after a number ("5200 亿元", "15 家", "3 个百分点").
#: 公 (公里, 公顷) is left out on purpose: "2021-217834 公开方式" in seed 000.
_UNIT_START: Final = (
    "万亿千百十元角美欧港英镑家个项台套件座所名人户位次条款种批类辆架艘只张部份篇例"
    "株棵片间栋层处吨斤克升米亩顷瓦兆吉度倍成年月日天周季届期轮余多左以平立小%‰℃°"
)
_QUALIFIERS: Final = ("以上", "以下", "左右", "以内", "及以上", "及以下")
_DIGITS: Final = frozenset("0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")
_CJK_PUNCT_RE: Final = re.compile(f"[{_CJK_PUNCT}]")
_IDEOGRAPH_CHAR_RE: Final = re.compile(f"[{_IDEOGRAPH}]")
_SPACE_RUN_RE: Final = re.compile(" +")
# Starts with a character class so that the scanner can skip fast; the
# "not after a digit or a point" condition is checked in Python.
_GROUP_RE: Final = re.compile(rf"[{_DIGIT}]{{1,3}}(?: [{_DIGIT}]{{3}})+(?![{_DIGIT}])")
# A short number split by a stray space right before its unit, after a word or a
# punctuation mark ("、3 7万元/人" from a PDF): one number.
_SPLIT_NUMBER_RE: Final = re.compile(
    rf"(?:(?<=[{_IDEOGRAPH}{_CJK_PUNCT}])|(?<=[{_IDEOGRAPH}{_CJK_PUNCT}] ))"
    rf"[{_DIGIT}]{{1,2}} [{_DIGIT}]{{1,2}}(?:\.[{_DIGIT}]{{1,3}})?"
    r"(?=万|亿|元|家|个|项|台|套|件|座|名|人|户|%|‰)"
)

# HTML left in a copied page: tags (a line break where they broke the line) and
# character entities.
_HTML_RE: Final = re.compile(
    r"<(?P<close>/?)(?P<tag>br|p|div|span|strong|b|td|tr|li|font)\b[^<>\n]{0,60}>"
    r"|&(?P<entity>nbsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|amp|lt|gt|quot"
    r"|#\d{2,5});",
    re.IGNORECASE,
)
_ENTITIES: Final = {
    "nbsp": " ",
    "ldquo": "“",
    "rdquo": "”",
    "lsquo": "‘",
    "rsquo": "’",
    "mdash": "—",
    "ndash": "–",
    "hellip": "…",
    "middot": "·",
    "amp": "&",
    "lt": "<",
    "gt": ">",
    "quot": '"',
}
_BREAKING_TAGS: Final = frozenset({"br", "p", "div", "tr", "li"})


def _html_edits(text: str) -> _Edits:
    """HTML residue: a tag is deleted (a line-breaking tag leaves a line break), an
    entity becomes its character."""
    deleted: list[int] = []
    replaced: dict[int, str] = {}
    if "<" not in text and "&" not in text:
        return deleted, replaced
    for m in _HTML_RE.finditer(text):
        start, end = m.span()
        if entity := m.group("entity"):
            key = entity.lower()
            if key.startswith("#"):
                code = int(key[1:])
                char = chr(code) if 32 <= code < 0x110000 else " "
            else:
                char = _ENTITIES[key]
            replaced[start] = char
            deleted.extend(range(start + 1, end))
        elif m.group("tag").lower() in _BREAKING_TAGS and (
            m.group("tag").lower() == "br" or m.group("close")
        ):
            replaced[start] = "\n"  # <br> / </p>: the line ends here
            deleted.extend(range(start + 1, end))
        else:
            deleted.extend(range(start, end))
    return deleted, replaced


def _edge_edits(text: str) -> _Edits:
    """Line ends: CRLF/CR → LF; spaces at line edges (and a ?? indent) and zero-width
    spaces removed."""
    deleted: list[int] = []
    replaced: dict[int, str] = {}
    end_of_text = len(text)
    # (two scans: the first opens on its characters, so the engine skips ahead to
    # them; the rare ?? indent is looked for only where ?? stands)
    found = list(_EDGE_RE.finditer(text))
    if "??" in text or "？？" in text:
        found = sorted([*found, *_QQ_INDENT_RE.finditer(text)], key=lambda m: m.start())
    for m in found:
        start, end = m.span()
        if text[start] == "\r":
            if end - start == 2:
                deleted.append(start)
            else:
                replaced[start] = "\n"
        elif start == 0 or end == end_of_text or text[start - 1] in "\r\n" or text[end] in "\r\n":
            deleted.extend(range(start, end))
        else:
            deleted.extend(i for i in range(start, end) if text[i] != " ")
    return deleted, replaced


# A line of a table aligned with spaces: two or more gaps of two spaces or more.
_ALIGNED_LINE_RE: Final = re.compile(r"^[^\n]*?\S {2,}\S[^\n]*?\S {2,}\S[^\n]*", re.MULTILINE)


def _collapse_edits(text: str) -> _Edits:
    """Runs of spaces (and zero-width spaces) → the first space of the run.

    Not in a line aligned in columns with spaces (指标      单位    2024年   2027年):
    its gaps are the cell boundaries, and collapsing them would read two numbers
    in a row (70       100) as one grouped number.
    """
    deleted: list[int] = []
    aligned = [m.span() for m in _ALIGNED_LINE_RE.finditer(text)] if "  " in text else []
    k = 0
    for m in _RUN_RE.finditer(text):
        start, end = m.span()
        while k < len(aligned) and aligned[k][1] <= start:
            k += 1
        if k < len(aligned) and aligned[k][0] <= start and m.group().count(" ") == end - start:
            continue  # a column gap of an aligned table
        keep = text.find(" ", start, end)
        deleted.extend(i for i in range(start, end) if i != keep)
    return deleted, {}


def _grouped_spaces(text: str) -> set[int]:
    """Offsets of the spaces inside thousands-grouped numbers ("1 234 567")."""
    spaces: set[int] = set()
    for m in _GROUP_RE.finditer(text):
        start, end = m.span()
        if start and (text[start - 1] in _DIGITS or text[start - 1] == "."):
            continue
        spaces.update(i for i in range(start, end) if text[i] == " ")
    return spaces


# An empty quotation (“ ”): a pair of marks a PDF copy left behind, quoting nothing.
_EMPTY_QUOTES_RE: Final = re.compile("“ *”")


def _empty_quote_edits(text: str) -> _Edits:
    """Empty quotation pairs (企业200 “ ”家以上)."""
    deleted: list[int] = []
    for m in _EMPTY_QUOTES_RE.finditer(text):
        deleted.extend(range(m.start(), m.end()))
    return deleted, {}


# A number grouped in thousands with commas (3,300亿元 / 12,000家): one to four digits,
# then groups of exactly three. A comma between clauses never stands between two digits
# in this genre (…5家,300家 has its unit before the comma).
_GROUP_COMMA_RE: Final = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
_DIGIT_COMMA_RE: Final = re.compile(r"\d,\d{3}")


def _group_comma_edits(text: str) -> _Edits:
    """Commas inside numbers grouped in thousands (1,200亿元 → 1200亿元)."""
    deleted: list[int] = []
    # (the full pattern opens on a lookbehind and is tried at every character: run
    # it only when some digit stands before a comma and three after)
    if "," in text and _DIGIT_COMMA_RE.search(text):
        for m in _GROUP_COMMA_RE.finditer(text):
            deleted.extend(i for i in range(m.start(), m.end()) if text[i] == ",")
    return deleted, {}


# A line spaced out character by character (临 朐 县 2 0 2 6 年 制 造 业…, 二 、 主 要 目 标),
# as some PDF copies of headings are.
_SPACED_LINE_RE: Final = re.compile(r"(?m)^\S(?: \S){4,}$")


def _spaced_out_edits(text: str) -> _Edits:
    """The spaces of a line whose every character stands apart (a spaced-out heading
    or title): at least five characters, four of them ideographs."""
    deleted: list[int] = []
    if " " not in text:
        return deleted, {}
    for m in _SPACED_LINE_RE.finditer(text):
        if len(_IDEOGRAPH_CHAR_RE.findall(m.group())) >= 4:
            deleted.extend(range(m.start() + 1, m.end(), 2))  # (edges were trimmed)
    return deleted, {}


def _inner_edits(text: str) -> _Edits:
    """Spaces inside grouped numbers, before units and qualifiers (以上, 左右), next to
    CJK punctuation."""
    deleted: list[int] = []
    grouped: set[int] | None = None
    # (a line of prose with a full stop is no table row, whatever its gaps)
    aligned = (
        [m.span() for m in _ALIGNED_LINE_RE.finditer(text) if "。" not in m.group()]
        if "  " in text
        else []
    )
    k = 0
    for m in _SPACE_RUN_RE.finditer(text):
        start, end = m.span()
        if start == 0 or end == len(text):
            continue
        while k < len(aligned) and aligned[k][1] <= start:
            k += 1
        if end - start >= 2 and k < len(aligned) and aligned[k][0] <= start:
            continue  # 3     亿元以上项目签约: a column gap of an aligned table
        left, right = text[start - 1], text[end]
        left_punct = _CJK_PUNCT_RE.match(left) is not None
        right_punct = _CJK_PUNCT_RE.match(right) is not None
        if (
            (left in _DIGITS and right in _UNIT_START)
            # 4.5万 亿元 / 1.2 万亿元: a multiplier parted from the rest of its unit
            or (left in "万亿千百" and right in "亿元" and text[start - 2 : start - 1] in _DIGITS)
            or (left_punct and (right_punct or right in _DIGITS or _IDEOGRAPH_CHAR_RE.match(right)))
            or (right_punct and (left in _DIGITS or _IDEOGRAPH_CHAR_RE.match(left)))
            # 50% 以上 / 80亿元 左右: a quantity's qualifier after a stray space
            or ((left in _DIGITS or left in _UNIT_START) and text.startswith(_QUALIFIERS, end))
        ):
            deleted.extend(range(start, end))
        elif end - start == 1 and left in _DIGITS and right in _DIGITS:
            if grouped is None:
                grouped = _grouped_spaces(text)
                grouped.update(
                    m2.start() + m2.group().index(" ") for m2 in _SPLIT_NUMBER_RE.finditer(text)
                )
            if start in grouped:
                deleted.append(start)
    return deleted, {}


# Hard-wrapped lines --------------------------------------------------------

#: A line ending in one of these ends a sentence or a block: no join after it.
_TERMINAL: Final = frozenset("。；;：:！？!?)）]】」』”’》〉〕>\"'")
_MARKER_RE: Final = re.compile(
    r"[ \t]*(?:"
    r"[一二三四五六七八九十百零〇]+[、.．]"
    r"|[(（][一二三四五六七八九十百零〇]+[)）]"
    r"|[0-9０-９]{1,3}(?:[、．]|\.(?![0-9０-９]))"
    r"|[(（][0-9０-９]{1,3}[)）]"
    r"|[\u2460-\u2473\u2776-\u277f•●■◆▪□◇○]"
    r"|——|附件|附表|第[一二三四五六七八九十百零〇0-9]+[章节条部篇]"
    # a responsibility label opening its line (牵头单位:… / 链长:…)
    r"|(?:(?:牵头|配合|责任|协同|参与|协办|主责)(?:单位|部门|领导)|[总副]?链长|责任主体|实施单位)"
    r"[ \t]*[:：]"
    r")"
)
_PAGE_RE: Final = re.compile(
    r"[ \t]*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})[ \t]*"
)
# A page number a copy kept on a line of its own (— 5 —, -5-, 第5页, 第5页 共12页,
# 3/12); unlike _PAGE_RE, a bare number is not one (it may be a table cell).
_PAGE_MARK_RE: Final = re.compile(
    r"[ \t]*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})[ \t]*"
)


def opens_item(line: str) -> bool:
    """Whether ``line`` opens a heading, list item or label line (一、 (一) 1. ① —— 牵头单位:)."""
    return _MARKER_RE.match(line) is not None


def is_page_mark(line: str) -> bool:
    """Whether ``line`` is a page number a copy kept (— 3 —, 第3页 共12页), not text."""
    return bool(line.strip()) and _PAGE_MARK_RE.fullmatch(line) is not None


_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: A document is hard-wrapped when at least this many lines, and at least a
#: third of its lines of at least _MIN_WRAP columns, share a width (within _WRAP_SLACK columns) of
#: at least _MIN_WRAP columns.
_MIN_WRAPPED_LINES: Final = 3
_MIN_WRAP: Final = 20
_WRAP_SLACK: Final = 3


def _width2(line: str) -> int:
    """Twice the display width of ``line`` without spaces and tabs (ASCII 2, CJK 4).

    UTF-8 length plus character count approximates that without a Python loop.
    """
    bare = line.replace(" ", "").replace("\t", "")
    return len(bare.encode("utf-8", "surrogatepass")) + len(bare)


def _wrap_width2(widths: list[int]) -> int | None:
    """The doubled wrap width of a hard-wrapped text, or ``None`` if not wrapped."""
    long = [w for w in widths if w >= 2 * _MIN_WRAP]  # (not headings, short cells, last lines)
    counts = sorted(Counter(long).items())
    keys = [w for w, _ in counts]
    cumulative = list(accumulate(c for _, c in counts))
    best, best_count = None, 0
    for k, width in enumerate(keys):
        lo = bisect_left(keys, width - 2 * _WRAP_SLACK)
        count = cumulative[k] - (cumulative[lo - 1] if lo else 0)
        if count >= best_count:
            best, best_count = width, count
    if best is None or best_count < _MIN_WRAPPED_LINES or 3 * best_count < len(long):
        return None
    # a wrapped text has few lines wider than its wrap (one paragraph per line has many)
    if 4 * sum(1 for w in widths if w > best + 2 * _WRAP_SLACK) >= best_count:
        return None
    return best


# A prose line (not a table cell) that ends in a number, and a line that opens with
# the unit it lacks (…不少于3000⏎亩, 到2025⏎年底, 达到40万⏎平方米).
_MIN_SPLIT_LINE: Final = 12
_NUMBER_LAST: Final = frozenset("0123456789万亿千百")
_NUMBER_END: Final = re.compile(r"[\u4e00-\u9fff,，、(（][^\t|]*\d(?:\.\d+)?[万亿千百]?[ \t]*$")
_UNIT_OPENING: Final = re.compile(
    r"[ \t]*(?:亿元|万元|元|亿|万|%|个百分点|个|家|项|亩|平方米|平方公里|公里|吨|件|台|套|座|条"
    r"|人|倍|位|名|户|辆|千瓦|兆瓦|年|月|日|GW|MW)"
)
_OPENING: Final = frozenset("(（[【〔")
# Columns aligned by runs of spaces (序号  指标  单位  2025年): a table row.
_SPACED_COLUMNS: Final = re.compile(r"\S {2,}\S")
# A line that is just a unit's name (市工业和信息化局, 南康区政府): a responsibility cell.
_UNIT_CELL: Final = re.compile(
    r"[ \t]*[\u4e00-\u9fff()、]{1,30}(?:局|委|办|厅|政府|管委会|办事处|中心|公司|分局)[ \t]*"
)


def _is_table_row(line: str) -> bool:
    """Whether ``line`` is a table row copied with its separators (tabs, two or more ``|``)."""
    return "\t" in line or line.count("|") >= 2


def _after_page_break(lines: list[str], k: int, header: str) -> int | None:
    """The line a paragraph goes on with after a page break from line ``k`` on.

    The break is blank lines around a page number (— 5 —, 第5页 共12页), and maybe
    the running header a copy keeps at the top of each page (the document's first
    line repeated); ``None`` when lines ``k``… are not that.
    """
    seen_mark = False
    while k < len(lines):
        line = lines[k].strip()
        if not line:
            k += 1
        elif is_page_mark(line):
            seen_mark = True
            k += 1
        elif seen_mark and line == header:
            k += 1
        else:
            break
    return k if seen_mark and k < len(lines) else None


# What never opens a line of prose: a comma, a semicolon, an enumeration comma.
_CLAUSE_OPENERS: Final = frozenset(",，;；、")


def _join_breaks(text: str) -> _Edits:
    """Join hard-wrapped lines (合并硬换行).

    Mostly in a hard-wrapped document (many lines of one width, see
    :func:`_wrap_width2`): the seeds have one paragraph per line and unpunctuated
    titles and headings, which must not be glued to the next paragraph. A line
    break is removed when the line before it is full (within 3 columns of the wrap
    width) and does not end in sentence-final punctuation or a closing
    bracket/quote, the next line is not blank and does not start with a heading
    or list marker (一、 (一) 1. 1、 (1) ① —— 附件 附表 第…章), neither line is a
    page number, and neither is a table row (tabs, or two or more ``|``). Between
    two ASCII letters the break becomes a space (a number wrapped, 120⏎0亿元, is
    joined). A page break inside a paragraph (blank lines around a page number,
    and the running header) goes with the line break before it. In any document, a
    prose line that ends in a number joins the next line when that opens with a
    unit or 年/月/日 (…不少于3000⏎亩, 到2025⏎年底), and a line that ends in an
    opening bracket joins the next (…样板”。(⏎责任单位:…), and a line that opens on a
    comma or a semicolon continues the line before. A full line's ``;`` does not end
    its paragraph.
    """
    lines = text.split("\n")
    if len(lines) <= _MIN_WRAPPED_LINES:
        return [], {}
    widths = [_width2(line) for line in lines]
    # (table rows and page numbers are no lines of prose: they do not vote)
    wrap = _wrap_width2(
        [
            0 if _is_table_row(line) or is_page_mark(line) else w
            for line, w in zip(lines, widths, strict=True)
        ]
    )
    deleted: list[int] = []
    replaced: dict[int, str] = {}
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    header = next((line.strip() for line in lines if line.strip()), "")
    skip_to = 0
    for i in range(len(lines) - 1):
        if i < skip_to:
            continue
        prev = lines[i]
        brk = starts[i] + len(prev)
        full = wrap is not None and widths[i] >= wrap - 2 * _WRAP_SLACK
        # …出让工业用地不少于3000⏎亩: a number parted from its unit, wrapped or not
        last = prev.rstrip(" \t")[-1:]
        split_unit = (
            len(prev) >= _MIN_SPLIT_LINE
            and last in _NUMBER_LAST
            and _NUMBER_END.search(prev[-24:]) is not None
        )
        # …智能制造车间 25 个⏎; 规上工业企业…: no line opens on a comma or a semicolon
        comma_next = (
            bool(prev.strip())
            and lines[i + 1].lstrip(" \t")[:1] in _CLAUSE_OPENERS
            and not _is_table_row(prev)
            and not _is_table_row(lines[i + 1])
        )
        if comma_next:
            deleted.append(brk)
            continue
        # …“越城样板”。(⏎责任单位:…): no line ends on an opening bracket
        if not (full or split_unit or (last in _OPENING and len(prev.strip()) > 1)):
            continue
        # …诊断3⏎⏎— 5 —⏎⏎(title)⏎00家: a page ends inside the paragraph
        k = i + 1 if widths[i + 1] else _after_page_break(lines, i + 1, header)
        if k is None:
            continue
        nxt = lines[k]
        if last in _OPENING:
            pass  # the bracket's content follows, label or not
        elif not full and not _UNIT_OPENING.match(nxt):
            continue
        elif (last in _TERMINAL and not (full and last in ";；")) or _MARKER_RE.match(nxt):
            continue  # (a full line's ; is a wrap inside a list of clauses)
        if any(_is_table_row(x) or _SPACED_COLUMNS.search(x) for x in (prev, nxt)):
            continue  # rows of a table copied with its separators or aligned by spaces
        if _UNIT_CELL.fullmatch(nxt) and last not in "、,，":
            continue  # …新增规上企业80家⏎南康区政府: a table copied one cell per line
        if _PAGE_RE.fullmatch(prev) or _PAGE_RE.fullmatch(nxt):
            continue
        if k > i + 1:
            deleted.extend(range(brk + 1, starts[k]))
            skip_to = k
        if prev[-1] in _ASCII_LETTERS and nxt[0] in _ASCII_LETTERS:
            replaced[brk] = " "  # an English word wrapped; 120⏎0亿元 is one number
        else:
            deleted.append(brk)
    return deleted, replaced


# ---------------------------------------------------------------------------
# Offset map
# ---------------------------------------------------------------------------


class _Builder:
    """Applies successive edits, keeping them in original coordinates."""

    def __init__(self, base: str) -> None:
        self.base = base  # the one-for-one converted text, aligned with the original
        self.deleted: list[int] = []  # sorted original offsets
        self.text = base
        self.norm_starts = array("q", [0])
        self.orig_starts = array("q", [0])

    def to_original(self, i: int) -> int:
        j = bisect_right(self.norm_starts, i) - 1
        return self.orig_starts[j] + i - self.norm_starts[j]

    def apply(self, edits: _Edits) -> bool:
        deleted, replaced = edits
        if not deleted and not replaced:
            return False
        if replaced:
            chars = list(self.base)
            for i, char in replaced.items():
                chars[self.to_original(i)] = char
            self.base = "".join(chars)
        if deleted:
            self.deleted = sorted(self.deleted + [self.to_original(i) for i in deleted])
        self._rebuild()
        return True

    def _rebuild(self) -> None:
        norm_starts = array("q")
        orig_starts = array("q")
        pieces: list[str] = []
        n = 0
        start = 0
        for d in [*self.deleted, len(self.base)]:
            if d > start:
                norm_starts.append(n)
                orig_starts.append(start)
                pieces.append(self.base[start:d])
                n += d - start
            start = d + 1
        self.text = "".join(pieces)
        self.norm_starts = norm_starts
        self.orig_starts = orig_starts


@attrs.frozen(repr=False, eq=False)
class NormalizedText:
    """A normalised text with its map back to the original (规范化文本).

    Attributes:
        text: the normalised text the extractor scans.
        original: the text as given; provenance spans point into it.
        script: the detected script of ``original`` (繁简): ``"traditional"`` when
            more than 2 % of its ideographs are traditional-only characters.
    """

    text: str
    original: str
    script: Script
    # Kept runs: normalised start and original start of each maximal run of
    # characters that were not deleted. ``None`` when nothing was deleted.
    _norm_starts: array[int] | None = attrs.field(default=None, alias="norm_starts")
    _orig_starts: array[int] | None = attrs.field(default=None, alias="orig_starts")

    def __repr__(self) -> str:
        return (
            f"NormalizedText(text={self.text[:40]!r}{'…' if len(self.text) > 40 else ''}, "
            f"script={self.script!r}, deleted={len(self.original) - len(self.text)})"
        )

    @property
    def is_identity(self) -> bool:
        """Whether offsets are unchanged (nothing was deleted)."""
        return self._norm_starts is None

    def _orig_index(self, i: int) -> int:
        if self._norm_starts is None or self._orig_starts is None:
            return i
        j = bisect_right(self._norm_starts, i) - 1
        return self._orig_starts[j] + i - self._norm_starts[j]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of :attr:`text` to the span of :attr:`original` (映射回原文).

        The result covers exactly the original characters the span came from:
        from the first one to the last one, including any character deleted
        between them. An empty span maps to the empty span just before the
        original of the character at ``start`` (after the last character when
        ``start == len(text)``).

        Raises:
            IndexError: unless ``0 <= start <= end <= len(text)``.
        """
        if not 0 <= start <= end <= len(self.text):
            msg = f"span ({start}, {end}) outside the normalised text of length {len(self.text)}"
            raise IndexError(msg)
        if start == end:
            if start < len(self.text):
                o = self._orig_index(start)
            elif start:
                o = self._orig_index(start - 1) + 1
            else:
                o = 0
            return o, o
        return self._orig_index(start), self._orig_index(end - 1) + 1

    def to_normalized(self, offset: int) -> int:
        """Map an offset of :attr:`original` to an offset of :attr:`text` (映射到规范化文本).

        A kept character maps to its normalised position; a deleted one to the
        position of the next kept character; ``len(original)`` to ``len(text)``.

        Raises:
            IndexError: unless ``0 <= offset <= len(original)``.
        """
        if not 0 <= offset <= len(self.original):
            msg = f"offset {offset} outside the original text of length {len(self.original)}"
            raise IndexError(msg)
        if self._norm_starts is None or self._orig_starts is None:
            return offset
        j = bisect_right(self._orig_starts, offset) - 1
        if j < 0:
            return 0
        run_end = self._norm_starts[j + 1] if j + 1 < len(self._norm_starts) else len(self.text)
        return min(self._norm_starts[j] + offset - self._orig_starts[j], run_end)


def _check_str(text: object) -> None:
    if not isinstance(text, str):
        shown = repr(text)
        raise ParseError(shown[:80], expected=f"a str, got {type(text).__name__}")


def normalize(
    text: str,
    *,
    to_simplified: bool = True,
    to_halfwidth: bool = True,
    remove_inner_spaces: bool = True,
    join_wrapped_lines: bool = True,
    collapse_spaces: bool = True,
) -> NormalizedText:
    """Normalise a document and keep the map back to it (规范化).

    Args:
        text: the document as read.
        to_simplified: traditional → simplified (繁体转简体), one for one.
        to_halfwidth: full-width ASCII forms and space separators → ASCII.
        remove_inner_spaces: delete spaces inside grouped numbers, between a
            number and its unit, next to CJK punctuation, and in lines spaced out
            character by character.
        join_wrapped_lines: delete line breaks of hard-wrapped paragraphs.
        collapse_spaces: CRLF → LF; delete spaces at line edges, zero-width
            spaces, and all but one space of a run.

    Returns:
        The normalised text; ``to_original`` maps its spans back to ``text``.

    Raises:
        ParseError: ``text`` is not a str.
    """
    _check_str(text)
    script = detect_script(text)
    converted = text.translate(_table(script, to_halfwidth, to_simplified))
    if not (remove_inner_spaces or join_wrapped_lines or collapse_spaces):
        return NormalizedText(converted, text, script)
    builder = _Builder(converted)
    if collapse_spaces:
        builder.apply(_html_edits(builder.text))
        builder.apply(_edge_edits(builder.text))
    if join_wrapped_lines:
        # Joining can make a longer line full again; a few rounds reach a fixed
        # point, which keeps normalize() idempotent.
        for _ in range(4):
            if not builder.apply(_join_breaks(builder.text)):
                break
    if collapse_spaces:
        builder.apply(_collapse_edits(builder.text))
    if remove_inner_spaces:
        emptied = False
        for _ in range(4):  # “ “ ” ” empties again once its inner pair is gone
            if not builder.apply(_empty_quote_edits(builder.text)):
                break
            emptied = True
        if emptied and collapse_spaces:
            builder.apply(_collapse_edits(builder.text))  # 200 “ ”家 → 200  家 → 200 家
        builder.apply(_spaced_out_edits(builder.text))
        builder.apply(_inner_edits(builder.text))
        builder.apply(_group_comma_edits(builder.text))
    if not builder.deleted:
        return NormalizedText(builder.text, text, script)
    return NormalizedText(
        builder.text,
        text,
        script,
        norm_starts=builder.norm_starts,
        orig_starts=builder.orig_starts,
    )


def markdown_cell(text: object) -> str:
    """Text made safe for one Markdown table cell (表格单元转义).

    ``&`` and ``<`` become HTML entities (renderers that pass raw HTML through
    must not see a tag in document text; without a ``<`` nothing opens one, so
    ``>`` stays as written: ``> 100 亿元`` pastes into a memo as it reads, and
    inside a cell it is no blockquote), ``|`` is escaped so it does not split
    the cell, and line breaks become spaces so the row stays one line.
    The one escape used by the Markdown bulletin and the consistency memo.

    Args:
        text: any value; ``str()`` of it is escaped.

    Returns:
        The escaped text (``"a|b<br>"`` → ``"a\\|b&lt;br>"``).
    """
    return (
        str(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace("|", "\\|")
        .replace("\r\n", " ")
        .replace("\r", " ")
        .replace("\n", " ")
    )
