"""EMREX intake: inspecting and importing a large signed transcript, the cost of the desk's signature checks over a
bare signxml verification, and a batch of 1,000 signed documents loaded in the background while the main thread
keeps ticking.

In-process and offscreen, on a new SQLite desk in a temporary folder (the cached demo database is not used). The
documents are signed here with a throwaway RSA key whose self-signed certificate is pinned in the desk's trust
store; generating and signing them is not timed.

    python benchmarks/emrex.py [--runs 15] [--verify-runs 200] [--documents 1000] [--profile] [--keep]
"""

from __future__ import annotations

import argparse
import base64
import copy
import cProfile
import gzip
import hashlib
import io
import logging
import pstats
import shutil
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _common import ROOT, median, percentile, sandbox_this_process, table, verdict

DATA = ROOT / "tests" / "data" / "emrex"
SWEDISH = DATA / "samples" / "se" / "swedish_1_elmo1.0.xml"
DK_SIGNED = DATA / "samples" / "dk" / "elmo-tomcat-signed.xml"
DK_UNSIGNED = DATA / "samples" / "dk" / "elmo-tomcat-unsigned.xml"
DK_CERT = DATA / "certs" / "dk-emrex-test.cer"

DS = "http://www.w3.org/2000/09/xmldsig#"
ELMO = "https://github.com/emrex-eu/elmo-schemas/tree/v1"

TARGET_VERIFY_RATIO = 1.3
TARGET_BATCH_S = 90.0
TARGET_GAP_P99_MS = 100.0
TARGET_GAP_MAX_MS = 250.0
TICK_MS = 20

PROGRAMME = "SYN-INF-S1"
GIVEN = ["Zofia", "Łucja", "Jędrzej", "Bożena", "Grzegorz", "Małgorzata", "Wojciech", "Żaneta", "Michał",
         "Agnieszka", "Paweł", "Katarzyna", "Józef", "Ewa", "Stanisław", "Jadwiga", "Mikołaj", "Halina",
         "Bartłomiej", "Urszula", "Przemysław", "Jolanta", "Ludwik", "Bogumiła"]
FAMILY = ["Łódzka", "Żółkiewski", "Wróbel", "Nowak", "Kowalczyk", "Wiśniewska", "Dąbrowski", "Szczęsna",
          "Kamiński", "Zieliński", "Woźniak", "Kozłowska", "Jankowski", "Mazur", "Krawczyk", "Piątek", "Grabowski",
          "Pawłowska", "Michalski", "Zając", "Król", "Wieczorek", "Jabłoński", "Wójcik", "Majewska", "Olszewski",
          "Stępień", "Malinowski", "Górecka", "Dudek", "Śliwa", "Ćwik", "Nowak-Jeziorańska"]
COURSES = ["Kaffens Historie", "Dyrkning", "Høst", "Ristning", "Robusta", "Algoritmer og datastrukturer",
           "Databaser", "Lineær algebra", "Dansk for udvekslingsstuderende", "Softwarearkitektur",
           "Maskinlæring", "Sikkerhed i netværk"]
GRADES = ["12", "10", "7", "4", "02"]
CREDITS = ["5.0000", "7.5000", "10.000", "15.000"]


