"""Whether a feed's items are the numbered parts of a series put out on a timetable, for the ``rss`` adapter. Pure.

A writer's course calendar (batch 65: "The Kiwi Dialectic — Course Events") lists when each part of an email course
goes out: "Lesson 2: Mana motuhake — …", "Week 1 — How AI actually works", "Module 01 — The power to transcend
paradigms", each dated by its pubDate, weeks ahead, at 19:00. Most pubDates to come and a feed that calls itself
"events" made them a programme of events (``_feed_date_signs.pubdate_programme``): ten lessons read as ten events.
They are releases of something to read (the project's own words: the lesson's place is "Substack email"), as a
podcast's scheduled episodes are: nothing takes place at those times.

So when most of a feed's items (two in three, four items at least) are titled as a numbered part of a series —
"Lesson 2", "Week 1", "Module 01", "Chapter 3", "Part 4", "Episode 12", "Unit 5", and the same in German, French,
Spanish and Italian ("Lektion 2", "Folge 7", "Semaine 3", "Capítulo 1", "Lezione 4") — their pubDates to come are
no sign of a programme of events: neither is a feed whose pubDates lie ahead a feed of events for that
(``is_event_feed``), nor its pubDates a programme's starts. Dates the items themselves give (an event element, a
date in words, an events page as the item's link) are read as before.

Not a series: "Session 2", "Round 3", "Day 1", "Game 4", "Heat 2", "Night 1" (a meeting's, a tournament's, a
festival's parts take place); a numbered title that is not most of the feed; a numbered part whose own words name
something that takes place (review39): a match ("Week 1 — Bears at Packers", "Week 2: Packers vs Lions"), a place
("Week 1 rehearsal at St Mary's"), a happening ("Part 2 of our festival: the parade", "Episode 3 live taping",
"Week 2 Pub Quiz Night"). A league's weeks, a festival's parts and a show's tapings are events; a lesson on
"Privacy & ethics" is not. Nor a dance or a movement class's lesson (left36: "Lesson 1 – Beginners' salsa", "Week 3:
Yoga for runners", "Lektion 2 – Tango"; ``CLASS_HELD``): a class is held at its time, in a room; an email course's
"Lesson 3: Class and power" still is a release ("class" alone is not a class held).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

# A title that opens with a series' part and its number ("Lesson 2:", "Week 1 —", "Module 01 —", "Folge 7").
SERIAL_TITLE = re.compile(
    r"\A[^\w\n]{0,3}(?:lesson|week|module|chapter|part|episode|unit|lektion|woche|kapitel|teil|folge|le[çc]on"
    r"|semaine|chapitre|[ée]pisode|lecci[óo]n|semana|cap[íi]tulo|episodio|lezione|settimana|capitolo)"
    r"[ \t]{1,3}0{0,2}\d{1,3}\b",
    re.IGNORECASE,
)
MIN_ITEMS = 4
# Words after the number that name something taking place, or where (review39): such a part is an event, not a release.
HAPPENING = re.compile(
    r"(?:\b(?:at|vs|versus|v|against|gegen|contre|contra|live|taping|recording|festival|concert|gig|match|game"
    r"|tournament|race|rehearsal|party|night|screening|meetup|meeting|quiz|karaoke|bbq|barbecue|dinner|brunch"
    r"|parade|fireworks|fair|market|premiere|performance|tour|open house|tasting|in[ -]person|hall|room|stadium"
    r"|spiel|konzert|fest|probe|abend|soir[ée]e|partido|concierto|fiesta|partita|concerto|festa)\b|@)",
    re.IGNORECASE,
)
# A class held in a room (left36): a dance's or a movement class's lesson ("Lesson 1 – Beginners' salsa") takes place.
CLASS_HELD = re.compile(
    r"\b(?:dance|dancing|salsa|bachata|kizomba|tango|milonga|swing|lindy(?:[ -]?hop)?|jive|ballroom|waltz|foxtrot"
    r"|quickstep|rumba|samba|cha[ -]?cha|flamenco|ballet|tap[ -]danc(?:e|ing)|zumba|ceilidh|line[ -]dancing|yoga|pilates|tai[ -]chi"
    r"|qi[ -]?gong|karate|judo|taekwondo|aikido|kickboxing|boxing|fencing|swimming|tanz(?:kurs)?|danse|baile"
    r"|ballo)\b",
    re.IGNORECASE,
)


def release_series(entries: Sequence[Any]) -> bool:
    """Whether two in three of the feed's items (four at least) are titled as a series' numbered parts."""
    titles = [str(entry.get("title") or "") for entry in entries if isinstance(entry, Mapping)]
    if len(titles) < MIN_ITEMS:
        return False
    parts = sum(1 for title in titles if _release_part(title[:200]))
    return 3 * parts >= 2 * len(titles)


def _release_part(title: str) -> bool:
    """Whether the title opens with a series' numbered part and names nothing that takes place after it."""
    opening = SERIAL_TITLE.match(title)
    if opening is None or HAPPENING.search(title, opening.end()) is not None:
        return False
    return CLASS_HELD.search(title, opening.end()) is None  # "Lesson 1 – Beginners' salsa": a class (left36)
