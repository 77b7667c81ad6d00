"""Importing a partner file in two steps: ``prepare`` reads it and previews every row (with the
partner's remembered column mapping, and the category and area values the registers do not
know); ``commit`` saves the accepted rows in one transaction. ``import_file`` does both without
questions, as the command line does.

Of the file only its name, size and hash are kept, never its bytes; rows already in the
database (the same file again, or a partner's cumulative sheet) are counted, not added. An
unknown category or area is mapped to an existing entry (remembered as a synonym) or created as
the user chooses; without a choice it is created and its incidents are marked for review.
Personal data in the rows is masked unless kept on request; in every other text from the file
(its name, the sheet, the headings, category and area names) it is always masked, and a new
category or area whose name was masked is marked for review.
"""
import dataclasses
import hashlib
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import compress, repeat
from operator import itemgetter, or_
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.importing import keys, screening
from brastod.core.importing.bulk import collector_paused
from brastod.core.importing.preview import Preview, build_preview
from brastod.core.importing.sheets import Workbook, read_workbook
from brastod.core.importing.table import Table, find_table
from brastod.core.models import (
    Area, AreaSynonym, Category, CategorySynonym, ColumnMapping, ImportBatch, Partner,
)
from brastod.core.services import registers
from brastod.core.services.import_batches import (
    ImportResult, NoProgress, Progress, partner_by_name, run_import, sql_date, sql_time,
    store_columns,
)
from brastod.core.services.police_import import import_police
from brastod.core.text import normalize

GUESS = -1           # partner_id for ``prepare``: guess the partner from the file
CATEGORY, AREA = "category", "area"
NEW = None           # a choice for an unknown value: create a new entry of that name


@dataclass(frozen=True)
class PreparedImport:
    """A read and previewed file, not yet saved."""

    workbook: Workbook
    table: Table
    preview: Preview
    partner_id: int | None
    partner: str | None
    remembered: bool                      # the partner's remembered mapping was used
    known: dict[str, dict[str, int]]      # CATEGORY/AREA → normalised name or synonym → id
    today: date

    @collector_paused(kept=True)
    def with_columns(self, columns: dict[str, int]) -> "PreparedImport":
        """The same file read with another column mapping (field → 0-based column)."""
        table = dataclasses.replace(self.table, columns=dict(columns))
        return dataclasses.replace(self, table=table, remembered=False, preview=build_preview(
            self.workbook.file_name, table, self.today))

    def unknown(self) -> dict[str, Counter]:
        """CATEGORY/AREA → the values the registers do not know, with their number of rows
        (counted once: the dialog asks three times, and 50 000 rows take 10–30 ms to count)."""
        return self._unknown

    @cached_property
    def _unknown(self) -> dict[str, Counter]:
        found = {kind: self.preview.counted(kind) for kind in (CATEGORY, AREA)}
        # Known as written, or by its words with personal data masked (as it is stored).
        for kind, counter in found.items():
            for text in list(counter):
                if (normalize(text) in self.known[kind]
                        or normalize(screening.mask(text)[0]) in self.known[kind]):
                    del counter[text]
        return found


@collector_paused(kept=True)
def prepare(db: Database, path: Path, *, partner_name: str | None = None,
            partner_id: int | None = GUESS, today: date | None = None) -> PreparedImport:
    """Read ``path`` and preview it; ImportFailure when the file cannot be used."""
    workbook = read_workbook(Path(path))
    table = find_table(workbook)
    today = today or date.today()
    with db.session() as session:
        if partner_name is not None:
            partner = partner_by_name(session, partner_name)
        elif partner_id == GUESS:
            partner = _guess_partner(session, workbook)
        else:
            partner = session.get(Partner, partner_id) if partner_id is not None else None
        pid = partner.id if partner else None
        remembered = _remembered_columns(session, pid, table)
        known = {CATEGORY: _lookup(session, Category, CategorySynonym, "category_id"),
                 AREA: _lookup(session, Area, AreaSynonym, "area_id")}
        name = partner.name if partner else None
    # The table holds what is imported; the sheets' rows go now, before the collector runs.
    workbook = dataclasses.replace(workbook, sheets=[])
    if remembered is not None:
        table = dataclasses.replace(table, columns=remembered)
    return PreparedImport(workbook, table, build_preview(workbook.file_name, table, today),
                          pid, name, remembered is not None, known, today)


