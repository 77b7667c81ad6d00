"""One Brastöd client as its own process, for the tests with several at once
(tests/server/test_clients.py). It holds one open ``Database`` and appends to LOG, as a JSON
line, each save it believes made; an unexpected error ends it with a traceback on stderr, which
the test reads.

    client.py URL import SECONDS LOG PARTNER NUMBER FOLDER
    client.py URL sections|decisions|follow-ups SECONDS LOG
    client.py URL serve                  commands on stdin: "add NAME", "count"; answers on stdout
"""
import json
import sys
import time
from datetime import date
from pathlib import Path

from brastod.core.db import open_database
from brastod.core.errors import BrastodError
from brastod.core.meeting_rules import DecisionFields
from brastod.core.plan_rules import FollowUpFields
from brastod.core.services import action_plans, meetings, plan_chain, registers, \
    situation_reports
from brastod.core.services.importing import import_file

TODAY = date(2026, 11, 22)
ROWS = 10       # each file: ROWS rows of this client's own and ROWS shared with the other


def partner_file(folder: Path, number: int, round_: int) -> Path:
    """Round ``round_``'s file of importer ``number``: rows only it has, and rows the other
    importer's file of the same round has too (its duplicates, whichever comes second), of a
    category that is new in that round (made once, by whichever comes first)."""
    path = folder / f"klient{number}-{round_}.csv"
    lines = ["Datum;Tid;Område;Plats;Händelsetyp;Beskrivning"]
    for row in range(ROWS):
        lines.append(f"2026-10-{1 + row % 28:02d};21:{row:02d};Centrum;Torget;Klotter;"
                     f"Importör {number} omgång {round_} rad {row}")
        lines.append(f"2026-09-{1 + row % 28:02d};22:{row:02d};Kolarbyn;Tvättstugan;"
                     f"Ny typ {round_};Gemensam omgång {round_} rad {row}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def importing(db, until: float, log, partner: str, number: int, folder: Path) -> None:
    round_ = 0
    while time.monotonic() < until:
        result = import_file(db, partner_file(folder, number, round_), partner_name=partner,
                             today=TODAY)
        log({"round": round_, "imported": result.imported, "duplicates": result.duplicates})
        round_ += 1


def sections(db, until: float, log) -> None:
    draft = next(r for r in situation_reports.list_situation_reports(db) if r.status == "draft")
    ids = [s.id for s in situation_reports.SECTIONS.list(db, draft.id)]
    n = 0
    while time.monotonic() < until:
        section = ids[n % len(ids)]
        body = f"Avsnittet sparat av klienten, gång {n}."
        situation_reports.SECTIONS.save(db, section, body=body)
        log({"section": section, "body": body})
        n += 1


def decisions(db, until: float, log) -> None:
    meeting = meetings.list_meetings(db)[0]
    n = 0
    while time.monotonic() < until:
        text = f"Beslut nummer {n} från klienten."
        decision = meetings.save_decision(db, None, meeting_id=meeting.id, item_id=None,
                                          values=DecisionFields(text, None, None))
        status = "done" if n % 2 else "open"
        meetings.set_decision_status(db, decision, status)
        log({"decision": decision, "text": text, "status": status})
        n += 1


def follow_ups(db, until: float, log) -> None:
    actions = [a.id for a in action_plans.list_actions(db)]
    n = 0
    while time.monotonic() < until:
        note = f"Uppföljning nummer {n} från klienten."
        follow_up = plan_chain.add_follow_up(db, actions[n % len(actions)], FollowUpFields(
            TODAY, ("green", "yellow", "red")[n % 3], note), TODAY)
        log({"follow_up": follow_up, "note": note})
        n += 1


def serve(db) -> None:
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        try:
            if command == "add":
                answer = {"ok": registers.add_partner(db, argument)}
            else:
                answer = {"ok": len(registers.list_partners(db))}
        except BrastodError as error:
            answer = {"error": str(error)}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


def main(url: str, mode: str, *rest: str) -> None:
    db = open_database(url)
    try:
        if mode == "serve":
            return serve(db)
        seconds, log_path, *extra = rest
        until = time.monotonic() + float(seconds)
        with open(log_path, "a", encoding="utf-8") as log_file:
            def log(entry: dict) -> None:
                log_file.write(json.dumps(entry, ensure_ascii=False) + "\n")
                log_file.flush()
            if mode == "import":
                partner, number, folder = extra
                importing(db, until, log, partner, int(number), Path(folder))
            else:
                {"sections": sections, "decisions": decisions,
                 "follow-ups": follow_ups}[mode](db, until, log)
    finally:
        db.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
