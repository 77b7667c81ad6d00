"""Survey results (medborgardialog): a web survey's export, one row per respondent, read with the
partner files' reader; one question's answers counted as unsafe, safe or left out; the share of
unsafe per area (the "Område" column, matched through the area register and its synonyms) and
for the whole municipality, stored as key-figure measurements for the year. Only the counts are
kept, never a respondent's row; an area with fewer than MIN_COUNTED counted answers is not
reported, and its counts are not kept either (only that it had too few). Free-text answers
are kept, masked, only when the user chooses."""
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import EllipsisType
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.errors import FieldError, ImportFailure, ValidationError
from brastod.core.figure_rules import plausible_year
from brastod.core.importing import screening
from brastod.core.importing.sheets import read_workbook
from brastod.core.importing.table import column_letter
from brastod.core.models import Area, AreaSynonym, Indicator, Measurement, SurveyArea, SurveyImport
from brastod.core.services.importing import _lookup
from brastod.core.services.survey_years import SavedYear, refuse_if_saved_meanwhile, stored_years
from brastod.core.text import clean_name, normalize

DEFAULT_INDICATOR = "Andel otrygga (lokal enkät)"
MIN_COUNTED = 5
TOO_FEW = "för få svar"
UNSAFE, SAFE, EXCLUDED = "unsafe", "safe", "excluded"
# The NTU-style question: "Hur trygg eller otrygg skulle du känna dig om du var ute ensam sent
# en kväll i ditt bostadsområde?"; failing that, any heading about being unsafe.
_DEFAULT_QUESTION = (("ute ensam", "kväll"), ("otrygg",))
_AREA_HEADINGS = ("område", "omrade", "bostadsområde", "stadsdel")
_FREE_TEXT_WORDS = 4     # a column with an answer this long is free text, not a choice


@dataclass(frozen=True)
class CountingRule:
    """How the question's answers count: matched without regard to case and spacing."""

    unsafe: tuple[str, ...] = ("Ganska otrygg", "Mycket otrygg",
                               "Går inte ut på grund av otrygghet")
    safe: tuple[str, ...] = ("Mycket trygg", "Ganska trygg")
    excluded: tuple[str, ...] = ("Vet inte", "Går aldrig ut av andra skäl")

    def validate(self) -> None:
        if not any(normalize(a) for a in self.unsafe):
            raise FieldError("unsafe", "Ange minst ett svar som räknas som otryggt.")
        seen: dict[str, str] = {}
        for kind, answers in ((UNSAFE, self.unsafe), (SAFE, self.safe),
                              (EXCLUDED, self.excluded)):
            for answer in answers:
                key = normalize(answer)
                if key and seen.setdefault(key, kind) != kind:
                    raise FieldError(kind, f"Svaret ”{clean_name(answer)}” står i två listor. "
                                           "Låt det stå i en av dem.")

    def verdicts(self) -> dict[str, str]:
        return {normalize(answer): kind for kind, answers in (
            (UNSAFE, self.unsafe), (SAFE, self.safe), (EXCLUDED, self.excluded))
            for answer in answers if normalize(answer)}

    def as_json(self) -> str:
        return json.dumps({"unsafe": list(self.unsafe), "safe": list(self.safe),
                           "excluded": list(self.excluded)}, ensure_ascii=False)


@dataclass
class SurveyFile:
    """The respondents' rows of one sheet, held only while the import is prepared."""

    file_name: str
    sheet: str
    file_size: int
    file_hash: str
    headings: list[str]
    rows: list[tuple[int, list[Any]]] = field(repr=False)   # (row number in the sheet, cells)

    @property
    def where(self) -> str:
        return f"{self.file_name}, blad {self.sheet}"

    def question_column(self, text: str | None = None) -> int:
        """The column of the question: the one whose heading holds ``text`` (case ignored), or
        the NTU-style question. ImportFailure listing the headings when none or several fit."""
        keys = [normalize(h) for h in self.headings]
        if text is not None and normalize(text):
            found = [i for i, key in enumerate(keys) if normalize(text) in key]
            asked = f"med ”{clean_name(text)}” i rubriken"
        else:
            found, asked = [], "om otrygghet (ute ensam sent en kväll)"
            for words in _DEFAULT_QUESTION:
                found = found or [i for i, key in enumerate(keys)
                                  if all(word in key for word in words)]
        if len(found) == 1:
            return found[0]
        listed = ", ".join(f"”{h}”" for h in self.headings if h)
        if not found:
            raise ImportFailure(f"{self.where}: ingen kolumn med frågan {asked} hittades. "
                                f"Rubrikerna är: {listed}. Ange frågan med en del av dess "
                                "rubrik (--question TEXT på kommandoraden).")
        several = ", ".join(f"”{self.headings[i]}”" for i in found)
        raise ImportFailure(f"{self.where}: flera kolumner passar frågan {asked}: {several}. "
                            "Ange en del av rubriken som bara den rätta kolumnen har "
                            "(--question TEXT på kommandoraden).")

    def area_column(self) -> int | None:
        for index, heading in enumerate(self.headings):
            if normalize(heading) in _AREA_HEADINGS:
                return index
        return None

    def free_text_columns(self, question: int) -> list[int]:
        """Columns other than the question and the area with an answer of several words."""
        skip = {question, self.area_column()}
        return [index for index in range(len(self.headings)) if index not in skip and any(
            len(_text(cells[index]).split()) >= _FREE_TEXT_WORDS
            for _, cells in self.rows if index < len(cells))]


