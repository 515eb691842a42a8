"""A listing the text model only guessed at takes the category the rest of its source's feed was read as, when that
feed is mostly one kind (events/pipeline/categorize/source_consensus.py)."""

from __future__ import annotations

import pytest
from django.utils import timezone

from events.models import Event, EventListing, StagedEvent
from events.pipeline.categorize import CategoryResult
from events.pipeline.categorize.source_consensus import ConsensusConfig, source_priors, with_source_consensus
from events.services.processing import latest_confident_listings, source_category_counts
from tests.events.helpers import day, load_bengaluru, make_source, record, run

GUESS = CategoryResult("arts_culture", None, 0.31, [], "model", True)
LOW = "guessed with low confidence"
# A place with no past: a guess there is left to its feed.
LOFT = {"venue_name": "Nobody's Loft", "address": "3 Unknown Lane, Bengaluru", "description": None}


def read(category: str, method: str = "rules", confidence: float = 0.9) -> CategoryResult:
    return CategoryResult(category, None, confidence, [], method, False)  # type: ignore[arg-type]


# --- the rule, pure --------------------------------------------------------------------------------------------
def test_a_source_prior_needs_enough_confident_listings_and_a_clear_majority():
    civic = [read("community_civic")] * 3
    assert source_priors([*civic, GUESS], ["council"] * 4) == {"council": ("community_civic", 1.0, False)}
    assert source_priors(civic[:2] + [GUESS], ["council"] * 3) == {}  # two listings say too little
    mixed = [read("music"), read("music"), read("comedy"), read("arts_culture", "model", 0.7)]
    assert source_priors(mixed, ["aggregator"] * 4) == {}  # half music: an aggregator of many kinds
    # Guesses are no evidence, however many: three flagged readings of one kind make no majority.
    assert source_priors([GUESS, GUESS, GUESS, read("music")], ["club"] * 4) == {}
    # Sure only when one-sided and large enough.
    sure = [read("tech_business")] * 9 + [read("education", "model", 0.6)]
    assert source_priors(sure, ["group"] * 10) == {"group": ("tech_business", 0.9, True)}
    assert source_priors(sure, ["group"] * 10, ConsensusConfig(sure_events=20))["group"][2] is False


def test_only_a_guess_is_replaced_and_a_mixed_or_unknown_source_leaves_it():
    tech = [read("tech_business", "model", 0.62), read("tech_business"), read("tech_business", "source_label", 1.0)]
    results = [*tech, GUESS, read("music"), read("comedy"), read("nightlife"), GUESS, GUESS]
    sources = ["group"] * 4 + ["bar"] * 4 + [None]
    out = with_source_consensus(results, sources)
    assert out[:3] == tech  # the evidence itself is never changed
    assert (out[3].category, out[3].method, out[3].low_confidence) == ("tech_business", "source", True)
    assert out[3].category_confidence <= 0.45  # three agreeing listings pre-fill a moderator's choice, still flagged
    assert out[4:] == results[4:]  # a bar of three kinds says nothing; a listing of no known source neither


def test_a_sure_feed_lifts_the_flag_and_a_rule_or_a_confident_reading_is_kept():
    meetings = [read("community_civic")] * 20  # 20 of the 22 listings read with confidence: 0.91
    rule_said = CategoryResult("education", None, 0.4, [], "rules", True)  # a keyword rule's answer is the words' own
    sure_other = read("music", "model", 0.55)
    venue_said = CategoryResult("comedy", None, 0.45, [], "venue", True)  # another prior's answer stays
    out = with_source_consensus([*meetings, GUESS, rule_said, sure_other, venue_said], ["council"] * 24)
    assert (out[20].category, out[20].method, out[20].low_confidence) == ("community_civic", "source", False)
    assert out[20].category_confidence == 0.8  # capped: a feed's majority is never as sure as the words
    assert out[21:] == [rule_said, sure_other, venue_said]


