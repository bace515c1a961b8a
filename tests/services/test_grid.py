from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import CurriculumCourse, Programme, RecognitionLine
from app.services.errors import (
    Cancelled,
    DuplicateRecord,
    ImportFileError,
    NotFound,
    PermissionDenied,
    Problem,
    ValidationError,
)
from app.services.grid import RowStatus
from app.services.grid_values import normalise_academic_year
from app.services.progress import Progress
from app.services.tabular import read_table

GRID = Path(__file__).resolve().parent.parent / "data" / "domain" / "synthetic_study_programme_grid.csv"
YEAR = "2025/26"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def changed_grid(tmp_path: Path, name: str, *replacements: tuple[str, str]) -> Path:
    """The synthetic grid with some of its text replaced."""
    text = GRID.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return write(tmp_path / name, text)


def import_grid(services, path: Path = GRID, programme: str = "SYN-INF-S1", year: str = YEAR):
    return services.grid.apply(services.grid.preview(path, programme, year))


def course_count(services) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count(CurriculumCourse.id)))


def ects_by_semester(rows) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = {}
    for row in rows:
        totals[row.semester] = totals.get(row.semester, Decimal(0)) + row.ects
    return totals


def test_the_synthetic_grid_imports_as_two_semesters_of_30_ects(services) -> None:
    preview = services.grid.preview(GRID, "SYN-INF-S1", YEAR)
    assert preview.encoding == "utf-8"
    assert not preview.programme_exists and preview.programme_name_pl == "Informatyka"
    assert preview.columns["hours"] == "hours_lecture + hours_classes + hours_lab"
    assert [row.line for row in preview.rows][:2] == [6, 7]  # lines of the file, the notes above the header counted
    assert {row.status for row in preview.rows} == {RowStatus.NEW} and len(preview.rows) == 13
    assert course_count(services) == 0  # a preview writes nothing

    result = services.grid.apply(preview)
    assert (result.created, result.updated, result.unchanged, result.skipped) == (13, 0, 0, 0)
    assert result.programme_created and result.not_in_file == ()
    [programme] = [p for p in services.programmes.list() if p.code == "SYN-INF-S1"]
    assert (programme.name_pl, programme.level, programme.mode) == (
        "Informatyka", "1st cycle (licencjat/inżynier)", "stacjonarne")

    rows = services.grid.courses("SYN-INF-S1", YEAR)
    assert ects_by_semester(rows) == {5: Decimal(30), 6: Decimal(30)}
    by_code = {row.code: row for row in rows}
    software = by_code["SYN-INF-501"]
    assert (software.name_pl, software.name_en, software.semester, software.ects, software.hours,
            software.form_of_credit, software.obligatory, software.grade_type, software.isced) == (
        "Inżynieria oprogramowania", "Software Engineering", 5, Decimal("6.0"), 60, "E", True, "PL-STD", "0613")
    assert (by_code["SYN-INF-5W1"].obligatory, by_code["SYN-INF-5W1"].form_of_credit) == (False, "ZO")
    assert (by_code["SYN-INF-605"].hours, by_code["SYN-INF-605"].form_of_credit) == (0, "ZAL")
    assert [row.code for row in services.grid.courses("SYN-INF-S1", YEAR, semesters=[6])] == [
        "SYN-INF-601", "SYN-INF-602", "SYN-INF-603", "SYN-INF-604", "SYN-INF-605", "SYN-INF-6W1"]
    assert services.grid.years("SYN-INF-S1") == [YEAR]

    [added] = services.audit.events_for("curriculum_course", software.id)
    assert (added.action, added.reason) == ("grid.course.add", GRID.name)
    assert added.after["ects"] == "6.0" and added.after["academic_year"] == YEAR
    [created] = services.audit.events_for("programme", "SYN-INF-S1")
    assert created.action == "programme.add"


def test_reimporting_the_same_grid_changes_nothing(services) -> None:
    import_grid(services)
    preview = services.grid.preview(GRID, "SYN-INF-S1", YEAR)
    assert preview.programme_exists
    assert [(row.status, row.changes) for row in preview.rows] == [(RowStatus.UNCHANGED, ())] * 13
    result = services.grid.apply(preview)
    assert (result.created, result.updated, result.unchanged, result.programme_created) == (0, 0, 13, False)
    assert course_count(services) == 13
    first = services.grid.courses("SYN-INF-S1", YEAR)[0]
    assert len(services.audit.events_for("curriculum_course", first.id)) == 1


