"""Conservation volunteers' tasks, naturalists' programmes and walks named by their kind
(events/pipeline/categorize/rules_fieldwork.py), a concert or a genre's night named in English
(rules_music_nights.py), councils' meetings in Norwegian, Swedish, Danish, Finnish, Polish and Portuguese
(rules_languages_councils.py) and a Node.js community's joined name (rules_code_names.py) decide by rule; a class, a
concert hall, a musical in concert, a council's hall and words with a second sense stay with the model."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules import RULES
from events.pipeline.categorize.rules_code_names import names_code
from events.pipeline.categorize.rules_fieldwork import FIELDWORK_RULE_TABLE
from events.pipeline.categorize.rules_languages import LANGUAGE_RULE_TABLE
from events.pipeline.categorize.rules_languages_councils import COUNCIL_LANGUAGE_RULE_TABLE
from events.pipeline.categorize.rules_music_nights import MUSIC_NIGHT_RULE_TABLE


def one(title, description=None, venue=None):
    return categorize_batch([{"title": title, "description": description, "venue_name": venue}])[0]


def test_the_tables_are_read():
    phrases = {phrase for rule in RULES for phrase in rule.phrases}
    for table in (FIELDWORK_RULE_TABLE, MUSIC_NIGHT_RULE_TABLE, COUNCIL_LANGUAGE_RULE_TABLE):
        assert all(set(row[3]) <= phrases for row in table)
    assert set(COUNCIL_LANGUAGE_RULE_TABLE) <= set(LANGUAGE_RULE_TABLE)


@pytest.mark.parametrize(
    ("title", "category", "subcategory"),
    [
        # A conservation group's task days: work on the land is outdoors_nature/clean-ups (the manifest's policy).
        ("Coppicing, somewhere near Pines Path.", "outdoors_nature", "clean-ups"),
        ("Hedge laying on the north boundary", "outdoors_nature", "clean-ups"),
        ("Balsam Bashing along the Brook", "outdoors_nature", "clean-ups"),
        ("Scrub clearance on the chalk grassland", "outdoors_nature", "clean-ups"),
        ("Ragwort pulling", "outdoors_nature", "clean-ups"),
        ("Conservation work party: Holly Wood", "outdoors_nature", "clean-ups"),
        ("Rhododendron clearance", "outdoors_nature", "clean-ups"),
        # Naturalists' programmes and walks by their kind.
        ("Fungi Foray", "outdoors_nature", "wildlife"),
        ("Moth trapping at the visitor centre", "outdoors_nature", "wildlife"),
        ("Rockpooling at Wembury", "outdoors_nature", "wildlife"),
        ("Evening bat walk", "outdoors_nature", "wildlife"),
        ("Dawn chorus walk", "outdoors_nature", "wildlife"),
        ("Sunday Bushwalk: Grose Valley", "outdoors_nature", "hiking"),
        ("Hillwalk to Cairn Gorm", "outdoors_nature", "hiking"),
        ("Natuurlijke wandeling", "outdoors_nature", "hiking"),
        ("Vandring i Nackareservatet", "outdoors_nature", "hiking"),
        # Concerts and genres' nights in English.
        ("Concert in the Park", "music", "concerts"),
        ("Summer Concerts on the Green", "music", "concerts"),
        ("A Night of Vintage Jazz", "music", "jazz-blues"),
        ("Jazz Sundays at the Palace", "music", "jazz-blues"),
        ("Folk Night", "music", "folk-country"),
        ("Blues Evening with the Harpoons", "music", "jazz-blues"),
        # Councils' meetings.
        ("Kommunestyremøte", "community_civic", "government-boards"),
        ("Kommunestyret", "community_civic", "government-boards"),
        ("Kommunfullmäktige", "community_civic", "government-boards"),
        ("Byrådsmøde", "community_civic", "government-boards"),
        ("Kaupunginvaltuusto", "community_civic", "government-boards"),
        ("Sesja Rady Miejskiej", "community_civic", "government-boards"),
        ("Assembleia Municipal", "community_civic", "government-boards"),
        ("Reunião de Câmara", "community_civic", "government-boards"),
        ("Gemeenteraadsvergadering", "community_civic", "government-boards"),
        # A Node.js community's joined name.
        ("NodeCopter", "tech_business", "meetups"),
        ("NodeSchool Lisboa", "tech_business", "meetups"),
    ],
)
def test_the_kind_decides(title, category, subcategory):
    result = one(title)
    assert (result.category, result.subcategory, result.method) == (category, subcategory, "rules")


@pytest.mark.parametrize(
    "title",
    [
        # A class in the task's craft is education's to claim: no rule, the model decides.
        "Hedge Laying Course",
        "Introduction to Coppicing",
        "Coppicing Workshop for Beginners",
        # A concert hall or a venue, a musical's or a ballet company's concert staging.
        "Concert Hall Tour",
        "Backstage Tour of the Concert Hall",
        "Jesus Christ Superstar in Concert",
        "THE LAST 5 YEARS - CONCERT STAGING",
        # A dance class and a workout named for jazz.
        "Jazz Dance Class",
        "Jazzercise",
        # Words with a second sense: a concert series, a band, an office party, a ball.
        "Midnight Ramble",
        "Dawn Chorus",
        "Christmas Work Party Package",
        "Moth Ball",
        # A council's hall as a place, a council named inside a longer title.
        "Konsert i kommunestyresalen",
        "Kommunestyret inviterer til sommerfest",
        # "Node" alone or plural is no Node.js community's name.
        "Node",
        "Nodes and Networks: Graph Theory Talk",
    ],
)
def test_no_rule_decides(title):
    assert one(title).method == "model"
    if title.startswith("Node"):
        assert not names_code(title)


def test_a_musical_in_concert_and_a_class_keep_their_kind():
    assert one("Jesus Christ Superstar in Concert").category == "arts_culture"
    assert one("Coppicing Workshop for Beginners").category == "education"
    assert one("Concert Hall Tour").method == "model"


def test_an_audience_still_contests_a_concert():
    # "Kids' Concert": the audience word contests the concert rule and the model settles it (family_kids).
    assert one("Kids' Concert: Peter and the Wolf").category == "family_kids"
