<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="+109"/>
        <source>Add an account</source>
        <translation>Dodawanie konta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters; empty: none yet</source>
        <translation>co najmniej %1 znaków; puste: hasło zostanie ustawione później</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat the password:</source>
        <translation>Powtó&amp;rz hasło:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one role.</source>
        <translation>Wybierz co najmniej jedną rolę.</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="+19"/>
        <source>transfer</source>
        <translation>przeniesienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short-term</source>
        <translation>krótkoterminowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasmus return</source>
        <translation>powrót z Erasmus+</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_page.py" line="+74"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before:</source>
        <translation>Przed zmianą:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After:</source>
        <translation>Po zmianie:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Text in the reason or the values…</source>
        <translation>Tekst w polu Powód lub w wartościach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who:</source>
        <translation>&amp;Kto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>C&amp;zynność:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All actions</source>
        <translation>Wszystkie czynności</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Record:</source>
        <translation>&amp;Rekord:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. decision, student</source>
        <translation>np. decision, student</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Od dnia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until:</source>
        <translation>Do dni&amp;a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;set filters</source>
        <translation>Wyczyść &amp;filtry</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Details of the selected event</source>
        <translation>Szczegóły zaznaczonego zdarzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event to see the values before and after in full.</source>
        <translation>Zaznacz zdarzenie, aby zobaczyć pełne wartości sprzed zmiany i po niej.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load more</source>
        <translation>Wczytaj &amp;następne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the events that match the filter as CSV or XLSX; the export is recorded in the audit log.</source>
        <translation>Zapisz zdarzenia spełniające kryteria filtru jako plik CSV lub XLSX; eksport zostanie odnotowany w dzienniku audytu.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the audit log</source>
        <translation>Eksport dziennika audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Skoroszyt programu Excel (*.xlsx);;CSV rozdzielany średnikami (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n zdarzenie do pliku %1.</numerusform>
            <numerusform>Wyeksportowano %n zdarzenia do pliku %1.</numerusform>
            <numerusform>Wyeksportowano %n zdarzeń do pliku %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchOutcome</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="+43"/>
        <source>imported</source>
        <translation>zaimportowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation>już zaimportowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>odrzucony</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../app/ui/batch_page.py" line="+56"/>
        <source>Load a folder of returned EMREX files. Each file goes into the decision of the student it is about, when there is no doubt; the others are listed with the reason.</source>
        <translation>Wczytaj folder ze zwróconymi plikami EMREX. Każdy plik trafia do decyzji studenta, którego dotyczy, jeśli nie ma co do tego wątpliwości; pozostałe pliki są wymienione wraz z powodem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose folder…</source>
        <translation>Wybierz &amp;folder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder with returned EMREX files</source>
        <translation>Folder ze zwróconymi plikami EMREX</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>Wczytywanie %n pliku…</numerusform>
            <numerusform>Wczytywanie %n plików…</numerusform>
            <numerusform>Wczytywanie %n plików…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported: %1, already imported: %2, refused: %3.</source>
        <translation>Zaimportowane: %1, zaimportowane wcześniej: %2, odrzucone: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Cancelled; the files imported before stay imported.</source>
        <translation>Anulowano; pliki zaimportowane przed anulowaniem pozostają zaimportowane.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/__main__.py" line="+69"/>
        <location filename="../../app/cli.py" line="+257"/>
        <location filename="../../app/cli_db.py" line="+58"/>
        <location filename="../../app/cli_emrex.py" line="+183"/>
        <location line="+15"/>
        <source>Error:</source>
        <translation>Błąd:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>Nie można otworzyć bazy danych: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-89"/>
        <location filename="../../app/cli_db.py" line="+28"/>
        <location filename="../../app/cli_grades.py" line="+216"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli_grades.py" line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../../app/cli_la.py" line="+38"/>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_la.py" line="-1"/>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_la.py" line="+2"/>
        <source>Born</source>
        <translation>Data ur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Programme</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cohort</source>
        <translation>Cykl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>Tryb przyjęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest deadline</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli_audit.py" line="+82"/>
        <location filename="../../app/cli_grades.py" line="-5"/>
        <location filename="../../app/cli_grid.py" line="+20"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semesters</source>
        <translation>Semestry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Termin na WWW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EMP</source>
        <translation>EMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_grades.py" line="-40"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli_grades.py" line="-1"/>
        <location filename="../../app/cli_grid.py" line="+2"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_grades.py" line="+2"/>
        <location line="+40"/>
        <location filename="../../app/cli_grid.py" line="+1"/>
        <location filename="../../app/cli_users.py" line="+63"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_grid.py" line="+1"/>
        <source>Name (English)</source>
        <translation>Nazwa (angielska)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The desk already has students; no demo data added.</source>
        <translation>Baza zawiera już studentów; nie dodano danych demonstracyjnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data: {programmes} programmes, {students} students, {decisions} decisions.</source>
        <translation>Dane demonstracyjne — kierunki: {programmes}, studenci: {students}, decyzje: {decisions}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_preview.py" line="+16"/>
        <source>Line {line}: {problems}</source>
        <translation>Wiersz {line}: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{new} new, {update} to update, {unchanged} unchanged, {error} with errors.</source>
        <translation>Nowe: {new}, do aktualizacji: {update}, bez zmian: {unchanged}, z błędami: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+57"/>
        <location filename="../../app/cli_grid.py" line="+77"/>
        <source>Nothing imported; fix the file or use --skip-invalid.</source>
        <translation>Niczego nie zaimportowano; popraw plik lub użyj --skip-invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli_grid.py" line="+7"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Zaimportowano. Nowe: {created}, zaktualizowane: {updated}, bez zmian: {unchanged}, pominięte: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_emrex.py" line="-84"/>
        <source>Trust store: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Magazyn zaufania — dodane: {added}, zaktualizowane: {updated}, bez zmian: {unchanged}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported document {document} into decision {decision}. Courses: {courses}, ECTS: {ects}.</source>
        <translation>Zaimportowano dokument {document} do decyzji {decision}. Przedmioty: {courses}, ECTS: {ects}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Session {session_id}: the student opens {start_url} and signs in at {emp}; the results come back to {return_url}.</source>
        <translation>Sesja {session_id}: student otwiera {start_url} i loguje się w {emp}; wyniki wrócą na {return_url}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The demonstration contact point cannot listen on port {port}: {detail}</source>
        <translation>Demonstracyjny punkt kontaktowy nie może nasłuchiwać na porcie {port}: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstration EMREX contact point at {url} (Ctrl+C stops it).</source>
        <translation>Demonstracyjny punkt kontaktowy EMREX pod adresem {url} (Ctrl+C go zatrzymuje).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} nie jest folderem.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: {imported}, already imported: {already}, refused: {refused}.</source>
        <translation>Zaimportowane: {imported}, zaimportowane wcześniej: {already}, odrzucone: {refused}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_grid.py" line="-87"/>
        <source>Semester</source>
        <translation>Semestr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of credit</source>
        <translation>Forma zaliczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligatory</source>
        <translation>Obowiązkowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade type</source>
        <translation>Typ oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCED</source>
        <translation>ISCED</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Semester {semester}: {ects} ECTS.</source>
        <translation>Semestr {semester}: {ects} ECTS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme {code} does not exist yet; the import would create it as &quot;{name}&quot;.</source>
        <translation>Kierunek {code} jeszcze nie istnieje; import utworzyłby go pod nazwą „{name}”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme {code} created as &quot;{name}&quot;.</source>
        <translation>Utworzono kierunek {code} pod nazwą „{name}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Courses of the {year} grid that the file does not list, kept as they are: {codes}.</source>
        <translation>Przedmioty siatki zajęć na rok akademicki {year}, których nie ma w pliku, pozostają bez zmian: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_la.py" line="-22"/>
        <source>Table A (courses abroad)</source>
        <translation>Tabela A (zajęcia za granicą)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table B (home courses)</source>
        <translation>Tabela B (zajęcia na uczelni macierzystej)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table C (virtual or blended components)</source>
        <translation>Tabela C (komponenty wirtualne lub mieszane)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending institution</source>
        <translation>uczelnia wysyłająca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receiving institution</source>
        <translation>uczelnia przyjmująca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first version</source>
        <translation>pierwsza wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved changes</source>
        <translation>zatwierdzone zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change proposal</source>
        <translation>propozycja zmian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EWP Online Learning Agreement</source>
        <translation>import z EWP (Online Learning Agreement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table file</source>
        <translation>import z tabeli CSV/XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered by hand</source>
        <translation>wprowadzone ręcznie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Student identifier</source>
        <translation>identyfikator studenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inserted</source>
        <translation>dodany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Learning Agreement of decision {decision}: {source}</source>
        <translation>Porozumienie o programie zajęć (Learning Agreement) decyzji {decision}: {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobility {id}: {sending} → {receiving}</source>
        <translation>Mobilność {id}: {sending} → {receiving}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Student: {name}</source>
        <translation>Student: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: {start} – {end}</source>
        <translation>Okres: {start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version: {version}</source>
        <translation>Wersja: {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ECTS total: {ects}</source>
        <translation>Razem ECTS: {ects}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group {group}: {a} → {b}</source>
        <translation>Grupa {group}: {a} → {b}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatures:</source>
        <translation>Podpisy:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change proposal {id}, not approved and not applied:</source>
        <translation>Propozycja zmian {id}, niezatwierdzona i nieuwzględniona w tabelach:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decision {decision} has no Learning Agreement.</source>
        <translation>Decyzja {decision} nie ma porozumienia o programie zajęć (Learning Agreement).</translation>
    </message>
    <message>
        <location filename="../../app/cli_audit.py" line="-5"/>
        <source>Audit events exported to {file}: {count}.</source>
        <translation>Zdarzenia z dziennika audytu wyeksportowane do pliku {file}: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record ID</source>
        <translation>ID rekordu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/cli_grades.py" line="-39"/>
        <source>Grades, best first</source>
        <translation>Oceny, od najlepszej</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usable</source>
        <translation>nadaje się do użycia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT usable (errors)</source>
        <translation>NIE nadaje się do użycia (błędy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>Do użycia</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Name the lines or use --all.</source>
        <translation>Wskaż pozycje uznania lub użyj opcji --all.</translation>
    </message>
    <message>
        <location filename="../../app/cli_users.py" line="-1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account {login} added with the roles: {roles}.</source>
        <translation>Dodano konto {login} z rolami: {roles}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no password yet: set one with `uznania users password {login}`.</source>
        <translation>Konto nie ma jeszcze hasła: ustaw je poleceniem `uznania users password {login}`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles of {login}: {roles}.</source>
        <translation>Role konta {login}: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {login} switched on.</source>
        <translation>Włączono konto {login}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account {login} switched off.</source>
        <translation>Wyłączono konto {login}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current password: </source>
        <translation>Obecne hasło: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of {login} set.</source>
        <translation>Ustawiono hasło konta {login}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New password: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password: </source>
        <translation>Powtórz nowe hasło: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database has no accounts yet: {login} becomes its administrator.</source>
        <translation>Baza danych nie ma jeszcze kont: {login} zostaje jej administratorem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for {login}: </source>
        <translation>Hasło konta {login}: </translation>
    </message>
    <message>
        <location filename="../../app/cli_reports.py" line="+52"/>
        <source>Exported {count} row(s) to {file}.</source>
        <translation>Wyeksportowano wiersze ({count}) do pliku {file}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} decision(s) listed in {file}.</source>
        <translation>Zestawienie decyzji ({count}) zapisano w pliku {file}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_db.py" line="-46"/>
        <source>Backed up to {file}: {size} bytes, SHA-256 {sha256}.</source>
        <translation>Kopię zapasową zapisano w pliku {file}: {size} bajtów, SHA-256 {sha256}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored from {file} (made at database revision {revision}).</source>
        <translation>Odtworzono z pliku {file} (wykonanego przy wersji bazy {revision}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it was before: {file}</source>
        <translation>Baza danych sprzed odtworzenia: {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring replaces the whole database and there is no terminal to confirm it in: add --yes.</source>
        <translation>Odtworzenie zastępuje całą bazę danych, a nie ma terminala, w którym można to potwierdzić: dodaj --yes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything in {database} will be replaced with the backup {file}; the database as it is now is saved first.</source>
        <translation>Cała zawartość bazy {database} zostanie zastąpiona kopią {file}; obecny stan bazy zostanie najpierw zapisany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to go on: </source>
        <translation>Wpisz {word}, aby kontynuować: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not restored; nothing was changed.</source>
        <translation>Nie odtworzono; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (source)</source>
        <translation>Wiersze (źródło)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (copy)</source>
        <translation>Wiersze (kopia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 (source)</source>
        <translation>SHA-256 (źródło)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 (copy)</source>
        <translation>SHA-256 (kopia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal</source>
        <translation>Zgodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO</source>
        <translation>NIE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified: {rows} rows in {tables} tables are equal on both sides; copied from {source} to {target} in {seconds} s.</source>
        <translation>Sprawdzono: {rows} wierszy w {tables} tabelach jest zgodnych po obu stronach; skopiowano z {source} do {target} w {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT verified: the tables marked NO differ, so nothing was copied; {target} is as it was.</source>
        <translation>NIE sprawdzono: tabele oznaczone NIE się różnią, więc niczego nie skopiowano; {target} pozostała bez zmian.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/table_models.py" line="+37"/>
        <source>Cohort</source>
        <translation>Cykl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nearest deadline</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_page.py" line="-106"/>
        <location filename="../../app/ui/results_panel.py" line="+44"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="+2"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/results_panel.py" line="+8"/>
        <source>Courses</source>
        <translation>Przedmioty</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="-278"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before → after</source>
        <translation>Przed → po</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/batch_page.py" line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_models.py" line="+8"/>
        <source>Semesters</source>
        <translation>Semestry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Web deadline</source>
        <translation>Termin na WWW</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Days left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+52"/>
        <source>Overdue: the web deadline has passed and no results were loaded.</source>
        <translation>Po terminie: termin na WWW minął, a wyniki nie zostały wczytane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="-5"/>
        <location filename="../../app/ui/table_models.py" line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_models.py" line="+2"/>
        <source>From</source>
        <translation>Ze stanu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Do stanu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+52"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_models.py" line="+42"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="+50"/>
        <location line="+25"/>
        <location filename="../../app/ui/course_models.py" line="+1"/>
        <location line="+67"/>
        <location filename="../../app/ui/grading_page.py" line="+90"/>
        <location filename="../../app/ui/grid_page.py" line="+41"/>
        <location filename="../../app/ui/la_panel.py" line="+39"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../app/ui/course_models.py" line="-66"/>
        <location line="+67"/>
        <location filename="../../app/ui/la_panel.py" line="+1"/>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location filename="../../app/ui/course_models.py" line="-66"/>
        <location line="+67"/>
        <location filename="../../app/ui/grades_panel.py" line="+70"/>
        <location filename="../../app/ui/grid_page.py" line="+3"/>
        <location filename="../../app/ui/la_panel.py" line="+1"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../../app/ui/course_models.py" line="-65"/>
        <location line="+67"/>
        <location filename="../../app/ui/grades_panel.py" line="+5"/>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/ui/grid_page.py" line="-4"/>
        <source>Semester</source>
        <translation>Semestr</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/grading_page.py" line="+3"/>
        <location line="+35"/>
        <location filename="../../app/ui/grid_page.py" line="+2"/>
        <location filename="../../app/ui/users_page.py" line="-91"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/grid_page.py" line="+6"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/ui/grades_panel.py" line="-7"/>
        <source>Foreign</source>
        <translation>Zagraniczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/grades_panel.py" line="+5"/>
        <source>Home</source>
        <translation>Krajowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_models.py" line="-66"/>
        <location line="+67"/>
        <source>Grading scheme</source>
        <translation>Skala ocen</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="-48"/>
        <location filename="../../app/ui/course_models.py" line="-65"/>
        <location line="+67"/>
        <location filename="../../app/ui/import_dialog.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_models.py" line="-66"/>
        <location line="+67"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+68"/>
        <location filename="../../app/ui/la_panel.py" line="+2"/>
        <source>Term</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/grid_page.py" line="-2"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/grid_page.py" line="+6"/>
        <source>ISCED</source>
        <translation>ISCED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Rozkład ocen</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../app/ui/grading_page.py" line="-1"/>
        <source>Institution</source>
        <translation>Uczelnia</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+2"/>
        <location filename="../../app/ui/table_models.py" line="-114"/>
        <location line="+55"/>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="-50"/>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="+4"/>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="+1"/>
        <source>Born</source>
        <translation>Data ur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="+1"/>
        <location line="+48"/>
        <source>Programme</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="-45"/>
        <source>Admission</source>
        <translation>Tryb przyjęcia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems / changes</source>
        <translation>Problemy / zmiany</translation>
    </message>
    <message>
        <location filename="../../app/ui/results_panel.py" line="-10"/>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuer</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-verified</source>
        <translation>Ponowne sprawdzenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_page.py" line="+30"/>
        <source>EMP</source>
        <translation>EMP</translation>
    </message>
    <message>
        <location filename="../../app/ui/grading_page.py" line="-36"/>
        <location filename="../../app/ui/table_dialog.py" line="+129"/>
        <location filename="../../app/ui/trust_page.py" line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_page.py" line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate subject</source>
        <translation>Podmiot certyfikatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>Odcisk SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/grading_page.py" line="+3"/>
        <source>Grades, best first</source>
        <translation>Oceny, od najlepszej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes from</source>
        <translation>Zaliczenie od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Kierunek skali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/trust_page.py" line="+2"/>
        <source>Valid from</source>
        <translation>Ważny od</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/trust_page.py" line="+2"/>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable</source>
        <translation>Do użycia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/table_dialog.py" line="+9"/>
        <source>Warnings</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_page.py" line="+2"/>
        <source>Validity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location filename="../../app/ui/la_panel.py" line="-5"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../app/ui/grid_page.py" line="-9"/>
        <source>Name (English)</source>
        <translation>Nazwa (angielska)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Obligatory</source>
        <translation>Obowiązkowy</translation>
    </message>
    <message>
        <location filename="../../app/ui/grades_panel.py" line="-4"/>
        <source>Grade abroad</source>
        <translation>Ocena za granicą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_page.py" line="-1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Hasło ustawione</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="-8"/>
        <source>Scale in the file</source>
        <translation>Skala w pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched scale</source>
        <translation>Dopasowana skala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict</source>
        <translation>Wynik sprawdzenia</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="+80"/>
        <location line="+9"/>
        <source>Foreign courses</source>
        <translation>Przedmioty zagraniczne</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Home courses of the credited semesters</source>
        <translation>Przedmioty z siatki zaliczanych semestrów</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link selected</source>
        <translation>P&amp;ołącz zaznaczone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise the selected foreign courses as the selected home courses</source>
        <translation>Uznaj zaznaczone przedmioty zagraniczne za zaznaczone przedmioty z siatki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept &amp;proposal</source>
        <translation>Przy&amp;jmij propozycję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept &amp;all proposals</source>
        <translation>Przyjmij wszystkie propo&amp;zycje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ject selected</source>
        <translation>Od&amp;rzuć zaznaczone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the selected foreign courses do not replace the selected home courses; those stay to be passed after return</source>
        <translation>Zapisz, że zaznaczone przedmioty zagraniczne nie zastępują zaznaczonych przedmiotów z siatki; te pozostają do zaliczenia po powrocie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>Recognition lines</source>
        <translation>Pozycje uznania</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Proposals</source>
        <translation>Propozycje</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>rejected</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recognised %1 of %2 ECTS; passed abroad %3 ECTS.</source>
        <translation>Uznano %1 z %2 ECTS; zaliczono za granicą %3 ECTS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To pass after return by %1: %2</source>
        <translation>Do zaliczenia po powrocie do %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition of %1: %2</source>
        <translation>Warunek dla %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversionTables</name>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="-89"/>
        <source>Only the %1 may do this.</source>
        <translation>Może to zrobić tylko %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The validator found nothing wrong.</source>
        <translation>Walidacja nie wykazała żadnych problemów.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Foreign grade</source>
        <translation>Ocena zagraniczna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home grade</source>
        <translation>Ocena w uczelni macierzystej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has errors: kept for the record but not used for suggestions.</source>
        <translation>Zawiera błędy: zachowana w ewidencji, ale niewykorzystywana do propozycji ocen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has errors: it will be kept for the record but not used for suggestions.</source>
        <translation>Zawiera błędy: zostanie zachowana w ewidencji, ale nie będzie wykorzystywana do propozycji ocen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usable for suggestions.</source>
        <translation>Do użytku przy propozycjach ocen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable: it will be used for suggestions.</source>
        <translation>Do użytku: będzie wykorzystywana do propozycji ocen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no known scale: not stored</source>
        <translation>nieznana skala: nie zostanie zapisana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has errors: kept, not used</source>
        <translation>zawiera błędy: zachowana, nieużywana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable</source>
        <translation>do użytku</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../app/ui/grid_page.py" line="+17"/>
        <source>Course %1 (%2)</source>
        <translation>Przedmiot %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>obligatory</source>
        <translation>obowiązkowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English):</source>
        <translation>Nazwa (angielska):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS:</source>
        <translation>ECTS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours:</source>
        <translation>Godziny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of credit:</source>
        <translation>Forma zaliczenia:</translation>
    </message>
</context>
<context>
    <name>CourseStatus</name>
    <message>
        <location filename="../../app/ui/course_models.py" line="-94"/>
        <source>passed</source>
        <translation>zaliczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>niezaliczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="+103"/>
        <source>Time: %1</source>
        <translation>Czas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Plik dziennika: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — something went wrong</source>
        <translation>%1 — wystąpił błąd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong inside Uznania, and the last action was not completed. Your saved work is safe, and the program keeps running: you can go on working.

If it happens again, please copy the report below and send it to the administrator.</source>
        <translation>W programie Uznania wystąpił błąd i ostatnia czynność nie została wykonana. Zapisane dane są bezpieczne, a program działa dalej: można kontynuować pracę.

Jeśli błąd się powtórzy, prosimy skopiować poniższy raport i przesłać go administratorowi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error report</source>
        <translation>Raport o błędzie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiuj raport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;dziennika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report is on the clipboard.</source>
        <translation>Raport skopiowano do schowka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder cannot be opened here; it is %1</source>
        <translation>Nie można tu otworzyć folderu; jego ścieżka to %1</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../app/ui/decision_page.py" line="+60"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web deadline:</source>
        <translation>Termin na WWW:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme:</source>
        <translation>Kierunek:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semester(s) to credit:</source>
        <translation>Semestr(y) do zaliczenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results loaded:</source>
        <translation>Wyniki wczytane:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>Komentarz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Album number:</source>
        <translation>Numer albumu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born:</source>
        <translation>Data urodzenia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort:</source>
        <translation>Cykl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission:</source>
        <translation>Tryb przyjęcia:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actions:</source>
        <translation>Czynności:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend deadline…</source>
        <translation>Przedłuż termin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Korekta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the approved decision for an audited correction</source>
        <translation>Otwórz ponownie zatwierdzoną decyzję w celu korekty (odnotowywanej w dzienniku audytu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation>Raport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the decision report (%1)</source>
        <translation>Podgląd, wydruk lub zapis raportu decyzji (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts of the decision</source>
        <translation>Części decyzji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results from abroad</source>
        <translation>Wyniki z zagranicy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning Agreement</source>
        <translation>Porozumienie (LA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparison</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grades and verification</source>
        <translation>Oceny i weryfikacja</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>State history</source>
        <translation>Historia zmian stanu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Decision %1 — %2</source>
        <translation>Decyzja %1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move to state: %1</source>
        <translation>Zmień stan na: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct an approved decision</source>
        <translation>Korekta zatwierdzonej decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is decision %1 corrected?</source>
        <translation>Jaki jest powód korekty decyzji %1?</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../app/ui/decisions_page.py" line="+56"/>
        <source>Search by number, album number or name…</source>
        <translation>Szukaj według numeru decyzji, numeru albumu lub nazwiska…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search decisions</source>
        <translation>Wyszukiwanie decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by number, album number or name</source>
        <translation>Szukaj według numeru decyzji, numeru albumu lub nazwiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State filter</source>
        <translation>Filtr stanu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All programmes</source>
        <translation>Wszystkie kierunki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme filter</source>
        <translation>Filtr kierunku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any deadline</source>
        <translation>Dowolny termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline filter</source>
        <translation>Filtr terminu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in 7 days</source>
        <translation>Termin w ciągu 7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in 30 days</source>
        <translation>Termin w ciągu 30 dni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No decisions yet — select students on the Students page and open decisions with Decisions ▸ Open decision for selected students… (%1)</source>
        <translation>Nie ma jeszcze decyzji — zaznacz studentów na stronie Studenci i otwórz decyzje poleceniem Decyzje ▸ Otwórz decyzję dla zaznaczonych studentów… (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how decision</source>
        <translation>Po&amp;każ decyzję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show decision</source>
        <translation>Pokaż decyzję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected decision in a tab of its own</source>
        <translation>Otwórz zaznaczoną decyzję w osobnej karcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Extend deadline…</source>
        <translation>Przedłuż &amp;termin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend deadline</source>
        <translation>Przedłuż termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the web deadline of the selected decisions</source>
        <translation>Przedłuż termin na WWW zaznaczonych decyzji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;state</source>
        <translation>Zmień &amp;stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change state</source>
        <translation>Zmień stan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print reports…</source>
        <translation>Drukuj raporty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print reports</source>
        <translation>Drukuj raporty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save reports…</source>
        <translation>Zapisz raporty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save reports</source>
        <translation>Zapisz raporty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report…</source>
        <translation>&amp;Raport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print reports…</source>
        <translation>&amp;Drukuj raporty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save reports…</source>
        <translation>Z&amp;apisz raporty…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n przeterminowana</numerusform>
            <numerusform>%n przeterminowane</numerusform>
            <numerusform>%n przeterminowanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElmoImportDialog</name>
    <message>
        <location filename="../../app/ui/elmo_dialog.py" line="+60"/>
        <source>EMREX results from %1</source>
        <translation>Wyniki EMREX z pliku %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature and identity</source>
        <translation>Podpis i tożsamość</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why you accept this learner as the student (recorded in the audit log)</source>
        <translation>Uzasadnienie, dlaczego osoba w dokumencie to ten student (zostanie zapisane w dzienniku audytu)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import selected courses</source>
        <translation>Importuj zaznaczone przedmioty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and verifying…</source>
        <translation>Odczytywanie i weryfikacja…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport:</source>
        <translation>Sposób przekazania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuer:</source>
        <translation>Wystawca:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated:</source>
        <translation>Wygenerowano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no birth date</source>
        <translation>brak daty urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner:</source>
        <translation>Osoba w dokumencie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature:</source>
        <translation>Podpis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity:</source>
        <translation>Tożsamość:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Ready to import.</source>
        <translation>✓ Gotowe do importu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attachments (%1)</source>
        <translation>Załączniki (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>valid — signed by %1 (%2)</source>
        <translation>ważny — podpisany przez %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing — the document is not signed</source>
        <translation>brak — dokument nie jest podpisany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by a contact point that is not trusted</source>
        <translation>podpisany przez niezaufany punkt kontaktowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID — changed after signing or not from the contact point</source>
        <translation>NIEWAŻNY — dokument zmieniono po podpisaniu lub nie pochodzi od punktu kontaktowego</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>matches the student</source>
        <translation>zgodna ze studentem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names the student, but the document is not verified</source>
        <translation>wskazuje studenta, ale dokument nie jest zweryfikowany</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected courses: %1 of %2, ECTS: %3</source>
        <translation>Wybrane przedmioty: %1 z %2, ECTS: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>near miss — accept only with a written reason</source>
        <translation>prawie zgodna — akceptuj tylko z pisemnym uzasadnieniem</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Warnings (%1): %2</source>
        <translation>Ostrzeżenia (%1): %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>NOT the student</source>
        <translation>NIEZGODNA — to nie jest ten student</translation>
    </message>
</context>
<context>
    <name>EmrexFetchDialog</name>
    <message>
        <location filename="../../app/ui/emrex_fetch_dialog.py" line="+55"/>
        <source>Fetch via EMREX</source>
        <translation>Pobieranie przez EMREX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The student signs in at the EMREX contact point of the university abroad, in the browser on this computer, and chooses the results to send. They come back here, signed, and open in the import preview.</source>
        <translation>Student loguje się w punkcie kontaktowym EMREX uczelni zagranicznej, w przeglądarce na tym komputerze, i wybiera wyniki do przekazania. Wracają tutaj, podpisane, i otwierają się w podglądzie importu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Country:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact point</source>
        <translation>Punkt kontaktowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact &amp;point:</source>
        <translation>&amp;Punkt kontaktowy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time left for the student</source>
        <translation>Czas pozostały studentowi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start address for the browser</source>
        <translation>Adres startowy dla przeglądarki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no browser opened, open this address in a browser on this computer</source>
        <translation>Jeśli przeglądarka się nie otworzyła, otwórz ten adres w przeglądarce na tym komputerze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;iuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;browser again</source>
        <translation>Otwórz &amp;przeglądarkę ponownie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start in the browser</source>
        <translation>&amp;Rozpocznij w przeglądarce</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The trust store has no contact point with an address. An administrator imports the EMREX registry (Trust store ▸ Import).</source>
        <translation>Wśród zaufanych EMP nie ma punktu kontaktowego z adresem. Administrator importuje rejestr EMREX (Zaufane EMP ▸ Importuj).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel fetch</source>
        <translation>Anuluj pobieranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the results from %1. The student signs in in the browser and chooses the courses; leave this window open.</source>
        <translation>Oczekiwanie na wyniki z %1. Student loguje się w przeglądarce i wybiera przedmioty; nie zamykaj tego okna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demonstration contact point runs in this program (logins: %1; password: %2).</source>
        <translation>Demonstracyjny punkt kontaktowy działa w tym programie (loginy: %1; hasło: %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No browser could be opened. Open the start address above in a browser on this computer.</source>
        <translation>Nie udało się otworzyć przeglądarki. Otwórz powyższy adres startowy w przeglądarce na tym komputerze.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time left: %1</source>
        <translation>Pozostało: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Start again</source>
        <translation>&amp;Rozpocznij ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/services/context.py" line="+89"/>
        <source>Your roles do not allow this action (it needs: {roles}).</source>
        <translation>Twoje role nie pozwalają na tę czynność (wymagana rola: {roles}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database cannot be reached: {detail}</source>
        <translation>Brak połączenia z bazą danych: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/comparison.py" line="+137"/>
        <location filename="../../app/services/decisions.py" line="+217"/>
        <location line="+68"/>
        <location filename="../../app/services/emrex/fetch.py" line="+183"/>
        <location filename="../../app/services/grades.py" line="+387"/>
        <location filename="../../app/services/intake.py" line="+175"/>
        <location filename="../../app/services/la.py" line="+254"/>
        <location line="+65"/>
        <location filename="../../app/services/reports/data.py" line="+77"/>
        <source>Decision {id} does not exist.</source>
        <translation>Decyzja {id} nie istnieje.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Failed abroad: it cannot be recognised.</source>
        <translation>Niezaliczony za granicą: nie może zostać uznany.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still in progress abroad.</source>
        <translation>Wciąż w toku za granicą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the Learning Agreement.</source>
        <translation>Nie ma go w porozumieniu (Learning Agreement).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The semesters to credit are not chosen yet.</source>
        <translation>Nie wybrano jeszcze semestrów do zaliczenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no curriculum grid for the programme.</source>
        <translation>Dla kierunku nie ma siatki zajęć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not credited: semester {semester} has {recognised} of the required {required} ECTS recognised; {count} course(s) to pass after return.</source>
        <translation>Niezaliczony: w semestrze {semester} uznano {recognised} z wymaganych {required} ECTS; przedmioty do zaliczenia po powrocie: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Semester not credited: {recognised} of the required {required} ECTS recognised; {count} course(s) to pass after return.</source>
        <translation>Semestr niezaliczony: uznano {recognised} z wymaganych {required} ECTS; przedmioty do zaliczenia po powrocie: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Semester credited: {recognised} ECTS recognised.</source>
        <translation>Semestr zaliczony: uznano {recognised} ECTS.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The Learning Agreement maps {foreign} to {home}.</source>
        <translation>Porozumienie (Learning Agreement) przypisuje {foreign} do {home}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An approved decision recognised {code} of {host} as {home}.</source>
        <translation>Zatwierdzona decyzja uznała {code} z uczelni {host} jako {home}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Similar titles ({similarity} %) and ECTS {foreign_ects} / {home_ects}.</source>
        <translation>Podobne nazwy ({similarity} %) i ECTS {foreign_ects} / {home_ects}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decision {number} is final; its recognition lines cannot change.</source>
        <translation>Decyzja {number} jest ostateczna; jej pozycji uznania nie można zmienić.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A recognition line needs at least one foreign and one home course.</source>
        <translation>Pozycja uznania wymaga co najmniej jednego przedmiotu zagranicznego i jednego z siatki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown line status {status}.</source>
        <translation>Nieznany status pozycji: {status}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Courses of another decision or another grid cannot be recognised here.</source>
        <translation>Przedmiotów innej decyzji lub innej siatki nie można tu uznać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A foreign course is already in another recognition line; remove that line first.</source>
        <translation>Przedmiot zagraniczny jest już w innej pozycji uznania; najpierw usuń tamtą pozycję.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/services/grades.py" line="+38"/>
        <source>The decision has no recognition line {id}.</source>
        <translation>Decyzja nie ma pozycji uznania {id}.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="-55"/>
        <source>The web deadline {deadline} is in the past.</source>
        <translation>Termin na WWW {deadline} już minął.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one student.</source>
        <translation>Wybierz co najmniej jednego studenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/students.py" line="+89"/>
        <source>There is no student with album number {album}.</source>
        <translation>Nie ma studenta o numerze albumu {album}.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Semester(s) to credit must be numbers from 1 to 14, like &quot;3&quot; or &quot;3,4&quot;; got &quot;{text}&quot;.</source>
        <translation>Semestr(y) do zaliczenia muszą być liczbami od 1 do 14, np. „3” lub „3,4”; podano „{text}”.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The student with album number {album} already has decision {number} for semester(s) {semesters} that is not finished.</source>
        <translation>Student o numerze albumu {album} ma już niezakończoną decyzję {number} dla semestru(ów) {semesters}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Decision {number} was changed by {actor} in the meantime; it has been reloaded.</source>
        <translation>Decyzja {number} została w międzyczasie zmieniona przez użytkownika {actor}; wczytano ją ponownie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one decision.</source>
        <translation>Wybierz co najmniej jedną decyzję.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision {number} is {state}: only open or returned decisions have a web deadline to extend.</source>
        <translation>Decyzja {number} ma stan {state}: termin na WWW można przedłużyć tylko decyzjom otwartym lub zwróconym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new deadline {deadline} is not later than the current one of decision {number} ({current}).</source>
        <translation>Nowy termin {deadline} nie jest późniejszy niż obecny termin decyzji {number} ({current}).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Moving the decision to {target} needs a new web deadline.</source>
        <translation>Zmiana stanu decyzji na {target} wymaga nowego terminu na WWW.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving the decision to {target} takes no deadline; extend the deadline instead.</source>
        <translation>Zmiana stanu decyzji na {target} nie zmienia terminu; aby go zmienić, przedłuż termin.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Moving the decision to {target} needs a comment.</source>
        <translation>Zmiana stanu decyzji na {target} wymaga komentarza.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="+70"/>
        <source>Demo data is for 1 to 200,000 students with at most 3 decisions each.</source>
        <translation>Dane demonstracyjne obejmują od 1 do 200 000 studentów i najwyżej 3 decyzje na studenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database already has students; demo data goes only into an empty desk.</source>
        <translation>W bazie są już studenci; dane demonstracyjne można dodać tylko do pustej bazy.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="+66"/>
        <source>The action could not be completed.</source>
        <translation>Nie udało się wykonać tej czynności.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data given is not valid.</source>
        <translation>Podane dane są nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record no longer exists.</source>
        <translation>Ten rekord już nie istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change of state is not allowed.</source>
        <translation>Ta zmiana stanu jest niedozwolona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to do this.</source>
        <translation>Nie masz uprawnień do wykonania tej czynności.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else changed this record in the meantime. It has been reloaded; please try again.</source>
        <translation>Ktoś inny zmienił w międzyczasie ten rekord. Wczytano go ponownie; spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record already exists.</source>
        <translation>Taki rekord już istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read.</source>
        <translation>Nie udało się odczytać pliku.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An unexpected error stopped the action; nothing was changed.</source>
        <translation>Nieoczekiwany błąd przerwał czynność; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../app/services/programmes.py" line="+46"/>
        <source>A programme needs a code and a Polish name.</source>
        <translation>Kierunek musi mieć kod i nazwę polską.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme {code} already exists.</source>
        <translation>Kierunek {code} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+67"/>
        <source>Missing album number.</source>
        <translation>Brak numeru albumu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing family name.</source>
        <translation>Brak nazwiska.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing given names.</source>
        <translation>Brak imion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing birth date.</source>
        <translation>Brak daty urodzenia.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="+458"/>
        <location filename="../../app/services/student_import.py" line="+1"/>
        <source>Missing programme.</source>
        <translation>Brak kierunku.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="+181"/>
        <source>Two columns hold the {field}: &quot;{first}&quot; and &quot;{second}&quot;; keep one of them.</source>
        <translation>Dwie kolumny zawierają pole „{field}”: „{first}” i „{second}”; zostaw jedną z nich.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid_values.py" line="+86"/>
        <source>Missing course code.</source>
        <translation>Brak kodu przedmiotu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing course name.</source>
        <translation>Brak nazwy przedmiotu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing semester.</source>
        <translation>Brak semestru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing ECTS.</source>
        <translation>Brak punktów ECTS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing form of credit.</source>
        <translation>Brak formy zaliczenia.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Bad semester &quot;{value}&quot; (a whole number from 1 to 14).</source>
        <translation>Nieprawidłowy semestr „{value}” (oczekiwano liczby całkowitej od 1 do 14).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad ECTS value &quot;{value}&quot; (a number from 0 to 999.9 with at most one decimal place).</source>
        <translation>Nieprawidłowa liczba punktów ECTS „{value}” (oczekiwano liczby od 0 do 999,9 z co najwyżej jednym miejscem po przecinku).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bad number of hours &quot;{value}&quot; in the column &quot;{column}&quot; (a whole number from 0 to 9999).</source>
        <translation>Nieprawidłowa liczba godzin „{value}” w kolumnie „{column}” (oczekiwano liczby całkowitej od 0 do 9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad number of hours &quot;{value}&quot; (a whole number from 0 to 9999).</source>
        <translation>Nieprawidłowa liczba godzin „{value}” (oczekiwano liczby całkowitej od 0 do 9999).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown form of credit &quot;{value}&quot; (expected E, ZO or ZAL: exam, graded credit or credit).</source>
        <translation>Nieznana forma zaliczenia „{value}” (oczekiwano: E, ZO lub ZAL — egzamin, zaliczenie na ocenę lub zaliczenie).</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="-218"/>
        <location filename="../../app/services/grid_values.py" line="+15"/>
        <source>Unknown group &quot;{value}&quot; (expected OBL or WYB: obligatory or elective).</source>
        <translation>Nieznana grupa „{value}” (oczekiwano: OBL lub WYB — obowiązkowy lub do wyboru).</translation>
    </message>
    <message>
        <location filename="../../app/services/grid_values.py" line="+15"/>
        <source>Bad ISCED code &quot;{value}&quot; (two to four digits, like 0613).</source>
        <translation>Nieprawidłowy kod ISCED „{value}” (oczekiwano od dwóch do czterech cyfr, np. 0613).</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="-92"/>
        <source>Approved decisions rest on {codes} of this grid; it cannot change. Correct the grid of a new academic year instead.</source>
        <translation>Na przedmiotach {codes} tej siatki opierają się zatwierdzone decyzje; nie można jej zmienić. Popraw siatkę nowego roku akademickiego.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The {year} grid of {programme} already has a course {code}.</source>
        <translation>Siatka zajęć kierunku {programme} na rok akademicki {year} ma już przedmiot {code}.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/table_file.py" line="+82"/>
        <source>Line {line}, column &quot;{column}&quot;: &quot;{value}&quot; is not a number.</source>
        <translation>Wiersz {line}, kolumna „{column}”: „{value}” nie jest liczbą.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../app/services/grid.py" line="+50"/>
        <location filename="../../app/services/student_import.py" line="+119"/>
        <source>The file {name} has no column for: {columns}. Columns found: {found}.</source>
        <translation>W pliku {name} brakuje kolumn: {columns}. Znalezione kolumny: {found}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line {line}: the column &quot;{column}&quot; is empty.</source>
        <translation>Wiersz {line}: kolumna „{column}” jest pusta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the row names no foreign grade (neither a range nor a label).</source>
        <translation>Wiersz {line}: wiersz nie wskazuje żadnej oceny zagranicznej (ani zakresu, ani nazwy oceny).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the range {low}–{high} runs backwards; write the lower number first.</source>
        <translation>Wiersz {line}: zakres {low}–{high} jest odwrócony; najpierw wpisz mniejszą liczbę.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="+89"/>
        <source>The row is for the programme {found}, not {expected}.</source>
        <translation>Wiersz dotyczy kierunku {found}, a nie {expected}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+111"/>
        <source>Bad academic year &quot;{value}&quot; (expected e.g. 2025/26).</source>
        <translation>Nieprawidłowy rok akademicki „{value}” (oczekiwano np. 2025/26).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The row is for the academic year {found}, not {expected}.</source>
        <translation>Wiersz dotyczy roku akademickiego {found}, a nie {expected}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate course code {code} (already on line {line}).</source>
        <translation>Powtórzony kod przedmiotu {code} (występuje już w wierszu {line}).</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Course {id} of the curriculum grid does not exist.</source>
        <translation>Przedmiot {id} siatki zajęć nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid_values.py" line="+7"/>
        <location filename="../../app/services/student_import.py" line="+44"/>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>Pole „{field}” jest dłuższe niż {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+3"/>
        <source>Album number &quot;{album}&quot; is not valid.</source>
        <translation>Nieprawidłowy numer albumu „{album}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate album number {album} (already on line {line}).</source>
        <translation>Powtórzony numer albumu {album} (występuje już w wierszu {line}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad birth date &quot;{value}&quot;.</source>
        <translation>Nieprawidłowa data urodzenia „{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="-7"/>
        <location filename="../../app/services/student_import.py" line="+7"/>
        <location line="+59"/>
        <source>Unknown programme &quot;{programme}&quot;.</source>
        <translation>Nieznany kierunek „{programme}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="-56"/>
        <source>Programme &quot;{programme}&quot; is ambiguous ({codes}); give its code.</source>
        <translation>Kierunek „{programme}” jest niejednoznaczny ({codes}); podaj jego kod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown admission kind &quot;{value}&quot; (expected transfer, short-term or Erasmus return).</source>
        <translation>Nieznany tryb przyjęcia „{value}” (oczekiwano: przeniesienie, krótkoterminowy lub powrót z Erasmus+).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bad e-mail address &quot;{value}&quot;.</source>
        <translation>Nieprawidłowy adres e-mail „{value}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Missing admission kind for a new student (choose one for rows that do not say).</source>
        <translation>Brak trybu przyjęcia nowego studenta (wybierz tryb dla wierszy, które go nie podają).</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="-77"/>
        <location filename="../../app/services/student_import.py" line="+17"/>
        <source>The file has no valid rows to import.</source>
        <translation>Plik nie zawiera żadnych poprawnych wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="-124"/>
        <source>The file&apos;s character encoding cannot be recognised; save it as UTF-8 or Windows-1250.</source>
        <translation>Nie można rozpoznać kodowania znaków pliku; zapisz go w UTF-8 lub Windows-1250.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file cannot be read at line {line}: {detail}</source>
        <translation>Nie można odczytać pliku w wierszu {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/table_file.py" line="+6"/>
        <location filename="../../app/services/tabular.py" line="+3"/>
        <location line="+34"/>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="-3"/>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>Nie można odczytać arkusza: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/files.py" line="+18"/>
        <source>The file {name} is too large ({size} bytes).</source>
        <translation>Plik {name} jest za duży ({size} B).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be opened: {detail}</source>
        <translation>Nie można otworzyć pliku {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/intake.py" line="-62"/>
        <source>The document is not signed; only results signed by a trusted contact point count.</source>
        <translation>Dokument nie jest podpisany; uwzględniane są tylko wyniki podpisane przez zaufany punkt kontaktowy.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The results cannot be imported:</source>
        <translation>Nie można zaimportować wyników:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This document was imported in the meantime.</source>
        <translation>Ten dokument został w międzyczasie zaimportowany.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document is signed by a contact point that is not in the trust store.</source>
        <translation>Dokument jest podpisany przez punkt kontaktowy, którego nie ma w magazynie zaufania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact point&apos;s certificate was not valid when the document was received.</source>
        <translation>Certyfikat punktu kontaktowego nie był ważny w chwili otrzymania dokumentu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is not valid: the document was changed after signing or is not what the contact point sent.</source>
        <translation>Podpis jest nieważny: dokument zmieniono po podpisaniu lub nie jest tym, co wysłał punkt kontaktowy.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The results are signed by {signer}, not by the contact point {emp} they were fetched from.</source>
        <translation>Wyniki podpisał {signer}, a nie punkt kontaktowy {emp}, z którego zostały pobrane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This document was already imported (document {document}, decision {decision}).</source>
        <translation>Ten dokument został już zaimportowany (dokument {document}, decyzja {decision}).</translation>
    </message>
    <message>
        <location filename="../../app/services/emrex/fetch.py" line="-129"/>
        <source>The fetch was cancelled; nothing was received.</source>
        <translation>Pobieranie anulowano; nic nie odebrano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results came back within {minutes} min; the session has ended. Start a new fetch to try again.</source>
        <translation>W ciągu {minutes} min nie wróciły żadne wyniki; sesja wygasła. Aby spróbować ponownie, rozpocznij nowe pobieranie.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The fetch ended without results.</source>
        <translation>Pobieranie zakończyło się bez wyników.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The trust store has no contact point {emp} with an address to fetch results from.</source>
        <translation>Wśród zaufanych EMP nie ma punktu kontaktowego {emp} z adresem, z którego można pobrać wyniki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several contact points are called {emp}; choose one by its country in the window.</source>
        <translation>Kilka punktów kontaktowych nazywa się {emp}; wybierz właściwy według kraju w oknie programu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/services/intake.py" line="+4"/>
        <location line="+47"/>
        <source>Decision {number} does not await results (it is {state}).</source>
        <translation>Decyzja {number} nie oczekuje na wyniki (ma stan {state}).</translation>
    </message>
    <message>
        <location filename="../../app/services/intake.py" line="-43"/>
        <source>The document holds no courses.</source>
        <translation>Dokument nie zawiera żadnych przedmiotów.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The learner only nearly matches the student; accepting needs a written reason.</source>
        <translation>Osoba w dokumencie jest tylko prawie zgodna ze studentem; przyjęcie wymaga pisemnego uzasadnienia.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The document has no course {keys}.</source>
        <translation>Dokument nie zawiera pozycji: {keys}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select at least one course to import.</source>
        <translation>Zaznacz co najmniej jeden przedmiot do zaimportowania.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../app/services/results.py" line="+101"/>
        <source>There is no stored document {id}.</source>
        <translation>Nie ma zapisanego dokumentu {id}.</translation>
    </message>
    <message>
        <location filename="../../app/services/la_tables.py" line="+39"/>
        <source>The Learning Agreement cannot be saved:</source>
        <translation>Nie można zapisać porozumienia o programie zajęć (Learning Agreement):</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Row {row}: the table &quot;{value}&quot; is not A, B or C.</source>
        <translation>Wiersz {row}: tabela „{value}” to nie A, B ani C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}: the title is missing.</source>
        <translation>Wiersz {row}: brak nazwy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: the ECTS credits &quot;{value}&quot; are not a number from 0 to {limit}.</source>
        <translation>Wiersz {row}: punkty ECTS „{value}” nie są liczbą od 0 do {limit}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the {field} is longer than {limit} characters.</source>
        <translation>Wiersz {row}: pole „{field}” jest dłuższe niż {limit} znaków.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file {name} has no column for: {columns}. A Learning Agreement table needs the columns table (A or B) and title; code, ECTS, term and group may follow. Columns found: {found}.</source>
        <translation>W pliku {name} brak kolumny: {columns}. Tabela porozumienia o programie zajęć (Learning Agreement) wymaga kolumn tabela (A lub B) i nazwa; mogą też wystąpić kod, ECTS, semestr i grupa. Znalezione kolumny: {found}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file {name} holds no components.</source>
        <translation>Plik {name} nie zawiera żadnych komponentów.</translation>
    </message>
    <message>
        <location filename="../../app/services/la.py" line="-103"/>
        <source>Group {group} has components in Table {present} but none in Table {missing}.</source>
        <translation>Grupa {group} ma komponenty w Tabeli {present}, ale żadnego w Tabeli {missing}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../app/services/tabular.py" line="+14"/>
        <source>The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV.</source>
        <translation>Plik {name} jest skoroszytem w starym formacie Excela (.xls); zapisz go jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is neither an EWP Learning Agreement (XML) nor a CSV or XLSX table.</source>
        <translation>Plik {name} nie jest ani porozumieniem o programie zajęć z EWP (XML), ani tabelą CSV lub XLSX.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter at least one component; to drop the Learning Agreement, remove it.</source>
        <translation>Wprowadź co najmniej jeden komponent; aby zrezygnować z porozumienia o programie zajęć (Learning Agreement), usuń je.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Decision {number} is {state}: its Learning Agreement can no longer be changed.</source>
        <translation>Decyzja {number} ma stan {state}: jej porozumienia o programie zajęć (Learning Agreement) nie można już zmienić.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The Learning Agreement is for {name}, but the decision is for {student}.</source>
        <translation>Porozumienie o programie zajęć (Learning Agreement) dotyczy osoby {name}, a decyzja – osoby {student}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Learning Agreement gives the birth date {date}, the student&apos;s is {student_date}.</source>
        <translation>W porozumieniu o programie zajęć (Learning Agreement) data urodzenia to {date}, a w danych studenta {student_date}.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="+3"/>
        <source>The file {name} is neither CSV nor XLSX.</source>
        <translation>Plik {name} nie jest plikiem CSV ani XLSX.</translation>
    </message>
    <message>
        <location filename="../../app/services/workflow.py" line="+64"/>
        <source>Decision is approved, which is final: only a correction may change it.</source>
        <translation>Decyzja została zatwierdzona i jest ostateczna: zmienić ją można tylko w drodze korekty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision is cancelled and kept for the record: it cannot be moved.</source>
        <translation>Decyzja została anulowana i pozostaje w ewidencji: nie można już zmienić jej stanu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision is already in state {state}.</source>
        <translation>Decyzja ma już stan {state}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision in state {source} cannot move to {target}; allowed: {allowed}.</source>
        <translation>Stanu decyzji {source} nie można zmienić na {target}; dozwolone: {allowed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving a decision from {source} to {target} needs the role: {roles}.</source>
        <translation>Zmiana stanu decyzji z {source} na {target} wymaga roli: {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="+35"/>
        <source>Login or password is wrong.</source>
        <translation>Nieprawidłowy login lub hasło.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A shared database needs signing in with a login and password.</source>
        <translation>Wspólna baza danych wymaga zalogowania się loginem i hasłem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+101"/>
        <source>The account {login} is switched off.</source>
        <translation>Konto {login} jest wyłączone.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Unknown role {role}; the roles are: {roles}.</source>
        <translation>Nieznana rola {role}; dostępne role: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the account at least one role.</source>
        <translation>Nadaj kontu co najmniej jedną rolę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A login is one word of at most {maximum} characters, without spaces.</source>
        <translation>Login musi być jednym słowem bez spacji, liczącym najwyżej {maximum} znaków.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The account {login} has no password yet; ask the administrator to set one.</source>
        <translation>Konto {login} nie ma jeszcze hasła; poproś administratora o jego ustawienie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This database already has accounts; sign in with yours.</source>
        <translation>Ta baza danych ma już konta; zaloguj się na swoje konto.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is already an account {login}.</source>
        <translation>Konto {login} już istnieje.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You cannot switch off your own account.</source>
        <translation>Nie możesz wyłączyć własnego konta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The current password is wrong.</source>
        <translation>Obecne hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no account {login}.</source>
        <translation>Nie ma konta {login}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{login} is the last active administrator; give another account the role {role} first.</source>
        <translation>{login} to ostatni aktywny administrator; najpierw nadaj rolę {role} innemu kontu.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch.py" line="+88"/>
        <source>Already imported (document {document}).</source>
        <translation>Zaimportowany już wcześniej (dokument {document}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The document gives no birth date; load it into the student&apos;s decision by hand.</source>
        <translation>Dokument nie podaje daty urodzenia; wczytaj go ręcznie do decyzji studenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Students matching the learner {name}: {count}; load the file by hand.</source>
        <translation>Liczba studentów zgodnych z osobą w dokumencie ({name}): {count}; wczytaj plik ręcznie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decisions of student {album} awaiting results: {count}; load the file by hand.</source>
        <translation>Liczba decyzji studenta {album} oczekujących na wyniki: {count}; wczytaj plik ręcznie.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/courses.py" line="+94"/>
        <source>{count} entries carry credits but no result (no grade, status or date) and were not imported: {titles}</source>
        <translation>Pozycje z punktami, ale bez wyniku (bez oceny, statusu i daty), nie zostały zaimportowane (liczba: {count}): {titles}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{title}&quot; has {count} instances; only the first is read.</source>
        <translation>„{title}” występuje wielokrotnie (liczba wystąpień: {count}); odczytano tylko pierwsze wystąpienie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{title}&quot; is nested too deeply; its parts were not read.</source>
        <translation>Pozycja „{title}” jest zagnieżdżona zbyt głęboko; jej części nie zostały odczytane.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;{title}&quot;: the credit value &quot;{value}&quot; is not a number; it was ignored.</source>
        <translation>„{title}”: wartość punktowa „{value}” nie jest liczbą; pominięto ją.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{title}&quot;: credits are given in the scheme &quot;{scheme}&quot;, not in ECTS.</source>
        <translation>„{title}”: punkty podano w systemie „{scheme}”, a nie w ECTS.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;{title}&quot; states {stated} ECTS, but the results listed under it add up to {counted} ECTS; only those results are imported.</source>
        <translation>Pozycja „{title}” ma {stated} ECTS, ale wymienione w niej wyniki dają łącznie {counted} ECTS; importowane są tylko te wyniki.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A course has no title (entry {key}).</source>
        <translation>Przedmiot nie ma nazwy (pozycja {key}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;{title}&quot; refers to the grading scheme &quot;{scheme}&quot;, which the document does not describe.</source>
        <translation>„{title}” odwołuje się do skali ocen „{scheme}”, której dokument nie opisuje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;{title}&quot; has the unknown status &quot;{status}&quot;.</source>
        <translation>„{title}” ma nieznany status „{status}”.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;{title}&quot;: the date &quot;{value}&quot; cannot be read; it was left out.</source>
        <translation>„{title}”: nie można odczytać daty „{value}”; pominięto ją.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;{title}&quot;: the result distribution has an unreadable count &quot;{count}&quot;.</source>
        <translation>„{title}”: rozkład ocen zawiera nieczytelną liczbę „{count}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/ewp.py" line="+79"/>
        <source>The EWP Transcript of Records response holds no transcript: the partner does not know the mobility or does not share its results.</source>
        <translation>Odpowiedź EWP z wykazem zaliczeń (ToR) nie zawiera żadnego wykazu: uczelnia partnerska nie zna tego wyjazdu lub nie udostępnia jego wyników.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The EWP Transcript of Records response holds transcripts of {count} mobilities ({ids}); one document can be imported at a time.</source>
        <translation>Odpowiedź EWP z wykazem zaliczeń (ToR) zawiera wykazy z {count} wyjazdów ({ids}); jednorazowo można zaimportować tylko jeden dokument.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ELMO document inside the EWP response cannot be separated from it unchanged.</source>
        <translation>Nie można wydzielić z odpowiedzi EWP zawartego w niej dokumentu ELMO bez jego zmiany.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/identity.py" line="+76"/>
        <source>The document&apos;s ESI {document} is not the student&apos;s {student}.</source>
        <translation>ESI w dokumencie ({document}) różni się od ESI studenta ({student}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document gives no birth date: a person must confirm the identity.</source>
        <translation>Dokument nie podaje daty urodzenia: tożsamość musi potwierdzić pracownik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birth date {document} in the document, {student} for the student.</source>
        <translation>Data urodzenia w dokumencie: {document}, u studenta: {student}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The name in the document, {document}, is close to but not the student&apos;s {student}.</source>
        <translation>Imię i nazwisko w dokumencie ({document}) są podobne do danych studenta ({student}), ale nie identyczne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document is about {document}, not the student {student}.</source>
        <translation>Dokument dotyczy osoby {document}, a nie studenta {student}.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/reader.py" line="+51"/>
        <location filename="../../app/services/elmo/xmlsafe.py" line="+126"/>
        <source>This XML document is not an ELMO transcript: its root element is &quot;{element}&quot; (namespace &quot;{namespace}&quot;), not &quot;elmo&quot;.</source>
        <translation>Ten dokument XML nie jest wykazem zaliczeń ELMO: jego elementem głównym jest „{element}” (przestrzeń nazw „{namespace}”), a nie „elmo”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document holds no report, so no courses.</source>
        <translation>Dokument nie zawiera żadnego raportu, więc nie ma w nim przedmiotów.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The document uses the unknown namespace &quot;{namespace}&quot;; it was read as ELMO 1.</source>
        <translation>Dokument używa nieznanej przestrzeni nazw „{namespace}”; odczytano go jako ELMO 1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The document does not say who the learner is; the student must be identified by hand.</source>
        <translation>Dokument nie podaje, kogo dotyczy; studenta trzeba zidentyfikować ręcznie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document names more than one learner; the first one is used.</source>
        <translation>Dokument wymienia więcej niż jedną osobę; użyto pierwszej z nich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The learner&apos;s birth date &quot;{value}&quot; cannot be read.</source>
        <translation>Nie można odczytać daty urodzenia osoby w dokumencie („{value}”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document gives no birth date of the learner; a person must confirm who it is.</source>
        <translation>Dokument nie podaje daty urodzenia osoby, której dotyczy; jej tożsamość musi potwierdzić pracownik.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report {number} does not say who issued it.</source>
        <translation>Raport {number} nie podaje wystawcy.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The attachment &quot;{title}&quot; cannot be decoded; it was left out.</source>
        <translation>Nie można zdekodować załącznika „{title}”; pominięto go.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment &quot;{title}&quot; says it is a PDF but is not one.</source>
        <translation>Załącznik „{title}” jest oznaczony jako PDF, ale nie jest plikiem PDF.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/schema.py" line="+63"/>
        <source>This ELMO layout (namespace &quot;{namespace}&quot;) has no bundled schema; the document was not checked against one.</source>
        <translation>Dla tej odmiany ELMO (przestrzeń nazw „{namespace}”) nie ma dołączonego schematu; dokumentu nie sprawdzono pod kątem zgodności ze schematem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ELMO {version} schema is missing from this installation; the document was not checked against it.</source>
        <translation>W tej instalacji brakuje schematu ELMO {version}; dokumentu nie sprawdzono pod kątem zgodności z nim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ELMO {version} schema, line {line}: {detail}</source>
        <translation>Schemat ELMO {version}, wiersz {line}: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {count} more schema problems.</source>
        <translation>… oraz dalsze niezgodności ze schematem (liczba: {count}).</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/transport.py" line="+42"/>
        <source>The student cancelled at the contact point ({code}), so it returned no results. Its message: {reply}</source>
        <translation>Student anulował operację w punkcie kontaktowym ({code}), więc punkt nie zwrócił wyników. Komunikat punktu: {reply}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact point found no results to return ({code}). Its message: {reply}</source>
        <translation>Punkt kontaktowy nie znalazł wyników do zwrócenia ({code}). Komunikat punktu: {reply}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact point reported an error ({code}) and returned no results. Its message: {reply}</source>
        <translation>Punkt kontaktowy zgłosił błąd ({code}) i nie zwrócił wyników. Komunikat punktu: {reply}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../app/services/elmo/xmlsafe.py" line="-34"/>
        <source>The document is too large to be a transcript ({size} bytes; at most {limit} are read).</source>
        <translation>Dokument jest za duży jak na wykaz zaliczeń ({size} B; odczytywane jest najwyżej {limit} B).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/elmo/xmlsafe.py" line="-17"/>
        <location line="+15"/>
        <location line="+15"/>
        <source>The document is empty.</source>
        <translation>Dokument jest pusty.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The document is base64 text, but what it encodes is neither XML nor gzip-compressed XML.</source>
        <translation>Dokument jest tekstem base64, ale jego zawartość nie jest ani XML-em, ani XML-em skompresowanym gzip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not an ELMO document: it is neither XML, gzip, base64 text nor an EMREX return form.</source>
        <translation>To nie jest dokument ELMO: nie jest to ani XML, ani gzip, ani tekst base64, ani formularz zwrotny EMREX.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The document is gzip-compressed, but what it holds is not XML.</source>
        <translation>Dokument jest skompresowany gzip, ale jego zawartość nie jest XML-em.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document looks like base64 text, but it cannot be decoded: it is damaged or cut short.</source>
        <translation>Dokument wygląda na tekst base64, ale nie można go zdekodować: jest uszkodzony lub niekompletny.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The compressed document unpacks to more than {limit} bytes and is refused: no transcript is that large, and this is a known way to attack programs.</source>
        <translation>Skompresowany dokument po rozpakowaniu przekracza {limit} B i został odrzucony: żaden wykaz zaliczeń nie jest tak duży, a jest to znany sposób atakowania programów.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The compressed document is cut short: its end is missing.</source>
        <translation>Skompresowany dokument jest niekompletny: brakuje jego końca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The compressed document is damaged and cannot be unpacked ({detail}).</source>
        <translation>Skompresowany dokument jest uszkodzony i nie można go rozpakować ({detail}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The compressed document is followed by data that does not belong to it.</source>
        <translation>Po skompresowanym dokumencie występują dane, które do niego nie należą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compressed document consists of too many parts and is refused.</source>
        <translation>Skompresowany dokument składa się ze zbyt wielu części i został odrzucony.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The return form of the contact point has the field &quot;{field}&quot; twice; it is refused.</source>
        <translation>Formularz zwrotny punktu kontaktowego zawiera dwukrotnie pole „{field}”; został odrzucony.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The contact point returned the unknown code {code} instead of results. Its message: {reply}</source>
        <translation>Punkt kontaktowy zamiast wyników zwrócił nieznany kod {code}. Komunikat punktu: {reply}</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The contact point reported success ({code}) but sent no document.</source>
        <translation>Punkt kontaktowy zgłosił powodzenie ({code}), ale nie przesłał dokumentu.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/trust_sources.py" line="+41"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The trust source cannot be read.</source>
        <translation>Nie można odczytać źródła zaufanych certyfikatów.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The trust source {source} cannot be read: it is not an EMREX registry (JSON), an EWP catalogue (XML) or a certificate (PEM or DER).</source>
        <translation>Nie można odczytać źródła zaufanych certyfikatów {source}: nie jest to rejestr EMREX (JSON), katalog EWP (XML) ani certyfikat (PEM lub DER).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The registry {source} is not valid JSON: {detail}</source>
        <translation>Rejestr {source} nie jest poprawnym plikiem JSON: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trust source {source} is not an EMREX registry: it has no list of contact points (&quot;emps&quot; or &quot;ncps&quot;).</source>
        <translation>Źródło zaufanych certyfikatów {source} nie jest rejestrem EMREX: nie zawiera listy punktów kontaktowych („emps” ani „ncps”).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry {source} lists no contact points.</source>
        <translation>Rejestr {source} nie zawiera żadnych punktów kontaktowych.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact point {index} of the registry {source} is not an object.</source>
        <translation>Punkt kontaktowy nr {index} w rejestrze {source} nie jest obiektem JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact point {emp} in {source} has no certificate (pubKey).</source>
        <translation>Punkt kontaktowy {emp} w pliku {source} nie ma certyfikatu (pubKey).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate (pubKey) of the contact point {emp} in {source} cannot be read: {detail}</source>
        <translation>Nie można odczytać certyfikatu (pubKey) punktu kontaktowego {emp} w pliku {source}: {detail}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The catalogue {source} is not well-formed XML: {detail}</source>
        <translation>Katalog {source} nie jest poprawnym składniowo dokumentem XML: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue {source} declares a DOCTYPE, which is not allowed.</source>
        <translation>Katalog {source} zawiera deklarację DOCTYPE, która jest niedozwolona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trust source {source} holds no EMREX data access points (it is not an EWP catalogue, or one without EMREX).</source>
        <translation>Źródło zaufanych certyfikatów {source} nie zawiera punktów dostępu do danych EMREX (nie jest katalogiem EWP albo jest katalogiem bez EMREX).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The EMREX data access point {emp} in {source} has no certificate.</source>
        <translation>Punkt dostępu do danych EMREX {emp} w pliku {source} nie ma certyfikatu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of the EMREX data access point {emp} in {source} cannot be read: {detail}</source>
        <translation>Nie można odczytać certyfikatu punktu dostępu do danych EMREX {emp} w pliku {source}: {detail}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>The certificate in {source} cannot be read: {detail}</source>
        <translation>Nie można odczytać certyfikatu z pliku {source}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/types.py" line="+16"/>
        <source>The document cannot be read.</source>
        <translation>Nie można odczytać dokumentu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact point returned no results.</source>
        <translation>Punkt kontaktowy nie zwrócił wyników.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/xmlsafe.py" line="-40"/>
        <source>The document cannot be read: it says it is written in the {encoding} encoding, but at line {line}, column {column} it holds bytes that are not valid {encoding} (the sender probably wrote it in Latin-1 or Windows-1252). Ask the sender for a correctly encoded document.</source>
        <translation>Nie można odczytać dokumentu: według deklaracji jest zapisany w kodowaniu {encoding}, ale w wierszu {line}, kolumnie {column} zawiera bajty niepoprawne w kodowaniu {encoding} (nadawca prawdopodobnie zapisał go w Latin-1 lub Windows-1252). Poproś nadawcę o dokument w poprawnym kodowaniu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document cannot be read: it declares the encoding &quot;{encoding}&quot;, which is not known.</source>
        <translation>Nie można odczytać dokumentu: deklaruje on nieznane kodowanie „{encoding}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document is not well-formed XML: {reason} (line {line}, column {column}).</source>
        <translation>Dokument nie jest poprawnym składniowo dokumentem XML: {reason} (wiersz {line}, kolumna {column}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The document cannot be read: {reason}.</source>
        <translation>Nie można odczytać dokumentu: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document is refused: it carries a document type declaration (DOCTYPE). ELMO documents never need one, and it is a known way to attack programs that read XML.</source>
        <translation>Dokument odrzucono: zawiera deklarację typu dokumentu (DOCTYPE). Dokumenty ELMO nigdy jej nie potrzebują, a jest to znany sposób atakowania programów odczytujących XML.</translation>
    </message>
    <message>
        <location filename="../../app/services/trust.py" line="+141"/>
        <source>Say why the trust in this contact point changes.</source>
        <translation>Podaj, dlaczego zmienia się zaufanie do tego punktu kontaktowego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trust store has no entry {id}.</source>
        <translation>W magazynie zaufania nie ma wpisu {id}.</translation>
    </message>
    <message>
        <location filename="../../app/services/la_ewp.py" line="+81"/>
        <source>The Learning Agreement cannot be read.</source>
        <translation>Nie można odczytać porozumienia o programie zajęć (Learning Agreement).</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The file is too large to be a Learning Agreement ({size} bytes; at most {limit} are read).</source>
        <translation>Plik jest za duży jak na porozumienie o programie zajęć ({size} bajtów; odczytywanych jest najwyżej {limit}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Learning Agreement is refused: it carries a document type declaration (DOCTYPE). EWP documents never need one, and it is a known way to attack programs that read XML.</source>
        <translation>Porozumienie o programie zajęć (Learning Agreement) zostało odrzucone: zawiera deklarację typu dokumentu (DOCTYPE). Dokumenty EWP nigdy jej nie potrzebują, a jest to znany sposób ataku na programy czytające XML.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Table {table}: the ECTS credits &quot;{value}&quot; of &quot;{title}&quot; are not a number of credits; left empty.</source>
        <translation>Tabela {table}: punkty ECTS „{value}” komponentu „{title}” nie są liczbą punktów; pozostawiono je puste.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table {table}: a component has no title; its code &quot;{code}&quot; stands in for it.</source>
        <translation>Tabela {table}: komponent nie ma nazwy; zamiast niej użyto jego kodu „{code}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table {table}: the component &quot;{title}&quot; has the unknown status &quot;{status}&quot;.</source>
        <translation>Tabela {table}: komponent „{title}” ma nieznany status „{status}”.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>An approved change deletes &quot;{title}&quot; from Table {table}, which the agreement does not hold; the deletion is ignored.</source>
        <translation>Zatwierdzona zmiana usuwa z Tabeli {table} komponent „{title}”, którego porozumienie nie zawiera; usunięcie pominięto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An approved change lists &quot;{title}&quot; in Table {table} without saying whether it is inserted or deleted; it is ignored.</source>
        <translation>Zatwierdzone zmiany wymieniają w Tabeli {table} komponent „{title}”, nie podając, czy został dodany, czy usunięty; pominięto go.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This XML document is not an EWP Learning Agreement: its root element is &quot;{element}&quot; (namespace &quot;{namespace}&quot;), not &quot;omobility-las-get-response&quot;.</source>
        <translation>Ten dokument XML nie jest porozumieniem o programie zajęć z EWP (Learning Agreement): jego elementem głównym jest „{element}” (przestrzeń nazw „{namespace}”), a nie „omobility-las-get-response”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The response holds no Learning Agreement.</source>
        <translation>Odpowiedź nie zawiera porozumienia o programie zajęć (Learning Agreement).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response holds no Learning Agreement of mobility {wanted}; it holds: {ids}.</source>
        <translation>Odpowiedź nie zawiera porozumienia o programie zajęć dla mobilności {wanted}; zawiera porozumienia dla mobilności: {ids}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response holds {count} Learning Agreements (mobilities {ids}); choose one by its mobility ID.</source>
        <translation>Odpowiedź zawiera kilka porozumień o programie zajęć (liczba: {count}; mobilności: {ids}); wybierz jedno według identyfikatora mobilności.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The document is in the namespace &quot;{namespace}&quot;, not that of the EWP Learning Agreements API stable-v1; it was read by element names.</source>
        <translation>Dokument jest w przestrzeni nazw „{namespace}”, a nie w przestrzeni nazw API EWP Learning Agreements stable-v1; odczytano go według nazw elementów.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No version of the Learning Agreement has been approved yet: its tables are empty.</source>
        <translation>Żadna wersja porozumienia o programie zajęć (Learning Agreement) nie została jeszcze zatwierdzona: jego tabele są puste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement has approved changes but no first version; the changes are ignored.</source>
        <translation>Porozumienie ma zatwierdzone zmiany, ale nie ma pierwszej wersji; zmiany pominięto.</translation>
    </message>
    <message>
        <location filename="../../app/cli_grades.py" line="-160"/>
        <source>{file}: &quot;{value}&quot; is not a share of grades.</source>
        <translation>{file}: „{value}” nie jest prawidłowym udziałem oceny w rozkładzie.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no programme {code}.</source>
        <translation>Nie ma kierunku {code}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_users.py" line="-28"/>
        <source>A password is needed and there is no terminal to ask for it: set {variable} or use --password-stdin where the command has it.</source>
        <translation>Wymagane jest hasło, a nie ma terminala, w którym można by o nie zapytać: ustaw zmienną {variable} lub użyj opcji --password-stdin, jeśli polecenie ją obsługuje.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ.</source>
        <translation>Podane hasła różnią się.</translation>
    </message>
    <message>
        <location filename="../../app/services/approval.py" line="+40"/>
        <source>Decision {number} cannot be approved yet:</source>
        <translation>Decyzji {number} nie można jeszcze zatwierdzić:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A correction of an approved decision needs a reason.</source>
        <translation>Korekta zatwierdzonej decyzji wymaga podania powodu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision {number} is {state}: only an approved decision is corrected this way.</source>
        <translation>Decyzja {number} ma stan {state}: w ten sposób można korygować tylko zatwierdzone decyzje.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="+110"/>
        <source>The audit log is exported as CSV or XLSX, not {kind}.</source>
        <translation>Dziennik audytu można wyeksportować do pliku CSV lub XLSX, a nie {kind}.</translation>
    </message>
    <message>
        <location line="+220"/>
        <location filename="../../app/services/maintenance/common.py" line="+102"/>
        <source>The file {name} cannot be written: {detail}</source>
        <translation>Nie można zapisać pliku {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogue.py" line="+174"/>
        <source>There is no grading scheme {code}.</source>
        <translation>Nie ma skali ocen {code}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A grading scheme needs a code and at least one grade or a numeric range.</source>
        <translation>Skala ocen wymaga kodu oraz co najmniej jednej oceny lub zakresu liczbowego.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A conversion table needs at least one row.</source>
        <translation>Tabela przeliczeń wymaga co najmniej jednego wiersza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table&apos;s validity ends before it starts.</source>
        <translation>Okres obowiązywania tabeli kończy się przed jego rozpoczęciem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the table comes from (a page, a resolution, an agreement).</source>
        <translation>Podaj źródło tabeli (stronę internetową, uchwałę, umowę).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No group of rows in {file} belongs to a known grading scheme.</source>
        <translation>Żadna grupa wierszy w pliku {file} nie należy do znanej skali ocen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown distribution scope {scope}.</source>
        <translation>Nieznany zakres rozkładu ocen {scope}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A grade distribution needs grades with non-negative shares that add up to more than 0.</source>
        <translation>Rozkład ocen wymaga ocen o nieujemnych udziałach, których suma jest większa od 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grades {grades} are not on the scale {scheme}.</source>
        <translation>Oceny {grades} nie należą do skali {scheme}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown conversion method {method}.</source>
        <translation>Nieznana metoda przeliczenia {method}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/services/grades.py" line="-169"/>
        <source>&quot;{grade}&quot; is not a grade of the scale {scheme}.</source>
        <translation>„{grade}” nie jest oceną w skali {scheme}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{grade} is a failing grade on {scheme}.</source>
        <translation>{grade} jest oceną negatywną w skali {scheme}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed on a pass/fail scale: zal.</source>
        <translation>Zaliczone w skali zal/nzal: zal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversion table {table}: {grade} → {home}.</source>
        <translation>Tabela przeliczeń {table}: {grade} → {home}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No distribution of grades or usable conversion table for {scheme}: decide by hand.</source>
        <translation>Brak rozkładu ocen lub nadającej się do użycia tabeli przeliczeń dla skali {scheme}: zdecyduj ręcznie.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Distribution method ({rule}): {grade} lies in {low}–{high} % of passing grades → {home}.</source>
        <translation>Metoda rozkładu ocen ({rule}): {grade} mieści się w przedziale {low}–{high} % ocen pozytywnych → {home}.</translation>
    </message>
    <message>
        <location filename="../../app/services/grades.py" line="-98"/>
        <source>{course} was not passed abroad: the line can only be rejected.</source>
        <translation>Przedmiot {course} nie został zaliczony za granicą: pozycję można tylko odrzucić.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The home course is credited without a grade: zal.</source>
        <translation>Przedmiot w uczelni macierzystej jest zaliczany bez oceny: zal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The grading scale of {course} (&quot;{grade}&quot;) is not known: choose it or grade by hand.</source>
        <translation>Skala ocen przedmiotu {course} („{grade}”) jest nieznana: wybierz ją lub wystaw ocenę ręcznie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passed on a pass/fail scale abroad, the graded home course {course} gets zal only.</source>
        <translation>Przedmiot zaliczono za granicą w skali zal/nzal, więc oceniany przedmiot w uczelni macierzystej {course} otrzymuje tylko zal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Courses passed on a pass/fail scale do not count in the mean.</source>
        <translation>Przedmioty zaliczone w skali zal/nzal nie są uwzględniane w średniej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A course has no ECTS: the mean weighs every course the same.</source>
        <translation>Jeden z przedmiotów nie ma punktów ECTS: w średniej każdy przedmiot ma tę samą wagę.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ECTS-weighted mean {mean}, rounded ({rule}) to {grade}.</source>
        <translation>Średnia ważona punktami ECTS {mean}, zaokrąglona ({rule}) do {grade}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reference case: {code} with {grade} was recognised as {home} ({year}).</source>
        <translation>Przypadek referencyjny: {code} z oceną {grade} uznano jako {home} ({year}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The decision has no foreign course {id}.</source>
        <translation>Decyzja nie zawiera przedmiotu zagranicznego {id}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A rejected line gets no grade.</source>
        <translation>Odrzucona pozycja nie otrzymuje oceny.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no suggestion for this line: give a grade with a justification.</source>
        <translation>Dla tej pozycji nie ma propozycji: podaj ocenę wraz z uzasadnieniem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A grade other than the suggestion ({suggested}) needs a justification.</source>
        <translation>Ocena inna niż proponowana ({suggested}) wymaga uzasadnienia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;{grade}&quot; is not a grade of the home scale.</source>
        <translation>„{grade}” nie jest oceną w skali uczelni macierzystej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The home course is credited without a grade: give zal or nzal.</source>
        <translation>Przedmiot w uczelni macierzystej jest zaliczany bez oceny: wpisz zal lub nzal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A failing grade is not recognised: reject the line instead.</source>
        <translation>Ocena negatywna nie podlega uznaniu: zamiast tego odrzuć pozycję.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown verdict {verdict}.</source>
        <translation>Nieznany wynik weryfikacji {verdict}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejecting a line or asking for information needs a written reason.</source>
        <translation>Odrzucenie pozycji lub prośba o uzupełnienie informacji wymaga pisemnego uzasadnienia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one recognition line.</source>
        <translation>Wybierz co najmniej jedną pozycję uznania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision {number} is {state}: lines are verified once the verification started.</source>
        <translation>Decyzja {number} ma stan {state}: pozycje weryfikuje się dopiero po rozpoczęciu weryfikacji.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} recognition line(s) not verified yet (approved with a grade or rejected).</source>
        <translation>Pozycje uznania jeszcze niezweryfikowane (niezatwierdzone z oceną ani nieodrzucone): {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} line(s) wait for more information.</source>
        <translation>Pozycje oczekujące na uzupełnienie informacji: {count}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decision {number} is {state}: its lines are locked; an approved decision is changed only by a correction.</source>
        <translation>Decyzja {number} ma stan {state}: jej pozycje są zablokowane; zatwierdzoną decyzję można zmienić tylko w drodze korekty.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Recognition line {id} was changed by {actor} in the meantime; it has been reloaded.</source>
        <translation>Pozycja uznania {id} została w międzyczasie zmieniona przez użytkownika {actor}; wczytano ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/distribution.py" line="+55"/>
        <source>The grade {grade} has a negative share in the distribution.</source>
        <translation>Ocena {grade} ma ujemny udział w rozkładzie ocen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grades {grades} of the distribution are not on the scale.</source>
        <translation>Oceny {grades} z rozkładu nie należą do skali.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The grade distribution has no passing grades.</source>
        <translation>Rozkład ocen nie zawiera ocen pozytywnych.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/rounding.py" line="+22"/>
        <source>ECTS credits cannot be negative.</source>
        <translation>Liczba punktów ECTS nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grades cannot be averaged: none of them carries ECTS credits.</source>
        <translation>Nie można obliczyć średniej ocen: do żadnej z nich nie są przypisane punkty ECTS.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/scheme.py" line="+191"/>
        <source>The grading scheme definition is not valid: {detail}</source>
        <translation>Definicja skali ocen jest nieprawidłowa: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The grading scheme {code} needs both ends of its numeric range, the lower one first.</source>
        <translation>Skala ocen {code} wymaga podania obu krańców zakresu liczbowego, najpierw dolnego.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/validator.py" line="+68"/>
        <source>The home grade {home} of the row {row} is not a grade of {scheme}.</source>
        <translation>Ocena krajowa {home} w wierszu {row} nie jest oceną skali {scheme}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A row gives the home grade {home} but names no foreign grade.</source>
        <translation>Jeden z wierszy podaje ocenę krajową {home}, ale nie wskazuje oceny zagranicznej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row {row} runs backwards: write the lower number first.</source>
        <translation>Wiersz {row} ma odwrócony zakres: najpierw wpisz mniejszą liczbę.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{grade} is not a grade of the scale {scheme}.</source>
        <translation>{grade} nie jest oceną w skali {scheme}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row {row} reaches outside the scale {scheme} ({low}–{high}).</source>
        <translation>Wiersz {row} wykracza poza skalę {scheme} ({low}–{high}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The row {row} holds no grade of the scale {scheme}.</source>
        <translation>Wiersz {row} nie obejmuje żadnej oceny skali {scheme}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicate: the foreign grade {grade} has two rows (home grades {first} and {second}).</source>
        <translation>Duplikat: ocena zagraniczna {grade} występuje w dwóch wierszach (oceny krajowe {first} i {second}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gap: the foreign grade {grade} is not covered by any row.</source>
        <translation>Luka: ocena zagraniczna {grade} nie jest objęta żadnym wierszem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlap: the foreign grade {grade} is covered by the rows {first} and {second}.</source>
        <translation>Nakładanie się: ocena zagraniczna {grade} jest objęta wierszami {first} i {second}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gap: no row covers the foreign grades from {low} to {high}.</source>
        <translation>Luka: żaden wiersz nie obejmuje ocen zagranicznych od {low} do {high}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gap: foreign grades below {high} (down to {low}) are not covered.</source>
        <translation>Luka: oceny zagraniczne poniżej {high} (aż do {low}) nie są objęte żadnym wierszem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlap: the rows {first} and {second} both cover foreign grades from {low} to {high}.</source>
        <translation>Nakładanie się: wiersze {first} i {second} obejmują te same oceny zagraniczne od {low} do {high}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap: foreign grades between {low} and {high} are not covered.</source>
        <translation>Luka: oceny zagraniczne między {low} a {high} nie są objęte żadnym wierszem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gap: foreign grades above {low} (up to {high}) are not covered.</source>
        <translation>Luka: oceny zagraniczne powyżej {low} (aż do {high}) nie są objęte żadnym wierszem.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inverted: the table gives the worse foreign grades the better home grades; on this scale {best} is best.</source>
        <translation>Odwrócenie: tabela przypisuje gorszym ocenom zagranicznym lepsze oceny krajowe; w tej skali najlepszą oceną jest {best}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inverted: the table reads the scale as if a lower number were better; on this scale {best} is best.</source>
        <translation>Odwrócenie: tabela traktuje skalę tak, jakby niższa liczba oznaczała lepszą ocenę; w tej skali najlepszą oceną jest {best}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inverted: the table reads the scale as if a higher number were better; on this scale {best} is best.</source>
        <translation>Odwrócenie: tabela traktuje skalę tak, jakby wyższa liczba oznaczała lepszą ocenę; w tej skali najlepszą oceną jest {best}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not monotonic: {worse} is a worse foreign grade than {better} but gets a better home grade ({worse_home} against {better_home}).</source>
        <translation>Brak monotoniczności: {worse} jest gorszą oceną zagraniczną niż {better}, a otrzymuje lepszą ocenę krajową ({worse_home} wobec {better_home}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fail to pass: {grade} fails on the scale {scheme} (pass mark {mark}) but gets the passing home grade {home}.</source>
        <translation>Z niezaliczenia na zaliczenie: {grade} jest oceną negatywną w skali {scheme} (próg zaliczenia {mark}), a otrzymuje pozytywną ocenę krajową {home}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail to pass: {grade} fails on the scale {scheme} but gets the passing home grade {home}.</source>
        <translation>Z niezaliczenia na zaliczenie: {grade} jest oceną negatywną w skali {scheme}, a otrzymuje pozytywną ocenę krajową {home}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass to fail: {grade} passes on the scale {scheme} (pass mark {mark}) but gets the failing home grade {home}.</source>
        <translation>Z zaliczenia na niezaliczenie: {grade} jest oceną pozytywną w skali {scheme} (próg zaliczenia {mark}), a otrzymuje negatywną ocenę krajową {home}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass to fail: {grade} passes on the scale {scheme} but gets the failing home grade {home}.</source>
        <translation>Z zaliczenia na niezaliczenie: {grade} jest oceną pozytywną w skali {scheme}, a otrzymuje negatywną ocenę krajową {home}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The table&apos;s heading calls a higher number better, but on the scale {scheme} {best} is best.</source>
        <translation>Nagłówek tabeli określa wyższą liczbę jako lepszą ocenę, ale w skali {scheme} najlepszą oceną jest {best}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The table&apos;s heading calls a lower number better, but on the scale {scheme} {best} is best.</source>
        <translation>Nagłówek tabeli określa niższą liczbę jako lepszą ocenę, ale w skali {scheme} najlepszą oceną jest {best}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Several foreign grades ({grades}) get {home}, and no row gives {skipped}.</source>
        <translation>Kilka ocen zagranicznych ({grades}) otrzymuje ocenę {home}, a żaden wiersz nie daje oceny {skipped}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row gives the home grade {home}, though the table gives better and worse ones.</source>
        <translation>Żaden wiersz nie daje oceny krajowej {home}, choć tabela zawiera oceny od niej lepsze i gorsze.</translation>
    </message>
    <message>
        <location filename="../../app/services/passwords.py" line="+49"/>
        <source>A password needs at least {minimum} characters.</source>
        <translation>Hasło musi mieć co najmniej {minimum} znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may have at most {maximum} characters.</source>
        <translation>Hasło może mieć najwyżej {maximum} znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password cannot be only spaces.</source>
        <translation>Hasło nie może składać się wyłącznie ze spacji.</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/lists.py" line="+36"/>
        <source>&quot;{term}&quot; is not a term: write it like 2025/26-Z (winter) or 2025/26-L (summer).</source>
        <translation>„{term}” nie jest oznaczeniem semestru: należy je zapisać jak 2025/26-Z (zimowy) lub 2025/26-L (letni).</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/service.py" line="+42"/>
        <source>Reports are printed in pl, en or both, not {lang}.</source>
        <translation>Raporty drukuje się w językach pl, en lub both, nie {lang}.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The approved recognitions are exported as CSV or XLSX, not {kind}.</source>
        <translation>Zatwierdzone uznania eksportuje się jako CSV lub XLSX, nie {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/backup.py" line="+65"/>
        <source>{name} is a folder; give the backup&apos;s file name.</source>
        <translation>{name} jest folderem; podaj nazwę pliku kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is the database itself, not a backup of it.</source>
        <translation>{name} to sama baza danych, a nie jej kopia zapasowa.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The backup of {name} failed its integrity check: {detail}</source>
        <translation>Kopia zapasowa bazy {name} nie przeszła sprawdzenia spójności: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {name} cannot be backed up: {detail}</source>
        <translation>Nie można wykonać kopii zapasowej bazy {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/common.py" line="-44"/>
        <source>Only a database kept in a file can be backed up or restored: {database}</source>
        <translation>Kopię zapasową można wykonać i odtworzyć tylko dla bazy przechowywanej w pliku: {database}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file {name} does not exist.</source>
        <translation>Plik bazy danych {name} nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases of the kind {kind} cannot be backed up, restored or copied; only SQLite and PostgreSQL.</source>
        <translation>Baz danych typu {kind} nie można kopiować, odtwarzać ani przenosić; tylko SQLite i PostgreSQL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup {name} comes from a newer version of the program (database revision {revision}): update the program first.</source>
        <translation>Kopia zapasowa {name} pochodzi z nowszej wersji programu (wersja bazy {revision}): najpierw zaktualizuj program.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {name} is not a backup of an Uznania database.</source>
        <translation>Plik {name} nie jest kopią zapasową bazy programu Uznania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} does not exist.</source>
        <translation>Plik {name} nie istnieje.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>pg_dump is not installed on this computer: install PostgreSQL&apos;s client tools or back up on the server.</source>
        <translation>Na tym komputerze nie zainstalowano programu pg_dump: zainstaluj narzędzia klienckie PostgreSQL albo wykonaj kopię na serwerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pg_restore is not installed on this computer: install PostgreSQL&apos;s client tools or restore on the server.</source>
        <translation>Na tym komputerze nie zainstalowano programu pg_restore: zainstaluj narzędzia klienckie PostgreSQL albo odtwórz bazę na serwerze.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{tool} {version} is older than the database server (PostgreSQL {server}) and cannot back it up: install PostgreSQL&apos;s client tools of version {server} or newer.</source>
        <translation>{tool} {version} jest starszy niż serwer bazy danych (PostgreSQL {server}) i nie wykona jego kopii: zainstaluj narzędzia klienckie PostgreSQL w wersji {server} lub nowszej.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>{tool} failed on {name}: {detail}</source>
        <translation>{tool} nie powiódł się dla {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/copy.py" line="+85"/>
        <source>A database cannot be copied onto itself.</source>
        <translation>Bazy danych nie można skopiować na nią samą.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database cannot be brought to this program&apos;s schema: {detail}</source>
        <translation>Nie można dostosować bazy danych do schematu tego programu: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {database} already holds data (the table {table} has rows); a desk is copied only into an empty database.</source>
        <translation>Baza danych {database} zawiera już dane (tabela {table} ma wiersze); dane kopiuje się tylko do pustej bazy.</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/restore.py" line="+120"/>
        <location line="+3"/>
        <location line="+34"/>
        <source>The backup {name} cannot be read: {detail}</source>
        <translation>Nie można odczytać kopii zapasowej {name}: {detail}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The backup {name} is damaged: {detail}</source>
        <translation>Kopia zapasowa {name} jest uszkodzona: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup {name} cannot be restored: {detail}</source>
        <translation>Nie można odtworzyć kopii zapasowej {name}: {detail}</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <location filename="../../app/ui/decision_dialogs.py" line="+109"/>
        <source>Extend web deadline</source>
        <translation>Przedłużenie terminu na WWW</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New web deadline for %n decision(s).</source>
        <translation>
            <numerusform>Nowy termin na WWW dla %n decyzji.</numerusform>
            <numerusform>Nowy termin na WWW dla %n decyzji.</numerusform>
            <numerusform>Nowy termin na WWW dla %n decyzji.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current latest deadline: %1.</source>
        <translation>Obecny najpóźniejszy termin: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New deadline:</source>
        <translation>&amp;Nowy termin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend</source>
        <translation>Przedłuż</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/services/student_import.py" line="-253"/>
        <source>album number</source>
        <translation>numer albumu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given names</source>
        <translation>imiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <location filename="../../app/services/grid_values.py" line="-179"/>
        <source>course code</source>
        <translation>kod przedmiotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course name</source>
        <translation>nazwa przedmiotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English course name</source>
        <translation>angielska nazwa przedmiotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semester</source>
        <translation>semestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form of credit</source>
        <translation>forma zaliczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group (obligatory or elective)</source>
        <translation>grupa (obowiązkowy lub do wyboru)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade type</source>
        <translation>typ oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCED code</source>
        <translation>kod ISCED</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/services/student_import.py" line="+1"/>
        <location line="+1"/>
        <source>programme</source>
        <translation>kierunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme name</source>
        <translation>nazwa kierunku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English programme name</source>
        <translation>angielska nazwa kierunku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level of studies</source>
        <translation>poziom studiów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode of studies</source>
        <translation>forma studiów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty</source>
        <translation>wydział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>academic year</source>
        <translation>rok akademicki</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+1"/>
        <source>cohort</source>
        <translation>cykl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admission kind</source>
        <translation>tryb przyjęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESI</source>
        <translation>ESI</translation>
    </message>
    <message>
        <location filename="../../app/services/la_tables.py" line="-63"/>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation>semestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/table_file.py" line="-96"/>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign scale</source>
        <translation>skala zagraniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest foreign grade</source>
        <translation>najniższa ocena zagraniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest foreign grade</source>
        <translation>najwyższa ocena zagraniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign grade</source>
        <translation>ocena zagraniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish grade</source>
        <translation>ocena polska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>uwagi</translation>
    </message>
</context>
<context>
    <name>ForeignSchemeDialog</name>
    <message>
        <location filename="../../app/ui/grade_dialogs.py" line="+93"/>
        <source>Grading scale abroad</source>
        <translation>Zagraniczna skala ocen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Course:</source>
        <translation>&amp;Przedmiot:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../app/ui/formatting.py" line="+59"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../app/ui/grade_dialogs.py" line="-76"/>
        <source>Home grade</source>
        <translation>Ocena w uczelni macierzystej</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Ocena:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed when the grade differs from the suggestion</source>
        <translation>Wymagane, gdy ocena różni się od propozycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Uzasadnienie:</translation>
    </message>
</context>
<context>
    <name>GradesPanel</name>
    <message>
        <location filename="../../app/ui/grades_panel.py" line="+29"/>
        <source>Recognition lines and grades</source>
        <translation>Pozycje uznania i oceny</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details of the selected line</source>
        <translation>Szczegóły zaznaczonej pozycji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Take suggestion</source>
        <translation>Przy&amp;jmij propozycję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected lines their suggested grade</source>
        <translation>Nadaj zaznaczonym pozycjom proponowane oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade…</source>
        <translation>&amp;Oceń…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give another grade, with a justification</source>
        <translation>Nadaj inną ocenę wraz z uzasadnieniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale abroad…</source>
        <translation>&amp;Skala zagraniczna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which grading scale a foreign grade is on</source>
        <translation>Wskaż, w jakiej skali ocen wystawiono ocenę zagraniczną</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: the selected lines stand with their grades</source>
        <translation>Weryfikacja pozytywna: zaznaczone pozycje zostają uznane z nadanymi ocenami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Od&amp;rzuć…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected lines are not recognised; their home courses stay to be passed</source>
        <translation>Zaznaczone pozycje nie zostają uznane; ich przedmioty z siatki pozostają do zaliczenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Needs information…</source>
        <translation>Wymaga &amp;uzupełnienia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for more information before deciding</source>
        <translation>Poproś o uzupełnienie informacji przed podjęciem decyzji</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 line(s) verified.</source>
        <translation>Zweryfikowane pozycje: %1 z %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for the dean’s approval.</source>
        <translation>Gotowa do zatwierdzenia przez dziekana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction no. %1 of the approved decision.</source>
        <translation>Korekta nr %1 zatwierdzonej decyzji.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a line to see how its grade was worked out.</source>
        <translation>Zaznacz pozycję, aby zobaczyć, jak ustalono jej ocenę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggestion: %1 by %2</source>
        <translation>Propozycja: %1 (metoda: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade given: %1 (%2) by %3</source>
        <translation>Nadana ocena: %1 (%2), użytkownik: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Justification: %1</source>
        <translation>Uzasadnienie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 (użytkownik %2, %3)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Reject lines</source>
        <translation>Odrzucenie pozycji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why are the selected lines not recognised?</source>
        <translation>Dlaczego zaznaczone pozycje nie zostają uznane?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs information</source>
        <translation>Wymaga uzupełnienia informacji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What information is missing?</source>
        <translation>Jakich informacji brakuje?</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <location filename="../../app/ui/grading_page.py" line="-56"/>
        <source>higher is better</source>
        <translation>wyższa jest lepsza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is best</source>
        <translation>najlepsza: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by an administrator</source>
        <translation>przez administratora</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+220"/>
        <source>Changed by an administrator; the program&apos;s own version is replaced.</source>
        <translation>Zmieniona przez administratora; zastępuje wersję dostarczoną z programem.</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+225"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message numerus="yes">
        <location line="-224"/>
        <source>no: %n error(s)</source>
        <translation>
            <numerusform>nie: %n błąd</numerusform>
            <numerusform>nie: %n błędy</numerusform>
            <numerusform>nie: %n błędów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The grading scales of foreign grades, as the program ships them or as an administrator changed them. Select one to see its grades.</source>
        <translation>Skale ocen zagranicznych w postaci dostarczonej z programem lub zmienionej przez administratora. Zaznacz skalę, aby zobaczyć jej oceny.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Edit scale…</source>
        <translation>&amp;Edytuj skalę…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New scale…</source>
        <translation>&amp;Nowa skala…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scales</source>
        <translation>Skale ocen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored conversion tables, every version. A table with errors is kept for the record but never used for a suggestion.</source>
        <translation>Zapisane tabele przeliczeń we wszystkich wersjach. Tabela z błędami jest zachowywana w ewidencji, ale nigdy nie jest wykorzystywana do propozycji oceny.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Check a file…</source>
        <translation>&amp;Sprawdź plik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a conversion table (CSV or XLSX) and see what is wrong with it before anything is stored</source>
        <translation>Wczytaj tabelę przeliczeń (CSV lub XLSX) i sprawdź, co jest w niej nieprawidłowe, zanim cokolwiek zostanie zapisane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversion tables</source>
        <translation>Tabele przeliczeń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected scale: grades, spellings, pass mark</source>
        <translation>Zmień zaznaczoną skalę: oceny, inne zapisy, próg zaliczenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a scale the program does not know</source>
        <translation>Dodaj skalę, której program nie zna</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a scale to see its grades.</source>
        <translation>Zaznacz skalę, aby zobaczyć jej oceny.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Kierunek skali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark</source>
        <translation>Próg zaliczenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest passing grade</source>
        <translation>Najniższa ocena pozytywna</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>any decimal</source>
        <translation>dowolna wartość dziesiętna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric range</source>
        <translation>Zakres liczbowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>pass/fail</source>
        <translation>zal/nzal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home scale (comes with the program)</source>
        <translation>skala uczelni macierzystej (dostarczana z programem)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passes</source>
        <translation>Pozytywna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other spellings</source>
        <translation>Inne zapisy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grades, best first</source>
        <translation>Oceny, od najlepszej</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There already is a scale %1; change that one instead.</source>
        <translation>Skala %1 już istnieje; zamiast dodawać nową, zmień istniejącą.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a table to see its rows and what the validator found.</source>
        <translation>Zaznacz tabelę, aby zobaczyć jej wiersze i wyniki walidacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Uczelnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Ważna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored by</source>
        <translation>Zapisana przez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the validator found</source>
        <translation>Wyniki walidacji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check a conversion table</source>
        <translation>Sprawdzanie tabeli przeliczeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabele przeliczeń (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../app/ui/grid_page.py" line="-37"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elective</source>
        <translation>do wyboru</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>— programme —</source>
        <translation>— kierunek —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Academic year, e.g. 2025/26</source>
        <translation>Rok akademicki, np. 2025/26</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme:</source>
        <translation>Kierunek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Academic year:</source>
        <translation>Rok akademicki:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Import grid…</source>
        <translation>&amp;Importuj siatkę…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>sem. %1: %2 ECTS</source>
        <translation>sem. %1: %2 ECTS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the programme and type the academic year first.</source>
        <translation>Najpierw wybierz kierunek i wpisz rok akademicki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import curriculum grid</source>
        <translation>Import siatki zajęć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grids (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Siatki zajęć (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n row(s) have errors and will be skipped. Import the others?</source>
        <translation>
            <numerusform>%n wiersz zawiera błędy i zostanie pominięty. Zaimportować pozostałe?</numerusform>
            <numerusform>%n wiersze zawierają błędy i zostaną pominięte. Zaimportować pozostałe?</numerusform>
            <numerusform>%n wierszy zawiera błędy i zostanie pominiętych. Zaimportować pozostałe?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grid imported. New: %1, updated: %2, unchanged: %3, skipped: %4.</source>
        <translation>Zaimportowano siatkę. Nowe: %1, zaktualizowane: %2, bez zmian: %3, pominięte: %4.</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="-31"/>
        <source>new</source>
        <translation>nowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>aktualizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
</context>
<context>
    <name>ImportStudentsDialog</name>
    <message>
        <location line="+53"/>
        <source>Import students from %1</source>
        <translation>Import studentów z pliku %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1…</source>
        <translation>Wczytywanie pliku %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— none: such rows are errors —</source>
        <translation>— brak: takie wiersze są błędne —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admission &amp;kind of new students whose row does not say:</source>
        <translation>&amp;Tryb przyjęcia nowych studentów, których wiersz go nie podaje:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rows read: %1 (%2). New: %3, to update: %4, unchanged: %5, with errors: %6.</source>
        <translation>Odczytane wiersze: %1 (%2). Nowe: %3, do aktualizacji: %4, bez zmian: %5, z błędami: %6.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Imported. New: %1, updated: %2, unchanged: %3, skipped: %4.</source>
        <translation>Zaimportowano. Nowe: %1, zaktualizowane: %2, bez zmian: %3, pominięte: %4.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Rows with errors will be skipped.</source>
        <translation>Wiersze z błędami zostaną pominięte.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importuj %n wiersz</numerusform>
            <numerusform>Importuj %n wiersze</numerusform>
            <numerusform>Importuj %n wierszy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningAgreementPanel</name>
    <message>
        <location filename="../../app/ui/la_panel.py" line="-15"/>
        <source>Learning Agreements (*.xml *.csv *.xlsx);;All files (*)</source>
        <translation>Porozumienia Learning Agreement (*.xml *.csv *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Learning Agreement components</source>
        <translation>Składniki Learning Agreement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import Learning Agreement…</source>
        <translation>&amp;Importuj porozumienie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter &amp;by hand…</source>
        <translation>Wprowadź &amp;ręcznie…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No Learning Agreement yet: import it (EWP or CSV) or enter it by hand.</source>
        <translation>Brak porozumienia (Learning Agreement): zaimportuj je (EWP lub CSV) albo wprowadź ręcznie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1 %2</source>
        <translation>Źródło: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table A: %1 ECTS · Table B: %2 ECTS</source>
        <translation>Tabela A: %1 ECTS · Tabela B: %2 ECTS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving institution: %1</source>
        <translation>Uczelnia przyjmująca: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by: %1</source>
        <translation>Podpisali: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposed change, not approved and not applied: %1</source>
        <translation>Proponowana zmiana, niezatwierdzona i niezastosowana: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Learning Agreement</source>
        <translation>Import porozumienia (Learning Agreement)</translation>
    </message>
</context>
<context>
    <name>LineStatus</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-6"/>
        <source>recognised</source>
        <translation>uznana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recognised</source>
        <translation>nieuznana</translation>
    </message>
</context>
<context>
    <name>ListReportDialog</name>
    <message>
        <location filename="../../app/ui/report_actions.py" line="+92"/>
        <source>List report</source>
        <translation>Zestawienie decyzji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All programmes</source>
        <translation>Wszystkie kierunki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Kierunek:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An academic year (2025/26), or a term: Z winter, L summer (2025/26-Z); empty for all</source>
        <translation>Rok akademicki (2025/26) lub semestr: Z zimowy, L letni (2025/26-Z); puste – wszystkie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term:</source>
        <translation>&amp;Semestr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue decisions only, with contact data</source>
        <translation>Tylko decyzje po &amp;terminie, z danymi kontaktowymi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+50"/>
        <source>recognition of courses</source>
        <translation>uznawanie przedmiotów</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Students</source>
        <translation>Studenci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMREX batch</source>
        <translation>Import zbiorczy EMREX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum grid</source>
        <translation>Siatka zajęć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust store</source>
        <translation>Zaufane EMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grading scales</source>
        <translation>Skale ocen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %1</source>
        <translation>Zalogowano: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Importuj studentów…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Decyzje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open decision for selected students…</source>
        <translation>&amp;Otwórz decyzję dla zaznaczonych studentów…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Extend deadline of selected decisions…</source>
        <translation>&amp;Przedłuż termin zaznaczonych decyzji…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Uznania</source>
        <translation>&amp;O programie Uznania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition of courses completed at other universities.</source>
        <translation>Uznawanie przedmiotów zaliczonych na innych uczelniach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close decision tab</source>
        <translation>Zam&amp;knij kartę decyzji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Następna karta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous tab</source>
        <translation>&amp;Poprzednia karta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show selected decision</source>
        <translation>Pok&amp;aż zaznaczoną decyzję</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loa&amp;d EMREX results…</source>
        <translation>&amp;Wczytaj wyniki EMREX…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fetch via EMREX…</source>
        <translation>Pobierz przez EMRE&amp;X…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision &amp;report…</source>
        <translation>&amp;Raport decyzji…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List report…</source>
        <translation>&amp;Zestawienie decyzji…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport approved recognitions…</source>
        <translation>&amp;Eksport zatwierdzonych uznań…</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The language changes when Uznania is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu Uznania.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The settings cannot be saved: %1</source>
        <translation>Nie można zapisać ustawień: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language and the database change when Uznania is started again.</source>
        <translation>Język i baza danych zmienią się po ponownym uruchomieniu programu Uznania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Zapisano ustawienia.</translation>
    </message>
</context>
<context>
    <name>ManualAgreementDialog</name>
    <message>
        <location filename="../../app/ui/la_panel.py" line="-147"/>
        <source>Learning Agreement by hand</source>
        <translation>Porozumienie (Learning Agreement) wprowadzane ręcznie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table (A/B/C)</source>
        <translation>Tabela (A/B/C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition conditions</source>
        <translation>Warunki uznania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to Table &amp;A</source>
        <translation>Dodaj do tabeli &amp;A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to Table &amp;B</source>
        <translation>Dodaj do tabeli &amp;B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Usuń wiersz</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Table A: %1 ECTS · Table B: %2 ECTS</source>
        <translation>Tabela A: %1 ECTS · Tabela B: %2 ECTS</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-16"/>
        <source>reference case</source>
        <translation>przypadek referencyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distribution of grades</source>
        <translation>rozkład ocen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion table</source>
        <translation>tabela przeliczeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass/fail</source>
        <translation>zal/nzal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>niezaliczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>ręcznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>mieszana</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../app/ui/decision_dialogs.py" line="+28"/>
        <source>Change state of decision %1</source>
        <translation>Zmiana stanu decyzji %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New web deadline:</source>
        <translation>&amp;Nowy termin na WWW:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Komentarz (wymagany):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
</context>
<context>
    <name>Moves</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-24"/>
        <source>Reopen for import…</source>
        <translation>Otwórz ponownie do importu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record student&apos;s confirmation…</source>
        <translation>Odnotuj potwierdzenie studenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start verification…</source>
        <translation>Rozpocznij weryfikację…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Zatwierdź…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>Zwróć do poprawy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel decision…</source>
        <translation>Anuluj decyzję…</translation>
    </message>
</context>
<context>
    <name>OpenDecisionDialog</name>
    <message>
        <location filename="../../app/ui/decision_dialogs.py" line="-115"/>
        <source>Open recognition decision</source>
        <translation>Otwarcie decyzji w sprawie uznania</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open a decision awaiting results for %n student(s).</source>
        <translation>
            <numerusform>Otwórz decyzję oczekującą na wyniki dla %n studenta.</numerusform>
            <numerusform>Otwórz decyzje oczekujące na wyniki dla %n studentów.</numerusform>
            <numerusform>Otwórz decyzje oczekujące na wyniki dla %n studentów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date by which the results must be imported; not in the past.</source>
        <translation>Data, do której należy zaimportować wyniki; nie może być wcześniejsza niż dzisiejsza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web deadline:</source>
        <translation>&amp;Termin na WWW:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5 or 5,6; empty if not known yet</source>
        <translation>np. 5 lub 5,6; puste, jeśli jeszcze nieznane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Semester(s) to credit:</source>
        <translation>&amp;Semestr(y) do zaliczenia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open decision</source>
        <translation>Otwórz decyzję</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="-196"/>
        <source>Learning Agreement</source>
        <translation>porozumienie (LA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier decision</source>
        <translation>wcześniejsza decyzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar title</source>
        <translation>podobna nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>ręcznie</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="+140"/>
        <source>Password of %1</source>
        <translation>Hasło użytkownika %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1 characters</source>
        <translation>co najmniej %1 znaków</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat the new password:</source>
        <translation>Powtó&amp;rz nowe hasło:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set password</source>
        <translation>&amp;Ustaw hasło</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../app/services/permissions.py" line="+68"/>
        <source>import and change students</source>
        <translation>importowanie i zmiana danych studentów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add programmes</source>
        <translation>dodawanie kierunków</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change curriculum grids</source>
        <translation>zmiana siatek zajęć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open decisions and extend deadlines</source>
        <translation>otwieranie decyzji i przedłużanie terminów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load EMREX results</source>
        <translation>wczytywanie wyników EMREX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify stored results again</source>
        <translation>ponowna weryfikacja zapisanych wyników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load Learning Agreements</source>
        <translation>wczytywanie porozumień o programie zajęć (Learning Agreement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change Learning Agreements</source>
        <translation>zmiana porozumień o programie zajęć (Learning Agreement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map foreign courses to home courses</source>
        <translation>przypisywanie przedmiotów zagranicznych do przedmiotów z siatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give home grades</source>
        <translation>wystawianie ocen krajowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify recognition lines</source>
        <translation>weryfikacja pozycji uznania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct approved decisions</source>
        <translation>korekta zatwierdzonych decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change grading scales</source>
        <translation>zmiana skal ocen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change conversion tables</source>
        <translation>zmiana tabel przeliczeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the trust store</source>
        <translation>zmiana magazynu zaufania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users and roles</source>
        <translation>zarządzanie użytkownikami i rolami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>przeglądanie dziennika audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the audit log</source>
        <translation>eksport dziennika audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add demonstration data</source>
        <translation>dodawanie danych demonstracyjnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print and save reports</source>
        <translation>drukowanie i zapisywanie raportów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export approved recognitions</source>
        <translation>eksport zatwierdzonych uznań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up, restore and move the database</source>
        <translation>kopie zapasowe, odtwarzanie i przenoszenie bazy danych</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../app/ui/prompts.py" line="+16"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Uznania</source>
        <translation>Uznania</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../app/ui/report_actions.py" line="+60"/>
        <source>Folder for the decision reports</source>
        <translation>Folder na raporty decyzji</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saving %n report(s)…</source>
        <translation>
            <numerusform>Zapisywanie %n raportu…</numerusform>
            <numerusform>Zapisywanie %n raportów…</numerusform>
            <numerusform>Zapisywanie %n raportów…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved %n report(s) to %1.</source>
        <translation>
            <numerusform>Zapisano %n raport w folderze %1.</numerusform>
            <numerusform>Zapisano %n raporty w folderze %1.</numerusform>
            <numerusform>Zapisano %n raportów w folderze %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; the reports saved before stay in %1.</source>
        <translation>Przerwano; raporty zapisane wcześniej pozostają w folderze %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer %1 could not be started.</source>
        <translation>Nie udało się uruchomić drukarki %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Printing %n report(s)…</source>
        <translation>
            <numerusform>Drukowanie %n raportu…</numerusform>
            <numerusform>Drukowanie %n raportów…</numerusform>
            <numerusform>Drukowanie %n raportów…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report of decision %1 could not be read for printing.</source>
        <translation>Nie udało się odczytać raportu decyzji %1 do wydruku.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Printing cancelled; %n report(s) went to the printer.</source>
        <translation>
            <numerusform>Drukowanie przerwano; do drukarki trafił %n raport.</numerusform>
            <numerusform>Drukowanie przerwano; do drukarki trafiły %n raporty.</numerusform>
            <numerusform>Drukowanie przerwano; do drukarki trafiło %n raportów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n report(s) to %1.</source>
        <translation>
            <numerusform>Wysłano %n raport do drukarki %1.</numerusform>
            <numerusform>Wysłano %n raporty do drukarki %1.</numerusform>
            <numerusform>Wysłano %n raportów do drukarki %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>overdue</source>
        <translation>zalegle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decisions</source>
        <translation>decyzje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the list report</source>
        <translation>Zapisz zestawienie decyzji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved a list of %n decision(s) to %1.</source>
        <translation>
            <numerusform>Zapisano zestawienie %n decyzji w pliku %1.</numerusform>
            <numerusform>Zapisano zestawienie %n decyzji w pliku %1.</numerusform>
            <numerusform>Zapisano zestawienie %n decyzji w pliku %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>List report: %n decision(s)</source>
        <translation>
            <numerusform>Zestawienie: %n decyzja</numerusform>
            <numerusform>Zestawienie: %n decyzje</numerusform>
            <numerusform>Zestawienie: %n decyzji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w pliku %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approved</source>
        <translation>zatwierdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export approved recognitions</source>
        <translation>Eksport zatwierdzonych uznań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, semicolon-separated (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, średnik jako separator (*.csv);;Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n approved recognition(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n zatwierdzone uznanie do pliku %1.</numerusform>
            <numerusform>Wyeksportowano %n zatwierdzone uznania do pliku %1.</numerusform>
            <numerusform>Wyeksportowano %n zatwierdzonych uznań do pliku %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/report_preview.py" line="+36"/>
        <source>Polski</source>
        <translation>Polski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polski + English</source>
        <translation>Polski + English</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Decision report %1</source>
        <translation>Raport decyzji %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język raportu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom out (%1)</source>
        <translation>Pomniejsz (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in (%1)</source>
        <translation>Powiększ (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit &amp;width</source>
        <translation>Do &amp;szerokości</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save…</source>
        <translation>&amp;Zapisz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The report could not be shown.</source>
        <translation>Nie udało się wyświetlić raportu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering…</source>
        <translation>Przygotowywanie…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failed.</source>
        <translation>Nie powiodło się.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w pliku %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer %1 could not be started.</source>
        <translation>Nie udało się uruchomić drukarki %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Wysłano %n stronę do drukarki %1.</numerusform>
            <numerusform>Wysłano %n strony do drukarki %1.</numerusform>
            <numerusform>Wysłano %n stron do drukarki %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <location filename="../../app/ui/report_actions.py" line="-272"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report %1 of %2…</source>
        <translation>Raport %1 z %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Przerywanie…</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/ui/results_panel.py" line="-23"/>
        <source>EMREX results (*.xml *.txt *.b64 *.gz *.form *.elmo);;All files (*)</source>
        <translation>Wyniki EMREX (*.xml *.txt *.b64 *.gz *.form *.elmo);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Foreign courses</source>
        <translation>Przedmioty zagraniczne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents received</source>
        <translation>Otrzymane dokumenty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Load EMREX results…</source>
        <translation>Wczytaj wyniki &amp;EMREX…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fetch via EMREX…</source>
        <translation>&amp;Pobierz przez EMREX…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch via EMREX</source>
        <translation>Pobierz przez EMREX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The student signs in at the university abroad in the browser on this computer and sends the signed results straight into this decision</source>
        <translation>Student loguje się na uczelni zagranicznej w przeglądarce na tym komputerze i przesyła podpisane wyniki wprost do tej decyzji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-&amp;verify signature</source>
        <translation>&amp;Sprawdź podpis ponownie</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n foreign course(s)</source>
        <translation>
            <numerusform>%n przedmiot zagraniczny</numerusform>
            <numerusform>%n przedmioty zagraniczne</numerusform>
            <numerusform>%n przedmiotów zagranicznych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ECTS</source>
        <translation>%1 ECTS</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+33"/>
        <source>Load EMREX results</source>
        <translation>Wczytywanie wyników EMREX</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Load a returned ELMO file (%1; you can also drop files on this page)</source>
        <translation>Wczytaj otrzymany plik ELMO (%1; pliki można też upuścić na tę stronę)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Signature of %1 checked again: %2</source>
        <translation>Ponownie sprawdzono podpis pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="+22"/>
        <source>to verify</source>
        <translation>do weryfikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>zatwierdzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs information</source>
        <translation>wymaga uzupełnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>odrzucona</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/services/context.py" line="-70"/>
        <source>officer</source>
        <translation>pracownik dziekanatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>koordynator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dean</source>
        <translation>dziekan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auditor</source>
        <translation>audytor</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="-55"/>
        <source>Roles of %1</source>
        <translation>Role użytkownika %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../app/ui/scheme_dialog.py" line="+52"/>
        <source>Grading scale %1</source>
        <translation>Skala ocen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grading scale</source>
        <translation>Nowa skala ocen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. DK-7, IT-30</source>
        <translation>np. DK-7, IT-30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two-letter code, EU for a European scale</source>
        <translation>kod dwuliterowy; EU dla skali europejskiej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>higher is better</source>
        <translation>wyższa jest lepsza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower is better (1 is best)</source>
        <translation>niższa jest lepsza (1 jest najlepsza)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ass/fail scale (no marks)</source>
        <translation>Skala &amp;zal/nzal (bez ocen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbers pass from this one on (up to it when lower is better); leave it empty when the grades below say which pass</source>
        <translation>Liczby od tej wartości wzwyż są pozytywne (do niej włącznie, gdy niższa jest lepsza); pozostaw puste, gdy to, które oceny są pozytywne, określa poniższa lista ocen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The smallest difference between two marks of the range, e.g. 0.25; empty: any decimal</source>
        <translation>Najmniejsza różnica między dwiema ocenami z zakresu, np. 0,25; puste: dowolna wartość dziesiętna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lowest:</source>
        <translation>&amp;Minimum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Highest:</source>
        <translation>Mak&amp;simum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep:</source>
        <translation>Kr&amp;ok:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the scale is described: a page, a regulation</source>
        <translation>Gdzie opisano skalę: strona internetowa, regulamin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Kr&amp;aj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>K&amp;ierunek skali:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pass mark:</source>
        <translation>&amp;Próg zaliczenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric range:</source>
        <translation>Zakres liczbowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;es:</source>
        <translation>U&amp;wagi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grades, best first:</source>
        <translation>Oc&amp;eny, od najlepszej:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passes</source>
        <translation>Pozytywna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other spellings (comma-separated)</source>
        <translation>Inne zapisy (rozdzielone przecinkami)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A verbal grade that stands for a range of marks (Notable: 7 to 8.9)</source>
        <translation>Ocena słowna odpowiadająca przedziałowi ocen liczbowych (Notable: od 7 do 8,9)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add g&amp;rade</source>
        <translation>Doda&amp;j ocenę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move grade</source>
        <translation>&amp;Usuń ocenę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2” nie jest liczbą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade %1</source>
        <translation>Ocena %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no symbol.</source>
        <translation>%1 nie ma symbolu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: give both ends of its range, the lower one first.</source>
        <translation>%1: podaj oba końce przedziału, najpierw dolny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the scale a code.</source>
        <translation>Nadaj skali kod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The grade %1 is listed twice.</source>
        <translation>Ocena %1 występuje na liście dwukrotnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give both ends of the numeric range, the lower one first, or neither.</source>
        <translation>Podaj oba końce zakresu liczbowego (najpierw dolny) albo nie podawaj żadnego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step must be more than 0.</source>
        <translation>Krok musi być większy od 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scale needs at least one grade or a numeric range.</source>
        <translation>Skala musi mieć co najmniej jedną ocenę lub zakres liczbowy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark</source>
        <translation>Próg zaliczenia</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+122"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Database</source>
        <translation>&amp;Baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Faculty and reports</source>
        <translation>&amp;Wydział i raporty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Studies and grades</source>
        <translation>&amp;Studia i oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kups</source>
        <translation>&amp;Kopie zapasowe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Local file on this co&amp;mputer (default)</source>
        <translation>&amp;Plik na tym komputerze (domyślnie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faculty se&amp;rver (PostgreSQL)</source>
        <translation>Se&amp;rwer wydziału (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty: the program&apos;s own file in the user&apos;s data folder.</source>
        <translation>Puste pole: własny plik programu w folderze danych użytkownika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fil&amp;e:</source>
        <translation>Pl&amp;ik:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. db.faculty.example.edu</source>
        <translation>np. db.wydzial.example.edu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database &amp;name:</source>
        <translation>&amp;Nazwa bazy:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>Użytkownik (&amp;login):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is kept here: everyone signs in with their own when the program starts.</source>
        <translation>Hasło nie jest tu zapisywane: każdy loguje się własnym przy uruchomieniu programu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change takes effect when Uznania is started again.</source>
        <translation>Zmiana zacznie obowiązywać po ponownym uruchomieniu programu Uznania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current address cannot be shown here; it is kept unless you choose one of the above.</source>
        <translation>Obecnego adresu nie da się tu pokazać; pozostaje bez zmian, dopóki nie wybierzesz jednej z powyższych opcji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current address holds more than these fields show; it is kept as it is unless you change them.</source>
        <translation>Obecny adres zawiera więcej, niż pokazują te pola; pozostaje bez zmian, dopóki ich nie zmienisz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Polski</source>
        <translation>&amp;Polski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes when Uznania is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu Uznania.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;University:</source>
        <translation>&amp;Uczelnia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facult&amp;y:</source>
        <translation>Wy&amp;dział:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Dziekan, Prodziekan ds. studenckich</source>
        <translation>np. Dziekan, Prodziekan ds. studenckich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dean&apos;s &amp;title:</source>
        <translation>&amp;Tytuł dziekana:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dean&apos;s &amp;name:</source>
        <translation>&amp;Imię i nazwisko dziekana:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place of issue:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Podstawa prawna:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Appeal instruction:</source>
        <translation>Pou&amp;czenie o odwołaniu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polski</source>
        <translation>Polski</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polski + English</source>
        <translation>Polski + English</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reports in:</source>
        <translation>Język &amp;raportów:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on every report made from now on; reports already saved do not change.</source>
        <translation>Drukowane na każdym raporcie tworzonym od teraz; raporty już zapisane się nie zmieniają.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many days from today a new decision&apos;s web deadline is set.</source>
        <translation>Za ile dni od dziś przypada termin na WWW nowej decyzji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default web deadl&amp;ine (days):</source>
        <translation>Domyślny &amp;termin na WWW (dni):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Required ECTS per semester:</source>
        <translation>Wymagane punkty &amp;ECTS w semestrze:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: 30 September or 15 March</source>
        <translation>puste: 30 września lub 15 marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of the year (month-day, e.g. 09-30) by which the obligations of a semester abroad are due.</source>
        <translation>Dzień roku (miesiąc-dzień, np. 09-30), do którego trzeba rozliczyć zobowiązania semestru za granicą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resit session &amp;end (MM-DD):</source>
        <translation>Koniec sesji &amp;poprawkowej (MM-DD):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home scale has &amp;5.5 (celujący)</source>
        <translation>Skala uczelni ma ocenę &amp;5,5 (celujący)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A mean of several foreign grades for one course is rounded</source>
        <translation>Średnia kilku ocen zagranicznych za jeden przedmiot jest zaokrąglana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to the nearest grade, a mean halfway &amp;up: 4.25 → 4.5, 4.2 → 4.0</source>
        <translation>do najbliższej oceny, połowa w &amp;górę: 4,25 → 4,5, 4,2 → 4,0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the nearest grade, a mean halfway dow&amp;n: 4.25 → 4.0, 4.3 → 4.5</source>
        <translation>do najbliższej oceny, połowa w &amp;dół: 4,25 → 4,0, 4,3 → 4,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;always down to the grade below: 4.49 → 4.0</source>
        <translation>zawsze w dół, do oceny &amp;niższej: 4,49 → 4,0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The grading-table (distribution) method gives the home grade</source>
        <translation>Metoda tabel ocen (rozkładu) daje ocenę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whose percentile band o&amp;verlaps the foreign grade&apos;s band most</source>
        <translation>której przedział centylowy najbardziej pokrywa się &amp;z przedziałem oceny zagranicznej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose percentile band holds the &amp;middle of the foreign grade&apos;s band</source>
        <translation>której przedział centylowy zawiera ś&amp;rodek przedziału oceny zagranicznej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These apply at once, to grades suggested from now on; grades already given do not change.</source>
        <translation>Obowiązują od razu, dla ocen proponowanych od teraz; oceny już wystawione się nie zmieniają.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the local file &amp;every (days):</source>
        <translation>Kopia pliku lokalnego &amp;co (dni):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Number of copies kept:</source>
        <translation>&amp;Liczba przechowywanych kopii:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local file is copied into the backups folder of the program&apos;s data folder when Uznania starts and the newest copy is this many days old; older copies beyond the number kept are deleted. A server&apos;s database is backed up on the server. A change applies from the next start.</source>
        <translation>Plik lokalny jest kopiowany do folderu kopii zapasowych w folderze danych programu przy uruchomieniu programu Uznania, gdy najnowsza kopia ma tyle dni; starsze kopie ponad przechowywaną liczbę są usuwane. Kopie bazy na serwerze robi się na serwerze. Zmiana obowiązuje od następnego uruchomienia.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Studies and grades: the resit session end must be a day of the year as MM-DD, e.g. 09-30.</source>
        <translation>Studia i oceny: koniec sesji poprawkowej musi być dniem roku w postaci MM-DD, np. 09-30.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: enter the server&apos;s host name or address.</source>
        <translation>Baza danych: podaj nazwę lub adres serwera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1 is not a host name or address.</source>
        <translation>Baza danych: %1 nie jest nazwą ani adresem serwera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: enter the name of the database on the server.</source>
        <translation>Baza danych: podaj nazwę bazy na serwerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: give the file with its whole path, or choose it with the Browse button.</source>
        <translation>Baza danych: podaj plik z pełną ścieżką albo wybierz go przyciskiem Przeglądaj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1 is a folder, not a file.</source>
        <translation>Baza danych: %1 to folder, a nie plik.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Database file</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Baza SQLite (*.sqlite3 *.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="+32"/>
        <source>This database has no accounts yet. You become its administrator and give the others their accounts. Choose your password (at least %1 characters).</source>
        <translation>W tej bazie danych nie ma jeszcze żadnych kont. Zostaniesz jej administratorem i założysz konta pozostałym użytkownikom. Wybierz swoje hasło (co najmniej %1 znaków).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat the password:</source>
        <translation>Powtó&amp;rz hasło:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set up the shared database</source>
        <translation>Konfiguracja wspólnej bazy danych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to Uznania</source>
        <translation>Logowanie do programu Uznania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set up</source>
        <translation>&amp;Skonfiguruj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your login.</source>
        <translation>Wpisz swój login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Podane hasła się różnią; wpisz je ponownie.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <location filename="../../app/ui/results_panel.py" line="-131"/>
        <source>valid</source>
        <translation>ważny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>nieważny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown signer</source>
        <translation>nieznany podpisujący</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-47"/>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Przekazana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Weryfikowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Zwrócona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
</context>
<context>
    <name>StoreTableDialog</name>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="+48"/>
        <source>Store as new version</source>
        <translation>Zapisz jako nową wersję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each group of rows with a known scale becomes the next version of its table.</source>
        <translation>Każda grupa wierszy o znanej skali stanie się kolejną wersją swojej tabeli.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A page, a resolution, an agreement</source>
        <translation>Strona internetowa, uchwała, umowa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: for every institution of the country</source>
        <translation>Puste: dla wszystkich uczelni danego kraju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;Ważna od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Uczelnia:</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../app/ui/students_page.py" line="+104"/>
        <source>Search by album number or name…</source>
        <translation>Szukaj według numeru albumu lub nazwiska…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All programmes</source>
        <translation>Wszystkie kierunki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search students</source>
        <translation>Wyszukiwanie studentów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by album number or name</source>
        <translation>Szukaj według numeru albumu lub nazwiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme filter</source>
        <translation>Filtr kierunku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cohorts</source>
        <translation>Wszystkie cykle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort filter</source>
        <translation>Filtr cyklu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All admission kinds</source>
        <translation>Wszystkie tryby przyjęcia</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Importuj studentów…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open decision…</source>
        <translation>&amp;Otwórz decyzję…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a recognition decision for the selected students</source>
        <translation>Otwórz decyzję w sprawie uznania dla zaznaczonych studentów</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Opened %n decision(s).</source>
        <translation>
            <numerusform>Otwarto %n decyzję.</numerusform>
            <numerusform>Otwarto %n decyzje.</numerusform>
            <numerusform>Otwarto %n decyzji.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+92"/>
        <source>Import students</source>
        <translation>Import studentów</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Admission kind filter</source>
        <translation>Filtr trybu przyjęcia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Students</source>
        <translation>Studenci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a student to see their decisions; %1 opens their decision</source>
        <translation>Kliknij dwukrotnie studenta, aby zobaczyć jego decyzje; %1 otwiera jego decyzję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No students yet — import them with File ▸ Import students… (%1)</source>
        <translation>Nie ma jeszcze studentów — zaimportuj ich poleceniem Plik ▸ Importuj studentów… (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import students from a CSV or Excel export</source>
        <translation>Importuj studentów z eksportu CSV lub Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open decision</source>
        <translation>Otwórz decyzję</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Student exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listy studentów (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="+36"/>
        <source>Conversion tables in %1</source>
        <translation>Tabele przeliczeń w pliku %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Store as new version…</source>
        <translation>&amp;Zapisz jako nową wersję…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store every group with a known scale as the next version of its table</source>
        <translation>Zapisz każdą grupę o znanej skali jako kolejną wersję jej tabeli</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking %1…</source>
        <translation>Sprawdzanie pliku %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 group(s) of rows: %2 usable, %3 with errors (kept for the record, not used for suggestions), %4 without a known scale (not stored).</source>
        <translation>Grupy wierszy: %1; do użytku: %2, z błędami: %3 (zachowane w ewidencji, niewykorzystywane do propozycji ocen), bez znanej skali: %4 (nie zostaną zapisane).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only checked: storing tables is the administrator&apos;s.</source>
        <translation>Plik został tylko sprawdzony: tabele może zapisać wyłącznie administrator.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checked against the scale %1.</source>
        <translation>Sprawdzono względem skali %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No known grading scale matches this group: it will not be stored. Add the scale first, or name it in the file.</source>
        <translation>Do tej grupy nie pasuje żadna znana skala ocen: grupa nie zostanie zapisana. Najpierw dodaj skalę albo wskaż ją w pliku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the validator found</source>
        <translation>Wyniki walidacji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Storing…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored %1 table(s): %2 usable, %3 with errors (kept, not used for suggestions).</source>
        <translation>Zapisane tabele: %1; do użytku: %2, z błędami: %3 (zachowane, niewykorzystywane do propozycji ocen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was stored.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../app/ui/trust_page.py" line="+24"/>
        <source>Signatures of returned EMREX results are checked only against these certificates. Expired certificates still verify documents received while they were valid.</source>
        <translation>Podpisy zwróconych wyników EMREX są sprawdzane wyłącznie za pomocą tych certyfikatów. Certyfikaty, które wygasły, nadal potwierdzają dokumenty otrzymane w okresie ich ważności.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add from registry or certificate…</source>
        <translation>Dod&amp;aj z rejestru lub certyfikatu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;trusting…</source>
        <translation>Wycofaj &amp;zaufanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust a&amp;gain…</source>
        <translation>Ufaj p&amp;onownie…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to the trust store</source>
        <translation>Dodawanie do magazynu zaufania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries and certificates (*.json *.xml *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Rejestry i certyfikaty (*.json *.xml *.pem *.crt *.cer *.der);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trust store: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Magazyn zaufania — dodane: %1, zaktualizowane: %2, bez zmian: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop trusting %1</source>
        <translation>Wycofanie zaufania: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust %1 again</source>
        <translation>Ponowne zaufanie do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (recorded in the audit log):</source>
        <translation>Powód (zostanie zapisany w dzienniku audytu):</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="-124"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Accounts of the people who use this database. Only an active account with a password can sign in to a shared database; a switched-off account keeps its records.</source>
        <translation>Konta osób korzystających z tej bazy danych. Do wspólnej bazy danych można się zalogować tylko na aktywne konto z ustawionym hasłem; wyłączenie konta nie usuwa zapisów dokonanych z tego konta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add…</source>
        <translation>Dod&amp;aj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Roles…</source>
        <translation>&amp;Role…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;password…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch off…</source>
        <translation>Wyłącz &amp;konto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch o&amp;n</source>
        <translation>Włącz k&amp;onto</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The password of %1 is set.</source>
        <translation>Ustawiono hasło użytkownika %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch off the account %1? It can no longer sign in; what it did stays on record.</source>
        <translation>Wyłączyć konto %1? Nie będzie już można się na nie zalogować; zapisy czynności wykonanych z tego konta pozostaną w bazie.</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <location filename="../../app/services/trust.py" line="-117"/>
        <source>valid</source>
        <translation>ważny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires soon</source>
        <translation>wkrótce wygasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>wygasł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet valid</source>
        <translation>jeszcze nieważny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not trusted (switched off)</source>
        <translation>niezaufany (wyłączony)</translation>
    </message>
</context>
</TS>