def test_a_changed_ects_value_is_updated_with_its_audit(services, tmp_path) -> None:
    import_grid(services)
    path = changed_grid(tmp_path, "grid.csv", (",Bazy danych II,Databases II,4,", ",Bazy danych II,Databases II,5,"))
    preview = services.grid.preview(path, "SYN-INF-S1", YEAR)
    changed = [row for row in preview.rows if row.status != RowStatus.UNCHANGED]
    assert [(row.code, row.status, row.changes) for row in changed] == [("SYN-INF-504", RowStatus.UPDATE, ("ects",))]
    result = services.grid.apply(preview)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 12)
    [databases] = [row for row in services.grid.courses("SYN-INF-S1", YEAR) if row.code == "SYN-INF-504"]
    assert databases.ects == Decimal("5.0")
    added, updated = services.audit.events_for("curriculum_course", databases.id)
    assert (added.action, updated.action, updated.reason) == ("grid.course.add", "grid.course.update", "grid.csv")
    assert (updated.before, updated.after) == ({"ects": "4.0"}, {"ects": "5.0"})


def test_a_new_academic_year_leaves_the_earlier_one_and_its_decisions_alone(seeded, tmp_path) -> None:
    import_grid(seeded)
    earlier = seeded.grid.courses("SYN-INF-S1", YEAR)
    [decision_id] = seeded.decisions.open(["100001"], date(2026, 6, 30), "5")
    software = next(row for row in earlier if row.code == "SYN-INF-501")
    with seeded.ctx.sessions() as session, session.begin():
        course = session.get(CurriculumCourse, software.id)
        session.add(RecognitionLine(decision_id=decision_id, origin="manual", created_by="test", home_courses=[course]))

    next_year = changed_grid(tmp_path, "2026.csv", (",2025/26,", ",2026/27,"), ("2025/26-", "2026/27-"),
                             (",Software Engineering,6,", ",Software Engineering,7,"),
                             (",Sieci komputerowe,", ",Sieci komputerowe i chmury,"))
    preview = seeded.grid.preview(next_year, "SYN-INF-S1", "2026/2027")
    assert preview.academic_year == "2026/27"
    assert {row.status for row in preview.rows} == {RowStatus.NEW}  # the new year starts from nothing
    result = seeded.grid.apply(preview)
    assert (result.created, result.updated, result.programme_created) == (13, 0, False)

    assert seeded.grid.years("SYN-INF-S1") == ["2025/26", "2026/27"]
    assert seeded.grid.courses("SYN-INF-S1", YEAR) == earlier
    later = {row.code: row for row in seeded.grid.courses("SYN-INF-S1", "2026/27")}
    assert later["SYN-INF-501"].ects == Decimal("7.0") and later["SYN-INF-501"].id != software.id
    with seeded.ctx.sessions() as session:
        line = session.scalar(select(RecognitionLine).where(RecognitionLine.decision_id == decision_id))
        [home] = line.home_courses
        assert (home.id, home.academic_year, home.ects) == (software.id, YEAR, Decimal("6.0"))
    assert len(seeded.audit.events_for("curriculum_course", software.id)) == 1


def test_courses_missing_from_the_file_are_kept_and_reported(services, tmp_path) -> None:
    import_grid(services)
    line = next(line for line in GRID.read_text(encoding="utf-8").splitlines(keepends=True) if "SYN-INF-605" in line)
    shorter = changed_grid(tmp_path, "shorter.csv", (line, ""))
    preview = services.grid.preview(shorter, "SYN-INF-S1", YEAR)
    assert preview.not_in_file == ("SYN-INF-605",)
    result = services.grid.apply(preview)
    assert (result.unchanged, result.not_in_file) == (12, ("SYN-INF-605",))
    assert "SYN-INF-605" in {row.code for row in services.grid.courses("SYN-INF-S1", YEAR)}


