"""Addresses of data, not of pages: an API's resources (``…/artists/mbid:….json``, ``…/events/12.xml``).

A listing may carry, deep in a part (a performer's identifiers), the address of that part's JSON or XML resource on
the API host. That is no event's page, whatever its key ("href"), so an event's URL is never read from a column of
them. Only the path's ending counts: a Java page (``.jsp``), a folder named ``json-tips`` or ``.json`` in a query
is a page as before.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["data_file_addresses"]

DATA_ENDINGS = (".json", ".xml")
URL_CUT = 2000  # a hostile 1 MB "href" is judged by its first characters


def data_file_addresses(values: list[str]) -> bool:
    """Whether most of a column's addresses name a data file (a path ending in .json or .xml)."""
    if not values:
        return False
    data = sum(1 for value in values if _data_file(value))
    return data * 2 > len(values)


def _data_file(value: str) -> bool:
    try:
        path = urlsplit(value[:URL_CUT].strip()).path
    except ValueError:  # "http://[": no address at all
        return False
    return path.lower().endswith(DATA_ENDINGS)
