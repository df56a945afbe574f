"""Departments (部门) and the alias catalog that resolves their names as written.

Responsibility lists (牵头单位, 配合单位, 责任单位, 实施单位, "(A、B、C按职责分工负责)") name
units in many ways: with a level prefix (市经信局, 区经信局), a jurisdiction name
(绍兴市经信局, 宁波市生态环境局余姚分局), in full or short (市经济和信息化局 = 市经信局 =
市经信委, the pre-2019 name), in traditional script (市經信局), as a composite
(市经信局(市减负办)), or place-named (人行绍兴市中心支行). :class:`DepartmentCatalog` reads
them all to one stable id; a name it does not know comes back unresolved, never dropped.

Accountable governments (各区、县(市)政府, 各镇街, 管委会) are not departments:
:meth:`DepartmentCatalog.is_government` tells them apart.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

import attrs

from mfgpolicy.errors import CatalogError, ValidationError
from mfgpolicy.model._common import nonempty_str, str_tuple, to_tuple, typed
from mfgpolicy.model.jurisdiction import Gazetteer, to_simplified, toml_error_line

__all__ = ["Department", "DepartmentCatalog", "DepartmentRef"]

_DATA = Path(__file__).resolve().parent.parent / "data"
_ID_RE = re.compile(r"[a-z][a-z0-9_]*")

#: Level prefixes (级别前缀) as written before a department name, longest first.
LEVEL_PREFIXES: tuple[str, ...] = ("街道", "新区", "省", "市", "区", "县", "镇", "乡")


def _ident(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise ValidationError(
            f"{type(inst).__name__}.{attribute.name} must be a snake_case id (got {value!r})"
        )


@attrs.frozen
class Department:
    """A kind of government department or other responsible unit (部门 / 单位).

    Attributes:
        id: stable identifier, e.g. "economy_and_information".
        name: canonical Chinese full name without the level prefix, e.g. "经济和信息化局".
        short: the usual short form, e.g. "经信局".
        name_en: English name.
        level_prefix: the level prefix as written (市, 区, 县, 省, …); "" for a catalog entry.
        aliases: other names of the same function (simplified script, no level prefix).
        source: where the names come from and why the aliases denote the same unit.
    """

    id: str = attrs.field(validator=_ident)
    name: str = attrs.field(validator=nonempty_str)
    short: str = attrs.field(validator=nonempty_str)
    name_en: str = attrs.field(validator=nonempty_str)
    level_prefix: str = attrs.field(default="", validator=typed(str))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=str_tuple())
    source: str = attrs.field(default="", validator=typed(str))


@attrs.frozen
class DepartmentRef:
    """A responsible unit as written in a document, resolved against the catalog (单位引用).

    Attributes:
        as_written: the text as in the document, in simplified script.
        department_id: the :class:`Department` id; ``None`` when unresolved (or a government).
        level_prefix: the level prefix as written (市, 区, 新区, …), "" if none.
        name: normalised display name (市经济和信息化局); ``as_written`` when unresolved.
        jurisdiction_prefix: a jurisdiction named before the unit (绍兴市 in 绍兴市经信局,
            金华 in 金华海关), "" if none.
        government: ``True`` for an accountable government or zone (各镇街, 管委会).
        also: the other units of a composite name (市减负办 in 市经信局(市减负办)).
    """

    as_written: str = attrs.field(validator=nonempty_str)
    department_id: str | None = attrs.field(validator=typed(str, optional=True))
    level_prefix: str = attrs.field(validator=typed(str))
    name: str = attrs.field(validator=nonempty_str)
    jurisdiction_prefix: str = attrs.field(default="", validator=typed(str))
    government: bool = attrs.field(default=False, validator=typed(bool))
    also: tuple[DepartmentRef, ...] = attrs.field(default=(), converter=to_tuple)

    @property
    def resolved(self) -> bool:
        """Whether the unit was found in the catalog."""
        return self.department_id is not None


_GOVERNMENT_RES = (
    re.compile(r".*政府"),  # 各区、县(市)政府, 各县区人民政府 (but not 市政府办公室)
    re.compile(r".*(管委会|管理委员会)"),  # 金华开发区管委会, 市管园区管委会
    re.compile(r"各.*(县|区|市|镇|乡|街道|街|\))"),  # 各镇街, 各乡镇(街道), 各区、县(市)
    re.compile(r"(乡镇|镇街|镇\(街道\)|乡镇\(街道\))"),
)
_PLACE = r"(?P<place>[\u3400-\u9fff]{1,10}?)"
_BRANCH_RE = re.compile(r"(?P<base>.+?局)(?P<place>[\u3400-\u9fff]{2,6})分局")
# How many answers a catalog keeps before starting afresh (a batch over a large corpus
# meets many names; each answer is a few hundred bytes).
_CACHE_LIMIT = 20_000
_COMPOSITE_RE = re.compile(r"(?P<outer>[^()]+)\((?P<inner>[^()]+)\)")


def _normalise(name: str) -> str:
    return re.sub(r"\s+", "", to_simplified(name))


class DepartmentCatalog:
    """The alias catalog of responsible units (部门别名目录); immutable.

    Build it with :meth:`default` (data/departments.toml) or :meth:`from_file`.
    """

    __slots__ = (
        "_by_id",
        "_gazetteer",
        "_governments",
        "_index",
        "_is_government",
        "_patterns",
        "_resolved",
    )

    _by_id: dict[str, Department]
    _index: dict[str, Department]
    _patterns: tuple[tuple[re.Pattern[str], Department], ...]
    _governments: frozenset[str]
    _gazetteer: Gazetteer | None
    # Answers already given (the catalog never changes, and a document names the same
    # few units many times over).
    _is_government: dict[str, bool]
    _resolved: dict[str, DepartmentRef]

    def __init__(
        self,
        departments: dict[str, Department],
        index: dict[str, Department],
        patterns: tuple[tuple[re.Pattern[str], Department], ...] = (),
        governments: frozenset[str] = frozenset(),
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Prefer :meth:`default` or :meth:`from_file`; this takes prepared indexes."""
        self._by_id = dict(departments)
        self._index = dict(index)
        self._patterns = patterns
        self._governments = governments
        self._gazetteer = gazetteer
        self._is_government = {}
        self._resolved = {}

    @classmethod
    def default(cls) -> DepartmentCatalog:
        """The shipped catalog, data/departments.toml (cached)."""
        return _default_catalog()

    @classmethod
    def from_file(
        cls, path: str | Path, *, gazetteer: Gazetteer | None = None
    ) -> DepartmentCatalog:
        """Load a departments TOML file (format in its header).

        Args:
            path: the file.
            gazetteer: used to recognise jurisdiction-name prefixes (绍兴市经信局);
                :meth:`Gazetteer.default` if omitted.

        Raises:
            CatalogError: bad TOML, a missing or wrong key, a duplicate id or alias, naming
                the file and the entry.
        """
        where = str(path)
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogError(where, None, f"cannot read: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise CatalogError(where, toml_error_line(exc), f"bad TOML: {exc}") from exc
        unknown = set(data) - {"department", "government"}
        if unknown:
            raise CatalogError(where, None, f"unknown top-level keys {sorted(unknown)}")
        entries = data.get("department", [])
        if not isinstance(entries, list):
            raise CatalogError(where, None, "'department' must be an array of tables")
        by_id: dict[str, Department] = {}
        index: dict[str, Department] = {}
        patterns: list[tuple[re.Pattern[str], Department]] = []
        required = ("id", "name", "short", "name_en", "source")
        allowed = {*required, "aliases", "patterns"}
        for n, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict):
                raise CatalogError(where, n, f"department entry {n} must be a table")
            label = f"department entry {n} ({entry.get('id', '?')!s})"
            missing = [k for k in required if k not in entry]
            if missing:
                raise CatalogError(where, n, f"{label}: missing required key(s) {missing}")
            extra = set(entry) - allowed
            if extra:
                raise CatalogError(where, n, f"{label}: unknown key(s) {sorted(extra)}")
            try:
                aliases = entry.get("aliases", [])
                if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                    raise ValidationError(
                        f"Department.aliases must be a list of str (got {aliases!r})"
                    )
                dep = Department(
                    id=entry["id"],
                    name=_normalise(entry["name"])
                    if isinstance(entry["name"], str)
                    else entry["name"],
                    short=_normalise(entry["short"])
                    if isinstance(entry["short"], str)
                    else entry["short"],
                    name_en=entry["name_en"],
                    aliases=tuple(_normalise(a) for a in aliases),
                    source=entry["source"],
                )
                pats = entry.get("patterns", [])
                if not isinstance(pats, list) or not all(
                    isinstance(p, str) and p.count("{place}") == 1 for p in pats
                ):
                    raise ValidationError(
                        f"Department.patterns must be str with one {{place}} (got {pats!r})"
                    )
            except ValidationError as exc:
                raise CatalogError(where, n, f"{label}: {exc}") from None
            if dep.id in by_id:
                raise CatalogError(where, n, f"{label}: duplicate id {dep.id!r}")
            by_id[dep.id] = dep
            for key in dict.fromkeys((dep.name, dep.short, *dep.aliases)):
                other = index.get(key)
                if other is not None and other.id != dep.id:
                    raise CatalogError(
                        where, n, f"{label}: name or alias {key!r} already belongs to {other.id!r}"
                    )
                index[key] = dep
            for p in pats:
                before, _, after = _normalise(p).partition("{place}")
                rx = re.compile(re.escape(before) + _PLACE + re.escape(after))
                patterns.append((rx, dep))
        gov = data.get("government", {})
        names = gov.get("names", []) if isinstance(gov, dict) else None
        if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
            raise CatalogError(where, None, "[government] names must be a list of str")
        return cls(
            by_id,
            index,
            tuple(patterns),
            frozenset(_normalise(x) for x in names),
            gazetteer if gazetteer is not None else Gazetteer.default(),
        )

    # -- queries --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Any:
        return iter(self._by_id.values())

    def get(self, department_id: str) -> Department | None:
        """The department with this id, or ``None``."""
        return self._by_id.get(department_id)

    def is_government(self, name: str) -> bool:
        """Whether ``name`` denotes an accountable government or zone, not a department.

        True for 各区、县(市)政府, 各县区人民政府, 各镇街, 各乡镇(街道), …管委会, the names
        listed under [government] in the catalog file, and bare jurisdiction names
        (越城区, 绍兴滨海新区). False for 市政府办公室 (a department of the government).
        """
        known = self._is_government.get(name)
        if known is None:
            if len(self._is_government) >= _CACHE_LIMIT:
                self._is_government.clear()
            known = self._is_government[name] = self._government(_normalise(name))
        return known

    def _government(self, s: str) -> bool:
        if not s:
            return False
        if s in self._governments or any(rx.fullmatch(s) for rx in _GOVERNMENT_RES):
            return True
        if self._lookup(s) is not None:
            return False
        return self._gazetteer is not None and bool(self._gazetteer.resolve_all(s))

    def resolve(self, name: str) -> DepartmentRef:
        """Read a unit name as written; never raises for an unknown name.

        Handles level prefixes (市/区/县/省/镇/街道/新区), a jurisdiction-name prefix
        (绍兴市经信局), traditional script, aliases and older names, place-named units
        (人行绍兴市中心支行, 金华海关), branch offices (宁波市生态环境局余姚分局) and
        composites (市经信局(市减负办): the outer unit, with the inner one in ``also``).
        A government (各镇街) comes back with ``government=True`` and no id; an unknown
        unit with ``department_id=None`` and ``name == as_written``.
        """
        known = self._resolved.get(name)
        if known is not None:
            return known
        if len(self._resolved) >= _CACHE_LIMIT:
            self._resolved.clear()
        ref = self._resolved[name] = self._resolve(name)
        return ref

    def _resolve(self, name: str) -> DepartmentRef:
        s = _normalise(name)
        if not s:
            raise ValidationError(f"DepartmentCatalog.resolve: empty name (got {name!r})")
        if self.is_government(s):
            return DepartmentRef(
                as_written=s, department_id=None, level_prefix="", name=s, government=True
            )
        m = _COMPOSITE_RE.fullmatch(s)
        if m:
            outer = self._resolve_simple(m.group("outer"))
            inner = self._resolve_simple(m.group("inner"), inherit=outer)
            return attrs.evolve(outer, as_written=s, also=(inner,))
        return self._resolve_simple(s)

    # -- internals ------------------------------------------------------------------------

    def _lookup(self, s: str) -> tuple[Department, str] | None:
        """A prefix-free name: (department, place) or None."""
        dep = self._index.get(s)
        if dep is not None:
            return dep, ""
        for rx, d in self._patterns:
            m = rx.fullmatch(s)
            if m:
                return d, m.group("place")
        b = _BRANCH_RE.fullmatch(s)
        if b:
            dep = self._index.get(b.group("base"))
            if dep is not None:
                # A branch (余姚分局) keeps its written name: mark it with a place.
                return dep, b.group("place")
        return None

    def _is_prefix(self, head: str) -> bool:
        if head in LEVEL_PREFIXES:
            return True
        return self._gazetteer is not None and bool(self._gazetteer.resolve_all(head))

    def _resolve_simple(self, s: str, *, inherit: DepartmentRef | None = None) -> DepartmentRef:
        found = self._lookup(s)
        if found is not None:
            dep, place = found
            if place:
                return DepartmentRef(
                    as_written=s,
                    department_id=dep.id,
                    level_prefix="",
                    name=s,
                    jurisdiction_prefix=place,
                )
            if inherit is not None and inherit.resolved:
                # 区经信局(金融办): the inner unit shares the outer one's prefix.
                lp, jp = inherit.level_prefix, inherit.jurisdiction_prefix
                return DepartmentRef(
                    as_written=s,
                    department_id=dep.id,
                    level_prefix=lp,
                    name=jp + lp + dep.name,
                    jurisdiction_prefix=jp,
                )
            return DepartmentRef(as_written=s, department_id=dep.id, level_prefix="", name=dep.name)
        for i in range(1, len(s) - 1):
            head, rest = s[:i], s[i:]
            found = self._lookup(rest)
            if found is None or not self._is_prefix(head):
                continue
            dep, place = found
            if head in LEVEL_PREFIXES:
                lp, jp = head, place
            else:
                lp, jp = "", head + place
            name = s if place else jp + lp + dep.name
            return DepartmentRef(
                as_written=s,
                department_id=dep.id,
                level_prefix=lp,
                name=name,
                jurisdiction_prefix=jp,
            )
        return DepartmentRef(as_written=s, department_id=None, level_prefix="", name=s)


@functools.cache
def _default_catalog() -> DepartmentCatalog:
    return DepartmentCatalog.from_file(_DATA / "departments.toml")
