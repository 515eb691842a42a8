"""Search: full text with stemming and ranking, typo tolerance, safe highlighting, filters, suggestions.

The PostgreSQL path (migration 0008_event_search) is what production runs; the SQLite fallback is tested by
calling its functions directly (they use only portable lookups, so they run on either database).
"""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from events import search
from events.filters import InvalidFiltersError
from events.models import Category, Event, Venue
from events.selectors import event_list
from tests.clock import local_at
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def chicago():
    return CityFactory(name="Chicago", slug="chicago", timezone="America/Chicago")


@pytest.fixture
def austin():
    return CityFactory(name="Austin", slug="austin", timezone="America/Chicago")


def titles(results: search.SearchResults) -> list[str]:
    return [hit.event.title for hit in results.hits]


# --- PostgreSQL: full text -------------------------------------------------------------------------------


@pytest.mark.postgres
def test_title_match_ranks_above_description_match(chicago):
    EventFactory(city=chicago, title="Open studios", description="Painters, potters and a jazz trio in the yard.")
    EventFactory(city=chicago, title="Jazz on the Roof", description="Summer evenings upstairs.")
    EventFactory(city=chicago, title="Book swap", description="Bring a book, take a book.")
    results = search.search_events(text="jazz")
    assert titles(results) == ["Jazz on the Roof", "Open studios"]
    assert results.total == 2
    assert results.hits[0].rank > results.hits[1].rank
    assert not results.fuzzy
    assert results.did_you_mean is None


@pytest.mark.postgres
def test_stemming_and_accents(chicago):
    EventFactory(city=chicago, title="Lucia Fernández: a concert for strings")
    EventFactory(city=chicago, title="Running club", description="5K loops by the lake.")
    assert titles(search.search_events(text="concerts")) == ["Lucia Fernández: a concert for strings"]
    assert titles(search.search_events(text="fernandez")) == ["Lucia Fernández: a concert for strings"]
    assert titles(search.search_events(text="runs")) == ["Running club"]
    # The last word is also a prefix: people search as they type.
    assert titles(search.search_events(text="lucia ferna")) == ["Lucia Fernández: a concert for strings"]


@pytest.mark.postgres
def test_every_word_must_match_and_venue_tags_and_category_count(chicago):
    comedy = Category.objects.get(slug="comedy")  # the taxonomy a data migration loads
    standup = Category.objects.get(slug="stand-up")
    EventFactory(city=chicago, title="Late show", category=comedy, subcategory=standup)
    EventFactory(city=chicago, title="Quiz", venue_name="Copper Sparrow Taproom")
    EventFactory(city=chicago, title="Bake sale", tags=["fundraiser", "family"])
    EventFactory(city=chicago, title="Copper wire art", description="Sculpture with wire.")
    assert titles(search.search_events(text="comedy")) == ["Late show"]
    assert titles(search.search_events(text="sparrow taproom")) == ["Quiz"]
    assert titles(search.search_events(text="fundraiser")) == ["Bake sale"]
    assert titles(search.search_events(text="copper")) == ["Copper wire art", "Quiz"]  # title (A) above venue (B)
    assert titles(search.search_events(text="copper sculpture")) == ["Copper wire art"]


@pytest.mark.postgres
def test_filter_text_is_the_indexed_full_text_path(chicago):
    EventFactory(city=chicago, title="Jazz Festival")
    Event.objects.bulk_create(
        EventFactory.build(city=chicago, title=f"Blues night {number}", description="Slow songs.")
        for number in range(300)
    )
    with connection.cursor() as cursor:
        # New rows wait in the GIN index's pending list (VACUUM would merge them): merge now, then plan.
        cursor.execute("SELECT gin_clean_pending_list('event_search_vector'::regclass)")
        cursor.execute("ANALYZE events_event")
    found = event_list(filters={"q": "jazz festivals"})
    assert [event.title for event in found] == ["Jazz Festival"]
    assert "search_vector" in str(found.query)
    with connection.cursor() as cursor:
        # A small table is cheapest to read whole: rule that out to see the index serve the query.
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = found.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "event_search_vector" in plan, plan


