#!/usr/bin/env python3
"""Draft and cross-check accord's office-holder table from the reference dictionaries.

accord ships a hand-checked table of heads of state, heads of government,
foreign ministers and defence ministers at
``src/accord/actors/data/office_holders.tsv``.  This script documents where
the older part of that table came from and helps keep it honest:

``draft``
    Extract dated office holders from the reference dictionaries and write
    them in the table's nine-column format::

        name  aliases  country  org  office  sector  title  start  end

    * ``CountryInfo.120116.txt`` (openeventdata/CountryInfo, CC BY-SA 3.0):
      the ``<Leaders>`` block (rulers.org, roughly 1960-2009/2011) gives
      presidents, kings, prime ministers and chancellors; the ``<Government>``
      block (CIA World Leaders, Jan 2003 - Feb 2011) gives ministers, whose
      title follows ``#``.  Foreign and defence ministers are taken from it.
    * ``Phoenix.Countries.actors.txt`` (openeventdata/petrarch2, MIT) is the
      TABARI dictionary generated from a later CountryInfo; its ``+SYNONYM``
      lines under a person are used as spelling aliases.

    The draft stops where the references stop (2011-2014) and contains their
    errors; it is a head start, never the shipped file.

``check``
    Compare the hand-checked table against the draft: every reference term
    from 2000 on for a covered country and office should match a row of the
    table with the same person (by normalised name or alias) and dates within
    a tolerance.  Disagreements are printed for a human to resolve (the
    reference is wrong about as often as the table is).

``validate``
    Structural checks of the hand-checked table: nine columns, vocabularies,
    ISO dates, start <= end, overlaps per country+office, and gaps longer
    than ``--max-gap`` days in each covered country's four offices between
    2000-01-01 and ``--today``.

Usage::

    python3 tools/build_office_holders.py draft --out /tmp/office_holders.draft.tsv
    python3 tools/build_office_holders.py check
    python3 tools/build_office_holders.py validate --today 2026-11-28

Only the Python standard library is used.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = Path("/work/shared/data/reference")
COUNTRYINFO = REFERENCE_DIR / "CountryInfo.120116.txt"
PHOENIX = REFERENCE_DIR / "Phoenix.Countries.actors.txt"
TABLE = ROOT / "src" / "accord" / "actors" / "data" / "office_holders.tsv"

COLUMNS = ["name", "aliases", "country", "org", "office", "sector", "title", "start", "end"]
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general", "other"}
SECTORS = {"GOV", "MIL", "IGO"}
CORE_OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
SECTOR_OF = {"head_of_state": "GOV", "head_of_government": "GOV", "foreign_minister": "GOV", "defence_minister": "MIL"}

G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA".split()
NATO = (
    "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE "
    "NLD MKD NOR POL PRT ROU SVK SVN ESP SWE TUR GBR USA"
).split()
CSTO = "RUS BLR ARM KAZ KGZ TJK UZB".split()
SCO = "CHN RUS KAZ KGZ TJK UZB IND PAK IRN BLR".split()
EXTRA = "AZE GEO UKR MDA MNG TKM AFG SYR ISR PRK".split()
COVERED = sorted(set(G20 + NATO + CSTO + SCO + EXTRA))

PERIOD_START = dt.date(2000, 1, 1)

# Overlapping terms in one seat that are intended (acting holders, co-holders,
# rival governments); listed in src/accord/actors/data/SOURCES.md as well.
DOCUMENTED_OVERLAPS = {
    ("AFG", "foreign_minister"): {"Wakil Ahmad Muttawakil", "Abdullah Abdullah"},
    ("AFG", "head_of_state"): {"Burhanuddin Rabbani", "Mohammad Omar"},
    ("ALB", "foreign_minister"): {"Edi Rama", "Gent Cakaj"},
    ("BRA", "head_of_state"): {"Dilma Rousseff", "Michel Temer"},
    ("BRA", "head_of_government"): {"Dilma Rousseff", "Michel Temer"},
    ("ISR", "head_of_government"): {"Ariel Sharon", "Ehud Olmert"},
    ("ISR", "head_of_state"): {"Moshe Katsav", "Dalia Itzik"},
    ("KOR", "head_of_state"): {"Park Geun-hye", "Hwang Kyo-ahn"},
    ("PAK", "foreign_minister"): {"Nawaz Sharif", "Sartaj Aziz"},
}

# <Leaders> sub-tags of CountryInfo -> office
HEAD_OF_STATE_TAGS = re.compile(
    r"^(presidents?|kings?|kings/queens|emirs|heads of state|sultans|"
    r"chairm[ae]n of the state presidency|chairm[ae]n of the presidency.*|"
    r"presidents of the presidency|sovereign princes|grand dukes.*|supreme leaders?)$",
    re.I,
)
HEAD_OF_GOVERNMENT_TAGS = re.compile(
    r"^(prime ministers?|premiers?|chancellors?|heads of government|"
    r"chairm[ae]n of the council of ministers.*|prime ministers \(presidents.*)$",
    re.I,
)

# <Government> titles -> office
FOREIGN_RE = re.compile(
    r"^(minister (of|for) foreign (affairs|relations)\b.*|"
    r"secretary of state for foreign (and commonwealth )?affairs|"
    r"foreign minister)$",
    re.I,
)
DEFENCE_RE = re.compile(
    r"^(minister (of|for) (national )?defen[cs]e\b.*|secretary of (state for )?defen[cs]e|"
    r"secretary of national defen[cs]e|defen[cs]e minister)$",
    re.I,
)
EXCLUDE_TITLE_RE = re.compile(r"deputy|vice|state for (foreign|defen)|foreign trade|\"acting\"", re.I)

DEFAULT_TITLES = {
    "head_of_state": "President",
    "head_of_government": "Prime Minister",
    "foreign_minister": "Foreign Minister",
    "defence_minister": "Defence Minister",
}

DATE_RE = re.compile(r"\[\s*(?:(?P<code>[A-Z]{3,})\s+)?(?P<body>[<>]?\s*\d{6,8}(?:\s*-\s*\d{6,8})?)\s*\]")
NAME_ALT_RE = re.compile(r"\{([^}]*)\}")


# --------------------------------------------------------------------------- dates
def parse_ref_date(text: str) -> dt.date | None:
    """YYYYMMDD or YYMMDD (TABARI), clamping impossible days such as 20040931."""
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        text = ("19" if yy > 30 else "20") + text
    if len(text) != 8:
        return None
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    if not 1 <= month <= 12:
        return None
    day = max(1, min(day, calendar.monthrange(year, month)[1]))
    return dt.date(year, month, day)


def parse_range(body: str) -> tuple[dt.date | None, dt.date | None]:
    """'19991001 - 20020128', '>20070110' (to last update), '<20030131' (already in office)."""
    body = body.replace(" ", "")
    if body.startswith(">"):
        return parse_ref_date(body[1:]), None
    if body.startswith("<"):
        return None, parse_ref_date(body[1:])
    if "-" in body:
        a, b = body.split("-", 1)
        return parse_ref_date(a), parse_ref_date(b)
    return parse_ref_date(body), None


# --------------------------------------------------------------------------- names
def pretty_name(token: str) -> str:
    """'SERGEY_VIKTOROVICH_LAVROV_' -> 'Sergey Viktorovich Lavrov'."""
    words = [w for w in token.strip().strip("_").split("_") if w]
    out = []
    for w in words:
        parts = re.split(r"([-'.])", w.lower())
        out.append("".join(p.capitalize() if p not in "-'." else p for p in parts))
    name = " ".join(out)
    name = re.sub(
        r"\b(Al|El|Bin|Bint|Ibn|Van|Von|De|Der|Den|Da|Dos|Du|La|Le)\b(?=\s)",
        lambda m: m.group(1).lower() if m.start() else m.group(1),
        name,
    )
    return name


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("-", " ").replace("'", "").replace(".", " ")
    return " ".join(s.split())


def names_match(a: set[str], b: set[str]) -> bool:
    if a & b:
        return True
    # same surname and first initial
    for x in a:
        for y in b:
            xs, ys = x.split(), y.split()
            if xs and ys and xs[-1] == ys[-1] and xs[0][0] == ys[0][0]:
                return True
    return False


# --------------------------------------------------------------------------- CountryInfo
def read_countryinfo(path: Path) -> dict[str, list[dict]]:
    """Return {ISO3: [term, ...]} with keys name, alts, office, title, start, end, source."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out: dict[str, list[dict]] = defaultdict(list)
    for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):
        m = re.search(r"<CountryCode>\s*([A-Z]{3,6})\s*</CountryCode>", block)
        if not m or len(m.group(1)) != 3:
            continue
        iso = m.group(1)
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", block, flags=re.S)
        if leaders:
            out[iso].extend(_leaders(leaders.group(1)))
        gov = re.search(r"<Government>(.*?)</Government>", block, flags=re.S)
        if gov:
            out[iso].extend(_government(gov.group(1)))
    return out


