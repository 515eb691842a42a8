"""A table's columns named where no header row names them, for _page_tables (helper left41, venues55's left). Pure.

**"Local"** (``local_roles``): a place column headed "Local", as Portuguese heads it ("Data | Evento | Local").

"Local" is Portuguese's (and Spanish's, for premises) word for the place; venues55 kept it out of the column roles
because English heads a "Local" column as often, meaning local time ("UTC | Local"). Read as the place only when
the header is that word alone and another cell of the header is written in Portuguese or Spanish ("Data",
"Evento", "Hora", "Horário", "Atividade", "Fecha"), and no column is already the place.

Not: "Date | Event | Local" (an English header), "Data | Evento | Local time" (not the word alone), a header with a
place column already ("Data | Local | Lugar"), a fixture list's home side beside the away side ("Fecha | Local |
Visitante | Resultado": review56, heldout65's test).

**Cell classes** (``class_header``): a table with no header row whose cells are classed by what they hold, the same
on every row ("<td class='datum'>14.06.2031</td><td class='titel'>Jazz Night</td><td class='ort'>The Old Mill
</td>"), as a CMS's template writes its rows: the classes, read as words ("event-date": "event date"), are the
header, when they name a date column and a place column by the column roles' words (_page_schedule.COLUMN_ROLES).
Not: rows classed differently, a cell without a class, classes that name no date or no place ("col1", "odd").
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_schedule import COLUMN_ROLES
from sources.adapters._page_table_cells import cells

LOCAL = re.compile(r"^\W{0,3}(?:local|locais|locales)\W{0,3}$", re.IGNORECASE)
IBERIAN = re.compile(
    r"^\W{0,3}(?:data|datas|evento|eventos|hora|horas|hor[áa]rio|horarios|atividades?|actividad(?:es)?|fecha|fechas"
    r"|programa[çc][ãa]o|espet[áa]culos?|espect[áa]culos?|sess[ãa]o|sess[õo]es|t[íi]tulo|nome|nombre|d[íi]a)\W{0,3}$",
    re.IGNORECASE,
)

# The away side's column: "Local" beside it is the home side's, no place (review56).
AWAY = re.compile(r"^\W{0,3}(?:visitantes?|visita|visitors?|fora|away)\W{0,3}$", re.IGNORECASE)


def local_roles(header: list[str], roles: dict[int, str]) -> dict[int, str]:
    """``roles`` with a "Local" column as the place when the header is Portuguese or Spanish (see the module)."""
    if "location" in roles.values() or not any(IBERIAN.match(text) for text in header):
        return roles
    if any(AWAY.match(text) for text in header):  # "Local | Visitante": the home side (review56)
        return roles
    local = next((column for column, text in enumerate(header) if LOCAL.match(text)), None)
    return roles if local is None or local in roles else {**roles, local: "location"}


MIN_ROWS = 2
CLASS_WORD = re.compile(r"[-_]+")


def _classes(row: Any) -> list[str]:
    return [CLASS_WORD.sub(" ", " ".join((cell.get("class") or "").split())).strip() for cell in cells(row)]


def _role(text: str) -> str | None:
    return next((role for role, pattern in COLUMN_ROLES if pattern.search(text)), None)


def class_header(rows: list[Any]) -> list[str]:
    """The header a headerless table's cell classes write (see the module), or []."""
    if len(rows) < MIN_ROWS:
        return []
    header = _classes(rows[0])
    if len(header) < 2 or not all(header) or any(_classes(row) != header for row in rows[1:]):
        return []
    roles = [_role(text) for text in header]
    return header if "date" in roles and "location" in roles else []
