"""``field__any=[…]``: the ``in`` lookup, sent to PostgreSQL as ``field = ANY(%s::type[])``, one array parameter.

PostgreSQL reads ``x IN (1, 2, …)`` as ``x = ANY('{1,2,…}')`` anyway, so plans and answers are the same; what
changes is the client's work. A batch's queries name hundreds of ids, and psycopg splits and re-quotes a
statement of hundreds of placeholders on every execution (too long for its statement cache), which cost more CPU
than the query itself. The array is cast to the column's type, so the comparison is the IN list's own. Other
databases get the plain ``IN``.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db.models import Field, ForeignObject
from django.db.models.lookups import In
from django.utils.datastructures import OrderedSet


class AnyOf(In):
    lookup_name = "any"

    def as_postgresql(self, compiler: Any, connection: Any) -> tuple[str, Any]:
        db_type = self.lhs.output_field.db_type(connection)
        if not self.rhs_is_direct_value() or not db_type:
            return self.as_sql(compiler, connection)
        values = OrderedSet(value for value in self.rhs if value is not None)  # as IN: no NULL, each once
        if not values:
            raise EmptyResultSet
        lhs, lhs_params = self.process_lhs(compiler, connection)
        _sqls, params = self.batch_process_rhs(compiler, connection, values)
        # Cast to the column's type: psycopg would send int4[] for small ids, and a bigint column compared with an
        # int4 array is not planned as a hashed lookup (the IN list's constants are coerced to bigint, and are).
        return f"{lhs} = ANY(%s::{db_type}[])", [*lhs_params, list(params)]


def register() -> None:
    Field.register_lookup(AnyOf)
    ForeignObject.register_lookup(AnyOf)  # event_id__any=[…]: related fields keep their own lookup table