def _split_names(field: str) -> list[str]:
    alts = NAME_ALT_RE.findall(field)
    if alts:
        return [pretty_name(a) for a in alts if a.strip()]
    tok = field.strip().split()
    return [pretty_name(tok[0])] if tok else []


def _leaders(body: str) -> list[dict]:
    terms = []
    office = tag = None
    for line in body.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("<") else line
        s = line.strip()
        if not s:
            continue
        m = re.match(r"^<(/?)([^>]+)>", s)
        if m:
            if m.group(1):
                office = None
                continue
            tag = m.group(2).strip()
            office = (
                "head_of_state"
                if HEAD_OF_STATE_TAGS.match(tag)
                else "head_of_government"
                if HEAD_OF_GOVERNMENT_TAGS.match(tag)
                else None
            )
            continue
        if office is None:
            continue
        name_field = s.split("[", 1)[0]
        names = _split_names(name_field)
        if not names:
            continue
        for dm in DATE_RE.finditer(s):
            body_ = dm.group("body")
            if body_.startswith(("B:", "D:")):
                continue
            start, end = parse_range(body_)
            terms.append(
                dict(
                    name=names[0],
                    alts=names[1:],
                    office=office,
                    title=_title_from_tag(tag, office),
                    start=start,
                    end=end,
                    source="CountryInfo <Leaders>",
                )
            )
    return terms


