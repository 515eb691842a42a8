"""Set-based writes: many rows in one statement, because row-at-a-time writes and Django's bulk_update
(one CASE expression per field) are what made the seed slow (ARCHITECTURE.md §5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import connection, models

UNKNOWN_FIELD = "{model} has no concrete field {field!r}."


def bulk_update_rows(model: type[models.Model], rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> int:
    """Update ``fields`` of many rows, each row a mapping with "pk" plus those fields. Returns rows updated.

    PostgreSQL: ``UPDATE … FROM (VALUES …)``, one statement per 1,000 rows. Other backends: executemany.
    """
    if not rows or not fields:
        return 0
    meta = model._meta
    columns = []
    for name in fields:
        field = meta.get_field(name)
        if not isinstance(field, models.Field) or not field.concrete:
            raise ValueError(UNKNOWN_FIELD.format(model=meta.label, field=name))
        columns.append(field)
    if connection.vendor == "postgresql":
        return _update_from_values(model, rows, columns)
    return _update_many(model, rows, columns)


def _column(field: models.Field) -> str:
    if field.column is None:  # only non-concrete fields lack a column; bulk_update_rows refuses those
        raise ValueError(UNKNOWN_FIELD.format(model=field.model._meta.label, field=field.name))
    return field.column


def _prepared(field: models.Field, value: Any) -> Any:
    return field.get_db_prep_save(value, connection=connection)


def _update_from_values(
    model: type[models.Model], rows: Sequence[Mapping[str, Any]], columns: list[models.Field]
) -> int:
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk = model._meta.pk
    assert pk is not None  # noqa: S101 - every concrete model has one
    pk_type = pk.db_type(connection) if not isinstance(pk, models.AutoField | models.BigAutoField) else "bigint"
    casts = [f"%s::{field.db_type(connection)}" for field in columns]
    row_sql = "(" + ", ".join([f"%s::{pk_type}", *casts]) + ")"
    names = ", ".join(quote(_column(field)) for field in columns)
    assignments = ", ".join(f"{quote(_column(field))} = v.{quote(_column(field))}" for field in columns)
    updated = 0
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            params: list[Any] = []
            for row in chunk:
                params.append(row["pk"])
                params.extend(_prepared(field, row[field.name]) for field in columns)
            sql = (
                f"UPDATE {table} SET {assignments} FROM (VALUES {', '.join([row_sql] * len(chunk))}) "  # noqa: S608 - identifiers are quoted model metadata; values are parameters
                f"AS v(_pk, {names}) WHERE {table}.{quote(_column(pk))} = v._pk"
            )
            cursor.execute(sql, params)
            updated += cursor.rowcount
    return updated


def _update_many(model: type[models.Model], rows: Sequence[Mapping[str, Any]], columns: list[models.Field]) -> int:
    quote = connection.ops.quote_name
    pk = model._meta.pk
    assert pk is not None  # noqa: S101 - every concrete model has one
    assignments = ", ".join(f"{quote(_column(field))} = %s" for field in columns)
    sql = f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE {quote(_column(pk))} = %s"  # noqa: S608 - quoted model metadata
    params = [[*(_prepared(field, row[field.name]) for field in columns), row["pk"]] for row in rows]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
    return len(rows)
