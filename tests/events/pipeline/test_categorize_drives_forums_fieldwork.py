"""A charity's drives and food distributions, forums on a public matter, and a nature centre's programmes named by what
they look for (events/pipeline/categorize/rules_giving.py, rules_forums.py, rules_nature_programmes.py, helper cats22).
The titles are ours, in the shape of a food bank's, a council's and a park district's listings; each rule's look-alikes
must not be decided by it."""

from __future__ import annotations

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules import RULES
from events.pipeline.categorize.rules_forums import FORUM_RULE_TABLE
from events.pipeline.categorize.rules_giving import GIVING_RULE_TABLE
from events.pipeline.categorize.rules_nature_programmes import NATURE_PROGRAMME_RULE_TABLE

DECIDED = {
    # donation drives and food distributions
    "Coat Drive Drop-off": "community_civic",
    "Holiday Toy Drive": "community_civic",
    "Book Drive for the School Library": "community_civic",
    "Food Distribution": "community_civic",
    "Free Produce Distribution": "community_civic",
    "Thanksgiving Turkey Giveaway": "community_civic",
    # forums on a public matter
    "Budget Forum": "community_civic",
    "Mayoral Forum": "community_civic",
    "Neighborhood Forum: Traffic Calming": "community_civic",
    # a nature centre's programmes
    "Seining the Creek": "outdoors_nature",
    "Creek Stomp": "outdoors_nature",
    "Tracks and Signs of Winter": "outdoors_nature",
    "Salamander Night": "outdoors_nature",
}

# Each rule's look-alikes: a drive that collects nothing, a forum of a trade or a venue, a record's tracks.
NOT_BY_THESE_RULES = [
    "Test Drive Event at Main Street Motors",
    "Scenic Drive Car Show",
    "Concert at 100 Ocean Drive",
    "Pantry Staples Cooking Class",
    "Wine Distribution Seminar",
    "Developer Forum: Kotlin",
    "Investor Forum 2031",
    "Jazz Forum Quartet",
    "Public Forum Debate Tournament",
    "Forum Theatre Workshop",
    "The Animals: Animal Tracks Tour",
    "Stomp (the show)",
    "The Moth Night: True Stories",
]


def test_the_tables_are_read():
    phrases = {phrase for rule in RULES for phrase in rule.phrases}
    for table in (GIVING_RULE_TABLE, FORUM_RULE_TABLE, NATURE_PROGRAMME_RULE_TABLE):
        assert all(set(row[3]) <= phrases for row in table)


def test_drives_forums_and_field_programmes_are_decided_by_the_rules():
    results = categorize_batch([{"title": title, "description": None} for title in DECIDED])
    assert {title: (r.category, r.method) for title, r in zip(DECIDED, results, strict=True)} == {
        title: (category, "rules") for title, category in DECIDED.items()
    }


def test_a_drive_in_a_description_does_not_decide():
    # "title" mode: a concert's description that mentions a food drive at the door is still the concert's.
    result = categorize_batch(
        [{"title": "The Lumineers Tribute Night", "description": "Bring a can for our food drive at the door."}]
    )[0]
    assert result.category != "community_civic"


def test_look_alikes_are_not_decided_by_these_rules():
    tags = {row[0] for table in (GIVING_RULE_TABLE, FORUM_RULE_TABLE, NATURE_PROGRAMME_RULE_TABLE) for row in table}
    results = categorize_batch([{"title": title, "description": None} for title in NOT_BY_THESE_RULES])
    for title, result in zip(NOT_BY_THESE_RULES, results, strict=True):
        decided_here = result.method == "rules" and (
            (
                result.category == "community_civic"
                and result.subcategory in {"volunteering", "charity", "public-meetings"}
            )
            or (result.category == "outdoors_nature" and set(result.tags) & tags)
        )
        assert not decided_here, (title, result)