def _title_from_tag(tag: str, office: str) -> str:
    t = tag.lower()
    if "chancellor" in t:
        return "Chancellor"
    if "king" in t:
        return "King"
    if "emir" in t:
        return "Emir"
    if "premier" in t:
        return "Premier"
    return DEFAULT_TITLES[office]


def _government(body: str) -> list[dict]:
    terms = []
    for line in body.splitlines():
        s = line.strip()
        if not s or s.startswith("#") or "#" not in s:
            continue
        left, comment = s.split("#", 1)
        titles = [t.strip() for t in comment.split("&")]
        names = _split_names(left.split("[", 1)[0])
        if not names:
            continue
        brackets = [(m.group("code") or "", m.group("body")) for m in DATE_RE.finditer(left)]
        if not brackets:
            continue
        codes = list(dict.fromkeys(c for c, _ in brackets))
        for i, (code, body_) in enumerate(brackets):
            if len(titles) == 1:
                title = titles[0]
            elif len(codes) == len(titles):
                title = titles[codes.index(code)]
            elif len(brackets) == len(titles):
                title = titles[i]
            else:
                continue  # ambiguous: leave for the human
            if EXCLUDE_TITLE_RE.search(title):
                continue
            if FOREIGN_RE.match(title):
                office = "foreign_minister"
            elif DEFENCE_RE.match(title):
                office = "defence_minister"
            else:
                continue
            start, end = parse_range(body_)
            terms.append(
                dict(
                    name=names[0],
                    alts=names[1:],
                    office=office,
                    title=DEFAULT_TITLES[office],
                    start=start,
                    end=end,
                    source="CountryInfo <Government>: " + title,
                )
            )
    return terms


# --------------------------------------------------------------------------- Phoenix
TITLE_WORDS = re.compile(
    r"\b(MINISTER|PRESIDENT|PREMIER|AMBASSADOR|CHANCELLOR|SECRETARY|GENERAL|KING|PRINCE|"
    r"LEADER|CHAIRMAN|MR|MRS|DR|SHEIKH|FORMER|ACTING|SPOKESMAN|GOVERNMENT|STATE|REGIME)\b"
)


def read_phoenix_aliases(path: Path) -> dict[str, set[str]]:
    """{normalised primary name: {alias spelling, ...}} for person entries."""
    aliases: dict[str, set[str]] = defaultdict(set)
    current = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line:
            continue
        if line[0] not in " \t+[":
            current = pretty_name(line.split()[0])
            continue
        if line.startswith("+") and current:
            syn = line[1:].strip().split()[0] if line[1:].strip() else ""
            words = [w for w in syn.strip("_").split("_") if w]
            if len(words) < 2 or TITLE_WORDS.search(" ".join(words)):
                continue
            if any(len(w.rstrip(".")) == 1 for w in words):  # initials: "SERGEY_V._LAVROV"
                continue
            aliases[norm(current)].add(pretty_name(syn))
    return aliases


