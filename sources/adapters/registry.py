"""The registry of adapters: one name, one class. Registering a name twice is a programming error."""

from __future__ import annotations

from typing import TypeVar

from sources.adapters.base import RECORD_ERRORS, Adapter

DUPLICATE_ADAPTER = "An adapter named {name!r} is already registered ({existing})."
UNKNOWN_ADAPTER = "No adapter named {name!r}; known adapters: {known}."

_adapters: dict[str, type[Adapter]] = {}

A = TypeVar("A", bound=type[Adapter])


class AdapterAlreadyRegistered(ValueError):  # noqa: N818 - a pair with AdapterNotFound, like baserow's registries
    """Two adapter classes claim one name: a programming error, raised at import time."""


class AdapterNotFound(LookupError):  # noqa: N818 - named for what it reports, like Django's DoesNotExist
    """No adapter has that name (a Source's config or a command's --kind names one we don't have)."""


def register(cls: A) -> A:
    """Class decorator adding an adapter to the registry under its ``name``."""
    existing = _adapters.get(cls.name)
    if existing is not None and existing is not cls:
        raise AdapterAlreadyRegistered(DUPLICATE_ADAPTER.format(name=cls.name, existing=existing.__qualname__))
    _adapters[cls.name] = cls
    return cls


def get(name: str) -> type[Adapter]:
    try:
        return _adapters[name]
    except KeyError:
        raise AdapterNotFound(UNKNOWN_ADAPTER.format(name=name, known=", ".join(names()))) from None


def names() -> list[str]:
    return sorted(_adapters)


def sniff(payload: bytes) -> type[Adapter] | None:
    """The first adapter, in ``sniff_priority`` order, that recognises the payload; None if none does."""
    for adapter in sorted(_adapters.values(), key=lambda cls: (cls.sniff_priority, cls.name)):
        try:
            if adapter.sniff(payload):
                return adapter
        except RECORD_ERRORS:  # a hostile document one sniffer trips over is simply not that format
            continue
    return None
