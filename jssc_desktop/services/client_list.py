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

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.formatting import normalize_name
from ..domain.nik import mask_nik
from ..domain.vocab import (
    CLIENT_STATUSES,
    KAB_KOTA,
    PPKS,
    SEXES,
    STAGES,
    ppks_display,
    sensitive_ppks_codes,
)
from ..storage.models import Client, Cohort, Enrollment
from .base import TUTOR, Actor, Page, can, clean_text, require

MAX_PAGE = 1000
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


@dataclass(frozen=True)
class ClientRow:
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
                f"Peran {actor.role_name} tidak berhak melihat klien menurut kategori "
                f"{PPKS.name(code)}.")
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


def _seek(query: ClientQuery, after: SortKey) -> ColumnElement[bool]:
    """Rows that come after the row whose sort key is ``after`` in the order of ``query``."""
    columns = _SORTS[query.sort]
    if len(after) != len(columns) + 1:
        raise ValidationError("Posisi halaman tidak sesuai dengan urutan daftar.", "after")
    condition: ColumnElement[bool] = Client.id > after[-1]
    for i in reversed(range(len(columns))):
        column, value = columns[i], after[i]
        descending = query.descending and i == 0
        if i == 0 and query.sort in _NULLABLE:
            if value is None:  # among the empty ones, which come last
                return and_(column.is_(None), condition)
            beyond = column < value if descending else column > value
            return or_(beyond, and_(column == value, condition), column.is_(None))
        beyond = column < value if descending else column > value
        condition = or_(beyond, and_(column == value, condition))
    first = after[0]
    # The same bound once more as a plain range, so the index on the first column is used.
    return and_(columns[0] <= first if query.descending else columns[0] >= first, condition)


def _segments(query: ClientQuery) -> list[tuple[Any, tuple[list[Any], list[Any]]]]:
    """The list in order as segments that each read one index range: (seek, (order, where)).

    ``seek(after)`` gives the condition that starts the segment right after the row whose sort
    key is ``after``: a condition, ``True`` (the whole segment comes after it) or ``None`` (the
    whole segment lies before it). Sorting by status reads each status's part of the
    (status, name) index in turn, and by birth date the dated clients before the undated ones:
    a mixed-direction or NULLS LAST order over all clients would sort the whole table.
    """
    if query.sort == "status":
        codes = sorted(CLIENT_STATUSES.codes, reverse=query.descending)
        by_name: list[Any] = [Client.name_normalized.asc(), Client.id.asc()]
        out: list[tuple[Any, tuple[list[Any], list[Any]]]] = []
        for i, code in enumerate(codes):
            def seek(after: SortKey, i: int = i, code: str = code) -> Any:
                position = codes.index(after[0]) if after[0] in codes else len(codes)
                if position > i:
                    return None
                if position < i:
                    return True
                return _seek_on((Client.name_normalized,), False, after[1:])
            out.append((seek, (by_name, [Client.status == code])))

        def seek_rest(after: SortKey) -> Any:
            if after[0] in codes:
                return True
            return _seek_on((Client.status, Client.name_normalized), query.descending, after)
        out.append((seek_rest, (_order(query), [Client.status.not_in(codes)])))
        return out
    if query.sort in _NULLABLE:
        column = _SORTS[query.sort][0]
        first = column.desc() if query.descending else column.asc()

        def seek_dated(after: SortKey) -> Any:
            if after[0] is None:
                return None
            return _seek_on((column,), query.descending, after)

        def seek_undated(after: SortKey) -> Any:
            return True if after[0] is not None else Client.id > after[-1]
        return [(seek_dated, ([first, Client.id.asc()], [column.is_not(None)])),
                (seek_undated, ([Client.id.asc()], [column.is_(None)]))]
    return [(lambda after: _seek(query, after), (_order(query), []))]


