"""The UPT's annual targets (capacity, admissions, graduates, employment rate), set in Settings
and printed in the periodic report against what was achieved so far that year.

They are kept in the settings table as ``target.<year>.<name>``; an unset target is absent.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.messages import Number, msg
from ..storage.models import Setting
from .base import Actor, audit, require

#: name, label, kind (``int`` a count of people, ``pct`` a percentage 0–100), upper bound.
TARGETS: tuple[tuple[str, str, str, int], ...] = (
    ("capacity", "Kapasitas tampung (orang)", "int", 100_000),
    ("admissions", "Klien masuk (orang)", "int", 100_000),
    ("graduates", "Lulusan pelatihan (orang)", "int", 100_000),
    ("employment_rate", "Lulusan bekerja/berwirausaha (%)", "pct", 100),
)
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class AnnualTargets:
    year: int
    values: dict[str, int | None]   # name -> value (a pct as a whole percentage), None = unset


def target_key(year: int, name: str) -> str:
    return f"target.{year}.{name}"


def _check_year(year: int) -> int:
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(msg("Tahun target harus {first_year}–{last_year}.",
                                  first_year=FIRST_YEAR, last_year=LAST_YEAR), "year")
    return year


def get_annual_targets(session: Session, actor: Actor, year: int) -> AnnualTargets:
    """The targets of ``year`` (anyone who reads reports may see them)."""
    require(actor, "report.generate")
    _check_year(year)
    stored = {row.key: row.value for row in session.execute(
        select(Setting).where(Setting.key.like(f"target.{year}.%"))).scalars()}
    values: dict[str, int | None] = {}
    for name, _label, _kind, _top in TARGETS:
        raw = stored.get(target_key(year, name))
        values[name] = int(raw) if raw is not None and raw.isdigit() else None
    return AnnualTargets(year, values)


def set_annual_targets(session: Session, actor: Actor, year: int,
                       values: dict[str, int | None]) -> AnnualTargets:
    """Store the targets of ``year`` (administrator); None or 0 clears one. One audit row with
    the values before and after."""
    require(actor, "settings.edit")
    _check_year(year)
    known = {name: (label, top) for name, label, _kind, top in TARGETS}
    for name in values:
        if name not in known:
            raise ValidationError(msg("Target '{name}' tidak dikenal.", name=name), name)
    before = get_annual_targets(session, actor, year).values
    after = dict(before)
    for name, value in values.items():
        label, top = known[name]
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not 0 <= value <= top):
            raise ValidationError(msg("{label}: isi bilangan bulat 0–{top}.", label=label,
                                      top=Number(top)), name)
        after[name] = value or None
    if after == before:
        return AnnualTargets(year, after)
    for name, value in after.items():
        row = session.get(Setting, target_key(year, name))
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=target_key(year, name), value=str(value)))
        else:
            row.value = str(value)
    session.flush()
    audit(session, actor, "targets.update", "setting", None,
          before={"year": year, **before}, after={"year": year, **after})
    return AnnualTargets(year, after)
