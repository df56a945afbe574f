"""The HTML report in headless Chromium: status counts in the DOM, a screenshot, no XSS.

Skipped only when no Chromium binary is found (CI installs Debian's ``chromium``).
The screenshot goes to ``artifacts/report.png`` (git-ignored) as the CI artefact.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections import Counter
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mfgpolicy.consistency import Finding
from mfgpolicy.consistency._finding import target_ref
from mfgpolicy.demo import DEMO_AS_OF, run_demo
from mfgpolicy.model import (
    Comparator,
    Observation,
    PolicyDocument,
    Responsibility,
    ResponsibleUnit,
    Severity,
    Span,
    Target,
    TargetKind,
)
from mfgpolicy.progress import assess
from mfgpolicy.report import render_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"

CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
        if (found := shutil.which(name))
    ),
    None,
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (apt-get install chromium)"
)

PAYLOAD = (
    "<script>document.title='pwned'</script>"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
)


def _chromium(tmp_path: Path, url: str, *extra: str) -> str:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *extra,
        url,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self.text: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_title = tag == "title" and not self.title

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.text.append(data)


def _dom(text: str) -> _Dom:
    d = _Dom()
    d.feed(text)
    d.close()
    return d


@needs_chromium
def test_report_in_chromium(tmp_path: Path) -> None:
    result = run_demo(tmp_path, quiet=True)
    url = result.report_path.resolve().as_uri()
    dumped = _chromium(tmp_path, url, "--dump-dom")
    dom = _dom(dumped)
    in_dom = Counter(
        a["data-status"] for t, a in dom.elements if t == "tr" and a.get("data-status")
    )
    expected = Counter(r.status.value for a in result.assessments.values() for r in a.results)
    assert in_dom == expected
    assert sum(in_dom.values()) > 0
    # the summary cards show the same counts
    cards = {
        m[1]: int(m[2])
        for m in re.finditer(r'data-status-count="(\w+)"><span class="n">(\d+)<', dumped)
    }
    assert cards == {s: expected.get(s, 0) for s in cards}
    assert len(cards) == 8
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    _chromium(tmp_path, url, f"--screenshot={shot}", "--window-size=1280,2400")
    assert shot.exists()
    assert shot.stat().st_size > 10_000


@needs_chromium
def test_hostile_document_does_not_execute(tmp_path: Path) -> None:
    target = Target(
        id="t1",
        indicator=PAYLOAD,
        kind=TargetKind.LEVEL,
        comparator=Comparator.GE,
        value=Decimal(100),
        unit="亿元",
        span=Span(0, len(PAYLOAD)),
        text=PAYLOAD,
        deadline=dt.date(2023, 12, 31),
        period_start=dt.date(2021, 1, 1),
        responsibility=Responsibility(
            lead=(ResponsibleUnit(as_written=PAYLOAD, name=PAYLOAD),),
            support=(ResponsibleUnit(as_written=PAYLOAD, name=PAYLOAD),),
        ),
    )
    doc = PolicyDocument(
        id="doc-xss",
        text_sha256="0" * 64,
        title=PAYLOAD,
        doc_number=PAYLOAD,
        source=PAYLOAD,
        targets=(target,),
    )
    finding = Finding(
        rule="restatement.conflict",
        severity=Severity.ERROR,
        message_zh=PAYLOAD,
        message_en=PAYLOAD,
        targets=(target_ref(doc, target), target_ref(doc, target)),
        reason=PAYLOAD,
    )
    obs = [
        Observation(
            jurisdiction="X",
            date=dt.date(y, 12, 31),
            value=Decimal(v),
            unit="亿元",
            target_id="t1",
            source=PAYLOAD,
        )
        for y, v in ((2020, 50), (2022, 70))
    ]
    a = assess(doc.targets, obs, as_of=DEMO_AS_OF)
    title = "XSS check 报告"
    html = render_html(
        a, [finding], [doc], as_of=DEMO_AS_OF, observations=obs, title=title, note=PAYLOAD
    )
    page = tmp_path / "xss.html"
    page.write_text(html, encoding="utf-8")
    dom = _dom(_chromium(tmp_path, page.as_uri(), "--dump-dom"))
    assert dom.title == title
    assert all("data-pwned" not in a for _, a in dom.elements)
    assert "img" not in {t for t, _ in dom.elements}
    assert "script" not in {t for t, _ in dom.elements}
    text = "".join(dom.text)
    # shown as text everywhere it appears: note, title, doc number, source, indicator,
    # quoted text (row, sources, both sides of the finding), lead department (row and
    # roll-up), finding messages in both languages
    assert text.count(PAYLOAD) >= 12, text.count(PAYLOAD)
    assert any(a.get("data-severity") == "error" for _, a in dom.elements)
