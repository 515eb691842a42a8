"""De-duplication when the titles say where: two listings whose titles name one site by name are at that site,
whatever their place fields say; a placeless listing whose title names only the kind of site ("in the Park") is
not the one at a named park. The documents are our own."""

from __future__ import annotations

from typing import Any

from events.pipeline.dedup import DIFFERENT_PLACE, PLACE_AMBIGUOUS, SITE_KIND, SITE_UNSTATED, dedupe_batch, score_pair

TOWN = {"city": "Alderton", "timezone": "America/Los_Angeles"}


def listing(source: str, external_id: str, title: str, start: str, **fields: Any) -> dict[str, Any]:
    where = {"venue_name": None, "address": None, **fields}
    return {"source": source, "external_id": external_id, "title": title, "start": start, **TOWN, **where}


def linked(*records: dict[str, Any]) -> bool:
    return len({result.cluster for result in dedupe_batch(list(records))}) == 1


# --- one site named in both titles -------------------------------------------------------------------------------
def test_a_site_both_titles_name_outweighs_place_fields_that_disagree():
    # A newspaper gives the park; the library gives the branch that runs the outing, or its book van.
    paper = listing("paper", "1", "Puppet Show at Larkspur Park", "2026-07-22T10:30:00-07:00",
                    venue_name="Larkspur Park")  # fmt: skip
    branch = listing("library", "2", "Puppet Show at Larkspur Park", "2026-07-22T10:30:00-07:00",
                     venue_name="Outreach (Maple) at Maple Regional Library")  # fmt: skip
    assert score_pair(paper, branch).band == "merge"
    assert linked(paper, branch)
    van = listing("library", "3", "Book Van at Alder Cultural Center", "2026-07-22T14:00:00-07:00",
                  venue_name="Book Van")  # fmt: skip
    centre = listing("paper", "4", "Book Van at Alder Cultural Center", "2026-07-22T14:00:00-07:00",
                     venue_name="Alder Cultural Center")  # fmt: skip
    assert linked(van, centre)


def test_two_street_addresses_for_one_park_the_titles_name_still_link():
    city = listing("city", "1", "Heron Bluff Park Restoration Event", "2025-08-09T10:00:00-07:00",
                   address="4500 21st Ave SW, Alderton")  # fmt: skip
    group = listing("group", "2", "Forest Restoration at Heron Bluff Park", "2025-08-09T10:00:00-07:00",
                    address="1901 SW Birch St, Alderton")  # fmt: skip
    pair = score_pair(city, group)
    assert (pair.band, pair.scores["venue"]) == ("merge", 1.0)
    # In a batch that names the park and the activity often, the park's words are still what the two share.
    others = [
        listing("city", f"o{n}", f"Heron Bluff Park {kind}", f"2025-08-{10 + n:02d}T10:00:00-07:00")
        for n, kind in enumerate(("Restoration Event", "Restoration Event", "Litter Patrol", "Restoration Day"))
    ] + [listing("group", f"g{n}", f"Forest Restoration at {site}", f"2025-08-{10 + n:02d}T10:00:00-07:00")
         for n, site in enumerate(("Heron Bluff Park", "Cedar Park", "Heron Bluff Park", "Alder Park"))]  # fmt: skip
    results = dedupe_batch([city, group, *others])
    assert results[0].cluster == results[1].cluster


def test_a_kind_of_place_or_an_event_name_in_both_titles_is_not_a_site_they_share():
    # Every branch holds "Lunch at the Library" and a "Book Club" at noon: only the kind of place, or the name.
    for title in ("Lunch at the Library", "Book Club", "Meetup: Book Club"):
        elm = listing("library", "1", title, "2026-07-22T12:00:00-07:00", venue_name="Elm Regional Library")
        oak = listing("library", "2", "Book Club", "2026-07-22T12:00:00-07:00", venue_name="Oak Regional Library")
        if title == "Lunch at the Library":
            oak = {**oak, "title": title}
        assert score_pair(elm, oak).reason == DIFFERENT_PLACE
        assert not linked(elm, oak)


def test_a_site_named_in_only_one_title_leaves_the_place_fields_to_decide():
    named = listing(
        "paper", "1", "Puppet Show at Larkspur Park", "2026-07-22T10:30:00-07:00", venue_name="Larkspur Park"
    )
    other = listing("library", "2", "Puppet Show", "2026-07-22T10:30:00-07:00", venue_name="Cedar Park")
    assert score_pair(named, other).band != "merge"


# --- a kind of site against a site by name --------------------------------------------------------------------------
def test_a_placeless_title_naming_only_the_kind_of_site_is_not_the_named_site():
    # Two sources (one source's two starts are two listings already: OWN_OTHER_START).
    vague = listing("paper", "1", "Storytime in the Park", "2026-07-22T11:00:00-07:00")
    named = listing("library", "2", "Family Storytime at Larkspur Park", "2026-07-22T10:30:00-07:00",
                    venue_name="Larkspur Park")  # fmt: skip
    pair = score_pair(vague, named)
    assert (pair.band, pair.reason) == ("review", SITE_KIND)
    assert not linked(vague, named)


