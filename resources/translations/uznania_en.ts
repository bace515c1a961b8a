<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Admission</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="+19"/>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short-term</source>
        <translation>short-term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasmus return</source>
        <translation>Erasmus return</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/__main__.py" line="+58"/>
        <location filename="../../app/cli.py" line="+221"/>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>The database cannot be opened: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-80"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest deadline</source>
        <translation>Nearest deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semesters</source>
        <translation>Semesters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The desk already has students; no demo data added.</source>
        <translation>The desk already has students; no demo data added.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data: {programmes} programmes, {students} students, {decisions} decisions.</source>
        <translation>Demo data: {programmes} programmes, {students} students, {decisions} decisions.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line {line}: {problems}</source>
        <translation>Line {line}: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{new} new, {update} to update, {unchanged} unchanged, {error} with errors.</source>
        <translation>{new} new, {update} to update, {unchanged} unchanged, {error} with errors.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing imported; fix the file or use --skip-invalid.</source>
        <translation>Nothing imported; fix the file or use --skip-invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/ui/table_models.py" line="+37"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nearest deadline</source>
        <translation>Nearest deadline</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Semesters</source>
        <translation>Semesters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Web deadline</source>
        <translation>Web deadline</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+52"/>
        <source>Overdue: the web deadline has passed and no results were loaded.</source>
        <translation>Overdue: the web deadline has passed and no results were loaded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+52"/>
        <source>Line</source>
        <translation>Line</translation>
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
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="+4"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="+1"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="+1"/>
        <location line="+48"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/table_models.py" line="-45"/>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems / changes</source>
        <translation>Problems / changes</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/ui/application.py" line="+43"/>
        <source>Something went wrong inside Uznania. Your saved work is safe; the action was not completed. Please send the details below to the administrator.</source>
        <translation>Something went wrong inside Uznania. Your saved work is safe; the action was not completed. Please send the details below to the administrator.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../app/ui/decision_page.py" line="+41"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web deadline:</source>
        <translation>Web deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semester(s) to credit:</source>
        <translation>Semester(s) to credit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results loaded:</source>
        <translation>Results loaded:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Album number:</source>
        <translation>Album number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort:</source>
        <translation>Cohort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission:</source>
        <translation>Admission:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend deadline…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State history</source>
        <translation>State history</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Decision %1 — %2</source>
        <translation>Decision %1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move to state: %1</source>
        <translation>Move to state: %1</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../app/ui/decisions_page.py" line="+41"/>
        <source>Search by number, album number or name…</source>
        <translation>Search by number, album number or name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in 7 days</source>
        <translation>Due in 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in 30 days</source>
        <translation>Due in 30 days</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>S&amp;how decision</source>
        <translation>S&amp;how decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend deadline…</source>
        <translation>&amp;Extend deadline…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;state</source>
        <translation>Change &amp;state</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/services/context.py" line="+89"/>
        <source>Your roles do not allow this action (it needs: {roles}).</source>
        <translation>Your roles do not allow this action (it needs: {roles}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database cannot be reached: {detail}</source>
        <translation>The database cannot be reached: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="+160"/>
        <location line="+64"/>
        <source>Decision {id} does not exist.</source>
        <translation>Decision {id} does not exist.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The web deadline {deadline} is in the past.</source>
        <translation>The web deadline {deadline} is in the past.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one student.</source>
        <translation>Choose at least one student.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/students.py" line="+85"/>
        <source>There is no student with album number {album}.</source>
        <translation>There is no student with album number {album}.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Semester(s) to credit must be numbers from 1 to 14, like &quot;3&quot; or &quot;3,4&quot;; got &quot;{text}&quot;.</source>
        <translation>Semester(s) to credit must be numbers from 1 to 14, like &quot;3&quot; or &quot;3,4&quot;; got &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The student with album number {album} already has decision {number} for semester(s) {semesters} that is not finished.</source>
        <translation>The student with album number {album} already has decision {number} for semester(s) {semesters} that is not finished.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Decision {number} was changed by {actor} in the meantime; it has been reloaded.</source>
        <translation>Decision {number} was changed by {actor} in the meantime; it has been reloaded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one decision.</source>
        <translation>Choose at least one decision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision {number} is {state}: only open or returned decisions have a web deadline to extend.</source>
        <translation>Decision {number} is {state}: only open or returned decisions have a web deadline to extend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new deadline {deadline} is not later than the current one of decision {number} ({current}).</source>
        <translation>The new deadline {deadline} is not later than the current one of decision {number} ({current}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Moving the decision to {target} needs a new web deadline.</source>
        <translation>Moving the decision to {target} needs a new web deadline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving the decision to {target} takes no deadline; extend the deadline instead.</source>
        <translation>Moving the decision to {target} takes no deadline; extend the deadline instead.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Moving the decision to {target} needs a comment.</source>
        <translation>Moving the decision to {target} needs a comment.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="+67"/>
        <source>Demo data is for 1 to 200,000 students with at most 3 decisions each.</source>
        <translation>Demo data is for 1 to 200,000 students with at most 3 decisions each.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database already has students; demo data goes only into an empty desk.</source>
        <translation>The database already has students; demo data goes only into an empty desk.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="+66"/>
        <source>The action could not be completed.</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data given is not valid.</source>
        <translation>The data given is not valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change of state is not allowed.</source>
        <translation>This change of state is not allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else changed this record in the meantime. It has been reloaded; please try again.</source>
        <translation>Someone else changed this record in the meantime. It has been reloaded; please try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record already exists.</source>
        <translation>The record already exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An unexpected error stopped the action; nothing was changed.</source>
        <translation>An unexpected error stopped the action; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/programmes.py" line="+45"/>
        <source>A programme needs a code and a Polish name.</source>
        <translation>A programme needs a code and a Polish name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme {code} already exists.</source>
        <translation>Programme {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+66"/>
        <source>Missing album number.</source>
        <translation>Missing album number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing family name.</source>
        <translation>Missing family name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing given names.</source>
        <translation>Missing given names.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing birth date.</source>
        <translation>Missing birth date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing programme.</source>
        <translation>Missing programme.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Two columns hold the {field}: &quot;{first}&quot; and &quot;{second}&quot;; keep one of them.</source>
        <translation>Two columns hold the {field}: &quot;{first}&quot; and &quot;{second}&quot;; keep one of them.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The file {name} has no column for: {columns}. Columns found: {found}.</source>
        <translation>The file {name} has no column for: {columns}. Columns found: {found}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>The {field} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Album number &quot;{album}&quot; is not valid.</source>
        <translation>Album number &quot;{album}&quot; is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate album number {album} (already on line {line}).</source>
        <translation>Duplicate album number {album} (already on line {line}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad birth date &quot;{value}&quot;.</source>
        <translation>Bad birth date &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Unknown programme &quot;{programme}&quot;.</source>
        <translation>Unknown programme &quot;{programme}&quot;.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Programme &quot;{programme}&quot; is ambiguous ({codes}); give its code.</source>
        <translation>Programme &quot;{programme}&quot; is ambiguous ({codes}); give its code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown admission kind &quot;{value}&quot; (expected transfer, short-term or Erasmus return).</source>
        <translation>Unknown admission kind &quot;{value}&quot; (expected transfer, short-term or Erasmus return).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bad e-mail address &quot;{value}&quot;.</source>
        <translation>Bad e-mail address &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Missing admission kind for a new student (choose one for rows that do not say).</source>
        <translation>Missing admission kind for a new student (choose one for rows that do not say).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file has no valid rows to import.</source>
        <translation>The file has no valid rows to import.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="+54"/>
        <source>The file&apos;s character encoding cannot be recognised; save it as UTF-8 or Windows-1250.</source>
        <translation>The file&apos;s character encoding cannot be recognised; save it as UTF-8 or Windows-1250.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file cannot be read at line {line}: {detail}</source>
        <translation>The file cannot be read at line {line}: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>The spreadsheet cannot be read: {detail}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {name} is too large ({size} bytes).</source>
        <translation>The file {name} is too large ({size} bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be opened: {detail}</source>
        <translation>The file {name} cannot be opened: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV.</source>
        <translation>The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} is neither CSV nor XLSX.</source>
        <translation>The file {name} is neither CSV nor XLSX.</translation>
    </message>
    <message>
        <location filename="../../app/services/workflow.py" line="+64"/>
        <source>Decision is approved, which is final: only a correction may change it.</source>
        <translation>Decision is approved, which is final: only a correction may change it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision is cancelled and kept for the record: it cannot be moved.</source>
        <translation>Decision is cancelled and kept for the record: it cannot be moved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision is already in state {state}.</source>
        <translation>Decision is already in state {state}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision in state {source} cannot move to {target}; allowed: {allowed}.</source>
        <translation>Decision in state {source} cannot move to {target}; allowed: {allowed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving a decision from {source} to {target} needs the role: {roles}.</source>
        <translation>Moving a decision from {source} to {target} needs the role: {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="+37"/>
        <source>There is no account for {login} in this database; ask its administrator for one.</source>
        <translation>There is no account for {login} in this database; ask its administrator for one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {login} is switched off.</source>
        <translation>The account {login} is switched off.</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <location filename="../../app/ui/decision_dialogs.py" line="+109"/>
        <source>Extend web deadline</source>
        <translation>Extend web deadline</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New web deadline for %n decision(s).</source>
        <translation>
            <numerusform>New web deadline for %n decision.</numerusform>
            <numerusform>New web deadline for %n decisions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current latest deadline: %1.</source>
        <translation>Current latest deadline: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New deadline:</source>
        <translation>&amp;New deadline:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/services/student_import.py" line="-275"/>
        <source>album number</source>
        <translation>album number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given names</source>
        <translation>given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort</source>
        <translation>cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admission kind</source>
        <translation>admission kind</translation>
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
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="-31"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>ImportStudentsDialog</name>
    <message>
        <location line="+53"/>
        <source>Import students from %1</source>
        <translation>Import students from %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— none: such rows are errors —</source>
        <translation>— none: such rows are errors —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admission &amp;kind of new students whose row does not say:</source>
        <translation>Admission &amp;kind of new students whose row does not say:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rows read: %1 (%2). New: %3, to update: %4, unchanged: %5, with errors: %6.</source>
        <translation>Rows read: %1 (%2). New: %3, to update: %4, unchanged: %5, with errors: %6.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Imported. New: %1, updated: %2, unchanged: %3, skipped: %4.</source>
        <translation>Imported. New: %1, updated: %2, unchanged: %3, skipped: %4.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Rows with errors will be skipped.</source>
        <translation>Rows with errors will be skipped.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+25"/>
        <source>recognition of courses</source>
        <translation>recognition of courses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Import students…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open decision for selected students…</source>
        <translation>&amp;Open decision for selected students…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Extend deadline of selected decisions…</source>
        <translation>&amp;Extend deadline of selected decisions…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Uznania</source>
        <translation>&amp;About Uznania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition of courses completed at other universities.</source>
        <translation>Recognition of courses completed at other universities.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The language changes when Uznania is started again.</source>
        <translation>The language changes when Uznania is started again.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../app/ui/decision_dialogs.py" line="+28"/>
        <source>Change state of decision %1</source>
        <translation>Change state of decision %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New web deadline:</source>
        <translation>&amp;New web deadline:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Comment (required):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
</context>
<context>
    <name>Moves</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="+6"/>
        <source>Reopen for import…</source>
        <translation>Reopen for import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record student&apos;s confirmation…</source>
        <translation>Record student&apos;s confirmation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start verification…</source>
        <translation>Start verification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel decision…</source>
        <translation>Cancel decision…</translation>
    </message>
</context>
<context>
    <name>OpenDecisionDialog</name>
    <message>
        <location filename="../../app/ui/decision_dialogs.py" line="-115"/>
        <source>Open recognition decision</source>
        <translation>Open recognition decision</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open a decision awaiting results for %n student(s).</source>
        <translation>
            <numerusform>Open a decision awaiting results for %n student.</numerusform>
            <numerusform>Open decisions awaiting results for %n students.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date by which the results must be imported; not in the past.</source>
        <translation>The date by which the results must be imported; not in the past.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web deadline:</source>
        <translation>&amp;Web deadline:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5 or 5,6; empty if not known yet</source>
        <translation>e.g. 5 or 5,6; empty if not known yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Semester(s) to credit:</source>
        <translation>&amp;Semester(s) to credit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open decision</source>
        <translation>Open decision</translation>
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
        <translation>officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dean</source>
        <translation>dean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-22"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../app/ui/students_page.py" line="+49"/>
        <source>Search by album number or name…</source>
        <translation>Search by album number or name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cohorts</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All admission kinds</source>
        <translation>All admission kinds</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click a student to see their decisions</source>
        <translation>Double-click a student to see their decisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Import students…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open decision…</source>
        <translation>&amp;Open decision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a recognition decision for the selected students</source>
        <translation>Open a recognition decision for the selected students</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Opened %n decision(s).</source>
        <translation>
            <numerusform>Opened %n decision.</numerusform>
            <numerusform>Opened %n decisions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import students</source>
        <translation>Import students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Student exports (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
</context>
</TS>
