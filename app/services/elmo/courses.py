"""Which learning opportunities of a report become courses, and what each says.

A report's `learningOpportunitySpecification`s form trees through `hasPart`: a degree programme holds modules,
modules hold courses, courses hold classes, and ECTS are written at several levels of the same branch (the Swedish
sample has them on the programme, on each course and on each class: adding up every node gives 848.5 ECTS for a
180 ECTS degree). The rule, per branch, is "the deepest level that records an achievement":

1. An *achievement* is a LOS whose instance carries credits (any scheme) and a result: a grade (`resultLabel`;
   `result` in pre-1.0 documents) or a `status`, or, for a LOS without parts, a `date`.
2. A LOS with an achievement anywhere below it is a *container*: its own credits are not counted (they are the sum
   of, or the requirement for, its parts), its parts are read instead. When they do not add up to its credits
   (programmes excepted: a transcript may list only part of a degree) a warning says so.
3. Any other achievement is one course. Its parts without credits (a lecture, a lab with only a status) are not
   courses of their own, so a graded 6 ECTS course is never lost to credit-less parts below it.
4. A LOS without credits becomes a course (with no ECTS) when it has a result and nothing below it has one: a
   graded course from a partner that gives no credits (the EWP example) still shows.
5. A LOS with credits but no result and no credit-bearing part is a description of a curriculum, not a result;
   it is left out and a warning names it.

On the Swedish sample: the "Degree Programme" tree (180) lists 21 courses with credits but no grade, status or date
(left out, rule 5); the "Module" tree (180) holds 17 graded courses whose graded classes are the achievements
(rule 2 makes the courses containers), a 7.5 ECTS course without result whose one graded 1.0 ECTS class counts, and
two courses without any result (left out): 31 courses, 143.5 ECTS, each ECTS counted once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree

from app.services.elmo.names import XML_LANG, child, children
from app.services.elmo.types import Course, Text
from app.services.elmo.values import html_to_text, parse_credits, parse_date, pick, text, texts
from app.services.errors import Problem
from app.services.i18n import QT_TRANSLATE_NOOP

MAX_DEPTH = 40  # far below libxml2's own nesting limit; real trees are 3–4 levels deep
STATUSES = {"passed": "passed", "failed": "failed", "in-progress": "in-progress", "inprogress": "in-progress",
            "in progress": "in-progress", "in_progress": "in-progress"}
PROGRAMME_KINDS = {"degree programme", "degree", "programme"}
SKIPPED_NAMED = 5


@dataclass
class _Node:
    element: etree._Element
    key: str
    loi: etree._Element | None
    titles: tuple[Text, ...]
    credits: Decimal | None  # in whatever scheme
    scheme: str  # as written
    result: str
    result_scheme: str  # pre-1.0 `result/@scheme`
    status: str
    dated: bool
    parts: list[_Node] = field(default_factory=list)
    achieves_below: bool = False
    credits_below: bool = False
    result_below: bool = False

    @property
    def title(self) -> str:
        return pick(self.titles)

    @property
    def ects(self) -> Decimal | None:
        return self.credits if self.scheme.lower() in ("ects", "") else None

    @property
    def achievement(self) -> bool:
        return self.credits is not None and bool(self.result or self.status or (self.dated and not self.parts))


@dataclass
class _Report:
    index: int
    namespaces: frozenset[str]
    schemes: dict[str, str]  # gradingScheme localId → description
    notes: list[Problem]
    courses: list[Course] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def read_courses(report: etree._Element, index: int, namespaces: frozenset[str], schemes: dict[str, str],
                 notes: list[Problem]) -> list[Course]:
    """The courses of one report (see the module's rule), in document order; warnings go to `notes`."""
    context = _Report(index, namespaces, schemes, notes)
    for position, los in enumerate(children(report, "learningOpportunitySpecification", namespaces)):
        _select(context, _node(context, los, f"r{index}/{position}", 0), ())
    if context.skipped:
        named = "; ".join(context.skipped[:SKIPPED_NAMED]) + ("; …" if len(context.skipped) > SKIPPED_NAMED else "")
        notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "{count} entries carry credits but no result (no grade, status or date) and were not "
                      "imported: {titles}"), count=len(context.skipped), titles=named))
    return context.courses