# --- PostgreSQL: typos -----------------------------------------------------------------------------------


@pytest.mark.postgres
def test_typos_fall_back_to_title_similarity_with_did_you_mean(chicago):
    EventFactory(city=chicago, title="Jazz Festival in the Park")
    EventFactory(city=chicago, title="Pottery workshop")
    results = search.search_events(text="jaz festivl")
    assert titles(results) == ["Jazz Festival in the Park"]
    assert results.fuzzy
    assert results.hits[0].fuzzy
    assert results.did_you_mean == "jazz festival"
    assert "<mark>" in results.hits[0].title_html
    single = search.search_events(text="potery")
    assert titles(single) == ["Pottery workshop"]
    assert single.did_you_mean == "pottery"


@pytest.mark.postgres
def test_few_full_text_matches_are_listed_before_typo_matches(chicago):
    EventFactory(city=chicago, title="Jazz Festival", start=local_at(9, 19))
    EventFactory(city=chicago, title="Fstival of Lights", start=local_at(2, 19))  # a typo in the data itself
    EventFactory(city=chicago, title="Pottery class")
    results = search.search_events(text="festival")
    # Full text finds one (fewer than FUZZY_BELOW), so similar titles follow it, however soon they start.
    assert titles(results) == ["Jazz Festival", "Fstival of Lights"]
    assert [hit.fuzzy for hit in results.hits] == [False, True]
    assert results.total == 2
    assert results.fuzzy
    assert results.did_you_mean is None  # the query is spelt as the titles are


@pytest.mark.postgres
def test_nothing_similar_is_an_empty_result(chicago):
    EventFactory(city=chicago, title="Jazz Festival")
    results = search.search_events(text="xylophone quartz")
    assert results.hits == []
    assert results.total == 0
    assert results.did_you_mean is None
    assert not results.fuzzy


# --- PostgreSQL: highlighting ----------------------------------------------------------------------------


@pytest.mark.postgres
def test_highlighting_escapes_everything_but_our_marks(chicago):
    EventFactory(
        city=chicago,
        title="<script>alert('x')</script> Jazz & Blues \ue000night\ue001",
        description="Doors at 7. "
        + "Filler words here. " * 30
        + "The <b>jazz</b> trio plays <img src=x onerror=alert(1)> late.",
    )
    hit = search.search_events(text="jazz").hits[0]
    assert "<script>" not in hit.title_html
    assert "&lt;script&gt;" in hit.title_html
    assert "<mark>Jazz</mark>" in hit.title_html
    assert "\ue000" not in hit.title_html
    assert "\ue001" not in hit.title_html
    assert "<mark>jazz</mark>" in hit.snippet_html
    assert "<img" not in hit.snippet_html
    assert "&lt;img" in hit.snippet_html
    assert "<b>" not in hit.snippet_html
    assert hit.snippet_html.startswith("… ")  # a fragment from the middle says so
    stripped = str(hit.snippet_html).replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped


@pytest.mark.postgres
def test_description_snippet_without_a_match_is_its_beginning(chicago):
    EventFactory(city=chicago, title="Jazz brunch", description="Pancakes, coffee and a quiet trio.")
    EventFactory(city=chicago, title="Jazz at noon", description="")
    hits = {hit.event.title: hit for hit in search.search_events(text="jazz").hits}
    assert hits["Jazz brunch"].snippet_html == "Pancakes, coffee and a quiet trio."
    assert hits["Jazz at noon"].snippet_html == ""


# --- filters and visibility (both paths read selectors.event_list) ----------------------------------------


