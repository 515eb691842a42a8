"""A charity's drives and food distributions, forums on a public matter, a city's civic occasions (elections, public
safety nights, citizenship ceremonies, collection days, legal clinics), a nature centre's programmes named by what they
look for, and an unconference (events/pipeline/categorize/rules_giving.py, rules_forums.py, rules_civic_life.py,
rules_nature_programmes.py, rules_conferences.py; helper cats22). The titles are ours, in the shape of a food bank's, a
council's, a city's and a park district's listings; each rule's look-alikes must not be decided by it."""

from __future__ import annotations

from events.pipeline.categorize import RULES_FACTORY, categorize_batch, load_categorizer, make_doc, rule_hits
from events.pipeline.categorize.rules import RULES
from events.pipeline.categorize.rules_civic_life import CIVIC_LIFE_RULE_TABLE
from events.pipeline.categorize.rules_conferences import CONFERENCE_RULE_TABLE
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
    "Bioblitz": "outdoors_nature",
    "Tidepooling at Low Tide": "outdoors_nature",
    "Reptile Encounter": "outdoors_nature",
    "Live Animal Feeding": "outdoors_nature",
    # a city's civic occasions
    "Early Voting": "community_civic",
    "Meet the Candidates Night": "community_civic",
    "Coffee with a Cop": "community_civic",
    "National Night Out": "community_civic",
    "Neighborhood Watch Meeting": "community_civic",
    "Naturalization Ceremony": "community_civic",
    "Free Shredding Event": "community_civic",
    "Electronics Recycling Event": "community_civic",
    "Expungement Clinic": "community_civic",
    "Legal Aid Clinic": "community_civic",
    "Fair Housing Workshop": "community_civic",
    # an open-space conference (rules_conferences.py)
    "Civic Tech Unconference 2031": "tech_business",
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
    "Shred Day at Mammoth Mountain",
    "Guitar Shred Night",
    "Awards Ceremony and Dinner",
    "Audience Voting: Best Short Film",
    "Recycled Art Class",
    "Watch Party: Election Night Returns",
    "Night Out at the Opera",
    "Cop Rock Cover Band",
    "Legal Tech Meetup: Contract Automation",
    "Legal Writing for Paralegals",
    "Housing Fair and Home Show",
    "The Rite of Spring",
    "Animal Collective Live",
    "The Animals Live in Concert",
    "Close Encounters of the Third Kind",
    "Unconventional: A Jazz Night",
]

TABLES = (
    GIVING_RULE_TABLE,
    FORUM_RULE_TABLE,
    CIVIC_LIFE_RULE_TABLE,
    NATURE_PROGRAMME_RULE_TABLE,
    CONFERENCE_RULE_TABLE,
)


def test_the_tables_are_read():
    phrases = {phrase for rule in RULES for phrase in rule.phrases}
    for table in TABLES:
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


def test_look_alikes_fire_none_of_these_rules():
    ours = {phrase for table in TABLES for row in table for phrase in row[3]}
    nlp = load_categorizer().nlp
    for title in NOT_BY_THESE_RULES:
        doc = nlp.get_pipe(RULES_FACTORY)(make_doc(nlp.vocab, {"title": title}))
        assert [hit.rule.phrases for hit in rule_hits(doc) if set(hit.rule.phrases) & ours] == [], title