def _node(context: _Report, los: etree._Element, key: str, depth: int) -> _Node:
    ns = context.namespaces
    instances = [loi for spec in children(los, "specifies", ns)
                 for loi in children(spec, "learningOpportunityInstance", ns)]
    loi = instances[0] if instances else None
    titles = texts(los, "title", ns)
    if len(instances) > 1:
        context.notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "\"{title}\" has {count} instances; only the first is read."),
            title=pick(titles) or key, count=len(instances)))
    credits, scheme = _credits(context, los, loi, titles, key)
    result_element = None if loi is None else next(
        (item for name in ("resultLabel", "result") if (item := child(loi, name, ns)) is not None), None)
    node = _Node(los, key, loi, titles, credits, scheme, text(result_element),
                 (result_element.get("scheme") or "").strip() if result_element is not None else "",
                 text(child(loi, "status", ns)) if loi is not None else "",
                 loi is not None and bool(text(child(loi, "date", ns))))
    parts = [part for holder in children(los, "hasPart", ns)
             for part in children(holder, "learningOpportunitySpecification", ns)]
    if parts and depth >= MAX_DEPTH:
        context.notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "\"{title}\" is nested too deeply; its parts were not read."), title=node.title or key))
        parts = []
    for position, part in enumerate(parts):
        below = _node(context, part, f"{key}/{position}", depth + 1)
        node.parts.append(below)
        node.achieves_below |= below.achievement or below.achieves_below
        node.credits_below |= below.credits is not None or below.credits_below
        node.result_below |= bool(below.result or below.status) or below.result_below
    return node


def _credits(context: _Report, los: etree._Element, loi: etree._Element | None, titles: tuple[Text, ...],
             key: str) -> tuple[Decimal | None, str]:
    """The credits of a LOS: ECTS when given, else the first readable value in another scheme. ELMO 1.x puts them
    on the instance, pre-1.0 on the LOS itself."""
    ns = context.namespaces
    found = [(text(child(credit, "scheme", ns)), text(child(credit, "value", ns)))
             for holder in ((loi,) if loi is not None else ()) + (los,)
             for credit in children(holder, "credit", ns)]
    readable = []
    for scheme, raw in found:
        value = parse_credits(raw)
        if value is None:
            context.notes.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "\"{title}\": the credit value \"{value}\" is not a number; it was ignored."),
                title=pick(titles) or key, value=raw or "—"))
        else:
            readable.append((scheme, value))
    for scheme, value in readable:
        if scheme.lower() == "ects":
            return value, scheme
    if readable:
        scheme, value = readable[0]
        if scheme:
            context.notes.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "\"{title}\": credits are given in the scheme \"{scheme}\", not in ECTS."),
                title=pick(titles) or key, scheme=scheme))
        return value, scheme
    return None, ""


def _select(context: _Report, node: _Node, parents: tuple[str, ...]) -> None:
    inside = parents + (node.title,)
    if node.achieves_below:
        start = len(context.courses)
        for part in node.parts:
            _select(context, part, inside)
        _check_sum(context, node, start)
    elif node.achievement or (node.credits is None and (node.result or node.status) and not node.result_below):
        context.courses.append(_course(context, node, parents))
    else:
        if node.credits is not None and not node.credits_below:
            context.skipped.append(node.title or node.key)
        for part in node.parts:
            _select(context, part, inside)


def _check_sum(context: _Report, node: _Node, start: int) -> None:
    kind = text(child(node.element, "type", context.namespaces)).lower()
    if node.ects is None or kind in PROGRAMME_KINDS:
        return
    counted = sum((course.ects for course in context.courses[start:] if course.ects is not None),
                  Decimal(0))  # the courses found since this container began are exactly those below it
    if counted != node.ects:
        context.notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "\"{title}\" states {stated} ECTS, but the results listed under it add up to {counted} ECTS; "
                      "only those results are imported."), title=node.title or node.key, stated=node.ects,
            counted=counted))


