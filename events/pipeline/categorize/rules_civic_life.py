"""Keyword rules for a city's civic calendar beyond its bodies' meetings (rules.py adds the table to its own): the
election's days and the candidates' evenings, the police's community nights, the citizenship ceremony, and the
collection days a public works department holds, and the free legal clinics and rights sessions of a legal-aid
society or a tenants' union, the issue's civic kind as a city lists it.

Titles of our own (helper cats22) read as anything: "Early Voting" as music, "Candidate Meet and Greet" and
"Neighborhood Watch Meeting" as tech, "Coffee with a Cop" as dining, "National Night Out" as arts, "Naturalization
Ceremony" as music, "Electronics Recycling Event" as tech, "Expungement Clinic" as sport, "Legal Aid Clinic" as
health, "Fair Housing Workshop" as dining. Each phrase names the civic occasion itself, so it decides
from the title. Left out: "shred day" (a ski resort's or a guitar shop's), "ribbon cutting" and "groundbreaking" (a
chamber's member business as often as a city's building), "ceremony" alone (an awards or a wedding ceremony), "voting"
alone (a film festival's audience vote), "recycling" alone (a craft class's recycled art), "legal" alone (a
legal-tech meetup, a legal-writing class), "rights" alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
CIVIC_LIFE_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    # The candidates meet the voters, as at a candidates' forum (rules.py).
    ("public-meeting", "community_civic/public-meetings", "title", ("meet the candidates", "candidates night",
                                                                    "candidate night",
                                                                    "candidate meet and greet")),
    # The election's own days and its workers' training.
    ("elections", "community_civic", "title", ("early voting", "vote center", "voting center",
                                               "ballot drop-off", "poll worker training",
                                               "election worker training")),
    # The police's and the residents' nights for public safety.
    ("public-safety", "community_civic", "title", ("coffee with a cop", "national night out",
                                                   "neighborhood watch", "neighbourhood watch",
                                                   "community policing")),
    # Free legal help and rights sessions a legal-aid society, a library or a tenants' union holds for residents.
    ("legal-aid", "community_civic", "title", ("legal aid clinic", "legal clinic", "expungement clinic",
                                               "record expungement", "immigration clinic",
                                               "immigration legal clinic", "fair housing", "tenant rights",
                                               "tenants rights", "eviction prevention")),
    ("ceremony", "community_civic", "title", ("citizenship ceremony", "naturalization ceremony",
                                              "naturalisation ceremony")),
    # A public works department's collection days.
    ("collection-day", "community_civic", "title", ("document shredding", "paper shredding", "free shredding",
                                                    "shredding event", "electronics recycling",
                                                    "e-waste recycling", "household hazardous waste",
                                                    "hazardous waste collection", "compost giveaway",
                                                    "mulch giveaway")),
)  # fmt: skip
