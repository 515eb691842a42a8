"""Software groups' names that words() cannot read: "C++ Toulouse", "C# et .NET 7", "BeerJS", "CoffeeJS", "CLUG Meeting"
(model.decide adds the hit to the title's).

Three ways developers name their groups and talks that the keyword rules never see, because the tokenizer drops the
symbols or keeps the joined word whole:

- a programming language written with its symbols: "C++", "C#", ".NET" (words() reads "c" and "net"). A French
  user group's "C++ Toulouse : Création de modèle de projet" went to the model, which read music. "C#" and "F#"
  followed by "minor", "major", "-moll" or "-dur" are a key ("Sonata in C# minor"), not a language; "F#" is left out
  altogether (a key far more often than a language in listings);
- a JavaScript group's joined name: a word that ends in "JS" after a capitalised word ("BeerJS", "CoffeeJS",
  "ReactJS", "NodeJS"), as JavaScript communities name their meetups. A word all in capitals ("DJS", "CJS") or "JS"
  alone ("JS Bach") is no such name. So is a name Node.js communities join to "Node" ("NodeCopter", "NodeBots",
  "NodeSchool", "NodeConf": "Node" then a capitalised word); "Node" alone or "Nodes" is no such name;
- a Linux users' group's acronym: a word in capitals that ends in "LUG" ("CLUG", "SVLUG", "KeyLUG"), except the
  English words written so ("PLUG", "SLUG", "GLUG", "UNPLUG").

Each decides tech_business/meetups as a title's subject does (rules.py mode "field"): unless the title names a teaching
format ("C++ Workshop", "ReactJS Hands-on Workshop": a class is education's to claim, and the model decides).
"""

from __future__ import annotations

import re

from .rules import FORMAT_WORDS, Rule, RuleHit
from .tokens import words

CODE_NAME_TAG = "code-name"
CODE_NAME_RULE = Rule(CODE_NAME_TAG, "tech_business", "meetups", "field", ())
_EDGES = "\"'“”‘’()[]{}!?,;:*"
# "C++", "C#" or ".NET" as a word of its own (not inside "ABC++", "AC#1"); a key's "C# minor" is no language.
_SYMBOL_LANGUAGE = re.compile(
    r"(?<![\w+#.])(?:C\+\+|C#|\.NET)(?![\w+#])(?![\s-]*(?:minor|major|moll|dur)\b)", re.IGNORECASE
)
_JS_NAME = re.compile(r"[A-Z][a-z]+JS")
_NODE_NAME = re.compile(r"Node[A-Z][a-z]+")
_LUG_NAME = re.compile(r"[A-Z][A-Za-z]{0,5}LUG")
_NOT_LUGS = frozenset({"PLUG", "SLUG", "GLUG", "UNPLUG", "LUG"})


# What each name above holds as written: a title with none of them is not read further (most titles).
_CODE_MARKS = ("++", "#", ".", "JS", "Node", "LUG")


def names_code(title: str) -> bool:
    """Whether the title names a software community the keyword rules cannot read (see the module's docstring)."""
    if not any(mark in title for mark in _CODE_MARKS):
        return False
    if _SYMBOL_LANGUAGE.search(title):
        return True
    for word in title.split():
        bare = word.strip(_EDGES).removesuffix("'s").removesuffix("’s")
        if (
            _JS_NAME.fullmatch(bare)
            or _NODE_NAME.fullmatch(bare)
            or (_LUG_NAME.fullmatch(bare) and bare.upper() not in _NOT_LUGS)
        ):
            return True
    return False


def code_name_hits(title: str) -> list[RuleHit]:
    """A tech meetup's title hit where the title names a software community so, unless it names a teaching format."""
    if not names_code(title) or FORMAT_WORDS.intersection(words(title)):
        return []
    return [RuleHit(CODE_NAME_RULE, in_title=True)]