@pytest.mark.postgres
def test_text_combines_with_city_when_and_category(chicago, austin):
    music = Category.objects.get(slug="music")
    tomorrow = local_at(1, 20, tz="America/Chicago")
    EventFactory(city=chicago, title="Jazz jam", start=tomorrow, category=music)
    EventFactory(city=chicago, title="Jazz lecture", start=tomorrow + dt.timedelta(days=3))
    EventFactory(city=austin, title="Jazz jam Austin", start=tomorrow, category=music)
    assert titles(search.search_events(text="jazz", filters={"city": "chicago"})) == ["Jazz jam", "Jazz lecture"]
    assert titles(search.search_events(text="jazz", filters={"city": "chicago", "when": "tomorrow"})) == ["Jazz jam"]
    assert titles(search.search_events(text="jazz", filters={"category": "music", "city": "austin"})) == [
        "Jazz jam Austin"
    ]
    with pytest.raises(InvalidFiltersError) as error:
        search.search_events(text="jazz", filters={"city": "atlantis"})
    assert "city" in error.value.errors


def _hidden_events(city):
    winner = EventFactory(city=city, title="Kept jazz night")
    EventFactory(city=city, title="Archived jazz night", archived_at=timezone.now())
    EventFactory(city=city, title="Merged jazz night", merged_into=winner)
    EventFactory(city=city, title="Held jazz night", moderation_status=Event.ModerationStatus.HELD)
    EventFactory(city=city, title="Past jazz night", start=timezone.now() - dt.timedelta(days=3))
    return winner


@pytest.mark.postgres
def test_archived_merged_unpublished_and_past_events_are_never_found(chicago):
    _hidden_events(chicago)
    assert titles(search.search_events(text="jazz night")) == ["Kept jazz night"]
    assert titles(search.search_events(text="jaz nigth")) == ["Kept jazz night"]  # nor by the typo path
    assert [event.title for event in event_list(filters={"q": "jazz"})] == ["Kept jazz night"]
    assert search.suggest(prefix="jazz night") == ["Kept jazz night"]
    assert search.suggest(prefix="archived") == []


def test_fallback_finds_the_same_visible_events(chicago):
    _hidden_events(chicago)
    base = event_list(filters={})
    assert [event.title for event in search.filter_text_fallback(base, "JAZZ night")] == ["Kept jazz night"]
    results = search._search_fallback(base, "jazz", 20, 0)
    assert titles(results) == ["Kept jazz night"]


# --- the SQLite fallback, called directly --------------------------------------------------------------


def test_fallback_needs_every_word_case_insensitively_and_ranks_titles_first(chicago):
    EventFactory(city=chicago, title="Open studios", description="Painters and a JAZZ trio.")
    EventFactory(city=chicago, title="Jazz on the roof", description="Summer evenings upstairs.", start=local_at(5, 19))
    EventFactory(city=chicago, title="Quiz", venue_name="Jazz Cellar", description="Teams of four.")
    base = event_list(filters={})
    assert {event.title for event in search.filter_text_fallback(base, "jazz")} == {
        "Open studios",
        "Jazz on the roof",
        "Quiz",
    }
    assert [event.title for event in search.filter_text_fallback(base, "jazz trio")] == ["Open studios"]
    assert list(search.filter_text_fallback(base, "jazz harp")) == []
    results = search._search_fallback(base, "jazz", 20, 0)
    assert titles(results)[0] == "Jazz on the roof"
    assert results.total == 3
    trio = search._search_fallback(base, "trio", 20, 0).hits[0]
    assert trio.snippet_html == "Painters and a JAZZ <mark>trio</mark>."


def test_plain_highlighting_escapes_and_marks():
    html = search.highlight_plain("<b>Jazz</b> & jazzy \ue000x\ue001", ["jazz"])
    assert html == "&lt;b&gt;<mark>Jazz</mark>&lt;/b&gt; &amp; <mark>jazz</mark>y x"
    assert search.highlight_plain("Nothing here", []) == "Nothing here"
    long = "word " * 100 + "needle " + "word " * 100
    snippet = search.snippet_plain(long, ["needle"])
    assert snippet.startswith("… ")
    assert snippet.endswith(" …")
    assert "<mark>needle</mark>" in snippet
    assert len(snippet) < search.SNIPPET_CHARS + 40


