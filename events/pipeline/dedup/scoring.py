"""Layer 3 on one pair: the cheap vetoes first, then field scores with rapidfuzz, their weighted sum and band."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Set
from typing import Any

from rapidfuzz import fuzz

from events.pipeline.dedup.config import (
    ADMISSION_VS_SHOW,
    DEFAULT_CONFIG,
    DIFFERENT_NUMBERS,
    DIFFERENT_PLACE,
    DIFFERENT_SESSION,
    MOVED,
    OTHER_OCCURRENCE,
    OWN_OTHER_START,
    OWN_PARTS,
    SITE_KIND,
    SITE_UNSTATED,
    TOO_FAR_APART,
    WEAK_TITLE,
    ZONE_SLIP,
    ZONE_SLIP_NIGHT,
    ZONE_SLIP_REVIEW,
    Band,
    DedupConfig,
    DedupStats,
    FieldWeights,
    Layer,
)
from events.pipeline.dedup.records import _Node, _node
from events.pipeline.dedup.showings import numbered_apart, own_other_start, two_rooms
from events.pipeline.dedup.text import PLACE_KINDS, SITE_NOUNS, SOFT_WORDS
from events.pipeline.dedup.times import Listed, night_slip, slip, time_veto
from events.pipeline.geo import haversine_km


@dataclasses.dataclass(frozen=True, slots=True)
class _Edge:
    a: int
    b: int
    similarity: float
    band: Band
    layer: Layer
    scores: dict[str, float]
    reason: str | None = None


SWAP_MIN_LETTERS = 3  # a one-word difference shorter than this is a number, an initial or an abbreviation
SWAP_MAX_RATIO = 65  # two words at least this alike (rapidfuzz ratio) are one word spelt two ways
# Words that say who an event is for: two titles differing by one of them are two events ("Men's" / "Women's").
AUDIENCE_WORDS = frozenset(
    {"men", "mens", "women", "womens", "boys", "girls", "teen", "teens", "tween", "tweens", "junior", "juniors",
     "senior", "seniors", "youth", "adult", "adults", "kids", "children", "toddler", "toddlers", "baby", "babies",
     "beginner", "beginners", "intermediate", "advanced", "jv", "varsity"}
)  # fmt: skip
SWAPPED_WORD_SCORE = 0.7  # a title score this low keeps a pair below the merge band: a moderator decides
# A venue name against the other listing's street address agrees from this score (the name inside the address).
NAME_IN_ADDRESS = 0.8

_SOURCE_WORD = re.compile(r"[a-z0-9]+")
# Words of a source's name that say what kind of body it is, not which one ("city_events", "county_parks_calendar").
GENERIC_SOURCE_WORDS = frozenset(
    {"city", "county", "town", "state", "events", "event", "calendar", "calendars", "parks", "public", "official"}
    | {"feed", "listings", "news", "department", "district", "council", "libraries", "local", "guide", "today"}
)


def _distance(a: _Node, b: _Node) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _cheap_veto(a: _Node, b: _Node, config: DedupConfig, listed: Listed | None) -> str | None:
    """The vetoes that need no string comparison: checked first, on every candidate pair. `listed` None: for
    joining clusters, where a start one zone offset away from the other is never the same."""
    reason = time_veto(a, b, config, listed)
    if reason:
        return reason
    if a.uid and b.uid and a.uid[0] == b.uid[0] and a.uid[1] != b.uid[1]:
        return OTHER_OCCURRENCE
    if own_other_start(a, b):
        return OWN_OTHER_START
    if a.title.is_pass != b.title.is_pass:
        return ADMISSION_VS_SHOW
    if a.title.sessions and b.title.sessions and a.title.sessions != b.title.sessions:
        return DIFFERENT_SESSION
    return None


def _without_venue(tokens: list[str], venue: tuple[str, ...]) -> list[str]:
    """The tokens with the venue's name removed when the whole name appears in them ("… at Blue Note")."""
    size = len(venue)
    if not size or size >= len(tokens) or venue[0] not in tokens:
        return tokens
    for start in range(len(tokens) - size + 1):
        if tuple(tokens[start : start + size]) == venue:
            return tokens[:start] + tokens[start + size :]
    return tokens


def _placey(segment: tuple[str, ...], places: frozenset[str]) -> bool:
    return sum(1 for token in segment if token in places) * 2 > len(segment)


