"""The client list: filter, sort and page the clients in SQL.

Every filter is a condition on ``clients`` that an index can answer; the Program (training track)
filter and the tutor's own clients are ``id IN (SELECT client_id …)`` over the enrollments of the
matching cohorts, so they cost as much as those enrollments, not a walk of every cohort per
client. A list pages *by key*: the caller passes the sort key of the last row it already has
(:attr:`ClientQuery.after`) and asks for the count only once per filter change
(``count=False`` for the following pages), so scrolling to the end of 100,000 clients reads each
row once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any, Literal, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.formatting import normalize_name
from ..domain.language import display_language
from ..domain.messages import msg
from ..domain.nik import mask_nik
from ..domain.vocab import (
    CLIENT_STATUSES,
    KAB_KOTA,
    PPKS,
    ROLES,
    SEXES,
    STAGES,
    ppks_display,
    sensitive_ppks_codes,
)
from ..storage.models import Client, Cohort, Enrollment
from .base import TUTOR, Actor, Page, can, clean_text, require
from .listing import total_from_page

#: The most rows one call returns (the client table asks this many per further page).
MAX_PAGE = 2000
REG_PREFIX = "PM"

#: A sort key: the values of the sort columns of one row, then its id.
SortKey = tuple[Any, ...]


@dataclass(frozen=True)
class ClientQuery:
    text: str | None = None
    status: str | None = None
    ppks_code: str | None = None
    stage: str | None = None
    kab_kota_code: str | None = None
    track_id: int | None = None
    sex: str | None = None
    sort: str = "name"
    descending: bool = False
    offset: int = 0
    limit: int = 100
    #: The sort key of the last row already shown (:attr:`ClientPage.after`): the page starts
    #: right after it (paging by key). ``offset`` must then be 0.
    after: SortKey | None = None
    #: Count the matching clients (the first page of a filter); ``False`` leaves
    #: :attr:`Page.total` at -1 for the following pages.
    count: bool = True


class ClientRow(NamedTuple):
    """One row of the client list (a named tuple: made 100,000 times when scrolling to the end,
    so it is built positionally in :func:`search_clients`)."""

    id: int
    reg_no: str
    name: str
    sex: str
    birth_date: date | None
    age: int | None
    nik_display: str
    kab_kota_name: str
    ppks_name: str
    stage_name: str
    status: str
    status_name: str
    admission_date: date


@dataclass(frozen=True)
class ClientPage(Page[ClientRow]):
    """A page of the client list and the sort key of its last row (to ask for the next)."""

    after: SortKey | None = None


@dataclass(frozen=True)
class ClientRecords:
    """A page of the client list as database records (:func:`scroll_clients`)."""

    records: Sequence[Any]
    #: How many clients match in all, or -1 when not counted (:attr:`ClientQuery.count`).
    total: int
    limit: int
    #: The sort key of the last record, to ask for the next page.
    after: SortKey | None
    #: Makes the :class:`ClientRow` of one record.
    make: Callable[[Any], ClientRow]

    @property
    def rows(self) -> list[ClientRow]:
        return [self.make(r) for r in self.records]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _nik_prefix(text: str) -> ColumnElement[bool]:
    """NIK prefix as a range on the unique index (LIKE cannot use it under every collation)."""
    upper = str(int(text) + 1).zfill(len(text))
    if len(upper) > len(text):  # all nines: no upper bound
        return Client.nik >= text
    return and_(Client.nik >= text, Client.nik < upper)


def _text_condition(text: str, actor: Actor) -> ColumnElement[bool]:
    compact = text.replace(" ", "").replace(".", "").replace("-", "")
    if text.upper().startswith(f"{REG_PREFIX}-"):
        return Client.reg_no.like(_like_escape(text.upper()) + "%", escape="\\")
    if compact.isdigit():
        parts: list[ColumnElement[bool]] = []
        # Tutors cannot see NIKs, so they cannot probe them by search either.
        if can(actor, "client.view_sensitive"):
            parts.append(_nik_prefix(compact))
        if len(compact) <= 9:  # longer than any digit run of a registration number
            parts.append(Client.reg_no.like(f"%{compact}%"))
        return or_(*parts) if parts else Client.id < 0
    key = normalize_name(text)
    if not key:  # only punctuation: nothing can match
        return Client.id < 0
    escaped = _like_escape(key)
    return or_(
        Client.name_normalized.like(escaped + "%", escape="\\"),
        Client.name_normalized.like("% " + escaped + "%", escape="\\"),
    )


#: Sort keys of the client list and their columns (the id is always the last, stable key).
_SORTS: dict[str, tuple[Any, ...]] = {
    "name": (Client.name_normalized,),
    "reg_no": (Client.reg_no,),
    "admission_date": (Client.admission_date,),
    "birth_date": (Client.birth_date,),
    "status": (Client.status, Client.name_normalized),
}
#: Sort keys on a date column (the key read from the driver is an ISO text on SQLite).
_DATE_SORTS = {"birth_date", "admission_date"}
#: Sort keys whose first column may be empty (sorted last in both directions).
_NULLABLE = {"birth_date"}


def _enrolled_with(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Clients with an enrollment in a cohort matching ``condition``."""
    return Client.id.in_(
        select(Enrollment.client_id).join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(condition))


