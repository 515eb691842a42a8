"""Who may hand a claimed digest over: a batch's claims kept alive, re-checked and held while their mails go out.

A batch stamps its claims (``claimed_at``) and renews the stamp while it sends. A worker that stalls (SIGSTOP, a
frozen VM, a swap storm) past the lease has its claims taken over by another (``_take_over`` in sending.py); when
it wakes it must send none of those. So before handing a message over, the batch checks that the row still carries
its stamp, and it must keep the row from being taken over between that check and the row's ``sent`` mark.

The hold is a PostgreSQL SESSION advisory lock per row (HANDOVER_LOCK_NAMESPACE, the row id), taken for a slice of
the batch's rows at once, not a row lock in a transaction per message: a session lock outlives the per-message
autocommit UPDATE that marks each row ``sent`` right after its handoff (so a worker killed mid-slice loses no
mark), and three statements per slice (lock, re-check, unlock) replace BEGIN / SELECT … FOR UPDATE / COMMIT per
message, which cost a third of the sender's CPU (bench/digests.py). Why nothing goes out twice:

* the owner locks a slice FIRST, then re-checks the stamps in a separate statement, whose snapshot is taken after
  the locks are held; it sends only rows both locked and still stamped by it, and unlocks them once each one is
  marked (or, failing, released);
* a taker re-stamps only expired rows it can lock too (``pg_try_advisory_xact_lock``, held until its UPDATE
  commits), and skips the ones it cannot (``take_over_guard``). If the taker locked a row first, the owner's try
  fails while it re-stamps, or succeeds after its commit and then sees the new stamp: not sent here. If the owner
  locked it first, the taker skips it however long the owner stalls, and after the owner's unlock finds it marked.

A worker that dies closes its connection and PostgreSQL drops its locks at once; one that stalls keeps the rows of
its current slice (at most MAX_SLICE) until it wakes and sends them. Slices start at one row and double: a batch
held at its very first message (a mail server slow to answer) keeps just that one. Other databases have no
advisory locks and nothing redelivers their tasks (the embedded mode runs them inline): there the stamp is
re-checked before each message, as a check, not a hold.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Generator, Sequence
from typing import Any

from django.conf import settings
from django.db import DatabaseError
from django.db import connection as db
from django.utils import timezone

from digests.models import DigestSend

logger = logging.getLogger(__name__)

# The advisory lock class for "a digest row being handed over": distinct from the pipeline's, the fetches' and
# the task claims'. The second half of the key is the row id folded into PostgreSQL's int4 (ids that far apart
# sharing a key only make one wait for the other's slice, never send twice).
HANDOVER_LOCK_NAMESPACE = 7_503
KEY_SPACE = 2_147_483_647
MAX_SLICE = 32

# Folds a row id into the lock's int4 key (parameters: the namespace, then KEY_SPACE).
_KEY = "%s, (id %% %s)::int"


def take_over_guard(expired: str) -> str:
    """For _take_over's UPDATE, around a subquery of the expired rows it locked (FOR UPDATE SKIP LOCKED): of those,
    the ones no owner is handing over now. Evaluated after the subquery (volatile, so never pushed into it): a row
    is tried only once it is known expired. Its parameters follow the subquery's: TAKE_OVER_GUARD_PARAMS."""
    return f"SELECT id FROM ({expired}) AS expired WHERE pg_try_advisory_xact_lock({_KEY})"  # noqa: S608 - no values


TAKE_OVER_GUARD_PARAMS = (HANDOVER_LOCK_NAMESPACE, KEY_SPACE)


def _locks() -> bool:
    return db.vendor == "postgresql"


class ClaimLease:
    """Keeps a long batch's unsent claims alive: re-stamped every third of DIGEST_CLAIM_LEASE_SECONDS, so a
    batch slower than the lease (a slow server, a low DIGEST_SEND_RATE) is never taken for a dead worker's and
    sent a second time by the next run. One UPDATE per renewal, not per message.

    ``stamp`` is the batch's mark on its claims: only rows still stamped with it are renewed, sent or released
    (a row re-stamped by another worker was taken over while this one stalled)."""

    def __init__(self, unsent: set[int], stamp: dt.datetime) -> None:
        self.unsent = unsent
        self.stamp = stamp
        self.every = settings.DIGEST_CLAIM_LEASE_SECONDS / 3
        self.last = time.monotonic()

    def mine(self) -> Any:
        return DigestSend.objects.filter(status=DigestSend.Status.CLAIMED, claimed_at=self.stamp)

    def renew(self) -> None:
        if time.monotonic() - self.last < self.every or not self.unsent:
            return
        stamp = timezone.now()
        self.mine().filter(pk__in=self.unsent).update(claimed_at=stamp, updated_at=stamp)
        self.stamp = stamp
        self.last = time.monotonic()

    def release(self) -> None:
        """The unsent rows still ours go back to nobody (a retry or the next run claims them at once)."""
        self.mine().filter(pk__in=self.unsent).delete()

    def turns(self, send_ids: Sequence[int]) -> Generator[tuple[int, bool], None, None]:
        """Each row in order with whether this batch may hand it over now (held and still stamped by it).

        Rows are held a slice at a time and let go when the next slice is taken or the iteration ends, early
        or not: close the iterator (``contextlib.closing``) when the loop may stop half-way. Hand over and mark
        each row before asking for the next."""
        size, start = 1, 0
        while start < len(send_ids):
            part = list(send_ids[start : start + size])
            start += len(part)
            size = min(size * 2, MAX_SLICE) if _locks() else 1
            held = _hold(part)
            try:
                ours = set(self.mine().filter(pk__in=held).values_list("pk", flat=True)) if held else set()
                for send_id in part:
                    yield send_id, send_id in ours
            finally:
                _let_go(held)


def _hold(send_ids: list[int]) -> list[int]:
    """Lock these rows against a take-over (PostgreSQL); returns those locked (others are being taken now)."""
    if not _locks():
        return send_ids
    with db.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM unnest(%s::bigint[]) AS id WHERE pg_try_advisory_lock({_KEY})",  # noqa: S608 - no values
            [send_ids, HANDOVER_LOCK_NAMESPACE, KEY_SPACE],
        )
        return [send_id for (send_id,) in cursor.fetchall()]


def _let_go(send_ids: list[int]) -> None:
    if not _locks() or not send_ids:
        return
    try:
        _unlock(send_ids)
    except DatabaseError:  # a lost connection took the locks with it
        logger.warning("Digest handover: could not unlock %s rows", len(send_ids), exc_info=True)


def _unlock(send_ids: list[int]) -> None:
    with db.cursor() as cursor:
        cursor.execute(
            f"SELECT pg_advisory_unlock({_KEY}) FROM unnest(%s::bigint[]) AS id",  # noqa: S608 - no values
            [HANDOVER_LOCK_NAMESPACE, KEY_SPACE, send_ids],
        )
