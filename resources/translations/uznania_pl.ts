<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
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
    <name>Cli</name>
    <message>
        <location filename="../../app/__main__.py" line="+58"/>
        <location filename="../../app/cli.py" line="+221"/>
        <source>Error:</source>
        <translation>Błąd:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>Nie można otworzyć bazy danych: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-80"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+36"/>
        <source>Line {line}: {problems}</source>
        <translation>Wiersz {line}: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{new} new, {update} to update, {unchanged} unchanged, {error} with errors.</source>
        <translation>Nowe: {new}, do aktualizacji: {update}, bez zmian: {unchanged}, z błędami: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing imported; fix the file or use --skip-invalid.</source>
        <translation>Niczego nie zaimportowano; popraw plik lub użyj --skip-invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Zaimportowano. Nowe: {created}, zaktualizowane: {updated}, bez zmian: {unchanged}, pominięte: {skipped}.</translation>
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
        <location line="+2"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/ui/application.py" line="+43"/>
        <source>Something went wrong inside Uznania. Your saved work is safe; the action was not completed. Please send the details below to the administrator.</source>
        <translation>W programie Uznania wystąpił nieoczekiwany błąd. Zapisane dane są bezpieczne; czynność nie została wykonana. Prosimy przesłać poniższe szczegóły administratorowi.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../app/ui/decision_page.py" line="+41"/>
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
        <location line="+7"/>
        <source>State history</source>
        <translation>Historia zmian stanu</translation>
    </message>
    <message>
        <location line="+33"/>
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
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../app/ui/decisions_page.py" line="+41"/>
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
        <source>All programmes</source>
        <translation>Wszystkie kierunki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any deadline</source>
        <translation>Dowolny termin</translation>
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
        <location line="+19"/>
        <source>S&amp;how decision</source>
        <translation>Po&amp;każ decyzję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend deadline…</source>
        <translation>Przedłuż &amp;termin…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;state</source>
        <translation>Zmień &amp;stan</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location filename="../../app/services/decisions.py" line="+160"/>
        <location line="+64"/>
        <source>Decision {id} does not exist.</source>
        <translation>Decyzja {id} nie istnieje.</translation>
    </message>
    <message>
        <location line="-51"/>
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
        <location filename="../../app/services/students.py" line="+85"/>
        <source>There is no student with album number {album}.</source>
        <translation>Nie ma studenta o numerze albumu {album}.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Semester(s) to credit must be numbers from 1 to 14, like &quot;3&quot; or &quot;3,4&quot;; got &quot;{text}&quot;.</source>
        <translation>Semestr(y) do zaliczenia muszą być liczbami od 1 do 14, np. „3” lub „3,4”; podano „{text}”.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The student with album number {album} already has decision {number} for semester(s) {semesters} that is not finished.</source>
        <translation>Student o numerze albumu {album} ma już niezakończoną decyzję {number} dla semestru(ów) {semesters}.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+26"/>
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
        <location filename="../../app/services/demo.py" line="+67"/>
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
        <location filename="../../app/services/programmes.py" line="+45"/>
        <source>A programme needs a code and a Polish name.</source>
        <translation>Kierunek musi mieć kod i nazwę polską.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme {code} already exists.</source>
        <translation>Kierunek {code} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+66"/>
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
        <location line="+1"/>
        <source>Missing programme.</source>
        <translation>Brak kierunku.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Two columns hold the {field}: &quot;{first}&quot; and &quot;{second}&quot;; keep one of them.</source>
        <translation>Dwie kolumny zawierają pole „{field}”: „{first}” i „{second}”; zostaw jedną z nich.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The file {name} has no column for: {columns}. Columns found: {found}.</source>
        <translation>W pliku {name} brakuje kolumn: {columns}. Znalezione kolumny: {found}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>Pole „{field}” jest dłuższe niż {limit} znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
        <location line="+59"/>
        <source>Unknown programme &quot;{programme}&quot;.</source>
        <translation>Nieznany kierunek „{programme}”.</translation>
    </message>
    <message>
        <location line="-56"/>
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
        <location line="+17"/>
        <source>The file has no valid rows to import.</source>
        <translation>Plik nie zawiera żadnych poprawnych wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="+54"/>
        <source>The file&apos;s character encoding cannot be recognised; save it as UTF-8 or Windows-1250.</source>
        <translation>Nie można rozpoznać kodowania znaków pliku; zapisz go w UTF-8 lub Windows-1250.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file cannot be read at line {line}: {detail}</source>
        <translation>Nie można odczytać pliku w wierszu {line}: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>Nie można odczytać arkusza: {detail}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {name} is too large ({size} bytes).</source>
        <translation>Plik {name} jest za duży ({size} B).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be opened: {detail}</source>
        <translation>Nie można otworzyć pliku {name}: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV.</source>
        <translation>Plik {name} jest skoroszytem w starym formacie Excela (.xls); zapisz go jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../app/services/users.py" line="+37"/>
        <source>There is no account for {login} in this database; ask its administrator for one.</source>
        <translation>W tej bazie danych nie ma konta {login}; poproś jej administratora o założenie konta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {login} is switched off.</source>
        <translation>Konto {login} jest wyłączone.</translation>
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
        <location filename="../../app/services/student_import.py" line="-275"/>
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
        <location line="+1"/>
        <location line="+1"/>
        <source>programme</source>
        <translation>kierunek</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../app/ui/formatting.py" line="+50"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+25"/>
        <source>recognition of courses</source>
        <translation>uznawanie przedmiotów</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Students</source>
        <translation>Studenci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %1</source>
        <translation>Zalogowano: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Importuj studentów…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+5"/>
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
        <location line="+67"/>
        <source>The language changes when Uznania is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu Uznania.</translation>
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
        <location filename="../../app/services/vocabulary.py" line="+6"/>
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
    <name>Prompts</name>
    <message>
        <location filename="../../app/ui/prompts.py" line="+12"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Uznania</source>
        <translation>Uznania</translation>
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
    <name>States</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-22"/>
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
    <name>StudentsPage</name>
    <message>
        <location filename="../../app/ui/students_page.py" line="+49"/>
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
        <source>All cohorts</source>
        <translation>Wszystkie cykle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All admission kinds</source>
        <translation>Wszystkie tryby przyjęcia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click a student to see their decisions</source>
        <translation>Kliknij dwukrotnie studenta, aby zobaczyć jego decyzje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Importuj studentów…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open decision…</source>
        <translation>&amp;Otwórz decyzję…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a recognition decision for the selected students</source>
        <translation>Otwórz decyzję w sprawie uznania dla zaznaczonych studentów</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Opened %n decision(s).</source>
        <translation>
            <numerusform>Otwarto %n decyzję.</numerusform>
            <numerusform>Otwarto %n decyzje.</numerusform>
            <numerusform>Otwarto %n decyzji.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import students</source>
        <translation>Import studentów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listy studentów (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
</context>
</TS>