# -- signing (not timed) ---------------------------------------------------------------------------------------
class Signer:
    """A throwaway contact point: an RSA key and a self-signed certificate valid 2020–2040."""

    def __init__(self) -> None:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.hazmat.primitives.serialization import Encoding
        from cryptography.x509.oid import NameOID

        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Throwaway benchmark EMP"),
                             x509.NameAttribute(NameOID.COMMON_NAME, "bench-emp.example")])
        self.cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                     .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
                     .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
                     .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC)).sign(self.key, hashes.SHA256()))
        self.pem = self.cert.public_bytes(Encoding.PEM)
        self.fingerprint = hashlib.sha256(self.cert.public_bytes(Encoding.DER)).hexdigest()

        from signxml import CanonicalizationMethod, DigestAlgorithm, SignatureMethod, XMLSigner, methods

        class AllowingSha1(XMLSigner):  # signxml refuses to *create* SHA-1 signatures unless told otherwise
            def check_deprecated_methods(self) -> None:
                pass

        self._signers = {
            True: AllowingSha1(method=methods.enveloped, signature_algorithm=SignatureMethod.RSA_SHA1,
                               digest_algorithm=DigestAlgorithm.SHA1,
                               c14n_algorithm=CanonicalizationMethod.CANONICAL_XML_1_0),
            False: AllowingSha1(method=methods.enveloped, signature_algorithm=SignatureMethod.RSA_SHA256,
                                digest_algorithm=DigestAlgorithm.SHA256,
                                c14n_algorithm=CanonicalizationMethod.EXCLUSIVE_XML_CANONICALIZATION_1_0),
        }

    def sign(self, root, sha1: bool = True) -> bytes:
        """Enveloped signature as the last child of the root: RSA-SHA1 + SHA-1 + inclusive C14N as most deployed
        EMPs sign, or RSA-SHA256 + SHA-256 + exclusive C14N."""
        from lxml import etree

        signed = self._signers[sha1].sign(root, key=self.key, cert=[self.cert])
        return etree.tostring(signed, encoding="utf-8", xml_declaration=True)


def without_signature(xml: bytes):
    from lxml import etree

    root = etree.fromstring(xml)
    for signature in root.findall(f"{{{DS}}}Signature"):
        root.remove(signature)
    return root


# -- the desk --------------------------------------------------------------------------------------------------
def new_desk(folder: Path):
    from app.models.db import open_database, sqlite_url
    from app.services.context import Actor, Role, ServiceContext
    from app.services.registry import Services

    database = open_database(sqlite_url(folder / "desk.sqlite3"))
    actor = Actor(login="bench", full_name="Benchmark", roles=frozenset(Role))
    services = Services.create(ServiceContext(sessions=database.sessions, actor=actor))
    services.programmes.add(PROGRAMME, "Informatyka", "Computer Science", "I stopnia", "stacjonarne")
    return database, services


def add_students(services, folder: Path, people: list[tuple[str, str, str, date]]) -> dict[str, int]:
    """Students (album, given names, family name, birth date) through the CSV import, each with one decision
    awaiting results; album → decision id."""
    path = folder / f"students-{people[0][0]}.csv"
    lines = ["album;nazwisko;imiona;data urodzenia;kierunek;tryb"]
    lines += [f"{album};{family};{given};{born.isoformat()};{PROGRAMME};erasmus"
              for album, given, family, born in people]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = services.student_import.preview(path)
    problems = [row for row in preview.rows if row.problems]
    if problems:
        raise RuntimeError(f"student import refused rows: {problems[:3]}")
    services.student_import.apply(preview)
    albums = [p[0] for p in people]
    ids = services.decisions.open(albums, date.today() + timedelta(days=30), "5")
    return dict(zip(albums, ids, strict=True))


def trust(services, signer: Signer, folder: Path) -> None:
    path = folder / "bench-emp.pem"
    path.write_bytes(signer.pem)
    result = services.trust.import_file(path)
    if result.added != 1:
        raise RuntimeError(f"the throwaway certificate was not added to the trust store: {result}")