# --- in the pipeline -------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_talk_titled_by_its_subject_in_a_tech_groups_feed_is_the_groups_kind():
    city = load_bengaluru()
    group = make_source("devgroup", city)
    hall = {"venue_name": "Ridge Cowork Hall", "address": "80 Feet Road, Koramangala, Bengaluru", "description": None}
    meetups = [
        record(f"m{n}", title, day(days=2 + n), **hall)
        for n, title in enumerate(("Python Meetup", "Kubernetes Meetup", "Rust Hack Night", "Cloud Native Meetup"))
    ]
    # The subject alone: a bag of words cannot tell a tech talk from anything else.
    talk = record("t1", "Qorvath and Zindle Tessalations", day(days=9), **hall)
    run(group, *meetups, talk)
    staged = StagedEvent.objects.get(external_id="t1")
    assert (staged.normalized["category"], staged.normalized["category_method"]) == ("tech_business", "source")
    assert any(LOW in reason for reason in staged.reasons)  # four listings: pre-filled, still a moderator's call

    # The same title in another source's feed: that feed says nothing, but the hall's published meetups do (venue
    # history, two agreeing events on), as a guess still flagged for a moderator.
    other = make_source("listings", city)
    run(other, record("t2", "Qorvath and Zindle Tessalations", day(days=11), latitude=12.99, longitude=77.59, **hall))
    at_hall = StagedEvent.objects.get(external_id="t2")
    assert (at_hall.normalized["category"], at_hall.normalized["category_method"]) == ("tech_business", "venue")
    assert any(LOW in reason for reason in at_hall.reasons)
    # Alone at a place with no past, it stays the text model's own guess.
    run(other, record("t3", "Qorvath and Zindle Tessalations", day(days=12), latitude=12.98, longitude=77.6, **LOFT))
    alone = StagedEvent.objects.get(external_id="t3")
    assert alone.normalized["category_method"] == "model"


def test_a_source_history_counts_with_the_batch():
    history = {"group": {"tech_business": 5}, "bar": {"music": 1}}
    out = with_source_consensus([GUESS, GUESS], ["group", "bar"], history=history)
    assert (out[0].category, out[0].method) == ("tech_business", "source")  # five published meetups say it alone
    assert out[1] == GUESS  # one published concert is too little
    # The batch's and the history's evidence add up; a mixed history keeps a guess a guess.
    assert source_priors([read("music"), read("music")], ["bar"] * 2, history=history)["bar"] == ("music", 1.0, False)
    mixed = {"hall": {"music": 4, "comedy": 4}}
    assert with_source_consensus([GUESS], ["hall"], history=mixed) == [GUESS]


@pytest.mark.django_db
def test_a_feed_fetched_one_listing_at_a_time_reads_its_published_events():
    city = load_bengaluru()
    group = make_source("devgroup", city)
    hall = {"venue_name": "Ridge Cowork Hall", "address": "80 Feet Road, Koramangala, Bengaluru", "description": None}
    titles = ("Python Meetup", "Kubernetes Meetup", "Rust Hack Night", "Cloud Native Meetup")
    for n, title in enumerate(titles):  # each in its own fetch: no batch holds two of them
        run(group, record(f"m{n}", title, day(days=2 + n), **hall))
    assert source_category_counts([group.pk]) == {group.pk: {"tech_business": 4}}
    # At a place with no past of its own (at the hall, its published meetups would decide first: venue_history).
    run(group, record("t1", "Qorvath and Zindle Tessalations", day(days=9), latitude=12.98, longitude=77.6, **LOFT))
    staged = StagedEvent.objects.get(external_id="t1")
    assert (staged.normalized["category"], staged.normalized["category_method"]) == ("tech_business", "source")
    assert source_category_counts([group.pk], recent=2) == {group.pk: {"tech_business": 2}}  # bounded
    assert source_category_counts([make_source("empty", city).pk]) == {}


def test_history_names_the_category_but_only_the_batch_makes_a_source_sure():
    # 200 published meetups and nothing in the batch but the guess: pre-filled for a moderator, not published as sure.
    out = with_source_consensus([GUESS], ["group"], history={"group": {"tech_business": 200}})
    assert (out[0].category, out[0].method, out[0].low_confidence) == ("tech_business", "source", True)
    # The same feed fetching nine meetups with the guess: the listings fetched together are one-sided enough.
    nine = [read("tech_business")] * 9
    out = with_source_consensus([*nine, GUESS], ["group"] * 10, history={"group": {"tech_business": 200}})
    assert (out[9].method, out[9].low_confidence) == ("source", False)
    # A batch that is itself mixed is not made sure by a one-sided past.
    mixed = [read("tech_business")] * 7 + [read("music")] * 2
    out = with_source_consensus([*mixed, GUESS], ["group"] * 10, history={"group": {"tech_business": 200}})
    assert (out[9].category, out[9].low_confidence) == ("tech_business", True)


