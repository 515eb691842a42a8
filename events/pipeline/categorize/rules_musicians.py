"""A concert titled by its programme or its act, read from who plays it: an orchestra's or a choir's name as the
organizer, or a description that presents musicians (model.decide adds the hits).

A city's listings title a concert by its programme ("Obsessions Unraveled", "Celebrate Italy") or by its act and the
venue's series ("Rosewood Revival with Belinda Corpuz", "Thursday Night Folk Gems with Anthea Feaver"): the title names
no kind of event, and the model reads the description's other words (a "music hall" as a place, an artist's "community
arts education", a festival stage) as arts_culture. What makes them concerts is who performs:

- **An ensemble holds the event** (``ensemble_hits``): the organizer's name holds an orchestra's, a choir's or a band's
  word (ENSEMBLE_WORDS, ENSEMBLE_PHRASES: "Orchestra Toronto", "Harbour Chamber Choir", "Columbus Concert Band"). The
  rules already read "Symphony Orchestra" and "Philharmonic" there; a name that is only "Orchestra …" or "… Choir" was
  silent. Not where the name is an opera's, a ballet's or a theatre's ("Opera Chorus", "Theatre Orchestra": the show is
  the event, STAGE_WORDS), nor beside a title that names an occasion any group holds ("Annual Fundraiser Gala" by an
  orchestra) or a teaching format ("Vocal Workshop" by a choir: education's to claim).
- **The description presents musicians** (``musician_hits``): at least MIN_CUES different words or phrases that name a
  player, a singer or a record (MUSICIAN_WORDS, MUSICIAN_PHRASES: "songwriter", "fiddle", "banjo", "bandurist",
  "musicians", "live music", "album", "orchestral"), counted over the title and the description together. One is a
  passing mention (a wine festival's "live music", a gallery's "photographer and musician"); two present the act. Not
  where the text names a stage show or a screen (STAGE_WORDS: "theatre production … live music", "a documentary about
  the singer-songwriter"), nor beside an occasion or a teaching format in the title, as above.

Both decide as a description's rule: the title's own rules outvote them ("Jazz Brunch", "Kids' Concert" contested with
family_kids as before).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .groups import names_an_occasion
from .rules import FORMAT_WORDS, Rule, RuleHit
from .tokens import as_text, words

ENSEMBLE_TAG = "ensemble"
MUSICIANS_TAG = "musicians"
ENSEMBLE_RULE = Rule(ENSEMBLE_TAG, "music", "concerts", "any", ())
MUSICIANS_RULE = Rule(MUSICIANS_TAG, "music", "concerts", "any", ())

ENSEMBLE_WORDS = frozenset(
    words("orchestra orchestre sinfonia sinfonietta philharmonia choir choirs chorale choristers chorus")
)
ENSEMBLE_PHRASES = tuple(
    tuple(words(phrase))
    for phrase in ("concert band", "wind ensemble", "wind symphony", "brass band", "big band", "jazz band")
)
# A show's company: its orchestra or chorus plays the show, which is the event.
STAGE_WORDS = frozenset(
    words(
        "opera operas ballet theatre theater musical musicals documentary film films screening "
        "dancers choreography circus"
    )
)
MUSICIAN_WORDS = frozenset(
    words(
        "musician musicians songwriter songwriters instrumentalist vocalist vocalists pianist guitarist bassist "
        "drummer percussionist saxophonist trumpeter violinist violist cellist fiddler harpist flautist clarinetist "
        "accordionist bandurist fiddle banjo mandolin ukulele bandura accordion saxophone cello violin "
        "album albums orchestral symphonie concerto concertos sonata sonatas"
    )
)
MUSICIAN_PHRASES = tuple(
    tuple(words(phrase))
    for phrase in ("live music", "folk music", "music hall", "on bass", "on drums", "on guitar", "on piano")
)
MIN_CUES = 2


def _has_phrase(found: Sequence[str], phrase: tuple[str, ...]) -> bool:
    # Only where the phrase's first word stands is the rest compared (a description's words, 7 phrases: this ran for
    # every record).
    first, length = phrase[0], len(phrase)
    return any(word == first and tuple(found[start : start + length]) == phrase for start, word in enumerate(found))


def _formatted_or_occasion(title: str) -> bool:
    return names_an_occasion(title) or any(word in FORMAT_WORDS for word in words(title))


def ensemble_hits(record: Mapping[str, Any], organizer: str) -> list[RuleHit]:
    """A music hit, as a description's, where the organizer's name is an ensemble's (see the module's docstring)."""
    if not organizer:
        return []
    found = words(organizer)
    if not (ENSEMBLE_WORDS.intersection(found) or any(_has_phrase(found, phrase) for phrase in ENSEMBLE_PHRASES)):
        return []
    if STAGE_WORDS.intersection(found) or _formatted_or_occasion(as_text(record.get("title"))):
        return []
    return [RuleHit(ENSEMBLE_RULE, in_title=False)]


def musician_cues(text: str) -> set[str]:
    """The different MUSICIAN_WORDS and MUSICIAN_PHRASES ``text`` holds."""
    return _cues(words(text))


def _cues(found: Sequence[str]) -> set[str]:
    present = set(found)
    cues = present & MUSICIAN_WORDS
    cues.update(" ".join(phrase) for phrase in MUSICIAN_PHRASES if phrase[0] in present and _has_phrase(found, phrase))
    return cues


def musician_hits(record: Mapping[str, Any]) -> list[RuleHit]:
    """A music hit, as a description's, where the title and the description present musicians (MIN_CUES cues)."""
    description = as_text(record.get("description"))
    if not description:
        return []
    title = as_text(record.get("title"))
    # the words of the title, then the description's, as words() reads "title\ndescription" (no word spans the line
    # break), each read once per text (words() keeps them: make_doc read the title and, when short, the description)
    found = [*words(title), *words(description)]
    if len(_cues(found)) < MIN_CUES:
        return []
    if STAGE_WORDS.intersection(found) or _formatted_or_occasion(title):
        return []
    return [RuleHit(MUSICIANS_RULE, in_title=False)]
