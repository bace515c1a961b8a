from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import AdmissionKind, Student
from app.services.errors import Cancelled, ImportFileError, Problem, ValidationError
from app.services.progress import Progress
from app.services.student_import import RowStatus


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def student_count(services) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count(Student.id)))


@pytest.fixture
def programmes(services):
    services.programmes.add("SYN-INF-S1", "Informatyka", "Computer Science")
    services.programmes.add("PRAWO-JM", "Prawo", "Law")
    return services


def test_windows_1250_with_commas_and_english_headers(programmes, tmp_path) -> None:
    path = write(tmp_path / "export.csv",
                 "Album number,Family name,Given names,Date of birth,Programme,Cohort,Admission kind\r\n"
                 "200001,Gęsicka,Łucja,14.05.2001,SYN-INF-S1,2025/26,transfer\r\n"
                 "200002,Ślusarczyk,Źdźisław,2000-12-01,Prawo,2024/25,short-term\r\n", "cp1250")
    preview = programmes.student_import.preview(path)
    assert preview.encoding == "cp1250"
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.NEW]
    result = programmes.student_import.apply(preview)
    assert (result.created, result.updated, result.skipped) == (2, 0, 0)
    gesicka = programmes.students.get("200001")
    assert (gesicka.family_name, gesicka.given_names, gesicka.birth_date) == ("Gęsicka", "Łucja", date(2001, 5, 14))
    assert gesicka.admission_kind == AdmissionKind.TRANSFER
    other = programmes.students.get("200002")
    assert (other.given_names, other.programme_code, other.admission_kind) == ("Źdźisław", "PRAWO-JM",
                                                                               AdmissionKind.SHORT_TERM)


def test_utf8_with_bom_semicolons_and_polish_headers(programmes, tmp_path) -> None:
    path = write(tmp_path / "usos.txt",
                 "\ufeffNr albumu;Nazwisko;Imię;Data urodzenia;Kierunek studiów;Cykl;Tryb przyjęcia;Adres e-mail\n"
                 "200003;Żak;Iga;1999-02-28;informatyka;2025/26;powrót z Erasmus+;iga@example.pl\n")
    preview = programmes.student_import.preview(path)
    assert preview.encoding == "utf-8"
    assert preview.columns["given_names"] == "Imię"
    [row] = preview.rows
    assert (row.status, row.family_name, row.programme_code, row.admission_kind, row.email) == (
        RowStatus.NEW, "Żak", "SYN-INF-S1", AdmissionKind.ERASMUS_RETURN, "iga@example.pl")


def test_xlsx_with_date_cells_and_numeric_album_numbers(programmes, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Numer albumu", "Nazwisko", "Imiona", "Data urodzenia", "Kierunek", "Rocznik", "Tryb przyjęcia"])
    sheet.append([200010, "Kołodziej", "Bartłomiej", datetime(2001, 3, 9), "PRAWO-JM", "2024/25", "Erasmus"])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["200011", "Szczęsna", "Urszula", "09.03.2002", "Prawo", "2024/25", "przeniesienie"])
    book.save(tmp_path / "studenci.xlsx")
    preview = programmes.student_import.preview(tmp_path / "studenci.xlsx")
    assert preview.encoding == "xlsx"
    assert [(r.line, r.album_number, r.birth_date, r.status) for r in preview.rows] == [
        (2, "200010", date(2001, 3, 9), RowStatus.NEW), (4, "200011", date(2002, 3, 9), RowStatus.NEW)]
    programmes.student_import.apply(preview)
    assert student_count(programmes) == 2


def test_broken_rows_are_named_and_nothing_is_written_before_apply(programmes, tmp_path) -> None:
    path = write(tmp_path / "broken.csv",
                 "album;nazwisko;imiona;data urodzenia;kierunek;tryb przyjęcia\n"
                 "200020;Nowak;Anna;2001-01-01;SYN-INF-S1;transfer\n"
                 ";Bez Albumu;Jan;2001-01-01;SYN-INF-S1;transfer\n"
                 "200020;Nowak;Anna;2001-01-01;SYN-INF-S1;transfer\n"
                 "200021;Zła;Data;31.02.2001;SYN-INF-S1;transfer\n"
                 "200022;Obcy;Kierunek;2001-01-01;Astrofizyka;transfer\n"
                 "200023;Bez;Trybu;2001-01-01;SYN-INF-S1;\n"
                 "200024;Zły;Tryb;2001-01-01;SYN-INF-S1;wymiana studencka\n")
    preview = programmes.student_import.preview(path)
    problems = {row.line: row.problems for row in preview.rows}
    assert problems[2] == ()
    assert problems[3] == (Problem("Missing album number."),)
    assert problems[4] == (Problem("Duplicate album number {album} (already on line {line}).", album="200020",
                                   line=2),)
    assert problems[5] == (Problem("Bad birth date \"{value}\".", value="31.02.2001"),)
    assert problems[6] == (Problem("Unknown programme \"{programme}\".", programme="Astrofizyka"),)
    assert "admission kind" in problems[7][0].render()
    assert "wymiana studencka" in problems[8][0].render()
    assert student_count(programmes) == 0  # a preview writes nothing
    result = programmes.student_import.apply(preview)
    assert (result.created, result.skipped) == (1, 6)
    assert student_count(programmes) == 1