# -- 1. the Swedish transcript ---------------------------------------------------------------------------------
def swedish(services, signer: Signer, folder: Path, runs: int, profile: cProfile.Profile | None) -> dict:
    from app.services.elmo.reader import read_elmo
    from app.services.elmo.transport import decode_transport
    from app.services.elmo.xmlsafe import parse_xml

    original = SWEDISH.read_bytes()
    learner = read_elmo(parse_xml(decode_transport(original).xml)).learner
    root = without_signature(original)
    los = len(root.findall(f".//{{{ELMO}}}learningOpportunitySpecification"))
    if not (learner.given_names and learner.family_name and learner.birth_date):  # not the case for this file
        learner_element = root.find(f"{{{ELMO}}}learner")
        for name, value in (("givenNames", "Thom"), ("familyName", "Jönsson"), ("bday", "1971-10-20")):
            learner_element.find(f"{{{ELMO}}}{name}").text = value
        given, family, born = "Thom", "Jönsson", date(1971, 10, 20)
    else:
        given, family, born = learner.given_names, learner.family_name, learner.birth_date
    generated = root.find(f"{{{ELMO}}}generatedDate")
    base = datetime.fromisoformat(generated.text)

    total = runs + 1  # one warm-up
    copies = []
    for i in range(total):  # each run its own document: only the generation time differs
        mine = copy.deepcopy(root)
        mine.find(f"{{{ELMO}}}generatedDate").text = (base + timedelta(seconds=i + 1)).isoformat()
        copies.append(signer.sign(mine, sha1=True))
    people = [(f"{800000 + i}", given, family, born) for i in range(total)]
    decisions = add_students(services, folder, people)

    inspect_ms, import_ms, invalid_ms = [], [], []
    courses = set()
    for i, (data, (album, *_)) in enumerate(zip(copies, people, strict=True)):
        if profile and i:
            profile.enable()
        started = time.perf_counter()
        inspection = services.intake.inspect(data)
        inspected = time.perf_counter()
        done = services.intake.import_document(decisions[album], data, f"swedish-{i}.xml")
        ended = time.perf_counter()
        started_invalid = time.perf_counter()
        invalid = services.intake.inspect(original)
        ended_invalid = time.perf_counter()
        if profile and i:
            profile.disable()
        if not inspection.verified or inspection.signature.status != "valid":
            raise RuntimeError(f"the re-signed Swedish file does not verify: {inspection.signature}")
        if invalid.signature.status != "invalid":
            raise RuntimeError(f"the original Swedish file verifies: {invalid.signature}")
        courses.add((len(inspection.content.courses), done.courses))
        if i:  # not the warm-up
            inspect_ms.append((inspected - started) * 1000)
            import_ms.append((ended - inspected) * 1000)
            invalid_ms.append((ended_invalid - started_invalid) * 1000)
    return {"inspect": inspect_ms, "import": import_ms, "invalid": invalid_ms, "courses": courses, "los": los,
            "size": len(copies[0]), "learner": f"{given} {family}, {born.isoformat()}"}


# -- 2. verify_signature against bare signxml ------------------------------------------------------------------
def verification(runs: int) -> dict:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from signxml import DigestAlgorithm, SignatureConfiguration, SignatureMethod, XMLVerifier

    from app.services.elmo.signature import verify_signature
    from app.services.elmo.types import PinnedCertificate

    data, pem = DK_SIGNED.read_bytes(), DK_CERT.read_bytes()
    pinned = [PinnedCertificate(hashlib.sha256(x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER))
                                .hexdigest(), pem, "DK-TEST")]
    at = datetime.now(UTC)
    pem_text = pem.decode("ascii")

    def desk() -> None:
        verdict_, signed = verify_signature(data, pinned, at)
        if verdict_.status != "valid" or signed is None:
            raise RuntimeError(f"verify_signature: {verdict_}")

    def bare() -> None:  # /work/shared/emrex/README.md, "Signatures that real files need"
        verifier = XMLVerifier()
        verifier.excise_empty_xmlns_declarations = True
        config = SignatureConfiguration(
            signature_methods=frozenset({SignatureMethod.RSA_SHA1, SignatureMethod.RSA_SHA256}),
            digest_algorithms=frozenset({DigestAlgorithm.SHA1, DigestAlgorithm.SHA256}),
            location="./", expect_references=1, verification_time=at)
        result = verifier.verify(data, x509_cert=pem_text, expect_config=config)
        if result.signed_xml is None:
            raise RuntimeError("signxml returned no signed XML")

    for _ in range(5):  # warm-up: imports, caches
        desk()
        bare()
    times = {"desk": [], "bare": []}
    for i in range(runs):  # interleaved, the order alternating
        for name, fn in ((("desk", desk), ("bare", bare)) if i % 2 == 0 else (("bare", bare), ("desk", desk))):
            started = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - started) * 1000)
    return times