def test_query_words_cannot_form_tsquery_syntax():
    assert search.words("'\"&|!:*()<>") == []
    assert search.words("Jazz & blues: (live)!") == ["jazz", "blues", "live"]
    assert search.words("हिन्दी नाटक") == ["हिन्दी", "नाटक"]  # vowel signs are part of the word
    assert len(search.words("a " * 50)) == search.MAX_TERMS
    assert search.words("x" * 500) == ["x" * search.MAX_TERM_LENGTH]
    assert search.tsquery_source(["jazz", "festiv"]) == "jazz & festiv:*"
    assert search.tsquery_source(["jazz", "fe"]) == "jazz & fe"
    assert search.correction(["jaz", "festivl"], ["Jazz Festival"]) == "jazz festival"
    assert search.correction(["jazz"], ["Jazz Festival"]) is None


# --- suggestions -----------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_suggest_titles_venues_categories_by_prefix_and_typo(chicago, austin):
    # The taxonomy (a data migration) has the category "Jazz & blues".
    Venue.objects.create(name="Jazz Cellar", slug="jazz-cellar", city=chicago)
    Venue.objects.create(name="Jazzhaus", slug="jazzhaus", city=austin)
    EventFactory(city=chicago, title="Jazz Festival in the Park")
    EventFactory(city=chicago, title="Jazz Festival in the Park")  # a second date: suggested once
    EventFactory(city=chicago, title="Late jazz session")
    EventFactory(city=austin, title="Jazz at the Capitol")
    everywhere = search.suggest(prefix="jaz")
    assert everywhere[:3] == ["Jazzhaus", "Jazz Cellar", "Jazz & blues"]  # starts with it, shortest first
    assert set(everywhere) == {
        "Jazzhaus",
        "Jazz Cellar",
        "Jazz & blues",
        "Jazz Festival in the Park",
        "Jazz at the Capitol",
        "Late jazz session",
    }
    assert everywhere[-1] == "Late jazz session"  # a later word starting with it comes after
    in_chicago = search.suggest(prefix="Jazz", city=chicago, limit=3)
    assert in_chicago == ["Jazz Cellar", "Jazz & blues", "Jazz Festival in the Park"]
    assert search.suggest(prefix="festivl", city=chicago) == ["Jazz Festival in the Park"]  # typo
    assert search.suggest(prefix="j") == []
    assert search.suggest(prefix="%_") == []


def test_suggest_by_prefix_on_any_database(chicago):
    EventFactory(city=chicago, title="Pottery workshop")
    Venue.objects.create(name="Potter's Wheel Studio", slug="potters-wheel", city=chicago)
    assert search.suggest(prefix="pott") == ["Pottery workshop", "Potter's Wheel Studio"]  # shorter first
    assert search.suggest(prefix="worksh") == ["Workshops", "Pottery workshop"]  # a category, a later word
    assert search.suggest(prefix="100%") == []


