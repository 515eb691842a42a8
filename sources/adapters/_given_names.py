"""Common given names, to tell a person's name from a place's where the two are written alike (left43). Pure.

"John Hall, Portland OR" is a person and "Sutton Hall, Leeds" a venue; "Night at the Museum, Ben Stiller" names a
film's star where "Quiz Night at the Crown, Bristol" names a town. Only the first word tells: a given name. This is
the commonest given names of the English-speaking world (and a few European ones English pages meet), lower case;
a name missing from it reads as a place's word, as every name did before.

Not a gazetteer: a given name that is also a town's or a venue's first word ("Victoria Hall", "Albert Hall",
"Charlotte, NC") reads as a person's in the readers that ask, a trade-off those readers' docstrings state.
"""

from __future__ import annotations

import re

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
)
# A group billed by its family or its kind where a town would be: "Marx Brothers", "Pointer Sisters".
GROUP_TAILS = frozenset({"brothers", "sisters", "band", "singers", "players", "quartet", "trio", "choir", "orchestra"})
# A town's last word after a given name ("Charles Town", "Mary Esther Beach", "Stanley Park"): a place, no surname.
TOWN_TAILS = frozenset({"town", "city", "ville", "falls", "springs", "heights", "harbor", "harbour", "beach", "valley",
                        "village", "hills", "creek", "point", "bay", "lake", "grove", "ridge", "island", "bridge",
                        "wells", "junction", "crossing", "bluffs", "shores", "mills", "green", "end", "keynes"})  # fmt: skip
_WORD = re.compile(r"[A-Z][a-z'’]+\.?")


def given_name(word: str) -> bool:
    """Whether a capitalised word is a common given name ("John", "Mary"; not "Sutton", "Village")."""
    return word.strip(".,'’").lower() in GIVEN_NAMES


def person_or_group(text: str) -> bool:
    """Whether text is two or three capitalised words naming a person by a given name first ("Ben Stiller", "Wendell
    Berry", "Mary Jane Smith") or a group by its kind last ("Marx Brothers"); not a town ("Bristol", "Santa Rosa", "Charles Town")."""
    names = text.split()
    if not 2 <= len(names) <= 3 or not all(_WORD.fullmatch(name) for name in names):
        return False
    last = names[-1].strip(".")
    if last.lower() in GROUP_TAILS:
        return True
    return given_name(names[0]) and last.lower() not in TOWN_TAILS and not PLACE_NOUN.fullmatch(last)
