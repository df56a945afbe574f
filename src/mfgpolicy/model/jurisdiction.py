"""Jurisdictions (辖区) and the gazetteer (行政区划名录) that resolves their names.

A :class:`Jurisdiction` is an administrative division of the PRC (行政区划) named by its
GB/T 2260 code, or a zone (开发区 / 新区 / 管委会) that governs an area without being a
division. The :class:`Gazetteer` holds the national list shipped in ``data/divisions.csv``
plus the user additions of ``data/jurisdictions_extra.toml`` and resolves names as they
are written in documents: full names (绍兴市), short names (绍兴), traditional script
(紹興市) and codes (330600).

Ambiguity is never guessed away: a name shared by several jurisdictions (鼓楼区 exists in
several cities, 朝阳 is a district of 北京市 and of 长春市, a city and a county of 辽宁省)
resolves to ``None`` unless a ``parent`` narrows it to one.
"""

from __future__ import annotations

import csv
import enum
import functools
import re
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from mfgpolicy.errors import CatalogError, ValidationError
from mfgpolicy.model._common import nonempty_str, str_tuple, to_tuple, typed
from mfgpolicy.text import to_simplified as _script_to_simplified

__all__ = ["AdminLevel", "Gazetteer", "Jurisdiction"]

_DATA = Path(__file__).resolve().parent.parent / "data"
_CODE_RE = re.compile(r"\d{6}")


class AdminLevel(enum.Enum):
    """The level of a jurisdiction (行政级别)."""

    PROVINCE = "province"
    """省级: 省, 自治区, 直辖市, 特别行政区."""
    PREFECTURE = "prefecture"
    """地级: 地级市, 地区, 自治州, 盟."""
    COUNTY = "county"
    """县级 other than 市辖区: 县, 县级市 (余姚市), 自治县, 旗, 林区, 特区."""
    DISTRICT = "district"
    """市辖区 (越城区), including the districts of the 直辖市."""
    TOWNSHIP = "township"
    """乡级: 乡, 镇, 街道."""
    ZONE = "zone"
    """开发区 / 新区 / 园区 / 管委会: governs an area but is not an administrative division."""


def _code(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _CODE_RE.fullmatch(value):
        raise ValidationError(
            f"{type(inst).__name__}.{attribute.name} must be a 6-digit code or None (got {value!r})"
        )


@attrs.frozen
class Jurisdiction:
    """One jurisdiction (辖区): an administrative division (行政区划) or a zone.

    Attributes:
        name: full official name in simplified script, e.g. "绍兴市".
        code: 6-digit GB/T 2260 code (行政区划代码); ``None`` for a zone without one.
        level: the :class:`AdminLevel`.
        parent_code: code of the parent jurisdiction; ``None`` for a province.
        short_name: the short form used in running text (绍兴); ``None`` if it has none.
        aliases: other names (simplified script) under which it is written.
    """

    name: str = attrs.field(validator=nonempty_str)
    code: str | None = attrs.field(validator=_code)
    level: AdminLevel = attrs.field(validator=typed(AdminLevel))
    parent_code: str | None = attrs.field(default=None, validator=_code)
    short_name: str | None = attrs.field(default=None, validator=typed(str, optional=True))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=str_tuple())

    def __attrs_post_init__(self) -> None:
        if self.code is None and self.level is not AdminLevel.ZONE:
            raise ValidationError(
                f"Jurisdiction.code may be None only for a zone (got None for {self.name!r}, "
                f"level {self.level.value!r})"
            )
        if self.code is not None and self.code == self.parent_code:
            raise ValidationError(
                f"Jurisdiction.parent_code must differ from code (got {self.parent_code!r})"
            )

    @property
    def key(self) -> str:
        """A unique key within a gazetteer: the code, or ``"zone:" + name`` for a zone."""
        return self.code if self.code is not None else f"zone:{self.name}"


# ---------------------------------------------------------------------------------------
# Traditional -> simplified, one character for one character (offsets are kept).


_BRACKETS: Final = str.maketrans(
    {"（": "(", "〔": "(", "［": "(", "【": "(", "）": ")", "〕": ")", "］": ")", "】": ")"}
)


