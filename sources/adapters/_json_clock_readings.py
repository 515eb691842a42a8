"""Which of a document's clocks are read otherwise than as written, inferred from the document. Pure.

The inferences ``json_api`` makes once its mapping is inferred, in order (each module says what it reads): the
naive clocks are UTC, told by the days' local midnights (``_json_utc_clocks``), else by the records' words or their
offset-stating twins (``_json_utc_said``, ``_json_utc_twins``); epochs count the wall clock as UTC
(``_json_wall_epochs``); the offsets written are the zone's other season's (``_json_wall_offsets``), else the "Z"
stamps are wall clocks the records' own words write (``_json_z_said``, left42). Moved out of ``json_api`` (left42),
which was at its size limit; the source's ``timezone`` in the config rules them all out there.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._json_utc_clocks import UTC_CLOCKS, UTC_EVIDENCE, clocks_in_utc
from sources.adapters._json_utc_twins import utc_said
from sources.adapters._json_wall_epochs import WALL_EPOCHS, WALL_EVIDENCE, epochs_are_wall_clocks
from sources.adapters._json_wall_offsets import WALL_OFFSETS, WALL_OFFSETS_EVIDENCE, offsets_are_wall_clocks
from sources.adapters._json_z_said import Z_SAID_EVIDENCE, z_said_local


def clock_readings(
    items: list[Any],
    clock_values: Iterable[Any],
    mapping: Mapping[str, Any] | None,
    start_spec: Any,
    zone: dt.tzinfo | None,
) -> list[tuple[str, str]]:
    """The config keys to set true, each with its evidence, for the document's ``items`` (see the module)."""
    found: list[tuple[str, str]] = []
    if clocks_in_utc(clock_values, zone):  # type: ignore[arg-type]
        found.append((UTC_CLOCKS, UTC_EVIDENCE))
    elif said := utc_said(items, mapping, zone):
        found.append((UTC_CLOCKS, said))
    if epochs_are_wall_clocks(items, start_spec, zone):
        found.append((WALL_EPOCHS, WALL_EVIDENCE))
    if offsets_are_wall_clocks(items, start_spec, zone):
        found.append((WALL_OFFSETS, WALL_OFFSETS_EVIDENCE))
    elif z_said_local(items, zone):  # "…11:03:59Z" beside "Agenda Posted on January 2, 2026 11:03 AM"
        found.append((WALL_OFFSETS, Z_SAID_EVIDENCE))
    return found