def client_conditions(actor: Actor, query: ClientQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions of ``query`` as seen by ``actor`` (tutors: their cohorts only)."""
    conditions: list[ColumnElement[bool]] = []
    text = clean_text(query.text)
    if text:
        conditions.append(_text_condition(text, actor))
    if query.status:
        conditions.append(Client.status == CLIENT_STATUSES.check(query.status, "status"))
    if query.ppks_code:
        code = PPKS.check(query.ppks_code, "ppks_code")
        if code in sensitive_ppks_codes() and not can(actor, "client.view_sensitive"):
            # Filtering by it would tell who is in the category as surely as showing it.
            raise PermissionDenied(
                msg("Peran {role_name} tidak berhak melihat klien menurut kategori "
                "{ppk}.", role_name=ROLES.ref(actor.role), ppk=PPKS.ref(code)))
        conditions.append(Client.ppks_code == code)
    if query.stage:
        conditions.append(Client.current_stage == STAGES.check(query.stage, "stage"))
    if query.kab_kota_code:
        conditions.append(
            Client.kab_kota_code == KAB_KOTA.check(query.kab_kota_code, "kab_kota_code"))
    if query.sex:
        conditions.append(Client.sex == SEXES.check(query.sex, "sex"))
    if query.track_id is not None:
        conditions.append(_enrolled_with(Cohort.track_id == query.track_id))
    if actor.role == TUTOR:
        conditions.append(_enrolled_with(Cohort.tutor_id == actor.tutor_id)
                          if actor.tutor_id is not None else Client.id < 0)
    return conditions


def _order(query: ClientQuery) -> list[Any]:
    order = []
    for i, column in enumerate(_SORTS[query.sort]):
        term = column.desc() if (query.descending and i == 0) else column.asc()
        if query.sort in _NULLABLE and i == 0:
            term = term.nulls_last()
        order.append(term)
    order.append(Client.id.asc())
    return order


#: Where a page starts within one segment of the list, given the sort key of the last row
#: shown: ``None`` (the whole segment lies before it), ``True`` (the whole segment comes after
#: it) or the values to compare with the segment's seek columns, then the id.
Start = Callable[[SortKey], "Literal[True] | SortKey | None"]


@dataclass(frozen=True)
class _Segment:
    """A part of the list in order that reads one index range."""

    where: tuple[Any, ...]
    order: tuple[Any, ...]
    seek_columns: tuple[Any, ...]
    descending: bool
    start: Start


def _segments(query: ClientQuery) -> list[_Segment]:
    """The list in order as segments that each read one index range.

    Sorting by status reads each status's part of the (status, name) index in turn, and by
    birth date the dated clients before the undated ones: a mixed-direction or NULLS LAST order
    over all clients would sort the whole table.
    """
    name, cid = Client.name_normalized, Client.id
    if query.sort == "status":
        codes = sorted(CLIENT_STATUSES.codes, reverse=query.descending)
        out = []
        for i, code in enumerate(codes):
            if query.status is not None and code != query.status:
                continue  # the status filter leaves this part empty: no statement for it
            def start(after: SortKey, i: int = i) -> Literal[True] | SortKey | None:
                position = codes.index(after[0]) if after[0] in codes else len(codes)
                return None if position > i else True if position < i else after[1:]
            out.append(_Segment((Client.status == code,), (name.asc(), cid.asc()), (name,),
                                False, start))
        if query.status is None or query.status not in codes:
            out.append(_Segment((Client.status.not_in(codes),), tuple(_order(query)),
                                (Client.status, name), query.descending,
                                lambda after: True if after[0] in codes else after))
        return out
    if query.sort in _NULLABLE:
        column = _SORTS[query.sort][0]
        first = column.desc() if query.descending else column.asc()
        return [
            _Segment((column.is_not(None),), (first, cid.asc()), (column,), query.descending,
                     lambda after: None if after[0] is None else after),
            _Segment((column.is_(None),), (cid.asc(),), (), False,
                     lambda after: True if after[0] is not None else after[-1:]),
        ]
    return [_Segment((), tuple(_order(query)), _SORTS[query.sort], query.descending,
                     lambda after: after)]


def _seek_on(columns: tuple[Any, ...], descending: bool) -> Any:
    """Rows after the bound values ``k0``, ``k1``, … of ``columns`` and ``kid`` of the id, in
    the order of ``columns`` (the first one descending if so), the id ascending."""
    condition: Any = Client.id > bindparam("kid", type_=Integer)
    for i in reversed(range(len(columns))):
        column, value = columns[i], bindparam(f"k{i}", type_=columns[i].type)
        beyond = column < value if (descending and i == 0) else column > value
        condition = or_(beyond, and_(column == value, condition))
    if not columns:
        return condition
    # The same bound once more as a plain range, so the index on the first column is used.
    bound = bindparam("k0", type_=columns[0].type)
    return and_(columns[0] <= bound if descending else columns[0] >= bound, condition)


#: The columns of a record. The dates come as the database gives them (an ISO text on SQLite)
#: and become dates only when the row is made (:func:`_row_maker`): a list scrolled to its end
#: then does not parse 200,000 dates of rows nobody looks at.
_COLUMNS = (Client.id, Client.reg_no, Client.name, Client.sex,
            type_coerce(Client.birth_date, String), Client.nik, Client.kab_kota_code,
            Client.ppks_code, Client.current_stage, Client.status,
            type_coerce(Client.admission_date, String))


class _Plan:
    """The statements of one filter and sort, built once and reused for every page (their
    values are bound parameters: the sort key of the last row shown, the page size)."""

    def __init__(self, conditions: list[ColumnElement[bool]], query: ClientQuery) -> None:
        columns = (*_COLUMNS, *_SORTS[query.sort])
        limit = bindparam("lim", type_=Integer)
        self.count = select(func.count()).select_from(Client).where(*conditions)
        self.by_offset = (select(*columns).where(*conditions).order_by(*_order(query))
                          .offset(bindparam("off", type_=Integer)).limit(limit))
        self.segments = _segments(query)
        self.pages = []
        for seg in self.segments:
            base = select(*columns).where(*conditions, *seg.where).order_by(*seg.order)
            self.pages.append((base.limit(limit), base.where(
                _seek_on(seg.seek_columns, seg.descending)).limit(limit)))


_PLANS: dict[tuple[Any, ...], _Plan] = {}
#: The fields of a query that make its statements (all but where the page starts and its size:
#: bound parameters); a test keeps it equal to the fields of ClientQuery minus those.
PLAN_FIELDS = ("text", "status", "ppks_code", "stage", "kab_kota_code", "track_id", "sex",
               "sort", "descending")
_shape = attrgetter(*PLAN_FIELDS)


def _plan(actor: Actor, query: ClientQuery) -> _Plan:
    """The statements of ``query`` as seen by ``actor``, from a small cache."""
    key = (_shape(query), actor.role, actor.tutor_id)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _Plan(client_conditions(actor, query), query)
        if len(_PLANS) >= 64:
            _PLANS.clear()
        _PLANS[key] = plan
    return plan


def _fetch(conn: Any, statement: Any, params: dict[str, Any]) -> list[Any]:
    """The rows of ``statement`` as the database driver gives them: plain tuples, without
    SQLAlchemy's row objects (which cost as much as reading the rows when scrolling 100,000
    clients). No column of a record needs SQLAlchemy's conversion: the dates are read as text
    on purpose (:data:`_COLUMNS`), except a date sort key (see :data:`_DATE_SORTS`)."""
    result = conn.execute(statement, params)
    try:
        rows: list[Any] = result.cursor.fetchall()
    finally:
        result.close()
    return rows


def _page_rows(conn: Any, plan: _Plan, after: SortKey, limit: int) -> list[Any]:
    """Up to ``limit`` rows after the row whose sort key is ``after``, segment by segment."""
    fetched: list[Any] = []
    for seg, (whole, seek) in zip(plan.segments, plan.pages, strict=True):
        start = seg.start(after)
        if start is None:
            continue  # this segment lies wholly before the last row shown
        params: dict[str, Any] = {"lim": limit - len(fetched)}
        if start is not True:
            params.update({f"k{i}": v for i, v in enumerate(start[:-1])}, kid=start[-1])
        fetched += _fetch(conn, whole if start is True else seek, params)
        if len(fetched) >= limit:
            break
    return fetched


@cache
def _display_names(masked: bool, language: str) -> tuple[dict[str, str], ...]:
    """Names by code of the regions, PPKS categories (sensitive ones masked when ``masked``),
    stages and statuses, in ``language``."""
    return (KAB_KOTA.names(language),
            {t.code: ppks_display(t.code, masked=masked, language=language) for t in PPKS},
            STAGES.names(language), CLIENT_STATUSES.names(language))


def search_clients(session: Session, actor: Actor, query: ClientQuery, *,
                   today: date | None = None) -> ClientPage:
    """Filter, sort and page the client list in SQL; tutors see their cohorts' clients only."""
    found = scroll_clients(session, actor, query, today=today)
    make = found.make
    return ClientPage([make(r) for r in found.records], found.total, query.offset,
                      found.limit, after=found.after)


