"""A title outvoted by two names that agree (held-out batch apis80). Pure.

A campaign platform's events (NationBuilder's pages API, batch apis80) name each event three times: "name" and
"headline", the event's name, and "title", the page's HTML title. For one event all three agree ("The event of the
year!"); for the other the title is the page's ("Event - Foobar Softwares") where name and headline say "Foobar
Event". A "title" key outranks "name" and "headline", so the page's title was printed.

``outvoted`` takes, in place of the chosen title column, two other named columns of the same object that agree with
each other in every sampled record, where the chosen title agrees with them in at least one record and differs in
another: a name that two keys give alike is the record's, and a third that drifts from it in some records names
something else (the page, the site). The better scored of the two is taken. Not: a title that differs from them in
every record (another kind of name: a slug, a code), two names that disagree with each other, a title that agrees
everywhere (nothing to change), a single record, names in another object (a venue's "name").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

MAX_COLUMNS = 40  # the scored columns compared pairwise (a hostile document with thousands of keys stays fast)


def outvoted(sample: Any, title: Any, score: Callable[[Any], float]) -> tuple[Any, float] | None:
    """The column and score that name the items in place of ``title``, else None (see the module)."""
    if title is None:
        return None
    holder = title.path.rpartition(".")[0]
    named = [
        (score(column), column)
        for column in sample.columns.values()
        if column is not title and column.path.rpartition(".")[0] == holder
    ]
    named = sorted(((points, column) for points, column in named if points > 0), key=lambda pair: -pair[0])
    for (points, one), (_, other) in itertools.combinations(named[:MAX_COLUMNS], 2):
        if _agree(one.values, other.values) and _drifts(title.values, one.values):
            return one, points
    return None


def _text(value: Any) -> str | None:
    return " ".join(value.split()).casefold() if isinstance(value, str) and value.strip() else None


def _agree(ones: list[Any], others: list[Any]) -> bool:
    """Whether two columns give the same text in every record, and text in two records at least."""
    pairs = [(_text(one), _text(other)) for one, other in zip(ones, others, strict=False)]
    return len(pairs) >= 2 and all(one is not None and one == other for one, other in pairs)


def _drifts(titles: list[Any], names: list[Any]) -> bool:
    """Whether the title is the name in at least one record and another text in at least one other."""
    same = [_text(title) == _text(name) for title, name in zip(titles, names, strict=False) if _text(title)]
    return any(same) and not all(same)
