"""Addresses of data, not of pages: an API's resources (``…/artists/mbid:….json``, ``…/events/12.xml``).

A listing may carry, deep in a part (a performer's identifiers), the address of that part's JSON or XML resource on
the API host. That is no event's page, whatever its key ("href"), so an event's URL is never read from a column of
them. Only the path's ending counts: a Java page (``.jsp``), a folder named ``json-tips`` or ``.json`` in a query
is a page as before.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import SplitResult, urlsplit

__all__ = ["data_file_addresses", "mostly", "split_address"]

DATA_ENDINGS = (".json", ".xml")
URL_CUT = 2000  # a hostile 1 MB "href" is judged by its first characters


def mostly(values: list[str], test: Callable[[str], bool]) -> bool:
    """Whether more than half of a column's values pass ``test`` (none when the column is empty)."""
    return bool(values) and sum(1 for value in values if test(value)) * 2 > len(values)


def split_address(value: str) -> SplitResult | None:
    """The parts of an address, judged by its first characters; None when it is no address at all ("http://[")."""
    try:
        return urlsplit(value[:URL_CUT].strip())
    except ValueError:
        return None


def data_file_addresses(values: list[str]) -> bool:
    """Whether most of a column's addresses name a data file (a path ending in .json or .xml)."""
    return mostly(values, _data_file)


def _data_file(value: str) -> bool:
    parts = split_address(value)
    return parts is not None and parts.path.lower().endswith(DATA_ENDINGS)