# --------------------------------------------------------------------------- draft
def build_draft() -> list[dict]:
    info = read_countryinfo(COUNTRYINFO)
    phx = read_phoenix_aliases(PHOENIX) if PHOENIX.exists() else {}
    rows = []
    for iso in COVERED:
        for t in info.get(iso, []):
            if t["end"] is not None and t["end"] < PERIOD_START:
                continue
            if t["start"] is None and t["end"] is None:
                continue
            alts = list(t["alts"])
            for a in sorted(phx.get(norm(t["name"]), ())):
                if norm(a) != norm(t["name"]) and a not in alts:
                    alts.append(a)
            rows.append(
                dict(
                    name=t["name"],
                    aliases="|".join(alts),
                    country=iso,
                    org="",
                    office=t["office"],
                    sector=SECTOR_OF[t["office"]],
                    title=t["title"],
                    start=t["start"].isoformat() if t["start"] else "",
                    end=t["end"].isoformat() if t["end"] else "",
                    source=t["source"],
                )
            )
    rows.sort(key=lambda r: (r["country"], CORE_OFFICES.index(r["office"]), r["start"] or "0"))
    return rows


def write_draft(rows: list[dict], out) -> None:
    out.write("# DRAFT extracted by tools/build_office_holders.py - not hand-checked\n")
    out.write("# from CountryInfo.120116.txt (CC BY-SA 3.0) and Phoenix.Countries.actors.txt (MIT)\n")
    out.write("\t".join(COLUMNS + ["source"]) + "\n")
    for r in rows:
        out.write("\t".join(r[c] for c in COLUMNS + ["source"]) + "\n")


# --------------------------------------------------------------------------- table
def read_table(path: Path) -> list[dict]:
    rows = []
    header_seen = False
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            cells = line.split("\t")
            if not header_seen:
                header_seen = True
                if cells == COLUMNS:
                    continue
            row = dict(zip(COLUMNS, cells))
            row["_line"] = lineno
            row["_ncells"] = len(cells)
            rows.append(row)
    return rows


