"""The processing pipeline: pure functions over normalized-event dicts (docs/event-format.md).

No ORM in here: services load a batch, call these, and write the results in bulk.
"""