def _trimmed(segments: tuple[tuple[str, ...], ...], places: frozenset[str]) -> tuple[list[str], bool]:
    """A title without a leading agency or trailing place that is mostly either record's venue, address or city
    words ("Cook County: …", "… @ Board Room, Cook County Building", "… - City Hall"); never all of it. Also
    whether it kept its first part."""
    if len(segments) == 1:
        return list(segments[0]), True
    start, end = 0, len(segments)
    while end - start > 1 and _placey(segments[end - 1], places):
        end -= 1
    if end - start > 1 and _placey(segments[start], places):
        start += 1
    return [token for segment in segments[start:end] for token in segment], start == 0


def _run(segments: tuple[tuple[str, ...], ...], target: frozenset[str]) -> list[str] | None:
    """The tokens of a run of whole parts (not all of them) whose words are exactly `target`."""
    count = len(segments)
    for size in range(count - 1, 0, -1):
        for start in range(count - size + 1):
            tokens = [token for segment in segments[start : start + size] for token in segment]
            if frozenset(tokens) == target:
                return tokens
    return None


def _framed(a: _Node, b: _Node, trimmed: list[tuple[list[str], bool]]) -> list[list[str]]:
    """One title is a run of the other's parts, the rest framing the same name ("MWRD: Annual Meeting" / "Annual
    Meeting", "Chicago - City Council" / "City Council", "Finance Committee - Regular Session"). Checked against
    the other's whole title, then against it trimmed, unless trimming cut its first part: its name may be gone
    ("City Council - Regular Meeting at City Council Chambers" trims to "Regular Meeting", which frames nothing)."""
    pair = [trimmed[0][0], trimmed[1][0]]
    for i, node, other in ((0, a, b), (1, b, a)):
        if len(node.title.segments) < 2:
            continue
        other_tokens, kept_first = trimmed[1 - i]
        targets = [(other.title.token_set, list(other.title.tokens))]
        if kept_first and other_tokens and len(other_tokens) < len(other.title.tokens):
            targets.append((frozenset(other_tokens), other_tokens))
        for target, tokens in targets:
            run = _run(node.title.segments, target) if target <= node.title.token_set else None
            if run is not None:
                pair[i], pair[1 - i] = run, tokens
                return pair
    return pair


def _states_no_place(node: _Node) -> bool:
    return not node.venue and not node.address and node.latitude is None


def _site_added(a: _Node, b: _Node) -> bool:
    """One title is the other's whole name followed by a part of its own that names a site, and no stated place
    ties the two: "Forest Restoration" / "Forest Restoration - Longfellow Creek". A bare activity name may be run
    at several sites at one hour. Either the bare listing states no place at all, or it states one its added
    part does not name while the other listing's title is its only word on where (a venue or address the part
    repeats was trimmed as a place already)."""
    for node, other in ((a, b), (b, a)):
        segments = node.title.segments
        if len(segments) < 2 or not other.title.token_set < node.title.token_set:
            continue
        name: list[str] = []
        for end, segment in enumerate(segments[:-1], 1):
            name.extend(segment)
            if name == list(other.title.tokens):
                added = tuple(token for part in segments[end:] for token in part)
                if SITE_NOUNS.isdisjoint(added) or _placey(added, other.places):
                    return False
                return _states_no_place(other) or _states_no_place(node)
    return False


def _own_repost(a: _Node, b: _Node) -> bool:
    """One source lists one name twice at the very same start, once with a site and once without, and the bare
    listing states no place: its own repost ("Tree Tuesdays" beside "Tree Tuesdays @ Kubota Forest" on one
    partnership's calendar). Another source's bare listing may be the same activity at another site."""
    if a.source != b.source or a.minutes is None or a.minutes != b.minutes:
        return False
    bare = a if len(a.title.token_set) < len(b.title.token_set) else b
    return _states_no_place(bare)


def _named_apart(a: _Node, b: _Node) -> bool:
    """Both titles name a site after their name and the two share none: "Heron Walk @ Larkspur Park" / "Heron
    Walk @ Cedar Park" are at two places, whatever their place fields leave unsaid."""
    sites_a = {(word, noun) for word, noun, after in a.title.sites if after}
    sites_b = {(word, noun) for word, noun, after in b.title.sites if after}
    return bool(sites_a and sites_b) and sites_a.isdisjoint(sites_b)


