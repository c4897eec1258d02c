"""The story planned in memory: clients and their stages, cohorts, tutors, enrollments and
timelines. Nothing here touches the database."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date
from typing import Any, cast

from ...domain.nik import make_nik
from ...domain.vocab import KAB_KOTA, OUTSIDE_JATIM
from .data import (
    FAR_SURNAMES,
    GUARDIAN_RELATIONS,
    HOLIDAYS,
    LABELS,
    NEAR_WEIGHTS,
    NO_TRAINING_PPKS,
    PHONE_PREFIXES,
    PLACE_HEADS,
    PLACE_TAILS,
    PPKS_PROFILE,
    RELIGIONS,
    TRACK_PREF,
    TRACKS,
    Progress,
    upt_for_seed,
)
from .timeline import _Client, _Cohort, _Enrollment, _Picker, _years_before

# -------------------------------------------------------------------------------------- planner


class _Planner:
    def __init__(self, n_clients: int, years: int, seed: int, today: date,
                 progress: Progress | None) -> None:
        self.n = n_clients
        self.years = years
        self.seed = seed
        self.upt = upt_for_seed(seed)
        self.today = today
        self.t = today.toordinal()
        self.start = _years_before(today, years).toordinal()
        self.span = self.t - self.start
        self.rng = random.Random(f"jssc-demo-core-{seed}")
        self.text_rng = random.Random(f"jssc-demo-text-{seed}")
        self.att_rng = random.Random(f"jssc-demo-attendance-{seed}")
        self.fu_rng = random.Random(f"jssc-demo-followup-{seed}")
        self._progress = progress
        self.counts: dict[str, int] = {k: 0 for k in LABELS}
        self.nik_serials: dict[str, int] = {}
        self._pools()

    # ---------------------------------------------------------------------------- small helpers

    def progress(self, phase: str, fraction: float) -> None:
        if self._progress is not None:
            self._progress(phase, max(0.0, min(1.0, fraction)))

    def _pools(self) -> None:
        from faker import Faker

        fake = Faker("id_ID")
        fake.seed_instance(self.seed)

        def pool(fn: Callable[[], str], n: int) -> list[str]:
            return sorted({fn() for _ in range(n)})

        self.male_first = pool(fake.first_name_male, 3000)
        self.female_first = pool(fake.first_name_female, 2000)
        # An East Java UPT: family names typical of North Sumatra or Maluku are left out.
        self.male_last = [n for n in pool(fake.last_name_male, 1000) if n not in FAR_SURNAMES]
        self.female_last = [n for n in pool(fake.last_name_female, 1000)
                            if n not in FAR_SURNAMES]
        jatim = [t for t in KAB_KOTA if t.code != OUTSIDE_JATIM]
        self.jatim_codes = [t.code for t in jatim]
        self.kab_short = {t.code: t.extra.get("short", t.name) for t in KAB_KOTA}
        self.kab_name = {t.code: t.name for t in KAB_KOTA}
        self.kab_picker = _Picker(self.jatim_codes,
                                  [NEAR_WEIGHTS.get(c, 2) for c in self.jatim_codes])
        self.ppks_picker = _Picker(list(PPKS_PROFILE), [p[0] for p in PPKS_PROFILE.values()])
        self.religion_picker = _Picker(*RELIGIONS)
        self.relation_picker = _Picker(*GUARDIAN_RELATIONS)
        self.track_pickers = {sex: _Picker(list(range(len(TRACKS))), w)
                              for sex, w in TRACK_PREF.items()}

    def person_name(self, sex: str, rng: random.Random | None = None) -> str:
        rng = rng or self.text_rng
        firsts = self.male_first if sex == "L" else self.female_first
        lasts = self.male_last if sex == "L" else self.female_last
        first = firsts[int(rng.random() * len(firsts))]
        r = rng.random()
        if r < 0.45:
            name = f"{first} {lasts[int(rng.random() * len(lasts))]}"
        elif r < 0.72:
            second = firsts[int(rng.random() * len(firsts))]
            name = f"{first} {second} {lasts[int(rng.random() * len(lasts))]}"
        elif r < 0.92:
            second = firsts[int(rng.random() * len(firsts))]
            name = f"{first} {second}"
        else:
            name = first
        r = rng.random()
        if r < 0.08:
            name = (("Muhammad " if r < 0.05 else "Moch. ") if sex == "L" else
                    ("Siti " if r < 0.05 else "Nur ")) + name
        return name

    def phone(self, rng: random.Random) -> str:
        return (f"08{PHONE_PREFIXES[int(rng.random() * len(PHONE_PREFIXES))]}-"
                f"{rng.randint(1000, 9999)}-{rng.randint(100, 9999):04d}")

    def place(self, rng: random.Random) -> str:
        return PLACE_HEADS[int(rng.random() * len(PLACE_HEADS))] + \
            PLACE_TAILS[int(rng.random() * len(PLACE_TAILS))]

    def nip(self, birth: date, appointed: date, sex: str, rng: random.Random) -> str:
        return (f"{birth:%Y%m%d}{appointed:%Y%m}{1 if sex == 'L' else 2}"
                f"{rng.randint(1, 12):03d}")

    def new_nik(self, region: str, sex: str, birth: date, kecamatan: int) -> str:
        key = f"{region}{kecamatan:02d}{birth.toordinal()}{sex}"
        serial = self.nik_serials.get(key)
        serial = self.rng.randint(1, 30) if serial is None else serial + 1
        if serial > 9999:  # practically unreachable; fall back to another kecamatan
            return self.new_nik(region, sex, birth, kecamatan % 99 + 1)
        self.nik_serials[key] = serial
        return make_nik(region, sex, birth, serial, kecamatan)

    # ------------------------------------------------------------------------------ the story

    def plan(self) -> None:
        self.progress("Menyusun riwayat klien", 0.0)
        self.plan_clients()
        self.progress("Menyusun angkatan pelatihan", 0.0)
        self.plan_cohorts()
        self.plan_enrollments()
        self.finish_timelines()

    def plan_clients(self) -> None:
        rng = self.rng
        admissions = sorted(self.start + int(rng.random() * (self.span + 1))
                            for _ in range(self.n))
        clients: list[_Client] = []
        for idx, adm in enumerate(admissions):
            c = _Client(id=idx + 1, adm=adm)
            ppks = self.ppks_picker(rng)
            _, lo, hi, female = PPKS_PROFILE[ppks]
            c.ppks = ppks
            c.sex = "P" if rng.random() < female else "L"
            if lo >= 18 and hi < 60:
                age = lo + int((hi - lo + 1) * rng.random() ** 1.8)
            else:
                age = rng.randint(lo, hi)
            c.age = age
            c.birth = adm - int(age * 365.2425) - rng.randint(1, 360)
            c.kab = OUTSIDE_JATIM if rng.random() < 0.03 else self.kab_picker(rng)
            c.chronic = rng.random() < 0.04
            # Stages up to the start of the intervention.
            asesmen = adm + rng.randint(3, 14)
            rencana = asesmen + rng.randint(7, 21)
            c.i = rencana + rng.randint(7, 21)
            c.stages = [("pendekatan_awal", adm), ("asesmen", asesmen), ("rencana", rencana),
                        ("intervensi", c.i)]
            r = rng.random()
            trainable = ppks not in NO_TRAINING_PPKS and 14 <= age <= 55
            if r < 0.07:
                c.path = "early"
            elif trainable and r < 0.88:
                c.path = "train"
            else:
                c.path = "stay"
            c.track = self.track_pickers[c.sex](rng)
            clients.append(c)
        self.clients = clients

    def plan_cohorts(self) -> None:
        rng = self.rng
        by_track: list[list[_Client]] = [[] for _ in TRACKS]
        for c in self.clients:
            if c.path == "train" and c.i <= self.t:
                by_track[c.track].append(c)
        cohorts: list[_Cohort] = []
        per_track: list[list[_Cohort]] = [[] for _ in TRACKS]
        for t_idx, candidates in enumerate(by_track):
            candidates.sort(key=lambda c: (c.i, c.id))
            rate = len(candidates) / max(1, self.span)
            max_wait = int(min(150, max(30, 15 / rate))) if rate else 150
            groups: list[list[_Client]] = []
            cur: list[_Client] = []
            target = rng.randint(15, 25)
            for c in candidates:
                if cur and (len(cur) >= target or c.i > cur[0].i + max_wait):
                    groups.append(cur)
                    cur, target = [], rng.randint(15, 25)
                cur.append(c)
            if cur:
                groups.append(cur)
            spec = TRACKS[t_idx]
            numbers: dict[int, int] = {}
            for g_idx, members in enumerate(groups):
                start = members[-1].i + rng.randint(1, 7)
                if g_idx == len(groups) - 1 and len(members) < 10:
                    # Still filling up: planned to start in a few weeks.
                    start = max(start, self.t + rng.randint(7, 21))
                start += (7 - date.fromordinal(start).weekday()) % 7  # a Monday
                per_week = rng.choice((2, 3))
                weeks = rng.randint(*spec.weeks)
                jp = rng.randint(4, 6)
                offsets = (0, 2, 4) if per_week == 3 else (1, 3)
                dates = []
                for w in range(weeks):
                    for off in offsets:
                        d = start + 7 * w + off
                        dd = date.fromordinal(d)
                        if (dd.month, dd.day) not in HOLIDAYS:
                            dates.append(d)
                year = date.fromordinal(start).year
                numbers[year] = numbers.get(year, 0) + 1
                if start > self.t:
                    status = "direncanakan"
                elif dates[-1] >= self.t:
                    status = "berjalan"
                else:
                    status = "selesai"
                per_track[t_idx].append(_Cohort(
                    track=t_idx, name=f"Angkatan {numbers[year]} Tahun {year}", start=start,
                    end=dates[-1], dates=dates, jp=jp, members=members, status=status))
        # Ids in start order across tracks, like staff would have created them.
        for co in sorted((co for lst in per_track for co in lst),
                         key=lambda co: (co.start, co.track)):
            co.id = len(cohorts) + 1
            cohorts.append(co)
        self.cohorts = cohorts
        self.plan_tutors(per_track)

    def plan_tutors(self, per_track: list[list[_Cohort]]) -> None:
        rng = self.rng
        tutors: list[dict[str, Any]] = []
        self.track_tutors: list[list[dict[str, Any]]] = []
        for t_idx, spec in enumerate(TRACKS):
            cohorts = per_track[t_idx]
            per_year = len(cohorts) / max(1, self.years)
            n = max(2, min(30, math.ceil(per_year / 4) + 1))
            retire = self.start + self.span // 2 if n >= 3 and self.years >= 3 else None
            mine = []
            for k in range(n):
                internal = k == 0
                sex = "L" if rng.random() < (0.7 if spec.code in ("AC", "OTO") else 0.35) else "P"
                name = self.person_name(sex, rng)
                title = rng.choice(("", "", ", S.Pd.", ", S.T.", ", A.Md."))
                birth = date.fromordinal(self.t - rng.randint(28 * 365, 52 * 365))
                tutor: dict[str, Any] = {
                    "id": len(tutors) + 1,
                    "name": name + title,
                    "sex": sex,
                    "internal": internal,
                    "retire": retire if (k == n - 1 and retire and not internal) else None,
                    "years": set(),
                    "track": t_idx,
                }
                if internal:
                    appointed = date(max(birth.year + 23, 2005), rng.randint(1, 12), 1)
                    tutor["nip"] = self.nip(birth, appointed, sex, rng)
                    tutor["partner_kind"], tutor["institution"] = None, None
                    tutor["base_rate"] = 50_000
                else:
                    kind, inst = spec.partners[(k - 1) % len(spec.partners)]
                    tutor["nip"] = None
                    tutor["partner_kind"], tutor["institution"] = kind, inst
                    tutor["base_rate"] = rng.choice((100_000, 125_000, 150_000, 175_000))
                tutor["phone"] = self.phone(rng)
                first = name.split()[0].lower().strip(".")
                tutor["email"] = f"{first}.{tutor['id']}@gmail.com"
                tutors.append(tutor)
                mine.append(tutor)
            self.track_tutors.append(mine)
            for k, co in enumerate(cohorts):
                available = [t for t in mine if t["retire"] is None or co.start < t["retire"]]
                tutor = available[k % len(available)]
                co.tutor = tutor
                others = [t for t in available if t is not tutor]
                co.sub_tutor = others[0] if others else None
                tutor["years"].add(date.fromordinal(co.start).year)
                if co.sub_tutor is not None:
                    co.sub_tutor["years"].add(date.fromordinal(co.start).year)
        self.tutors = tutors
        # The demo tutor account belongs to the tutor of the latest running cohort.
        running = [co for co in self.cohorts if co.status == "berjalan"]
        pick = running[-1] if running else (self.cohorts[-1] if self.cohorts else None)
        self.demo_tutor = pick.tutor if pick else tutors[0]

    def plan_enrollments(self) -> None:
        rng = self.rng
        enrollments: list[_Enrollment] = []
        for co in self.cohorts:
            n_dates = len(co.dates)
            for c in sorted(co.members, key=lambda c: c.id):
                # Enrolled in the week before the start, never before the intervention stage,
                # never in the future (a planned cohort already has its participants).
                enrolled = min(max(c.i, co.start - rng.randint(0, 7)), self.t)
                e = _Enrollment(id=len(enrollments) + 1, cohort=co, client=c,
                                enrolled=max(enrolled, c.i), aid=rng.random() < 0.35)
                if rng.random() < (0.25 if c.chronic else 0.05) and n_dates > 4:
                    when = co.dates[rng.randint(2, n_dates - 2)]
                    if when <= self.t:
                        e.withdrawn, e.status = when, "keluar"
                if e.status == "aktif":
                    assessed = co.end + rng.randint(0, 3)
                    if assessed <= self.t:
                        mean, sd = (64, 10) if c.chronic else (81, 8)
                        score = min(100.0, max(35.0, round(rng.gauss(mean, sd) * 2) / 2))
                        e.score, e.assessed = score, assessed
                        e.result = "kompeten" if score >= 70 else "belum_kompeten"
                        if e.result == "belum_kompeten":
                            e.status = "tidak_lulus"
                        else:
                            graduated = assessed + rng.randint(2, 10)
                            if graduated <= self.t:
                                e.graduated, e.status = graduated, "lulus"
                c.enrollment = e
                enrollments.append(e)
        # Certificate numbers: one sequence per year across tracks (as services.graduation
        # numbers them), in graduation order.
        seq: dict[int, int] = {}
        for e in sorted((e for e in enrollments if e.graduated),
                        key=lambda e: (e.graduated, e.id)):
            code = TRACKS[e.cohort.track].code
            year = date.fromordinal(cast(int, e.graduated)).year
            seq[year] = seq.get(year, 0) + 1
            e.certificate = f"{seq[year]:04d}/{code}/{self.upt.code}/{year}"
        self.enrollments = enrollments

    def finish_timelines(self) -> None:
        rng = self.rng
        pick_early = _Picker(["melarikan_diri", "kembali_keluarga", "dirujuk", "lainnya"],
                             [50, 25, 20, 5])
        pick_withdrawn = _Picker(["melarikan_diri", "kembali_keluarga", "dirujuk", "lainnya"],
                                 [45, 30, 10, 15])
        pick_stay = _Picker(["selesai", "kembali_keluarga", "dirujuk", "lainnya"],
                            [75, 12, 8, 5])
        for c in self.clients:
            e = c.enrollment
            resos: int | None = None
            if c.path == "early":
                c.dis = c.adm + rng.randint(7, max(8, c.i - c.adm + 60))
                c.reason = pick_early(rng)
            elif e is not None:
                if e.withdrawn is not None:
                    c.dis = e.withdrawn + rng.randint(0, 10)
                    c.reason = pick_withdrawn(rng)
                elif e.assessed is not None:
                    resos = max(e.assessed, e.graduated or 0) + rng.randint(1, 10)
                    c.dis = resos + rng.randint(14, 60)
                    good = e.status == "lulus" or e.result == "kompeten"
                    c.reason = "selesai" if rng.random() < (0.93 if good else 0.7) else \
                        "kembali_keluarga"
                # else: still in training (or waiting for graduation)
            elif c.path == "train":
                # Waiting for a cohort that has not formed yet: still in intervention.
                pass
            else:
                if c.ppks == "P08":
                    resos = c.i + rng.randint(300, 1500)
                    c.dis = resos + rng.randint(30, 120)
                    c.reason = "meninggal" if rng.random() < 0.2 else pick_stay(rng)
                    if c.reason == "meninggal":
                        c.dis, resos = c.i + rng.randint(30, 1500), None
                else:
                    long = c.age < 18
                    resos = c.i + (rng.randint(120, 500) if long else rng.randint(60, 240))
                    c.dis = resos + rng.randint(30, 90)
                    c.reason = pick_stay(rng)
            if resos is not None:
                c.stages.append(("resosialisasi", resos))
            if c.dis is not None:
                c.stages = [s for s in c.stages if s[1] < c.dis]
                c.stages.append(("terminasi", c.dis))
                if e is not None and e.status == "lulus" and c.reason == "selesai":
                    c.stages.append(("bimbingan_lanjut", c.dis + rng.randint(1, 7)))
                    c.graduated = True
            if c.dis is not None and c.dis > self.t:
                c.dis = c.reason = None
            c.stages = [s for s in c.stages if s[1] <= self.t]