@dataclass(frozen=True)
class AreaCount:
    area_id: int
    area: str
    counted: int
    unsafe: int

    @property
    def suppressed(self) -> bool:
        return self.counted < MIN_COUNTED

    @property
    def share(self) -> float | None:
        return None if self.suppressed else self.unsafe / self.counted


@dataclass(frozen=True)
class Unmatched:
    """An answer or area name no list or register knows: how often, and where first."""

    text: str
    count: int
    row: int
    column: str


@dataclass
class SurveyResult:
    file_name: str
    sheet: str
    file_size: int
    file_hash: str
    question: str
    question_column: int
    rule: CountingRule
    respondents: int
    counted: int
    unsafe: int
    areas: list[AreaCount]
    unknown_answers: list[Unmatched]
    unknown_areas: list[Unmatched]
    free_text_columns: list[str]
    remarks: dict[int | None, list[str]]      # area id (None: no area) → masked texts
    personal_data: int                        # findings masked in the free text

    @property
    def share(self) -> float | None:
        return self.unsafe / self.counted if self.counted >= MIN_COUNTED else None

    @property
    def suppressed(self) -> list[str]:
        return sorted(a.area for a in self.areas if a.suppressed)

    def as_json(self) -> dict:
        return {"respondents": self.respondents, "counted": self.counted,
                "share": _rounded(self.share),
                "per_area": {a.area: {"n": a.counted, "share": _rounded(a.share)}
                             for a in self.areas if not a.suppressed},
                "suppressed": self.suppressed}

    def warnings(self) -> list[str]:
        """One Swedish line per answer or area that was not counted as written."""
        where = f"{self.file_name}, blad {self.sheet}"
        lines = [f"{where}, rad {u.row}, kolumn {u.column}: svaret ”{u.text}” ({u.count} st.) "
                 "står inte i någon lista och har inte räknats." for u in self.unknown_answers]
        lines += [f"{where}, rad {u.row}, kolumn {u.column}: området ”{u.text}” ({u.count} st.) "
                  "finns inte i registret; svaren räknas bara för hela kommunen."
                  for u in self.unknown_areas]
        return lines

    def summary(self, year: int) -> str:
        whole = (percent(self.share) if self.share is not None else TOO_FEW)
        areas = ", ".join(f"{a.area} {percent(a.share)}" for a in self.areas
                          if not a.suppressed) or "inga"
        text = (f"Enkäten {year} ur {self.file_name}: {self.respondents} svarande, "
                f"{self.counted} räknade svar på frågan ”{self.question}”. Andel otrygga i "
                f"hela kommunen: {whole}. Per område: {areas}.")
        if self.suppressed:
            text += f" Visas inte ({TOO_FEW}): {', '.join(self.suppressed)}."
        return text


def _rounded(share: float | None) -> float | None:
    return None if share is None else round(share, 4)


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


# ---- reading and counting ----

def read_survey_file(path: Path) -> SurveyFile:
    """The first visible sheet with a heading row (the first row of at least two filled
    cells) and the rows under it that hold anything. ImportFailure names the file and sheet."""
    workbook = read_workbook(Path(path))
    for sheet in (s for s in workbook.sheets if s.visible):
        for number, row in enumerate(sheet.rows[:20]):
            headings = [_text(cell) for cell in row]
            if sum(1 for h in headings if h) < 2:
                continue
            rows = [(index, cells) for index, cells in
                    enumerate(sheet.rows[number + 1:], start=number + 2)
                    if any(_text(cell) for cell in cells)]
            if not rows:
                raise ImportFailure(f"{workbook.file_name}, blad {sheet.name}: det finns inga "
                                    f"svar under rubrikraden (rad {number + 1}). Exportera "
                                    "enkäten med en rad per svarande.")
            return SurveyFile(workbook.file_name, sheet.name, workbook.size, workbook.sha256,
                              headings, rows)
    raise ImportFailure(f"{workbook.file_name}: inget blad har en rubrikrad med frågorna. "
                        "Exportera enkäten med en rad per svarande och frågorna som rubriker.")