def _shared_site(a: _Node, b: _Node) -> bool:
    """Both titles name one site by name, attached after the name in at least one of them ("Family Storytime at
    Ives Park" twice; "Pigeon Point Park Restoration Event" / "Forest Restoration at Pigeon Point Park"): the
    titles say where, whatever the listings' place fields say (one source gives the branch that runs an outing,
    "Offsite (Sebastopol)", or its vehicle, "BiblioBus"; two sources two street addresses for one park). Only
    when a place field agrees (one names that site), or neither names a place of its own (street addresses): a
    site both titles name with a common word ("Storytime at the Public Library", "at the Farmers Market") does not
    outweigh two listings at two named branches or squares."""
    words = _site_words(a, b)
    if not words:
        return False
    if words <= a.places or words <= b.places:
        return True
    return not a.marks and not b.marks


def _site_words(a: _Node, b: _Node) -> frozenset[str]:
    """The words of the sites both titles name (see `_shared_site`); none when they name none."""
    if not a.title.sites or not b.title.sites:
        return frozenset()
    named_a = {(word, noun) for word, noun, _ in a.title.sites}
    named_b = {(word, noun) for word, noun, _ in b.title.sites}
    attached = {(word, noun) for word, noun, after in a.title.sites | b.title.sites if after}
    return frozenset(word for site in named_a & named_b & attached for word in site)


def _organiser_credited(a: _Node, b: _Node) -> bool:
    """At one start, one title credits by name the source that gives the other listing: a city calendar's
    "Restore Kubota Garden Natural Area with EarthCorps!" beside EarthCorps' own "Seattle: Kubota Garden"."""
    if a.minutes is None or a.minutes != b.minutes:
        return False
    sites = _site_words(a, b)
    for node, other in ((a, b), (b, a)):
        # The organiser's own name: not a word for a kind of place or body ("willow_library", "city_parks"), not the
        # site both name ("Willow" of "… at Willow Branch Library"), and not a word of the organiser's own title.
        names = {
            word
            for word in _SOURCE_WORD.findall(other.source.lower())
            if len(word) > 3
            and not word.isdigit()
            and word not in SITE_NOUNS
            and word not in PLACE_KINDS
            and word not in GENERIC_SOURCE_WORDS
        }
        if names & (node.title.token_set - sites - other.title.token_set):
            return True
    return False


def _kind_against_name(a: _Node, b: _Node) -> bool:
    """A listing that states no place and whose title names only the kind of site ("Storytime in the Park")
    beside one whose title names a site of that kind ("Family Storytime at Ives Park"): the park may be any
    park. The hard negative of one activity at several sites, told from the titles alone."""
    for node, other in ((a, b), (b, a)):
        if not _states_no_place(node) or not node.title.kind_sites:
            continue
        named = {noun for _, noun, after in other.title.sites if after}
        own = {noun for _, noun, _ in node.title.sites}
        if node.title.kind_sites & (named - own):
            return True
    return False


def _own_parts(a: _Node, b: _Node, tokens_a: list[str], tokens_b: list[str]) -> bool:
    """Two titles that begin with one shared name and each go on with a part of its own, the two parts sharing no
    word, at two different starts: two sessions of one series at one place ("American Mah Jongg: Open Play" at
    14:00 / "American Mah Jongg 101" at 14:15, "Chess Club - Beginners" / "Chess Club: Tournament", "Yoga: Yin" /
    "Yoga: Vinyasa Flow" an hour later). One title adding words ("Family Storytime" / "Storytime") or a title
    reworded in another order ("Forest Restoration at EC Hughes" / "EC Hughes Restoration Event") is not this
    shape, and at one start the two parts may be two ways of describing one event."""
    if a.minutes is None or b.minutes is None or a.minutes == b.minutes:
        return False
    shared = 0
    for word_a, word_b in zip(tokens_a, tokens_b, strict=False):
        if word_a != word_b:
            break
        shared += 1
    own_a, own_b = set(tokens_a[shared:]), set(tokens_b[shared:])
    return bool(shared and own_a and own_b) and own_a.isdisjoint(tokens_b) and own_b.isdisjoint(tokens_a)


def _without(tokens: list[str], drop: Set[str]) -> list[str]:
    return [t for t in tokens if t not in drop]


