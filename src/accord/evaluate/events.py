"""``accord eval events``: score the events component on a gold set.

Datasets:

* ``plover`` - PLOVER_GSR_CAMEO.json (openeventdata/PLOVER gold standard
  records: CAMEO-manual sentences coded in PLOVER 0.5b1). Each record is one
  article; its predicted top event (highest confidence) is scored: PLOVER
  category accuracy (0.5b1 labels mapped: DEMAND->REQUEST,
  DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE), and actor /
  recipient accuracy on the country-or-organization part of the codes (a gold
  ``IGO`` matches any organization, including an international NGO, which the
  0.5b1 records also code IGO; legacy codes JAP, ITL, VTN read as JPN,
  ITA, VNM). A record with no predicted event counts as wrong; records without
  a gold source (target) code are left out of actor (recipient) accuracy.
  Where the gold record codes a compound source as SRC/TAR (both directions)
  and no target, the other sources are the gold recipients.
* ``conflibert-class`` - ConfliBERT's cameo_class_train.tsv
  (``sentence<TAB>label``: 0 statement, 1 verbal cooperation, 2 material
  cooperation, 3 verbal conflict, 4 material conflict; the label is the last
  tab-separated field; the classes of CAMEO root codes as the Phoenix event
  data count them: 01-02 statement, 16 verbal conflict). A sentence's
  prediction is the class of its most confident event's CAMEO code, or
  statement when it has none (``macro_f1_plover_quad``: the same with the
  PLOVER quad of the event's category, which counts an expulsion as
  material conflict and an appeal as verbal conflict). The events component's
  sentence classifier is trained on this file, so on it (on any file that
  shares a sentence with what the shipped model saw: its ``_trained_on``
  fingerprints, ``"rows_seen_by_model"``) the figures are
  **cross-validated**: the rows are split into the same k folds as
  ``accord.events.train`` and each fold is coded by a model trained on the
  other folds (``"cross_validated": true``). A file the model never saw (a
  held-out set) is coded by the shipped model, as ``accord extract`` would.
* ``conflibert-args`` - ConfliBERT's cameo_ner_train.txt: event actor and
  recipient spans against the source / target tags
  (:mod:`accord.evaluate.conflibert_args`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..errors import AccordError
from . import LEGACY_CODES, share
from .conflibert import K_FOLDS, f1_scores, fold_ids, macro_f1, read_conflibert, sentence_digest

LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
QUAD_LABELS = ("statement", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
DATASETS = ("plover", "conflibert-class", "conflibert-args")


def evaluate(
    dataset: str, path: str, nlp=None, limit: int | None = None, progress: Callable[[int, int], None] | None = None
) -> dict:
    if dataset not in DATASETS:
        raise AccordError(f"unknown events dataset {dataset!r}: choose one of {', '.join(DATASETS)}")
    p = Path(path)
    if not p.exists():
        raise AccordError(f"{path}: no such file (the {dataset} gold set)")
    if nlp is None:
        from ..nlp import load

        nlp = load()
    if dataset == "plover":
        return _plover(p, nlp, limit, progress)
    if dataset == "conflibert-args":
        from . import conflibert_args

        return conflibert_args.evaluate(str(p), nlp, limit, progress, docs_fn=_docs)
    return _conflibert(p, nlp, limit, progress)


# ------------------------------------------------------------------ helpers


def _docs(nlp, texts: list[str], published: str | None = None, ids=None):
    """Docs through the production path (pipeline.prepare + nlp.pipe)."""
    from ..config import settings
    from ..pipeline import prepare
    from ..readers import RawArticle

    cfg = settings()
    arts = []
    for i, t in enumerate(texts):
        try:
            arts.append(RawArticle(id=str(ids[i] if ids else i), text=t, published=published))
        except TypeError:
            arts.append(RawArticle(str(ids[i] if ids else i), t))
    docs = [prepare(nlp, a, published, cfg) for a in arts]
    return nlp.pipe(docs, batch_size=64)


def _code_part(code: str | None) -> str | None:
    if not code:
        return None
    c = code.strip().upper()[:3]
    return LEGACY_CODES.get(c, c) or None


def _actor_part(a) -> set:
    """What a predicted EventActor offers for matching: its country and, for an
    organization, 'IGO' and the organization's acronym."""
    if a is None:
        return set()
    out = set()
    if a.country:
        out.add(a.country)
    if a.org:
        out.add("IGO")
        out.add(a.org)
    if a.code and a.code.startswith("IGO"):
        out.add("IGO")
    code = a.code or ""
    if len(code) >= 3:
        # the first three letters of a CAMEO code are its country or organisation part
        out.add(LEGACY_CODES.get(code[:3], code[:3]))
    if a.sector == "NGO" or code.endswith("NGO") or code.startswith("NGO"):
        out.add("NGO")
        if not a.country:
            # an international non-governmental organization: PLOVER 0.5b1 gold codes them IGO
            out.add("IGO")
    return out


def _gold_list(v) -> list:
    if isinstance(v, list):
        return [x for x in v if isinstance(x, dict)]
    return []


# ------------------------------------------------------------------ PLOVER GSR