def test_a_default_admission_kind_fills_rows_that_do_not_say(programmes, tmp_path) -> None:
    path = write(tmp_path / "bez_trybu.csv", "album;nazwisko;imiona;data urodzenia;kierunek\n"
                                             "200030;Bąk;Ewa;2001-01-01;SYN-INF-S1\n")
    preview = programmes.student_import.preview(path, AdmissionKind.ERASMUS_RETURN)
    assert [row.status for row in preview.rows] == [RowStatus.NEW]
    programmes.student_import.apply(preview)
    assert programmes.students.get("200030").admission_kind == AdmissionKind.ERASMUS_RETURN
    # the default is for new students only: a known student keeps his kind
    again = programmes.student_import.preview(path, AdmissionKind.TRANSFER)
    assert [(row.status, row.changes) for row in again.rows] == [(RowStatus.UNCHANGED, ())]


def test_reimport_with_fewer_columns_keeps_what_the_file_does_not_say(programmes, tmp_path) -> None:
    full = write(tmp_path / "full.csv", "album;nazwisko;imiona;data urodzenia;kierunek;cykl;tryb przyjęcia;email;esi\n"
                                        "200050;Bąk;Ewa;2001-01-01;SYN-INF-S1;2024/25;transfer;ewa@x.pl;urn:esi:1\n")
    programmes.student_import.apply(programmes.student_import.preview(full))
    short = write(tmp_path / "short.csv", "album;nazwisko;imiona;data urodzenia;kierunek\n"
                                          "200050;Bąk-Nowak;Ewa;2001-01-01;SYN-INF-S1\n")
    preview = programmes.student_import.preview(short)
    assert [(r.status, r.changes) for r in preview.rows] == [(RowStatus.UPDATE, ("family_name",))]
    programmes.student_import.apply(preview)
    student = programmes.students.get("200050")
    assert (student.family_name, student.cohort, student.email, student.esi, student.admission_kind) == (
        "Bąk-Nowak", "2024/25", "ewa@x.pl", "urn:esi:1", AdmissionKind.TRANSFER)


def test_a_programme_name_shared_by_two_programmes_needs_the_code(programmes, tmp_path) -> None:
    programmes.programmes.add("SYN-INF-S2", "Informatyka", "Computer Science (MSc)")
    path = write(tmp_path / "p.csv", "album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                                     "200060;Bąk;Ewa;2001-01-01;Informatyka;transfer\n"
                                     "200061;Bąk;Jan;2001-01-01;syn-inf-s2;transfer\n")
    first, second = programmes.student_import.preview(path).rows
    assert "ambiguous (SYN-INF-S1, SYN-INF-S2)" in first.problems[0].render()
    assert (second.status, second.programme_code) == (RowStatus.NEW, "SYN-INF-S2")


