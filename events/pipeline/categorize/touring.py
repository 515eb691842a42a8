"""A performer's tour: a person's name billed with a tour's name ("Dana Quorvane: The Long Way Round Tour", "Tom Quill -
Unrepeatable World Tour"). Helper cats23, from the dev split's and the training corpus's held-out misses (a comedian's
and a singer's tours at a theatre read as theatre, as a family show, as outdoors: the tour's name is what the model
reads).

Who tours under their own name with a named tour is a musician or a comedian: a play, an exhibition or a walk does
not bill a person's name before its tour. So the model's choice is narrowed to those two kinds (as a source label's
candidates narrow it), and the model's own scores settle which; rules that decide from the title still decide first.
Not: a tour without a person's name before it ("Garden Tour", "Hamilton: The National Tour", "Ghost Tour: Old Town"),
a person's name with a show's name that is no tour ("Dana Quorvane - Unrepeatable": venues.billed_person's theatre reading
keeps it), "tour" inside the show's name but not last ("Tom Quill: Tour of Duty Reading"), an author's, a speaker's or
a podcast's tour ("Dana Quorvane: Intermezzo Book Tour", "… Lecture Tour": NOT_PERFORMERS; a podcast anywhere in it), a
place's or a vehicle's tour ("… Garden Tour", "… Bus Tour", "… Home Tour": so a singer's "Coming Home Tour" is not
read either), a guided visit's ("Charles Dickens: Guided Tour", "… Wine Tour", "… Historic Philadelphia Tour"). A
guided tour named by its place alone ("Ernest Hemingway: Key West Tour") is still read as a performer's.
"""

from __future__ import annotations

from collections.abc import Mapping

from .tokens import content_words, words
from .venues import BILLING_MARKS, billed_person, reads_as_names

TOURING_KINDS = ("music", "comedy")
_TOUR_ENDS = ("tour", "tour!", "tour)", "tour'", 'tour"')
# The word before "tour" when the tour is no musician's or comedian's: a writer's, a speaker's, a podcast's, a place's.
NOT_PERFORMERS = frozenset(
    ("book", "books", "reading", "readings", "lecture", "lectures", "speaking", "signing", "author", "literary",
     "poetry", "podcast", "walking", "garden", "gardens", "studio", "studios", "house", "home", "homes",
     "museum", "gallery", "farm", "kitchen", "ghost", "bus", "boat", "bike", "campus", "college", "listening",
     # a guided visit's kinds, as a historical figure's name is billed before them ("Charles Dickens: Guided Tour",
     # "Martha Stewart: Wine Tour"; review24)
     "guided", "self-guided", "wine", "food", "beer", "brewery", "distillery", "winery", "tasting", "pub",
     "architecture", "architectural", "heritage", "history", "exhibition", "curator", "highlights", "backstage",
     "estate", "castle", "palace", "cemetery", "trail", "audio", "trolley", "tram", "segway", "kayak")
)  # fmt: skip
# A guided visit says so anywhere in its name ("Benjamin Franklin: Historic Philadelphia Tour"; review24).
GUIDED_WORDS = frozenset(("guided", "self-guided", "historic", "historical", "heritage"))


def performer_tour(title: str) -> bool:
    """Whether `title` bills a person's name with a tour's name that ends the title ("Dana Quorvane: The Long Way Tour")."""
    parts = title.lower().split()
    if not parts or parts[-1].rstrip(" .") not in _TOUR_ENDS:
        return False
    if len(parts) > 1 and parts[-2].strip("\"'(:-") in NOT_PERFORMERS or "podcast" in parts:
        return False
    if GUIDED_WORDS & {part.strip("\"'(:-,") for part in parts}:
        return False
    return billed_person(title)


# A production's tour is named by where it goes, not by a name of its own ("Hamilton: The National Tour", "Wicked -
# North American Tour", "Cats – UK Tour 2031"): an act's tour has its own name ("The Film Noir Tour").
_PRODUCTION_TOUR_WORDS = frozenset(
    ("the", "national", "north", "american", "us", "u.s.", "uk", "european", "europe", "international", "world",
     "broadway", "touring", "first", "1st", "farewell", "anniversary", "tour", "canadian", "australian", "asian")
)  # fmt: skip
MAX_ACT_WORDS = 4


def touring_kind(scores: Mapping[str, float], comedy_share: float) -> str:
    """Music or comedy for a listing narrowed to TOURING_KINDS (a bill of acts, an act's or a performer's tour): comedy
    only where its share of the two scores reaches `comedy_share`, music otherwise (helper cats31). The model weighs a
    band's name's words ("Somewhere Over the Rainbow Tour") as evenly between the two as any other kinds; most such
    listings are a musician's (44 of the 47 the training side narrows so), so a near tie is the musician's. A comic's
    tour the model reads as one ("Tom Segura: Take It Down Tour", comedy 0.74 of the two) stays comedy."""
    music, comedy = scores.get("music", 0.0), scores.get("comedy", 0.0)
    total = music + comedy
    return "comedy" if total > 0 and comedy / total >= comedy_share else "music"


def act_tour(title: str, event_words: frozenset[str]) -> bool:
    """Whether `title` bills an act's name (a band's as well as a person's: "Streetlight Manifesto: The Presence of the
    Past Tour", "Faouzia - The Film Noir Tour") before a tour's own name that ends the title (helper cats30). The
    exclusions of performer_tour hold, and a tour named only by where it goes ("Hamilton: The National Tour") is a
    production's, nor is an act whose name's last word names a kind of event ("Paw Patrol Live: …", "Garden Club: …").
    Read only where no title rule gives another kind (model.Categorizer._bill)."""
    if performer_tour(title):
        return True
    cuts = [index for mark in BILLING_MARKS if (index := title.find(mark)) > 0]
    if not cuts:
        return False
    head, tail = title[: min(cuts)].strip(), title[min(cuts) :].strip(" :-–—|")
    parts = tail.lower().split()
    if not parts or parts[-1].rstrip(" .") not in _TOUR_ENDS or len(head.split()) > MAX_ACT_WORDS:
        return False
    if len(parts) > 1 and parts[-2].strip("\"'(:-") in NOT_PERFORMERS or "podcast" in parts:
        return False
    if GUIDED_WORDS & {part.strip("\"'(:-,") for part in parts}:
        return False
    named = [part for part in parts if part.strip("\"'(:-,!") not in _PRODUCTION_TOUR_WORDS and not part.isdigit()]
    last = content_words(words(head))
    return bool(named and last) and last[-1] not in event_words and reads_as_names(head)
