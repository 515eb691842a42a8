"""The PostgreSQL expressions search is built from: the undeclared ``search_vector`` column (migration 0008),
tsquery/tsvector functions, ranking and pg_trgm word similarity."""

from __future__ import annotations

from typing import Any

from django.db.models import BooleanField, Expression, FloatField, Func, TextField

SEARCH_CONFIG = "whatson_search"


class SearchVectorColumn(Expression):
    """``events_event.search_vector``: the generated column the model does not declare (migration 0008)."""

    output_field = TextField()  # a tsvector; never selected, only passed to @@ and ts_rank

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, tuple[Any, ...]]:
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.search_vector", ()


class ToTsQuery(Func):
    template = f"to_tsquery('{SEARCH_CONFIG}'::regconfig, %(expressions)s)"
    output_field = TextField()  # a tsquery; never selected


class ToTsVector(Func):
    template = f"to_tsvector('{SEARCH_CONFIG}'::regconfig, %(expressions)s)"
    output_field = TextField()


class Infix(Func):
    """``(a <operator> b)``: a boolean SQL operator between two expressions."""

    template = "(%(expressions)s)"
    output_field = BooleanField()


class Matches(Infix):
    arg_joiner = " @@ "


class TsRank(Func):
    function = "ts_rank"
    output_field = FloatField()


class WordSimilar(Infix):
    """``text <% title``: some extent of the title is at least ``pg_trgm.word_similarity_threshold`` similar."""

    arg_joiner = " <%% "


class WordSimilarity(Func):
    function = "word_similarity"
    output_field = FloatField()


class ILike(Infix):
    arg_joiner = " ILIKE "


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
