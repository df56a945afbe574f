"""The indicator catalog (指标目录) and the linking of indicator phrases to it.

An :class:`Indicator` (指标) is *what* a target measures: 工业增加值, 规上制造业全员
劳动生产率, 国家专精特新“小巨人”企业 (a count of firms holding an honour), and so
on. The shipped catalog lives in ``mfgpolicy/data/indicators.toml``, a documented
data file an analyst can extend without Python; :class:`IndicatorCatalog` loads
it and links the indicator phrase of an extracted target (``Target.indicator``)
to a catalog entry (``Target.indicator_id``).

Linking rules (:meth:`IndicatorCatalog.link`):

1. **Normalise** the phrase and every alias the same way: Unicode NFKC
   (full-width → half-width, so ``（`` becomes ``(``), traditional → simplified
   script (OpenCC ``t2s``), ASCII upper-case, remove whitespace and the quote
   marks “”‘’"'「」『』《》, canonicalise ``规模以上`` → ``规上``, then strip
   leading jurisdiction words (全市, 全县, 全区, 我市, 全省, 本市, …) and leading
   verbs (新增, 新培育, 培育, 累计, 新建, 建成, 打造, 实施, …) repeatedly.
2. **Candidates** are every entry with an alias (or its name) occurring as a
   substring of the normalised phrase, and every entry whose ``patterns``
   (regular expressions, for qualifier-bearing families such as revenue-band
   enterprises) match it; the candidate's match length is the longest such
   substring.
3. **Scope** (统计口径): an entry with a ``scope`` (``above_designated_size``,
   规模以上 / 规上) does not link a phrase that lacks the 规上 marker, unless no
   unscoped entry is a candidate.
4. **Share heads** (比率词头): a phrase whose head is a share (it ends in 覆盖率,
   比重, 比例 or 占比) links only entries measured in % (or ‰): a share of
   enterprises is not a count of enterprises, so ``规上工业企业覆盖率`` does not
   link ``above_size_industrial_enterprises`` (家). Plain ``率`` is not a share
   head (全员劳动生产率 is in 万元/人). This filter is applied before rule 3.
5. **Choice**: the longest match wins (it names the most specific thing). Ties
   go to the entry whose scope agrees with the phrase, then to the match ending
   later (Chinese noun phrases put the head last), then to catalog order.

Qualifier thresholds (TARGETS.md: "thresholds that qualify the counted thing stay
inside ``indicator``") are handled by *family* entries: every revenue band of
enterprises (年营业收入500亿元以上的领航企业, 5—10亿元企业, 百亿级企业) links to
``enterprises_by_revenue_band`` and every investment band of projects (亿元以上项目,
10亿元以上制造业项目, 50亿级制造业项目) to ``projects_by_investment_band``; the band
itself stays in the target's ``indicator`` phrase. One entry per family (rather
than one per band) because bands are open-ended and differ between documents.
Honours that are distinct programmes at different levels (国家级专精特新“小巨人”
vs 省级专精特新企业; 国家级 vs 市级单项冠军) are separate entries; for a platform
or centre whose levels are one programme (企业技术中心, 工业互联网平台) the level
stays in the phrase.
"""

from __future__ import annotations

import enum
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Final

import attrs

from mfgpolicy.errors import CatalogError
from mfgpolicy.model._common import fail, nonempty_str, str_tuple, to_tuple, typed
from mfgpolicy.text import to_simplified

__all__ = [
    "CATEGORIES",
    "SCOPES",
    "Aggregation",
    "Direction",
    "Indicator",
    "IndicatorCatalog",
    "normalize_phrase",
]


class Direction(enum.Enum):
    """Which way is better for an indicator (指标方向).

    Attributes:
        HIGHER: higher is better (正向指标), e.g. 工业增加值.
        LOWER: lower is better (逆向指标), e.g. 单位工业增加值能耗.
        TARGET: closer to a band is better (适度指标); rarely used.
    """

    HIGHER = "higher"
    LOWER = "lower"
    TARGET = "target"


