"""Live updates: WebSocket and SSE pushes, place status, weather (docs/realtime.md)."""

#: The scope key under which the WebSocket server (config.daphne) hands a connection its direct frame writer.
#: Here, in a module that imports nothing, so the server can name it without loading Django's models.
WRITE_FRAME = "whatson.write_frame"