def area_names(db: Database) -> dict[str, tuple[int, str]]:
    """Each area's name and synonym (normalised) → (id, the register's name)."""
    with db.session() as session:
        names = dict(session.execute(select(Area.id, Area.name)).all())
        return {key: (area_id, names[area_id])
                for key, area_id in _lookup(session, Area, AreaSynonym, "area_id").items()}


def count_answers(survey: SurveyFile, question: int, rule: CountingRule,
                  areas: dict[str, tuple[int, str]]) -> SurveyResult:
    """The shares for the question in column ``question``; the file is not kept."""
    rule.validate()
    verdicts, area_column = rule.verdicts(), survey.area_column()
    free_columns = survey.free_text_columns(question)
    counted, unsafe = Counter(), Counter()
    unknown_answers: dict[str, list] = {}
    unknown_areas: dict[str, list] = {}
    remarks: dict[int | None, list[str]] = {}
    found = 0
    for number, cells in survey.rows:
        def cell(index: int | None) -> str:
            return _text(cells[index]) if index is not None and index < len(cells) else ""
        answer, area_text = cell(question), cell(area_column)
        area = areas.get(normalize(area_text)) if area_text else None
        if area_text and area is None:
            _note(unknown_areas, area_text, number, area_column)
        for index in free_columns:
            masked, findings = screening.mask(cell(index))
            if masked:
                found += len(findings)
                remarks.setdefault(area and area[0], []).append(masked)
        verdict = verdicts.get(normalize(answer)) if answer else EXCLUDED
        if verdict is None:
            _note(unknown_answers, answer, number, question)
        if verdict in (None, EXCLUDED):
            continue
        for key in (None, area) if area else (None,):
            counted[key] += 1
            unsafe[key] += verdict == UNSAFE
    per_area = sorted((AreaCount(key[0], key[1], counted[key], unsafe[key])
                       for key in counted if key is not None), key=lambda a: normalize(a.area))
    hidden = {a.area_id for a in per_area if a.suppressed}
    kept: dict[int | None, list[str]] = {}
    for area_id, texts in remarks.items():    # a small area's words go with the municipality's
        kept.setdefault(None if area_id in hidden else area_id, []).extend(texts)
    return SurveyResult(
        survey.file_name, survey.sheet, survey.file_size, survey.file_hash,
        survey.headings[question], question, rule, len(survey.rows), counted[None],
        unsafe[None], per_area, _unmatched(unknown_answers), _unmatched(unknown_areas),
        [survey.headings[i] for i in free_columns],
        {area_id: sorted(texts) for area_id, texts in kept.items()}, found)


def _note(table: dict[str, list], text: str, row: int, column: int) -> None:
    entry = table.setdefault(normalize(text), [text, 0, row, column_letter(column)])
    entry[1] += 1


def _unmatched(table: dict[str, list]) -> list[Unmatched]:
    return [Unmatched(*entry) for entry in table.values()]


def count_survey(db: Database, survey: SurveyFile, question: int,
                 rule: CountingRule = CountingRule()) -> SurveyResult:
    """``count_answers`` with the area register read from ``db`` (on the GUI's worker)."""
    return count_answers(survey, question, rule, area_names(db))


# ---- storing ----

def save_survey(db: Database, result: SurveyResult, year: int,
                indicator: str = DEFAULT_INDICATOR, keep_free_text: bool = False,
                shown: SavedYear | None | EllipsisType = ...) -> None:
    """The shares as measurements of ``indicator`` for ``year`` (per area and for the whole
    municipality) and the record of the import, in one transaction: a year imported again is
    replaced, not added to. ``shown``: the year as stored when the user opened the file (None:
    nothing; ``survey_years.saved_years``); if someone else saved it since, it is not replaced
    (SavedMeanwhile says who and when) until the user names that version."""
    plausible_year(year)
    name = clean_name(indicator)
    if not name:
        raise FieldError("indicator", "Ange vilket nyckeltal andelen sparas som, till exempel "
                                      f"{DEFAULT_INDICATOR}.")
    if result.counted == 0:
        raise ValidationError(f"{result.file_name}, blad {result.sheet}: ingen svarande har ett "
                              f"svar på frågan ”{result.question}” som räknas. Kontrollera "
                              "frågan och listorna över svar.")
    with db.session() as session:
        if shown is not ...:
            refuse_if_saved_meanwhile(session, name, year, shown)
        store_survey(session, result, year, name, keep_free_text)