def test_polish_headers_in_windows_1250(services, tmp_path) -> None:
    services.programmes.add("SYN-INF-S1", "Informatyka", "Computer Science")
    path = write(tmp_path / "siatka.csv",
                 "Kod przedmiotu;Nazwa przedmiotu;Nazwa angielska;Semestr;Punkty ECTS;Godziny;Forma zaliczenia;"
                 "Grupa;Typ oceny;ISCED\r\n"
                 "INF-101;Wstęp do programowania;Introduction to Programming;1;6;60;egzamin;obowiązkowy;PL-STD;0613\r\n"
                 "INF-102;Logika i teoria mnogości;Logic;I;4,5;45;zaliczenie na ocenę;OBL;PL-STD;0541\r\n"
                 "INF-103;Źródła prawa autorskiego;Copyright Law;semestr 2;1;15;zaliczenie;do wyboru;PL-ZAL;0421\r\n"
                 "INF-104;Ćwiczenia z fizyki;Physics Classes;2;3;30;ZO;WYB;;\r\n", "cp1250")
    preview = services.grid.preview(path, "SYN-INF-S1", "2025/2026")
    assert preview.encoding == "cp1250" and preview.programme_exists
    assert (preview.columns["code"], preview.columns["name_en"], preview.columns["hours"]) == (
        "Kod przedmiotu", "Nazwa angielska", "Godziny")
    assert [row.problems for row in preview.rows] == [()] * 4
    services.grid.apply(preview)
    rows = {row.code: row for row in services.grid.courses("SYN-INF-S1", "2025/26")}
    assert [(r.name_pl, r.semester, r.ects, r.hours, r.form_of_credit, r.obligatory) for r in rows.values()] == [
        ("Wstęp do programowania", 1, Decimal("6.0"), 60, "E", True),
        ("Logika i teoria mnogości", 1, Decimal("4.5"), 45, "ZO", True),
        ("Źródła prawa autorskiego", 2, Decimal("1.0"), 15, "ZAL", False),
        ("Ćwiczenia z fizyki", 2, Decimal("3.0"), 30, "ZO", False),
    ]
    assert [p.name_pl for p in services.programmes.list()] == ["Informatyka"]  # the programme stays as it was


def test_xlsx_with_notes_above_the_header_and_numeric_cells(services, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["# Siatka zajęć, wersja robocza"])
    sheet.append(["kod", "nazwa", "nazwa angielska", "semestr", "ects", "godziny wykład", "godziny ćwiczenia",
                  "forma zaliczenia", "grupa", "isced", "rok akademicki", "kod kierunku", "nazwa kierunku"])
    sheet.append(["PR-1", "Prawo rzymskie", "Roman Law", 1, 5, 30, 30, "E", "OBL", 421, "2025/2026", "PRAWO-JM",
                  "Prawo"])
    sheet.append([None] * 13)
    sheet.append([2002, "Logika dla prawników", "Logic for Lawyers", 1.0, 2.5, 15, None, "ZO", "WYB", 223.0,
                  "2025/26", "prawo-jm", "Prawo"])
    book.save(tmp_path / "siatka.xlsx")
    preview = services.grid.preview(tmp_path / "siatka.xlsx", "PRAWO-JM", YEAR)
    assert preview.encoding == "xlsx" and preview.programme_name_pl == "Prawo"
    assert [(r.line, r.code, r.semester, r.ects, r.hours, r.isced, r.status) for r in preview.rows] == [
        (3, "PR-1", 1, Decimal("5.0"), 60, "0421", RowStatus.NEW),
        (5, "2002", 1, Decimal("2.5"), 15, "0223", RowStatus.NEW)]
    result = services.grid.apply(preview)
    assert (result.created, result.programme_created) == (2, True)
    assert [row.obligatory for row in services.grid.courses("PRAWO-JM", YEAR)] == [False, True]