def test_too_long_values_and_duplicate_columns(programmes, tmp_path) -> None:
    path = write(tmp_path / "long.csv", "album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                                        f"200070;{'Ż' * 121};Ewa;2001-01-01;SYN-INF-S1;transfer\n")
    [row] = programmes.student_import.preview(path).rows
    assert row.problems[0].render() == "The family name is longer than 120 characters."
    twice = write(tmp_path / "twice.csv",
                  "album;nazwisko;Nazwisko;imiona;data urodzenia;kierunek\n1;A;B;C;2001-01-01;X\n")
    with pytest.raises(ImportFileError, match="Two columns hold the family name"):
        programmes.student_import.preview(twice)


def test_a_quoted_field_over_two_lines_is_one_row(programmes, tmp_path) -> None:
    path = write(tmp_path / "q.csv", 'album;nazwisko;imiona;data urodzenia;kierunek;tryb\n'
                                     '200080;"Wielo\nliniowa";Ewa;2001-01-01;SYN-INF-S1;transfer\n'
                                     '200081;Bąk;;2001-01-01;SYN-INF-S1;transfer\n')
    first, second = programmes.student_import.preview(path).rows
    assert (first.line, first.family_name, first.status) == (2, "Wielo liniowa", RowStatus.NEW)
    assert second.line == 4 and second.problems == (Problem("Missing given names."),)


def test_iso_8859_2_and_utf16_files_are_recognised(programmes, tmp_path) -> None:
    text = ("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
            "200090;Świątek;Źdźisława;2001-01-01;SYN-INF-S1;transfer\n")
    for encoding, label in (("iso-8859-2", "iso-8859-2"), ("utf-16", "utf-16"), ("cp1250", "cp1250")):
        preview = programmes.student_import.preview(write(tmp_path / f"{label}.csv", text, encoding))
        assert preview.encoding == label
        assert (preview.rows[0].family_name, preview.rows[0].given_names) == ("Świątek", "Źdźisława")


def test_damaged_spreadsheet_and_overlong_field(programmes, tmp_path) -> None:
    import zipfile
    book = Workbook()
    book.active.append(["album", "nazwisko"])
    book.save(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as source, zipfile.ZipFile(tmp_path / "bad.xlsx", "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: len(data) // 2] if item.filename.endswith("sheet1.xml") else data)
    with pytest.raises(ImportFileError, match="spreadsheet cannot be read"):
        programmes.student_import.preview(tmp_path / "bad.xlsx")
    huge = write(tmp_path / "huge.csv", 'album;nazwisko\n1;"' + "x" * 200_000 + '"\n')
    with pytest.raises(ImportFileError, match="line 2"):
        programmes.student_import.preview(huge)


def test_reimport_updates_and_never_duplicates(programmes, tmp_path) -> None:
    header = "album;nazwisko;imiona;data urodzenia;kierunek;tryb przyjęcia;email\n"
    first = write(tmp_path / "a.csv", header + "200040;Mazur;Ewa;2001-01-01;SYN-INF-S1;transfer;\n"
                                               "200041;Król;Iga;2001-02-02;PRAWO-JM;transfer;\n")
    programmes.student_import.apply(programmes.student_import.preview(first))
    second = write(tmp_path / "b.csv", header + "200040;Mazur-Kowalska;Ewa;2001-01-01;SYN-INF-S1;transfer;e@x.pl\n"
                                                "200041;Król;Iga;2001-02-02;PRAWO-JM;transfer;\n")
    preview = programmes.student_import.preview(second)
    assert [(r.status, r.changes) for r in preview.rows] == [
        (RowStatus.UPDATE, ("family_name", "email")), (RowStatus.UNCHANGED, ())]
    result = programmes.student_import.apply(preview)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert student_count(programmes) == 2
    assert programmes.students.get("200040").family_name == "Mazur-Kowalska"
    [created, updated] = programmes.audit.events_for("student", "200040")
    assert (created.action, updated.action) == ("student.import", "student.update")
    assert updated.before == {"family_name": "Mazur", "email": ""}
    assert updated.after == {"family_name": "Mazur-Kowalska", "email": "e@x.pl"}


def test_cancelling_an_import_leaves_nothing(programmes, tmp_path) -> None:
    rows = "".join(f"{300000 + i};Nowak;Jan;2001-01-01;SYN-INF-S1;transfer\n" for i in range(600))
    path = write(tmp_path / "big.csv", "album;nazwisko;imiona;data urodzenia;kierunek;tryb przyjęcia\n" + rows)
    preview = programmes.student_import.preview(path)
    progress = Progress(lambda done, total: progress.cancel() if done >= 250 else None)
    with pytest.raises(Cancelled):
        programmes.student_import.apply(preview, progress)
    assert student_count(programmes) == 0


def test_a_file_without_required_columns_is_refused(programmes, tmp_path) -> None:
    path = write(tmp_path / "x.csv", "name;city\nAnna;Łódź\n")
    expected = "no column for: album number, family name, given names, birth date, programme"
    with pytest.raises(ImportFileError, match=expected):
        programmes.student_import.preview(path)


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old Excel"),
    (b"\x89PNG\r\n\x1a\n\0\0\0", "neither CSV nor XLSX"),
    (b"PK\x03\x04broken zip", "spreadsheet cannot be read"),
])
def test_unreadable_files_get_a_clear_error(programmes, tmp_path, content, message) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        programmes.student_import.preview(path)


def test_missing_file(programmes, tmp_path) -> None:
    with pytest.raises(ImportFileError, match="cannot be opened"):
        programmes.student_import.preview(tmp_path / "nie_ma.csv")


def test_nothing_valid_to_import(programmes, tmp_path) -> None:
    path = write(tmp_path / "bad.csv", "album;nazwisko;imiona;data urodzenia;kierunek\n;;;;\n1;A;B;x;Y\n")
    preview = programmes.student_import.preview(path)
    with pytest.raises(ValidationError, match="no valid rows"):
        programmes.student_import.apply(preview)