def store_survey(session: Session, result: SurveyResult, year: int, indicator: str,
                 keep_free_text: bool) -> None:
    counted = {a.area_id: a.area for a in result.areas}
    gone = set(counted) - set(session.execute(select(Area.id).where(
        Area.id.in_(counted))).scalars())
    if gone:
        raise ValidationError(f"Området {', '.join(sorted(counted[i] for i in gone))} har tagits "
                              "bort sedan filen lästes. Läs in filen igen.")
    row = session.execute(select(Indicator).where(Indicator.name == indicator)).scalars().first()
    if row is None:
        row = Indicator(name=indicator, unit="procent", source="Lokal trygghetsenkät")
        session.add(row)
        session.flush()
    earlier = session.execute(select(SurveyImport.id).where(
        SurveyImport.indicator_id == row.id, SurveyImport.year == year)).scalars().all()
    session.execute(delete(SurveyArea).where(SurveyArea.survey_id.in_(earlier)))
    session.execute(delete(SurveyImport).where(SurveyImport.id.in_(earlier)))
    session.execute(delete(Measurement).where(Measurement.indicator_id == row.id,
                                              Measurement.year == year,
                                              Measurement.measured_on.is_(None)))
    source = f"Enkät ({result.file_name})"
    shares = [(None, result.share)] + [(a.area_id, a.share) for a in result.areas]
    session.add_all(Measurement(indicator_id=row.id, year=year, area_id=area_id,
                                value=round(share * 100, 2), source=source)
                    for area_id, share in shares if share is not None)

    def remarks(area_id: int | None) -> str | None:
        return "\n".join(result.remarks.get(area_id, [])) or None if keep_free_text else None
    # Fewer than MIN_COUNTED answers are kept only as "too few" (their counts as 0): nothing
    # below the threshold is stored, where a läsare with psql could read it.
    shown = result.share is not None
    survey = SurveyImport(
        indicator_id=row.id, year=year, file_name=result.file_name, file_hash=result.file_hash,
        file_size=result.file_size, question=result.question, rule_json=result.rule.as_json(),
        respondents=result.respondents, counted=result.counted if shown else 0,
        unsafe=result.unsafe if shown else 0, remarks=remarks(None), imported_at=utc_now())
    session.add(survey)
    session.flush()
    session.add_all(SurveyArea(survey_id=survey.id, area_id=a.area_id,
                               counted=0 if a.suppressed else a.counted,
                               suppressed=a.suppressed, remarks=remarks(a.area_id))
                    for a in result.areas)


def import_survey(db: Database, path: Path, year: int, question: str | None = None, *,
                  rule: CountingRule = CountingRule(), indicator: str = DEFAULT_INDICATOR,
                  keep_free_text: bool = False) -> SurveyResult:
    """Read, count and store a survey file (the command line's import-survey)."""
    plausible_year(year)
    # What the file replaces, as it is before the file is read.
    shown = stored_years(db).get((clean_name(indicator), year))
    survey = read_survey_file(path)
    result = count_survey(db, survey, survey.question_column(question), rule)
    save_survey(db, result, year, indicator, keep_free_text, shown)
    return result


# ---- what a lägesbild shows ----

def survey_texts(executor, until: int) -> dict[str, str]:
    """Area id (as text: JSON keys) → "31 % (+4)" from the latest survey up to the year
    ``until``, the change in percentage points since the survey before it, or "för få svar"."""
    latest = executor.execute(select(SurveyImport.id, SurveyImport.indicator_id,
                                     SurveyImport.year).where(SurveyImport.year <= until)
                              .order_by(SurveyImport.year.desc(), SurveyImport.id.desc())
                              .limit(1)).first()
    if latest is None:
        return {}
    survey_id, indicator_id, year = latest
    before = executor.execute(select(SurveyImport.year).where(
        SurveyImport.indicator_id == indicator_id, SurveyImport.year < year)
        .order_by(SurveyImport.year.desc()).limit(1)).scalar()

    def shares(year: int | None) -> dict[int, float]:
        return dict(executor.execute(select(Measurement.area_id, Measurement.value).where(
            Measurement.indicator_id == indicator_id, Measurement.year == year,
            Measurement.area_id.is_not(None))).all()) if year is not None else {}
    now, previous = shares(year), shares(before)
    texts = {}
    for area_id, suppressed in executor.execute(select(SurveyArea.area_id, SurveyArea.suppressed)
                                                .where(SurveyArea.survey_id == survey_id)):
        if suppressed or area_id not in now:
            texts[str(area_id)] = TOO_FEW
            continue
        text = f"{round(now[area_id])} %"
        if area_id in previous:
            change = round(now[area_id]) - round(previous[area_id])
            text += f" ({'+' if change > 0 else '−' if change < 0 else '±'}{abs(change)})"
        texts[str(area_id)] = text
    return texts
