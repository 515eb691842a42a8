"""An answer's "result" member, for the one-event reading (``_json_one_event``): an RPC-style answer keeps what was
asked for under the document's own "result" key, beside the call's metadata (batch 58: a contest platform's
``{"invocationInfo": {"action", "hostname", "req-id"}, "result": {"contestTitle", "startTime", "endTime"}}``;
JSON-RPC 2.0's ``{"jsonrpc": "2.0", "id": 1, "result": {...}}``). A document of one key is already unwrapped
whatever the key; this reads the "result" object when other keys stand beside it.

Only at the document's top (a "result" deeper in is a match's score or a poll's outcome, not the answer), and
only an object: the object must still read as one event on its own keys (a title, a start, an event's key, no
publication stamp), so a user or a post returned as the result stays no event.

Pure: no database, no network.
"""

from __future__ import annotations

from sources.adapters._json_shapes import words

RESULT_WORDS = ("result",)


def result_member(depth: int, key: str) -> bool:
    """Whether ``key`` at ``depth`` (0: the document's own keys) is the answer's "result" member."""
    return depth == 0 and tuple(words(key)) == RESULT_WORDS
