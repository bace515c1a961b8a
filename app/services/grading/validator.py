"""The conversion-table validator: what a table gets wrong before anyone converts a grade with it.

Published tables have gaps, overlaps, reversed directions and failing grades that pass (the UAM table keeps them
all), so a table is never trusted silently. Errors make a table unusable; warnings (a home grade nobody gets,
several foreign grades crowding one home grade beside a skipped one) are shown and the table stays usable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.services.errors import Problem
from app.services.grading.rows import ERROR, WARNING, TableFinding, TableRow, resolution, row_span
from app.services.grading.scheme import Reading, Scheme
from app.services.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class _Entry:
    """A usable row as the checks see it."""

    row: TableRow
    span: tuple[Decimal, Decimal] | None  # its stretch of a numeric scale (None: listed grades or a letter)
    best: Decimal | None  # foreign rank of its best and of its worst grade
    worst: Decimal | None
    passes: frozenset[bool]  # do its foreign grades pass (empty: not known without a scheme)
    units: tuple[str, ...]  # the foreign grades it covers: listed symbols, or the row itself
    home: Reading | None


def validate(rows: Sequence[TableRow], scheme: Scheme | None, home: Scheme,
             declared_higher_is_better: bool | None = None) -> list[TableFinding]:
    """Everything wrong with a table for `scheme` onto the home scheme, errors first. Without a scheme only the
    numbers of the rows are checked (no coverage of a range, no pass marks)."""
    return _Check(rows, scheme, home, declared_higher_is_better).run()


class _Check:
    def __init__(self, rows: Sequence[TableRow], scheme: Scheme | None, home: Scheme, declared: bool | None):
        self.rows, self.scheme, self.home, self.declared = list(rows), scheme, home, declared
        self.higher = scheme.higher_is_better if scheme else declared is not False
        self.discrete = scheme is not None and not scheme.continuous
        self.step = resolution(self.rows, scheme)
        self.found: list[TableFinding] = []

    def add(self, severity: str, kind: str, message: str, **params: object) -> None:
        self.found.append(TableFinding(severity, kind, Problem(message, **params)))

    def run(self) -> list[TableFinding]:
        entries = self._dedupe([e for row in self.rows if (e := self._entry(row)) is not None])
        if self.discrete:
            self._cover_listed(entries)
        else:
            self._cover_range(entries)
        if not self._direction(entries) and self.scheme is not None:
            self._pass_marks(entries)
        self._declared()
        self._skipped(entries)
        return sorted(self.found, key=lambda f: f.severity != ERROR)

    # -- rows ------------------------------------------------------------------------------------------------
    def _entry(self, row: TableRow) -> _Entry | None:
        s, what = self.scheme, row.describe()
        home = self.home.read(row.home)
        if home is None:
            self.add(ERROR, "unknown_home_grade", QT_TRANSLATE_NOOP(
                "Errors", "The home grade {home} of the row {row} is not a grade of {scheme}."),
                home=row.home, row=what, scheme=self.home.code)
        bounds = row.bounds
        if bounds is None and not row.foreign_label:
            self.add(ERROR, "bad_range", QT_TRANSLATE_NOOP(
                "Errors", "A row gives the home grade {home} but names no foreign grade."), home=row.home)
            return None
        if bounds is not None and bounds[0] > bounds[1]:
            self.add(ERROR, "bad_range", QT_TRANSLATE_NOOP(
                "Errors", "The row {row} runs backwards: write the lower number first."), row=what)
            return None
        if s is None:
            span = row_span(row, None)
            if span is None:  # a label without a scheme: nothing to compare it with
                return _Entry(row, None, None, None, frozenset(), (what,), home)
            ranks = sorted(v if self.higher else -v for v in span)
            return _Entry(row, span, ranks[1], ranks[0], frozenset(), (what,), home)
        if row.foreign_label and s.read(row.foreign_label) is None:
            self.add(ERROR, "unknown_grade", QT_TRANSLATE_NOOP(
                "Errors", "{grade} is not a grade of the scale {scheme}."), grade=row.foreign_label, scheme=s.code)
            return None
        if self.discrete:
            return self._listed_entry(row, home)
        span = row_span(row, s)
        if span is None:  # a distinction such as "30 e lode" named by itself
            reading = s.read(row.foreign_label)
            return _Entry(row, None, reading.rank, reading.rank, frozenset({reading.passes}), (what,), home)
        low, high = self._domain()
        if span[0] < low or span[1] > high:
            self.add(ERROR, "unknown_grade", QT_TRANSLATE_NOOP(
                "Errors", "The row {row} reaches outside the scale {scheme} ({low}–{high})."),
                row=what, scheme=s.code, low=s.print_value(low), high=s.print_value(high))
            return None
        ranks = sorted(s.value_rank(v) for v in span)
        return _Entry(row, span, ranks[1], ranks[0], frozenset(s.value_passes(v) for v in span), (what,), home)

    def _listed_entry(self, row: TableRow, home: Reading | None) -> _Entry | None:
        s = self.scheme
        listed = list(zip(s.grades, s.ranks(), strict=True))
        if row.bounds is None:
            symbol = s.read(row.foreign_label).symbol
            held = [(g, r) for g, r in listed if g.symbol == symbol]
        else:
            low, high = row.bounds
            held = [(g, r) for g, r in listed if g.value is not None and low <= g.value <= high]
        if not held:
            self.add(ERROR, "unknown_grade", QT_TRANSLATE_NOOP(
                "Errors", "The row {row} holds no grade of the scale {scheme}."), row=row.describe(), scheme=s.code)
            return None
        ranks = [r for _, r in held]
        return _Entry(row, None, max(ranks), min(ranks), frozenset(g.passes for g, _ in held),
                      tuple(g.symbol for g, _ in held), home)

    def _dedupe(self, entries: list[_Entry]) -> list[_Entry]:
        """The second row for the same foreign grade is an error and takes no further part."""
        seen: dict[object, _Entry] = {}
        kept = []
        for entry in entries:
            key = entry.span or entry.units if self.scheme else (entry.span, entry.row.foreign_label.casefold())
            first = seen.setdefault(key, entry)
            if first is entry:
                kept.append(entry)
                continue
            self.add(ERROR, "duplicate", QT_TRANSLATE_NOOP(
                "Errors", "Duplicate: the foreign grade {grade} has two rows (home grades {first} and {second})."),
                grade=entry.row.describe(), first=first.row.home, second=entry.row.home)
        return kept

    def _domain(self) -> tuple[Decimal, Decimal]:
        s = self.scheme
        values = [g.value for g in s.grades if g.value is not None] + [s.minimum, s.maximum]
        return min(values), max(values)

    # -- coverage --------------------------------------------------------------------------------------------
    def _cover_listed(self, entries: list[_Entry]) -> None:
        for grade in self.scheme.grades:
            holders = [e for e in entries if grade.symbol in e.units]
            if not holders:
                self.add(ERROR, "gap", QT_TRANSLATE_NOOP(
                    "Errors", "Gap: the foreign grade {grade} is not covered by any row."), grade=grade.symbol)
            elif len(holders) > 1:
                self.add(ERROR, "overlap", QT_TRANSLATE_NOOP(
                    "Errors", "Overlap: the foreign grade {grade} is covered by the rows {first} and {second}."),
                    grade=grade.symbol, first=holders[0].row.describe(), second=holders[1].row.describe())

    def _cover_range(self, entries: list[_Entry]) -> None:
        """Sorted rows: overlaps, gaps wider than the resolution, and the ends of the scheme's range."""
        spans = sorted((e for e in entries if e.span is not None), key=lambda e: e.span)
        domain = self._domain() if self.scheme is not None else None
        if domain and not spans:
            self.add(ERROR, "gap", QT_TRANSLATE_NOOP(
                "Errors", "Gap: no row covers the foreign grades from {low} to {high}."),
                low=self.scheme.print_value(domain[0]), high=self.scheme.print_value(domain[1]))
            return
        cursor, holder = None, None
        for entry in spans:
            low, high = entry.span
            if cursor is None:
                if domain and low > domain[0]:
                    self.add(ERROR, "gap", QT_TRANSLATE_NOOP(
                        "Errors", "Gap: foreign grades below {high} (down to {low}) are not covered."),
                        low=self.scheme.print_value(domain[0]), high=str(low))
            elif low <= cursor:
                self.add(ERROR, "overlap", QT_TRANSLATE_NOOP(
                    "Errors", "Overlap: the rows {first} and {second} both cover foreign grades from {low} to {high}."),
                    first=holder.row.describe(), second=entry.row.describe(), low=str(low), high=str(min(high, cursor)))
            elif low - cursor > self.step:
                self.add(ERROR, "gap", QT_TRANSLATE_NOOP(
                    "Errors", "Gap: foreign grades between {low} and {high} are not covered."),
                    low=str(cursor), high=str(low))
            if cursor is None or high > cursor:
                cursor, holder = high, entry
        if domain and cursor is not None and domain[1] > cursor:
            self.add(ERROR, "gap", QT_TRANSLATE_NOOP(
                "Errors", "Gap: foreign grades above {low} (up to {high}) are not covered."),
                low=str(cursor), high=self.scheme.print_value(domain[1]))

    # -- direction and pass marks ----------------------------------------------------------------------------
    @staticmethod
    def _violations(entries: list[_Entry], reverse: bool) -> list[tuple[_Entry, _Entry]]:
        """Neighbours (better, worse foreign grade) where the worse gets the better home grade; `reverse` reads
        the foreign scale the other way round."""
        key = (lambda e: (-e.worst, -e.best)) if reverse else (lambda e: (e.best, e.worst))
        order = sorted(entries, key=key, reverse=True)
        return [(a, b) for a, b in zip(order, order[1:], strict=False) if b.home.rank > a.home.rank]

    def _direction(self, entries: list[_Entry]) -> bool:
        """Non-monotonic rows, or one finding when the whole table runs the other way; True in that case."""
        ranked = [e for e in entries if e.best is not None and e.home is not None]
        forward = self._violations(ranked, False)
        if not forward:
            return False
        if not self._violations(ranked, True):
            s = self.scheme
            numeric = s is None or s.continuous or any(g.value is not None for g in s.grades)
            best = s.best_symbol() if s else str(max(ranked, key=lambda e: e.best).span[self.higher])
            if not numeric:
                self.add(ERROR, "inverted", QT_TRANSLATE_NOOP(
                    "Errors", "Inverted: the table gives the worse foreign grades the better home grades; on this "
                    "scale {best} is best."), best=best)
            elif self.higher:
                self.add(ERROR, "inverted", QT_TRANSLATE_NOOP(
                    "Errors", "Inverted: the table reads the scale as if a lower number were better; on this scale "
                    "{best} is best."), best=best)
            else:
                self.add(ERROR, "inverted", QT_TRANSLATE_NOOP(
                    "Errors", "Inverted: the table reads the scale as if a higher number were better; on this scale "
                    "{best} is best."), best=best)
            return True
        for better, worse in forward:
            self.add(ERROR, "non_monotonic", QT_TRANSLATE_NOOP(
                "Errors", "Not monotonic: {worse} is a worse foreign grade than {better} but gets a better home grade "
                "({worse_home} against {better_home})."), worse=worse.row.describe(), better=better.row.describe(),
                worse_home=worse.home.symbol, better_home=better.home.symbol)
        return False

    def _pass_marks(self, entries: list[_Entry]) -> None:
        s = self.scheme
        mark = {} if s.pass_mark is None else {"mark": s.print_value(s.pass_mark)}
        for e in entries:
            if e.home is None:
                continue
            what = {"grade": e.row.describe(), "scheme": s.code, "home": e.home.symbol, **mark}
            if False in e.passes and e.home.passes:
                self.add(ERROR, "fail_to_pass", QT_TRANSLATE_NOOP(
                    "Errors", "Fail to pass: {grade} fails on the scale {scheme} (pass mark {mark}) but gets the "
                    "passing home grade {home}.") if mark else QT_TRANSLATE_NOOP(
                    "Errors", "Fail to pass: {grade} fails on the scale {scheme} but gets the passing home grade "
                    "{home}."), **what)
            if True in e.passes and not e.home.passes:
                self.add(ERROR, "pass_to_fail", QT_TRANSLATE_NOOP(
                    "Errors", "Pass to fail: {grade} passes on the scale {scheme} (pass mark {mark}) but gets the "
                    "failing home grade {home}.") if mark else QT_TRANSLATE_NOOP(
                    "Errors", "Pass to fail: {grade} passes on the scale {scheme} but gets the failing home grade "
                    "{home}."), **what)

    def _declared(self) -> None:
        """The table's heading ("1-5 (1 best)") against the scheme it is checked with."""
        s = self.scheme
        if self.declared is None or s is None or self.declared == s.higher_is_better:
            return
        if not (s.continuous or any(g.value is not None for g in s.grades)):
            return
        if self.declared:
            self.add(ERROR, "inverted", QT_TRANSLATE_NOOP(
                "Errors", "The table's heading calls a higher number better, but on the scale {scheme} {best} is "
                "best."), scheme=s.code, best=s.best_symbol())
        else:
            self.add(ERROR, "inverted", QT_TRANSLATE_NOOP(
                "Errors", "The table's heading calls a lower number better, but on the scale {scheme} {best} is "
                "best."), scheme=s.code, best=s.best_symbol())

    # -- home grades -----------------------------------------------------------------------------------------
    def _skipped(self, entries: list[_Entry]) -> None:
        """Home grades between the best and the worst given that no row gives; next to one, a home grade that
        several foreign grades crowd into is named instead ("many_to_one")."""
        if self.home.passfail:
            return
        given: dict[str, list[_Entry]] = {}
        for e in entries:
            if e.home is not None:
                given.setdefault(e.home.symbol, []).append(e)
        ranks = dict(zip((g.symbol for g in self.home.grades), self.home.ranks(), strict=True))
        if len(given) < 2:
            return
        top, bottom = max(ranks[s] for s in given), min(ranks[s] for s in given)
        symbols = [g.symbol for g in self.home.grades]
        for index, skipped in enumerate(symbols):
            if skipped in given or not bottom < ranks[skipped] < top:
                continue
            crowded = [n for n in symbols[max(index - 1, 0):index] + symbols[index + 1:index + 2]
                       if sum(len(e.units) for e in given.get(n, ())) > 1]
            for home in crowded:
                self.add(WARNING, "many_to_one", QT_TRANSLATE_NOOP(
                    "Errors", "Several foreign grades ({grades}) get {home}, and no row gives {skipped}."),
                    grades=", ".join(u for e in given[home] for u in e.units), home=home, skipped=skipped)
            if not crowded:
                self.add(WARNING, "home_skipped", QT_TRANSLATE_NOOP(
                    "Errors", "No row gives the home grade {home}, though the table gives better and worse ones."),
                    home=skipped)
