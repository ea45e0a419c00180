"""Near-duplicate articles across the store (syndicated copies).

Every article stored by ``accord ingest`` gets a MinHash signature
(datasketch, 128 permutations) of the set of its word 3-grams (lower-cased
words), kept in the ``minhash`` table next to the article. A new article
whose estimated Jaccard similarity with an earlier article is at least the
``near_duplicate_threshold`` setting (0.8) is stored with
``articles.duplicate_of`` set to that article's id (the first-stored copy:
when the match is itself a copy, its original). Copies are kept, only
flagged; analyses leave out their events.

Candidates come from locality-sensitive hashing: the signature is cut into
*b* bands of *r* values (datasketch's optimal split for the threshold), and
two articles are candidates when one band is equal; each candidate is then
checked on its full stored signature. The band index lives in memory as one
sorted ``uint64`` array per band (8 bytes per article and band: about 70 MB
for a million articles) plus a small dict for the articles added in this
run; it is rebuilt from the stored signatures when an ingest starts, in
batches, so the database is the only state.

A syndicated copy with a new headline and a handful of edited words keeps
most of its 3-grams (similarity about 0.9); two reports of the same event by
different writers share names and stock phrases but few 3-grams (about
0.1), so they are never merged.
"""

from __future__ import annotations

import collections
import logging
import re
from collections.abc import Iterable

import numpy as np

log = logging.getLogger(__name__)

NUM_PERM = 128
SHINGLE = 3
SEED = 1
SCHEME = "affine32"
#: identifies how signatures were made; a store built another way is re-signed
PARAMS = f"datasketch/{SCHEME}/sha1_32/perm{NUM_PERM}/seed{SEED}/words{SHINGLE}"

_WORD = re.compile(r"\w+")
#: texts with fewer words than this get no signature (too short to tell a
#: copy from a coincidence: "Reuters", a one-line brief)
MIN_WORDS = 20
#: signatures of the latest articles kept in memory (about 700 bytes each;
#: enough for a pending batch, older candidates are read from the store)
RECENT = 1_000
#: new entries kept in the dict overlay before they are merged into the
#: arrays (a dict entry costs about 100 bytes a band, an array entry 16)
_MERGE_AT = 2_000