# --- the page --------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_search_page_lists_highlighted_results_with_local_time(client, chicago):
    EventFactory(
        city=chicago,
        title="Jazz <Festival>",
        venue_name="Harbor Gardens",
        description="Three stages of jazz by the water.",
        start=local_at(4, 19, 30, tz="America/Chicago"),
    )
    response = client.get(reverse("events:search"), {"q": "jazz"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<mark>Jazz</mark> &lt;Festival&gt;" in body
    assert "of <mark>jazz</mark> by the water" in body
    assert "7:30 PM" in body
    assert "Harbor Gardens" in body
    assert "Chicago" in body
    assert "1 event for “jazz”" in body
    assert '<meta name="robots" content="noindex">' in body


@pytest.mark.postgres
def test_search_page_offers_did_you_mean(client, chicago):
    EventFactory(city=chicago, title="Jazz Festival")
    response = client.get(reverse("events:search"), {"q": "jaz festivl", "city": "chicago"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Did you mean" in body
    assert "?q=jazz+festival&amp;city=chicago" in body


@pytest.mark.postgres
def test_search_page_paginates_and_keeps_the_filters(client, chicago):
    for day in range(25):
        EventFactory(city=chicago, title=f"Farmers market {day}", start=local_at(day + 1, 9, tz="America/Chicago"))
    first = client.get(reverse("events:search"), {"q": "market", "city": "chicago"})
    assert len(first.context["results"].hits) == 20
    assert "?q=market&amp;city=chicago&amp;page=2" in first.content.decode()
    second = client.get(reverse("events:search"), {"q": "market", "city": "chicago", "page": "2"})
    assert len(second.context["results"].hits) == 5
    assert second.context["results"].hits[0].event.title == "Farmers market 20"
    beyond = client.get(reverse("events:search"), {"q": "market", "page": "9"})
    assert beyond.status_code == 200
    assert beyond.context["page"] == 2
    junk = client.get(reverse("events:search"), {"q": "market", "page": "junk"})
    assert junk.context["page"] == 1


def test_search_page_empty_query_shows_a_prompt(client, chicago):
    EventFactory(city=chicago, title="Jazz Festival")
    response = client.get(reverse("events:search"))
    assert response.status_code == 200
    assert "What are you looking for?" in response.content.decode()
    assert response.context["results"].hits == []


@pytest.mark.parametrize(
    "junk",
    ["'\"&|!:*", "!!!", "....", "x" * 500, "jazz" + "&" * 300, ":*", "(((", "<script>alert(1)</script>", "\ue000"],
)
def test_search_page_junk_queries_give_a_clean_page(client, chicago, junk):
    EventFactory(city=chicago, title="Jazz Festival")
    response = client.get(reverse("events:search"), {"q": junk})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_search_page_invalid_filter_is_a_400_with_a_message(client, chicago):
    response = client.get(reverse("events:search"), {"q": "jazz", "city": "atlantis", "when": "someday"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Unknown city “atlantis”." in body
    assert "someday" in body
    assert 'aria-invalid="true"' in body
    assert 'href="/search/?q=jazz"' in body


# --- the migration -------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_migration_is_reversible():
    migration = importlib.import_module("events.migrations.0008_event_search")

    def columns() -> set[str]:
        with connection.cursor() as cursor:
            return {column.name for column in connection.introspection.get_table_description(cursor, "events_event")}

    def indexes() -> set[str]:
        with connection.cursor() as cursor:
            return set(connection.introspection.get_constraints(cursor, "events_event"))

    assert "search_vector" in columns()
    assert {"event_search_vector", "event_title_trgm", "event_search_start"} <= indexes()
    with connection.schema_editor() as editor:
        migration._run(migration.BACKWARD)(None, editor)
    assert "search_vector" not in columns()
    assert not {"event_search_vector", "event_title_trgm", "event_search_start"} & indexes()
    with connection.schema_editor() as editor:
        migration._run(migration.FORWARD)(None, editor)
    assert "search_vector" in columns()
    assert {"event_search_vector", "event_title_trgm", "event_search_start"} <= indexes()


@pytest.mark.postgres
def test_a_broad_query_ranks_the_soonest_matches_and_says_there_are_more(monkeypatch, chicago):
    monkeypatch.setattr(search, "RANK_WINDOW", 4)
    for day in range(1, 7):
        EventFactory(city=chicago, title=f"Open studios {day}", description="Live music.", start=local_at(day, 18))
    EventFactory(city=chicago, title="Live at the Lake", start=local_at(2, 20))
    results = search.search_events(text="live")
    assert results.more
    assert results.total == 4
    # The title match (weight A) leads; the others follow by date among the soonest four ranked.
    assert titles(results) == ["Live at the Lake", "Open studios 1", "Open studios 2", "Open studios 3"]
    narrow = search.search_events(text="lake")
    assert not narrow.more
    assert narrow.total == 1
