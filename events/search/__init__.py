"""Text search over events: the one place that knows how text is matched.

``filter_text`` is what the shared ``q`` filter (events/filters.py) calls; ``search_events`` is the search
page's ranked, highlighted search; ``suggest`` completes a prefix (for autocomplete). The PostgreSQL
expressions live in ``events.search.sql``, the marking of matches as safe HTML in ``events.search.highlight``.

PostgreSQL (migration 0008_event_search):
- Full text over the stored ``events_event.search_vector`` (title weight A; venue name, source category and
  tags B; description C) in the ``whatson_search`` configuration: English stemming after unaccent, so
  "concerts" finds "concert" and "fernandez" finds "Fernández". Every word must match; the last one also as a
  prefix (people search as they type). A query that names a category ("comedy", "farmers markets") also
  finds the events filed under it. Served by the partial GIN index ``event_search_vector``.
- Typos: when full text finds fewer than ``FUZZY_BELOW`` events, titles similar to the query (pg_trgm
  ``word_similarity``, GIN index ``event_title_trgm``) join the results after the full-text ones, and the
  page offers "did you mean" (when the words themselves found nothing) built from the best-matching titles.
- Highlighting: ``ts_headline`` with private-use marker characters (stripped from the text first), then the
  text between them is escaped and only our own ``<mark>`` tags are added.

SQLite (the embedded mode): every word must appear in the title, description, venue or tags
(case-insensitive LIKE), ranked title matches first, highlighted by plain substring.

Both vector and indexes cover only what the public lists read (published, not archived, not merged): text
search always runs on ``selectors.event_list`` / ``upcoming_q`` querysets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.db import connections, transaction
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.http import QueryDict
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from events.models import Category, City, Event, Venue
from events.search.highlight import MARK_END, MARK_START, highlight_plain, marked_html, snippet_plain, unmark
from events.search.highlight import SNIPPET_CHARS as SNIPPET_CHARS  # re-exported: the snippet size callers see
from events.search.sql import (
    SEARCH_CONFIG,
    ILike,
    Matches,
    SearchVectorColumn,
    ToTsQuery,
    ToTsVector,
    TsRank,
    WordSimilar,
    WordSimilarity,
    like_escape,
)

MAX_TERMS = 8
MAX_TERM_LENGTH = 60
MAX_TEXT = 200  # as the ``q`` filter (events.filters.MAX_TEXT): longer input is cut, not refused
WORD = re.compile(r"\w[\w'-]*", re.UNICODE)

# Fewer full-text matches than this and the typo path (trigram similarity of titles) joins in.
FUZZY_BELOW = 3
# pg_trgm word_similarity a title needs to count as a typo match ("jaz festivl" ~ "Jazz Festival" = 0.64,
# "concrt" ~ "… concert" = 0.57); pg_trgm's own default, 0.6, misses short misspelt words.
FUZZY_THRESHOLD = 0.5
# How close (difflib ratio) a title's word must be to a query word to be offered as its correction.
CORRECTION_RATIO = 0.6
# Extra rank for an event whose category the query names (a B-weight word match is worth 0.4 in ts_rank).
CATEGORY_RANK = 0.4
MIN_PREFIX_TRIGRAM = 3  # prefix search ("festiv:*") and trigram suggestions need this many characters
MIN_SUGGEST = 2
# Ranking sorts at most this many matches (the soonest); past it the total is "more than RANK_WINDOW" (the
# search page stops at page 25 × 20 = 500).
RANK_WINDOW = 500
HEADLINE_DOC_CHARS = 5000

TITLE_HEADLINE = f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true'
SNIPPET_HEADLINE = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=32, MinWords=12, ShortWord=2, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)


# --- words ------------------------------------------------------------------------------------------


def terms(text: str) -> list[str]:
    """The words of a query as the SQLite path matches them, at most MAX_TERMS, in order."""
    return WORD.findall(text)[:MAX_TERMS]


def words(text: str) -> list[str]:
    """The words of a query as the PostgreSQL path matches them: runs of letters, marks and digits (any script),
    lower-cased, at most MAX_TERMS of at most MAX_TERM_LENGTH characters. Whatever else the text holds
    (``'"&|!:*()<>``) only separates words, so no input can form tsquery syntax."""
    found: list[str] = []
    current: list[str] = []
    for char in (text or "")[: MAX_TEXT * 2] + " ":
        if unicodedata.category(char)[0] in "LMN":
            current.append(char)
        elif current:
            found.append("".join(current)[:MAX_TERM_LENGTH].lower())
            current = []
            if len(found) == MAX_TERMS:
                break
    return found


def tsquery_source(found: Sequence[str], *, joiner: str = " & ", prefix_last: bool = True) -> str:
    """``to_tsquery`` input for words from ``words()``: every word (``&``) or any (``|``); the last one also as
    a prefix when it is long enough to be worth it."""
    parts = list(found)
    if prefix_last and parts and len(parts[-1]) >= MIN_PREFIX_TRIGRAM:
        parts[-1] += ":*"
    return joiner.join(parts)


def is_postgres(queryset: QuerySet[Any]) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def _matching_category_ids(queryset: QuerySet[Any], source: str) -> list[int]:
    """Categories whose name the whole query matches ("jazz" → Jazz & blues; "markets" → four of them)."""
    return list(
        Category.objects.using(queryset.db)
        .filter(Matches(ToTsVector(F("name")), ToTsQuery(Value(source))))
        .values_list("pk", flat=True)
    )


@dataclasses.dataclass(frozen=True)
class _FullText:
    condition: Q
    rank: Any


def _full_text(queryset: QuerySet[Any], found: Sequence[str]) -> _FullText:
    source = tsquery_source(found)
    query = ToTsQuery(Value(source))
    condition = Q(Matches(SearchVectorColumn(), query))
    rank: Any = TsRank(SearchVectorColumn(), ToTsQuery(Value(source)))
    category_ids = _matching_category_ids(queryset, source)
    if category_ids:
        in_category = Q(category_id__in=category_ids) | Q(subcategory_id__in=category_ids)
        condition |= in_category
        rank = rank + Case(When(in_category, then=Value(CATEGORY_RANK)), default=Value(0.0), output_field=FloatField())
    return _FullText(condition, rank)


def filter_text(queryset: QuerySet[Event], text: str) -> QuerySet[Event]:
    """Events whose text matches every word of ``text`` (unchanged when it has none)."""
    if not is_postgres(queryset):
        return filter_text_fallback(queryset, text)
    found = words(text)
    if not found:
        return queryset
    return queryset.filter(_full_text(queryset, found).condition)


def filter_text_fallback(queryset: QuerySet[Event], text: str) -> QuerySet[Event]:
    """The SQLite path: every word appears (case-insensitive) in the title, description, venue or tags."""
    for word in terms(text):
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(description__icontains=word)
            | Q(venue_name__icontains=word)
            | Q(tags__icontains=word)
        )
    return queryset