def import_file(db: Database, path: Path, *, partner_name: str | None = None,
                dry_run: bool = False, mask_personal_data: bool = True,
                today: date | None = None, progress: Progress | None = None) -> ImportResult:
    """Read, check and save one file without questions. Raises ImportFailure when the file
    cannot be used."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return import_police(db, path, partner_name, dry_run, progress)
    prepared = prepare(db, path, partner_name=partner_name, today=today)
    return commit(db, prepared, dry_run=dry_run, mask_personal_data=mask_personal_data,
                  progress=progress)


@collector_paused()
def commit(db: Database, prepared: PreparedImport, *, dry_run: bool = False,
           mask_personal_data: bool = True,
           choices: dict[tuple[str, str], int | None] | None = None,
           progress: Progress | None = None) -> ImportResult:
    """Save the accepted rows of ``prepared`` in one transaction. ``choices`` maps
    (CATEGORY or AREA, the value as written) to an existing id, remembered as a synonym, or
    to NEW."""
    progress = progress or NoProgress()
    result = ImportResult(file=prepared.workbook.file_name, partner=prepared.partner)
    preview = prepared.preview
    rejected = map(preview.row, preview.rejected_positions)
    result.rejected = [{"sheet": row.sheet, "row": row.row, "column": row.rejection.column,
                        "reason": row.rejection.message} for row in rejected]
    return run_import(db, result, dry_run, lambda session: _save(
        session, prepared, result, mask_personal_data, choices or {}, progress))


def _guess_partner(session: Session, workbook: Workbook) -> Partner | None:
    # The same file imported before keeps that import's partner, so its rows stay duplicates.
    earlier = session.execute(
        select(ImportBatch.partner_id)
        .where(ImportBatch.file_hash == workbook.sha256,
               ImportBatch.undone_at.is_(None), ImportBatch.partner_id.is_not(None))
        .order_by(ImportBatch.id.desc())).scalars().first()
    if earlier is not None:
        return session.get(Partner, earlier)
    # A guess from the file name, which often lacks å, ä and ö: "fagerstabostader_mars.xlsx".
    stem = _unaccented(Path(workbook.file_name).stem)
    partners = session.execute(select(Partner)).scalars().all()
    matches = [p for p in partners if _unaccented(p.name.split(",")[0]) in stem]
    return matches[0] if len(matches) == 1 else None


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", normalize(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _lookup(session: Session, model, synonym_model, key_column: str) -> dict[str, int]:
    table = {normalize(name): row_id for row_id, name in
             session.execute(select(model.id, model.name)).all()}
    for row_id, text in session.execute(select(getattr(synonym_model, key_column),
                                               synonym_model.normalized)).all():
        table.setdefault(text, row_id)
    return table


class _Resolver:
    """Category or area ids for the values as partners write them, creating, or remembering
    synonyms, as the user chose."""

    def __init__(self, session: Session, kind: str, choices: dict, result: ImportResult):
        self.session, self.kind, self.result = session, kind, result
        model, synonym, key = ((Category, CategorySynonym, "category_id") if kind == CATEGORY
                               else (Area, AreaSynonym, "area_id"))
        self.known = _lookup(session, model, synonym, key)
        self.choices = {normalize(text): choice for (k, text), choice in choices.items()
                        if k == kind}
        self.cache: dict[str | None, tuple[int | None, bool]] = {None: (None, False)}
        self.to_review: set[str] = set()       # created in this import and to be looked at

    def __call__(self, text: str | None) -> tuple[int | None, bool]:
        """(id, needs review)."""
        if text not in self.cache:
            self.cache[text] = self._resolve(text)
        return self.cache[text]

    def _resolve(self, text: str) -> tuple[int, bool]:
        key = normalize(text)
        if key in self.known:
            return self.known[key], False
        # The name is stored in the registers and printed in the partner template and the
        # summaries: never with personal data, whatever the user chose for the rows' text.
        name, findings = screening.mask(text)
        name_key = normalize(name)
        if key in self.choices and self.choices[key] is not NEW:
            target = self.choices[key]
            if name_key not in self.known:
                self.session.add(
                    CategorySynonym(category_id=target, text=name, normalized=name_key)
                    if self.kind == CATEGORY else AreaSynonym(area_id=target,
                                                              normalized=name_key))
                self.known[name_key] = target
            return target, False
        if name_key in self.known:      # known by its masked words, or created for an earlier row
            return self.known[name_key], name_key in self.to_review
        if self.kind == CATEGORY:
            new_id = registers.create_category(self.session, name, None, "other").id
        else:
            new_id = registers.create_area(self.session, name).id
        self.known[name_key] = new_id
        if key not in self.choices or findings:
            self.to_review.add(name_key)
            self.result.created.append(name)
        self.result.names_masked += bool(findings)
        return new_id, name_key in self.to_review


class _Memo(dict):
    """``function(value)`` worked out once per distinct value: partner files repeat their
    dates, times and texts on thousands of rows."""

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, value):
        self[value] = result = self.function(value)
        return result


def _save(session: Session, prepared: PreparedImport, result: ImportResult,
          mask_personal_data: bool, choices: dict, progress: Progress) -> None:
    """The accepted rows, column by column straight from the preview: each distinct value is
    worked out once, and a row becomes a tuple only as it is inserted."""
    partner_id, preview = prepared.partner_id, prepared.preview
    column = preview.accepted
    accepted = len(preview.accepted_positions)
    progress.check()
    progress.progress(0, 2)
    found = (list(map(preview.personal.__contains__, preview.accepted_positions))
             if preview.personal else [False] * accepted)
    flagged = list(compress(range(accepted), found)) if mask_personal_data else []
    masked = _Memo(lambda text: screening.mask(text)[0])

    def screened(values: list) -> list:
        if not flagged:
            return values
        values = list(values)
        for index in flagged:
            values[index] = masked[values[index]]
        return values
    categories, areas, places = column("category"), column("area"), column("place")
    descriptions, stored_places = screened(column("description")), screened(places)
    occurred_on = list(map(_Memo(sql_date).__getitem__, column("occurred_on")))
    times = _Memo(sql_time)
    clocks = column("occurred_time")
    category_ids, area_ids, reviews = _registered(session, choices, result, categories, areas,
                                                  stored_places)
    key_text = _Memo(lambda text: normalize(text or "")).__getitem__
    clock_key = _Memo(lambda clock: "" if clock is None else clock.isoformat()).__getitem__
    # What a row is known by: the texts as the partner wrote them, the description as stored.
    known_by = keys.of_texts(list(map("|".join, zip(
        repeat(str(partner_id)), occurred_on, map(clock_key, clocks), map(key_text, categories),
        map(key_text, areas), map(key_text, places), map(key_text, descriptions)))))
    sheet = screening.mask(prepared.table.sheet)[0]
    columns = [
        occurred_on, list(map(times.__getitem__, clocks)),
        list(map(times.__getitem__, column("ends_time"))), area_ids, stored_places,
        category_ids, descriptions, column("count"), [partner_id] * accepted,
        column("police_reported"), screened(column("assessment")),
        [False] * accepted if mask_personal_data else found,
        list(map(f"{sheet}!{{}}".format, column("row"))), known_by, reviews]
    workbook = prepared.workbook
    batch = ImportBatch(
        partner_id=partner_id, source="file", file_name=screening.mask(workbook.file_name)[0],
        file_hash=workbook.sha256, file_size=workbook.size, imported_at=utc_now(),
        mapping_json=json.dumps(_mapping(prepared.table), ensure_ascii=False),
        rows_read=len(preview), rows_rejected=len(result.rejected))
    store_columns(session, result, columns, found if mask_personal_data else [False] * accepted,
                  batch, _Halfway(progress))
    _remember_mapping(session, partner_id, prepared.table)


def _registered(session: Session, choices: dict, result: ImportResult, categories: list,
                areas: list, places: list) -> tuple[list, list, list]:
    """Each row's category id, area id and whether it is to be reviewed, in the rows' order
    (new categories and areas are created in the order the file names them). Worked out once
    for each distinct category and area, or, where rows lack an area, for each distinct
    (category, area, place where there is no area), in the order the rows first name them."""
    category_of = _Resolver(session, CATEGORY, choices, result)
    area_of = _Resolver(session, AREA, choices, result)

    def registered(category: str | None, area: str | None, place: str | None) -> tuple:
        category_id, category_review = category_of(category)
        area_id, area_review = area_of(area)
        if place is not None:
            # No area column, but a place that is exactly an area's name or synonym (a column
            # "Adress/område" holding the register's areas, read as places): that area.
            area_id = area_of.known.get(normalize(place), area_id)
        return category_id, area_id, category_review or area_review or category is None
    if None not in areas:
        # Every row has its area: each column on its own, in as few passes over the rows as
        # can be (each pass over 50 000 rows costs about 4 ms).
        by_category = {text: category_of(text) for text in dict.fromkeys(categories)}
        by_area = {text: area_of(text) for text in dict.fromkeys(areas)}
        return (_each(categories, {text: found[0] for text, found in by_category.items()}),
                _each(areas, {text: found[0] for text, found in by_area.items()}),
                _either(_each(categories, {text: found[1] or text is None
                                           for text, found in by_category.items()}),
                        _each(areas, {text: found[1] for text, found in by_area.items()})))
    lonely_places = [place if area is None else None for area, place in zip(areas, places)]
    triples = list(zip(categories, areas, lonely_places))
    decided = {triple: registered(*triple) for triple in dict.fromkeys(triples)}
    found = list(map(decided.__getitem__, triples))
    return (list(map(itemgetter(0), found)), list(map(itemgetter(1), found)),
            list(map(itemgetter(2), found)))


def _each(values: list, meaning: dict) -> list:
    """``meaning[value]`` for each value; one list at once when the meaning is the same for
    all."""
    if len(set(meaning.values())) == 1:
        return [next(iter(meaning.values()))] * len(values)
    return list(map(meaning.__getitem__, values))


def _either(first: list, second: list) -> list:
    if not any(second):
        return first
    return second if all(second) else list(map(or_, first, second))


class _Halfway:
    """Saving is the second half of the work the progress bar shows."""

    def __init__(self, progress: Progress):
        self.check, self._progress = progress.check, progress.progress

    def progress(self, done: int, total: int) -> None:
        self._progress(total + done, total * 2)


def _mapping(table: Table) -> dict:
    """The mapping as stored: names from the file masked."""
    return {"sheet": screening.mask(table.sheet)[0], "header_row": table.header_row,
            "columns": {name: screening.mask(table.headings[index])[0]
                        if index < len(table.headings) else ""
                        for name, index in table.columns.items()},
            "indices": dict(table.columns)}


def layout_signature(headings: list[str]) -> str:
    return hashlib.sha256("|".join(normalize(h) for h in headings).encode()).hexdigest()[:32]


def _remembered(session: Session, partner_id: int | None, table: Table) -> ColumnMapping | None:
    return session.execute(select(ColumnMapping).where(
        ColumnMapping.partner_id.is_(partner_id) if partner_id is None
        else ColumnMapping.partner_id == partner_id,
        ColumnMapping.layout_signature == layout_signature(table.headings))).scalars().first()


def _remembered_columns(session: Session, partner_id: int | None,
                        table: Table) -> dict[str, int] | None:
    mapping = _remembered(session, partner_id, table)
    if mapping is None:
        return None
    indices = json.loads(mapping.mapping_json).get("indices")
    if not indices or "date" not in indices:
        return None
    return {name: int(index) for name, index in indices.items()}


def _remember_mapping(session: Session, partner_id: int | None, table: Table) -> None:
    mapping = _remembered(session, partner_id, table) or ColumnMapping(
        partner_id=partner_id, layout_signature=layout_signature(table.headings),
        mapping_json="", updated_at=utc_now())
    mapping.mapping_json = json.dumps(_mapping(table), ensure_ascii=False)
    mapping.updated_at = utc_now()
    session.add(mapping)