def scroll_clients(session: Session, actor: Actor, query: ClientQuery, *,
                   today: date | None = None) -> ClientRecords:
    """:func:`search_clients` for a list that shows only some of its rows at a time (the
    client table): the rows stay database records until :attr:`ClientRecords.make` turns the
    ones painted into :class:`ClientRow`, so scrolling past 100,000 clients converts only the
    rows looked at."""
    require(actor, "client.view")
    if query.sort not in _SORTS:
        raise ValidationError(msg("Urutan tidak dikenal: '{sort}'.", sort=query.sort), "sort")
    if query.offset < 0:
        raise ValidationError(msg("Posisi halaman tidak boleh negatif."), "offset")
    if query.limit < 1:
        raise ValidationError(msg("Jumlah baris per halaman minimal 1."), "limit")
    if query.after is not None and query.offset:
        raise ValidationError(msg("Halaman berikutnya dipilih dengan posisi atau kunci, "
                              "tidak keduanya."), "after")
    limit = min(query.limit, MAX_PAGE)
    sort_columns = _SORTS[query.sort]
    if query.after is not None and len(query.after) != len(sort_columns) + 1:
        raise ValidationError(msg("Posisi halaman tidak sesuai dengan urutan daftar."), "after")
    plan = _plan(actor, query)
    conn = session.connection()
    if query.offset:  # paging by position (kept for callers that still count rows)
        fetched = _fetch(conn, plan.by_offset, {"off": query.offset, "lim": limit})
    elif query.after is None:
        fetched = []
        for whole, _seek in plan.pages:
            fetched += _fetch(conn, whole, {"lim": limit - len(fetched)})
            if len(fetched) >= limit:
                break
    else:
        fetched = _page_rows(conn, plan, tuple(query.after), limit)
    total = -1
    if query.count:  # a page that is not full tells the count (not one read after a key)
        known = (total_from_page(query.offset, len(fetched), limit) if query.after is None
                 else None)
        total = conn.execute(plan.count).scalar_one() if known is None else known
    key: SortKey | None = None
    if fetched:
        last = fetched[-1]
        first = last[11]
        if first.__class__ is str and query.sort in _DATE_SORTS:  # SQLite gives an ISO text
            first = date.fromisoformat(first)
        key = (first, *last[12:11 + len(sort_columns)], last[0])
    make = _row_maker(not can(actor, "client.view_sensitive"), today or date.today(),
                      display_language())
    return ClientRecords(fetched, total, limit, key, make)


