"""Event deduplication: one *event cluster* per real-world happening, and wire-copy detection.

Pure Python, no NLP. Two parts:

* :class:`Clusterer` groups event mentions (from different documents, or the same one)
  that describe the same happening: the same PLOVER type (and negation), compatible
  actor and recipient countries (both known: they must share one), places within
  ``radius_km`` (haversine; one unknown, or one a whole country or region by its GeoNames
  feature code: compared by country if known),
  dates within ``window_days``, and similar sentences (token Jaccard at least
  ``min_similarity``, waived when place and actors agree). Mentions are fed in (date, id)
  order and each joins the best-matching open cluster or starts one, so the result is
  deterministic, and new mentions can be fed to a clusterer holding earlier clusters
  (incremental use).
* :class:`DuplicateFinder` finds near-duplicate documents (syndicated wire copies) by
  MinHash over word 5-shingles of their clean text, with LSH banding for candidates.

:func:`run` applies both to a store (``Store.find_duplicates`` and
``Store.cluster_events``) and returns a summary.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import zlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

__all__ = ["Mention", "Cluster", "Clusterer", "DuplicateFinder", "cluster_mentions",
           "haversine_km", "jaccard", "tokens", "run", "DEFAULTS"]

#: Default parameters of the event clustering.
# Chosen on the tune half of bench/dedup_corpus.py (pairwise F1, see bench/eval_dedup.py).
DEFAULTS = {"radius_km": 25.0, "window_days": 1, "min_similarity": 0.1}

#: GeoNames feature codes of areas (countries, first/second-order divisions, regions):
#: a mention placed at one is compared with others by country, not by distance.
_COARSE = ("PCL", "ADM1", "ADM2", "RGN", "CONT", "TERR", "ZN")

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset("""a an the and or but of in on at to for from by with as is are was were be been
has have had it its this that these those he she they them his her their said says say
according told on after before over into during while near than which who whom whose
""".split())


def tokens(text: Optional[str]) -> frozenset[str]:
    """Lower-cased content words of ``text`` (stop words and 1-letter tokens removed)."""
    if not text:
        return frozenset()
    return frozenset(w for w in (m.group(0).lower() for m in _WORD.finditer(text))
                     if len(w) > 1 and w not in _STOP)


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Mention:
    """One event as the clusterer sees it."""
    id: str
    document_id: str
    type: str
    date: Optional[dt.date] = None
    source: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None
    feature_code: Optional[str] = None
    actors: frozenset = frozenset()
    recipients: frozenset = frozenset()
    sentence: Optional[str] = None
    negated: bool = False
    confidence: float = 0.0
    words: frozenset = field(default=frozenset(), repr=False)

    def __post_init__(self):
        if isinstance(self.date, str):
            self.date = dt.date.fromisoformat(self.date[:10])
        self.actors = frozenset(c.upper() for c in self.actors if c)
        self.recipients = frozenset(c.upper() for c in self.recipients if c)
        if not self.words:
            self.words = tokens(self.sentence)

    @property
    def coarse(self) -> bool:
        """Whether the place is a whole country or region (its point says little)."""
        return bool(self.feature_code) and self.feature_code.upper().startswith(_COARSE)

    def sort_key(self) -> tuple:
        return (self.date or dt.date.max, self.id)


@dataclass
class Cluster:
    id: str
    type: str
    negated: bool
    members: list[Mention] = field(default_factory=list)
    similarity: dict[str, float] = field(default_factory=dict)
    last_seen: Optional[dt.date] = None

    def add(self, m: Mention, score: float) -> None:
        self.members.append(m)
        self.similarity[m.id] = round(score, 4)
        if m.date and (self.last_seen is None or m.date > self.last_seen):
            self.last_seen = m.date

    @property
    def representative(self) -> Mention:
        """The most confident mention (the earliest among equals)."""
        return min(self.members, key=lambda m: (-m.confidence, m.sort_key()))

    def summary(self) -> dict:
        """The cluster as an ``event_clusters`` row (a dict)."""
        dates = [m.date for m in self.members if m.date]
        located = [m for m in self.members if m.lat is not None and m.lon is not None]
        return {
            "id": self.id, "type": self.type, "representative_id": self.representative.id,
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None,
            "n_mentions": len(self.members),
            "n_documents": len({m.document_id for m in self.members}),
            "n_sources": len({m.source or f"document:{m.document_id}" for m in self.members}),
            "lat": round(sum(m.lat for m in located) / len(located), 5) if located else None,
            "lon": round(sum(m.lon for m in located) / len(located), 5) if located else None,
            "actor_countries": "; ".join(sorted(set().union(*(m.actors for m in self.members))))
            or None,
            "recipient_countries": "; ".join(
                sorted(set().union(*(m.recipients for m in self.members)))) or None,
        }


def _countries_ok(a: frozenset, b: frozenset) -> Optional[bool]:
    """True: both known and shared; False: both known, none shared; None: one unknown."""
    if not a or not b:
        return None
    return bool(a & b)


class Clusterer:
    """Greedy, order-deterministic clustering of mentions (see the module docstring)."""

    def __init__(self, radius_km: float = DEFAULTS["radius_km"],
                 window_days: int = DEFAULTS["window_days"],
                 min_similarity: float = DEFAULTS["min_similarity"]):
        self.radius_km = float(radius_km)
        self.window = dt.timedelta(days=int(window_days))
        self.min_similarity = float(min_similarity)
        self.clusters: list[Cluster] = []
        self._open: dict[tuple, list[Cluster]] = {}   # (type, negated) -> clusters by recency

    def score(self, m: Mention, other: Mention) -> Optional[float]:
        """How well ``m`` matches ``other`` (higher is better), or None when incompatible."""
        if m.date and other.date and abs(m.date - other.date) > self.window:
            return None
        actors, recipients = _countries_ok(m.actors, other.actors), \
            _countries_ok(m.recipients, other.recipients)
        if actors is False or recipients is False:
            return None
        near = None
        if (m.coarse or other.coarse) and m.country and other.country:
            # a country or region contains the city named elsewhere: same country is enough
            near = m.country.upper() == other.country.upper() or None
        elif None not in (m.lat, m.lon, other.lat, other.lon):
            near = haversine_km(m.lat, m.lon, other.lat, other.lon) <= self.radius_km
        elif m.country and other.country:
            near = m.country.upper() == other.country.upper()
        if near is False:
            return None
        sim = jaccard(m.words, other.words)
        strong = bool(near) and (actors or recipients)
        if sim < self.min_similarity and not strong:
            return None
        return sim + 0.5 * bool(near) + 0.25 * bool(actors) + 0.25 * bool(recipients)

    def _conflicts(self, cluster: Cluster, m: Mention) -> bool:
        """Whether ``m`` contradicts the cluster as a whole, not just one member: its actor
        (recipient) countries share none with all the members' together, or its place (a
        point, not a country or region) is far from all of their points. This
        stops chains of loosely matching mentions from joining different happenings."""
        for attr in ("actors", "recipients"):
            mine = getattr(m, attr)
            theirs = set().union(*(getattr(o, attr) for o in cluster.members))
            if mine and theirs and not mine & theirs:
                return True
        if m.coarse or m.lat is None or m.lon is None:
            return False
        points = [(o.lat, o.lon) for o in cluster.members
                  if not o.coarse and o.lat is not None and o.lon is not None]
        return bool(points) and all(haversine_km(m.lat, m.lon, la, lo) > self.radius_km
                                    for la, lo in points)

    def add(self, m: Mention) -> Cluster:
        """Put ``m`` in the best open cluster, or a new one; returns that cluster."""
        key = (m.type, bool(m.negated))
        candidates = self._open.setdefault(key, [])
        if m.date:   # close clusters the window has passed (mentions come in date order)
            candidates[:] = [c for c in candidates
                             if c.last_seen is None or m.date - c.last_seen <= self.window]
        best, best_score = None, None
        for cluster in candidates:
            if self._conflicts(cluster, m):
                continue
            scores = [s for s in (self.score(m, o) for o in cluster.members) if s is not None]
            if scores and (best_score is None or max(scores) > best_score):
                best, best_score = cluster, max(scores)
        if best is None:
            best = Cluster(id=f"c:{m.id}", type=m.type, negated=bool(m.negated))
            self.clusters.append(best)
            candidates.append(best)
            best_score = 1.0
        best.add(m, min(1.0, best_score))
        return best

    def add_all(self, mentions: Iterable[Mention]) -> list[Cluster]:
        for m in sorted(mentions, key=Mention.sort_key):
            self.add(m)
        return self.clusters


def cluster_mentions(mentions: Iterable[Mention], **params: Any) -> list[Cluster]:
    """Cluster ``mentions`` with :class:`Clusterer` parameters; clusters in creation order."""
    return Clusterer(**params).add_all(mentions)


# -- near-duplicate documents ----------------------------------------------------------------

_PRIME = (1 << 61) - 1


class DuplicateFinder:
    """MinHash (``num_perm`` hashes of word ``shingle``-grams) with LSH banding.

    Feed documents in (date, id) order with :meth:`add`; each that matches an earlier one
    with estimated Jaccard >= ``threshold`` is linked to that one's original.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 64, bands: int = 16,
                 shingle: int = 5):
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        self.threshold, self.num_perm, self.bands, self.shingle = threshold, num_perm, bands, shingle
        self.rows = num_perm // bands
        seeds = [zlib.crc32(f"dateline-minhash-{i}".encode()) for i in range(2 * num_perm)]
        self._perms = [(seeds[2 * i] | 1, seeds[2 * i + 1]) for i in range(num_perm)]
        self._buckets: dict[tuple, list[str]] = {}
        self._sigs: dict[str, tuple[int, ...]] = {}
        self._original: dict[str, str] = {}

    def signature(self, text: str) -> Optional[tuple[int, ...]]:
        words = [w.lower() for w in _WORD.findall(text or "")]
        if len(words) < self.shingle:
            return None
        shingles = {zlib.crc32(" ".join(words[i:i + self.shingle]).encode("utf-8", "replace"))
                    for i in range(len(words) - self.shingle + 1)}
        return tuple(min((a * x + b) % _PRIME for x in shingles) for a, b in self._perms)

    @staticmethod
    def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
        return sum(x == y for x, y in zip(a, b)) / len(a)

    def add(self, doc_id: str, text: str) -> Optional[tuple[str, float]]:
        """Index a document; returns ``(original_id, similarity)`` when it is a copy."""
        sig = self.signature(text)
        if sig is None:
            return None
        keys = [(b, sig[b * self.rows:(b + 1) * self.rows]) for b in range(self.bands)]
        seen: set[str] = set()
        best: Optional[tuple[str, float]] = None
        for key in keys:
            for other in self._buckets.get(key, ()):
                if other in seen:
                    continue
                seen.add(other)
                sim = self.similarity(sig, self._sigs[other])
                if sim >= self.threshold and (best is None or sim > best[1]):
                    best = (other, sim)
        for key in keys:
            self._buckets.setdefault(key, []).append(doc_id)
        self._sigs[doc_id] = sig
        if best is None:
            return None
        original = self._original.get(best[0], best[0])
        self._original[doc_id] = original
        return original, round(best[1], 4)

    def find(self, docs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, float]]:
        """``(document_id, duplicate_of, similarity)`` for each copy among ``(id, text)``."""
        for doc_id, text in docs:
            hit = self.add(doc_id, text)
            if hit:
                yield doc_id, hit[0], hit[1]


def run(store: Any, radius_km: float = DEFAULTS["radius_km"],
        window_days: int = DEFAULTS["window_days"],
        min_similarity: float = DEFAULTS["min_similarity"],
        duplicate_threshold: float = 0.8) -> dict:
    """Find wire copies and cluster every stored event; returns a summary dict.

    ``store`` is an open :class:`dateline.store.Store`. Both steps rebuild their tables in
    one transaction each, so a rerun (after more ingest) gives the same result as a run on
    the whole corpus.
    """
    duplicates = store.find_duplicates(threshold=duplicate_threshold)
    n = store.cluster_events(radius_km=radius_km, window_days=window_days,
                             min_similarity=min_similarity)
    mentions = int(store._scalar("SELECT count(*) FROM event_cluster_members"))
    multi = int(store._scalar("SELECT count(*) FROM event_clusters WHERE n_documents > 1"))
    return {"clusters": n, "mentions": mentions, "multi_document_clusters": multi,
            "duplicate_documents": duplicates, "radius_km": radius_km,
            "window_days": window_days, "min_similarity": min_similarity,
            "duplicate_threshold": duplicate_threshold}
