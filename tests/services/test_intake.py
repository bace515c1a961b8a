"""Loading returned EMREX results into decisions, end to end on the real sample files."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Decision, ElmoDocument, ForeignCourse
from app.models import DecisionState as S
from app.services.batch import ALREADY, IMPORTED, REFUSED, BatchService
from app.services.elmo.types import ElmoUnreadable
from app.services.intake import ImportRefused
from tests.conftest import TODAY

DATA = Path(__file__).resolve().parent.parent / "data" / "emrex"
DK = DATA / "samples" / "dk" / "elmo-tomcat-signed.xml"
DK_ZIPPED = DATA / "samples" / "dk" / "elmo-tomcat-signed-zipped-base64.txt"


def add_student(services, album: str, given: str, family: str, born: date) -> int:
    path = Path(tempfile.mkdtemp(prefix="uznania-students-")) / f"{album}.csv"
    path.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                    f"{album};{family};{given};{born.isoformat()};SYN-INF-S1;erasmus\n", encoding="utf-8")
    services.student_import.apply(services.student_import.preview(path))
    [decision_id] = services.decisions.open([album], TODAY + timedelta(days=30), "5")
    return decision_id


@pytest.fixture
def desk(seeded):
    seeded.trust.import_file(DATA / "registry" / "emreg-emps-example.json")
    return seeded


@pytest.fixture
def jens(desk) -> int:
    return add_student(desk, "700001", "Jens", "Hansen", date(1980, 12, 9))


def stored(services, model) -> int:
    with services.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_trust_store_from_a_registry(desk) -> None:
    rows = desk.trust.list()
    assert {r.acronym for r in rows} >= {"DK-TEST"}
    dk = next(r for r in rows if r.acronym == "DK-TEST")
    assert (dk.country, dk.source, len(dk.fingerprint)) == ("DK", "emreg", 64)
    again = desk.trust.import_file(DATA / "registry" / "emreg-emps-example.json")
    assert (again.added, again.updated) == (0, 0) and again.unchanged == len(rows)
    assert [e.action for e in desk.audit.events_for("trusted_emp", dk.fingerprint)] == ["trust.add"]


def test_inspect_a_valid_document(desk) -> None:
    inspection = desk.intake.inspect(DK.read_bytes())
    assert inspection.signature.status == "valid" and inspection.verified
    assert inspection.signer.acronym == "DK-TEST"
    learner = inspection.content.learner
    assert (learner.given_names, learner.family_name, learner.birth_date) == ("Jens", "Hansen", date(1980, 12, 9))
    assert inspection.content.courses and all(c.grade for c in inspection.content.courses)
    assert any(a.data.startswith(b"%PDF") for a in inspection.content.attachments)


def test_import_stores_the_bytes_untouched_with_verdicts_and_courses(desk, jens) -> None:
    data = DK.read_bytes()
    preview = desk.intake.preview(jens, data)
    assert preview.importable and preview.identity.status == "match"
    done = desk.intake.import_document(jens, data, DK.name)
    courses = preview.inspection.content.courses
    assert done.courses == len(courses)
    with desk.ctx.sessions() as session:
        document = session.get(ElmoDocument, done.document_id)
        assert document.received_bytes == data
        assert document.sha256 == hashlib.sha256(data).hexdigest()
        assert (document.signature_status, document.identity_status) == ("valid", "match")
        assert session.get(Decision, jens).results_loaded_at is not None
        grades = sorted(c.original_grade for c in session.scalars(select(ForeignCourse)))
    assert grades == sorted(c.grade for c in courses)
    results = desk.results.for_decision(jens)
    assert len(results.courses) == len(courses) and results.documents[0].emp == "DK-TEST"
    assert desk.decisions.get(jens).decision.results_loaded
    assert desk.audit.events_for("decision", jens)[-1].action == "elmo.import"


def test_the_same_document_in_another_transport_is_not_imported_twice(desk, jens) -> None:
    desk.intake.import_document(jens, DK.read_bytes(), DK.name)
    preview = desk.intake.preview(jens, DK_ZIPPED.read_bytes())
    assert preview.inspection.decoded.transport == "gzip+base64"
    assert any("already imported" in p.render() for p in preview.refusals)
    with pytest.raises(ImportRefused, match="already imported"):
        desk.intake.import_document(jens, DK_ZIPPED.read_bytes(), DK_ZIPPED.name)
    assert stored(desk, ElmoDocument) == 1


@pytest.mark.parametrize("name,reason", [
    ("samples/dk/elmo-tomcat-unsigned.xml", "not signed"),
    ("samples/dk/elmo-tomcat-signed-beautified.xml", "not valid"),
])
def test_unsigned_or_changed_documents_are_refused(desk, jens, name, reason) -> None:
    with pytest.raises(ImportRefused, match=reason):
        desk.intake.import_document(jens, (DATA / name).read_bytes(), name)
    assert stored(desk, ElmoDocument) == stored(desk, ForeignCourse) == 0


def test_an_untrusted_contact_point_is_refused(seeded) -> None:
    decision = add_student(seeded, "700002", "Jens", "Hansen", date(1980, 12, 9))
    with pytest.raises(ImportRefused, match="not in the trust store"):
        seeded.intake.import_document(decision, DK.read_bytes(), DK.name)


def test_another_person_is_refused(desk) -> None:
    decision = add_student(desk, "700003", "Zofia", "Łódzka", date(1980, 12, 9))
    with pytest.raises(ImportRefused, match="not the student"):
        desk.intake.import_document(decision, DK.read_bytes(), DK.name)
    other = add_student(desk, "700004", "Jens", "Hansen", date(1980, 12, 10))
    with pytest.raises(ImportRefused, match="Birth date"):
        desk.intake.import_document(other, DK.read_bytes(), DK.name)


def test_a_near_miss_needs_a_written_reason(desk) -> None:
    decision = add_student(desk, "700005", "Jens", "Hanssen", date(1980, 12, 9))
    with pytest.raises(ImportRefused, match="written reason"):
        desk.intake.import_document(decision, DK.read_bytes(), DK.name)
    desk.intake.import_document(decision, DK.read_bytes(), DK.name,
                                near_miss_reason="Nazwisko w USOS z literówką; zgodne z paszportem")
    event = desk.audit.events_for("decision", decision)[-1]
    assert event.reason.startswith("Nazwisko w USOS") and event.after["identity"] == "near_miss"


def test_only_the_selected_courses(desk, jens) -> None:
    courses = desk.intake.inspect(DK.read_bytes()).content.courses
    chosen = [courses[0].key]
    done = desk.intake.import_document(jens, DK.read_bytes(), DK.name, selected=chosen)
    assert done.courses == 1
    assert [c.title for c in desk.results.for_decision(jens).courses] == [courses[0].titles[0].text]


def test_a_decision_that_does_not_await_results(desk, jens) -> None:
    desk.decisions.move(jens, S.CANCELLED, "rezygnacja")
    with pytest.raises(ImportRefused, match="does not await results"):
        desk.intake.import_document(jens, DK.read_bytes(), DK.name)


def test_reverify_after_the_trust_store_changed(desk, jens) -> None:
    done = desk.intake.import_document(jens, DK.read_bytes(), DK.name)
    assert desk.intake.reverify(done.document_id).status == "valid"
    dk = next(r for r in desk.trust.list() if r.acronym == "DK-TEST")
    desk.trust.deactivate(dk.id, "klucz skompromitowany")
    assert desk.intake.reverify(done.document_id).status == "unknown_signer"
    document = desk.results.for_decision(jens).documents[0]
    assert (document.signature_status, document.reverified_status) == ("valid", "unknown_signer")


def test_broken_documents_give_a_reason_and_store_nothing(desk, jens) -> None:
    broken = DATA / "samples" / "official" / "elmo-schemas-example-de-v1.7-preview.xml"
    with pytest.raises(ElmoUnreadable):
        desk.intake.import_document(jens, broken.read_bytes(), broken.name)
    assert stored(desk, ElmoDocument) == 0


def test_a_batch_finds_each_students_decision(desk, jens, tmp_path) -> None:
    folder = tmp_path / "emrex"
    folder.mkdir()
    shutil.copy(DK, folder / "01-hansen.xml")
    shutil.copy(DATA / "samples" / "dk" / "elmo-tomcat-unsigned.xml", folder / "02-unsigned.xml")
    (folder / "03-garbage.bin").write_bytes(b"\x00\x01 not a document")
    from app.services.batch import returned_files
    result = BatchService(desk.ctx).run(returned_files(folder))
    assert [i.outcome for i in result.items] == [IMPORTED, REFUSED, REFUSED]
    assert result.items[0].decision_number.startswith("UZN/") and result.items[0].courses > 0
    assert all(item.reason.render() for item in result.items[1:])
    again = BatchService(desk.ctx).run(returned_files(folder))
    assert [i.outcome for i in again.items] == [ALREADY, REFUSED, REFUSED]
    assert stored(desk, ElmoDocument) == 1


def test_the_same_signed_content_in_other_clothes_is_one_document(desk, jens) -> None:
    data = DK.read_bytes()
    desk.intake.import_document(jens, data, DK.name)
    without_declaration = data.split(b"?>", 1)[1].lstrip()
    other_line_ends = data.replace(b"\n", b"\r\n")
    trailing_comment = data.rstrip() + b"\n<!-- forwarded by the student -->\n"
    for variant in (without_declaration, other_line_ends, trailing_comment):
        inspection = desk.intake.inspect(variant)
        assert inspection.signature.status == "valid"
        with pytest.raises(ImportRefused, match="already imported"):
            desk.intake.import_document(jens, variant, "copy.xml")
    assert stored(desk, ElmoDocument) == 1


def test_a_switched_off_contact_point_stays_off_when_its_registry_comes_again(desk) -> None:
    dk = next(r for r in desk.trust.list() if r.acronym == "DK-TEST")
    desk.trust.set_active(dk.id, False, "klucz skompromitowany")
    result = desk.trust.import_file(DATA / "registry" / "emreg-emps-example.json")
    assert result.added == 0
    assert desk.intake.inspect(DK.read_bytes()).signature.status == "unknown_signer"
    row = next(r for r in desk.trust.list(include_inactive=True) if r.acronym == "DK-TEST")
    assert (row.active, row.validity) == (False, "switched_off")
    desk.trust.set_active(dk.id, True, "nowa weryfikacja klucza")
    assert desk.intake.inspect(DK.read_bytes()).signature.status == "valid"
    actions = [e.action for e in desk.audit.events_for("trusted_emp", dk.fingerprint)]
    assert actions == ["trust.add", "trust.deactivate", "trust.activate"]


def test_failed_and_in_progress_courses_are_not_counted(desk) -> None:
    from app.services.elmo.types import Course, ElmoContent, Learner
    content = ElmoContent(format="elmo-1", version="1.x", namespace="", generated=None,
                          learner=Learner("A", "B"), issuers=(), courses=(
                              Course("a", (), ects=Decimal(5), status="passed"),
                              Course("b", (), ects=Decimal(5), status="failed"),
                              Course("c", (), ects=Decimal(30), status="in-progress")))
    assert content.ects_total == 5 and [c.key for c in content.passed] == ["a"]


def test_a_refusal_is_translated_reason_by_reason(desk, jens) -> None:
    unsigned = DATA / "samples" / "dk" / "elmo-tomcat-unsigned.xml"
    with pytest.raises(ImportRefused) as refusal:
        desk.intake.import_document(jens, unsigned.read_bytes(), unsigned.name)
    pl = {"The results cannot be imported:": "Nie można zaimportować wyników:",
          "The document is not signed; only results signed by a trusted contact point count.": "NIEPODPISANY"}
    assert refusal.value.render(lambda ctx, text: pl.get(text, text)) == "Nie można zaimportować wyników: NIEPODPISANY"


def test_only_officers_reverify(desk, jens, database) -> None:
    from app.services.context import Role
    from app.services.errors import PermissionDenied
    from tests.conftest import make_services
    done = desk.intake.import_document(jens, DK.read_bytes(), DK.name)
    with pytest.raises(PermissionDenied):
        make_services(database, roles={Role.AUDITOR}, login="audytor").intake.reverify(done.document_id)


def test_a_cancelled_batch_keeps_what_it_did(desk, jens, tmp_path) -> None:
    from app.services.progress import Progress
    folder = tmp_path / "emrex"
    folder.mkdir()
    shutil.copy(DK, folder / "01.xml")
    shutil.copy(DATA / "samples" / "dk" / "elmo-tomcat-unsigned.xml", folder / "02.xml")
    from app.services.batch import returned_files
    progress = Progress(lambda done, total: progress.cancel() if done == 0 else None)  # during the first file
    result = BatchService(desk.ctx).run(returned_files(folder), progress)
    assert result.cancelled and [i.outcome for i in result.items] == [IMPORTED]
    again = BatchService(desk.ctx).run(returned_files(folder))
    assert again.items[1].reason.render().startswith("The document is not signed")
