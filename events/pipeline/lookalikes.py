"""Word lists written with look-alike letters ("f*ck", "sh1t", "a$$hole", "fuuuck"), found in linear time. Pure.

Each form of a word is a chain of character classes, one per letter, each repeated ("[s$5*]+[h*]+[i1!*|]+…");
inner letters may also be "*". As one regex (``WordList.regex``) that is fast on words, but a backtracking
engine tries every way of sharing a run out between neighbouring classes that both take it: a run of 40 "*"
after a space and before a letter took 14 s (each "*" more about doubles it), a run of "+" ("t") is quadratic.
So the regex only reads *plain* tokens (short, with few characters two neighbouring classes share), where
that cost is bounded; any other token is read by ``_Chains``: for each form, the positions from which the
rest of its chain can still end a word are computed for the whole token at once with bit operations (a
position's bit per class, filled backwards through runs), so each start is a lookup and each match is read
once. The regex's own choices are kept: the leftmost start, the first form (in the regex's order) that can
end there, and its longest end (what the regex's greedy classes find for one form: checked on 46,800 random
strings over every form's letters).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Mapping

# Look-alikes people type to get past filters: "f*ck", "sh1t", "b!tch", "a$$hole".
LOOKALIKES = {"a": "a@4*", "e": "e3*", "i": "i1!*|", "o": "o0*", "u": "uv*", "s": "s$5*", "t": "t7+", "l": "l1|"}
# A word is preceded by a character outside [\w*@$] and followed by one outside [\w*]: it lies inside a run of
# these characters (every class's characters are among them), starting after the run's first character at
# the earliest, so each run can be read alone.
_TOKEN = re.compile(r"[\w*@$!|+]+")
_BEFORE_WORD = re.compile(r"[^\w*@$]")
_AFTER_WORD = re.compile(r"[^\w*]")
# A plain token: no longer than this, and at most this many characters that two neighbouring classes share.
PLAIN_LENGTH, PLAIN_SHARED = 32, 6


def letters(char: str, *, inner: bool) -> str:
    return "".join(dict.fromkeys(LOOKALIKES.get(char, char) + ("*" if inner else "")))


def _fill_back(seeds: int, through: int, width: int) -> int:
    """Positions from which a run of ``through`` positions leads to a seed (each seed included)."""
    step = 1
    while step < width:
        seeds |= through & (seeds >> step)
        through &= through >> step
        step *= 2
    return seeds


def _mask(text: str, chars: frozenset[str]) -> int:
    """A bit per position of text (the first character is bit 0): set where the character is one of chars."""
    return int("".join("1" if char in chars else "0" for char in reversed(text)) or "0", 2)


@functools.cache
def _bit_table(chars: frozenset[str]) -> bytes:
    return bytes(ord("1") if chr(byte) in chars else ord("0") for byte in range(256))


def _class_mask(ascii_text: bytes, chars: frozenset[str]) -> int:
    """As _mask, for a class of ASCII characters, on the text encoded as ASCII (other characters as "?")."""
    return int(ascii_text[::-1].translate(_bit_table(chars)) or b"0", 2)


class _Region:
    """One token (with the character before it) as bits: per form, per class, the positions from which, inside
    that class's run, the chain can still end at one of ``ends`` (class 0 may be empty: it is entered right
    after the first character). Computed for a form when it is first asked for."""

    def __init__(self, text: str, ends: int) -> None:
        self.text, self.ends, self.width = text, ends, len(text) + 1
        self.ascii = text.encode("ascii", "replace")  # one byte per character; no class holds "?"
        self.masks: dict[frozenset[str], int] = {}
        self.reached: dict[int, list[int]] = {}
        self.alive: dict[int, list[str]] = {}

    def mask(self, chars: frozenset[str]) -> int:
        if chars not in self.masks:
            self.masks[chars] = _class_mask(self.ascii, chars)
        return self.masks[chars]

    def reach(self, form: int, classes: tuple[frozenset[str], ...]) -> list[int]:
        if form not in self.reached:
            per_class = [0] * len(classes)
            targets = self.ends
            for index in range(len(classes) - 1, -1, -1):
                per_class[index] = _fill_back(targets, self.mask(classes[index]), self.width)
                targets = self.mask(classes[index]) & (per_class[index] >> 1)
            self.reached[form] = per_class
        return self.reached[form]

    def bits(self, mask: int) -> str:
        """One character per position, "1" where the mask has its bit, so each look is O(1)."""
        return format(mask, "b")[::-1].ljust(self.width + 1, "0")

    def alive_of(self, form: int, classes: tuple[frozenset[str], ...]) -> list[str]:
        if form not in self.alive:
            self.alive[form] = [self.bits(mask) for mask in self.reach(form, classes)]
        return self.alive[form]


@dataclasses.dataclass(frozen=True, slots=True)
class _Chains:
    """The forms as chains of classes: (first character, (first letter's class, class of letter 2, …)), in the
    regex's order, and the forms by first character."""

    forms: tuple[tuple[str, tuple[frozenset[str], ...]], ...]
    families: Mapping[str, tuple[int, ...]]

    @classmethod
    def of(cls, forms: tuple[tuple[str, tuple[frozenset[str], ...]], ...]) -> _Chains:
        families: dict[str, list[int]] = {}
        for form, (char, _) in enumerate(forms):
            families.setdefault(char, []).append(form)
        return cls(forms, {char: tuple(members) for char, members in families.items()})

    def longest_end(self, region: _Region, form: int, start: int, ending: str) -> int:
        """The last end of ``form`` entered at ``start`` (its class 0), following only states that can end."""
        classes = self.forms[form][1]
        alive = region.alive_of(form, classes)
        last = len(classes) - 1
        states, position, end = 1, start, start
        while states:
            if states >> last & 1 and ending[position] == "1":
                end = position
            if position >= len(region.text):
                break
            char, following = region.text[position], 0
            for index in range(len(classes)):
                if states >> index & 1:
                    if char in classes[index] and alive[index][position + 1] == "1":
                        following |= 1 << index
                    if index < last and char in classes[index + 1] and alive[index + 1][position + 1] == "1":
                        following |= 1 << (index + 1)
            states, position = following, position + 1
        return end

    def words(self, text: str, start: int, stop: int) -> Iterator[str]:
        """What ``[^\\w*@$](forms)(?![\\w*])`` finds in text[start:stop] (the character at stop ends a word)."""
        source = text[start:stop]
        ends = _mask(source, frozenset(char for char in set(source) if _AFTER_WORD.match(char))) | 1 << len(source)
        region = _Region(source, ends)
        ending = region.bits(ends)
        position = 0
        while position < len(source) - 1:
            found = next(
                (
                    (before, form)
                    for before in range(position, len(source) - 1)
                    if source[before + 1] in self.families and _BEFORE_WORD.match(source[before])
                    for form in self.families[source[before + 1]]
                    if region.alive_of(form, self.forms[form][1])[0][before + 2] == "1"
                ),
                None,
            )
            if found is None:
                return
            before, form = found
            end = self.longest_end(region, form, before + 2, ending)
            yield source[before + 1 : end]
            position = end

    def whole(self, word: str) -> bool:
        """Whether the word is one of the forms, whole."""
        region = _Region(" " + word, 1 << (len(word) + 1))
        forms = self.families.get(word[:1], ())
        return any(region.reach(form, self.forms[form][1])[0] >> 2 & 1 for form in forms)


@dataclasses.dataclass(frozen=True, slots=True)
class WordList:
    """A word list with its look-alike spellings: ``regex`` for plain tokens, ``chains`` for the others."""

    regex: re.Pattern[str]
    chains: _Chains
    shared: frozenset[str]  # characters two neighbouring classes of a form both take
    risky: re.Pattern[str]  # a token that is not plain (linear: tried at token starts only, read once)

    @classmethod
    def of(cls, stems: Mapping[str, tuple[str, ...]]) -> WordList:
        """Letters may repeat ("fuuuck"); inner letters may be a look-alike or "*" ("f*ck", "sh1t", "a$$hole").

        One regex for every form, grouped by first character so that each alternative starts with a literal.
        """
        forms = sorted({stem + ending for stem, endings in stems.items() for ending in endings}, key=len, reverse=True)
        by_first: dict[str, list[str]] = {}
        chains: dict[str, list[tuple[frozenset[str], ...]]] = {}
        shared: set[str] = set()
        for form in forms:
            classes = [letters(char, inner=0 < index < len(form) - 1) for index, char in enumerate(form)]
            rest = "".join("[" + re.escape(chars) + "]+" for chars in classes[1:])
            for variant in classes[0]:
                by_first.setdefault(variant, []).append("[" + re.escape(classes[0]) + "]*" + rest)
                chains.setdefault(variant, []).append(tuple(frozenset(chars) for chars in classes))
            shared.update(*(set(left) & set(right) for left, right in zip(classes, classes[1:], strict=False)))
        alternatives = "|".join(re.escape(char) + "(?:" + "|".join(rests) + ")" for char, rests in by_first.items())
        # Anchored on the character before the word: letters fail that test at once, so the alternatives are
        # only tried at word starts (a leading \b or look-behind would make the engine try them everywhere).
        regex = re.compile(r"[^\w*@$](" + alternatives + r")(?![\w*])")
        ordered = tuple((char, classes) for char, chain in chains.items() for classes in chain)
        escaped = re.escape("".join(sorted(shared)))
        risky = re.compile(
            rf"(?<![\w*@$!|+])(?=[\w*@$!|+]{{{PLAIN_LENGTH + 1}}}"
            rf"|(?:(?![{escaped}])[\w*@$!|+])*+[{escaped}](?:(?:(?![{escaped}])[\w*@$!|+])*+[{escaped}]){{{PLAIN_SHARED}}})"
            r"[\w*@$!|+]++"
        )
        return cls(regex, _Chains.of(ordered), frozenset(shared), risky)

    def plain(self, token: str) -> bool:
        return len(token) <= PLAIN_LENGTH and sum(char in self.shared for char in token) <= PLAIN_SHARED

    def words(self, lowered: str) -> list[str]:
        """The listed words in lowercased text, whole words only, in order: the regex reads the text between
        the tokens that are not plain (all of it, usually), the chains read those tokens."""
        text = " " + lowered
        found: list[str] = []
        position = 0
        for token in self.risky.finditer(text):
            found.extend(match.group(1) for match in self.regex.finditer(text, position, token.start() - 1))
            found.extend(self.chains.words(text, token.start() - 1, token.end()))
            position = token.end()
        found.extend(match.group(1) for match in self.regex.finditer(text, position))
        return found

    def whole(self, word: str) -> bool:
        """Whether a word (as ``words`` found it) is one of this list's, whole."""
        if self.plain(word):
            return self.regex.fullmatch(" " + word) is not None
        return self.chains.whole(word)