class Aggregation(enum.Enum):
    """Whether values add up across jurisdictions (可加性).

    Attributes:
        SUM: additive (总量指标): counts of firms, totals such as 工业增加值 in 亿元.
        NONE: intensive (强度/比率指标): ratios, shares, rates, per-capita,
            per-mu values; never summed.
    """

    SUM = "sum"
    NONE = "none"


#: Statistical scopes (统计口径) an indicator may be restricted to.
#: ``above_designated_size`` is 规模以上 / 规上: industrial enterprises with annual
#: main-business revenue of 20 million yuan (2000万元) or more (国家统计局, 2011).
SCOPES: Final[frozenset[str]] = frozenset({"above_designated_size"})

#: Categories (指标类别) of the catalog.
CATEGORIES: Final[frozenset[str]] = frozenset(
    {
        "scale",
        "efficiency",
        "innovation",
        "enterprise_honours",
        "enterprise_scale",
        "digital",
        "green",
        "investment",
        "quality_brand",
        "listing",
        "platform",
        "talent",
        "land",
        "finance",
        "structure",
    }
)

_ID_RE: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def _check_id(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    nonempty_str(inst, attribute, value)
    assert isinstance(value, str)
    if not _ID_RE.fullmatch(value):
        raise fail(inst, attribute.name, f"must be snake_case ASCII (got {value!r})")


def _check_in(allowed: frozenset[str], *, optional: bool = False) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if value not in allowed:
            raise fail(inst, attribute.name, f"must be one of {sorted(allowed)} (got {value!r})")

    return check


def _check_patterns(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    str_tuple()(inst, attribute, value)
    assert isinstance(value, tuple)
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise fail(
                inst, attribute.name, f"holds an invalid regular expression {pattern!r}: {exc}"
            ) from None


@attrs.frozen
class Indicator:
    """A catalog entry: one measurable thing (指标).

    Attributes:
        id: stable snake_case English id (``industrial_value_added``).
        name: canonical Chinese name in simplified script (工业增加值).
        aliases: other wordings in simplified script; traditional script is
            handled by conversion when linking.
        name_en: English name.
        unit: the usual unit as written (亿元, 万元/人, %, 家).
        direction: which way is better.
        aggregation: whether values add up across jurisdictions.
        scope: statistical scope (``"above_designated_size"`` for 规上), or None.
        category: the catalog category (see :data:`CATEGORIES`).
        note: definition or remarks for analysts.
        source: where the definition comes from (国家统计局 指标解释 …).
        patterns: regular expressions over the normalised phrase, for family
            entries whose phrases carry a numeric qualifier (revenue bands).
        percent_bounded: whether a level in % is a share bounded by [0, 100] (the
            default); False for ratios that may exceed 100 % (产销率, 产能利用率).
    """

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=nonempty_str)
    aliases: tuple[str, ...] = attrs.field(converter=to_tuple, validator=str_tuple())
    name_en: str = attrs.field(validator=nonempty_str)
    unit: str = attrs.field(validator=nonempty_str)
    direction: Direction = attrs.field(validator=typed(Direction))
    aggregation: Aggregation = attrs.field(validator=typed(Aggregation))
    scope: str | None = attrs.field(validator=_check_in(SCOPES, optional=True))
    category: str = attrs.field(validator=_check_in(CATEGORIES))
    note: str = attrs.field(default="", validator=typed(str))
    source: str = attrs.field(default="", validator=typed(str))
    patterns: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_check_patterns
    )
    percent_bounded: bool = attrs.field(default=True, validator=typed(bool))

    @property
    def wordings(self) -> tuple[str, ...]:
        """The name followed by the aliases (每种写法)."""
        return (self.name, *self.aliases)


# --- normalisation ---------------------------------------------------------------------------

