"""De-duplication across sources, in layers. Pure: dicts in, dataclasses out.

A source record is linked to the event it duplicates (an "also listed at" listing), never put in its place.

1. identity: the same (source, external_id) is the same record (an update, not a duplicate);
2. shared identifiers: the same canonical URL or ticket URL, or the same iCalendar UID and occurrence, listed
   by different sources is the same event (similarity 1.0);
3. blocking and scoring: each record is compared only with records that share its place (city, grid cell or
   venue), its local day (±1) and one of its rarest title words; cheap vetoes go first, then each pair is
   scored field by field with rapidfuzz and the weighted sum routes it to auto-merge, review by a moderator,
   or distinct.

Clusters grow from the strongest links down, and a link that would put a hard negative (the early and the late
show, another day, a day pass and a single show, different numbers…) or two published events into one cluster
is refused, so a vague record cannot chain two events together.

The modules, in dependency order: ``config`` (reasons, thresholds, result types), ``text`` (titles, names and
URLs in comparison form), ``records`` (one record as comparisons see it), ``scoring`` (vetoes and pair
scores), ``identifiers`` (layers 1 and 2), ``blocking`` (layer 3 candidates), ``ambiguity`` (links no pair
alone can judge), ``clusters`` (union and
canonical choice), ``batch`` (``dedupe_batch``), ``merge`` (canonical field values), ``metrics`` (evaluation).
Everything public is re-exported here: import from ``events.pipeline.dedup``.
"""

from events.pipeline.dedup.batch import dedupe_batch
from events.pipeline.dedup.clusters import BAND_RANK, LAYER_RANK
from events.pipeline.dedup.config import (
    ADMISSION_VS_SHOW,
    BLOCKING_LEFTOVERS,
    CONFLICT,
    DEFAULT_CONFIG,
    DEFAULT_SOURCE_PRIORITY,
    DEFAULT_TRUST_PRIORITY,
    DIFFERENT_NUMBERS,
    DIFFERENT_PLACE,
    DIFFERENT_SESSION,
    EVENT_PREFIX,
    MOVED,
    NO_START,
    OTHER_DAY,
    OTHER_OCCURRENCE,
    OWN_OTHER_START,
    OWN_PARTS,
    PLACE_AMBIGUOUS,
    SAME_EVENT,
    SAME_RECORD,
    SAME_UID,
    SAME_URL,
    SITE_KIND,
    SITE_UNSTATED,
    TOO_FAR_APART,
    TOO_FAR_IN_TIME,
    TRUTH_LENGTH,
    WEAK_TITLE,
    ZONE_SLIP,
    ZONE_SLIP_NIGHT,
    ZONE_SLIP_REVIEW,
    Band,
    DedupConfig,
    DedupResult,
    DedupStats,
    FieldWeights,
    Layer,
)
from events.pipeline.dedup.merge import FIELD_GROUPS, MAX_TAGS, merge_fields, rank_records
from events.pipeline.dedup.metrics import Metrics, pair_metrics
from events.pipeline.dedup.scoring import PairScore, score_pair
from events.pipeline.dedup.text import (
    NUMBER_MARKERS,
    NUMBER_WORDS,
    PASS_WORDS,
    PLACE_KINDS,
    PREFIX,
    SESSION_WORDS,
    SLOT_WORDS,
    SOFT_WORDS,
    STOPWORDS,
    canonical_url,
)

__all__ = [
    # entry points
    "dedupe_batch",
    "score_pair",
    "rank_records",
    "merge_fields",
    "pair_metrics",
    "canonical_url",
    # configuration and results
    "DEFAULT_CONFIG",
    "DedupConfig",
    "FieldWeights",
    "DedupResult",
    "DedupStats",
    "PairScore",
    "Metrics",
    "Band",
    "Layer",
    "DEFAULT_SOURCE_PRIORITY",
    "DEFAULT_TRUST_PRIORITY",
    # reasons
    "SAME_RECORD",
    "SAME_EVENT",
    "SAME_UID",
    "SAME_URL",
    "NO_START",
    "OTHER_DAY",
    "TOO_FAR_IN_TIME",
    "OTHER_OCCURRENCE",
    "OWN_OTHER_START",
    "DIFFERENT_NUMBERS",
    "DIFFERENT_SESSION",
    "ADMISSION_VS_SHOW",
    "TOO_FAR_APART",
    "WEAK_TITLE",
    "ZONE_SLIP",
    "ZONE_SLIP_NIGHT",
    "ZONE_SLIP_REVIEW",
    "DIFFERENT_PLACE",
    "SITE_KIND",
    "SITE_UNSTATED",
    "PLACE_AMBIGUOUS",
    "OWN_PARTS",
    "MOVED",
    "CONFLICT",
    "TRUTH_LENGTH",
    "BLOCKING_LEFTOVERS",
    "EVENT_PREFIX",
    # vocabularies and tables
    "STOPWORDS",
    "SOFT_WORDS",
    "PLACE_KINDS",
    "SESSION_WORDS",
    "PASS_WORDS",
    "NUMBER_MARKERS",
    "SLOT_WORDS",
    "NUMBER_WORDS",
    "PREFIX",
    "LAYER_RANK",
    "BAND_RANK",
    "FIELD_GROUPS",
    "MAX_TAGS",
]
