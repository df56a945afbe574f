"""Copies measured: damage texts as PDF and web copies are damaged, move their gold with
the damage, and score both (a metamorphic check of extraction).

usage: python benchmarks/copy_damage.py [-v] [--kinds pdf,footer] [DIR ...]

Each DIR holds NAME.txt beside its gold NAME.json; without DIR the five seeds
(examples/documents with tests/data/gold) are used. Kinds: pdf (28 characters a
line, ASCII half width, as GB/T 9704 sets a page; with footer, a page number every
22 lines), break (line breaks at random places inside sentences), half (full-width
,;:() as ASCII), space (a space between a number and its unit), footer.
Prints the clean and the damaged scores; -v lists what the damage lost.
"""

import argparse
import random
import re
import sys
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("dirs", nargs="*")
ap.add_argument("-v", action="store_true")
ap.add_argument("--src", default=str(Path(__file__).resolve().parent.parent / "src"))
ap.add_argument("--kinds", default="break,half,space,footer")
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()
sys.path.insert(0, a.src)
import attrs  # noqa: E402

from mfgpolicy.extract import combine, extract_document, render_table  # noqa: E402
from mfgpolicy.extract.evaluate import load_gold, score  # noqa: E402

kinds = set(a.kinds.split(","))
CJK = re.compile(r"[\u4e00-\u9fff]")


def pdf(text, rnd):
    """GB/T 9704: 28 characters a line (ASCII half), 22 lines a page, footer — N —."""
    out = []
    mp = []
    col = 0.0
    lines = 0
    page = 1
    cur_line_tab = False
    for i, ch in enumerate(text):
        if i == 0 or text[i - 1] == "\n":
            line = text[i : text.find("\n", i) if "\n" in text[i:] else len(text)]
            cur_line_tab = "\t" in line or "|" in line or "|" in line or "   " in line
        w = 0.5 if ord(ch) < 128 else 1.0
        if ch != "\n" and not cur_line_tab and col + w > 28:
            out.append("\n")
            col = 0
            lines += 1
            if "footer" in kinds and lines >= 22:
                out.append(f"\n— {page} —\n\n")
                page += 1
                lines = 0
        mp.append(sum(len(x) for x in out))
        out.append(ch)
        if ch == "\n":
            col = 0
            lines += 1
        else:
            col += w
    mp.append(sum(len(x) for x in out))
    return "".join(out), mp


def damage(text, rnd):
    if "pdf" in kinds:
        return pdf(text, rnd)
    out = []
    mp = []
    if "half" in kinds:
        text = text.translate(str.maketrans({",": ",", ";": ";", ":": ":", "(": "(", ")": ")"}))
    since = 0
    page = 2
    since_page = 0
    tab = [False] * (len(text) + 1)
    pos = 0
    for line in text.split("\n"):
        flag = "\t" in line or "|" in line or "|" in line or "   " in line
        for k in range(pos, pos + len(line) + 1):
            tab[k] = flag
        pos += len(line) + 1
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if tab[i]:
            mp.append(sum(len(x) for x in out))
            out.append(ch)
            since_page += 1
            continue
        # insertions before ch
        if i and prev != "\n" and ch != "\n":
            if (
                "break" in kinds
                and since > rnd.randint(28, 44)
                and CJK.match(prev)
                and CJK.match(ch)
            ) or (
                "break" in kinds
                and since > 30
                and prev.isdigit()
                and CJK.match(ch)
                and rnd.random() < 0.3
            ):
                out.append("\n")
                since = 0
            if "space" in kinds and prev.isdigit() and CJK.match(ch) and rnd.random() < 0.5:
                out.append(" ")
            if "footer" in kinds and since_page > 700 and CJK.match(prev) and CJK.match(ch):
                out.append(f"\n\n— {page} —\n\n")
                page += 1
                since_page = 0
        mp.append(len("".join(out)) if False else None)
        mp[-1] = sum(len(x) for x in out)
        out.append(ch)
        since = 0 if ch == "\n" else since + 1
        since_page += 1
    mp.append(sum(len(x) for x in out))
    return "".join(out), mp


tot0 = []
tot1 = []
root = Path(__file__).resolve().parent.parent
pairs = []
for d in a.dirs:
    pairs += [(d, str(j)[:-5] + ".txt", str(j)) for j in sorted(Path(d).glob("[0-9]*.json"))]
if not a.dirs:
    pairs = [
        ("seeds", str(t), str(root / "tests" / "data" / "gold" / (t.stem + ".json")))
        for t in sorted((root / "examples" / "documents").glob("0*.txt"))
    ]
for d, t, j in pairs:
    if True:
        try:
            text = Path(t).read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        name, gold = load_gold(j)
        rnd = random.Random(a.seed)
        dt, mp = damage(text, rnd)
        g2 = [attrs.evolve(g, start=mp[g.start], end=mp[g.end - 1] + 1) for g in gold]
        s0 = score(extract_document(text), gold, document=d.split("/")[-1] + "/" + name)
        s1 = score(extract_document(dt), g2, document=d.split("/")[-1] + "/" + name)
        tot0.append(s0)
        tot1.append(s1)
        if a.v and (
            s1.matched < s0.matched
            or s1.predicted > s0.predicted
            or s1.lead < s0.lead
            or s1.kind < s0.kind
        ):
            print(
                "=====",
                s1.document,
                f"matched {s0.matched}→{s1.matched} pred {s0.predicted}→{s1.predicted}"
                f" lead {s0.lead}→{s1.lead}",
            )
            m0 = {m.split(" ")[0] for m in s0.missed}
            for m in s1.missed:
                if m.split(" ")[0] not in m0:
                    print("  MISS", m)
            for m in s1.spurious:
                print("  FP  ", m)
            w0 = {m.split(" ")[0] for m in s0.wrong}
            for m in s1.wrong:
                if m.split(" ")[0] not in w0:
                    print("  WRONG", m)
print(
    render_table(
        [combine(tot0, document="clean"), combine(tot1, document="damaged")], overall=False
    )
)