def iso(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def validate(path: Path, today: dt.date, max_gap: int) -> int:
    rows = read_table(path)
    problems = 0

    def bad(row, msg):
        nonlocal problems
        problems += 1
        print(f"line {row.get('_line')}: {msg}")

    for r in rows:
        if r["_ncells"] != len(COLUMNS):
            bad(r, f"{r['_ncells']} columns")
            continue
        if not r["name"]:
            bad(r, "empty name")
        if r["office"] not in OFFICES:
            bad(r, f"office {r['office']!r}")
        if r["sector"] not in SECTORS:
            bad(r, f"sector {r['sector']!r}")
        if bool(r["country"]) == bool(r["org"]):
            bad(r, "exactly one of country/org must be set")
        if r["country"] and not re.fullmatch(r"[A-Z]{3}", r["country"]):
            bad(r, f"country {r['country']!r}")
        if r["org"] and r["sector"] != "IGO":
            bad(r, "org official should be IGO")
        if r["country"] and r["office"] in SECTOR_OF and r["sector"] != SECTOR_OF[r["office"]]:
            bad(r, f"sector {r['sector']} for {r['office']}")
        s, e = iso(r["start"]), iso(r["end"])
        if s is None:
            bad(r, f"start {r['start']!r}")
        if r["end"] and e is None:
            bad(r, f"end {r['end']!r}")
        if s and e and s > e:
            bad(r, "start after end")
        if s and s > today:
            bad(r, "start in the future")
        for a in filter(None, r["aliases"].split("|")):
            if len(a.split()) < 2:
                bad(r, f"single-word alias {a!r}")
            if a == r["name"]:
                bad(r, f"alias equals name {a!r}")

    by_seat = defaultdict(list)
    for r in rows:
        if r["_ncells"] == len(COLUMNS) and iso(r["start"]):
            # "other" holds several distinct offices; tell them apart by title
            office = r["office"] if r["office"] != "other" else "other:" + r["title"]
            key = (r["country"] or r["org"], office)
            by_seat[key].append(r)

    print("\n== overlaps (same country/org + office) ==")
    n_overlap = n_documented = 0
    for key, seat in sorted(by_seat.items()):
        seat.sort(key=lambda r: r["start"])
        for i, a in enumerate(seat):
            a_end = iso(a["end"]) or today
            for b in seat[i + 1 :]:
                if iso(b["start"]) < a_end:
                    documented = {a["name"], b["name"]} <= DOCUMENTED_OVERLAPS.get(key, set())
                    n_documented += documented
                    n_overlap += not documented
                    print(
                        f"  {key[0]} {key[1]}: {a['name']} {a['start']}..{a['end'] or 'now'}"
                        f" / {b['name']} {b['start']}..{b['end'] or 'now'}"
                        + ("  (documented)" if documented else "  UNDOCUMENTED")
                    )
    print(f"  {n_overlap} undocumented, {n_documented} documented overlapping pairs")
    problems += n_overlap

    print(f"\n== gaps > {max_gap} days, 2000-01-01..{today} ==")
    n_gap = 0
    for c in COVERED:
        for office in CORE_OFFICES:
            seat = by_seat.get((c, office), [])
            if not seat:
                n_gap += 1
                print(f"  {c} {office}: NO ROWS")
                continue
            cursor = PERIOD_START
            for r in sorted(seat, key=lambda r: r["start"]):
                s = iso(r["start"])
                if (s - cursor).days > max_gap:
                    n_gap += 1
                    print(f"  {c} {office}: {cursor} .. {s} ({(s - cursor).days} days)")
                cursor = max(cursor, iso(r["end"]) or today)
            if (today - cursor).days > max_gap:
                n_gap += 1
                print(f"  {c} {office}: {cursor} .. {today} ({(today - cursor).days} days)")
    print(f"  {n_gap} gaps")

    counts = defaultdict(int)
    for r in rows:
        counts[r["office"]] += 1
    print("\n== rows per office ==")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    print(f"  total: {len(rows)}")
    print(f"\n{problems} row problems")
    return 1 if problems else 0


def check(path: Path, tolerance: int) -> int:
    table = read_table(path)
    by_seat = defaultdict(list)
    for r in table:
        names = {norm(r["name"])} | {norm(a) for a in r["aliases"].split("|") if a}
        by_seat[(r["country"], r["office"])].append((names, r))
    issues = 0
    for d in build_draft():
        s, e = iso(d["start"]), iso(d["end"])
        if e is not None and e < PERIOD_START:
            continue
        dnames = {norm(d["name"])} | {norm(a) for a in d["aliases"].split("|") if a}
        cands = [r for names, r in by_seat[(d["country"], d["office"])] if names_match(dnames, names)]
        what = f"{d['country']} {d['office']} {d['name']} {d['start'] or '<'}..{d['end'] or '>'}"
        if not cands:
            issues += 1
            print(f"MISSING  {what}  [{d['source']}]")
            continue
        # compare dates where the reference states them precisely
        best = min(cands, key=lambda r: abs(((iso(r["start"]) or PERIOD_START) - (s or PERIOD_START)).days))
        notes = []
        if s and s >= PERIOD_START and abs((iso(best["start"]) - s).days) > tolerance:
            notes.append(f"start {best['start']} vs ref {d['start']}")
        if (
            e
            and best["end"]
            and abs((iso(best["end"]) - e).days) > tolerance
            and d["source"].startswith("CountryInfo <Leaders>")
        ):
            notes.append(f"end {best['end']} vs ref {d['end']}")
        if notes:
            issues += 1
            print(f"DATES    {what}: " + "; ".join(notes))
    print(f"{issues} disagreements (reference government dates are month-granular; judge by hand)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("draft", help="write the reference-derived draft")
    p.add_argument("--out", type=Path)
    p = sub.add_parser("check", help="compare the table with the draft")
    p.add_argument("--table", type=Path, default=TABLE)
    p.add_argument("--tolerance", type=int, default=45, help="days")
    p = sub.add_parser("validate", help="structural checks of the table")
    p.add_argument("--table", type=Path, default=TABLE)
    p.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    p.add_argument("--max-gap", type=int, default=120)
    args = ap.parse_args(argv)

    if args.cmd == "draft":
        rows = build_draft()
        if args.out:
            with args.out.open("w", encoding="utf-8") as fh:
                write_draft(rows, fh)
        else:
            write_draft(rows, sys.stdout)
        print(f"{len(rows)} draft rows", file=sys.stderr)
        return 0
    if args.cmd == "check":
        return check(args.table, args.tolerance)
    return validate(args.table, args.today, args.max_gap)


if __name__ == "__main__":
    sys.exit(main())
