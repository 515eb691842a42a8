"""``field__any=[…]``: the ``in`` lookup, sent to PostgreSQL as ``field = ANY(%s)`` with one array parameter.

PostgreSQL reads ``x IN (1, 2, …)`` as ``x = ANY('{1,2,…}')`` anyway, so plans and answers are the same; what
changes is the client's work. A batch's queries name hundreds of ids, and psycopg splits and re-quotes a
statement of hundreds of placeholders on every execution (too long for its statement cache), which cost more CPU
than the query itself. For lists of ids (integers): other types would be cast to the array type psycopg picks.
Other databases get the plain ``IN``.
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
        if not self.rhs_is_direct_value():
            return self.as_sql(compiler, connection)
        values = OrderedSet(value for value in self.rhs if value is not None)  # as IN: no NULL, each once
        if not values:
            raise EmptyResultSet
        lhs, lhs_params = self.process_lhs(compiler, connection)
        _sqls, params = self.batch_process_rhs(compiler, connection, values)
        return f"{lhs} = ANY(%s)", [*lhs_params, list(params)]


def register() -> None:
    Field.register_lookup(AnyOf)
    ForeignObject.register_lookup(AnyOf)  # event_id__any=[…]: related fields keep their own lookup table