# --- results ----------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SearchHit:
    event: Event
    title_html: SafeString
    snippet_html: SafeString
    rank: float
    fuzzy: bool = False  # found by title similarity (a typo), not by its words


@dataclasses.dataclass(frozen=True)
class SearchResults:
    text: str  # the query as searched (cut to MAX_TEXT)
    words: list[str]
    hits: list[SearchHit]
    total: int
    offset: int
    limit: int
    fuzzy: bool = False  # the typo path added results
    did_you_mean: str | None = None
    more: bool = False  # more than ``total`` (= RANK_WINDOW) match; only the soonest RANK_WINDOW were ranked

    @property
    def searched(self) -> bool:
        return bool(self.words)


def correction(found: Sequence[str], titles: Iterable[str]) -> str | None:
    """The query with each word replaced by the closest word of ``titles`` (when close enough), or None when
    nothing changes: "jaz festivl" + ["Jazz Festival"] → "jazz festival"."""
    vocabulary = sorted({word for title in titles for word in words(title)})
    corrected: list[str] = []
    for word in found:
        best = max(vocabulary, key=lambda candidate: difflib.SequenceMatcher(None, word, candidate).ratio(), default="")
        ratio = difflib.SequenceMatcher(None, word, best).ratio() if best else 0.0
        corrected.append(best if ratio >= CORRECTION_RATIO else word)
    return " ".join(corrected) if corrected != list(found) else None


# --- search ---------------------------------------------------------------------------------------------