# -- 3. a batch of 1,000 ---------------------------------------------------------------------------------------
def person(i: int) -> tuple[str, str, str, date]:
    given = GIVEN[i % len(GIVEN)]
    if i % 7 == 3:
        given = f"{given} {GIVEN[(i * 5 + 1) % len(GIVEN)]}"
    family = FAMILY[(i // len(GIVEN) + i) % len(FAMILY)]
    return f"{700000 + i}", given, family, date(1996, 1, 1) + timedelta(days=i)  # distinct birth dates


def generate_batch(signer: Signer, folder: Path, people: list[tuple[str, str, str, date]]) -> dict[str, int]:
    """One signed document per person, on the Danish sample's structure with 3–6 courses; a third of them as
    base64(gzip). File name → number of courses."""
    from lxml import etree

    template = etree.fromstring(DK_UNSIGNED.read_bytes())
    report = template.find(f"{{{ELMO}}}report")
    course_template = report.find(f"{{{ELMO}}}learningOpportunitySpecification")
    for los in report.findall(f"{{{ELMO}}}learningOpportunitySpecification"):
        report.remove(los)
    learner = template.find(f"{{{ELMO}}}learner")
    for identifier in learner.findall(f"{{{ELMO}}}identifier"):
        learner.remove(identifier)
    student_id = etree.Element(f"{{{ELMO}}}identifier", type="studentIdentifier")
    learner.find(f"{{{ELMO}}}citizenship").addnext(student_id)
    learner.find(f"{{{ELMO}}}citizenship").text = "PL"
    generated = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)

    expected = {}
    for i, (album, given, family, born) in enumerate(people):
        root = copy.deepcopy(template)
        when = (generated + timedelta(minutes=i)).isoformat()
        root.find(f"{{{ELMO}}}generatedDate").text = when
        root.find(f"{{{ELMO}}}report/{{{ELMO}}}issueDate").text = when
        me = root.find(f"{{{ELMO}}}learner")
        me.find(f"{{{ELMO}}}identifier").text = f"DK-{album}"
        me.find(f"{{{ELMO}}}givenNames").text = given
        me.find(f"{{{ELMO}}}familyName").text = family
        me.find(f"{{{ELMO}}}bday").text = born.isoformat()
        mine = root.find(f"{{{ELMO}}}report/{{{ELMO}}}issueDate")
        count = 3 + i % 4
        for j in range(count):
            course = copy.deepcopy(course_template)
            course.find(f"{{{ELMO}}}identifier").text = f"K{i:04d}-{j}"
            course.find(f"{{{ELMO}}}title").text = COURSES[(i + j) % len(COURSES)]
            instance = course.find(f"{{{ELMO}}}specifies/{{{ELMO}}}learningOpportunityInstance")
            instance.find(f"{{{ELMO}}}resultLabel").text = GRADES[(i + 2 * j) % len(GRADES)]
            instance.find(f"{{{ELMO}}}credit/{{{ELMO}}}value").text = CREDITS[(i + j) % len(CREDITS)]
            mine.addprevious(course)
        xml = signer.sign(root, sha1=i % 2 == 0)  # half RSA-SHA1/C14N, half RSA-SHA256/exclusive C14N
        if i % 3 == 2:
            packed = gzip.compress(xml)
            body = base64.encodebytes(packed) if i % 6 == 5 else base64.b64encode(packed)  # lines or one line
            name = f"{i:04d}-{album}.txt"
        else:
            body, name = xml, f"{i:04d}-{album}.xml"
        (folder / name).write_bytes(body)
        expected[name] = count
    return expected


def batch(services, folder: Path, timeout: float, profile: cProfile.Profile | None) -> dict:
    """`BatchService.run` in the background exactly as the batch page starts it, with a 20 ms timer ticking on the
    main thread."""
    from PySide6.QtCore import QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.batch import returned_files
    from app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runner = TaskRunner()
    owner = QObject()  # stands for the batch page
    ticks: list[float] = []
    progressed: list[tuple[int, int]] = []
    state: dict = {}

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def finished(key: str):
        def deliver(value) -> None:
            state["ended"] = time.perf_counter()
            state[key] = value
            app.quit()
        return deliver

    def start() -> None:
        state["started"] = time.perf_counter()
        files = returned_files(folder)  # on the main thread, as BatchPage.start does
        progress = runner.progress_relay(lambda done, total: progressed.append((done, total)))
        batch_service = services.batch

        def work():
            if profile:
                profile.enable()
            try:
                return batch_service.run(files, progress)
            finally:
                if profile:
                    profile.disable()

        runner.run(work, finished("result"), finished("error"), owner=owner, key="batch")

    def watchdog() -> None:
        state["timed_out"] = True
        app.quit()

    timer.start()
    QTimer.singleShot(200, start)  # let the timer settle first
    QTimer.singleShot(int(timeout * 1000), watchdog)
    app.exec()
    timer.stop()
    if state.get("timed_out"):
        raise RuntimeError(f"the batch did not finish within {timeout:.0f} s")
    if "error" in state:
        raise RuntimeError(f"the batch failed: {state['error']!r}")
    during = [t for t in ticks if state["started"] <= t <= state["ended"]]
    gaps = [(b - a) * 1000 for a, b in zip(during, during[1:], strict=False)]
    if during:  # the waits at both ends too
        gaps += [(during[0] - state["started"]) * 1000, (state["ended"] - during[-1]) * 1000]
    return {"result": state["result"], "seconds": state["ended"] - state["started"], "gaps": gaps,
            "progress": progressed}


def check_batch(services, result, expected: dict[str, int], albums: dict[str, int]) -> list[str]:
    """What went wrong: outcomes other than imported, a document in another student's decision, a course count
    that is not the document's."""
    from sqlalchemy import func, select

    from app.models import Decision, ElmoDocument, ForeignCourse
    from app.services.batch import IMPORTED

    problems = []
    with services.ctx.sessions() as session:
        numbers = dict(session.execute(select(Decision.id, Decision.number)).all())
        documents = session.scalar(select(func.count()).select_from(ElmoDocument).where(
            ElmoDocument.decision_id.in_(list(albums.values()))))
        courses = session.scalar(select(func.count()).select_from(ForeignCourse).where(
            ForeignCourse.decision_id.in_(list(albums.values()))))
    if len(result.items) != len(expected):
        problems.append(f"{len(result.items)} items for {len(expected)} files")
    for item in result.items:
        if item.outcome != IMPORTED:
            problems.append(f"{item.file}: {item.outcome}: {item.reason.render() if item.reason else ''}")
            continue
        album = item.file.split("-", 1)[1].split(".")[0]
        if item.decision_number != numbers[albums[album]]:
            problems.append(f"{item.file}: into {item.decision_number}, not {numbers[albums[album]]}")
        if item.courses != expected[item.file]:
            problems.append(f"{item.file}: {item.courses} courses, the document has {expected[item.file]}")
    if documents != len(expected):
        problems.append(f"{documents} documents stored for {len(expected)} files")
    if courses != sum(expected.values()):
        problems.append(f"{courses} foreign courses stored, the documents hold {sum(expected.values())}")
    return problems


# -- output ----------------------------------------------------------------------------------------------------
def print_profile(title: str, profile: cProfile.Profile) -> None:
    print(f"\n{title}")
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats(order).print_stats(25)
        text = out.getvalue()
        print(f"-- by {order} --")
        print(text[text.find("   ncalls"):].rstrip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="inspect + import runs of the Swedish file (default 15)")
    parser.add_argument("--verify-runs", type=int, default=200, help="verifications of each kind (default 200)")
    parser.add_argument("--documents", type=int, default=1000, help="documents in the batch (default 1000)")
    parser.add_argument("--profile", action="store_true", help="also print where the import and batch time goes "
                        "(cProfile; the timings are then inflated)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    args = parser.parse_args()

    home = sandbox_this_process()  # before the first import of Qt or the app
    logging.basicConfig(level=logging.ERROR)
    began = time.perf_counter()
    try:
        return run(args, home, began)
    finally:
        if args.keep:
            print(f"\nkept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


def run(args, home: Path, began: float) -> int:
    folder = home / "work"
    folder.mkdir()
    print("preparing: key, desk, signed documents (not timed)…", flush=True)
    signer = Signer()
    database, services = new_desk(folder)
    trust(services, signer, folder)

    times = verification(args.verify_runs)

    swedish_profile = cProfile.Profile() if args.profile else None
    se = swedish(services, signer, folder, args.runs, swedish_profile)

    people = [person(i) for i in range(args.documents)]
    albums = add_students(services, folder, people)
    returned = folder / "returned"
    returned.mkdir()
    generation = time.perf_counter()
    expected = generate_batch(signer, returned, people)
    generation = time.perf_counter() - generation
    transports = Counter("base64(gzip)" if name.endswith(".txt") else "xml" for name in expected)
    batch_profile = cProfile.Profile() if args.profile else None
    run_ = batch(services, returned, timeout=600, profile=batch_profile)
    problems = check_batch(services, run_["result"], expected, albums)
    database.engine.dispose()

    # -- the tables ---------------------------------------------------------------------------------------------
    desk, bare = median(times["desk"]), median(times["bare"])
    ratio = desk / bare
    gaps = run_["gaps"]
    p99, worst = percentile(gaps, 0.99), max(gaps)
    seconds = run_["seconds"]
    outcomes = Counter(item.outcome for item in run_["result"].items)
    all_imported = outcomes.get("imported", 0) == len(expected) and not problems
    responsive = p99 < TARGET_GAP_P99_MS and worst < TARGET_GAP_MAX_MS
    inflated = " (cProfile on: inflated)" if args.profile else ""

    print()
    print(f"1. {SWEDISH.relative_to(ROOT)}: {se['los']} learning opportunities ({sorted(se['courses'])[0][0]} "
          f"courses read), re-signed RSA-SHA1/C14N, {se['size']:,} bytes; learner {se['learner']}; "
          f"{len(se['inspect'])} runs + 1 warm-up, each its own document, student and decision{inflated}")
    print(table(["", "median ms", "min ms", "max ms"], [
        ["inspect (re-signed, valid)", f"{median(se['inspect']):.1f}", f"{min(se['inspect']):.1f}",
         f"{max(se['inspect']):.1f}"],
        ["import_document (re-signed)", f"{median(se['import']):.1f}", f"{min(se['import']):.1f}",
         f"{max(se['import']):.1f}"],
        ["inspect (original, invalid sig.)", f"{median(se['invalid']):.1f}", f"{min(se['invalid']):.1f}",
         f"{max(se['invalid']):.1f}"]]))
    print()
    print(f"2. signature verification of {DK_SIGNED.relative_to(ROOT)} ({DK_SIGNED.stat().st_size:,} bytes, "
          f"{DK_CERT.name} pinned), {args.verify_runs} of each, interleaved")
    print(table(["", "median ms", "p95 ms", "ratio", "target", ""], [
        ["verify_signature", f"{desk:.2f}", f"{percentile(times['desk'], 0.95):.2f}", f"{ratio:.2f}",
         f"≤ {TARGET_VERIFY_RATIO:g}", verdict(ratio <= TARGET_VERIFY_RATIO)],
        ["bare XMLVerifier().verify", f"{bare:.2f}", f"{percentile(times['bare'], 0.95):.2f}", "1.00", "", ""]]))
    print()
    print(f"3. batch of {len(expected)} signed documents ({transports['xml']} XML, {transports['base64(gzip)']} "
          f"base64(gzip); generated and signed in {generation:.1f} s, not timed), in the background through "
          f"TaskRunner, main-thread timer every {TICK_MS} ms{inflated}")
    print(f"   outcomes: {dict(outcomes)}; progress reports delivered: {len(run_['progress'])}; "
          f"ticks: {len(gaps)}")
    print(table(["", "measured", "target", ""], [
        ["batch time", f"{seconds:.1f} s", f"< {TARGET_BATCH_S:g} s", verdict(seconds < TARGET_BATCH_S)],
        ["documents/s", f"{len(expected) / seconds:.1f}", "", ""],
        ["main-thread tick gap p99", f"{p99:.1f} ms", f"< {TARGET_GAP_P99_MS:g} ms", verdict(responsive)],
        ["main-thread tick gap max", f"{worst:.1f} ms", f"< {TARGET_GAP_MAX_MS:g} ms", ""],
        ["all imported, each in its student's decision", "yes" if all_imported else "NO", "all", verdict(all_imported)],
    ]))
    for problem in problems[:20]:
        print(f"   problem: {problem}")
    if len(problems) > 20:
        print(f"   … and {len(problems) - 20} more")
    if swedish_profile:
        print_profile("Where the Swedish inspect + import time goes (cProfile, all runs but the warm-up):",
                      swedish_profile)
    if batch_profile:
        print_profile("Where the batch's time goes (cProfile, worker thread):", batch_profile)
    print(f"\nwhole script: {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
