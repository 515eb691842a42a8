"""packing.py: the bus's commands packed in one step are the bytes redis-py's own packer sends, and whatever that
packer raises is raised the same; through a real client, what is written reads back as written."""

from __future__ import annotations

import random

import pytest
import redis
from redis._parsers.encoders import Encoder
from redis.connection import PythonRespSerializer

from realtime import packing
from realtime.bus import STREAM_KEY, get_bus, redis_client

theirs = PythonRespSerializer(packing.BUFFER_CUTOFF, Encoder("utf-8", "strict", False).encode)
ours = packing.Packer(packing.BUFFER_CUTOFF, Encoder("utf-8", "strict", False).encode)

COMMANDS = [
    ("XADD", STREAM_KEY, "MAXLEN", "~", 10_000, "*", "t", "events", "m", '{"type":"event.published","é":"ü €"}'),
    ("CONFIG GET", "maxmemory"),  # a command name of two words
    (b"CONFIG SET", b"x", b"y"),
    ("SET", "k", "", "PX", 1000, "NX"),
    ("INCRBY", "k", -42),
    ("SET", "k", 2**70),
    ("SET", b"k", bytearray(b"v")),  # a bytearray: redis-py's own packer
    ("SET", "k", memoryview(b"v")),
    ("SET", "k", 1.5),
    ("SET", "k", float("nan")),
    ("SET", "k", "x" * 6_000),  # at the cutoff, then past it
    ("SET", "k", "x" * 6_001),
    ("SET", "k", "é" * 4_000),
    ("XADD", "s", "*", *("f", "y" * 500) * 30),  # a long command of short values: one chunk here, several there
    ("GET", "lone surrogate \ud800"),
    ("SET", "k", True),  # redis-py refuses a bool
    ("SET", "k", None),
    ("SET", "k", object()),
]


def _sent(packer: PythonRespSerializer, command: tuple[object, ...]) -> object:
    try:
        return b"".join(bytes(chunk) for chunk in packer.pack(*command))
    except Exception as exc:  # noqa: BLE001 - the same failure is the expected result
        return (type(exc), str(exc))


@pytest.mark.parametrize("command", COMMANDS, ids=range(len(COMMANDS)))
def test_the_same_bytes_or_the_same_error(command):
    assert _sent(ours, command) == _sent(theirs, command)


def test_random_commands_pack_alike():
    rng = random.Random(3)
    values = ["", "a b", "ü", "\r\n", b"", b"\x00\xff", 0, -1, 10**20, 1.25, True, "x" * 7000]
    for _ in range(2_000):
        command = ("XADD", *(rng.choice(values) for _ in range(rng.randrange(0, 8))))
        assert _sent(ours, command) == _sent(theirs, command)


def test_a_plain_command_is_one_chunk():
    assert ours.pack("SET", "k", 1) == [b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\n1\r\n"]


@pytest.mark.redis
def test_the_bus_client_writes_what_reads_back(settings):
    if packing.HIREDIS_AVAILABLE:
        pytest.skip("hiredis installed: redis-py's own packer")
    client = redis_client()
    connection = client.connection_pool.get_connection()
    assert isinstance(connection._command_packer, packing.Packer)
    client.connection_pool.release(connection)
    message = {"type": "event.published", "event": {"title": "Jazz ü €", "id": 2**40}}
    get_bus().publish_many([{"t": "events", "y": "event.published", "k": "", "f": "", "m": repr(message)}] * 3)
    rows = client.xrange(STREAM_KEY)
    assert [fields[b"m"].decode() for _id, fields in rows][-3:] == [repr(message)] * 3
    with pytest.raises(redis.DataError):
        client.set("whatson:test:packing", True)  # type: ignore[arg-type]
