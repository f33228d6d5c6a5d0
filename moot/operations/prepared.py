"""Queries compiled to SQL once a process, then run again with new values.

Django turns a QuerySet into SQL every time it is evaluated: on the public meeting page
that compiling took about a fifth of the whole uncached request (docs/benchmarks.md,
"Scale"), more than the database took to answer. A page's hot queries always have the same
shape, and only their values change (this meeting's id, those items' ids), so
``prepared(build)`` compiles ``build``'s query once per database and shape, and each call
afterwards only puts the new values in the compiled SQL's parameters and reads the rows
through Django's own row readers (model instances, ``select_related`` objects, values).

The rules for ``build`` (a function from the values to a QuerySet):

- its arguments are the values only, each an ``int``, a ``str``, a ``date`` or a list or
  tuple of ``int`` ids for ``__in`` (each id is kept once, as ``__in`` reads it); ``None``
  and ``True``/``False`` are part of the shape (the query is compiled once for each); any
  other argument is refused;
- it uses them as filter values, never to choose what the query looks like (an ``if``
  on an argument would give a different SQL for another value); a list's length is part
  of the shape, and an empty list runs ``build`` as it is (Django answers it without SQL);
- no ``prefetch_related`` (a prefetch runs its own queries) and no slicing by an argument.

Each shape is checked once against Django's own compiling of the real values before its
SQL is used, and on every call while the tests run (``settings.MOOT_PREPARED_CHECK``): a
``build`` that breaks the rules raises ``PreparedQueryError`` instead of running other SQL.
A call returns a list (never a QuerySet, which could be narrowed further and would no
longer match the SQL kept).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.models import QuerySet

# A marked int must fit the smallest integer column (Django answers a comparison with a
# value out of a column's range without SQL); one that is also a literal of the query is
# found by the check against Django's own compiling, which then refuses the build.
_INT_MARK = 32767
_STR_MARK = "\ue000moot-prepared-{}\ue000"  # a private-use character no real text holds


_MAX_IDS = 10_000  # a longer list is read as Django reads it, compiled each time


class PreparedQueryError(RuntimeError):
    """A ``build`` whose SQL depends on more than its values' shape."""


@dataclass(frozen=True)
class _Slot:
    """Where one parameter of the compiled SQL takes its value: argument ``arg`` (element
    ``element`` of a list), converted for the database when ``as_date``."""

    arg: int
    element: int | None
    as_date: bool


@dataclass(frozen=True)
class _Compiled:
    queryset: QuerySet
    compiler: Any
    alias: str
    vendor: str
    sql: str
    params: tuple  # the marked parameters, the literal ones kept as they are
    slots: dict[int, _Slot]  # parameter position -> where its value comes from


def _shape(value) -> tuple:
    """What of a value decides the SQL: its kind (and a list's length); ``None`` and a
    ``bool`` are kept whole (a query compiled for each: two or three at most). Any other
    value is refused: compiled once for each value met, it would fill the process's memory
    with SQL."""
    if isinstance(value, bool) or value is None:
        return ("value", value)
    if isinstance(value, int):
        return ("int",)
    if isinstance(value, str):
        return ("str",)
    if isinstance(value, date) and not isinstance(value, datetime):
        return ("date",)
    if isinstance(value, list | tuple) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return ("ints", len(value))
    raise PreparedQueryError(
        f"a prepared query takes ints, text, dates, lists of ids, None or True/False; "
        f"not {type(value).__name__}"
    )


def _once_each(value):
    """A list of ids with each id once, in order: ``__in`` reads it so (Django drops the
    repeats before compiling, so the SQL's length is the distinct ids')."""
    if isinstance(value, list | tuple) and len(set(value)) != len(value):
        return type(value)(dict.fromkeys(value))
    return value


def _marks(shapes: tuple[tuple, ...], args: tuple) -> tuple[list, dict]:
    """Marked stand-ins for the values, and what each marked parameter means."""
    marked: list = []
    meaning: dict = {}  # marked value (and its date form) -> (arg, element, as_date)
    n = 0
    for index, (shape, value) in enumerate(zip(shapes, args, strict=True)):
        kind = shape[0]
        if kind == "int":
            n += 1
            mark = _INT_MARK - n
            meaning[("int", mark)] = _Slot(index, None, False)
            marked.append(mark)
        elif kind == "str":
            n += 1
            mark = _STR_MARK.format(n)
            meaning[("str", mark)] = _Slot(index, None, False)
            marked.append(mark)
        elif kind == "date":
            n += 1
            mark = date(1000 + n, 1, 1)  # no council met in the eleventh century
            meaning[("date", mark)] = _Slot(index, None, False)
            meaning[("str", mark.isoformat())] = _Slot(index, None, True)
            marked.append(mark)
        elif kind == "ints":
            marks = []
            for element in range(shape[1]):
                n += 1
                mark = _INT_MARK - n
                meaning[("int", mark)] = _Slot(index, element, False)
                marks.append(mark)
            marked.append(type(value)(marks))
        else:
            marked.append(value)
    return marked, meaning


