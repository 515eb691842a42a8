"""Keyword rules for a concert and a music night named in English (rules.py adds the table to its own): "Concert in
the Park", "Summer Concert", "A Night of Vintage Jazz", "Folk Night".

German, French, Spanish and Italian concerts had rules ("-konzert", "en concert", "concierto", "concerto"), the English
word had none: the model weighed "concert" against the title's other words, and a place's ("in the Park" read as
outdoors_nature, a castle's late opening as heritage). A concert is music wherever it is held, so the word decides in a
title; a genre's night or session does too, and a festival named for its music. Hidden by longer phrases that only hint: a concert hall or a concert
venue ("Concert Hall Tour": the model decides), a jazz dance class and jazzercise (a class and a workout, not a gig). "Concert"
beside an audience word ("Family Concert", "Kids' Concert") is contested with family_kids as any audience is, and the
model settles it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# A festival of music and something else, or for families ("Film & Music Festival", "BBQ & Blues Festival", "Family
# Music Festival"): hints that hide the music festival's phrase, so the model decides. "&" is no word ("Film & Music
# Festival" reads "film music festival"), so each pair is written both ways.
_MUSICS = ("music", "jazz", "blues", "folk")
_OTHERS = ("film", "arts", "art", "food", "wine", "beer", "brews", "bbq", "barbecue", "ribs", "comedy", "craft")
MIXED_FESTIVALS = tuple(
    f"{first} {joint} {second} festival"
    for music in _MUSICS
    for other in _OTHERS
    for first, second in ((music, other), (other, music))
    for joint in ("and", "&")
) + tuple(f"{audience} {music} festival" for audience in ("family", "families", "children's") for music in _MUSICS)

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
MUSIC_NIGHT_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("concert", "music/concerts", "title", ("concert", "concerts")),
    # A hint hides a shorter phrase only where it names a category (rules.py keeps the longest of those spans).
    ("concert-venue", "music/concerts", "hint", ("concert hall", "concert halls", "concert venue")),
    # A musical's or a ballet company's concert staging ("Jesus Christ Superstar in Concert", "Hubbard Ballet Company
    # in Concert", "… Concert Staging") is the show's: the training corpus files them under arts_culture, and the model
    # decides.
    ("concert-staging", "music/concerts", "hint", ("in concert", "concert staging", "concert version")),
    ("jazz", "music/jazz-blues", "title", ("jazz night", "night of jazz", "evening of jazz", "jazz evening",
                                           "jazz afternoon", "afternoon of jazz", "jazz sunday", "jazz sundays",
                                           "jazz session", "jazz sessions", "vintage jazz", "trad jazz")),
    ("dance-class", "education/classes", "hint", ("jazz dance", "jazz dancing", "jazzercise")),
    ("blues", "music/jazz-blues", "title", ("blues night", "blues evening", "blues session")),
    ("folk", "music/folk-country", "title", ("folk night", "folk evening", "folk session", "folk club")),
    # A festival named for its music is the music's ("Christian Music Festival", "Summer Music Festival", "Riverside
    # Folk Festival"): the model read "festival" as a fair's or a food festival's. A festival of music and something
    # else, or a family's, only hints (MIXED_FESTIVALS), and the model decides.
    ("music-festival", "music/concerts", "title", ("music festival", "music fest", "musicfest", "jazz festival",
                                                   "jazz fest", "folk festival", "blues festival", "blues fest",
                                                   "choral festival", "guitar festival", "fiddle festival")),
    ("music-festival", "music/concerts", "hint", MIXED_FESTIVALS),
    # A musicians' jam and a trad session (helper cats30, the candidate rows' blues bar and bluegrass association: "Sunday
    # Jam Night Hosted by …", "Irish Session", read as tech by "jam" alone, which a game or a hardware jam shares:
    # "Global Game Jam" stays the hackathon rule's, "Improv Jam" the comedy rule's).
    ("jam", "music/open-mic", "title", ("jam night", "jam nights", "blues jam", "blues jams", "jazz jam",
                                        "bluegrass jam", "old-time jam", "acoustic jam", "music jam", "songwriters jam",
                                        "irish session", "trad session", "celtic session", "bluegrass session",
                                        "old-time session", "fiddle session")),
)  # fmt: skip