def shingles(text: str, k: int = SHINGLE) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < max(k, MIN_WORDS):
        return []
    return list({" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)})


_TEMPLATE = None


def _template():
    global _TEMPLATE
    if _TEMPLATE is None:
        from datasketch import MinHash

        _TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    return _TEMPLATE


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (``uint32[NUM_PERM]``) of a text, or ``None``
    for a text too short to compare."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    t = _template()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=t.permutations)
    m.update_batch(grams)
    return m.hashvalues.astype(np.uint32)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def bands_for(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(b, r): datasketch's split of the signature that balances false
    positives and false negatives around ``threshold``."""
    try:
        from datasketch.lsh import _optimal_param

        return _optimal_param(threshold, num_perm, 0.5, 0.5)
    except Exception:  # pragma: no cover - private helper moved
        r = max(1, round(num_perm * threshold / 10))
        return num_perm // r, r


class BandIndex:
    """LSH band keys of signatures -> row numbers (see the module text)."""

    def __init__(self, b: int, r: int):
        self.b, self.r = b, r
        rng = np.random.default_rng(20240516)
        # odd 64-bit multipliers: a band's key is sum(value * m) mod 2**64
        self._mult = rng.integers(0, 2**63, size=(b, r), dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._keys = [np.empty(0, dtype=np.uint64) for _ in range(b)]
        self._rows = [np.empty(0, dtype=np.int64) for _ in range(b)]
        self._overlay: list[dict] = [dict() for _ in range(b)]
        self._n_overlay = 0
        self.ids: list[str] = []

    def __len__(self) -> int:
        return len(self.ids)

    def keys(self, sigs: np.ndarray) -> np.ndarray:
        """(n, NUM_PERM) signatures -> (n, b) band keys."""
        sigs = np.asarray(sigs, dtype=np.uint64).reshape(-1, NUM_PERM)[:, : self.b * self.r]
        bands = sigs.reshape(len(sigs), self.b, self.r)
        with np.errstate(over="ignore"):
            return (bands * self._mult[None, :, :]).sum(axis=2, dtype=np.uint64)

    def add_many(self, ids: list[str], sigs: np.ndarray) -> None:
        """Bulk load (the rebuild): appended straight to the sorted arrays."""
        if not ids:
            return
        keys = self.keys(sigs)
        start = len(self.ids)
        self.ids.extend(ids)
        rows = np.arange(start, start + len(ids), dtype=np.int64)
        for j in range(self.b):
            k = np.concatenate([self._keys[j], keys[:, j]])
            r = np.concatenate([self._rows[j], rows])
            order = np.argsort(k, kind="stable")
            self._keys[j], self._rows[j] = k[order], r[order]

    def add(self, article_id: str, sig: np.ndarray) -> None:
        keys = self.keys(sig)[0]
        row = len(self.ids)
        self.ids.append(article_id)
        for j in range(self.b):
            self._overlay[j].setdefault(int(keys[j]), []).append(row)
        self._n_overlay += 1
        if self._n_overlay >= _MERGE_AT:
            self._merge()

    def _merge(self) -> None:
        for j in range(self.b):
            if not self._overlay[j]:
                continue
            ks, rs = [], []
            for k, rows in self._overlay[j].items():
                ks.extend([k] * len(rows))
                rs.extend(rows)
            ks_a, rs_a = np.array(ks, dtype=np.uint64), np.array(rs, dtype=np.int64)
            order = np.argsort(ks_a, kind="stable")
            ks_a, rs_a = ks_a[order], rs_a[order]
            # a linear merge into the sorted arrays; new rows go after equal
            # keys, so rows stay in insertion order within a key
            at = np.searchsorted(self._keys[j], ks_a, side="right")
            self._keys[j] = np.insert(self._keys[j], at, ks_a)
            self._rows[j] = np.insert(self._rows[j], at, rs_a)
            self._overlay[j] = {}
        self._n_overlay = 0

    def candidates(self, sig: np.ndarray) -> list[str]:
        """Ids sharing at least one band with ``sig``, in insertion order."""
        keys = self.keys(sig)[0]
        rows: set[int] = set()
        for j in range(self.b):
            k = keys[j]
            arr = self._keys[j]
            if len(arr):
                lo = np.searchsorted(arr, k, side="left")
                hi = np.searchsorted(arr, k, side="right")
                if hi > lo:
                    rows.update(int(x) for x in self._rows[j][lo:hi])
            rows.update(self._overlay[j].get(int(k), ()))
        return [self.ids[i] for i in sorted(rows)]


class NearDuplicates:
    """The near-duplicate finder of one store connection.

    >>> nd = NearDuplicates(con, threshold=0.8)
    >>> dup_of, blob = nd.check("article-2", text)   # before writing it
    >>> nd.add("article-2", blob, dup_of)
    >>> store.write_record(con, rec, duplicate_of=dup_of, minhash=blob)
    """

    def __init__(self, con, threshold: float = 0.8, batch: int = 20_000, recent: int = RECENT):
        if not 0.0 < threshold <= 1.0:
            from .errors import ConfigError

            raise ConfigError(f"near_duplicate_threshold must be in (0, 1], not {threshold}")
        self.con = con
        self.threshold = threshold
        # the latest signatures (with their duplicate_of), so articles not yet
        # written (a pending batch) are compared too, and recent ones fast
        self._recent: collections.OrderedDict[str, tuple] = collections.OrderedDict()
        self._recent_cap = max(1, recent)  # must exceed the articles pending a write
        self.index = BandIndex(*bands_for(threshold))
        self._load(batch)

    def _load(self, batch: int) -> None:
        from .store import minhash_params, set_minhash_params

        stored = minhash_params(self.con)
        if stored is not None and stored != PARAMS:
            log.warning(
                "stored near-duplicate signatures were made with %s, not %s: re-signing stored articles", stored, PARAMS
            )
            self.resign()
        set_minhash_params(self.con, PARAMS)
        # a plain scan streams in insertion order; an ORDER BY would sort the
        # whole table inside ingest's small memory limit
        cur = self.con.execute("SELECT article_id, signature FROM minhash")
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                break
            ids = [r[0] for r in rows]
            sigs = np.frombuffer(b"".join(r[1] for r in rows), dtype="<u4").reshape(len(rows), NUM_PERM)
            self.index.add_many(ids, sigs)
        log.info("near-duplicate index: %d stored signatures", len(self.index))

    def resign(self) -> None:
        """Recompute every stored signature (after a change of PARAMS)."""
        self.con.execute("DELETE FROM minhash")
        cur = self.con.execute("SELECT id, text FROM articles")  # insertion order, streamed
        rows_out = []
        while True:
            rows = cur.fetchmany(2000)
            if not rows:
                break
            for aid, text in rows:
                sig = signature(text or "")
                if sig is not None:
                    rows_out.append((aid, to_blob(sig)))
        if rows_out:
            self.con.executemany("INSERT INTO minhash VALUES (?, ?)", rows_out)

    def _stored(self, ids: Iterable[str]) -> dict[str, tuple[np.ndarray, str | None]]:
        out = {}
        rest = []
        for aid in ids:
            if aid in self._recent:
                out[aid] = self._recent[aid]
            else:
                rest.append(aid)
        if rest:
            out.update(self._from_db(rest))
        return out

    def _from_db(self, ids: list[str]) -> dict[str, tuple[np.ndarray, str | None]]:
        rows = self.con.execute(
            """SELECT m.article_id, m.signature, a.duplicate_of FROM minhash m
               JOIN articles a ON a.id = m.article_id
               WHERE m.article_id IN (SELECT unnest(?))""",
            [ids],
        ).fetchall()
        return {aid: (from_blob(blob), dup) for aid, blob, dup in rows}

    def check(self, article_id: str, text: str) -> tuple[str | None, bytes | None]:
        """``(duplicate_of, signature blob)`` for an article about to be
        stored: the id of the earlier article it copies, or None."""
        sig = signature(text)
        if sig is None:
            return None, None
        blob = to_blob(sig)
        cands = [c for c in self.index.candidates(sig) if c != article_id]
        if not cands:
            return None, blob
        best, best_sim = None, -1.0
        stored = self._stored(dict.fromkeys(cands))
        for cid in cands:  # insertion order: the earliest wins a tie
            if cid not in stored:
                continue  # deleted or replaced since it was indexed
            csig, cdup = stored[cid]
            sim = similarity(sig, csig)
            if sim >= self.threshold and sim > best_sim:
                root = cdup or cid
                if root != article_id:
                    best, best_sim = root, sim
        return best, blob

    def add(self, article_id: str, blob: bytes | None, duplicate_of: str | None = None) -> None:
        """Index an article about to be stored (or just stored) with this
        signature."""
        if blob is None:
            return
        sig = from_blob(blob)
        self.index.add(article_id, sig)
        self._recent[article_id] = (sig, duplicate_of)
        self._recent.move_to_end(article_id)
        while len(self._recent) > self._recent_cap:
            self._recent.popitem(last=False)
