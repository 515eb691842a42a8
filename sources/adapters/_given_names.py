"""Common given names, to tell a person's name from a place's where the two are written alike (left43). Pure.

"John Hall, Portland OR" is a person and "Sutton Hall, Leeds" a venue; "Night at the Museum, Ben Stiller" names a
film's star where "Quiz Night at the Crown, Bristol" names a town. Only the first word tells: a given name. This is
the commonest given names of the English-speaking world (and a few European ones English pages meet), lower case;
a name missing from it reads as a place's word, as every name did before.

Not a gazetteer. Read-through 58: a name that is as often a hall's, a church's or a town's first word or a noun
("Albert Hall", "Victoria Hall", "Grace Church", "Rose Hill", "Ruby Lounge": ``PLACE_FIRST``) is no given name here;
and a given name makes a person only before a surname (``SURNAMES``, or a surname's ending: "Stiller", "Hickson"), so a
town whose first word is a given name and whose last is no listed place's word ("Ann Arbor", "Stanley Crook") stays a
town, as every such town was before left43. A given name that is also a town's ("Charlotte, NC") reads as a person's
before a surname-shaped word in the readers that ask.
"""

from __future__ import annotations

import re
import unicodedata

from sources.adapters._page_place_nouns import PLACE_NOUN

GIVEN_NAMES = frozenset(
    """
    aaron abigail adam adrian aidan alan albert alex alexander alexandra alice alicia alison amanda amber amelia amy
    andrea andrew angela angelina ann anna anne annie anthony antonio april arthur ashley audrey austin ava barbara
    barry ben benjamin bernard beth betty beverly bill billy bob bobby bonnie brad bradley brandon brenda brian
    bridget brittany bruce bryan caleb cameron carl carla carlos carol caroline carolyn catherine charles charlie
    charlotte chloe chris christina christine christopher cindy claire clara colin connor craig crystal cynthia daisy
    dale dan daniel danielle darren dave david dawn dean debbie deborah debra denise dennis derek diana diane donald
    donna doris dorothy doug douglas dylan edward eileen elaine eleanor elizabeth ella ellen emily emma eric erica
    erin ethan eugene eva evelyn frances frank fred frederick gabriel gail gary gavin gemma geoffrey george 
    gerald gillian gina glenn gloria gordon grace graham greg gregory hannah harold harry heather helen henry holly
    howard ian isaac isabel isabella jack jackie jacob jacqueline jake james jamie jan jane janet janice jared jason
    jean jeff jeffrey jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joanne joe joel john johnny
    jonathan jordan jose joseph josh joshua joyce juan judith judy julia julian julie justin karen kate katherine
    kathleen kathryn kathy katie keith kelly ken kenneth kerry kevin kim kimberly kyle larry laura lauren lawrence
    leah lee leon leonard leslie liam lily linda lindsay lisa liz logan lois lori louis louise lucas lucy luke lynn
    madison malcolm marcus margaret maria marie marilyn mark martha martin mary matt matthew maureen max megan
    melanie melissa michael michelle mike molly monica nancy natalie nathan neil nicholas nick nicole noah
    norma olivia oliver pamela pat patricia patrick paul paula pauline peggy penny peter philip phillip phyllis rachel
    ralph randy ray raymond rebecca richard rick rita rob robert robin rodney roger ronald rose ruby russell ruth ryan
    sally sam samantha samuel sandra sarah scott sean sharon shirley simon sophia sophie stanley stephanie stephen
    steve steven stuart sue susan suzanne sylvia tammy teresa terry theresa thomas tim timothy tina todd tom tony
    tracy tyler valerie vanessa vera veronica victor victoria vincent walter wayne wendell wendy william
    willie zachary zoe
    """.split()
) | frozenset(
    # left44: given names with a surname's ending ("Homer Simpson", "Jasper Fforde"); as often surnames ("Joseph
    # Addison", "Kate Homer": read-through 59), so after a given name they are read as one unless GIVEN_ONLY
    "esther ester jasper homer xavier elmer lester sylvester skyler addison allison".split()
)
# A given name with a surname's ending that is seldom a surname (read-through 59, in place of left44's list that held
# surnames too: "Joseph Addison", "Tom Lester" are persons): after a given name, a second given name, so "Mary Esther"
# (a town in Florida) is no person's given name and surname; "Esther Miller" is one.
GIVEN_ONLY = frozenset({"esther"})
# Given names that as often begin a hall's, a church's, a town's or a thing's name, or are nouns (read-through 58).
PLACE_FIRST = frozenset(
    """
    albert victoria alexandra grace rose ruby crystal amber holly lily daisy dawn april penny jordan mark max dale dean
    lee
    """.split()
)
# The commonest surnames of the English-speaking world that are no place's word ("Hill", "Wood", "Green", "Wells",
# "Ford", "Lane" are left out: a town's "Rose Hill", "Forest Green"); a surname's endings beside them.
SURNAMES = frozenset(
    """
    smith jones williams brown taylor davies davis evans wilson thomas johnson roberts robinson thompson wright walker
    white edwards hughes lewis harris clarke clark jackson turner cooper ward morris moore king baker harrison morgan
    allen james scott phillips watson parker price bennett young griffiths mitchell kelly cook carter richardson
    bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh wilkinson
    foster chapman powell webb rogers gray grey mason hunt campbell matthews owen palmer holmes barnes knight lloyd
    butler russell barker fisher stevens jenkins murray dixon harvey graham pearson fletcher walsh gibson howard
    andrews stewart elliott reynolds saunders payne fox pearce west lawrence cole atkinson bradley spencer dawson ball
    burton watts booth perry ryan grant hart hudson newman barrett webster hunter gregory carr lowe page riley dunn
    berry garcia martinez rodriguez hernandez lopez gonzalez martin nelson patel brennan doyle sullivan
    """.split()
)
SURNAME_ENDINGS = ("son", "sen", "ez", "ski", "sky", "stein", "berg", "mann", "er")
# Words with a surname's ending that name a place's part: "Jordan River", "Mary Manor", "Ann Corner".
NOT_SURNAMES = frozenset(
    "river water corner manor tower quarter border center centre harbor harbour over under upper lower".split()
)
# A group billed by its family or its kind where a town would be: "Marx Brothers", "Pointer Sisters".
GROUP_TAILS = frozenset({"brothers", "sisters", "band", "singers", "players", "quartet", "trio", "choir", "orchestra"})
# A town's last word after a given name ("Charles Town", "Mary Esther Beach", "Stanley Park"): a place, no surname.
TOWN_TAILS = frozenset({"town", "city", "ville", "falls", "springs", "heights", "harbor", "harbour", "beach", "valley",
                        "village", "hills", "creek", "point", "bay", "lake", "grove", "ridge", "island", "bridge",
                        "wells", "junction", "crossing", "bluffs", "shores", "mills", "green", "end", "keynes"})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?\.?")