def _without_text(filters: Mapping[str, Any] | QueryDict | None) -> dict[str, Any]:
    if filters is None:
        return {}
    if isinstance(filters, QueryDict):
        plain: dict[str, Any] = {key: filters.getlist(key) for key in filters}
    else:
        plain = dict(filters)
    for key in ("q", "page", "cursor"):
        plain.pop(key, None)
    return plain


def search_events(
    *,
    text: str,
    filters: Mapping[str, Any] | QueryDict | None = None,
    now: dt.datetime | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResults:
    """Upcoming published events matching ``text``, best first, with highlighted titles and snippets.

    ``filters`` are the shared filter keys (city, when, category…; ``q`` and ``page`` are ignored); an invalid
    value raises ``events.filters.InvalidFiltersError`` as ``selectors.event_list`` does.
    """
    from events import selectors

    text = (text or "").strip()[:MAX_TEXT]
    base = selectors.event_list(filters=_without_text(filters), now=now)
    found = words(text)
    limit, offset = max(1, limit), max(0, offset)
    if not found:
        return SearchResults(text=text, words=[], hits=[], total=0, offset=offset, limit=limit)
    if is_postgres(base):
        return _search_postgres(base, text, found, limit, offset)
    return _search_fallback(base, text, limit, offset)


def _search_postgres(base: QuerySet[Event], text: str, found: list[str], limit: int, offset: int) -> SearchResults:
    full_text = _full_text(base, found)
    matching = base.filter(full_text.condition)
    rows, total = _ranked_page(
        matching, {"search_rank": full_text.rank}, ("-search_rank", "start", "id"), offset, limit
    )
    typo_words = [word for word in found if len(word) >= MIN_PREFIX_TRIGRAM]
    if total >= FUZZY_BELOW or not typo_words:
        hits = _headlines(_load(base, rows), found, fuzzy_ids=set())
        return _results(text, found, hits, total, offset, limit)
    return _search_typos(base, text, found, typo_words, full_text, total, limit, offset)


def _search_typos(
    base: QuerySet[Event],
    text: str,
    found: list[str],
    typo_words: list[str],
    full_text: _FullText,
    text_total: int,
    limit: int,
    offset: int,
) -> SearchResults:
    """Full-text matches first, then titles with a word similar to every query word (pg_trgm ``<%``)."""
    similar = Q()
    for word in typo_words:
        similar &= Q(WordSimilar(Value(word), F("title")))
    similarity: Any = sum(
        (WordSimilarity(Value(word), F("title")) for word in typo_words[1:]),
        WordSimilarity(Value(typo_words[0]), F("title")),
    )
    annotations = {
        "text_match": ExpressionWrapper(full_text.condition, output_field=BooleanField()),
        "search_rank": full_text.rank,
        "title_similarity": similarity,
    }
    order = (
        F("text_match").desc(nulls_last=True),  # NULL: no words matched and no category
        F("search_rank").desc(nulls_last=True),
        "-title_similarity",
        "start",
        "id",
    )
    with transaction.atomic(using=base.db):
        with connections[base.db].cursor() as cursor:
            # Local to this transaction: the `<%` operator (and so the trigram index) reads it.
            cursor.execute("SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)", [str(FUZZY_THRESHOLD)])
        rows, total = _ranked_page(
            base.filter(full_text.condition | similar), annotations, order, offset, limit, extra=("text_match", "title")
        )
    fuzzy = total > text_total
    # The page's typo matches come best first: their titles hold the likeliest spelling.
    best_titles = [row["title"] for row in rows if not row["text_match"]][:3]
    # Offered only when the words themselves found nothing: if they found something, they are spelt as the data is.
    did_you_mean = correction(found, best_titles) if text_total == 0 and best_titles else None
    page = _load(base, rows)
    fuzzy_ids = {event.pk for event in page if not event.text_match}  # type: ignore[attr-defined]
    highlight = [*found, *(did_you_mean.split() if did_you_mean else [])]
    hits = _headlines(page, highlight, fuzzy_ids=fuzzy_ids)
    return _results(text, found, hits, total, offset, limit, fuzzy=fuzzy, did_you_mean=did_you_mean)


def _results(
    text: str, found: list[str], hits: Any, total: int, offset: int, limit: int, **extra: Any
) -> SearchResults:
    """A page of ranked results: totals past the ranking window are capped and say there is more."""
    return SearchResults(
        text=text,
        words=found,
        hits=hits,
        total=min(total, RANK_WINDOW),
        offset=offset,
        limit=limit,
        more=total > RANK_WINDOW,
        **extra,
    )


def _ranked_page(
    matching: QuerySet[Event],
    annotations: Mapping[str, Any],
    order: Sequence[Any],
    offset: int,
    limit: int,
    *,
    extra: Sequence[str] = (),
) -> tuple[list[dict[str, Any]], int]:
    """One page of matches as (pk, rank, …) rows in ``order``, and how many match in all.

    Ranking reads every candidate's vector, so it runs over at most RANK_WINDOW of them, the soonest: a broad
    word ("live", "music") matches thousands of events, and ranking them all would cost more than any page
    shows (the pages stop before RANK_WINDOW). The page query sorts narrow rows (ids and ranks), and carries
    the window's size. The count is exact up to RANK_WINDOW; past it, RANK_WINDOW + 1 means "more" (counting
    every match of a broad word would cost more than the page).
    """
    window = matching.order_by("start", "id").values("pk")[: RANK_WINDOW + 1]
    ranked = Event.objects.using(matching.db).filter(pk__in=window).annotate(**annotations)
    if offset >= RANK_WINDOW:
        return [], ranked.count()
    rows = list(
        ranked.annotate(matches=Window(Count("pk")))
        .order_by(*order)
        .values("pk", "search_rank", "matches", *extra)[offset : min(offset + limit, RANK_WINDOW)]
    )
    return rows, int(rows[0]["matches"]) if rows else (ranked.count() if offset else 0)


def _load(base: QuerySet[Event], rows: Sequence[Mapping[str, Any]]) -> list[Event]:
    """The events of ``rows`` (with their related city, venue, categories), in the rows' order, ranks set."""
    events = base.order_by().in_bulk([row["pk"] for row in rows])
    page = []
    for row in rows:
        event = events.get(row["pk"])
        if event is not None:
            event.search_rank = row["search_rank"]  # type: ignore[attr-defined]
            event.text_match = row.get("text_match", True)  # type: ignore[attr-defined]
            page.append(event)
    return page


def _headlines(page: Sequence[Event], highlight: Sequence[str], *, fuzzy_ids: set[int]) -> list[SearchHit]:
    """ts_headline for the page's titles and descriptions in one query (any matching word is marked)."""
    if not page:
        return []
    titles = [unmark(event.title) for event in page]
    descriptions = [unmark(event.description[:HEADLINE_DOC_CHARS]) for event in page]
    source = tsquery_source(list(dict.fromkeys(highlight)), joiner=" | ")
    with connections[page[0]._state.db or "default"].cursor() as cursor:
        cursor.execute(
            f"""
            SELECT ts_headline('{SEARCH_CONFIG}'::regconfig, doc.title, query, %s),
                   CASE WHEN doc.description = '' THEN ''
                        ELSE ts_headline('{SEARCH_CONFIG}'::regconfig, doc.description, query, %s) END
            FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS doc(title, description, n),
                 to_tsquery('{SEARCH_CONFIG}'::regconfig, %s) AS query
            ORDER BY doc.n
            """,  # noqa: S608 - SEARCH_CONFIG is a constant; every value is a parameter
            [TITLE_HEADLINE, SNIPPET_HEADLINE, titles, descriptions, source],
        )
        rows = cursor.fetchall()
    hits = []
    for event, (title, snippet) in zip(page, rows, strict=True):
        title_html = marked_html(title)
        if event.pk in fuzzy_ids and "<mark>" not in title_html:
            title_html = highlight_plain(event.title, highlight)
        hits.append(
            SearchHit(
                event=event,
                title_html=title_html,
                snippet_html=marked_html(_ellipsis(snippet, event.description)),
                rank=float(getattr(event, "search_rank", 0.0) or 0.0),
                fuzzy=event.pk in fuzzy_ids,
            )
        )
    return hits


def _ellipsis(snippet: str, description: str) -> str:
    """ts_headline returns fragments without saying they are cut: show where the description goes on."""
    plain = unmark(snippet).strip()
    if not plain:
        return ""
    whole = re.findall(r"\w+", description[:HEADLINE_DOC_CHARS].lower())
    shown = re.findall(r"\w+", plain.lower())
    begins = whole[:3] == shown[:3]
    ends = whole[-3:] == shown[-3:]
    return ("" if begins else "… ") + snippet.strip() + ("" if ends else " …")


def _search_fallback(base: QuerySet[Event], text: str, limit: int, offset: int) -> SearchResults:
    found = terms(text)
    matching = filter_text_fallback(base, text)
    in_title = Q()
    for word in found:
        in_title &= Q(title__icontains=word)
    ranked = matching.annotate(
        search_rank=Case(When(in_title, then=Value(1.0)), default=Value(0.5), output_field=FloatField())
    ).order_by("-search_rank", "start", "id")
    total = ranked.count()
    hits = [
        SearchHit(
            event=event,
            title_html=highlight_plain(event.title, found),
            snippet_html=snippet_plain(event.description, found) if event.description else mark_safe(""),
            rank=float(event.search_rank),
        )
        for event in ranked[offset : offset + limit]
    ]
    return SearchResults(text=text, words=found, hits=hits, total=total, offset=offset, limit=limit)


# --- suggestions ----------------------------------------------------------------------------------------


def suggest(*, prefix: str, city: City | None = None, limit: int = 8, now: dt.datetime | None = None) -> list[str]:
    """Up to ``limit`` completions of ``prefix``: category names, venue names and upcoming event titles that
    start with it (or have a word that does), then (PostgreSQL) titles similar to it despite a typo.
    Names that start with the prefix come first, shorter before longer."""
    from events.selectors import upcoming_q

    typed = " ".join((prefix or "").split())[:MAX_TERM_LENGTH]
    if len(typed) < MIN_SUGGEST or limit < 1:
        return []
    events = Event.objects.filter(upcoming_q(now=now or timezone.now()))
    venues = Venue.objects.all()
    if city is not None:
        events, venues = events.filter(city=city), venues.filter(city=city)
    postgres = is_postgres(events)
    candidates = [
        *_prefixed(Category.objects.all(), "name", typed, postgres, limit),
        *_prefixed(venues, "name", typed, postgres, limit),
        *_prefixed(events, "title", typed, postgres, limit * 4),
    ]
    if postgres and len(typed) >= MIN_PREFIX_TRIGRAM:
        candidates += _similar_titles(events, typed, limit)
    return _best(candidates, typed, limit)


def _prefixed(queryset: QuerySet[Any], field: str, typed: str, postgres: bool, limit: int) -> list[str]:
    if postgres:
        start = ILike(F(field), Value(like_escape(typed) + "%"))
        inner = ILike(F(field), Value("% " + like_escape(typed) + "%"))
        matching = queryset.filter(Q(start) | Q(inner))
    else:
        matching = queryset.filter(Q(**{f"{field}__istartswith": typed}) | Q(**{f"{field}__icontains": " " + typed}))
    return list(matching.order_by().values_list(field, flat=True)[:limit])


def _similar_titles(events: QuerySet[Event], typed: str, limit: int) -> list[str]:
    with transaction.atomic(using=events.db):
        with connections[events.db].cursor() as cursor:
            cursor.execute("SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)", [str(FUZZY_THRESHOLD)])
        return list(
            events.filter(WordSimilar(Value(typed), F("title")))
            .annotate(title_similarity=WordSimilarity(Value(typed), F("title")))
            .order_by("-title_similarity", "start")
            .values_list("title", flat=True)[:limit]
        )


def _best(candidates: Iterable[str], typed: str, limit: int) -> list[str]:
    lowered = typed.lower()

    def score(name: str) -> tuple[int, int, str]:
        name_lower = name.lower()
        if name_lower.startswith(lowered):
            kind = 0
        elif f" {lowered}" in f" {name_lower}":
            kind = 1
        else:
            kind = 2  # a typo match
        return kind, len(name), name_lower

    seen: set[str] = set()
    result: list[str] = []
    for name in sorted(candidates, key=score):
        key = " ".join(name.lower().split())
        if key and key not in seen:
            seen.add(key)
            result.append(" ".join(name.split()))
        if len(result) == limit:
            break
    return result
