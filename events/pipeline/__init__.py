"""The processing pipeline: pure functions over normalized-event dicts (ARCHITECTURE.md §4.1).

No ORM in here: services load a batch, call these, and write the results in bulk.
"""
