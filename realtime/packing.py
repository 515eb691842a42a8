"""The bus's Redis commands packed in one step: redis-py's own packer (PythonRespSerializer, used when hiredis is not
installed) encodes and frames one argument at a time through several calls, a pipeline batch's XADDs ~0.035 ms an
event. Here the common command (every argument a str, bytes or int, none longer than the packer's cutoff) is built
in one pass into the same bytes; any other (a float, a bool, a memoryview, a long value) is left to redis-py's
packer, which also raises what it raises. The bytes sent are the same; only where redis-py would have cut them into
chunks differs, which the socket does not see.
"""

from __future__ import annotations

from typing import Any

from redis._parsers.encoders import Encoder
from redis.connection import PythonRespSerializer
from redis.utils import HIREDIS_AVAILABLE

BUFFER_CUTOFF = 6_000  # redis-py's own (connection.py)
# The client's encoding: redis-py's defaults, which the bus's client keeps (bus._client).
ENCODING, ENCODING_ERRORS = "utf-8", "strict"


class Packer(PythonRespSerializer):
    def pack(self, *args: Any) -> list[Any]:
        # redis-py's first step, as it takes it: a command name with a space ("CONFIG GET") is sent as its words
        if isinstance(args[0], str):
            words = tuple(args[0].encode().split()) + args[1:]
        elif b" " in args[0]:
            words = tuple(args[0].split()) + args[1:]
        else:
            words = args
        parts = [b"*%d\r\n" % len(words)]
        for arg in words:
            kind = type(arg)
            if kind is str:
                data = arg.encode(ENCODING, ENCODING_ERRORS)
            elif kind is bytes:
                data = arg
            elif kind is int:
                data = repr(arg).encode()
            else:
                return super().pack(*args)
            if len(data) > BUFFER_CUTOFF:
                return super().pack(*args)
            parts.append(b"$%d\r\n%b\r\n" % (len(data), data))
        return [b"".join(parts)]


def packer() -> Packer | None:
    """The packer for the bus's client; None (redis-py's choice) where hiredis is installed: its C packer is faster."""
    if HIREDIS_AVAILABLE:
        return None
    return Packer(BUFFER_CUTOFF, Encoder(ENCODING, ENCODING_ERRORS, False).encode)