def to_simplified(text: str) -> str:
    """Traditional to simplified script, character by character (繁简转换).

    The result has the same length as ``text`` (offsets stay valid). Full-width and CJK
    brackets become ASCII parentheses. Names keep characters valid in both scripts
    (乾安县 stays 乾安县); use :func:`match_key` to compare names.
    """
    return _script_to_simplified(text).translate(_BRACKETS)


def match_key(text: str) -> str:
    """The key under which a name is looked up: every convertible character converted.

    乾安县 and 乾安縣 both give 干安县, so a name matches whatever script it is
    written in. Same length as ``text``.
    """
    return _script_to_simplified(text, script="traditional").translate(_BRACKETS)


# ---------------------------------------------------------------------------------------
# Short names.

#: The 55 minority nationalities (without 族) and 各 (各族自治县), for 自治州/县/旗 names.
_ETHNIC = (
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
    "各",
)
_AUTONOMOUS_RE = re.compile(
    r"^(?P<stem>.+?)(?:(?:"
    + "|".join(sorted(_ETHNIC, key=len, reverse=True))
    + r")族)+自治(?:区|州|县|旗)$"
)
_SUFFIXES = (
    "特别行政区",
    "自治区",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "盟",
    "州",
    "县",
    "旗",
    "区",
)


def default_short_name(name: str, level: AdminLevel) -> str | None:
    """The short name of a division (简称) by rule: strip the ethnic and level suffixes.

    内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 绍兴市 → 绍兴, 延边朝鲜族自治州 → 延边,
    酉阳土家族苗族自治县 → 酉阳, 越城区 → 越城. Returns ``None`` where the stem would be a
    single character (萧县, 城区), which is too ambiguous to stand alone, and for zones.
    """
    if level is AdminLevel.ZONE:
        return None
    m = _AUTONOMOUS_RE.match(name)
    if m:
        stem = m.group("stem")
    else:
        stem = name
        for suffix in _SUFFIXES:
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                break
    if len(stem) < 2 or stem == name:
        return None
    return stem


# ---------------------------------------------------------------------------------------
# Loading.


def toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    """The 1-based line of a TOML syntax error (Python 3.11 has it only in the message)."""
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None