def _seek_on(columns: tuple[Any, ...], descending: bool, after: SortKey) -> Any:
    """Rows after ``after`` (values of ``columns``, then the id) in the order of ``columns``
    (the first one descending if so), the id ascending."""
    condition: Any = Client.id > after[-1]
    for i in reversed(range(len(columns))):
        column, value = columns[i], after[i]
        beyond = column < value if (descending and i == 0) else column > value
        condition = or_(beyond, and_(column == value, condition))
    first = columns[0] <= after[0] if descending else columns[0] >= after[0]
    return and_(first, condition)


def search_clients(session: Session, actor: Actor, query: ClientQuery, *,
                   today: date | None = None) -> ClientPage:
    """Filter, sort and page the client list in SQL; tutors see their cohorts' clients only."""
    require(actor, "client.view")
    if query.sort not in _SORTS:
        raise ValidationError(f"Urutan tidak dikenal: '{query.sort}'.", "sort")
    if query.offset < 0:
        raise ValidationError("Posisi halaman tidak boleh negatif.", "offset")
    if query.limit < 1:
        raise ValidationError("Jumlah baris per halaman minimal 1.", "limit")
    if query.after is not None and query.offset:
        raise ValidationError("Halaman berikutnya dipilih dengan posisi atau kunci, "
                              "tidak keduanya.", "after")
    limit = min(query.limit, MAX_PAGE)
    conditions = client_conditions(actor, query)

    total = -1
    if query.count:
        total = session.execute(
            select(func.count()).select_from(Client).where(*conditions)).scalar_one()

    sort_columns = _SORTS[query.sort]
    columns = (Client.id, Client.reg_no, Client.name, Client.sex, Client.birth_date, Client.nik,
               Client.kab_kota_code, Client.ppks_code, Client.current_stage, Client.status,
               Client.admission_date, *sort_columns)
    if query.offset:  # paging by position (kept for callers that still count rows)
        fetched = list(session.execute(
            select(*columns).where(*conditions).order_by(*_order(query))
            .offset(query.offset).limit(limit)).all())
    else:
        fetched = []
        for extra, order in _segments(query):
            if query.after is not None:
                seek = extra(tuple(query.after))
                if seek is None:
                    continue  # this segment lies wholly before the last row shown
            else:
                seek = None
            where = [*conditions, *order[1]] + ([] if seek is True or seek is None else [seek])
            fetched += session.execute(
                select(*columns).where(*where).order_by(*order[0])
                .limit(limit - len(fetched))).all()
            if len(fetched) >= limit:
                break
    masked = not can(actor, "client.view_sensitive")
    day = today or date.today()
    md = (day.month, day.day)
    n_sort = len(sort_columns)
    region = KAB_KOTA.name

    def category(code: str | None) -> str:
        return ppks_display(code, masked=masked)  # sensitive categories masked like the NIK
    stage_names = {code: STAGES.name(code) for code in STAGES.codes}
    status_names = {code: CLIENT_STATUSES.name(code) for code in CLIENT_STATUSES.codes}
    rows = []
    key: SortKey | None = None
    # Rows unpacked as tuples (named access to a Row costs more than everything else here).
    for r in fetched:
        (cid, reg_no, name, sex, born, nik, kab_kota, ppks, stage, status, admitted) = r[:11]
        rows.append(ClientRow(
            id=cid, reg_no=reg_no, name=name, sex=sex, birth_date=born,
            age=None if born is None else
            day.year - born.year - (md < (born.month, born.day)),
            nik_display=(mask_nik(nik) if masked else nik) if nik else "Tanpa NIK",
            kab_kota_name=region(kab_kota), ppks_name=category(ppks),
            stage_name=stage_names.get(stage) or STAGES.name(stage), status=status,
            status_name=status_names.get(status) or CLIENT_STATUSES.name(status),
            admission_date=admitted,
        ))
        key = (*r[11:11 + n_sort], cid)
    return ClientPage(rows, total, query.offset, limit, after=key)