def _course(context: _Report, node: _Node, parents: tuple[str, ...]) -> Course:
    ns, loi, los = context.namespaces, node.loi, node.element
    title = node.title or node.key
    if not node.titles:
        context.notes.append(Problem(QT_TRANSLATE_NOOP("Errors", "A course has no title (entry {key})."),
                                     key=node.key))
    scheme_id = node.result_scheme
    if loi is not None:
        scheme_id = text(child(loi, "gradingSchemeLocalId", ns)) or scheme_id
    scheme = context.schemes.get(scheme_id, "")
    if scheme_id and not scheme:
        if not node.result_scheme or scheme_id != node.result_scheme:
            context.notes.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "\"{title}\" refers to the grading scheme \"{scheme}\", which the document does not "
                          "describe."), title=title, scheme=scheme_id))
        scheme = scheme_id
    status = STATUSES.get(node.status.lower(), node.status.lower()) if node.status else "passed"
    if status not in ("passed", "failed", "in-progress"):
        context.notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "\"{title}\" has the unknown status \"{status}\"."), title=title, status=node.status))
    return Course(
        key=node.key, titles=node.titles, host_code=_host_code(ns, los, loi), kind=text(child(los, "type", ns)),
        ects=node.ects, credit_scheme=node.scheme.lower() if node.ects is not None else node.scheme,
        grade=node.result, grading_scheme=scheme, grading_scheme_id=scheme_id, status=status,
        date=_date(context, loi, "date", title), start=_date(context, loi, "start", title),
        academic_term=_term(ns, loi),
        language=text(child(loi, "languageOfInstruction", ns)) if loi is not None else "",
        hours=text(child(loi, "engagementHours", ns)) if loi is not None else "",
        isced=text(child(los, "iscedCode", ns)), level=_level(ns, los, loi),
        distribution=_distribution(context, loi, title), issuer_index=context.index, parents=parents,
        descriptions=_descriptions(ns, los))


def _term(ns: frozenset[str], loi: etree._Element | None) -> str:
    term = None if loi is None else child(loi, "academicTerm", ns)
    return pick(texts(term, "title", ns)) if term is not None else ""


def _host_code(ns: frozenset[str], los: etree._Element, loi: etree._Element | None) -> str:
    for holder in (los, loi):
        if holder is None:
            continue
        found = [((item.get("type") or "").strip().lower(), text(item)) for item in children(holder, "identifier", ns)]
        found = [(kind, value) for kind, value in found if value]
        for kind, value in found:
            if kind == "local":
                return value
        if found:
            return found[0][1]
    return ""


def _date(context: _Report, loi: etree._Element | None, name: str, title: str):
    element = None if loi is None else child(loi, name, context.namespaces)
    if element is None or not text(element):
        return None
    found = parse_date(text(element), (element.get("dtf") or "").strip())
    if found is None:
        context.notes.append(Problem(QT_TRANSLATE_NOOP(
            "Errors", "\"{title}\": the date \"{value}\" cannot be read; it was left out."),
            title=title, value=text(element)))
    return found


def _level(ns: frozenset[str], los: etree._Element, loi: etree._Element | None) -> str:
    """EQF/NQF levels of the instance ("EQF 5, NQF 5"); else a pre-1.0 LOS `level`; else the credit level."""
    if loi is not None:
        levels = [" ".join(filter(None, (text(child(level, "type", ns)), text(child(level, "value", ns)))))
                  for level in children(loi, "level", ns)]
        if any(levels):
            return ", ".join(level for level in levels if level)
    written = [text(level) for level in children(los, "level", ns) if len(level) == 0 and text(level)]
    if written:
        return ", ".join(written)
    for holder in (loi, los):
        for credit in children(holder, "credit", ns) if holder is not None else ():
            level = text(child(credit, "level", ns))
            if level.strip("-– "):
                return level
    return ""


def _distribution(context: _Report, loi: etree._Element | None, title: str) -> tuple[tuple[str, int], ...]:
    ns, found = context.namespaces, []
    holder = None if loi is None else child(loi, "resultDistribution", ns)
    for category in children(holder, "category", ns) if holder is not None else ():
        label, count = (category.get("label") or "").strip(), (category.get("count") or "").strip()
        if count.isdigit() and len(count) < 10:
            found.append((label, int(count)))
        else:
            context.notes.append(Problem(QT_TRANSLATE_NOOP(
                "Errors", "\"{title}\": the result distribution has an unreadable count \"{count}\"."),
                title=title, count=count or "—"))
    return tuple(found)


def _descriptions(ns: frozenset[str], los: etree._Element) -> tuple[Text, ...]:
    """Plain descriptions as written (line breaks kept); an HTML description, made plain text, only for a
    language no plain description covers."""
    plain = texts(los, "description", ns, lines=True)
    langs = {item.lang for item in plain}
    extra = []
    for item in children(los, "descriptionHtml", ns):
        lang = (item.get(XML_LANG) or "").strip()
        value = html_to_text("".join(item.itertext()))
        if value and lang not in langs:
            extra.append(Text(value, lang))
    return plain + tuple(extra)
