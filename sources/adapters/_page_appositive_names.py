"""A programme's name set off by commas in a sentence of prose: "Our next concert, Pax in Terra, is coming up on
November 25th!" (helper left41, pages113's left). Pure.

A choir's or a theatre's news line names its next programme between commas after the kind of programme it is, then
goes on with a verb. The line reader took the words after the date as the title and cut it at " in " for a place:
"Our next concert, Pax" at "Terra, is coming up". The name between the commas is the event's title, and nothing in
the sentence is a place.

The shape: an article or a possessive ("our", "the", "this", "their" …), a few words ending with a programme's kind
("concert", "show", "production", "programme", "recital", "exhibition", "festival" …), a comma, a name opening with a
capital (or a quotation mark), a comma, and a verb ("is", "will", "takes", "opens", "returns" …).

Not: a name in lower case ("Our next concert, with the Quartet, is …"), a place's name between the commas ("The
concert, St Mary's Church, is …": a place noun), a sentence without the verb after the name, a lead with no kind
("Our friends, Anna in Rome, are …"). review56: a remark between the commas is no name: an adverb ("Sadly", "Once
again"), a credit ("Directed by Jane Smith", "Sponsored by …"), a description with a possessive ("Now in its tenth
year") or an offer ("Free to all"): ``REMARK``.
"""

from __future__ import annotations

import re

from sources.adapters._page_place_nouns import PLACE_NOUN

APPOSITIVE = re.compile(
    r"^\W{0,3}(?:our|the|this|these|their|its|his|her|my|a|an)[ \t]{1,3}(?:[^\W\d][\w'’-]{0,20}[ \t]{1,3}){0,4}?"
    r"(?:concerts?|shows?|productions?|programmes?|programs?|plays?|exhibitions?|festivals?|performances?|musicals?"
    r"|operas?|recitals?|tours?|series|season|gala|revue|pantomime|panto)"
    r",[ \t]{1,3}(?P<name>(?-i:[A-Z\"“'‘])[^,]{0,80}?),[ \t]{1,3}"
    r"(?:is|are|will|was|were|takes?|comes?|opens?|returns?|runs?|features?|celebrates?|explores?|promises?)\b",
    re.IGNORECASE,
)

# What between the commas remarks on the programme rather than names it (review56).
REMARK = re.compile(
    r"^(?:sadly|finally|unfortunately|happily|excitingly|fortunately|hopefully|originally|previously|recently|"
    r"traditionally|now|once|again|still|also|as|free|back|here|open)\b"
    r"|^(?:sponsored|supported|funded|presented|directed|conducted|written|led|hosted|organi[sz]ed|produced|curated|"
    r"choreographed)\s+by\b",
    re.IGNORECASE,
)


def appositive_name(text: str) -> tuple[str, str] | None:
    """(the programme's name, no place) when ``text`` names it between commas (see the module), else None."""
    found = APPOSITIVE.match(text[:300])
    if found is None:
        return None
    name = found.group("name").strip(" \"“”'‘’")
    return (name, "") if name and not PLACE_NOUN.search(name) and not REMARK.search(name) else None