def test_the_same_kind_of_site_in_both_titles_or_a_stated_place_still_links():
    vague = listing("paper", "1", "Storytime in the Park", "2026-07-22T11:00:00-07:00")
    assert linked(vague, listing("library", "2", "Storytime in the Park", "2026-07-22T11:00:00-07:00",
                                 venue_name="Larkspur Park"))  # fmt: skip
    placed = listing("paper", "3", "Storytime in the Park", "2026-07-22T11:00:00-07:00", venue_name="Larkspur Park")
    named = listing("paper", "4", "Family Storytime at Larkspur Park", "2026-07-22T11:00:00-07:00",
                    venue_name="Larkspur Park")  # fmt: skip
    assert score_pair(placed, named).reason != SITE_KIND


# --- an organiser's own listing beside one that credits it ---------------------------------------------------------
def test_an_organisers_own_listing_beside_one_crediting_it_at_one_site_and_start_links():
    city = listing("city_calendar", "1", "Restore Willow Garden Natural Area with Greenhands!",
                   "2025-08-02T10:00:00-07:00", address="9817 55th Ave S, Alderton")  # fmt: skip
    own = listing("greenhands", "2", "Alderton: Willow Garden", "2025-08-02T10:00:00-07:00")
    assert score_pair(city, own).band == "merge"
    assert linked(city, own)
    # Another organiser's listing, or the same at another start: the titles alone are too far apart to link.
    assert score_pair(city, {**own, "source": "treekeepers"}).band == "review"
    assert score_pair(city, {**own, "start": "2025-08-02T13:00:00-07:00"}).band != "merge"
    # The credit without a site both titles name is not enough either.
    elsewhere = listing("greenhands", "3", "Alderton: Cedar Meadow", "2025-08-02T10:00:00-07:00")
    assert score_pair(city, elsewhere).band != "merge"


# --- one source's own repost -------------------------------------------------------------------------------------
def test_one_sources_bare_and_sited_listings_of_one_name_at_one_start_are_its_repost():
    bare = listing("parks", "1", "Heron Walk", "2026-04-28T10:00:00-07:00")
    sited = listing("parks", "2", "Heron Walk @ Larkspur Park", "2026-04-28T10:00:00-07:00")
    assert score_pair(bare, sited).band == "merge"
    assert linked(bare, sited)
    # Another source's bare listing may be the walk at another park; so may one at another start.
    assert score_pair({**bare, "source": "paper"}, sited).reason == SITE_UNSTATED
    assert score_pair({**bare, "start": "2026-04-28T10:30:00-07:00"}, sited).band != "merge"


def test_a_bare_listing_beside_its_sources_listings_at_two_sites_is_for_a_moderator():
    # The source's umbrella listing beside two of its sites at one hour: the bare one may be either, or neither.
    bare = listing("parks", "1", "Heron Walk", "2026-04-28T10:00:00-07:00")
    larkspur = listing("parks", "2", "Heron Walk @ Larkspur Park", "2026-04-28T10:00:00-07:00")
    cedar = listing("parks", "3", "Heron Walk @ Cedar Park", "2026-04-28T10:00:00-07:00")
    results = dedupe_batch([bare, larkspur, cedar])
    assert len({result.cluster for result in results}) == 3
    assert results[0].reason == PLACE_AMBIGUOUS


# --- hard negatives the title-site rules must leave apart (found in review) -------------------------------------
def test_a_common_site_name_in_both_titles_does_not_outweigh_two_named_branches():
    # "Public Library" and "Farmers Market" are words every branch and square may use: the place fields name two.
    for title, first, second in (
        ("Storytime at the Public Library", "Windsor Library", "Healdsburg Library"),
        ("Live Music at the Farmers Market", "Courthouse Square", "Harbour Plaza"),
    ):
        one = listing("paper", "1", title, "2026-07-22T10:30:00-07:00", venue_name=first)
        two = listing("library", "2", title, "2026-07-22T10:30:00-07:00", venue_name=second)
        assert score_pair(one, two).band == "review", title
        assert not linked(one, two), title


def test_a_source_whose_name_is_the_site_does_not_credit_itself():
    # Two clubs at one branch at one hour: the branch's calendar is named for it, which credits nobody.
    lego = listing("willow_library", "1", "Lego Club at Willow Branch Library", "2026-07-22T16:00:00-07:00",
                   venue_name="Willow Branch Library")  # fmt: skip
    chess = listing("city_events", "2", "Chess Club at Willow Branch Library", "2026-07-22T16:00:00-07:00",
                    venue_name="Willow Branch Library")  # fmt: skip
    assert score_pair(lego, chess).band != "merge"
    assert not linked(lego, chess)


def test_one_sources_bare_listing_at_a_named_place_is_no_repost_of_its_sited_one():
    bare = listing("partnership", "1", "Heron Walk", "2026-07-22T09:00:00-07:00", venue_name="Cedar Park")
    sited = listing("partnership", "2", "Heron Walk @ Larkspur Park", "2026-07-22T09:00:00-07:00")
    assert score_pair(bare, sited).band != "merge"
    assert not linked(bare, sited)