_QUOTES_RE: Final = re.compile(r"[\s“”‘’\"'「」『』《》〈〉]+")
_LEADING_RE: Final = re.compile(
    "^(?:"
    + "|".join(
        sorted(
            [
                # jurisdiction words (地域词)
                "全市",
                "全县",
                "全区",
                "全省",
                "全镇",
                "我市",
                "我县",
                "我区",
                "本市",
                "全国",
                # verbs and adverbs that precede the counted thing (动词)
                "新增",
                "新培育",
                "培育",
                "累计",
                "新建",
                "建成",
                "打造",
                "实施",
                "实现",
                "力争",
                "争取",
                "确保",
                "每年",
                "年均",
                "引进",
                "招引落地",
                "招引",
                "推广",
                "完成",
                "认定",
                "新认定",
                "争创",
                "创建",
                "建设",
                "达到",
            ],
            key=len,
            reverse=True,
        )
    )
    + ")+"
)
_CANONICAL: Final = (("规模以上", "规上"), ("规模以下", "规下"))


@functools.lru_cache(maxsize=65536)
def normalize_phrase(phrase: str) -> str:
    """Normalise an indicator phrase (or alias) for linking (指标短语规范化).

    NFKC, traditional → simplified, ASCII upper-case, no whitespace or quotes,
    ``规模以上`` → ``规上``, leading jurisdiction words and verbs stripped.

    Args:
        phrase: the phrase as extracted, in either script.

    Returns:
        The normalised phrase (possibly empty).
    """
    text = unicodedata.normalize("NFKC", phrase)
    text = to_simplified(text)
    text = _QUOTES_RE.sub("", text).upper()
    for old, new in _CANONICAL:
        text = text.replace(old, new)
    return _LEADING_RE.sub("", text)


# --- the catalog -----------------------------------------------------------------------------

_SCOPE_MARKER: Final = "规上"
_SHARE_HEAD_RE: Final = re.compile(r"(?:覆盖率|比重|比例|占比)$")
_SHARE_UNITS: Final = frozenset({"%", "‰"})
_DEFAULT_FILE: Final = "indicators.toml"
_REQUIRED: Final = ("id", "name", "name_en", "unit", "direction", "aggregation", "category")
_KNOWN_KEYS: Final = frozenset(
    {*_REQUIRED, "aliases", "scope", "note", "source", "patterns", "percent_bounded"}
)