def _plover(path: Path, nlp, limit, progress) -> dict:
    from ..events.extract import top_event

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise AccordError(f"{path}: cannot read the PLOVER gold records: {e}") from e
    recs = [r for r in data if isinstance(r, dict) and r.get("text") and r.get("event") not in (None, "DOCUMENT")]
    if limit:
        recs = recs[:limit]
    n = len(recs)
    cat_ok = act_ok = act_n = rec_ok = rec_n = 0
    per_cat: dict = {}
    confusion: dict = {}
    for i, (r, doc) in enumerate(zip(recs, _docs(nlp, [r["text"] for r in recs], "2000-01-01"))):
        gold = LABEL_MAP.get(r["event"], r["event"])
        ev = top_event(doc._.events or [])
        pred = ev.type if ev else None
        st = per_cat.setdefault(gold, [0, 0])
        st[1] += 1
        if pred == gold:
            cat_ok += 1
            st[0] += 1
        else:
            confusion[f"{gold}->{pred}"] = confusion.get(f"{gold}->{pred}", 0) + 1
        src = {_code_part(a.get("code")) for a in _gold_list(r.get("source"))} - {None}
        tgt = {_code_part(a.get("code")) for a in _gold_list(r.get("target"))} - {None}
        ti = r.get("textInfo")
        markup = ti.get("markup", "") if isinstance(ti, dict) else str(ti or "")
        if not tgt and "SRC/TAR" in markup and len(src) > 1:
            tgt = set(src)
        if src:
            act_n += 1
            if ev is not None and _actor_part(ev.actor) & src:
                act_ok += 1
        if tgt:
            rec_n += 1
            if ev is not None and _actor_part(ev.recipient) & tgt:
                rec_ok += 1
        if progress:
            progress(i + 1, n)
    top_conf = sorted(confusion.items(), key=lambda kv: -kv[1])[:12]
    return {
        "dataset": "plover",
        "n": n,
        "category_accuracy": share(cat_ok, n),
        "actor_accuracy": share(act_ok, act_n),
        "recipient_accuracy": share(rec_ok, rec_n),
        "n_actor": act_n,
        "n_recipient": rec_n,
        "per_category": {k: round(v[0] / v[1], 3) for k, v in sorted(per_cat.items())},
        "confusions": dict(top_conf),
    }


# ------------------------------------------------------------------ ConfliBERT classes


def predicted_label(events, scheme: str = "cameo") -> str:
    """The sentence's class: of its most confident event, or statement. The
    labels are the quad classes of CAMEO root codes (the Phoenix scheme, see
    :func:`accord.events.classifier.quad_class`), so the event's CAMEO code
    is classed that way; ``scheme="plover"`` takes the PLOVER quad of its
    category instead (the figure before the scheme was matched, reported
    alongside)."""
    from ..events.classifier import quad_class
    from ..events.extract import top_event

    ev = top_event(events or [])
    if ev is None:
        return "statement"
    if scheme == "plover":
        return ev.quad
    return quad_class(ev.cameo) or ev.quad


def _conflibert(path: Path, nlp, limit, progress) -> dict:
    from ..events.train import cross_models  # training the fold models: the evaluation needs the trainer

    rows = read_conflibert(path)
    folds = fold_ids(len(rows))
    comp = nlp.get_pipe("accord_events") if "accord_events" in nlp.pipe_names else None
    models = None
    clf = getattr(comp, "classifier", None) if comp is not None else None
    seen = sum(1 for r in rows if sentence_digest(r[0]) in clf.trained_on) if clf is not None else 0
    if seen:
        # the shipped classifier saw these sentences: score each fold with a model trained on the others
        models = cross_models(rows, nlp)
    idx = list(range(len(rows)))
    if limit:
        idx = idx[:limit]
    n = len(idx)
    gold = [None] * len(rows)
    pred = [None] * len(rows)
    pred_plover = [None] * len(rows)
    done = 0
    original = comp.classifier if comp is not None else None
    try:
        for k in sorted(set(folds[i] for i in idx)):
            sel = [i for i in idx if folds[i] == k]
            if models is not None:
                comp.classifier = models[k]
            for i, doc in zip(sel, _docs(nlp, [rows[i][0] for i in sel])):
                gold[i] = QUAD_LABELS[rows[i][1]]
                pred[i] = predicted_label(doc._.events)
                pred_plover[i] = predicted_label(doc._.events, "plover")
                done += 1
                if progress:
                    progress(done, n)
    finally:
        if comp is not None:
            comp.classifier = original
    g = [gold[i] for i in idx]
    p = [pred[i] for i in idx]
    f1s = f1_scores(g, p, QUAD_LABELS, digits=4)
    present = [c for c in QUAD_LABELS if c in g]
    macro = macro_f1(f1s, present)
    acc = sum(1 for a, b in zip(g, p) if a == b) / n if n else 0.0
    plover_f1s = f1_scores(g, [pred_plover[i] for i in idx], QUAD_LABELS)
    out = {
        "dataset": "conflibert-class",
        "n": n,
        "macro_f1": round(macro, 4),
        "accuracy": round(acc, 4),
        "macro_f1_plover_quad": round(macro_f1(plover_f1s, present), 4),
        "cross_validated": models is not None,
        "rows_seen_by_model": seen,
        "folds": K_FOLDS,
    }
    for c in QUAD_LABELS:
        out[f"f1_{c}"] = f1s[c]
    return out