def _load_csv(path: Path) -> list[Jurisdiction]:
    """Read a divisions CSV; check codes are unique and parents exist (CatalogError with line)."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(where, None, f"cannot read: {exc}") from exc
    out: list[Jurisdiction] = []
    lines: dict[str, int] = {}
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = next(csv.reader([line]))
        if not header_seen:
            header_seen = True
            if fields == ["code", "name", "level", "parent_code"]:
                continue
            raise CatalogError(
                where, lineno, f"expected header 'code,name,level,parent_code' (got {line!r})"
            )
        if len(fields) != 4:
            raise CatalogError(where, lineno, f"expected 4 fields (got {len(fields)}: {line!r})")
        code, name, level, parent = (f.strip() for f in fields)
        try:
            lvl = AdminLevel(level)
        except ValueError:
            choices = ", ".join(x.value for x in AdminLevel)
            raise CatalogError(
                where, lineno, f"unknown level {level!r} (expected one of {choices})"
            ) from None
        try:
            j = Jurisdiction(
                name=name,
                code=code,
                level=lvl,
                parent_code=parent or None,
                short_name=default_short_name(name, lvl),
            )
        except ValidationError as exc:
            raise CatalogError(where, lineno, str(exc)) from None
        if lvl is not AdminLevel.PROVINCE and j.parent_code is None:
            raise CatalogError(
                where, lineno, f"{name} ({code}) is not a province but has no parent"
            )
        if j.key in lines:
            raise CatalogError(
                where, lineno, f"duplicate code {code} ({name}; first on line {lines[j.key]})"
            )
        lines[j.key] = lineno
        out.append(j)
    if not header_seen:
        raise CatalogError(where, None, "no header 'code,name,level,parent_code' and no rows")
    for j in out:
        if j.parent_code is not None and j.parent_code not in lines:
            raise CatalogError(
                where, lines[j.key], f"{j.name} ({j.key}): unknown parent_code {j.parent_code}"
            )
    return out


def _load_toml(path: Path) -> list[Jurisdiction]:
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(where, None, f"cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(where, toml_error_line(exc), f"bad TOML: {exc}") from exc
    unknown = set(data) - {"jurisdiction"}
    if unknown:
        raise CatalogError(where, None, f"unknown top-level keys {sorted(unknown)}")
    entries = data.get("jurisdiction", [])
    if not isinstance(entries, list):
        raise CatalogError(
            where, None, "'jurisdiction' must be an array of tables [[jurisdiction]]"
        )
    allowed = {"name", "level", "code", "parent_code", "short_name", "aliases", "note"}
    out: list[Jurisdiction] = []
    for n, entry in enumerate(entries, start=1):
        label = (
            f"entry {n} ({entry.get('name', '?')!s})" if isinstance(entry, dict) else f"entry {n}"
        )
        if not isinstance(entry, dict):
            raise CatalogError(where, n, f"{label}: must be a table")
        extra = set(entry) - allowed
        if extra:
            raise CatalogError(where, n, f"{label}: unknown keys {sorted(extra)}")
        for key in ("name", "level"):
            if key not in entry:
                raise CatalogError(where, n, f"{label}: missing required key {key!r}")
        try:
            lvl = AdminLevel(entry["level"])
        except (ValueError, TypeError):
            choices = ", ".join(x.value for x in AdminLevel)
            raise CatalogError(
                where, n, f"{label}: unknown level {entry['level']!r} (expected one of {choices})"
            ) from None
        name = entry["name"]
        try:
            aliases = entry.get("aliases", [])
            if isinstance(aliases, list):
                aliases = [to_simplified(a) if isinstance(a, str) else a for a in aliases]
            j = Jurisdiction(
                name=to_simplified(name) if isinstance(name, str) else name,
                code=entry.get("code"),
                level=lvl,
                parent_code=entry.get("parent_code"),
                short_name=entry.get(
                    "short_name",
                    default_short_name(name, lvl) if isinstance(name, str) else None,
                ),
                aliases=aliases,
            )
        except ValidationError as exc:
            raise CatalogError(where, n, f"{label}: {exc}") from None
        out.append(j)
    return out


# ---------------------------------------------------------------------------------------
# The gazetteer.


# 会同 ("together with") before a county's own bureau (会同县投资促进中心): a verb.
_VERB_BEFORE_UNIT: Final = re.compile(
    r"会同[县市区][\u4e00-\u9fff]{1,10}?(?:局|委|办|中心|公司|院|所|队|站)(?![\u4e00-\u9fff]{0,2}县)"
)


class Gazetteer:
    """An immutable name index of jurisdictions (行政区划名录).

    Build it with :meth:`default` (the shipped national list and extras) or
    :meth:`from_files`; extend it with :meth:`with_additions`, which returns a new one.
    """

    __slots__ = ("_by_key", "_by_name", "_by_short", "_children", "_items", "_scan", "_scan_len")

    _by_key: dict[str, Jurisdiction]
    _by_name: dict[str, tuple[Jurisdiction, ...]]
    _by_short: dict[str, tuple[Jurisdiction, ...]]
    _children: dict[str, tuple[Jurisdiction, ...]]
    _items: tuple[Jurisdiction, ...]
    _scan: dict[str, tuple[str, ...]]
    _scan_len: int

    def __init__(self, jurisdictions: Iterable[Jurisdiction], *, source: str = "<memory>") -> None:
        """Index ``jurisdictions``.

        Raises:
            CatalogError: a duplicate key (code, or zone name) or a parent that is missing.
        """
        by_key: dict[str, Jurisdiction] = {}
        for j in jurisdictions:
            if j.key in by_key:
                raise CatalogError(source, None, f"duplicate jurisdiction {j.key} ({j.name})")
            by_key[j.key] = j
        for j in by_key.values():
            if j.parent_code is not None and j.parent_code not in by_key:
                raise CatalogError(
                    source, None, f"{j.name} ({j.key}): unknown parent_code {j.parent_code}"
                )
        items = tuple(sorted(by_key.values(), key=_sort_key))
        by_name: dict[str, list[Jurisdiction]] = {}
        by_short: dict[str, list[Jurisdiction]] = {}
        children: dict[str, list[Jurisdiction]] = {}
        for j in items:
            for n in (j.name, *j.aliases):
                lst = by_name.setdefault(match_key(n), [])
                if j not in lst:
                    lst.append(j)
            if j.short_name:
                by_short.setdefault(match_key(j.short_name), []).append(j)
            if j.parent_code is not None:
                children.setdefault(j.parent_code, []).append(j)
        self._by_key = by_key
        self._items = items
        self._by_name = {k: tuple(v) for k, v in by_name.items()}
        self._by_short = {k: tuple(v) for k, v in by_short.items()}
        self._children = {k: tuple(v) for k, v in children.items()}
        # Text scanning: names of at least 3 characters (2-character 城区, 郊区, 矿区 are
        # common words), keyed by their first two characters, longest first.
        scan: dict[str, list[str]] = {}
        for name, js in self._by_name.items():
            if len(name) < 3 and not name.endswith("县"):
                continue
            if len(name) < 2 or all(j.level is AdminLevel.TOWNSHIP for j in js):
                continue
            scan.setdefault(name[:2], []).append(name)
        self._scan = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in scan.items()}
        self._scan_len = max((len(n) for v in scan.values() for n in v), default=0)

    # -- construction -------------------------------------------------------------------

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped gazetteer: data/divisions.csv + data/jurisdictions_extra.toml (cached)."""
        return _default_gazetteer()

    @classmethod
    def from_files(
        cls, divisions_csv: str | Path, extra_toml: str | Path | None = None
    ) -> Gazetteer:
        """Load a divisions CSV (``code,name,level,parent_code``) and optional extras TOML.

        Raises:
            CatalogError: naming the file and line (CSV) or entry (TOML) of a malformed row.
        """
        csv_path = Path(divisions_csv)
        base = _load_csv(csv_path)
        extras: list[Jurisdiction] = []
        if extra_toml is not None:
            toml_path = Path(extra_toml)
            extras = _load_toml(toml_path)
            known = {j.key for j in base}
            for n, j in enumerate(extras, start=1):
                if j.key in known:
                    raise CatalogError(
                        str(toml_path), n, f"entry {n} ({j.name}): duplicate key {j.key}"
                    )
                known.add(j.key)
            for n, j in enumerate(extras, start=1):
                if j.parent_code is not None and j.parent_code not in known:
                    raise CatalogError(
                        str(toml_path),
                        n,
                        f"entry {n} ({j.name}): unknown parent_code {j.parent_code}",
                    )
        return cls([*base, *extras], source=str(csv_path))

    def with_additions(self, jurisdictions: Iterable[Jurisdiction]) -> Gazetteer:
        """A new gazetteer with ``jurisdictions`` added (this one is unchanged)."""
        return Gazetteer([*self._items, *jurisdictions])

    # -- lookup ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Jurisdiction]:
        return iter(self._items)

    def __contains__(self, item: object) -> bool:
        return isinstance(item, Jurisdiction) and self._by_key.get(item.key) == item

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self._items)} jurisdictions>"

    def get(self, code: str) -> Jurisdiction | None:
        """The jurisdiction with this 6-digit ``code`` (or zone key), or ``None``."""
        return self._by_key.get(code)

    def resolve_all(self, name: str) -> list[Jurisdiction]:
        """Every jurisdiction that ``name`` may denote, in code order.

        ``name`` may be a code, a full name, an alias or a short name, in either script.
        Full names and aliases take precedence: if any jurisdiction has ``name`` as its
        full name or alias, those are returned and short names are not consulted.
        """
        key = match_key(name.strip())
        if _CODE_RE.fullmatch(key):
            j = self._by_key.get(key)
            return [j] if j is not None else []
        full = self._by_name.get(key)
        if full:
            return list(full)
        return list(self._by_short.get(key, ()))

    def resolve(self, name_or_code: str, *, parent: str | None = None) -> Jurisdiction | None:
        """The one jurisdiction that ``name_or_code`` denotes, or ``None``.

        Accepts a code (330600), a full name (绍兴市), a short name (绍兴), an alias, in
        simplified or traditional script (紹興市), and a name qualified by its parent's
        (绍兴市越城区). When several jurisdictions share the name (鼓楼区, 朝阳) the result
        is ``None`` unless ``parent`` (itself a name or code, resolved the same way) narrows
        the candidates to the one under it: the gazetteer never guesses.
        """
        cands = self.resolve_all(name_or_code)
        if parent is not None:
            p = self.resolve(parent)
            if p is None:
                return None
            cands = [c for c in cands if self.is_ancestor(p, c)]
        if len(cands) == 1:
            return cands[0]
        if not cands and parent is None:
            return self._resolve_qualified(match_key(name_or_code.strip()))
        return None

    def _resolve_qualified(self, name: str) -> Jurisdiction | None:
        # 绍兴市越城区, 浙江省绍兴市: a parent's name followed by the child's.
        for i in range(len(name) - 2, 1, -1):
            head, tail = name[:i], name[i:]
            if head in self._by_name or head in self._by_short:
                found = self.resolve(tail, parent=head)
                if found is not None:
                    return found
        return None

    # -- hierarchy ------------------------------------------------------------------------

    def parent(self, j: Jurisdiction) -> Jurisdiction | None:
        """The parent of ``j`` (上级), or ``None`` for a province."""
        return self._by_key.get(j.parent_code) if j.parent_code is not None else None

    def children(self, j: Jurisdiction) -> list[Jurisdiction]:
        """The jurisdictions whose parent is ``j`` (下级), in code order."""
        return list(self._children.get(j.key, ())) if j.code is not None else []

    def ancestors(self, j: Jurisdiction) -> list[Jurisdiction]:
        """The parent, grandparent, … of ``j``, nearest first."""
        out: list[Jurisdiction] = []
        p = self.parent(j)
        while p is not None and len(out) < 8:
            out.append(p)
            p = self.parent(p)
        return out

    def is_ancestor(self, a: Jurisdiction, b: Jurisdiction) -> bool:
        """Whether ``a`` is a strict ancestor of ``b`` (``a`` contains ``b``)."""
        return any(x.key == a.key for x in self.ancestors(b))

    # -- text -----------------------------------------------------------------------------

    def find_in_text(self, text: str) -> list[tuple[int, int, Jurisdiction]]:
        """Jurisdictions named in running text, as ``(start, end, jurisdiction)``.

        Scans left to right for the longest full name or alias (of at least three
        characters, or a two-character 县) at each position; traditional script is
        converted first (offsets are unchanged). A name shared by several jurisdictions
        (鼓楼区, or 滨海新区 which is both 天津's district and 绍兴's zone), and a
        two-character name (萧县, which 示范县 contains), is kept only if exactly one
        candidate is related (ancestor or descendant) to an unambiguous match of at least
        three characters elsewhere in the text; otherwise it is left out. Offsets index
        ``text``. Used to find a document's jurisdiction when its header is missing.
        """
        simple = match_key(text)
        scan = self._scan
        raw: list[tuple[int, int, tuple[Jurisdiction, ...]]] = []
        i, n = 0, len(simple)
        while i < n - 1:
            names = scan.get(simple[i : i + 2])
            if names:
                for name in names:
                    if simple.startswith(name, i):
                        if (
                            name.startswith("会同")
                            and _VERB_BEFORE_UNIT.match(simple, i)
                            and (simple[i - 1 : i] in (",", "，", "、", "并") or i == 0)
                        ):
                            # 请县经信局牵头,会同县投资促进中心…: "together with" a county
                            # bureau, not 会同县
                            i += 2
                            break
                        raw.append((i, i + len(name), self._by_name[name]))
                        i += len(name)
                        break
                else:
                    i += 1
            else:
                i += 1
        # Two-character names (萧县) are weak: 示范县 contains 范县.
        sure = {js[0].key: js[0] for a, b, js in raw if len(js) == 1 and b - a > 2}
        out: list[tuple[int, int, Jurisdiction]] = []
        for start, end, js in raw:
            if len(js) == 1 and end - start > 2:
                out.append((start, end, js[0]))
                continue
            related = [
                c
                for c in js
                if any(self.is_ancestor(s, c) or self.is_ancestor(c, s) for s in sure.values())
            ]
            if len(related) == 1:
                out.append((start, end, related[0]))
        return out


def _sort_key(j: Jurisdiction) -> tuple[str, str]:
    return (j.code or "999999", j.name)


@functools.cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.from_files(_DATA / "divisions.csv", _DATA / "jurisdictions_extra.toml")
