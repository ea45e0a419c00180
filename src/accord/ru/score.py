"""Scores on the own Russian sample (``data/sample-ru/gold.json``).

- attributed quotes: a prediction counts when it has a speaker; it matches a
  gold quote when it overlaps the gold snippet's place in the text and the
  speaker is the same person (English name) or, for an institution, the same
  country or organization (the gold file's ``rules`` say it in full);
- events: predictions that are neither negated nor hypothetical against
  gold (type, actor, recipient) triples, as multisets per article; gold
  entries flagged ``hypothetical`` or ``negated`` are left out alike (as the
  English sample scorer does, issue #16); ``events_country`` scores the
  same triples with each code cut to its country (``RUSGOV`` -> ``RUS``;
  ``IGO`` codes stay whole), as the English sample scorer keys parties, so
  the two languages' figures compare and a sector disagreement (a defence
  minister GOV or MIL) does not count as a wrong party; ``core_recall`` in
  both is the share of the gold entries marked ``core`` (the article's news)
  that a prediction matches;
- translations: for each article with an English translation, the share of
  its Russian events whose (type, actor, recipient) the English pipeline
  (:func:`accord.extract`) also finds, and the other way round.

``accord eval-ru-sample data/sample-ru`` prints them; one JSON line last.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click

from ..errors import AccordError
from ..evaluate.event_errors import KINDS_FALSE, KINDS_MISSED, classify_article, ordered
from ..evaluate.sample_events import matches
from ..evaluate.sets import in_set


def _load(folder: Path) -> dict:
    try:
        return json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise AccordError(f"{folder}/gold.json: cannot read: {e}") from None


def _same_person(a: str, b: str) -> bool:
    """One name, or an office holder's name and its alias in office_holders
    ("Khawaja Muhammad Asif", "Khawaja Asif")."""
    if a.lower() == b.lower():
        return True
    from ..actors.knowledge import office_terms

    return bool({t.name for t in office_terms(a)} & {t.name for t in office_terms(b)})


def _speaker_ok(gold: dict, sp) -> bool:
    if gold.get("speaker"):
        return bool(sp.name) and _same_person(sp.name, gold["speaker"])
    want = gold.get("speaker_country")
    # a country or an organisation: "CSTO" as the speaker's org, "IGOCSTO" as its code
    return bool(want) and want in (sp.country, sp.org, getattr(sp, "code", None))


def _quote_counts(text: str, gold: list[dict], pred) -> tuple[int, int, int]:
    spans = []
    for g in gold:
        s = text.find(g["snippet"])
        spans.append((s, s + len(g["snippet"])))
    attributed = [q for q in pred if q.speaker is not None]
    hit_gold = sum(
        any(q.start < e and s < q.end and _speaker_ok(g, q.speaker) for q in attributed)
        for g, (s, e) in zip(gold, spans)
    )
    hit_pred = sum(
        any(q.start < e and s < q.end and _speaker_ok(g, q.speaker) for g, (s, e) in zip(gold, spans))
        for q in attributed
    )
    return hit_gold, hit_pred, len(attributed)


def triples(events) -> Counter:
    out: Counter = Counter()
    for e in events:
        d = e if isinstance(e, dict) else e.to_dict()
        if d.get("negated") or d.get("hypothetical"):
            continue
        a, r = d.get("actor") or {}, d.get("recipient") or {}
        out[(d["type"], a.get("code"), r.get("code"))] += 1
    return out


def gold_triples(events: list[dict]) -> Counter:
    """The scored gold triples: entries flagged hypothetical or negated are
    left out, as predictions with those flags are."""
    return Counter(
        (e["type"], e["actor"], e["recipient"]) for e in events if not (e.get("hypothetical") or e.get("negated"))
    )


def country(code: str | None) -> str | None:
    """A party code cut to its country; organisations (``IGO...``) stay whole."""
    if not code or code.startswith("IGO"):
        return code
    return code[:3]


def by_country(triples_: Counter) -> Counter:
    out: Counter = Counter()
    for (t, a, r), n in triples_.items():
        out[(t, country(a), country(r))] += n
    return out


def _kind_counts(kinds: dict, want: Counter, got: Counter, central: Counter) -> None:
    """Add one article's error kinds (accord.evaluate.event_errors) to
    ``kinds``: its missed gold triples, missed core triples and false ones,
    each triple compared once."""

    def item(t):
        return (frozenset([t[0]]), frozenset([t[1]]), frozenset([t[2]]), False)

    gold = [item(t) for t in want]
    preds = {(t, frozenset([a]), frozenset([r])) for t, a, r in got}
    false = [(t, frozenset([a]), frozenset([r])) for t, a, r in got - want]
    missed = [item(t) for t in want - got]
    miss, wrong = classify_article(missed, false, gold, preds, matches)
    kinds["missed"].update(miss)
    kinds["false"].update(wrong)
    kinds["missed_core"].update(classify_article([item(t) for t in central - got], false, gold, preds, matches)[0])


def _f(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score_sample(folder: str | Path, only_set: str | None = None) -> dict:
    """Quote and event figures on the Russian sample, per article and overall
    (only the articles of one ``set``, such as ``dev-7``, when given)."""
    from .extract import extract_text

    folder = Path(folder)
    gold = _load(folder)
    qg = qhit = qpred = qphit = 0
    eg = ep = ehit = chit = 0
    core = Counter()  # n: core gold; hit / country: found on full codes / by country
    articles = {}
    kinds = {"missed": Counter(), "missed_core": Counter(), "false": Counter()}
    for art in gold["articles"]:
        if only_set and not in_set(art, only_set):
            continue
        path = folder / art["file"]
        text = path.read_text(encoding="utf-8")
        _m, _c, quotes, events = extract_text(text, art["file"][:10])
        hg, hp, n = _quote_counts(text, art["quotes"], quotes)
        qg, qhit, qpred, qphit = qg + len(art["quotes"]), qhit + hg, qpred + n, qphit + hp
        want = gold_triples(art["events"])
        got = triples(events)
        hit = sum((want & got).values())
        chit += sum((by_country(want) & by_country(got)).values())
        eg, ep, ehit = eg + sum(want.values()), ep + sum(got.values()), ehit + hit
        central = gold_triples([e for e in art["events"] if e.get("core")])
        core_hit = sum((central & got).values())
        _kind_counts(kinds, want, got, central)
        core.update(
            n=sum(central.values()), hit=core_hit, country=sum((by_country(central) & by_country(got)).values())
        )
        articles[art["file"]] = {
            "quotes_found": f"{hg}/{len(art['quotes'])}",
            "events_found": f"{hit}/{sum(want.values())}",
            "core_found": f"{core_hit}/{sum(central.values())}",
            "events_extra": sorted(map(list, (got - want).elements()), key=str),
        }
    qr, qp = qhit / qg if qg else 0.0, qphit / qpred if qpred else 0.0
    er, ec = ehit / eg if eg else 0.0, ehit / ep if ep else 0.0
    cr, cp = chit / eg if eg else 0.0, chit / ep if ep else 0.0
    events = {"recall": round(er, 4), "precision": round(ec, 4), "f1": _f(ec, er), "gold": eg, "predicted": ep}
    events_country = {"recall": round(cr, 4), "precision": round(cp, 4), "f1": _f(cp, cr)}
    if core["n"]:
        events |= {"core_recall": round(core["hit"] / core["n"], 4), "n_core": core["n"]}
        events_country["core_recall"] = round(core["country"] / core["n"], 4)
    return {
        "quotes": {"recall": round(qr, 4), "precision": round(qp, 4), "gold": qg, "predicted": qpred},
        "events": events,
        "events_country": events_country,
        "error_kinds": {
            "missed": ordered(kinds["missed"], KINDS_MISSED),
            "missed_core": ordered(kinds["missed_core"], KINDS_MISSED),
            "false": ordered(kinds["false"], KINDS_FALSE),
        },
        "articles": articles,
    }


def agreement(folder: str | Path) -> dict:
    """For each translated pair: the events on (type, actor, recipient) that
    the Russian and the English pipelines share, over the Russian ones."""
    import accord

    from .extract import extract_text

    folder = Path(folder)
    gold = _load(folder)
    sub = folder / gold.get("translations", {}).get("folder", "en")
    pairs, shared, total = {}, 0, 0
    for name in gold.get("translations", {}).get("files", []):
        ru = triples(extract_text((folder / name).read_text(encoding="utf-8"), name[:10])[3])
        en_text = (sub / name).read_text(encoding="utf-8")
        rec = next(iter(accord.extract([{"id": name, "text": en_text, "published": name[:10]}])))
        en = triples(rec.events)
        both = sum((ru & en).values())
        shared, total = shared + both, total + sum(ru.values())
        pairs[name] = {
            "shared": both,
            "russian": sorted(map(list, ru.elements()), key=str),
            "english": sorted(map(list, en.elements()), key=str),
        }
    return {
        "agreement": round(shared / total, 4) if total else 0.0,
        "shared": shared,
        "russian_events": total,
        "pairs": pairs,
    }


@click.command(name="eval-ru-sample")
@click.argument("folder", type=click.Path(exists=True, file_okay=False), default="data/sample-ru")
@click.option("--no-translations", is_flag=True, help="Skip the English pipeline on the translated pairs.")
@click.option(
    "--set",
    "only_set",
    default=None,
    help="Score only the articles of this set (e.g. dev-7); !NAME: all but that set's.",
)
def ru_sample_cmd(folder, no_translations, only_set):
    """Score the Russian pipeline on the own Russian sample's gold; prints
    one JSON line of figures last.

    \b
    Example:
        accord eval-ru-sample data/sample-ru
        accord eval-ru-sample data/sample-ru --no-translations
        accord eval-ru-sample data/sample-ru --set dev-7 --no-translations
    """
    try:
        figures = score_sample(folder, only_set)
        if not no_translations:
            figures["translations"] = agreement(folder)
    except AccordError as e:
        raise click.ClickException(str(e)) from None
    for name, row in figures["articles"].items():
        found = f"events {row['events_found']} (core {row['core_found']})"
        click.echo(f"{name}\tquotes {row['quotes_found']}\t{found}\textra {row['events_extra']}")
    for name, row in figures.get("translations", {}).get("pairs", {}).items():
        click.echo(f"{name}\tshared {row['shared']}\tru {row['russian']}\ten {row['english']}")
    summary = {k: figures[k] for k in ("quotes", "events", "events_country", "error_kinds")}
    if "translations" in figures:
        summary["translation_agreement"] = figures["translations"]["agreement"]
    click.echo(json.dumps({"kind": "ru-sample", **summary}, ensure_ascii=False))


def register(group) -> None:
    """Add ``eval-ru-sample`` to the ``accord`` group."""
    group.add_command(ru_sample_cmd)