def _folded(word: str) -> str:
    """The word in lower case without its accents ("José" → "jose")."""
    decomposed = unicodedata.normalize("NFKD", word.strip(".,'’").lower())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def given_name(word: str) -> bool:
    """Whether a capitalised word is a common given name ("John", "Mary", "José"; not "Sutton", "Village", nor a
    name that as often begins a place's, "Albert", "Grace": ``PLACE_FIRST``)."""
    name = _folded(word)
    return name in GIVEN_NAMES and name not in PLACE_FIRST


def surname(word: str) -> bool:
    """Whether a capitalised word reads as a surname: a common one, or one with a surname's ending ("Stiller",
    "Hickson"); not a place's word ("Arbor", "Crook", "River")."""
    name = _folded(word)
    if name in SURNAMES:
        return True
    if name in GIVEN_ONLY:
        return False  # "Mary Esther" (a town in Florida): a second given name, no surname
    return len(name) > 4 and name.endswith(SURNAME_ENDINGS) and name not in NOT_SURNAMES


def person_or_group(text: str) -> bool:
    """Whether text is two or three capitalised words naming a person by a given name first ("Ben Stiller", "Wendell
    Berry", "Mary Jane Smith") and a surname last, or a group by its kind last ("Marx Brothers"); not a town ("Bristol",
    "Santa Rosa", "Charles Town", "Ann Arbor")."""
    names = text.split()
    if not 2 <= len(names) <= 3 or not all(_WORD.fullmatch(name) and name.istitle() for name in names):
        return False
    last = names[-1].strip(".")
    if last.lower() in GROUP_TAILS:
        return True
    if last.lower() in TOWN_TAILS or PLACE_NOUN.fullmatch(last):
        return False
    return given_name(names[0]) and surname(last)  # "Ann Arbor", "Stanley Crook": a town (read-through 58)
