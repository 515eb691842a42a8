"""Set-based writes: many rows in one statement, because row-at-a-time writes and Django's bulk_update
(one CASE expression per field) are what made the seed slow (bench/README.md).

On PostgreSQL, large sets travel by COPY into a temporary table (no per-value parameters to bind, the
fastest way in: ~118k rows/s against ~22k for INSERT … ON CONFLICT with VALUES), then one set-based
UPDATE … FROM or INSERT … SELECT … ON CONFLICT. Small sets use one ``UPDATE … FROM (VALUES …)``: for a
handful of rows the temporary table's create/drop costs more than it saves. Other backends (SQLite in
development) take plain parameterized statements.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import orjson
from django.db import connection, models, transaction
from django.utils import timezone

UNKNOWN_FIELD = "{model} has no concrete field {field!r}."
# From this many rows on, COPY + temporary table beats one UPDATE … FROM (VALUES …).
COPY_FROM_ROWS = 200
TEMP_TABLE = "_whatson_bulk"
# orjson for values plain JSON takes, NaN refused as json.dumps' output would be by PostgreSQL; keys that
# are not strings become strings, as with json.dumps.
JSON_OPTIONS = orjson.OPT_NON_STR_KEYS
# Field classes whose PostgreSQL value is the Python value itself once it has the column's exact type:
# get_db_prep_save would only turn a str into that str (a third of a batch's write time went there). Exact
# classes only, since a subclass may store something else; any other value takes Django's path.
AS_IS_TYPES: dict[type[models.Field], type] = {
    models.CharField: str, models.TextField: str, models.SlugField: str, models.URLField: str,
    models.EmailField: str, models.IntegerField: int, models.BigIntegerField: int, models.SmallIntegerField: int,
    models.PositiveIntegerField: int, models.PositiveSmallIntegerField: int, models.PositiveBigIntegerField: int,
    models.AutoField: int, models.BigAutoField: int, models.FloatField: float, models.BooleanField: bool,
}  # fmt: skip


def bulk_update_rows(model: type[models.Model], rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> int:
    """Update ``fields`` of many rows, each row a mapping with "pk" plus those fields. Returns rows updated.

    PostgreSQL: ``UPDATE … FROM unnest(…)`` (or ``FROM (VALUES …)``), one statement per 1,000 rows; from
    COPY_FROM_ROWS rows on, COPY into a temporary table. Other backends: executemany.
    """
    if not rows or not fields:
        return 0
    columns = _fields(model, fields)
    if connection.vendor == "postgresql":
        if len(rows) >= COPY_FROM_ROWS:
            return _update_by_copy(model, rows, columns)
        return _update_from_values(model, rows, columns)
    return _update_many(model, rows, columns)


def upsert_rows(
    model: type[models.Model],
    rows: Sequence[Mapping[str, Any]] | Sequence[Sequence[Any]],
    *,
    fields: Sequence[str],
    unique: Sequence[str],
    update: Sequence[str],
    constants: Mapping[str, Any] | None = None,
    returning: Sequence[str] = ("id",),
    prepared: bool = False,
) -> list[tuple[Any, ...]]:
    """Insert rows (mappings of ``fields``), updating ``update`` where the ``unique`` fields already exist.

    ``constants`` are the same for every row (a source id, a timestamp): sent once, not per row.
    ``prepared``: the rows are sequences of database values in ``fields`` order (JSON as its text), sent
    as they are: no per-value field preparation, the cost that dominates large writes.
    Returns the ``returning`` columns of every row written, in no particular order.
    """
    if not rows:
        return []
    constants = dict(constants or {})
    varying = _fields(model, fields)
    fixed = _fields(model, list(constants))
    values: Iterable[Sequence[Any]] = (
        rows  # type: ignore[assignment]
        if prepared
        else _prepared_rows(rows, varying)  # type: ignore[arg-type]
    )
    if connection.vendor == "postgresql":
        return _upsert_by_copy(model, values, varying, fixed, constants, unique, update, returning)
    return _upsert_many(model, values, varying, fixed, constants, unique, update, returning)


def insert_rows(model: type[models.Model], rows: Sequence[Mapping[str, Any]], *, fields: Sequence[str]) -> list[int]:
    """Insert rows (mappings of ``fields``) and return their new ids, in the rows' order.

    Columns not in ``fields`` take their field's default (auto_now ones: now). PostgreSQL: the ids come
    from the table's sequence first, then one COPY straight into the table: no model instances, no
    per-row parameters, no reliance on the order of RETURNING. Other backends: one INSERT … RETURNING per row.
    """
    if not rows:
        return []
    given = _fields(model, fields)
    pk, _pk_kind = _pk_type(model)
    named = {field.name for field in given}
    now = timezone.now()
    defaults = {
        field: _preparer(field)(now if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
                         else field.get_default())
        for field in model._meta.concrete_fields
        if field.name not in named and field is not pk
    }  # fmt: skip
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    constant = list(defaults.values())
    values = _prepared_rows(rows, given)
    if connection.vendor != "postgresql":
        targets = ", ".join(quote(_column(field)) for field in [*given, *defaults])
        sql = (
            f"INSERT INTO {table} ({targets}) VALUES ({', '.join(['%s'] * (len(given) + len(defaults)))}) "  # noqa: S608 - quoted model metadata
            f"RETURNING {quote(_column(pk))}"
        )
        ids = []
        with transaction.atomic(), connection.cursor() as cursor:
            for row in values:
                cursor.execute(sql, [*row, *constant])
                ids.append(cursor.fetchone()[0])
        return ids
    names = ", ".join(quote(_column(field)) for field in [pk, *given, *defaults])
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, _column(pk), len(rows)],
        )
        ids = [row[0] for row in cursor.fetchall()]
        with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for pk_value, row in zip(ids, values, strict=True):
                copy.write_row([pk_value, *row, *constant])
    return ids


def _fields(model: type[models.Model], names: Sequence[str]) -> list[models.Field]:
    meta = model._meta
    columns = []
    for name in names:
        field = meta.get_field(name)
        if not isinstance(field, models.Field) or not field.concrete:
            raise ValueError(UNKNOWN_FIELD.format(model=meta.label, field=name))
        columns.append(field)
    return columns


def _pk_type(model: type[models.Model]) -> tuple[models.Field, str]:
    pk = model._meta.pk
    assert pk is not None  # noqa: S101 - every concrete model has one
    if isinstance(pk, models.AutoField | models.BigAutoField):
        return pk, "bigint"
    return pk, pk.db_type(connection) or "text"


def _copy_into_temp(cursor: Any, columns: list[tuple[str, str]], rows: Any) -> None:
    """A temporary table of (name, type) columns, filled by COPY. Dropped by the caller, in its transaction."""
    quote = connection.ops.quote_name
    definition = ", ".join(f"{quote(name)} {kind}" for name, kind in columns)
    cursor.execute(f"CREATE TEMP TABLE {TEMP_TABLE} ({definition}) ON COMMIT DROP")
    names = ", ".join(quote(name) for name, _kind in columns)
    raw = cursor.cursor  # psycopg's own cursor: Django's wrapper has no COPY
    with raw.copy(f"COPY {TEMP_TABLE} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _update_by_copy(model: type[models.Model], rows: Sequence[Mapping[str, Any]], columns: list[models.Field]) -> int:
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk, pk_type = _pk_type(model)
    layout = [("_pk", pk_type), *((_column(field), field.db_type(connection) or "text") for field in columns)]
    assignments = ", ".join(f"{quote(_column(field))} = v.{quote(_column(field))}" for field in columns)
    prepare = [(field.name, _preparer(field)) for field in columns]
    with transaction.atomic(), connection.cursor() as cursor:
        _copy_into_temp(
            cursor,
            layout,
            ([row["pk"], *(to_db(row[name]) for name, to_db in prepare)] for row in rows),
        )
        cursor.execute(
            f"UPDATE {table} SET {assignments} FROM {TEMP_TABLE} AS v WHERE {table}.{quote(_column(pk))} = v._pk"  # noqa: S608 - identifiers are quoted model metadata
        )
        updated = cursor.rowcount
        cursor.execute(f"DROP TABLE {TEMP_TABLE}")
    return updated


def _conflict_clauses(
    model: type[models.Model],
    fields: Sequence[models.Field],
    unique: Sequence[str],
    update: Sequence[str],
    returning: Sequence[str],
) -> tuple[str, str]:
    """The column list of an upsert, and its ``ON CONFLICT … DO UPDATE … RETURNING …`` tail."""
    quote = connection.ops.quote_name
    targets = ", ".join(quote(_column(field)) for field in fields)
    conflict = ", ".join(quote(_column(_fields(model, [name])[0])) for name in unique)
    assignments = ", ".join(
        f"{quote(column)} = EXCLUDED.{quote(column)}" for column in (_column(field) for field in _fields(model, update))
    )
    back = ", ".join(quote(_column(field)) for field in _fields(model, returning))
    return targets, f"ON CONFLICT ({conflict}) DO UPDATE SET {assignments} RETURNING {back}"


def _upsert_by_copy(
    model: type[models.Model],
    rows: Iterable[Sequence[Any]],
    varying: list[models.Field],
    fixed: list[models.Field],
    constants: Mapping[str, Any],
    unique: Sequence[str],
    update: Sequence[str],
    returning: Sequence[str],
) -> list[tuple[Any, ...]]:
    quote = connection.ops.quote_name
    meta = model._meta
    table = quote(meta.db_table)
    layout = [(_column(field), field.db_type(connection) or "text") for field in varying]
    targets, on_conflict = _conflict_clauses(model, [*varying, *fixed], unique, update, returning)
    selected = ", ".join(
        [*(f"v.{quote(_column(field))}" for field in varying), *(f"%s::{field.db_type(connection)}" for field in fixed)]
    )
    with transaction.atomic(), connection.cursor() as cursor:
        _copy_into_temp(cursor, layout, rows)
        cursor.execute(
            f"INSERT INTO {table} ({targets}) SELECT {selected} FROM {TEMP_TABLE} AS v {on_conflict}",  # noqa: S608 - identifiers are quoted model metadata; values are parameters
            [_prepared(field, constants[field.name]) for field in fixed],
        )
        written = cursor.fetchall()
        cursor.execute(f"DROP TABLE {TEMP_TABLE}")
    return [tuple(row) for row in written]


def _upsert_many(
    model: type[models.Model],
    rows: Iterable[Sequence[Any]],
    varying: list[models.Field],
    fixed: list[models.Field],
    constants: Mapping[str, Any],
    unique: Sequence[str],
    update: Sequence[str],
    returning: Sequence[str],
) -> list[tuple[Any, ...]]:
    """The plain fallback: one INSERT … ON CONFLICT … RETURNING per row (SQLite ≥ 3.35)."""
    quote = connection.ops.quote_name
    fields = [*varying, *fixed]
    targets, on_conflict = _conflict_clauses(model, fields, unique, update, returning)
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({targets}) VALUES ({', '.join(['%s'] * len(fields))}) {on_conflict}"  # noqa: S608 - quoted model metadata
    fixed_values = [_prepared(field, constants[field.name]) for field in fixed]
    written = []
    with transaction.atomic(), connection.cursor() as cursor:
        for row in rows:
            cursor.execute(sql, [*row, *fixed_values])
            written.append(tuple(cursor.fetchone()))
    return written


def _column(field: models.Field) -> str:
    if field.column is None:  # only non-concrete fields lack a column; bulk_update_rows refuses those
        raise ValueError(UNKNOWN_FIELD.format(model=field.model._meta.label, field=field.name))
    return field.column


def _prepared(field: models.Field, value: Any) -> Any:
    return field.get_db_prep_save(value, connection=connection)


def json_text(value: Any) -> str:
    """JSON text of ``value`` as json.dumps would write it (orjson: several times faster on large records)."""
    try:
        return orjson.dumps(value, option=JSON_OPTIONS).decode()
    except TypeError:  # orjson refuses integers beyond 64 bits, which a feed may hold; json takes them
        return json.dumps(value, ensure_ascii=False)


def _preparer(field: models.Field) -> Callable[[Any], Any]:
    """How a value of ``field`` becomes a database value. A plain JSON column on PostgreSQL takes its text
    (jsonb parses it): Django's adapter would encode it with the json module, the slowest part of large writes."""
    django_path = functools.partial(field.get_db_prep_save, connection=connection)
    if connection.vendor != "postgresql":
        return django_path
    if isinstance(field, models.JSONField) and field.encoder is None:
        return lambda value: None if value is None else json_text(value)
    as_is = _as_is_type(field)
    if as_is is dt.datetime:  # an aware datetime goes as it is; a naive one gets Django's warning and zone
        return lambda value: value if type(value) is dt.datetime and value.tzinfo is not None else django_path(value)
    if as_is is not None:
        return lambda value: value if value is None or type(value) is as_is else django_path(value)
    return django_path