@lru_cache(maxsize=8)
def _row_maker(masked: bool, day: date, language: str) -> Callable[[Any], ClientRow]:
    """Turns a record of the list's columns into a :class:`ClientRow` (age on ``day``, names in
    ``language``: part of the cache key, so a language switch gets its own maker)."""
    md = (day.month, day.day)
    year = day.year
    regions, categories, stages, statuses = _display_names(masked, language)
    new = tuple.__new__
    iso_date = date.fromisoformat

    def make(r: Any) -> ClientRow:
        (cid, reg_no, name, sex, born, nik, kab_kota, ppks, stage, status, admitted) = r[:11]
        if born.__class__ is str:
            born = iso_date(born)
        if admitted.__class__ is str:
            admitted = iso_date(admitted)
        return new(ClientRow, (  # positional, as ClientRow._make does
            cid, reg_no, name, sex, born,
            None if born is None else year - born.year - (md < (born.month, born.day)),
            ((mask_nik(nik) if masked else nik) if nik else "Tanpa NIK"),
            regions.get(kab_kota) or KAB_KOTA.name(kab_kota),
            categories.get(ppks) or ppks_display(ppks, masked=masked),
            stages.get(stage) or STAGES.name(stage), status,
            statuses.get(status) or CLIENT_STATUSES.name(status), admitted))
    return make
