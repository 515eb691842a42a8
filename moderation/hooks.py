"""After-commit hooks on moderation: later work (live push, digests) attaches here, never to signals.

A callback receives the ids of the ModerationAction rows one service call wrote. It runs only once the
transaction that wrote them commits, so a rolled-back action never reaches it; one failing callback is
logged and does not stop the others (``robust=True``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.db import transaction

ModeratedCallback = Callable[[list[int]], None]

DUPLICATE_CALLBACK = "moderation callback {name} is already registered"

_callbacks: list[ModeratedCallback] = []


def on_moderated(callback: ModeratedCallback) -> ModeratedCallback:
    """Register ``callback`` (usable as a decorator). Registering the same one twice is a mistake."""
    if callback in _callbacks:
        raise ValueError(DUPLICATE_CALLBACK.format(name=getattr(callback, "__qualname__", repr(callback))))
    _callbacks.append(callback)
    return callback


def off_moderated(callback: ModeratedCallback) -> None:
    """Unregister ``callback`` (tests; a feature being switched off)."""
    if callback in _callbacks:
        _callbacks.remove(callback)


def moderated(action_ids: Sequence[int]) -> None:
    """Schedule every registered callback with ``action_ids`` for when the current transaction commits."""
    if not action_ids:
        return
    ids = list(action_ids)
    for callback in list(_callbacks):
        transaction.on_commit(lambda callback=callback: callback(list(ids)), robust=True)  # type: ignore[misc]