def test_broken_rows_are_named_and_skipped(services, tmp_path) -> None:
    path = write(tmp_path / "broken.csv",
                 "# notes; with \"quotes\n"
                 "course_code,course_name_pl,semester,ects,hours,form_of_credit,group,academic_year,isced\n"
                 "A-1,Dobry,1,5,30,E,OBL,2025/26,0613\n"
                 ",Bez kodu,1,5,30,E,OBL,,\n"
                 "A-2,,1,5,30,E,OBL,,\n"
                 "A-3,Bez semestru,,5,30,E,OBL,,\n"
                 "A-4,Bez ECTS,1,,30,E,OBL,,\n"
                 "A-5,Złe ECTS,1,pięć,30,E,OBL,,\n"
                 "A-6,Semestr 15,15,5,30,E,OBL,,\n"
                 "A-1,Powtórzony,1,5,30,E,OBL,,\n"
                 "A-7,Zła forma,1,5,30,kolokwium,OBL,,\n"
                 "A-8,Zła grupa,1,5,30,E,może,,\n"
                 "A-9,Złe godziny,1,5,dużo,E,OBL,,\n"
                 "A-10,Inny rok,1,5,30,E,OBL,2024/25,\n"
                 "A-11,Zły ISCED,1,5,30,E,OBL,,informatyka\n"
                 "A-12,Za dużo ECTS po przecinku,1,\"2,25\",30,E,OBL,,\n")
    preview = services.grid.preview(path, "SYN-INF-S1", YEAR)
    problems = {row.line: row.problems for row in preview.rows}
    assert problems[3] == ()
    assert problems[4] == (Problem("Missing course code."),)
    assert problems[5] == (Problem("Missing course name."),)
    assert problems[6] == (Problem("Missing semester."),)
    assert problems[7] == (Problem("Missing ECTS."),)
    assert "ECTS value \"pięć\"" in problems[8][0].render()
    assert problems[9][0].render() == "Bad semester \"15\" (a whole number from 1 to 14)."
    assert problems[10] == (Problem("Duplicate course code {code} (already on line {line}).", code="A-1", line=3),)
    assert "form of credit \"kolokwium\"" in problems[11][0].render()
    assert "group \"może\"" in problems[12][0].render()
    assert "hours \"dużo\" in the column \"hours\"" in problems[13][0].render()
    assert problems[14][0].render() == "The row is for the academic year 2024/25, not 2025/26."
    assert "ISCED code \"informatyka\"" in problems[15][0].render()
    assert "\"2,25\"" in problems[16][0].render()
    assert course_count(services) == 0
    result = services.grid.apply(preview)
    assert (result.created, result.skipped) == (1, 13)
    assert [row.code for row in services.grid.courses("SYN-INF-S1", YEAR)] == ["A-1"]


def test_a_file_for_another_programme_is_refused_row_by_row(services) -> None:
    preview = services.grid.preview(GRID, "SYN-INF-S2", YEAR)
    assert {row.status for row in preview.rows} == {RowStatus.ERROR}
    assert preview.rows[0].problems == (Problem("The row is for the programme {found}, not {expected}.",
                                                found="SYN-INF-S1", expected="SYN-INF-S2"),)
    with pytest.raises(ValidationError, match="no valid rows"):
        services.grid.apply(preview)
    assert services.programmes.list() == []
    # the case of a code is no disagreement, and an existing programme is found whatever its case
    services.programmes.add("SYN-INF-S1", "Informatyka")
    again = services.grid.preview(GRID, "syn-inf-s1", YEAR)
    assert again.programme_exists and again.programme_code == "SYN-INF-S1"
    assert {row.status for row in again.rows} == {RowStatus.NEW}


def test_a_file_without_a_required_column_is_refused(services, tmp_path) -> None:
    path = write(tmp_path / "x.csv", "kod;nazwa;semestr\nA;B;1\n")
    with pytest.raises(ImportFileError, match="no column for: ECTS, form of credit"):
        services.grid.preview(path, "SYN-INF-S1", YEAR)
    twice = write(tmp_path / "twice.csv", "kod;kod przedmiotu;nazwa;semestr;ects;forma zaliczenia\n")
    with pytest.raises(ImportFileError, match="Two columns hold the course code"):
        services.grid.preview(twice, "SYN-INF-S1", YEAR)


@pytest.mark.parametrize("year", ["2025", "2025/27", "25/26", ""])
def test_a_bad_academic_year_is_refused(services, year) -> None:
    with pytest.raises(ValidationError, match="academic year"):
        services.grid.preview(GRID, "SYN-INF-S1", year)