class IndicatorCatalog:
    """An immutable catalog of indicators with a phrase index (指标目录).

    Build it with :meth:`default` (the shipped catalog), :meth:`from_file` or
    :meth:`from_indicators`.
    """

    __slots__ = ("_by_first", "_by_id", "_entries", "_order", "_patterns", "_source")

    _by_first: dict[str, tuple[tuple[str, Indicator], ...]]
    _by_id: dict[str, Indicator]
    _entries: tuple[Indicator, ...]
    _order: dict[str, int]
    _patterns: tuple[tuple[re.Pattern[str], Indicator], ...]
    _source: str

    def __init__(self, indicators: Iterable[Indicator], *, source: str = "<memory>") -> None:
        """Index ``indicators``; prefer the ``from_*`` constructors.

        Raises:
            CatalogError: a duplicate id, or one normalised alias used by two ids.
        """
        entries = tuple(indicators)
        by_id: dict[str, Indicator] = {}
        owner: dict[str, str] = {}
        for number, ind in enumerate(entries, start=1):
            if ind.id in by_id:
                raise CatalogError(source, number, f"duplicate id {ind.id!r}")
            by_id[ind.id] = ind
            for wording in ind.wordings:
                key = normalize_phrase(wording)
                if not key:
                    raise CatalogError(
                        source,
                        number,
                        f"entry {ind.id!r}: alias {wording!r} is empty once normalised",
                    )
                other = owner.setdefault(key, ind.id)
                if other != ind.id:
                    raise CatalogError(
                        source,
                        number,
                        f"entry {ind.id!r}: alias {wording!r} (normalised {key!r}) "
                        f"already belongs to {other!r}",
                    )
        grouped: dict[str, list[tuple[str, Indicator]]] = {}
        for key, ident in owner.items():
            grouped.setdefault(key[0], []).append((key, by_id[ident]))
        object.__setattr__(self, "_entries", entries)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_order", {ind.id: i for i, ind in enumerate(entries)})
        object.__setattr__(
            self,
            "_by_first",
            {c: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for c, v in grouped.items()},
        )
        object.__setattr__(
            self,
            "_patterns",
            tuple((re.compile(p), ind) for ind in entries for p in ind.patterns),
        )
        object.__setattr__(self, "_source", source)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"IndicatorCatalog is immutable (cannot set {name!r})")

    # -- construction --

    @classmethod
    def from_indicators(cls, indicators: Iterable[Indicator]) -> IndicatorCatalog:
        """A catalog of the given entries (for tests and user extensions)."""
        return cls(indicators)

    @classmethod
    def from_file(cls, path: str | Path) -> IndicatorCatalog:
        """Load a catalog from a TOML file in the format of ``data/indicators.toml``.

        Raises:
            CatalogError: unreadable or malformed file; names the file, the entry
                (its line) and the problem.
        """
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogError(str(path), None, f"cannot read: {exc}") from None
        return cls.from_text(text, source=str(path))

    @classmethod
    def from_text(cls, text: str, *, source: str = "<string>") -> IndicatorCatalog:
        """Load a catalog from TOML text (see :meth:`from_file`)."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise CatalogError(
                source, int(m.group(1)) if m else None, f"invalid TOML: {exc}"
            ) from None
        extra = set(data) - {"indicator"}
        if extra:
            raise CatalogError(source, None, f"unknown top-level keys {sorted(extra)}")
        raw = data.get("indicator", [])
        if not isinstance(raw, list):
            raise CatalogError(source, None, "'indicator' must be an array of tables")
        lines = [
            n
            for n, line in enumerate(text.splitlines(), start=1)
            if line.strip().startswith("[[indicator]]")
        ]
        entries: list[Indicator] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(raw):
            line = lines[index] if index < len(lines) else None
            ind = _entry_from_table(item, source=source, line=line, number=index + 1)
            if ind.id in seen:
                raise CatalogError(
                    source, line, f"entry {ind.id!r}: duplicate id (first at line {seen[ind.id]})"
                )
            seen[ind.id] = line or 0
            entries.append(ind)
        try:
            return cls(entries, source=source)
        except CatalogError as exc:
            # Re-anchor the entry number on its line in the file.
            n = exc.line
            at = lines[n - 1] if n is not None and 0 < n <= len(lines) else n
            raise CatalogError(source, at, exc.problem) from None

    @classmethod
    def default(cls) -> IndicatorCatalog:
        """The shipped catalog ``mfgpolicy/data/indicators.toml`` (loaded once)."""
        return _default_catalog()

    # -- access --

    @property
    def source(self) -> str:
        """Where the catalog came from (a path, or ``<memory>``)."""
        return self._source

    def get(self, indicator_id: str) -> Indicator | None:
        """The entry with this id, or None."""
        return self._by_id.get(indicator_id)

    def __getitem__(self, indicator_id: str) -> Indicator:
        return self._by_id[indicator_id]

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self._by_id

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"<IndicatorCatalog {len(self)} indicators from {self._source}>"

    # -- linking --

    def link_all(self, phrase: str) -> list[tuple[Indicator, int]]:
        """Every candidate entry for ``phrase`` with its match length, best first.

        Scope filtering (rule 3) and share heads (rule 4) are applied; the first item is what
        :meth:`link` returns. Useful for debugging a link.
        """
        text = normalize_phrase(phrase)
        if not text:
            return []
        best: dict[str, tuple[int, int]] = {}  # id -> (length, end)
        for start, char in enumerate(text):
            for key, ind in self._by_first.get(char, ()):
                if text.startswith(key, start):
                    found = (len(key), start + len(key))
                    if found > best.get(ind.id, (0, 0)):
                        best[ind.id] = found
        for regex, ind in self._patterns:
            for m in regex.finditer(text):
                found = (m.end() - m.start(), m.end())
                if found[0] and found > best.get(ind.id, (0, 0)):
                    best[ind.id] = found
        if not best:
            return []
        scoped_phrase = _SCOPE_MARKER in text
        cands = [self._by_id[i] for i in best]
        if _SHARE_HEAD_RE.search(text):
            cands = [c for c in cands if c.unit in _SHARE_UNITS]
        if not scoped_phrase and any(c.scope is None for c in cands):
            cands = [c for c in cands if c.scope is None]
        if not cands:
            return []

        def rank(ind: Indicator) -> tuple[int, int, int, int]:
            length, end = best[ind.id]
            agrees = (ind.scope is not None) == scoped_phrase
            return (-length, 0 if agrees else 1, -end, self._order[ind.id])

        cands.sort(key=rank)
        return [(c, best[c.id][0]) for c in cands]

    def link(self, phrase: str) -> Indicator | None:
        """Link an indicator phrase as extracted to a catalog entry (指标链接).

        See the module docstring for the rules.

        Args:
            phrase: e.g. ``"全市工业增加值"``, ``"規上工業增加值"``,
                ``"年营业收入5—10亿元企业"``.

        Returns:
            The entry, or None when nothing in the catalog matches.
        """
        cands = self.link_all(phrase)
        return cands[0][0] if cands else None


def _entry_from_table(item: object, *, source: str, line: int | None, number: int) -> Indicator:
    label = f"entry {number}"
    if not isinstance(item, Mapping):
        raise CatalogError(source, line, f"{label}: must be a table")
    if isinstance(item.get("id"), str):
        label = f"entry {number} ({item['id']!r})"
    unknown = set(item) - _KNOWN_KEYS
    if unknown:
        raise CatalogError(source, line, f"{label}: unknown keys {sorted(unknown)}")
    missing = [k for k in _REQUIRED if k not in item]
    if missing:
        raise CatalogError(source, line, f"{label}: missing {', '.join(missing)}")
    try:
        direction = Direction(item["direction"])
    except ValueError:
        raise CatalogError(
            source,
            line,
            f"{label}: bad direction {item['direction']!r} "
            f"(expected one of {[d.value for d in Direction]})",
        ) from None
    try:
        aggregation = Aggregation(item["aggregation"])
    except ValueError:
        raise CatalogError(
            source,
            line,
            f"{label}: bad aggregation {item['aggregation']!r} "
            f"(expected one of {[a.value for a in Aggregation]})",
        ) from None
    aliases = item.get("aliases", [])
    patterns = item.get("patterns", [])
    for key, value in (("aliases", aliases), ("patterns", patterns)):
        if not isinstance(value, list):
            raise CatalogError(source, line, f"{label}: {key} must be an array of strings")
    try:
        return Indicator(
            id=item["id"],
            name=item["name"],
            aliases=tuple(aliases),
            name_en=item["name_en"],
            unit=item["unit"],
            direction=direction,
            aggregation=aggregation,
            scope=item.get("scope"),
            category=item["category"],
            note=item.get("note", ""),
            source=item.get("source", ""),
            patterns=tuple(patterns),
            percent_bounded=item.get("percent_bounded", True),
        )
    except ValueError as exc:  # ValidationError
        raise CatalogError(source, line, f"{label}: {exc}") from None


@functools.cache
def _default_catalog() -> IndicatorCatalog:
    ref = resources.files("mfgpolicy").joinpath("data", _DEFAULT_FILE)
    with resources.as_file(ref) as path:
        return IndicatorCatalog.from_file(path)