def _as_is_type(field: models.Field) -> type | None:
    if type(field) is models.ForeignKey:
        return _as_is_type(field.target_field)
    if type(field) is models.DateTimeField:
        return dt.datetime
    return AS_IS_TYPES.get(type(field))


def _prepared_rows(rows: Iterable[Mapping[str, Any]], fields: Sequence[models.Field]) -> Iterable[list[Any]]:
    prepare = [(field.name, _preparer(field)) for field in fields]
    return ([to_db(row[name]) for name, to_db in prepare] for row in rows)


def _update_from_values(
    model: type[models.Model], rows: Sequence[Mapping[str, Any]], columns: list[models.Field]
) -> int:
    """One ``UPDATE … FROM unnest(…)`` per 1,000 rows when every column's values travel as one array (see
    _column_arrays), else ``UPDATE … FROM (VALUES …)``. The arrays keep the statement's text the same for any
    number of rows (psycopg keeps its parse; PostgreSQL parses a few casts, not one per value)."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk, pk_type = _pk_type(model)
    names = ", ".join(quote(_column(field)) for field in columns)
    assignments = ", ".join(f"{quote(_column(field))} = v.{quote(_column(field))}" for field in columns)
    prepare = [(field.name, _preparer(field)) for field in columns]
    where = f"WHERE {table}.{quote(_column(pk))} = v._pk"
    updated = 0
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            values = [[row["pk"] for row in chunk], *([to_db(row[name]) for row in chunk] for name, to_db in prepare)]
            arrays = _column_arrays(values, [pk, *columns], pk_type)
            if arrays is not None:
                sql, params = f"UPDATE {table} SET {assignments} FROM {arrays} AS v {where}", values  # noqa: S608 - identifiers are quoted model metadata; values are parameters
            else:
                sql, params = _values_update(table, assignments, names, where, pk_type, columns, values)
            cursor.execute(sql, params)
            updated += cursor.rowcount
    return updated


# Python types whose psycopg array (text format) holds each value as its scalar parameter does; a float goes to a
# float column only (float8 → numeric would round at 15 digits where the scalar's literal does not).
ARRAY_TYPES = (str, int, bool, float, Decimal, dt.datetime, dt.date)
FLOAT_COLUMNS = frozenset({"double precision", "real"})


def _column_arrays(values: list[list[Any]], fields: list[models.Field], pk_type: str) -> str | None:
    """``(SELECT u.c0::type0, … FROM unnest(%s::…[], …) AS u(c0, …))`` naming the columns as the VALUES form
    does, each value cast to its column's type as there; None when a column mixes Python types (psycopg dumps one
    type per array) or holds a type not in ARRAY_TYPES."""
    quote = connection.ops.quote_name
    arrays, selected = [], []
    for index, (column_values, field) in enumerate(zip(values, fields, strict=True)):
        kinds = {type(value) for value in column_values if value is not None}
        kind = kinds.pop() if len(kinds) == 1 else (str if not kinds else None)
        db_type = pk_type if index == 0 else field.db_type(connection)
        if kind not in ARRAY_TYPES or db_type is None or (kind is float and db_type not in FLOAT_COLUMNS):
            return None
        # A str array needs its type named (psycopg leaves text unknown); the others carry psycopg's own cast.
        arrays.append("%s::text[]" if kind is str else "%s")
        selected.append(f"u.c{index}::{db_type} AS {'_pk' if index == 0 else quote(_column(field))}")
    aliases = ", ".join(f"c{index}" for index in range(len(fields)))
    return f"(SELECT {', '.join(selected)} FROM unnest({', '.join(arrays)}) AS u({aliases}))"  # noqa: S608 - quoted model metadata; values are parameters


def _values_update(
    table: str,
    assignments: str,
    names: str,
    where: str,
    pk_type: str,
    columns: list[models.Field],
    values: list[list[Any]],
) -> tuple[str, list[Any]]:
    """``UPDATE … FROM (VALUES (…), …)``: one parameter per value, row after row."""
    casts = [f"%s::{field.db_type(connection)}" for field in columns]
    row_sql = "(" + ", ".join([f"%s::{pk_type}", *casts]) + ")"
    params = [value for row in zip(*values, strict=True) for value in row]
    sql = (
        f"UPDATE {table} SET {assignments} FROM (VALUES {', '.join([row_sql] * len(values[0]))}) "  # noqa: S608 - identifiers are quoted model metadata; values are parameters
        f"AS v(_pk, {names}) {where}"
    )
    return sql, params


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