@pytest.mark.django_db
def test_a_changed_listing_is_not_counted_twice_from_its_own_stored_event():
    city = load_bengaluru()
    group = make_source("devgroup", city)
    hall = {"venue_name": "Ridge Cowork Hall", "address": "80 Feet Road, Koramangala, Bengaluru", "description": None}
    meetups = [("m0", "Python Meetup", day(days=2)), ("m1", "Kubernetes Meetup", day(days=3))]
    run(group, *(record(*meetup, **hall) for meetup in meetups), record("c0", "Jazz Concert", day(days=4), **hall))
    assert source_category_counts([group.pk]) == {group.pk: {"tech_business": 2, "music": 1}}
    assert source_category_counts([group.pk], exclude={group.pk: {"m0", "m1"}}) == {group.pk: {"music": 1}}
    # The two meetups again, changed, with a talk titled by its subject: two meetups and a concert stand behind it
    # (2 of 3, no majority), not four meetups and a concert (4 of 5), which their stored copies would make.
    changed = [record(*meetup, **{**hall, "description": "Talks, then pizza."}) for meetup in meetups]
    run(
        group,
        *changed,
        record("t1", "Qorvath and Zindle Tessalations", day(days=9), latitude=12.98, longitude=77.6, **LOFT),
    )
    assert StagedEvent.objects.get(external_id="t1").normalized["category_method"] == "model"


@pytest.mark.django_db
def test_a_sources_past_is_read_once_per_pipeline_state(django_assert_num_queries):
    city = load_bengaluru()
    group = make_source("devgroup", city)
    run(group, record("m0", "Python Meetup", day(days=2)), record("m1", "Kubernetes Meetup", day(days=3)))
    listings: dict[int, list[tuple[str, str]]] = {}
    with django_assert_num_queries(2):  # the source's latest listings, then their events
        first = source_category_counts([group.pk], cached=listings)
    with django_assert_num_queries(0):  # the next batch's guess: what the state read stands
        again = source_category_counts([group.pk], exclude={group.pk: {"m1"}}, cached=listings)
    assert first == {group.pk: {"tech_business": 2}}
    assert again == {group.pk: {"tech_business": 1}}
    assert {external_id for external_id, _ in listings[group.pk]} == {"m0", "m1"}


@pytest.mark.django_db
def test_a_sources_latest_confident_listings_are_read_newest_first_a_chunk_at_a_time():
    city = load_bengaluru()
    group = make_source("devgroup", city)
    hall = {"venue_name": "Ridge Cowork Hall", "address": "80 Feet Road, Koramangala, Bengaluru", "description": None}
    titles = ("Python Meetup", "Kubernetes Meetup", "Rust Hack Night", "Cloud Native Meetup", "Golang Meetup")
    run(group, *(record(f"m{n}", title, day(days=2 + n), **hall) for n, title in enumerate(titles)))
    EventListing.objects.filter(source=group).update(first_seen_at=timezone.now())  # one feed staged at one moment
    newest = list(EventListing.objects.filter(source=group).order_by("-pk").values_list("external_id", "event_id"))
    assert len(newest) == 5
    latest = latest_confident_listings([group.pk], 10, chunk=2)[group.pk]
    assert [external_id for external_id, _ in latest] == [external_id for external_id, _ in newest]  # ties: newest id
    assert {slug for _, slug in latest} == {"tech_business"}

    # The newest three held for a moderator: the walk goes on past them into the next chunks.
    Event.objects.filter(pk__in=[event_id for _, event_id in newest[:3]]).update(
        moderation_status=Event.ModerationStatus.HELD
    )
    assert [row[0] for row in latest_confident_listings([group.pk], 1, chunk=2)[group.pk]] == [newest[3][0]]
    assert [row[0] for row in latest_confident_listings([group.pk], 5, chunk=2)[group.pk]] == [
        newest[3][0],
        newest[4][0],
    ]
    # It reads `reach` listings at most: none of the latest two is confident, so there is no recent kind to go by.
    assert latest_confident_listings([group.pk], 5, chunk=2, reach=2) == {group.pk: []}
    empty = make_source("empty", city)
    assert latest_confident_listings([empty.pk], 5) == {empty.pk: []}
