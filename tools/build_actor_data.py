#!/usr/bin/env python3
"""Derive accord's actor data files from the reference dictionaries.

Writes, under ``src/accord/actors/data/``:

* ``countries.tsv``  iso3, name, names, adjectives, capitals, cities
  (from CountryInfo.120116.txt, CC BY-SA 3.0, with the corrections below)
* ``agents.tsv``     phrase, sector, person (from Phoenix.agents.txt, MIT),
  followed by the hand-written additions in ``agents_manual.tsv``
* ``institutions.tsv`` national bodies with fixed codes (undated entries of
  Phoenix.Countries.actors.txt whose code has a sector, MIT)
* ``international.tsv`` IGOs and NGOs (Phoenix.International.actors.txt, MIT)
* ``groups.tsv``     armed non-state groups (Phoenix.MilNonState.actors.txt, MIT)
* ``persons.tsv``    people with dated codes (Phoenix.Countries.actors.txt, MIT), in the
  office-holder table's columns; ``office_holders.tsv`` (hand-checked) wins for anyone it lists

Hand-curated files are NOT written here and are the place for facts the
references lack or get wrong (they stop around 2012-2016):
``organizations.tsv`` (IGOs/alliances we code by acronym), ``memberships.tsv``
(dated membership), ``places.tsv`` (capitals and seats of power with dates),
``agents_manual.tsv`` and ``office_holders.tsv``.

Usage::

    python tools/build_actor_data.py [--reference /work/shared/data/reference]
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "accord" / "actors" / "data"
MIT = "MIT License, Copyright (c) 2014 Open Event Data Alliance (openeventdata/petrarch2)"
CCBYSA = "CC BY-SA 3.0 (openeventdata/CountryInfo); this derived file is shared under the same license"

# CountryInfo codes that are not (or no longer) the ISO 3166 alpha-3 code
ISO_FIX = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
# display names where CountryInfo's upper-case name is not the usual short name
NAME_FIX = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "RUS": "Russia",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "TZA": "Tanzania",
    "ZAF": "South Africa",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CIV": "Ivory Coast",
    "TLS": "Timor-Leste",
    "SRB": "Serbia",
    "BRN": "Brunei",
    "MDG": "Madagascar",
    "IRN": "Iran",
    "SYR": "Syria",
    "LAO": "Laos",
    "VNM": "Vietnam",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
    "CZE": "Czech Republic",
    "PSE": "Palestine",
    "MDA": "Moldova",
    "BIH": "Bosnia and Herzegovina",
    "XKX": "Kosovo",
}
# capitals the reference files under a predecessor union's successor (CountryInfo gives Belgrade, the
# capital of Serbia and Montenegro, to Montenegro): moved to the state whose capital they are today
CAPITAL_MOVE = {"Belgrade": "SRB", "Beograd": "SRB"}
# names/adjectives to add (short forms and modern names the reference lacks)
EXTRA = {
    "USA": ["US", "U.S.", "U.S.A.", "USA", "America", "United States", "the United States", "American", "Americans"],
    "GBR": [
        "Britain",
        "Great Britain",
        "UK",
        "U.K.",
        "British",
        "Briton",
        "Britons",
        "Northern Ireland",
        "England",
        "Scotland",
        "Wales",
    ],
    "RUS": ["Russia", "Russian Federation", "Russian", "Russians"],
    "KAZ": ["Kazakhstan", "Kazakh", "Kazakhstani", "Kazakhs", "Kazakhstanis", "Qazaqstan"],
    "KGZ": ["Kyrgyzstan", "Kyrgyz", "Kyrgyz Republic", "Kirghizia", "Kyrgyzstani"],
    "TJK": ["Tajikistan", "Tajik", "Tajiks", "Tajikistani"],
    "UZB": ["Uzbekistan", "Uzbek", "Uzbeks", "Uzbekistani"],
    "TKM": ["Turkmenistan", "Turkmen"],
    "AZE": ["Azerbaijan", "Azerbaijani", "Azeri", "Azerbaijanis"],
    "ARM": ["Armenia", "Armenian", "Armenians"],
    "GEO": ["Georgia", "Georgian", "Georgians"],
    "BLR": ["Belarus", "Belarusian", "Belarusians", "Belorussian"],
    "UKR": ["Ukraine", "Ukrainian", "Ukrainians"],
    "CHN": ["China", "Chinese", "PRC", "People's Republic of China"],
    "IRN": ["Iran", "Iranian", "Iranians", "Islamic Republic of Iran"],
    "AFG": ["Afghanistan", "Afghan", "Afghans"],
    "USR": ["Soviet Union", "USSR", "U.S.S.R.", "Soviet"],
    "KHM": ["Cambodia", "Cambodian", "Kampuchea", "Kampuchean"],
    "ARE": ["United Arab Emirates", "UAE", "Emirati", "the Emirates"],
    "MNG": ["Mongolia", "Mongolian"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Turkish", "Turks"],
    "MKD": ["North Macedonia", "Macedonia", "Macedonian"],
    "SWZ": ["Eswatini", "Swaziland"],
    "CZE": ["Czechia", "Czech Republic", "Czech"],
    "KOR": ["South Korea", "South Korean", "Republic of Korea"],
    "PRK": ["North Korea", "North Korean", "DPRK", "Democratic People's Republic of Korea"],
    "PSE": ["Palestine", "Palestinian", "Palestinians"],
    "ISR": ["Israel", "Israeli", "Israelis"],
    "DEU": ["Germany", "German", "Germans", "West Germany", "West German", "Federal Republic of Germany"],
    "JOR": ["Jordan", "Jordanian", "Jordanians"],
    "DZA": ["Algeria", "Algerian", "Algerians"],
    "FRA": ["France", "French"],
    "IND": ["India", "Indian", "Indians"],
    "PAK": ["Pakistan", "Pakistani", "Pakistanis"],
    "MDA": ["Moldova", "Moldovan"],
    "XKX": ["Kosovo", "Kosovar"],
    "SRB": ["Serbia", "Serbian", "Serb", "Serbs"],
    "MNE": ["Montenegro", "Montenegrin"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Ivorian"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congolese"],
    "MMR": ["Myanmar", "Burma", "Burmese"],
    "VNM": ["Vietnam", "Viet Nam", "Vietnamese"],
    "NLD": ["Netherlands", "the Netherlands", "Holland", "Dutch"],
    "SAU": ["Saudi Arabia", "Saudi", "Saudis"],
    "JPN": ["Japan", "Japanese"],
    "SYR": ["Syria", "Syrian", "Syrians"],
    "TLS": ["East Timor", "Timor-Leste", "Timorese", "East Timorese"],
}
# reference entries that are common words, other places or jokes, and would code wrong
DROP = {
    "the graveyard of empires",
    "chaparhar",
    "jersey",
    "georgia state",
    "moonland",
    "us",
    "america",
    "washington",
    "west",
    "east",
    "south",
    "north",
    "central",
    "republic",
    "democratic",
    "kingdom",
    "union",
    "new",
    "the",
    "of",
    "and",
    "saint",
    "island",
    "islands",
    "man",
    # people filed as aliases of an institution: a spokesman is a person, not the Pentagon
    "john kirby",
}
# single names that are also common words/person names: kept but only when capitalised (matcher rule)
ADJ_SUFFIX = re.compile(r"(an|ian|ese|ish|ic|i|ch|er|ot|ene|ois|ais|ean|ite|ine|ek|ik|al)$")


def clean_name(s: str) -> str:
    s = s.strip().rstrip("_").replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    return s


def title(s: str) -> str:
    words = []
    for w in s.split(" "):
        if w.lower() in {"and", "of", "the", "de", "du", "la", "d'ivoire"} and words:
            words.append(w.lower())
        elif "-" in w:
            words.append("-".join(p.capitalize() for p in w.split("-")))
        else:
            words.append(w.capitalize())
    return " ".join(words)


def parse_countryinfo(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8", errors="replace")
    text = text.split("-->", 1)[1] if "-->" in text else text
    out = []
    for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):

        def field(tag, block=block):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", block, flags=re.S)
            return m.group(1) if m else ""

        def items(tag):
            vals = []
            for line in field(tag).splitlines():
                line = line.split("#", 1)[0].strip()
                if not line or line.startswith("<"):
                    continue
                line = re.sub(r"\[.*?\]", "", line).strip()
                if line:
                    vals.append(clean_name(line))
            return vals

        # <CountryCode> is the reliable field: <ISO3166-alpha3> has typos (JON for Japan, PNG for Guinea)
        iso = re.sub(r"\[.*?\]", "", field("CountryCode")).strip()
        if not re.fullmatch(r"[A-Z]{3}", iso or ""):
            alt = field("ISO3166-alpha3").strip()
            iso = alt if re.fullmatch(r"[A-Z]{3}", alt or "") else ""
        iso = ISO_FIX.get(iso, iso)
        if not iso:
            continue
        name = clean_name(field("CountryName"))
        out.append(
            {
                "iso3": iso,
                "name": NAME_FIX.get(iso) or title(name.lower()),
                "nationality": items("Nationality"),
                "capitals": [title(c.lower()) for c in items("Capital")],
                "cities": [title(c.lower()) for c in items("MajorCities")]
                + [title(c.lower()) for c in items("Regions")],
                "refname": name,
            }
        )
    return out


def build_countries(ref: Path) -> list[str]:
    rows = {}
    for c in parse_countryinfo(ref / "CountryInfo.120116.txt"):
        r = rows.setdefault(c["iso3"], {"name": c["name"], "names": [], "adjs": [], "caps": [], "cities": []})
        cands = [title(c["refname"].lower())] + [title(n.lower()) for n in c["nationality"]]
        for n in cands:
            if n.lower() in DROP or len(n) < 3 or not re.fullmatch(r"[A-Za-z .'\-]+", n):
                continue
            if n.lower() == c["refname"].lower() or not ADJ_SUFFIX.search(n.lower()):
                r["names"].append(n)
            else:
                r["adjs"].append(n)
        r["caps"] += c["capitals"]
        r["cities"] += [x for x in c["cities"] if x not in c["capitals"]]
    for iso, extra in EXTRA.items():
        r = rows.setdefault(
            iso, {"name": NAME_FIX.get(iso, extra[0]), "names": [], "adjs": [], "caps": [], "cities": []}
        )
        for n in extra:
            (
                r["adjs"]
                if (ADJ_SUFFIX.search(n.lower()) and n not in ("Georgia",)) or n.endswith("s") and n[:-1] in extra
                else r["names"]
            ).append(n)
    for cap, iso in CAPITAL_MOVE.items():
        for r in rows.values():
            if cap in r["caps"]:
                r["caps"].remove(cap)
        rows[iso]["caps"].append(cap)
    # a name claimed by EXTRA belongs to that state only; other names found under several states are
    # ambiguous (CountryInfo lists "Serbian" under Montenegro too) and are dropped
    claimed = {n.lower(): iso for iso, extra in EXTRA.items() for n in extra}
    owners: dict = {}
    for iso, r in rows.items():
        for n in r["names"] + r["adjs"]:
            owners.setdefault(n.lower(), set()).add(iso)
    for iso, r in rows.items():

        def keep(n, iso=iso, r=r):
            lo = n.lower()
            if lo in claimed:
                return claimed[lo] == iso
            return len(owners.get(lo, ())) == 1 or lo == r["name"].lower()

        r["names"] = [n for n in r["names"] if keep(n)]
        r["adjs"] = [n for n in r["adjs"] if keep(n)]
    lines = [
        "# accord country names, short names, adjectives/demonyms, capitals and major cities",
        f"# source: CountryInfo.120116.txt ({CCBYSA}),",
        "#   with corrections and modern/short forms added by tools/build_actor_data.py (EXTRA, NAME_FIX, ISO_FIX)",
        f"# generated: {date.today().isoformat()} by tools/build_actor_data.py; dated capitals are in places.tsv",
        "# columns: iso3  name  names  adjectives  capitals  cities   (lists are |-separated)",
    ]
    for iso in sorted(rows):
        r = rows[iso]

        def uniq(xs):
            seen, out = set(), []
            for x in xs:
                if x.lower() not in seen:
                    seen.add(x.lower())
                    out.append(x)
            return out

        names = uniq([r["name"]] + r["names"])
        adjs = [a for a in uniq(r["adjs"]) if a.lower() not in {n.lower() for n in names}]
        lines.append(
            "\t".join(
                [
                    iso,
                    r["name"],
                    "|".join(names),
                    "|".join(adjs),
                    "|".join(uniq(r["caps"])),
                    "|".join(uniq(r["cities"])),
                ]
            )
        )
    return lines


def parse_tabari(path: Path):
    """Yield (names, codes, comment) blocks of a TABARI actor dictionary.
    codes are (code, daterange-or-None)."""
    block_names, block_codes = [], []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not raw[0].isspace() and not line.startswith("+"):
            if block_names:
                yield block_names, block_codes
            block_names, block_codes = [], []
            name = re.sub(r"\[.*?\]", "", line).strip()
            block_names.append(clean_name(name))
            block_codes += re.findall(r"\[([A-Z~]+)\s*([^\]]*)\]", line)
        elif line.startswith("+"):
            name = re.sub(r"\[.*?\]", "", line[1:]).strip()
            if name:
                block_names.append(clean_name(name))
            block_codes += re.findall(r"\[([A-Z~]+)\s*([^\]]*)\]", line)
        else:
            block_codes += re.findall(r"\[([A-Z~]+)\s*([^\]]*)\]", line)
    if block_names:
        yield block_names, block_codes


SECTORS = {
    "GOV",
    "MIL",
    "LEG",
    "JUD",
    "COP",
    "SPY",
    "OPP",
    "REB",
    "INS",
    "NGO",
    "EDU",
    "MED",
    "BUS",
    "ELI",
    "CVL",
    "REF",
    "LAB",
    "HLH",
    "UAF",
    "AGR",
    "CRM",
    "DEV",
    "ENV",
    "HRI",
    "MOD",
    "RAD",
    "SET",
    "IGO",
    "PTY",
    "JRN",
    "MOS",
    "REL",
    "CHR",
    "SOC",
}


KEEP_SUB = {"MIL", "COP", "SPY", "JUD", "LEG"}


def build_agents(ref: Path) -> list[str]:
    text = (ref / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    subs = {}
    rows = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.*)$", line)
        if m:
            subs[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        phrase, code = m.group(1).strip(), m.group(2)
        parts = [code[i : i + 3] for i in range(0, len(code), 3)]
        # a minister of agriculture is government (GOV); keep the last code only for
        # the security/justice branches and for codes that are not GOV-prefixed
        if parts[0] == "GOV" and len(parts) > 1:
            sector = parts[-1] if parts[-1] in KEEP_SUB else "GOV"
        else:
            sector = parts[-1]
        forms = []
        m2 = re.match(r"^(.*?)\s*\{(.*)\}\s*$", phrase)
        if m2:
            forms.append(m2.group(1).strip())
            if m2.group(2).strip():
                forms.append(m2.group(2).strip())
        else:
            forms.append(phrase)
        forms = [
            f2
            for f in forms
            for f2 in (
                [f.replace("MINIST", x) for x in ("MINISTER", "MINISTRY")] if re.search(r"MINIST(\s|$|_)", f) else [f]
            )
        ]
        for key, vals in subs.items():
            if any(key in f for f in forms):
                forms = [f.replace(key, v) for f in forms for v in vals]
        for f in forms:
            f = clean_name(f).lower()
            if not f or "!" in f or len(f) < 3:
                continue
            rows.append((f, sector, code))
    seen = set()
    lines = [
        "# accord agent words -> CAMEO sector (derived)",
        f"# source: Phoenix.agents.txt ({MIT}); substitution sets expanded;",
        "#   a multi-code entry ([~GOVMIL]) keeps its last, most specific sector; cameo = the original code",
        f"# generated: {date.today().isoformat()} by tools/build_actor_data.py; hand additions/overrides live in agents_manual.tsv",
        "# columns: phrase  sector  cameo",
    ]
    for f, s, c in rows:
        if f in seen:
            continue
        seen.add(f)
        lines.append(f"{f}\t{s}\t{c}")
    return lines


def build_institutions(ref: Path, isos: set[str]) -> list[str]:
    lines = [
        "# national bodies with fixed codes (undated entries, code = country + sector)",
        f"# source: Phoenix.Countries.actors.txt ({MIT}); person entries (dated codes) are left out:",
        "#   office holders are in office_holders.tsv",
        f"# generated: {date.today().isoformat()} by tools/build_actor_data.py",
        "# columns: name  aliases  country  sector",
    ]
    for names, codes in parse_tabari(ref / "Phoenix.Countries.actors.txt"):
        if not codes or any(d.strip() for _, d in codes):
            continue
        code = codes[0][0]
        if len(code) < 6 or code[:3] not in isos:
            continue
        sector = code[-3:]
        if sector not in SECTORS or sector == "ELI":
            continue
        names = [n for n in names if len(n) > 3 and n.lower() not in DROP]
        if not names:
            continue
        lines.append("\t".join([title(names[0].lower()), "|".join(n for n in names[1:]), code[:3], sector]))
    return lines


# Phoenix IGO code (after "IGO") -> the acronym accord uses in `org`
IGO_MAP = {
    "UNO": "UN",
    "WSTNAT": "NATO",
    "EUREEC": "EU",
    "SEAASN": "ASEAN",
    "AFRAFU": "AU",
    "AFROAU": "AU",
    "OAS": "OAS",
    "MEAARL": "ARL",
    "EUR": "EU",
    "BUSIMF": "IMF",
    "BUSWTO": "WTO",
    "BUSOPC": "OPEC",
    "UNODEVWBK": "WB",
    "UNOIAE": "IAEA",
    "UNOHLHWHO": "WHO",
    "UNOREFHCR": "UNHCR",
    "UNOKID": "UNICEF",
    "UNOLABILO": "ILO",
    "UNOWFP": "WFP",
    "JUDICC": "ICC",
    "UNOJUDICJ": "ICJ",
    "CWN": "CWN",
    "MOSOIC": "OIC",
    "WAFWAS": "ECOWAS",
    "COPITP": "INTERPOL",
    "EURDEVEBR": "EBRD",
    "ASADEVADB": "ADB",
    "SASSAA": "SAARC",
    "EAFEAC": "EAC",
    "SAFDEVSAD": "SADC",
    "CAS": "CIS",
    "GCC": "GCC",
}


def build_international(ref: Path) -> list[str]:
    lines = [
        "# international organizations and NGOs (derived)",
        f"# source: Phoenix.International.actors.txt ({MIT}); person entries (dated) are left out;",
        "#   org = accord's acronym for the Phoenix code where one is mapped (IGO_MAP), else the Phoenix code",
        "#   after IGO; NGOs: country empty, sector NGO, cameo kept. Corporations (MNC) are left out.",
        f"# generated: {date.today().isoformat()} by tools/build_actor_data.py; organizations.tsv (hand) wins",
        "# columns: name  aliases  org  sector  cameo",
    ]
    for names, codes in parse_tabari(ref / "Phoenix.International.actors.txt"):
        if not codes or any(d.strip() for _, d in codes):
            continue
        code = codes[0][0].lstrip("~")
        names = [n for n in names if len(n) > 2 and n.lower() not in DROP]
        if not names:
            continue
        if code.startswith("IGO") and len(code) > 3:
            rest = code[3:]
            org = IGO_MAP.get(rest)
            sector = ""
            if org is None:
                for k in sorted(IGO_MAP, key=len, reverse=True):
                    if rest.startswith(k):
                        org = IGO_MAP[k]
                        tail = rest[len(k) :][:3]
                        sector = tail if tail in SECTORS and tail not in ("IGO", "DEV", "BUS") else ""
                        break
            org = org or rest
            lines.append("\t".join([title(names[0].lower()), "|".join(names[1:]), org, sector, code]))
        elif code.startswith("NGO"):
            lines.append("\t".join([title(names[0].lower()), "|".join(names[1:]), "", "NGO", code]))
    return lines


def build_groups(ref: Path, isos: set[str]) -> list[str]:
    lines = [
        "# armed non-state groups (derived)",
        f"# source: Phoenix.MilNonState.actors.txt ({MIT}; START TOPS names, Penn State 2013)",
        "#   country = the code's first three letters where that is an ISO3 state, else empty; sector REB",
        "#   where the code has it, INS for international militarized groups (IMG); cameo = original code",
        f"# generated: {date.today().isoformat()} by tools/build_actor_data.py",
        "# columns: name  aliases  country  sector  cameo",
    ]
    for names, codes in parse_tabari(ref / "Phoenix.MilNonState.actors.txt"):
        if not codes:
            continue
        code = codes[0][0]
        country = code[:3] if code[:3] in isos else ""
        sector = "REB" if "REB" in code else ("INS" if code.startswith("IMG") else "")
        names = [re.sub(r"\s*\(.*?\)\s*", " ", n).strip() for n in names]
        names = [n for n in names if len(n) > 3 and n.lower() not in DROP]
        if not names:
            continue
        lines.append("\t".join([title(names[0].lower()), "|".join(names[1:]), country, sector, code]))
    return lines


def _tabari_date(s: str):
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        s = ("19" if yy > 30 else "20") + s
    if len(s) != 8 or not s.isdigit():
        return None
    y, m, d = s[:4], s[4:6], s[6:]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def build_persons(ref: Path, isos: set[str]) -> list[str]:
    """People with dated codes in the TABARI country dictionary, one row each."""
    lines = [
        "# people with dated CAMEO codes (leaders, ministers) from the reference dictionary",
        f"# source: Phoenix.Countries.actors.txt ({MIT}), itself generated from CountryInfo.140130.txt",
        "#   (rulers.org, CIA World Leaders 2003-2011). STALE: it stops around 2014; office_holders.tsv",
        "#   (hand-checked) takes precedence for any person it lists. People whose only codes are ELI are",
        "#   left out. terms: CODE:start:end separated by ';' (dates ISO; '>date' in the reference =",
        "#   in office at its last update = empty end; an undated code is the code outside the terms)",
        f"# generated: {date.today().isoformat()} by tools/build_actor_data.py",
        "# columns: name  aliases  terms",
    ]
    for names, codes in parse_tabari(ref / "Phoenix.Countries.actors.txt"):
        dated = [(c, d) for c, d in codes if d.strip()]
        if not dated or not names:
            continue
        if all(c.lstrip("~")[3:6] in ("ELI", "") for c, _ in codes):
            continue
        canon = title(names[0].lower())
        if len(canon.split()) < 2 and not any(c.lstrip("~")[3:6] == "GOV" and d.strip() for c, d in codes):
            continue  # single names only for people who held government office (Suharto)
        aliases = []
        for n in names[1:]:
            n = re.sub(r"^(PRESIDENT|PRIME MINISTER|KING|QUEEN|SHEIKH|GENERAL|MINISTER) ", "", n)
            if 2 <= len(n.split()) <= 3 and n.lower() != canon.lower() and "PRESIDENT" not in n and "MINISTER" not in n:
                aliases.append(title(n.lower()))
        terms = []
        for code, rng in codes:
            code = code.lstrip("~")
            if code[:3] not in isos:
                continue
            rng = rng.replace(" ", "")
            start = end = None
            if rng.startswith(">"):
                start = _tabari_date(rng[1:])
            elif rng.startswith("<"):
                end = _tabari_date(rng[1:])
            elif "-" in rng:
                x, y = rng.split("-", 1)
                start, end = _tabari_date(x), _tabari_date(y)
            terms.append(f"{code}:{start or ''}:{end or ''}")
        if terms:
            lines.append("\t".join([canon, "|".join(sorted(set(aliases))), ";".join(terms)]))
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", default="/work/shared/data/reference")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    ref, out = Path(a.reference), Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    countries = build_countries(ref)
    isos = {row.split("\t", 1)[0] for row in countries if not row.startswith("#")}
    files = {
        "countries.tsv": countries,
        "agents.tsv": build_agents(ref),
        "institutions.tsv": build_institutions(ref, isos),
        "international.tsv": build_international(ref),
        "groups.tsv": build_groups(ref, isos),
        "persons.tsv": build_persons(ref, isos),
    }
    for fn, lines in files.items():
        (out / fn).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{fn}: {sum(1 for row in lines if not row.startswith('#'))} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
