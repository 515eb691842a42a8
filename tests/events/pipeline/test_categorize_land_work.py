"""Land work, field science, a lunch and learn and forest bathing (helper cats26, issue #13;
events/pipeline/categorize/rules_land_work.py). What missed: listings of our own in volunteer programmes' and nature
centres' shapes and real rows of the training side's candidates (a city's green-space volunteer programme, a nature
centre's calendar), none from a test split. Left out on purpose: a work party named by nothing but its site or an
office, "maple sugaring" alone, a restoration's lecture or fun run, a furniture's restoration, a film about forest
bathing."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _reading(title: str, venue: str | None = None) -> tuple[str, str]:
    result = categorize_batch([{"title": title, "venue_name": venue, "description": None}])[0]
    return result.category, result.method


@pytest.mark.parametrize(
    ("title", "venue", "category"),
    [
        ("Oyster Reef Restoration Volunteer Day", None, "outdoors_nature"),
        ("Dune Restoration", None, "outdoors_nature"),
        ("Creek Restoration Work Day", None, "outdoors_nature"),
        ("Brandon Street Natural Area Restoration Event", None, "outdoors_nature"),
        ("Garden Work Party", "Eastside Community Garden", "outdoors_nature"),
        ("Citizen Science: Water Quality Monitoring", None, "outdoors_nature"),
        ("Maple Sugaring Demonstration", None, "outdoors_nature"),
        ("Reptile Feeding Time", "Riverbend Nature Center", "outdoors_nature"),
        ("Winter Tracking", None, "outdoors_nature"),
        ("Lunch and Learn: Composting", "Northfield Branch Library", "education"),
        ("Lunch & Learn: Medicare Basics", "Maple Grove Senior Center", "education"),
        ("Forest Bathing", None, "health_wellness"),
    ],
)
def test_the_phrase_decides(title, venue, category):
    assert _reading(title, venue) == (category, "rules")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Office Work Party", "Grand Hotel Ballroom"),
        ("Work Party Playlist Release", "The Echo Lounge"),
        ("Maple Sugaring Pancake Breakfast", "Fire Hall No. 2"),
        ("Stream Restoration Lecture", "University Hall"),
        ("Creek Restoration Fun Run", None),
        ("Furniture Restoration Workshop", None),
        ("Citizen Science Workshop", "Northfield Branch Library"),
        ("Forest Bathing Documentary Screening", "Roxy Cinema"),
        ("Time Tracking for Freelancers", None),
    ],
)
def test_ordinary_titles_are_not_decided_by_the_phrases(title, venue):
    category, method = _reading(title, venue)
    assert method != "rules" or category not in {"outdoors_nature", "health_wellness"}
