"""The ``province`` block of a package's ``data.json`` (schema version 2): the figures the
province adds up across UPTs that the report's tables do not carry in a form that adds up.

- ``tracks``: per training track, the graduates up to the end of the period, those followed up
  and those earning a living by their latest follow-up (as table 6.4), the same at the 3-, 6- and
  12-month follow-up (``months``), and the incomes of those earning as counts per band of
  ``income_band`` Rupiah (``income_bands[i]`` counts incomes from ``i × income_band`` up to the
  next band; the last band is open). A median cannot be added up; the province computes its
  median from the pooled bands (``services.package_format.median_from_bands``), exact to
  within one band. Only counts travel, never an income next to anything that names a person.
- ``facility``: revitalization requests by their status on the last day of the period, kind
  (physical or not) and funding source, with their count and estimated cost, from the data set's
  list of requests (table 7.5).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..domain.language import official
from ..domain.periods import Period
from ..domain.vocab import EARNING_OUTCOMES, FACILITY_KINDS, FUNDING_SOURCES
from ..services.package_format import INCOME_BAND, INCOME_BANDS, income_band
from ..storage.models import Cohort, Enrollment, FollowUp, TrainingTrack

MONTHS = (3, 6, 12)


def _tracks(s: Session, period: Period) -> list[dict[str, Any]]:
    graduated = and_(Enrollment.status == "lulus", Enrollment.graduated_on.is_not(None),
                     Enrollment.graduated_on <= period.end)
    out: dict[int, dict[str, Any]] = {}
    for tid, name, code in s.execute(select(TrainingTrack.id, TrainingTrack.name,
                                            TrainingTrack.code)
                                     .order_by(TrainingTrack.code, TrainingTrack.name)):
        out[tid] = {"code": str(code or tid), "name": str(name), "graduates": 0,
                    "followed_up": 0, "working": 0, "incomes_recorded": 0,
                    "income_bands": [0] * INCOME_BANDS,
                    "months": [{"months": m, "followed_up": 0, "working": 0} for m in MONTHS]}
    for tid, n in s.execute(
            select(Cohort.track_id, func.count(func.distinct(Enrollment.client_id)))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(graduated).group_by(Cohort.track_id)):
        out[tid]["graduates"] = int(n)
    done = and_(FollowUp.done_date.is_not(None), FollowUp.done_date <= period.end)
    earning = FollowUp.outcome.in_(sorted(EARNING_OUTCOMES))
    for tid, months, n, working in s.execute(
            select(Cohort.track_id, FollowUp.months_after, func.count(FollowUp.id),
                   func.count(FollowUp.id).filter(earning))
            .join(Enrollment, and_(Enrollment.id == FollowUp.enrollment_id, graduated))
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(done).group_by(Cohort.track_id, FollowUp.months_after)):
        slot = out[tid]["months"][MONTHS.index(int(months))]
        slot["followed_up"], slot["working"] = int(n), int(working)
    # the latest follow-up by the end of the period, per graduate and track (as table 6.4)
    rank = func.row_number().over(
        partition_by=(Cohort.track_id, FollowUp.client_id),
        order_by=(FollowUp.done_date.desc(), FollowUp.months_after.desc(), FollowUp.id.desc()),
    ).label("rank")
    ranked = (select(Cohort.track_id.label("track_id"), FollowUp.outcome.label("outcome"),
                     FollowUp.monthly_income.label("income"), rank)
              .select_from(FollowUp)
              .join(Enrollment, and_(Enrollment.id == FollowUp.enrollment_id, graduated))
              .join(Cohort, Cohort.id == Enrollment.cohort_id)
              .where(done).subquery())
    for tid, outcome, income in s.execute(
            select(ranked.c.track_id, ranked.c.outcome, ranked.c.income)
            .where(ranked.c.rank == 1)):
        row = out[tid]
        row["followed_up"] += 1
        if outcome in EARNING_OUTCOMES:
            row["working"] += 1
            if income is not None:
                row["incomes_recorded"] += 1
                row["income_bands"][income_band(int(income))] += 1
    return list(out.values())


def _facility(dataset: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = {t.name: t.code for t in FACILITY_KINDS}
    fundings = {t.name: t.code for t in FUNDING_SOURCES}
    cells: dict[tuple[str, str, str], dict[str, Any]] = {}
    for req in (dataset.get("facility") or {}).get("requests") or []:
        key = (str(req["status"]), kinds.get(str(req["kind_name"]), "lainnya"),
               fundings.get(str(req["funding_name"]), "lainnya"))
        cell = cells.setdefault(key, {"status": key[0], "kind": key[1], "funding": key[2],
                                      "count": 0, "cost": 0})
        cell["count"] += 1
        cell["cost"] += int(req.get("estimated_cost") or 0)
    return [cells[k] for k in sorted(cells)]


@official
def province_block(session: Session, period: Period, dataset: dict[str, Any]
                   ) -> dict[str, Any]:
    """The ``province`` block of ``data.json`` (see the module docstring)."""
    return {"income_band": INCOME_BAND, "tracks": _tracks(session, period),
            "facility": _facility(dataset)}