def _kind(param) -> str | None:
    if isinstance(param, bool):
        return None
    if isinstance(param, int):
        return "int"
    if isinstance(param, str):
        return "str"
    if isinstance(param, date) and not isinstance(param, datetime):
        return "date"
    return None


class Prepared:
    """``build`` compiled once per database and shape (see the module's rules)."""

    def __init__(self, build: Callable[..., QuerySet]):
        self.build = build
        self._compiled: dict[tuple, _Compiled] = {}
        self.__doc__ = build.__doc__
        self.__name__ = getattr(build, "__name__", "prepared")

    def __call__(self, *args) -> list:
        args = tuple(_once_each(a) for a in args)
        try:
            shapes = tuple(_shape(a) for a in args)
        except PreparedQueryError as error:
            raise PreparedQueryError(f"{self.__name__}: {error}") from None
        if any(s[0] == "ints" and not 0 < s[1] < _MAX_IDS for s in shapes):
            return list(self.build(*args))
        real = self.build(*args) if settings.MOOT_PREPARED_CHECK else None
        compiled = self._compiled.get(shapes)
        if compiled is None or compiled.vendor != connections[compiled.alias].vendor:
            compiled = self._compile(args, shapes, real)
        connection = connections[compiled.alias]
        params = self._params(compiled, args, connection)
        if real is not None:
            self._check(real, compiled.sql, params)
        run = compiled.queryset._chain()
        compiler = copy.copy(compiled.compiler)
        compiler.connection = connection
        compiler.as_sql = lambda *a, **k: (compiled.sql, params)
        run.query.get_compiler = lambda *a, **k: compiler
        return list(run)

    def _compile(self, args: tuple, shapes: tuple, real: QuerySet | None) -> _Compiled:
        marked, meaning = _marks(shapes, args)
        template = self.build(*marked)
        if template._prefetch_related_lookups:
            raise PreparedQueryError(f"{self.__name__}: a prepared query cannot prefetch.")
        alias = template.db
        compiler = template.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        slots: dict[int, _Slot] = {}
        for position, param in enumerate(params):
            kind = _kind(param)
            slot = meaning.get((kind, param)) if kind else None
            if slot is not None:
                slots[position] = slot
            elif isinstance(param, str) and "\ue000moot-prepared-" in param:
                raise PreparedQueryError(
                    f"{self.__name__}: a value is changed on its way into the SQL "
                    f"({param!r}); only plain comparisons can be prepared."
                )
        for _kind_of, mark in meaning:
            if str(mark) in sql:
                raise PreparedQueryError(
                    f"{self.__name__}: a value is written into the SQL's text, not passed "
                    "as a parameter."
                )
        vendor = connections[alias].vendor
        compiled = _Compiled(template, compiler, alias, vendor, sql, tuple(params), slots)
        self._check(
            real if real is not None else self.build(*args),
            sql,
            self._params(compiled, args, connections[alias]),
        )
        self._compiled[shapes] = compiled  # two threads may both compile: the same result
        return compiled

    @staticmethod
    def _params(compiled: _Compiled, args: tuple, connection) -> tuple:
        params = list(compiled.params)
        for position, slot in compiled.slots.items():
            value = args[slot.arg] if slot.element is None else args[slot.arg][slot.element]
            params[position] = (
                connection.ops.adapt_datefield_value(value) if slot.as_date else value
            )
        return tuple(params)

    def _check(self, queryset: QuerySet, sql: str, params: tuple) -> None:
        expected_sql, expected_params = queryset.query.get_compiler(using=queryset.db).as_sql()
        if expected_sql != sql or tuple(expected_params) != params:
            raise PreparedQueryError(
                f"{self.__name__}: the SQL kept for this shape is not the SQL of these "
                "values: its build must not choose the query's shape by a value."
            )


def prepared(build: Callable[..., QuerySet]) -> Prepared:
    """``build`` (values -> QuerySet) compiled once a process per database and shape;
    calling it returns the rows as a list. See the module's rules."""
    return Prepared(build)