def _pair_tokens(
    a: _Node, b: _Node, config: DedupConfig, common: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Both titles without what says only where, and without the words that say little: a trailing venue or
    leading agency, place names both titles carry, venue names inside them, and words both share with many
    titles in the batch. Each step only when both titles keep something."""
    if a.title.tokens == b.title.tokens:  # every step below treats both alike: nothing would tell them apart
        return list(a.title.tokens), list(b.title.tokens)
    places = a.places if a.places is b.places else a.places | b.places  # one venue: one interned set
    if config.place_words:
        places |= config.place_words
    pair = _framed(a, b, [_trimmed(a.title.segments, places), _trimmed(b.title.segments, places)])
    in_both = (a.title.token_set & b.title.token_set | set(pair[0]).intersection(pair[1])) & places
    if in_both and all(trimmed := [_without(tokens, in_both) for tokens in pair]):
        pair = trimmed
    # "Finance Committee Meeting" is "Finance Committee"; "Community Meeting" is not "Community Potluck".
    if not (SOFT_WORDS.isdisjoint(pair[0]) and SOFT_WORDS.isdisjoint(pair[1])):
        soft = [_without(tokens, SOFT_WORDS) for tokens in pair]
        if soft[0] and set(soft[0]) == set(soft[1]):
            pair = soft
    # Common words both share go only when the rest shares nothing: "Finance Committee" and "Roads and Bridges
    # Committee" are told apart by their own words; "Comedy Night" inside "Comedy Night Zorblo" still counts.
    # A site both titles name is what they share, however often the batch names it ("Pigeon Point Park").
    shared = common.intersection(pair[0]).intersection(pair[1]) - _site_words(a, b) if common else None
    if shared and all(rest := [_without(tokens, shared) for tokens in pair]) and not set(rest[0]) & set(rest[1]):
        pair = rest
    venues = (a.venue,) if a.venue == b.venue else (a.venue, b.venue)
    for i, tokens in enumerate(pair):
        for venue in venues:
            tokens = _without_venue(tokens, venue)
        pair[i] = tokens
    return pair[0], pair[1]


def _numbers_differ(a: _Node, b: _Node, tokens_a: list[str], tokens_b: list[str]) -> bool:
    """Both titles number something (an instalment, a time, an edition, an age limit), and not the same way.
    An age limit one title leaves out says nothing ("Angels & Airwaves (18+)" / "Angels & Airwaves")."""
    if a.title.ages and b.title.ages and a.title.ages != b.title.ages:
        return True
    if not a.title.numbers or not b.title.numbers:
        return False
    numbers_a = a.title.numbers.intersection(tokens_a)  # a number that was part of a place name is gone
    numbers_b = b.title.numbers.intersection(tokens_b)
    return bool(numbers_a and numbers_b and numbers_a != numbers_b)


def _abbreviates(short: str, long: str) -> bool:
    """'cmte' / 'committee', 'mtg' / 'meeting': the shorter word's letters, first letter first, in order in the other."""
    if len(short) >= len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(letter in rest for letter in short[1:])


def _one_word_swapped(tokens_a: list[str], tokens_b: list[str]) -> bool:
    """The titles are one word apart, in place, and the two words are two words, not one spelt or shortened two
    ways: "Plant Sale" / "Plant Swap", "Kids Craft Hour" / "Kids Story Hour", "Teen Book Club" / "Tween Book Club"
    ("Theatre" / "Theater", "Cmte" / "Committee" are one word). Words in another order ("Forest Restoration at EC
    Hughes" / "EC Hughes Restoration Event") are a title reworded, not a word swapped."""
    if len(tokens_a) != len(tokens_b):
        return False
    differ = [(a, b) for a, b in zip(tokens_a, tokens_b, strict=True) if a != b]
    if len(differ) != 1:
        return False
    ((word_a, word_b),) = differ
    if word_a in AUDIENCE_WORDS and word_b in AUDIENCE_WORDS:
        return True  # who it is for, however alike the words look
    if not (word_a.isalpha() and word_b.isalpha()) or min(len(word_a), len(word_b)) < SWAP_MIN_LETTERS:
        return False
    if _abbreviates(word_a, word_b) or _abbreviates(word_b, word_a):
        return False
    return word_a[:2] != word_b[:2] and fuzz.ratio(word_a, word_b) < SWAP_MAX_RATIO


def _title_score(tokens_a: list[str], tokens_b: list[str]) -> float:
    # Sorted-token ratio keeps the whole titles in play; the set ratio forgives one title adding a support act.
    if tokens_a == tokens_b:
        return 1.0
    joined_a, joined_b = " ".join(tokens_a), " ".join(tokens_b)
    sort = fuzz.ratio(" ".join(sorted(tokens_a)), " ".join(sorted(tokens_b)))
    score = (sort + fuzz.token_set_ratio(joined_a, joined_b)) / 200
    # One word swapped for another says what the event is ("Sale" / "Swap"): short titles otherwise score high.
    return min(score, SWAPPED_WORD_SCORE) if _one_word_swapped(tokens_a, tokens_b) else score


@functools.lru_cache(maxsize=65_536)
def _name_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Cached: a batch names few places, many times over."""
    if a == b:
        return 1.0
    if numbered_apart(a, b):
        return 0.0  # Studio 1 and Studio 2 are two rooms; 118 and 121 Clark Street two buildings
    return fuzz.token_set_ratio(" ".join(a), " ".join(b)) / 100


def _venue_score(a: _Node, b: _Node) -> float | None:
    """The best agreement of the two places as named or as addressed: one source names the hall, another gives
    only its street address, a third both. A name held against an address only counts when they agree (the name
    is written in the address): "Golden Gardens Park" and "8498 Seaview Pl NW" are two ways of saying where, not
    two places, and a listing that gives the address must not look less like the event than one that gives
    nothing."""
    alike = [(x, y) for x, y in ((a.venue, b.venue), (a.address, b.address)) if x and y]
    across = [(x, y) for x, y in ((a.venue, b.address), (a.address, b.venue)) if x and y]
    if not alike and not across:
        return None
    if two_rooms(a, b):
        return 0.0  # two numbered rooms of one building: the street address both give says no more
    best = max(_name_score(x, y) for x, y in (*alike, *across))
    return best if alike or best >= NAME_IN_ADDRESS else None


def _geo_score(distance: float, config: DedupConfig) -> float:
    far = max(config.geo_window_km - config.geo_same_km, 1e-9)
    return max(0.0, min(1.0, 1 - (distance - config.geo_same_km) / far))


def _different_places(a: _Node, b: _Node, config: DedupConfig) -> bool:
    """Both listings name their place, the names share no word that says which place ("Humboldt Park" /
    "Garfield Park", "Roseland Regional Library" / "Windsor Regional Library"), and neither their addresses nor
    their coordinates say it is one place after all. The two names themselves are not asked again: alike as they
    may read, what they share is only the kind of place ("Regional Library"), which every branch of a library
    system shares, and a name held against the other's address still counts (the name written in the address)."""
    if not a.marks or not b.marks or not a.marks.isdisjoint(b.marks):
        return False
    pairs = [(x, y) for x, y in ((a.address, b.address), (a.venue, b.address), (a.address, b.venue)) if x and y]
    addressed = max((_name_score(x, y) for x, y in pairs), default=0.0)
    distance = _distance(a, b)
    located = _geo_score(distance, config) if distance is not None else 0.0
    return max(addressed, located) < config.zone_slip_min_place


def _field_scores(
    a: _Node, b: _Node, title: float, distance: float | None, config: DedupConfig, *, slipped: bool = False
) -> dict[str, float]:
    scores = {"title": title}
    if slipped:
        scores["time"] = config.zone_slip_time_score
    elif a.minutes is not None and b.minutes is not None:
        scores["time"] = max(0.0, 1 - abs(a.minutes - b.minutes) / config.time_window_minutes)
    venue = _venue_score(a, b)
    if venue is not None:
        scores["venue"] = venue
    if distance is not None:
        scores["geo"] = _geo_score(distance, config)
    return {field: round(value, 4) for field, value in scores.items()}


def _weighted(scores: Mapping[str, float], weights: FieldWeights) -> float:
    # A field missing on either side drops out and the others share its weight.
    total = sum(getattr(weights, field) for field in scores)
    return round(sum(getattr(weights, field) * value for field, value in scores.items()) / total, 4)


def _moved(a: _Node, b: _Node, scores: Mapping[str, float]) -> bool:
    """One listing says the event moved and the other does not: a moderator decides, unless "rescheduled" or
    "postponed" stands beside the very start the other listing gives (a status, not another date)."""
    if a.title.moved_date != b.title.moved_date:
        return True
    return a.title.moved != b.title.moved and scores.get("time", 0.0) < 1.0


def _band(similarity: float, moved: bool, config: DedupConfig) -> tuple[Band, str | None]:
    if similarity >= config.merge_threshold:
        return ("review", MOVED) if moved else ("merge", None)
    return ("review", None) if similarity >= config.review_threshold else ("distinct", None)


def _place_agrees(scores: Mapping[str, float], config: DedupConfig) -> bool:
    return max(scores.get("venue", 0.0), scores.get("geo", 0.0)) >= config.zone_slip_min_place


def _score(
    a: _Node,
    b: _Node,
    config: DedupConfig,
    stats: DedupStats,
    common: frozenset[str] = frozenset(),
    listed: Listed = frozenset(),
) -> _Edge:
    reason = _cheap_veto(a, b, config, listed)
    distance = _distance(a, b) if reason is None else None
    if distance is not None and distance > config.max_distance_km:
        reason = TOO_FAR_APART
    if reason:
        return _Edge(a.index, b.index, 0.0, "distinct", "score", {}, reason)
    stats.pairs_scored += 1
    tokens_a, tokens_b = _pair_tokens(a, b, config, common)
    if _numbers_differ(a, b, tokens_a, tokens_b):
        return _Edge(a.index, b.index, 0.0, "distinct", "score", {}, DIFFERENT_NUMBERS)
    title = _title_score(tokens_a, tokens_b)
    slipped = a.minutes != b.minutes and slip(a, b, listed)
    scores = _field_scores(a, b, title, distance, config, slipped=slipped)
    shared_site = _shared_site(a, b)
    if shared_site and "venue" in scores:
        scores["venue"] = 1.0  # the titles name the place; fields that disagree say less
    similarity = _weighted(scores, config.weights)
    if title < config.min_title_score:
        return _Edge(a.index, b.index, similarity, "distinct", "score", scores, WEAK_TITLE)
    if slipped:  # only when titles and place agree; a moderator decides unless the UTC reading is implausible
        if title < config.zone_slip_min_title or not _place_agrees(scores, config):
            return _Edge(a.index, b.index, similarity, "distinct", "score", scores, ZONE_SLIP)
        if night_slip(a, b, config) and a.event_id is None and b.event_id is None:
            return _Edge(a.index, b.index, similarity, "merge", "score", scores, ZONE_SLIP_NIGHT)
        return _Edge(a.index, b.index, similarity, "review", "score", scores, ZONE_SLIP_REVIEW)
    band, why = _band(similarity, _moved(a, b, scores), config)
    if band == "review" and why is None and shared_site and _organiser_credited(a, b):
        band = "merge"  # one site, one start, and the organiser's own listing beside one that credits it
    if band == "merge":
        why = _merge_doubt(a, b, config, tokens_a, tokens_b, shared_site=shared_site)
        band = "review" if why else "merge"
    return _Edge(a.index, b.index, similarity, band, "score", scores, why)


def _merge_doubt(
    a: _Node, b: _Node, config: DedupConfig, tokens_a: list[str], tokens_b: list[str], *, shared_site: bool
) -> str | None:
    """Why a pair that scores as one event goes to a moderator instead, if it does."""
    if not shared_site and _different_places(a, b, config):
        return DIFFERENT_PLACE
    if _kind_against_name(a, b):
        return SITE_KIND
    if _site_added(a, b) and not _own_repost(a, b):
        return SITE_UNSTATED
    if _own_parts(a, b, tokens_a, tokens_b):
        return OWN_PARTS
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class PairScore:
    similarity: float
    band: Band
    scores: dict[str, float]
    reason: str | None


def score_pair(a: Mapping[str, Any], b: Mapping[str, Any], *, config: DedupConfig = DEFAULT_CONFIG) -> PairScore:
    """Layer 3 on two records, for the moderators' compare view and for tests: the vetoes, the field scores,
    the weighted similarity and its band. Identifiers are not consulted."""
    edge = _score(_node(0, a, None, config), _node(1, b, None, config), config, DedupStats())
    return PairScore(edge.similarity, edge.band, dict(edge.scores), edge.reason)