def test_academic_year_spellings() -> None:
    assert [normalise_academic_year(t) for t in ("2025/26", "2025/2026", "2025-26", "2025 – 2026", "1999/00")] == [
        "2025/26", "2025/26", "2025/26", "2025/26", "1999/00"]
    assert normalise_academic_year("2025/25") is None


def test_only_officers_and_administrators_import_and_edit(services, dean, officer) -> None:
    preview = dean.grid.preview(GRID, "SYN-INF-S1", YEAR)  # looking is allowed
    with pytest.raises(PermissionDenied):
        dean.grid.apply(preview)
    officer.grid.apply(preview)
    course = officer.grid.courses("SYN-INF-S1", YEAR)[0]
    with pytest.raises(PermissionDenied):
        dean.grid.update_course(course.id, ects=1)
    assert officer.grid.update_course(course.id, ects=1).ects == Decimal("1.0")


def test_editing_a_course_is_checked_and_audited(services) -> None:
    import_grid(services)
    first, second = services.grid.courses("SYN-INF-S1", YEAR)[:2]
    edited = services.grid.update_course(first.id, ects="6,5", form_of_credit="zaliczenie na ocenę",
                                         obligatory="do wyboru", name_en=" Software  Engineering I ", hours=75)
    assert (edited.ects, edited.form_of_credit, edited.obligatory, edited.name_en, edited.hours) == (
        Decimal("6.5"), "ZO", False, "Software Engineering I", 75)
    event = services.audit.events_for("curriculum_course", first.id)[-1]
    assert event.action == "grid.course.update"
    assert event.before == {"ects": "6.0", "form_of_credit": "E", "obligatory": True, "name_en": "Software Engineering",
                            "hours": 60}
    assert services.grid.update_course(first.id, ects=Decimal("6.5")) == edited  # nothing changed, nothing recorded
    assert len(services.audit.events_for("curriculum_course", first.id)) == 2
    with pytest.raises(ValidationError, match="semester"):
        services.grid.update_course(first.id, semester=15)
    with pytest.raises(ValidationError, match="Missing course name"):
        services.grid.update_course(first.id, name_pl="  ")
    with pytest.raises(DuplicateRecord, match="already has a course SYN-INF-502"):
        services.grid.update_course(first.id, code=second.code)
    with pytest.raises(TypeError):
        services.grid.update_course(first.id, academic_year="2026/27")
    with pytest.raises(NotFound):
        services.grid.update_course(999_999, ects=1)
    assert services.grid.course(first.id) == edited


def test_unknown_programme_and_empty_year(services) -> None:
    with pytest.raises(NotFound, match="Unknown programme"):
        services.grid.courses("NOPE", YEAR)
    import_grid(services)
    assert services.grid.courses("SYN-INF-S1", "2030/31") == []


def test_cancelling_an_import_leaves_nothing(services, tmp_path) -> None:
    rows = "".join(f"C-{i},Przedmiot {i},{i % 7 + 1},1,E\n" for i in range(600))
    path = write(tmp_path / "big.csv", "course_code,course_name_pl,semester,ects,form_of_credit\n" + rows)
    preview = services.grid.preview(path, "BIG", YEAR)
    progress = Progress(lambda done, total: progress.cancel() if done >= 250 else None)
    with pytest.raises(Cancelled):
        services.grid.apply(preview, progress)
    assert course_count(services) == 0
    with services.ctx.sessions() as session:
        assert session.scalar(select(func.count(Programme.id))) == 0


def test_notes_are_skipped_only_when_asked_for(tmp_path) -> None:
    path = write(tmp_path / "notes.csv", "# a note; with \"a quote\n\n# another\nkod;nazwa\nA;B\n")
    noted = read_table(path, comments="#")
    assert (noted.header, noted.rows) == (["kod", "nazwa"], [(5, ["A", "B"])])
    assert read_table(path).header != ["kod", "nazwa"]
    students = write(tmp_path / "students.csv", "#;Nazwisko\n1;Nowak\n")  # a header may start with "#"
    assert read_table(students).header == ["#", "Nazwisko"]
    grid = read_table(GRID, comments="#")
    assert grid.header[:3] == ["programme_code", "programme_name_pl", "level"] and grid.rows[0][0] == 6
