"""Remove the Redis hash that held what live clients were last told before 0002 moved it into the database.

Releases before realtime 0002 kept it in ``whatson:realtime:pushed`` (a field per event ever announced); nothing
reads it since. Removed once, here, so ``migrate`` at the deploy does it: UNLINK frees it in the background, a
second run finds nothing, and without Redis (the embedded mode, or Redis unreachable for now) the migration says so
and goes on: the hash is harmless, only memory (docs/operations.md gives the one command to remove it by hand).
"""

from __future__ import annotations

import sys

import redis
from django.conf import settings
from django.db import migrations

OLD_KEY = "whatson:realtime:pushed"
TIMEOUT_SECONDS = 3.0
LEFT = (
    "realtime 0003: could not reach Redis to remove the unused hash {key} ({error}); it is harmless. "
    "Remove it later with: redis-cli -u $REDIS_URL UNLINK {key}\n"
)


def forget_pushed(apps=None, schema_editor=None) -> bool | None:
    """True when the hash was there and is removed, False when it was not there, None without Redis."""
    if not settings.REDIS_URL:
        return None
    client = redis.Redis.from_url(
        settings.REDIS_URL, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS
    )
    try:
        return bool(client.unlink(OLD_KEY))
    except (redis.RedisError, OSError) as error:
        sys.stderr.write(LEFT.format(key=OLD_KEY, error=type(error).__name__))
        return None
    finally:
        client.close()


class Migration(migrations.Migration):
    dependencies = [("realtime", "0002_announced_event")]

    # Nothing to bring back on the way down: no release reads the hash (one that did rebuilds it as it announces).
    operations = [migrations.RunPython(forget_pushed, migrations.RunPython.noop, elidable=True)]
