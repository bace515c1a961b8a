<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="+109"/>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters; empty: none yet</source>
        <translation>at least %1 characters; empty: none yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
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
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_page.py" line="+74"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Text in the reason or the values…</source>
        <translation>Text in the reason or the values…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. decision, student</source>
        <translation>e.g. decision, student</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;set filters</source>
        <translation>Re&amp;set filters</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Details of the selected event</source>
        <translation>Details of the selected event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event to see the values before and after in full.</source>
        <translation>Select an event to see the values before and after in full.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load more</source>
        <translation>&amp;Load more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the events that match the filter as CSV or XLSX; the export is recorded in the audit log.</source>
        <translation>Save the events that match the filter as CSV or XLSX; the export is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchOutcome</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="+43"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../../app/ui/batch_page.py" line="+56"/>
        <source>Load a folder of returned EMREX files. Each file goes into the decision of the student it is about, when there is no doubt; the others are listed with the reason.</source>
        <translation>Load a folder of returned EMREX files. Each file goes into the decision of the student it is about, when there is no doubt; the others are listed with the reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder with returned EMREX files</source>
        <translation>Folder with returned EMREX files</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>Loading %n file…</numerusform>
            <numerusform>Loading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported: %1, already imported: %2, refused: %3.</source>
        <translation>Imported: %1, already imported: %2, refused: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Cancelled; the files imported before stay imported.</source>
        <translation>Cancelled; the files imported before stay imported.</translation>
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
        <translation>Error:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>The database cannot be opened: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-89"/>
        <location filename="../../app/cli_db.py" line="+28"/>
        <location filename="../../app/cli_grades.py" line="+216"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli_grades.py" line="+0"/>
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
        <location filename="../../app/cli_la.py" line="+38"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_la.py" line="-1"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_la.py" line="+2"/>
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
        <location filename="../../app/cli_audit.py" line="+82"/>
        <location filename="../../app/cli_grades.py" line="-5"/>
        <location filename="../../app/cli_grid.py" line="+20"/>
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
        <source>EMP</source>
        <translation>EMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_grades.py" line="-40"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Validity</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_grades.py" line="+2"/>
        <location line="+40"/>
        <location filename="../../app/cli_grid.py" line="+1"/>
        <location filename="../../app/cli_users.py" line="+63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_grid.py" line="+1"/>
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
        <location filename="../../app/cli_preview.py" line="+16"/>
        <source>Line {line}: {problems}</source>
        <translation>Line {line}: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{new} new, {update} to update, {unchanged} unchanged, {error} with errors.</source>
        <translation>{new} new, {update} to update, {unchanged} unchanged, {error} with errors.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+57"/>
        <location filename="../../app/cli_grid.py" line="+77"/>
        <source>Nothing imported; fix the file or use --skip-invalid.</source>
        <translation>Nothing imported; fix the file or use --skip-invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli_grid.py" line="+7"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../app/cli_emrex.py" line="-84"/>
        <source>Trust store: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Trust store: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported document {document} into decision {decision}. Courses: {courses}, ECTS: {ects}.</source>
        <translation>Imported document {document} into decision {decision}. Courses: {courses}, ECTS: {ects}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Session {session_id}: the student opens {start_url} and signs in at {emp}; the results come back to {return_url}.</source>
        <translation>Session {session_id}: the student opens {start_url} and signs in at {emp}; the results come back to {return_url}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The demonstration contact point cannot listen on port {port}: {detail}</source>
        <translation>The demonstration contact point cannot listen on port {port}: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstration EMREX contact point at {url} (Ctrl+C stops it).</source>
        <translation>Demonstration EMREX contact point at {url} (Ctrl+C stops it).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: {imported}, already imported: {already}, refused: {refused}.</source>
        <translation>Imported: {imported}, already imported: {already}, refused: {refused}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_grid.py" line="-87"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of credit</source>
        <translation>Form of credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligatory</source>
        <translation>Obligatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade type</source>
        <translation>Grade type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCED</source>
        <translation>ISCED</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Semester {semester}: {ects} ECTS.</source>
        <translation>Semester {semester}: {ects} ECTS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme {code} does not exist yet; the import would create it as &quot;{name}&quot;.</source>
        <translation>Programme {code} does not exist yet; the import would create it as &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme {code} created as &quot;{name}&quot;.</source>
        <translation>Programme {code} created as &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Courses of the {year} grid that the file does not list, kept as they are: {codes}.</source>
        <translation>Courses of the {year} grid that the file does not list, kept as they are: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_la.py" line="-22"/>
        <source>Table A (courses abroad)</source>
        <translation>Table A (courses abroad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table B (home courses)</source>
        <translation>Table B (home courses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table C (virtual or blended components)</source>
        <translation>Table C (virtual or blended components)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending institution</source>
        <translation>sending institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receiving institution</source>
        <translation>receiving institution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first version</source>
        <translation>first version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved changes</source>
        <translation>approved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change proposal</source>
        <translation>change proposal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EWP Online Learning Agreement</source>
        <translation>EWP Online Learning Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table file</source>
        <translation>table file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Student identifier</source>
        <translation>Student identifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inserted</source>
        <translation>inserted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Learning Agreement of decision {decision}: {source}</source>
        <translation>Learning Agreement of decision {decision}: {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobility {id}: {sending} → {receiving}</source>
        <translation>Mobility {id}: {sending} → {receiving}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Student: {name}</source>
        <translation>Student: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: {start} – {end}</source>
        <translation>Period: {start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ECTS total: {ects}</source>
        <translation>ECTS total: {ects}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group {group}: {a} → {b}</source>
        <translation>Group {group}: {a} → {b}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatures:</source>
        <translation>Signatures:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change proposal {id}, not approved and not applied:</source>
        <translation>Change proposal {id}, not approved and not applied:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decision {decision} has no Learning Agreement.</source>
        <translation>Decision {decision} has no Learning Agreement.</translation>
    </message>
    <message>
        <location filename="../../app/cli_audit.py" line="-5"/>
        <source>Audit events exported to {file}: {count}.</source>
        <translation>Audit events exported to {file}: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/cli_grades.py" line="-39"/>
        <source>Grades, best first</source>
        <translation>Grades, best first</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usable</source>
        <translation>usable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT usable (errors)</source>
        <translation>NOT usable (errors)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Name the lines or use --all.</source>
        <translation>Name the lines or use --all.</translation>
    </message>
    <message>
        <location filename="../../app/cli_users.py" line="-1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account {login} added with the roles: {roles}.</source>
        <translation>Account {login} added with the roles: {roles}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no password yet: set one with `uznania users password {login}`.</source>
        <translation>It has no password yet: set one with `uznania users password {login}`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles of {login}: {roles}.</source>
        <translation>Roles of {login}: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {login} switched on.</source>
        <translation>Account {login} switched on.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account {login} switched off.</source>
        <translation>Account {login} switched off.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current password: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of {login} set.</source>
        <translation>Password of {login} set.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database has no accounts yet: {login} becomes its administrator.</source>
        <translation>The database has no accounts yet: {login} becomes its administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for {login}: </source>
        <translation>Password for {login}: </translation>
    </message>
    <message>
        <location filename="../../app/cli_reports.py" line="+52"/>
        <source>Exported {count} row(s) to {file}.</source>
        <translation>Exported {count} row(s) to {file}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} decision(s) listed in {file}.</source>
        <translation>{count} decision(s) listed in {file}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_db.py" line="-46"/>
        <source>Backed up to {file}: {size} bytes, SHA-256 {sha256}.</source>
        <translation>Backed up to {file}: {size} bytes, SHA-256 {sha256}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored from {file} (made at database revision {revision}).</source>
        <translation>Restored from {file} (made at database revision {revision}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it was before: {file}</source>
        <translation>The database as it was before: {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring replaces the whole database and there is no terminal to confirm it in: add --yes.</source>
        <translation>Restoring replaces the whole database and there is no terminal to confirm it in: add --yes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything in {database} will be replaced with the backup {file}; the database as it is now is saved first.</source>
        <translation>Everything in {database} will be replaced with the backup {file}; the database as it is now is saved first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to go on: </source>
        <translation>Type {word} to go on: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not restored; nothing was changed.</source>
        <translation>Not restored; nothing was changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (source)</source>
        <translation>Rows (source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (copy)</source>
        <translation>Rows (copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 (source)</source>
        <translation>SHA-256 (source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 (copy)</source>
        <translation>SHA-256 (copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal</source>
        <translation>Equal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified: {rows} rows in {tables} tables are equal on both sides; copied from {source} to {target} in {seconds} s.</source>
        <translation>Verified: {rows} rows in {tables} tables are equal on both sides; copied from {source} to {target} in {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT verified: the tables marked NO differ, so nothing was copied; {target} is as it was.</source>
        <translation>NOT verified: the tables marked NO differ, so nothing was copied; {target} is as it was.</translation>
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
        <location filename="../../app/ui/batch_page.py" line="-106"/>
        <location filename="../../app/ui/results_panel.py" line="+44"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decision</translation>
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
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="-278"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/batch_page.py" line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_models.py" line="+8"/>
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
        <location filename="../../app/ui/audit_page.py" line="-5"/>
        <location filename="../../app/ui/table_models.py" line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_models.py" line="+2"/>
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
        <location filename="../../app/ui/course_models.py" line="+42"/>
        <source>Import</source>
        <translation>Import</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../app/ui/course_models.py" line="-66"/>
        <location line="+67"/>
        <location filename="../../app/ui/la_panel.py" line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/ui/grid_page.py" line="-4"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/grading_page.py" line="+3"/>
        <location line="+35"/>
        <location filename="../../app/ui/grid_page.py" line="+2"/>
        <location filename="../../app/ui/users_page.py" line="-91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/grid_page.py" line="+6"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/ui/grades_panel.py" line="-7"/>
        <source>Foreign</source>
        <translation>Foreign</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/grades_panel.py" line="+5"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_models.py" line="-66"/>
        <location line="+67"/>
        <source>Grading scheme</source>
        <translation>Grading scheme</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+68"/>
        <location filename="../../app/ui/la_panel.py" line="+2"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/grid_page.py" line="-2"/>
        <source>Hours</source>
        <translation>Hours</translation>
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
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../app/ui/grading_page.py" line="-1"/>
        <source>Institution</source>
        <translation>Institution</translation>
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
    <message>
        <location filename="../../app/ui/results_panel.py" line="-10"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-verified</source>
        <translation>Re-verified</translation>
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
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_page.py" line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate subject</source>
        <translation>Certificate subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/grading_page.py" line="+3"/>
        <source>Grades, best first</source>
        <translation>Grades, best first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes from</source>
        <translation>Passes from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/trust_page.py" line="+2"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/trust_page.py" line="+2"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/table_dialog.py" line="+9"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../app/ui/trust_page.py" line="+2"/>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/la_panel.py" line="-5"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/ui/grid_page.py" line="-9"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Obligatory</source>
        <translation>Obligatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/grades_panel.py" line="-4"/>
        <source>Grade abroad</source>
        <translation>Grade abroad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_page.py" line="-1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="-8"/>
        <source>Scale in the file</source>
        <translation>Scale in the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched scale</source>
        <translation>Matched scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="+80"/>
        <location line="+9"/>
        <source>Foreign courses</source>
        <translation>Foreign courses</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Home courses of the credited semesters</source>
        <translation>Home courses of the credited semesters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link selected</source>
        <translation>&amp;Link selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise the selected foreign courses as the selected home courses</source>
        <translation>Recognise the selected foreign courses as the selected home courses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept &amp;proposal</source>
        <translation>Accept &amp;proposal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept &amp;all proposals</source>
        <translation>Accept &amp;all proposals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ject selected</source>
        <translation>Re&amp;ject selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the selected foreign courses do not replace the selected home courses; those stay to be passed after return</source>
        <translation>Record that the selected foreign courses do not replace the selected home courses; those stay to be passed after return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>Recognition lines</source>
        <translation>Recognition lines</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recognised %1 of %2 ECTS; passed abroad %3 ECTS.</source>
        <translation>Recognised %1 of %2 ECTS; passed abroad %3 ECTS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To pass after return by %1: %2</source>
        <translation>To pass after return by %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition of %1: %2</source>
        <translation>Condition of %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversionTables</name>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="-89"/>
        <source>Only the %1 may do this.</source>
        <translation>Only the %1 may do this.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The validator found nothing wrong.</source>
        <translation>The validator found nothing wrong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Foreign grade</source>
        <translation>Foreign grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home grade</source>
        <translation>Home grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has errors: kept for the record but not used for suggestions.</source>
        <translation>Has errors: kept for the record but not used for suggestions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has errors: it will be kept for the record but not used for suggestions.</source>
        <translation>Has errors: it will be kept for the record but not used for suggestions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usable for suggestions.</source>
        <translation>Usable for suggestions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable: it will be used for suggestions.</source>
        <translation>Usable: it will be used for suggestions.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no known scale: not stored</source>
        <translation>no known scale: not stored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has errors: kept, not used</source>
        <translation>has errors: kept, not used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable</source>
        <translation>usable</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../app/ui/grid_page.py" line="+17"/>
        <source>Course %1 (%2)</source>
        <translation>Course %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>obligatory</source>
        <translation>obligatory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS:</source>
        <translation>ECTS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of credit:</source>
        <translation>Form of credit:</translation>
    </message>
</context>
<context>
    <name>CourseStatus</name>
    <message>
        <location filename="../../app/ui/course_models.py" line="-94"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="+103"/>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — something went wrong</source>
        <translation>%1 — something went wrong</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong inside Uznania, and the last action was not completed. Your saved work is safe, and the program keeps running: you can go on working.

If it happens again, please copy the report below and send it to the administrator.</source>
        <translation>Something went wrong inside Uznania, and the last action was not completed. Your saved work is safe, and the program keeps running: you can go on working.

If it happens again, please copy the report below and send it to the administrator.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error report</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report is on the clipboard.</source>
        <translation>The report is on the clipboard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder cannot be opened here; it is %1</source>
        <translation>The folder cannot be opened here; it is %1</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../app/ui/decision_page.py" line="+60"/>
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
        <location line="+4"/>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the approved decision for an audited correction</source>
        <translation>Reopen the approved decision for an audited correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the decision report (%1)</source>
        <translation>Preview, print or save the decision report (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts of the decision</source>
        <translation>Parts of the decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results from abroad</source>
        <translation>Results from abroad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning Agreement</source>
        <translation>Learning Agreement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grades and verification</source>
        <translation>Grades and verification</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>State history</source>
        <translation>State history</translation>
    </message>
    <message>
        <location line="+42"/>
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
    <message>
        <location line="+20"/>
        <source>Correct an approved decision</source>
        <translation>Correct an approved decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is decision %1 corrected?</source>
        <translation>Why is decision %1 corrected?</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../app/ui/decisions_page.py" line="+56"/>
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
        <source>Search decisions</source>
        <translation>Search decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by number, album number or name</source>
        <translation>Search by number, album number or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme filter</source>
        <translation>Programme filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline filter</source>
        <translation>Deadline filter</translation>
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
        <location line="+9"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No decisions yet — select students on the Students page and open decisions with Decisions ▸ Open decision for selected students… (%1)</source>
        <translation>No decisions yet — select students on the Students page and open decisions with Decisions ▸ Open decision for selected students… (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how decision</source>
        <translation>S&amp;how decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show decision</source>
        <translation>Show decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected decision in a tab of its own</source>
        <translation>Open the selected decision in a tab of its own</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Extend deadline…</source>
        <translation>&amp;Extend deadline…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend deadline</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the web deadline of the selected decisions</source>
        <translation>Extend the web deadline of the selected decisions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;state</source>
        <translation>Change &amp;state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change state</source>
        <translation>Change state</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print reports…</source>
        <translation>Print reports…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print reports</source>
        <translation>Print reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save reports…</source>
        <translation>Save reports…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save reports</source>
        <translation>Save reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print reports…</source>
        <translation>&amp;Print reports…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save reports…</source>
        <translation>&amp;Save reports…</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <name>ElmoImportDialog</name>
    <message>
        <location filename="../../app/ui/elmo_dialog.py" line="+60"/>
        <source>EMREX results from %1</source>
        <translation>EMREX results from %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature and identity</source>
        <translation>Signature and identity</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why you accept this learner as the student (recorded in the audit log)</source>
        <translation>Why you accept this learner as the student (recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import selected courses</source>
        <translation>Import selected courses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and verifying…</source>
        <translation>Reading and verifying…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated:</source>
        <translation>Generated:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no birth date</source>
        <translation>no birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner:</source>
        <translation>Learner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Ready to import.</source>
        <translation>✓ Ready to import.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attachments (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>valid — signed by %1 (%2)</source>
        <translation>valid — signed by %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing — the document is not signed</source>
        <translation>missing — the document is not signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by a contact point that is not trusted</source>
        <translation>signed by a contact point that is not trusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID — changed after signing or not from the contact point</source>
        <translation>INVALID — changed after signing or not from the contact point</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>matches the student</source>
        <translation>matches the student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names the student, but the document is not verified</source>
        <translation>names the student, but the document is not verified</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected courses: %1 of %2, ECTS: %3</source>
        <translation>Selected courses: %1 of %2, ECTS: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>near miss — accept only with a written reason</source>
        <translation>near miss — accept only with a written reason</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Warnings (%1): %2</source>
        <translation>Warnings (%1): %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>NOT the student</source>
        <translation>NOT the student</translation>
    </message>
</context>
<context>
    <name>EmrexFetchDialog</name>
    <message>
        <location filename="../../app/ui/emrex_fetch_dialog.py" line="+55"/>
        <source>Fetch via EMREX</source>
        <translation>Fetch via EMREX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The student signs in at the EMREX contact point of the university abroad, in the browser on this computer, and chooses the results to send. They come back here, signed, and open in the import preview.</source>
        <translation>The student signs in at the EMREX contact point of the university abroad, in the browser on this computer, and chooses the results to send. They come back here, signed, and open in the import preview.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact point</source>
        <translation>Contact point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact &amp;point:</source>
        <translation>Contact &amp;point:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time left for the student</source>
        <translation>Time left for the student</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start address for the browser</source>
        <translation>Start address for the browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no browser opened, open this address in a browser on this computer</source>
        <translation>If no browser opened, open this address in a browser on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;browser again</source>
        <translation>Open &amp;browser again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start in the browser</source>
        <translation>&amp;Start in the browser</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The trust store has no contact point with an address. An administrator imports the EMREX registry (Trust store ▸ Import).</source>
        <translation>The trust store has no contact point with an address. An administrator imports the EMREX registry (Trust store ▸ Import).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel fetch</source>
        <translation>Cancel fetch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the results from %1. The student signs in in the browser and chooses the courses; leave this window open.</source>
        <translation>Waiting for the results from %1. The student signs in in the browser and chooses the courses; leave this window open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demonstration contact point runs in this program (logins: %1; password: %2).</source>
        <translation>The demonstration contact point runs in this program (logins: %1; password: %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No browser could be opened. Open the start address above in a browser on this computer.</source>
        <translation>No browser could be opened. Open the start address above in a browser on this computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time left: %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Start again</source>
        <translation>&amp;Start again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>Decision {id} does not exist.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Failed abroad: it cannot be recognised.</source>
        <translation>Failed abroad: it cannot be recognised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still in progress abroad.</source>
        <translation>Still in progress abroad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the Learning Agreement.</source>
        <translation>Not in the Learning Agreement.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The semesters to credit are not chosen yet.</source>
        <translation>The semesters to credit are not chosen yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no curriculum grid for the programme.</source>
        <translation>There is no curriculum grid for the programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not credited: semester {semester} has {recognised} of the required {required} ECTS recognised; {count} course(s) to pass after return.</source>
        <translation>Not credited: semester {semester} has {recognised} of the required {required} ECTS recognised; {count} course(s) to pass after return.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Semester not credited: {recognised} of the required {required} ECTS recognised; {count} course(s) to pass after return.</source>
        <translation>Semester not credited: {recognised} of the required {required} ECTS recognised; {count} course(s) to pass after return.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Semester credited: {recognised} ECTS recognised.</source>
        <translation>Semester credited: {recognised} ECTS recognised.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The Learning Agreement maps {foreign} to {home}.</source>
        <translation>The Learning Agreement maps {foreign} to {home}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An approved decision recognised {code} of {host} as {home}.</source>
        <translation>An approved decision recognised {code} of {host} as {home}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Similar titles ({similarity} %) and ECTS {foreign_ects} / {home_ects}.</source>
        <translation>Similar titles ({similarity} %) and ECTS {foreign_ects} / {home_ects}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decision {number} is final; its recognition lines cannot change.</source>
        <translation>Decision {number} is final; its recognition lines cannot change.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A recognition line needs at least one foreign and one home course.</source>
        <translation>A recognition line needs at least one foreign and one home course.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown line status {status}.</source>
        <translation>Unknown line status {status}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Courses of another decision or another grid cannot be recognised here.</source>
        <translation>Courses of another decision or another grid cannot be recognised here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A foreign course is already in another recognition line; remove that line first.</source>
        <translation>A foreign course is already in another recognition line; remove that line first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/services/grades.py" line="+38"/>
        <source>The decision has no recognition line {id}.</source>
        <translation>The decision has no recognition line {id}.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="-55"/>
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
        <location filename="../../app/services/students.py" line="+89"/>
        <source>There is no student with album number {album}.</source>
        <translation>There is no student with album number {album}.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Semester(s) to credit must be numbers from 1 to 14, like &quot;3&quot; or &quot;3,4&quot;; got &quot;{text}&quot;.</source>
        <translation>Semester(s) to credit must be numbers from 1 to 14, like &quot;3&quot; or &quot;3,4&quot;; got &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The student with album number {album} already has decision {number} for semester(s) {semesters} that is not finished.</source>
        <translation>The student with album number {album} already has decision {number} for semester(s) {semesters} that is not finished.</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+34"/>
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
        <location filename="../../app/services/demo.py" line="+70"/>
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
        <location filename="../../app/services/programmes.py" line="+46"/>
        <source>A programme needs a code and a Polish name.</source>
        <translation>A programme needs a code and a Polish name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme {code} already exists.</source>
        <translation>Programme {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+67"/>
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
        <location filename="../../app/services/grid.py" line="+458"/>
        <location filename="../../app/services/student_import.py" line="+1"/>
        <source>Missing programme.</source>
        <translation>Missing programme.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="+181"/>
        <source>Two columns hold the {field}: &quot;{first}&quot; and &quot;{second}&quot;; keep one of them.</source>
        <translation>Two columns hold the {field}: &quot;{first}&quot; and &quot;{second}&quot;; keep one of them.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid_values.py" line="+86"/>
        <source>Missing course code.</source>
        <translation>Missing course code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing course name.</source>
        <translation>Missing course name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing semester.</source>
        <translation>Missing semester.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing ECTS.</source>
        <translation>Missing ECTS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing form of credit.</source>
        <translation>Missing form of credit.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Bad semester &quot;{value}&quot; (a whole number from 1 to 14).</source>
        <translation>Bad semester &quot;{value}&quot; (a whole number from 1 to 14).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bad ECTS value &quot;{value}&quot; (a number from 0 to 999.9 with at most one decimal place).</source>
        <translation>Bad ECTS value &quot;{value}&quot; (a number from 0 to 999.9 with at most one decimal place).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bad number of hours &quot;{value}&quot; in the column &quot;{column}&quot; (a whole number from 0 to 9999).</source>
        <translation>Bad number of hours &quot;{value}&quot; in the column &quot;{column}&quot; (a whole number from 0 to 9999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad number of hours &quot;{value}&quot; (a whole number from 0 to 9999).</source>
        <translation>Bad number of hours &quot;{value}&quot; (a whole number from 0 to 9999).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown form of credit &quot;{value}&quot; (expected E, ZO or ZAL: exam, graded credit or credit).</source>
        <translation>Unknown form of credit &quot;{value}&quot; (expected E, ZO or ZAL: exam, graded credit or credit).</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="-218"/>
        <location filename="../../app/services/grid_values.py" line="+15"/>
        <source>Unknown group &quot;{value}&quot; (expected OBL or WYB: obligatory or elective).</source>
        <translation>Unknown group &quot;{value}&quot; (expected OBL or WYB: obligatory or elective).</translation>
    </message>
    <message>
        <location filename="../../app/services/grid_values.py" line="+15"/>
        <source>Bad ISCED code &quot;{value}&quot; (two to four digits, like 0613).</source>
        <translation>Bad ISCED code &quot;{value}&quot; (two to four digits, like 0613).</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="-92"/>
        <source>Approved decisions rest on {codes} of this grid; it cannot change. Correct the grid of a new academic year instead.</source>
        <translation>Approved decisions rest on {codes} of this grid; it cannot change. Correct the grid of a new academic year instead.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The {year} grid of {programme} already has a course {code}.</source>
        <translation>The {year} grid of {programme} already has a course {code}.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/table_file.py" line="+82"/>
        <source>Line {line}, column &quot;{column}&quot;: &quot;{value}&quot; is not a number.</source>
        <translation>Line {line}, column &quot;{column}&quot;: &quot;{value}&quot; is not a number.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../app/services/grid.py" line="+50"/>
        <location filename="../../app/services/student_import.py" line="+119"/>
        <source>The file {name} has no column for: {columns}. Columns found: {found}.</source>
        <translation>The file {name} has no column for: {columns}. Columns found: {found}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line {line}: the column &quot;{column}&quot; is empty.</source>
        <translation>Line {line}: the column &quot;{column}&quot; is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the row names no foreign grade (neither a range nor a label).</source>
        <translation>Line {line}: the row names no foreign grade (neither a range nor a label).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the range {low}–{high} runs backwards; write the lower number first.</source>
        <translation>Line {line}: the range {low}–{high} runs backwards; write the lower number first.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid.py" line="+89"/>
        <source>The row is for the programme {found}, not {expected}.</source>
        <translation>The row is for the programme {found}, not {expected}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+111"/>
        <source>Bad academic year &quot;{value}&quot; (expected e.g. 2025/26).</source>
        <translation>Bad academic year &quot;{value}&quot; (expected e.g. 2025/26).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The row is for the academic year {found}, not {expected}.</source>
        <translation>The row is for the academic year {found}, not {expected}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate course code {code} (already on line {line}).</source>
        <translation>Duplicate course code {code} (already on line {line}).</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Course {id} of the curriculum grid does not exist.</source>
        <translation>Course {id} of the curriculum grid does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/grid_values.py" line="+7"/>
        <location filename="../../app/services/student_import.py" line="+44"/>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>The {field} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+3"/>
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
        <location filename="../../app/services/grid.py" line="-7"/>
        <location filename="../../app/services/student_import.py" line="+7"/>
        <location line="+59"/>
        <source>Unknown programme &quot;{programme}&quot;.</source>
        <translation>Unknown programme &quot;{programme}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="-56"/>
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
        <location filename="../../app/services/grid.py" line="-77"/>
        <location filename="../../app/services/student_import.py" line="+17"/>
        <source>The file has no valid rows to import.</source>
        <translation>The file has no valid rows to import.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="-124"/>
        <source>The file&apos;s character encoding cannot be recognised; save it as UTF-8 or Windows-1250.</source>
        <translation>The file&apos;s character encoding cannot be recognised; save it as UTF-8 or Windows-1250.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file cannot be read at line {line}: {detail}</source>
        <translation>The file cannot be read at line {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/table_file.py" line="+6"/>
        <location filename="../../app/services/tabular.py" line="+3"/>
        <location line="+34"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="-3"/>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>The spreadsheet cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/files.py" line="+18"/>
        <source>The file {name} is too large ({size} bytes).</source>
        <translation>The file {name} is too large ({size} bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be opened: {detail}</source>
        <translation>The file {name} cannot be opened: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/intake.py" line="-62"/>
        <source>The document is not signed; only results signed by a trusted contact point count.</source>
        <translation>The document is not signed; only results signed by a trusted contact point count.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The results cannot be imported:</source>
        <translation>The results cannot be imported:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This document was imported in the meantime.</source>
        <translation>This document was imported in the meantime.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document is signed by a contact point that is not in the trust store.</source>
        <translation>The document is signed by a contact point that is not in the trust store.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact point&apos;s certificate was not valid when the document was received.</source>
        <translation>The contact point&apos;s certificate was not valid when the document was received.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is not valid: the document was changed after signing or is not what the contact point sent.</source>
        <translation>The signature is not valid: the document was changed after signing or is not what the contact point sent.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The results are signed by {signer}, not by the contact point {emp} they were fetched from.</source>
        <translation>The results are signed by {signer}, not by the contact point {emp} they were fetched from.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This document was already imported (document {document}, decision {decision}).</source>
        <translation>This document was already imported (document {document}, decision {decision}).</translation>
    </message>
    <message>
        <location filename="../../app/services/emrex/fetch.py" line="-129"/>
        <source>The fetch was cancelled; nothing was received.</source>
        <translation>The fetch was cancelled; nothing was received.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results came back within {minutes} min; the session has ended. Start a new fetch to try again.</source>
        <translation>No results came back within {minutes} min; the session has ended. Start a new fetch to try again.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The fetch ended without results.</source>
        <translation>The fetch ended without results.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The trust store has no contact point {emp} with an address to fetch results from.</source>
        <translation>The trust store has no contact point {emp} with an address to fetch results from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several contact points are called {emp}; choose one by its country in the window.</source>
        <translation>Several contact points are called {emp}; choose one by its country in the window.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/services/intake.py" line="+4"/>
        <location line="+47"/>
        <source>Decision {number} does not await results (it is {state}).</source>
        <translation>Decision {number} does not await results (it is {state}).</translation>
    </message>
    <message>
        <location filename="../../app/services/intake.py" line="-43"/>
        <source>The document holds no courses.</source>
        <translation>The document holds no courses.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The learner only nearly matches the student; accepting needs a written reason.</source>
        <translation>The learner only nearly matches the student; accepting needs a written reason.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The document has no course {keys}.</source>
        <translation>The document has no course {keys}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select at least one course to import.</source>
        <translation>Select at least one course to import.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../app/services/results.py" line="+101"/>
        <source>There is no stored document {id}.</source>
        <translation>There is no stored document {id}.</translation>
    </message>
    <message>
        <location filename="../../app/services/la_tables.py" line="+39"/>
        <source>The Learning Agreement cannot be saved:</source>
        <translation>The Learning Agreement cannot be saved:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Row {row}: the table &quot;{value}&quot; is not A, B or C.</source>
        <translation>Row {row}: the table &quot;{value}&quot; is not A, B or C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}: the title is missing.</source>
        <translation>Row {row}: the title is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: the ECTS credits &quot;{value}&quot; are not a number from 0 to {limit}.</source>
        <translation>Row {row}: the ECTS credits &quot;{value}&quot; are not a number from 0 to {limit}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the {field} is longer than {limit} characters.</source>
        <translation>Row {row}: the {field} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file {name} has no column for: {columns}. A Learning Agreement table needs the columns table (A or B) and title; code, ECTS, term and group may follow. Columns found: {found}.</source>
        <translation>The file {name} has no column for: {columns}. A Learning Agreement table needs the columns table (A or B) and title; code, ECTS, term and group may follow. Columns found: {found}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file {name} holds no components.</source>
        <translation>The file {name} holds no components.</translation>
    </message>
    <message>
        <location filename="../../app/services/la.py" line="-103"/>
        <source>Group {group} has components in Table {present} but none in Table {missing}.</source>
        <translation>Group {group} has components in Table {present} but none in Table {missing}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../app/services/tabular.py" line="+14"/>
        <source>The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV.</source>
        <translation>The file {name} is an old Excel (.xls) workbook; save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is neither an EWP Learning Agreement (XML) nor a CSV or XLSX table.</source>
        <translation>The file {name} is neither an EWP Learning Agreement (XML) nor a CSV or XLSX table.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter at least one component; to drop the Learning Agreement, remove it.</source>
        <translation>Enter at least one component; to drop the Learning Agreement, remove it.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Decision {number} is {state}: its Learning Agreement can no longer be changed.</source>
        <translation>Decision {number} is {state}: its Learning Agreement can no longer be changed.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The Learning Agreement is for {name}, but the decision is for {student}.</source>
        <translation>The Learning Agreement is for {name}, but the decision is for {student}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Learning Agreement gives the birth date {date}, the student&apos;s is {student_date}.</source>
        <translation>The Learning Agreement gives the birth date {date}, the student&apos;s is {student_date}.</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="+3"/>
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
        <location filename="../../app/services/users.py" line="+35"/>
        <source>Login or password is wrong.</source>
        <translation>Login or password is wrong.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A shared database needs signing in with a login and password.</source>
        <translation>A shared database needs signing in with a login and password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+101"/>
        <source>The account {login} is switched off.</source>
        <translation>The account {login} is switched off.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Unknown role {role}; the roles are: {roles}.</source>
        <translation>Unknown role {role}; the roles are: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A login is one word of at most {maximum} characters, without spaces.</source>
        <translation>A login is one word of at most {maximum} characters, without spaces.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The account {login} has no password yet; ask the administrator to set one.</source>
        <translation>The account {login} has no password yet; ask the administrator to set one.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This database already has accounts; sign in with yours.</source>
        <translation>This database already has accounts; sign in with yours.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is already an account {login}.</source>
        <translation>There is already an account {login}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You cannot switch off your own account.</source>
        <translation>You cannot switch off your own account.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no account {login}.</source>
        <translation>There is no account {login}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{login} is the last active administrator; give another account the role {role} first.</source>
        <translation>{login} is the last active administrator; give another account the role {role} first.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch.py" line="+88"/>
        <source>Already imported (document {document}).</source>
        <translation>Already imported (document {document}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The document gives no birth date; load it into the student&apos;s decision by hand.</source>
        <translation>The document gives no birth date; load it into the student&apos;s decision by hand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Students matching the learner {name}: {count}; load the file by hand.</source>
        <translation>Students matching the learner {name}: {count}; load the file by hand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decisions of student {album} awaiting results: {count}; load the file by hand.</source>
        <translation>Decisions of student {album} awaiting results: {count}; load the file by hand.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/courses.py" line="+94"/>
        <source>{count} entries carry credits but no result (no grade, status or date) and were not imported: {titles}</source>
        <translation>{count} entries carry credits but no result (no grade, status or date) and were not imported: {titles}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{title}&quot; has {count} instances; only the first is read.</source>
        <translation>&quot;{title}&quot; has {count} instances; only the first is read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{title}&quot; is nested too deeply; its parts were not read.</source>
        <translation>&quot;{title}&quot; is nested too deeply; its parts were not read.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;{title}&quot;: the credit value &quot;{value}&quot; is not a number; it was ignored.</source>
        <translation>&quot;{title}&quot;: the credit value &quot;{value}&quot; is not a number; it was ignored.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{title}&quot;: credits are given in the scheme &quot;{scheme}&quot;, not in ECTS.</source>
        <translation>&quot;{title}&quot;: credits are given in the scheme &quot;{scheme}&quot;, not in ECTS.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;{title}&quot; states {stated} ECTS, but the results listed under it add up to {counted} ECTS; only those results are imported.</source>
        <translation>&quot;{title}&quot; states {stated} ECTS, but the results listed under it add up to {counted} ECTS; only those results are imported.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A course has no title (entry {key}).</source>
        <translation>A course has no title (entry {key}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;{title}&quot; refers to the grading scheme &quot;{scheme}&quot;, which the document does not describe.</source>
        <translation>&quot;{title}&quot; refers to the grading scheme &quot;{scheme}&quot;, which the document does not describe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;{title}&quot; has the unknown status &quot;{status}&quot;.</source>
        <translation>&quot;{title}&quot; has the unknown status &quot;{status}&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;{title}&quot;: the date &quot;{value}&quot; cannot be read; it was left out.</source>
        <translation>&quot;{title}&quot;: the date &quot;{value}&quot; cannot be read; it was left out.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;{title}&quot;: the result distribution has an unreadable count &quot;{count}&quot;.</source>
        <translation>&quot;{title}&quot;: the result distribution has an unreadable count &quot;{count}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/ewp.py" line="+79"/>
        <source>The EWP Transcript of Records response holds no transcript: the partner does not know the mobility or does not share its results.</source>
        <translation>The EWP Transcript of Records response holds no transcript: the partner does not know the mobility or does not share its results.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The EWP Transcript of Records response holds transcripts of {count} mobilities ({ids}); one document can be imported at a time.</source>
        <translation>The EWP Transcript of Records response holds transcripts of {count} mobilities ({ids}); one document can be imported at a time.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ELMO document inside the EWP response cannot be separated from it unchanged.</source>
        <translation>The ELMO document inside the EWP response cannot be separated from it unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/identity.py" line="+76"/>
        <source>The document&apos;s ESI {document} is not the student&apos;s {student}.</source>
        <translation>The document&apos;s ESI {document} is not the student&apos;s {student}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document gives no birth date: a person must confirm the identity.</source>
        <translation>The document gives no birth date: a person must confirm the identity.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birth date {document} in the document, {student} for the student.</source>
        <translation>Birth date {document} in the document, {student} for the student.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The name in the document, {document}, is close to but not the student&apos;s {student}.</source>
        <translation>The name in the document, {document}, is close to but not the student&apos;s {student}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document is about {document}, not the student {student}.</source>
        <translation>The document is about {document}, not the student {student}.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/reader.py" line="+51"/>
        <location filename="../../app/services/elmo/xmlsafe.py" line="+126"/>
        <source>This XML document is not an ELMO transcript: its root element is &quot;{element}&quot; (namespace &quot;{namespace}&quot;), not &quot;elmo&quot;.</source>
        <translation>This XML document is not an ELMO transcript: its root element is &quot;{element}&quot; (namespace &quot;{namespace}&quot;), not &quot;elmo&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document holds no report, so no courses.</source>
        <translation>The document holds no report, so no courses.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The document uses the unknown namespace &quot;{namespace}&quot;; it was read as ELMO 1.</source>
        <translation>The document uses the unknown namespace &quot;{namespace}&quot;; it was read as ELMO 1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The document does not say who the learner is; the student must be identified by hand.</source>
        <translation>The document does not say who the learner is; the student must be identified by hand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document names more than one learner; the first one is used.</source>
        <translation>The document names more than one learner; the first one is used.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The learner&apos;s birth date &quot;{value}&quot; cannot be read.</source>
        <translation>The learner&apos;s birth date &quot;{value}&quot; cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document gives no birth date of the learner; a person must confirm who it is.</source>
        <translation>The document gives no birth date of the learner; a person must confirm who it is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report {number} does not say who issued it.</source>
        <translation>Report {number} does not say who issued it.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The attachment &quot;{title}&quot; cannot be decoded; it was left out.</source>
        <translation>The attachment &quot;{title}&quot; cannot be decoded; it was left out.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment &quot;{title}&quot; says it is a PDF but is not one.</source>
        <translation>The attachment &quot;{title}&quot; says it is a PDF but is not one.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/schema.py" line="+63"/>
        <source>This ELMO layout (namespace &quot;{namespace}&quot;) has no bundled schema; the document was not checked against one.</source>
        <translation>This ELMO layout (namespace &quot;{namespace}&quot;) has no bundled schema; the document was not checked against one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ELMO {version} schema is missing from this installation; the document was not checked against it.</source>
        <translation>The ELMO {version} schema is missing from this installation; the document was not checked against it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ELMO {version} schema, line {line}: {detail}</source>
        <translation>ELMO {version} schema, line {line}: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {count} more schema problems.</source>
        <translation>… and {count} more schema problems.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/transport.py" line="+42"/>
        <source>The student cancelled at the contact point ({code}), so it returned no results. Its message: {reply}</source>
        <translation>The student cancelled at the contact point ({code}), so it returned no results. Its message: {reply}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact point found no results to return ({code}). Its message: {reply}</source>
        <translation>The contact point found no results to return ({code}). Its message: {reply}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact point reported an error ({code}) and returned no results. Its message: {reply}</source>
        <translation>The contact point reported an error ({code}) and returned no results. Its message: {reply}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../app/services/elmo/xmlsafe.py" line="-34"/>
        <source>The document is too large to be a transcript ({size} bytes; at most {limit} are read).</source>
        <translation>The document is too large to be a transcript ({size} bytes; at most {limit} are read).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/elmo/xmlsafe.py" line="-17"/>
        <location line="+15"/>
        <location line="+15"/>
        <source>The document is empty.</source>
        <translation>The document is empty.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The document is base64 text, but what it encodes is neither XML nor gzip-compressed XML.</source>
        <translation>The document is base64 text, but what it encodes is neither XML nor gzip-compressed XML.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not an ELMO document: it is neither XML, gzip, base64 text nor an EMREX return form.</source>
        <translation>This is not an ELMO document: it is neither XML, gzip, base64 text nor an EMREX return form.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The document is gzip-compressed, but what it holds is not XML.</source>
        <translation>The document is gzip-compressed, but what it holds is not XML.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document looks like base64 text, but it cannot be decoded: it is damaged or cut short.</source>
        <translation>The document looks like base64 text, but it cannot be decoded: it is damaged or cut short.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The compressed document unpacks to more than {limit} bytes and is refused: no transcript is that large, and this is a known way to attack programs.</source>
        <translation>The compressed document unpacks to more than {limit} bytes and is refused: no transcript is that large, and this is a known way to attack programs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The compressed document is cut short: its end is missing.</source>
        <translation>The compressed document is cut short: its end is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The compressed document is damaged and cannot be unpacked ({detail}).</source>
        <translation>The compressed document is damaged and cannot be unpacked ({detail}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The compressed document is followed by data that does not belong to it.</source>
        <translation>The compressed document is followed by data that does not belong to it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compressed document consists of too many parts and is refused.</source>
        <translation>The compressed document consists of too many parts and is refused.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The return form of the contact point has the field &quot;{field}&quot; twice; it is refused.</source>
        <translation>The return form of the contact point has the field &quot;{field}&quot; twice; it is refused.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The contact point returned the unknown code {code} instead of results. Its message: {reply}</source>
        <translation>The contact point returned the unknown code {code} instead of results. Its message: {reply}</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The contact point reported success ({code}) but sent no document.</source>
        <translation>The contact point reported success ({code}) but sent no document.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/trust_sources.py" line="+41"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The trust source cannot be read.</source>
        <translation>The trust source cannot be read.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The trust source {source} cannot be read: it is not an EMREX registry (JSON), an EWP catalogue (XML) or a certificate (PEM or DER).</source>
        <translation>The trust source {source} cannot be read: it is not an EMREX registry (JSON), an EWP catalogue (XML) or a certificate (PEM or DER).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The registry {source} is not valid JSON: {detail}</source>
        <translation>The registry {source} is not valid JSON: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trust source {source} is not an EMREX registry: it has no list of contact points (&quot;emps&quot; or &quot;ncps&quot;).</source>
        <translation>The trust source {source} is not an EMREX registry: it has no list of contact points (&quot;emps&quot; or &quot;ncps&quot;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry {source} lists no contact points.</source>
        <translation>The registry {source} lists no contact points.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact point {index} of the registry {source} is not an object.</source>
        <translation>Contact point {index} of the registry {source} is not an object.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact point {emp} in {source} has no certificate (pubKey).</source>
        <translation>The contact point {emp} in {source} has no certificate (pubKey).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate (pubKey) of the contact point {emp} in {source} cannot be read: {detail}</source>
        <translation>The certificate (pubKey) of the contact point {emp} in {source} cannot be read: {detail}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The catalogue {source} is not well-formed XML: {detail}</source>
        <translation>The catalogue {source} is not well-formed XML: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue {source} declares a DOCTYPE, which is not allowed.</source>
        <translation>The catalogue {source} declares a DOCTYPE, which is not allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trust source {source} holds no EMREX data access points (it is not an EWP catalogue, or one without EMREX).</source>
        <translation>The trust source {source} holds no EMREX data access points (it is not an EWP catalogue, or one without EMREX).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The EMREX data access point {emp} in {source} has no certificate.</source>
        <translation>The EMREX data access point {emp} in {source} has no certificate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of the EMREX data access point {emp} in {source} cannot be read: {detail}</source>
        <translation>The certificate of the EMREX data access point {emp} in {source} cannot be read: {detail}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>The certificate in {source} cannot be read: {detail}</source>
        <translation>The certificate in {source} cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/types.py" line="+16"/>
        <source>The document cannot be read.</source>
        <translation>The document cannot be read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact point returned no results.</source>
        <translation>The contact point returned no results.</translation>
    </message>
    <message>
        <location filename="../../app/services/elmo/xmlsafe.py" line="-40"/>
        <source>The document cannot be read: it says it is written in the {encoding} encoding, but at line {line}, column {column} it holds bytes that are not valid {encoding} (the sender probably wrote it in Latin-1 or Windows-1252). Ask the sender for a correctly encoded document.</source>
        <translation>The document cannot be read: it says it is written in the {encoding} encoding, but at line {line}, column {column} it holds bytes that are not valid {encoding} (the sender probably wrote it in Latin-1 or Windows-1252). Ask the sender for a correctly encoded document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document cannot be read: it declares the encoding &quot;{encoding}&quot;, which is not known.</source>
        <translation>The document cannot be read: it declares the encoding &quot;{encoding}&quot;, which is not known.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document is not well-formed XML: {reason} (line {line}, column {column}).</source>
        <translation>The document is not well-formed XML: {reason} (line {line}, column {column}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The document cannot be read: {reason}.</source>
        <translation>The document cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document is refused: it carries a document type declaration (DOCTYPE). ELMO documents never need one, and it is a known way to attack programs that read XML.</source>
        <translation>The document is refused: it carries a document type declaration (DOCTYPE). ELMO documents never need one, and it is a known way to attack programs that read XML.</translation>
    </message>
    <message>
        <location filename="../../app/services/trust.py" line="+141"/>
        <source>Say why the trust in this contact point changes.</source>
        <translation>Say why the trust in this contact point changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trust store has no entry {id}.</source>
        <translation>The trust store has no entry {id}.</translation>
    </message>
    <message>
        <location filename="../../app/services/la_ewp.py" line="+81"/>
        <source>The Learning Agreement cannot be read.</source>
        <translation>The Learning Agreement cannot be read.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The file is too large to be a Learning Agreement ({size} bytes; at most {limit} are read).</source>
        <translation>The file is too large to be a Learning Agreement ({size} bytes; at most {limit} are read).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Learning Agreement is refused: it carries a document type declaration (DOCTYPE). EWP documents never need one, and it is a known way to attack programs that read XML.</source>
        <translation>The Learning Agreement is refused: it carries a document type declaration (DOCTYPE). EWP documents never need one, and it is a known way to attack programs that read XML.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Table {table}: the ECTS credits &quot;{value}&quot; of &quot;{title}&quot; are not a number of credits; left empty.</source>
        <translation>Table {table}: the ECTS credits &quot;{value}&quot; of &quot;{title}&quot; are not a number of credits; left empty.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table {table}: a component has no title; its code &quot;{code}&quot; stands in for it.</source>
        <translation>Table {table}: a component has no title; its code &quot;{code}&quot; stands in for it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table {table}: the component &quot;{title}&quot; has the unknown status &quot;{status}&quot;.</source>
        <translation>Table {table}: the component &quot;{title}&quot; has the unknown status &quot;{status}&quot;.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>An approved change deletes &quot;{title}&quot; from Table {table}, which the agreement does not hold; the deletion is ignored.</source>
        <translation>An approved change deletes &quot;{title}&quot; from Table {table}, which the agreement does not hold; the deletion is ignored.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An approved change lists &quot;{title}&quot; in Table {table} without saying whether it is inserted or deleted; it is ignored.</source>
        <translation>An approved change lists &quot;{title}&quot; in Table {table} without saying whether it is inserted or deleted; it is ignored.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This XML document is not an EWP Learning Agreement: its root element is &quot;{element}&quot; (namespace &quot;{namespace}&quot;), not &quot;omobility-las-get-response&quot;.</source>
        <translation>This XML document is not an EWP Learning Agreement: its root element is &quot;{element}&quot; (namespace &quot;{namespace}&quot;), not &quot;omobility-las-get-response&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The response holds no Learning Agreement.</source>
        <translation>The response holds no Learning Agreement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response holds no Learning Agreement of mobility {wanted}; it holds: {ids}.</source>
        <translation>The response holds no Learning Agreement of mobility {wanted}; it holds: {ids}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response holds {count} Learning Agreements (mobilities {ids}); choose one by its mobility ID.</source>
        <translation>The response holds {count} Learning Agreements (mobilities {ids}); choose one by its mobility ID.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The document is in the namespace &quot;{namespace}&quot;, not that of the EWP Learning Agreements API stable-v1; it was read by element names.</source>
        <translation>The document is in the namespace &quot;{namespace}&quot;, not that of the EWP Learning Agreements API stable-v1; it was read by element names.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No version of the Learning Agreement has been approved yet: its tables are empty.</source>
        <translation>No version of the Learning Agreement has been approved yet: its tables are empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement has approved changes but no first version; the changes are ignored.</source>
        <translation>The agreement has approved changes but no first version; the changes are ignored.</translation>
    </message>
    <message>
        <location filename="../../app/cli_grades.py" line="-160"/>
        <source>{file}: &quot;{value}&quot; is not a share of grades.</source>
        <translation>{file}: &quot;{value}&quot; is not a share of grades.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no programme {code}.</source>
        <translation>There is no programme {code}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_users.py" line="-28"/>
        <source>A password is needed and there is no terminal to ask for it: set {variable} or use --password-stdin where the command has it.</source>
        <translation>A password is needed and there is no terminal to ask for it: set {variable} or use --password-stdin where the command has it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../app/services/approval.py" line="+40"/>
        <source>Decision {number} cannot be approved yet:</source>
        <translation>Decision {number} cannot be approved yet:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A correction of an approved decision needs a reason.</source>
        <translation>A correction of an approved decision needs a reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision {number} is {state}: only an approved decision is corrected this way.</source>
        <translation>Decision {number} is {state}: only an approved decision is corrected this way.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="+110"/>
        <source>The audit log is exported as CSV or XLSX, not {kind}.</source>
        <translation>The audit log is exported as CSV or XLSX, not {kind}.</translation>
    </message>
    <message>
        <location line="+220"/>
        <location filename="../../app/services/maintenance/common.py" line="+102"/>
        <source>The file {name} cannot be written: {detail}</source>
        <translation>The file {name} cannot be written: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogue.py" line="+174"/>
        <source>There is no grading scheme {code}.</source>
        <translation>There is no grading scheme {code}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A grading scheme needs a code and at least one grade or a numeric range.</source>
        <translation>A grading scheme needs a code and at least one grade or a numeric range.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A conversion table needs at least one row.</source>
        <translation>A conversion table needs at least one row.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table&apos;s validity ends before it starts.</source>
        <translation>The table&apos;s validity ends before it starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the table comes from (a page, a resolution, an agreement).</source>
        <translation>Say where the table comes from (a page, a resolution, an agreement).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No group of rows in {file} belongs to a known grading scheme.</source>
        <translation>No group of rows in {file} belongs to a known grading scheme.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown distribution scope {scope}.</source>
        <translation>Unknown distribution scope {scope}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A grade distribution needs grades with non-negative shares that add up to more than 0.</source>
        <translation>A grade distribution needs grades with non-negative shares that add up to more than 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grades {grades} are not on the scale {scheme}.</source>
        <translation>Grades {grades} are not on the scale {scheme}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown conversion method {method}.</source>
        <translation>Unknown conversion method {method}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/services/grades.py" line="-169"/>
        <source>&quot;{grade}&quot; is not a grade of the scale {scheme}.</source>
        <translation>&quot;{grade}&quot; is not a grade of the scale {scheme}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{grade} is a failing grade on {scheme}.</source>
        <translation>{grade} is a failing grade on {scheme}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed on a pass/fail scale: zal.</source>
        <translation>Passed on a pass/fail scale: zal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversion table {table}: {grade} → {home}.</source>
        <translation>Conversion table {table}: {grade} → {home}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No distribution of grades or usable conversion table for {scheme}: decide by hand.</source>
        <translation>No distribution of grades or usable conversion table for {scheme}: decide by hand.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Distribution method ({rule}): {grade} lies in {low}–{high} % of passing grades → {home}.</source>
        <translation>Distribution method ({rule}): {grade} lies in {low}–{high} % of passing grades → {home}.</translation>
    </message>
    <message>
        <location filename="../../app/services/grades.py" line="-98"/>
        <source>{course} was not passed abroad: the line can only be rejected.</source>
        <translation>{course} was not passed abroad: the line can only be rejected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The home course is credited without a grade: zal.</source>
        <translation>The home course is credited without a grade: zal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The grading scale of {course} (&quot;{grade}&quot;) is not known: choose it or grade by hand.</source>
        <translation>The grading scale of {course} (&quot;{grade}&quot;) is not known: choose it or grade by hand.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passed on a pass/fail scale abroad, the graded home course {course} gets zal only.</source>
        <translation>Passed on a pass/fail scale abroad, the graded home course {course} gets zal only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Courses passed on a pass/fail scale do not count in the mean.</source>
        <translation>Courses passed on a pass/fail scale do not count in the mean.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A course has no ECTS: the mean weighs every course the same.</source>
        <translation>A course has no ECTS: the mean weighs every course the same.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ECTS-weighted mean {mean}, rounded ({rule}) to {grade}.</source>
        <translation>ECTS-weighted mean {mean}, rounded ({rule}) to {grade}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reference case: {code} with {grade} was recognised as {home} ({year}).</source>
        <translation>Reference case: {code} with {grade} was recognised as {home} ({year}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The decision has no foreign course {id}.</source>
        <translation>The decision has no foreign course {id}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A rejected line gets no grade.</source>
        <translation>A rejected line gets no grade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no suggestion for this line: give a grade with a justification.</source>
        <translation>There is no suggestion for this line: give a grade with a justification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A grade other than the suggestion ({suggested}) needs a justification.</source>
        <translation>A grade other than the suggestion ({suggested}) needs a justification.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;{grade}&quot; is not a grade of the home scale.</source>
        <translation>&quot;{grade}&quot; is not a grade of the home scale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The home course is credited without a grade: give zal or nzal.</source>
        <translation>The home course is credited without a grade: give zal or nzal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A failing grade is not recognised: reject the line instead.</source>
        <translation>A failing grade is not recognised: reject the line instead.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown verdict {verdict}.</source>
        <translation>Unknown verdict {verdict}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejecting a line or asking for information needs a written reason.</source>
        <translation>Rejecting a line or asking for information needs a written reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one recognition line.</source>
        <translation>Choose at least one recognition line.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision {number} is {state}: lines are verified once the verification started.</source>
        <translation>Decision {number} is {state}: lines are verified once the verification started.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} recognition line(s) not verified yet (approved with a grade or rejected).</source>
        <translation>{count} recognition line(s) not verified yet (approved with a grade or rejected).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} line(s) wait for more information.</source>
        <translation>{count} line(s) wait for more information.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decision {number} is {state}: its lines are locked; an approved decision is changed only by a correction.</source>
        <translation>Decision {number} is {state}: its lines are locked; an approved decision is changed only by a correction.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Recognition line {id} was changed by {actor} in the meantime; it has been reloaded.</source>
        <translation>Recognition line {id} was changed by {actor} in the meantime; it has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/distribution.py" line="+55"/>
        <source>The grade {grade} has a negative share in the distribution.</source>
        <translation>The grade {grade} has a negative share in the distribution.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grades {grades} of the distribution are not on the scale.</source>
        <translation>Grades {grades} of the distribution are not on the scale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The grade distribution has no passing grades.</source>
        <translation>The grade distribution has no passing grades.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/rounding.py" line="+22"/>
        <source>ECTS credits cannot be negative.</source>
        <translation>ECTS credits cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grades cannot be averaged: none of them carries ECTS credits.</source>
        <translation>The grades cannot be averaged: none of them carries ECTS credits.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/scheme.py" line="+191"/>
        <source>The grading scheme definition is not valid: {detail}</source>
        <translation>The grading scheme definition is not valid: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The grading scheme {code} needs both ends of its numeric range, the lower one first.</source>
        <translation>The grading scheme {code} needs both ends of its numeric range, the lower one first.</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/validator.py" line="+68"/>
        <source>The home grade {home} of the row {row} is not a grade of {scheme}.</source>
        <translation>The home grade {home} of the row {row} is not a grade of {scheme}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A row gives the home grade {home} but names no foreign grade.</source>
        <translation>A row gives the home grade {home} but names no foreign grade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row {row} runs backwards: write the lower number first.</source>
        <translation>The row {row} runs backwards: write the lower number first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{grade} is not a grade of the scale {scheme}.</source>
        <translation>{grade} is not a grade of the scale {scheme}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row {row} reaches outside the scale {scheme} ({low}–{high}).</source>
        <translation>The row {row} reaches outside the scale {scheme} ({low}–{high}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The row {row} holds no grade of the scale {scheme}.</source>
        <translation>The row {row} holds no grade of the scale {scheme}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicate: the foreign grade {grade} has two rows (home grades {first} and {second}).</source>
        <translation>Duplicate: the foreign grade {grade} has two rows (home grades {first} and {second}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gap: the foreign grade {grade} is not covered by any row.</source>
        <translation>Gap: the foreign grade {grade} is not covered by any row.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlap: the foreign grade {grade} is covered by the rows {first} and {second}.</source>
        <translation>Overlap: the foreign grade {grade} is covered by the rows {first} and {second}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gap: no row covers the foreign grades from {low} to {high}.</source>
        <translation>Gap: no row covers the foreign grades from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gap: foreign grades below {high} (down to {low}) are not covered.</source>
        <translation>Gap: foreign grades below {high} (down to {low}) are not covered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlap: the rows {first} and {second} both cover foreign grades from {low} to {high}.</source>
        <translation>Overlap: the rows {first} and {second} both cover foreign grades from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap: foreign grades between {low} and {high} are not covered.</source>
        <translation>Gap: foreign grades between {low} and {high} are not covered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gap: foreign grades above {low} (up to {high}) are not covered.</source>
        <translation>Gap: foreign grades above {low} (up to {high}) are not covered.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inverted: the table gives the worse foreign grades the better home grades; on this scale {best} is best.</source>
        <translation>Inverted: the table gives the worse foreign grades the better home grades; on this scale {best} is best.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inverted: the table reads the scale as if a lower number were better; on this scale {best} is best.</source>
        <translation>Inverted: the table reads the scale as if a lower number were better; on this scale {best} is best.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inverted: the table reads the scale as if a higher number were better; on this scale {best} is best.</source>
        <translation>Inverted: the table reads the scale as if a higher number were better; on this scale {best} is best.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not monotonic: {worse} is a worse foreign grade than {better} but gets a better home grade ({worse_home} against {better_home}).</source>
        <translation>Not monotonic: {worse} is a worse foreign grade than {better} but gets a better home grade ({worse_home} against {better_home}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fail to pass: {grade} fails on the scale {scheme} (pass mark {mark}) but gets the passing home grade {home}.</source>
        <translation>Fail to pass: {grade} fails on the scale {scheme} (pass mark {mark}) but gets the passing home grade {home}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail to pass: {grade} fails on the scale {scheme} but gets the passing home grade {home}.</source>
        <translation>Fail to pass: {grade} fails on the scale {scheme} but gets the passing home grade {home}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass to fail: {grade} passes on the scale {scheme} (pass mark {mark}) but gets the failing home grade {home}.</source>
        <translation>Pass to fail: {grade} passes on the scale {scheme} (pass mark {mark}) but gets the failing home grade {home}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass to fail: {grade} passes on the scale {scheme} but gets the failing home grade {home}.</source>
        <translation>Pass to fail: {grade} passes on the scale {scheme} but gets the failing home grade {home}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The table&apos;s heading calls a higher number better, but on the scale {scheme} {best} is best.</source>
        <translation>The table&apos;s heading calls a higher number better, but on the scale {scheme} {best} is best.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The table&apos;s heading calls a lower number better, but on the scale {scheme} {best} is best.</source>
        <translation>The table&apos;s heading calls a lower number better, but on the scale {scheme} {best} is best.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Several foreign grades ({grades}) get {home}, and no row gives {skipped}.</source>
        <translation>Several foreign grades ({grades}) get {home}, and no row gives {skipped}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row gives the home grade {home}, though the table gives better and worse ones.</source>
        <translation>No row gives the home grade {home}, though the table gives better and worse ones.</translation>
    </message>
    <message>
        <location filename="../../app/services/passwords.py" line="+49"/>
        <source>A password needs at least {minimum} characters.</source>
        <translation>A password needs at least {minimum} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may have at most {maximum} characters.</source>
        <translation>A password may have at most {maximum} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password cannot be only spaces.</source>
        <translation>A password cannot be only spaces.</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/lists.py" line="+36"/>
        <source>&quot;{term}&quot; is not a term: write it like 2025/26-Z (winter) or 2025/26-L (summer).</source>
        <translation>&quot;{term}&quot; is not a term: write it like 2025/26-Z (winter) or 2025/26-L (summer).</translation>
    </message>
    <message>
        <location filename="../../app/services/reports/service.py" line="+42"/>
        <source>Reports are printed in pl, en or both, not {lang}.</source>
        <translation>Reports are printed in pl, en or both, not {lang}.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The approved recognitions are exported as CSV or XLSX, not {kind}.</source>
        <translation>The approved recognitions are exported as CSV or XLSX, not {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/backup.py" line="+65"/>
        <source>{name} is a folder; give the backup&apos;s file name.</source>
        <translation>{name} is a folder; give the backup&apos;s file name.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is the database itself, not a backup of it.</source>
        <translation>{name} is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The backup of {name} failed its integrity check: {detail}</source>
        <translation>The backup of {name} failed its integrity check: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {name} cannot be backed up: {detail}</source>
        <translation>The database {name} cannot be backed up: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/common.py" line="-44"/>
        <source>Only a database kept in a file can be backed up or restored: {database}</source>
        <translation>Only a database kept in a file can be backed up or restored: {database}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file {name} does not exist.</source>
        <translation>The database file {name} does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases of the kind {kind} cannot be backed up, restored or copied; only SQLite and PostgreSQL.</source>
        <translation>Databases of the kind {kind} cannot be backed up, restored or copied; only SQLite and PostgreSQL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup {name} comes from a newer version of the program (database revision {revision}): update the program first.</source>
        <translation>The backup {name} comes from a newer version of the program (database revision {revision}): update the program first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {name} is not a backup of an Uznania database.</source>
        <translation>The file {name} is not a backup of an Uznania database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} does not exist.</source>
        <translation>The file {name} does not exist.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>pg_dump is not installed on this computer: install PostgreSQL&apos;s client tools or back up on the server.</source>
        <translation>pg_dump is not installed on this computer: install PostgreSQL&apos;s client tools or back up on the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pg_restore is not installed on this computer: install PostgreSQL&apos;s client tools or restore on the server.</source>
        <translation>pg_restore is not installed on this computer: install PostgreSQL&apos;s client tools or restore on the server.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{tool} {version} is older than the database server (PostgreSQL {server}) and cannot back it up: install PostgreSQL&apos;s client tools of version {server} or newer.</source>
        <translation>{tool} {version} is older than the database server (PostgreSQL {server}) and cannot back it up: install PostgreSQL&apos;s client tools of version {server} or newer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>{tool} failed on {name}: {detail}</source>
        <translation>{tool} failed on {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/copy.py" line="+85"/>
        <source>A database cannot be copied onto itself.</source>
        <translation>A database cannot be copied onto itself.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database cannot be brought to this program&apos;s schema: {detail}</source>
        <translation>The database cannot be brought to this program&apos;s schema: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {database} already holds data (the table {table} has rows); a desk is copied only into an empty database.</source>
        <translation>The database {database} already holds data (the table {table} has rows); a desk is copied only into an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/restore.py" line="+120"/>
        <location line="+3"/>
        <location line="+34"/>
        <source>The backup {name} cannot be read: {detail}</source>
        <translation>The backup {name} cannot be read: {detail}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The backup {name} is damaged: {detail}</source>
        <translation>The backup {name} is damaged: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup {name} cannot be restored: {detail}</source>
        <translation>The backup {name} cannot be restored: {detail}</translation>
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
        <location filename="../../app/services/student_import.py" line="-253"/>
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
        <location filename="../../app/services/grid_values.py" line="-179"/>
        <source>course code</source>
        <translation>course code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course name</source>
        <translation>course name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English course name</source>
        <translation>English course name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semester</source>
        <translation>semester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form of credit</source>
        <translation>form of credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group (obligatory or elective)</source>
        <translation>group (obligatory or elective)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade type</source>
        <translation>grade type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCED code</source>
        <translation>ISCED code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/services/student_import.py" line="+1"/>
        <location line="+1"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme name</source>
        <translation>programme name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English programme name</source>
        <translation>English programme name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level of studies</source>
        <translation>level of studies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode of studies</source>
        <translation>mode of studies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty</source>
        <translation>faculty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>academic year</source>
        <translation>academic year</translation>
    </message>
    <message>
        <location filename="../../app/services/student_import.py" line="+1"/>
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
    <message>
        <location filename="../../app/services/la_tables.py" line="-63"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../app/services/grading/table_file.py" line="-96"/>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign scale</source>
        <translation>foreign scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest foreign grade</source>
        <translation>lowest foreign grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest foreign grade</source>
        <translation>highest foreign grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign grade</source>
        <translation>foreign grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish grade</source>
        <translation>Polish grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ForeignSchemeDialog</name>
    <message>
        <location filename="../../app/ui/grade_dialogs.py" line="+93"/>
        <source>Grading scale abroad</source>
        <translation>Grading scale abroad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../app/ui/formatting.py" line="+59"/>
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
    <name>GradeDialog</name>
    <message>
        <location filename="../../app/ui/grade_dialogs.py" line="-76"/>
        <source>Home grade</source>
        <translation>Home grade</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed when the grade differs from the suggestion</source>
        <translation>Needed when the grade differs from the suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
</context>
<context>
    <name>GradesPanel</name>
    <message>
        <location filename="../../app/ui/grades_panel.py" line="+29"/>
        <source>Recognition lines and grades</source>
        <translation>Recognition lines and grades</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details of the selected line</source>
        <translation>Details of the selected line</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Take suggestion</source>
        <translation>&amp;Take suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected lines their suggested grade</source>
        <translation>Give the selected lines their suggested grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade…</source>
        <translation>&amp;Grade…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give another grade, with a justification</source>
        <translation>Give another grade, with a justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale abroad…</source>
        <translation>&amp;Scale abroad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which grading scale a foreign grade is on</source>
        <translation>Say which grading scale a foreign grade is on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: the selected lines stand with their grades</source>
        <translation>Verified: the selected lines stand with their grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected lines are not recognised; their home courses stay to be passed</source>
        <translation>The selected lines are not recognised; their home courses stay to be passed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Needs information…</source>
        <translation>&amp;Needs information…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for more information before deciding</source>
        <translation>Ask for more information before deciding</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 line(s) verified.</source>
        <translation>%1 of %2 line(s) verified.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for the dean’s approval.</source>
        <translation>Ready for the dean’s approval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction no. %1 of the approved decision.</source>
        <translation>Correction no. %1 of the approved decision.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a line to see how its grade was worked out.</source>
        <translation>Select a line to see how its grade was worked out.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggestion: %1 by %2</source>
        <translation>Suggestion: %1 by %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade given: %1 (%2) by %3</source>
        <translation>Grade given: %1 (%2) by %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Justification: %1</source>
        <translation>Justification: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Reject lines</source>
        <translation>Reject lines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why are the selected lines not recognised?</source>
        <translation>Why are the selected lines not recognised?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs information</source>
        <translation>Needs information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What information is missing?</source>
        <translation>What information is missing?</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <location filename="../../app/ui/grading_page.py" line="-56"/>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is best</source>
        <translation>%1 is best</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by an administrator</source>
        <translation>by an administrator</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+220"/>
        <source>Changed by an administrator; the program&apos;s own version is replaced.</source>
        <translation>Changed by an administrator; the program&apos;s own version is replaced.</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+225"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message numerus="yes">
        <location line="-224"/>
        <source>no: %n error(s)</source>
        <translation>
            <numerusform>no: %n error</numerusform>
            <numerusform>no: %n errors</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The grading scales of foreign grades, as the program ships them or as an administrator changed them. Select one to see its grades.</source>
        <translation>The grading scales of foreign grades, as the program ships them or as an administrator changed them. Select one to see its grades.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Edit scale…</source>
        <translation>&amp;Edit scale…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New scale…</source>
        <translation>&amp;New scale…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scales</source>
        <translation>Scales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored conversion tables, every version. A table with errors is kept for the record but never used for a suggestion.</source>
        <translation>Stored conversion tables, every version. A table with errors is kept for the record but never used for a suggestion.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Check a file…</source>
        <translation>&amp;Check a file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a conversion table (CSV or XLSX) and see what is wrong with it before anything is stored</source>
        <translation>Read a conversion table (CSV or XLSX) and see what is wrong with it before anything is stored</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversion tables</source>
        <translation>Conversion tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected scale: grades, spellings, pass mark</source>
        <translation>Change the selected scale: grades, spellings, pass mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a scale the program does not know</source>
        <translation>Add a scale the program does not know</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a scale to see its grades.</source>
        <translation>Select a scale to see its grades.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest passing grade</source>
        <translation>Lowest passing grade</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>any decimal</source>
        <translation>any decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric range</source>
        <translation>Numeric range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>pass/fail</source>
        <translation>pass/fail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home scale (comes with the program)</source>
        <translation>home scale (comes with the program)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other spellings</source>
        <translation>Other spellings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grades, best first</source>
        <translation>Grades, best first</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There already is a scale %1; change that one instead.</source>
        <translation>There already is a scale %1; change that one instead.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a table to see its rows and what the validator found.</source>
        <translation>Select a table to see its rows and what the validator found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored by</source>
        <translation>Stored by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the validator found</source>
        <translation>What the validator found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check a conversion table</source>
        <translation>Check a conversion table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Conversion tables (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../app/ui/grid_page.py" line="-37"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elective</source>
        <translation>elective</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>— programme —</source>
        <translation>— programme —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Academic year, e.g. 2025/26</source>
        <translation>Academic year, e.g. 2025/26</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Import grid…</source>
        <translation>&amp;Import grid…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>sem. %1: %2 ECTS</source>
        <translation>sem. %1: %2 ECTS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the programme and type the academic year first.</source>
        <translation>Choose the programme and type the academic year first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import curriculum grid</source>
        <translation>Import curriculum grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grids (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Grids (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n row(s) have errors and will be skipped. Import the others?</source>
        <translation>
            <numerusform>%n row has errors and will be skipped. Import the others?</numerusform>
            <numerusform>%n rows have errors and will be skipped. Import the others?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grid imported. New: %1, updated: %2, unchanged: %3, skipped: %4.</source>
        <translation>Grid imported. New: %1, updated: %2, unchanged: %3, skipped: %4.</translation>
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
    <name>LearningAgreementPanel</name>
    <message>
        <location filename="../../app/ui/la_panel.py" line="-15"/>
        <source>Learning Agreements (*.xml *.csv *.xlsx);;All files (*)</source>
        <translation>Learning Agreements (*.xml *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Learning Agreement components</source>
        <translation>Learning Agreement components</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import Learning Agreement…</source>
        <translation>&amp;Import Learning Agreement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter &amp;by hand…</source>
        <translation>Enter &amp;by hand…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No Learning Agreement yet: import it (EWP or CSV) or enter it by hand.</source>
        <translation>No Learning Agreement yet: import it (EWP or CSV) or enter it by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1 %2</source>
        <translation>Source: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table A: %1 ECTS · Table B: %2 ECTS</source>
        <translation>Table A: %1 ECTS · Table B: %2 ECTS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving institution: %1</source>
        <translation>Receiving institution: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposed change, not approved and not applied: %1</source>
        <translation>Proposed change, not approved and not applied: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Learning Agreement</source>
        <translation>Import Learning Agreement</translation>
    </message>
</context>
<context>
    <name>LineStatus</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-6"/>
        <source>recognised</source>
        <translation>recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
</context>
<context>
    <name>ListReportDialog</name>
    <message>
        <location filename="../../app/ui/report_actions.py" line="+92"/>
        <source>List report</source>
        <translation>List report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An academic year (2025/26), or a term: Z winter, L summer (2025/26-Z); empty for all</source>
        <translation>An academic year (2025/26), or a term: Z winter, L summer (2025/26-Z); empty for all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue decisions only, with contact data</source>
        <translation>&amp;Overdue decisions only, with contact data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+50"/>
        <source>recognition of courses</source>
        <translation>recognition of courses</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMREX batch</source>
        <translation>EMREX batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum grid</source>
        <translation>Curriculum grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust store</source>
        <translation>Trust store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grading scales</source>
        <translation>Grading scales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Import students…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+7"/>
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
        <location line="+6"/>
        <source>&amp;Close decision tab</source>
        <translation>&amp;Close decision tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous tab</source>
        <translation>&amp;Previous tab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show selected decision</source>
        <translation>&amp;Show selected decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loa&amp;d EMREX results…</source>
        <translation>Loa&amp;d EMREX results…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fetch via EMREX…</source>
        <translation>&amp;Fetch via EMREX…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision &amp;report…</source>
        <translation>Decision &amp;report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List report…</source>
        <translation>&amp;List report…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport approved recognitions…</source>
        <translation>E&amp;xport approved recognitions…</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The language changes when Uznania is started again.</source>
        <translation>The language changes when Uznania is started again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The settings cannot be saved: %1</source>
        <translation>The settings cannot be saved: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language and the database change when Uznania is started again.</source>
        <translation>The language and the database change when Uznania is started again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>ManualAgreementDialog</name>
    <message>
        <location filename="../../app/ui/la_panel.py" line="-147"/>
        <source>Learning Agreement by hand</source>
        <translation>Learning Agreement by hand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table (A/B/C)</source>
        <translation>Table (A/B/C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition conditions</source>
        <translation>Recognition conditions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to Table &amp;A</source>
        <translation>Add to Table &amp;A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to Table &amp;B</source>
        <translation>Add to Table &amp;B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Table A: %1 ECTS · Table B: %2 ECTS</source>
        <translation>Table A: %1 ECTS · Table B: %2 ECTS</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-16"/>
        <source>reference case</source>
        <translation>reference case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distribution of grades</source>
        <translation>distribution of grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion table</source>
        <translation>conversion table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass/fail</source>
        <translation>pass/fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>mixed</translation>
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
        <location filename="../../app/services/vocabulary.py" line="-24"/>
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
    <name>Origin</name>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="-196"/>
        <source>Learning Agreement</source>
        <translation>Learning Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier decision</source>
        <translation>earlier decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar title</source>
        <translation>similar title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="+140"/>
        <source>Password of %1</source>
        <translation>Password of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set password</source>
        <translation>&amp;Set password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../app/services/permissions.py" line="+68"/>
        <source>import and change students</source>
        <translation>import and change students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add programmes</source>
        <translation>add programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change curriculum grids</source>
        <translation>change curriculum grids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open decisions and extend deadlines</source>
        <translation>open decisions and extend deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load EMREX results</source>
        <translation>load EMREX results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify stored results again</source>
        <translation>verify stored results again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load Learning Agreements</source>
        <translation>load Learning Agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change Learning Agreements</source>
        <translation>change Learning Agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map foreign courses to home courses</source>
        <translation>map foreign courses to home courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give home grades</source>
        <translation>give home grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify recognition lines</source>
        <translation>verify recognition lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct approved decisions</source>
        <translation>correct approved decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change grading scales</source>
        <translation>change grading scales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change conversion tables</source>
        <translation>change conversion tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the trust store</source>
        <translation>change the trust store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users and roles</source>
        <translation>manage users and roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the audit log</source>
        <translation>export the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add demonstration data</source>
        <translation>add demonstration data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print and save reports</source>
        <translation>print and save reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export approved recognitions</source>
        <translation>export approved recognitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up, restore and move the database</source>
        <translation>back up, restore and move the database</translation>
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
        <translation>Folder for the decision reports</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saving %n report(s)…</source>
        <translation>
            <numerusform>Saving %n report…</numerusform>
            <numerusform>Saving %n reports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved %n report(s) to %1.</source>
        <translation>
            <numerusform>Saved %n report to %1.</numerusform>
            <numerusform>Saved %n reports to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; the reports saved before stay in %1.</source>
        <translation>Cancelled; the reports saved before stay in %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer %1 could not be started.</source>
        <translation>The printer %1 could not be started.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Printing %n report(s)…</source>
        <translation>
            <numerusform>Printing %n report…</numerusform>
            <numerusform>Printing %n reports…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report of decision %1 could not be read for printing.</source>
        <translation>The report of decision %1 could not be read for printing.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Printing cancelled; %n report(s) went to the printer.</source>
        <translation>
            <numerusform>Printing cancelled; %n report went to the printer.</numerusform>
            <numerusform>Printing cancelled; %n reports went to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n report(s) to %1.</source>
        <translation>
            <numerusform>Sent %n report to %1.</numerusform>
            <numerusform>Sent %n reports to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decisions</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the list report</source>
        <translation>Save the list report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved a list of %n decision(s) to %1.</source>
        <translation>
            <numerusform>Saved a list of %n decision to %1.</numerusform>
            <numerusform>Saved a list of %n decisions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>List report: %n decision(s)</source>
        <translation>
            <numerusform>List report: %n decision</numerusform>
            <numerusform>List report: %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export approved recognitions</source>
        <translation>Export approved recognitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, semicolon-separated (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, semicolon-separated (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n approved recognition(s) to %1.</source>
        <translation>
            <numerusform>Exported %n approved recognition to %1.</numerusform>
            <numerusform>Exported %n approved recognitions to %1.</numerusform>
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
        <translation>Decision report %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom out (%1)</source>
        <translation>Zoom out (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in (%1)</source>
        <translation>Zoom in (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The report could not be shown.</source>
        <translation>The report could not be shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer %1 could not be started.</source>
        <translation>The printer %1 could not be started.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Sent %n page to %1.</numerusform>
            <numerusform>Sent %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <location filename="../../app/ui/report_actions.py" line="-272"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report %1 of %2…</source>
        <translation>Report %1 of %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/ui/results_panel.py" line="-23"/>
        <source>EMREX results (*.xml *.txt *.b64 *.gz *.form *.elmo);;All files (*)</source>
        <translation>EMREX results (*.xml *.txt *.b64 *.gz *.form *.elmo);;All files (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Foreign courses</source>
        <translation>Foreign courses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Load EMREX results…</source>
        <translation>&amp;Load EMREX results…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fetch via EMREX…</source>
        <translation>&amp;Fetch via EMREX…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch via EMREX</source>
        <translation>Fetch via EMREX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The student signs in at the university abroad in the browser on this computer and sends the signed results straight into this decision</source>
        <translation>The student signs in at the university abroad in the browser on this computer and sends the signed results straight into this decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-&amp;verify signature</source>
        <translation>Re-&amp;verify signature</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n foreign course(s)</source>
        <translation>
            <numerusform>%n foreign course</numerusform>
            <numerusform>%n foreign courses</numerusform>
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
        <translation>Load EMREX results</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Load a returned ELMO file (%1; you can also drop files on this page)</source>
        <translation>Load a returned ELMO file (%1; you can also drop files on this page)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Signature of %1 checked again: %2</source>
        <translation>Signature of %1 checked again: %2</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="+22"/>
        <source>to verify</source>
        <translation>to verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs information</source>
        <translation>needs information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejected</translation>
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
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="-55"/>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../app/ui/scheme_dialog.py" line="+52"/>
        <source>Grading scale %1</source>
        <translation>Grading scale %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grading scale</source>
        <translation>New grading scale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. DK-7, IT-30</source>
        <translation>e.g. DK-7, IT-30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two-letter code, EU for a European scale</source>
        <translation>two-letter code, EU for a European scale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower is better (1 is best)</source>
        <translation>lower is better (1 is best)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ass/fail scale (no marks)</source>
        <translation>P&amp;ass/fail scale (no marks)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbers pass from this one on (up to it when lower is better); leave it empty when the grades below say which pass</source>
        <translation>Numbers pass from this one on (up to it when lower is better); leave it empty when the grades below say which pass</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The smallest difference between two marks of the range, e.g. 0.25; empty: any decimal</source>
        <translation>The smallest difference between two marks of the range, e.g. 0.25; empty: any decimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lowest:</source>
        <translation>&amp;Lowest:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Highest:</source>
        <translation>&amp;Highest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the scale is described: a page, a regulation</source>
        <translation>Where the scale is described: a page, a regulation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pass mark:</source>
        <translation>&amp;Pass mark:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric range:</source>
        <translation>Numeric range:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grades, best first:</source>
        <translation>&amp;Grades, best first:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other spellings (comma-separated)</source>
        <translation>Other spellings (comma-separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A verbal grade that stands for a range of marks (Notable: 7 to 8.9)</source>
        <translation>A verbal grade that stands for a range of marks (Notable: 7 to 8.9)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add g&amp;rade</source>
        <translation>Add g&amp;rade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move grade</source>
        <translation>Re&amp;move grade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no symbol.</source>
        <translation>%1 has no symbol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: give both ends of its range, the lower one first.</source>
        <translation>%1: give both ends of its range, the lower one first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the scale a code.</source>
        <translation>Give the scale a code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The grade %1 is listed twice.</source>
        <translation>The grade %1 is listed twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give both ends of the numeric range, the lower one first, or neither.</source>
        <translation>Give both ends of the numeric range, the lower one first, or neither.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step must be more than 0.</source>
        <translation>The step must be more than 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scale needs at least one grade or a numeric range.</source>
        <translation>A scale needs at least one grade or a numeric range.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+122"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Faculty and reports</source>
        <translation>&amp;Faculty and reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Studies and grades</source>
        <translation>&amp;Studies and grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kups</source>
        <translation>Bac&amp;kups</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Local file on this co&amp;mputer (default)</source>
        <translation>Local file on this co&amp;mputer (default)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faculty se&amp;rver (PostgreSQL)</source>
        <translation>Faculty se&amp;rver (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty: the program&apos;s own file in the user&apos;s data folder.</source>
        <translation>Empty: the program&apos;s own file in the user&apos;s data folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fil&amp;e:</source>
        <translation>Fil&amp;e:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. db.faculty.example.edu</source>
        <translation>e.g. db.faculty.example.edu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database &amp;name:</source>
        <translation>Database &amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is kept here: everyone signs in with their own when the program starts.</source>
        <translation>No password is kept here: everyone signs in with their own when the program starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change takes effect when Uznania is started again.</source>
        <translation>A change takes effect when Uznania is started again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current address cannot be shown here; it is kept unless you choose one of the above.</source>
        <translation>The current address cannot be shown here; it is kept unless you choose one of the above.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current address holds more than these fields show; it is kept as it is unless you change them.</source>
        <translation>The current address holds more than these fields show; it is kept as it is unless you change them.</translation>
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
        <translation>The language changes when Uznania is started again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;University:</source>
        <translation>&amp;University:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facult&amp;y:</source>
        <translation>Facult&amp;y:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Dziekan, Prodziekan ds. studenckich</source>
        <translation>e.g. Dziekan, Prodziekan ds. studenckich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dean&apos;s &amp;title:</source>
        <translation>Dean&apos;s &amp;title:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dean&apos;s &amp;name:</source>
        <translation>Dean&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place of issue:</source>
        <translation>&amp;Place of issue:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le&amp;gal basis:</source>
        <translation>Le&amp;gal basis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Appeal instruction:</source>
        <translation>&amp;Appeal instruction:</translation>
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
        <translation>&amp;Reports in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on every report made from now on; reports already saved do not change.</source>
        <translation>Printed on every report made from now on; reports already saved do not change.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many days from today a new decision&apos;s web deadline is set.</source>
        <translation>How many days from today a new decision&apos;s web deadline is set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default web deadl&amp;ine (days):</source>
        <translation>Default web deadl&amp;ine (days):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Required ECTS per semester:</source>
        <translation>&amp;Required ECTS per semester:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: 30 September or 15 March</source>
        <translation>empty: 30 September or 15 March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of the year (month-day, e.g. 09-30) by which the obligations of a semester abroad are due.</source>
        <translation>The day of the year (month-day, e.g. 09-30) by which the obligations of a semester abroad are due.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resit session &amp;end (MM-DD):</source>
        <translation>Resit session &amp;end (MM-DD):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The home scale has &amp;5.5 (celujący)</source>
        <translation>The home scale has &amp;5.5 (celujący)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A mean of several foreign grades for one course is rounded</source>
        <translation>A mean of several foreign grades for one course is rounded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to the nearest grade, a mean halfway &amp;up: 4.25 → 4.5, 4.2 → 4.0</source>
        <translation>to the nearest grade, a mean halfway &amp;up: 4.25 → 4.5, 4.2 → 4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the nearest grade, a mean halfway dow&amp;n: 4.25 → 4.0, 4.3 → 4.5</source>
        <translation>to the nearest grade, a mean halfway dow&amp;n: 4.25 → 4.0, 4.3 → 4.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;always down to the grade below: 4.49 → 4.0</source>
        <translation>&amp;always down to the grade below: 4.49 → 4.0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The grading-table (distribution) method gives the home grade</source>
        <translation>The grading-table (distribution) method gives the home grade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whose percentile band o&amp;verlaps the foreign grade&apos;s band most</source>
        <translation>whose percentile band o&amp;verlaps the foreign grade&apos;s band most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose percentile band holds the &amp;middle of the foreign grade&apos;s band</source>
        <translation>whose percentile band holds the &amp;middle of the foreign grade&apos;s band</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These apply at once, to grades suggested from now on; grades already given do not change.</source>
        <translation>These apply at once, to grades suggested from now on; grades already given do not change.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the local file &amp;every (days):</source>
        <translation>Back up the local file &amp;every (days):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Number of copies kept:</source>
        <translation>&amp;Number of copies kept:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local file is copied into the backups folder of the program&apos;s data folder when Uznania starts and the newest copy is this many days old; older copies beyond the number kept are deleted. A server&apos;s database is backed up on the server. A change applies from the next start.</source>
        <translation>The local file is copied into the backups folder of the program&apos;s data folder when Uznania starts and the newest copy is this many days old; older copies beyond the number kept are deleted. A server&apos;s database is backed up on the server. A change applies from the next start.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Studies and grades: the resit session end must be a day of the year as MM-DD, e.g. 09-30.</source>
        <translation>Studies and grades: the resit session end must be a day of the year as MM-DD, e.g. 09-30.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: enter the server&apos;s host name or address.</source>
        <translation>Database: enter the server&apos;s host name or address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1 is not a host name or address.</source>
        <translation>Database: %1 is not a host name or address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: enter the name of the database on the server.</source>
        <translation>Database: enter the name of the database on the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: give the file with its whole path, or choose it with the Browse button.</source>
        <translation>Database: give the file with its whole path, or choose it with the Browse button.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1 is a folder, not a file.</source>
        <translation>Database: %1 is a folder, not a file.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py" line="+32"/>
        <source>This database has no accounts yet. You become its administrator and give the others their accounts. Choose your password (at least %1 characters).</source>
        <translation>This database has no accounts yet. You become its administrator and give the others their accounts. Choose your password (at least %1 characters).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set up the shared database</source>
        <translation>Set up the shared database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to Uznania</source>
        <translation>Sign in to Uznania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ; type them again.</source>
        <translation>The two passwords differ; type them again.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <location filename="../../app/ui/results_panel.py" line="-131"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown signer</source>
        <translation>unknown signer</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="-47"/>
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
    <name>StoreTableDialog</name>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="+48"/>
        <source>Store as new version</source>
        <translation>Store as new version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each group of rows with a known scale becomes the next version of its table.</source>
        <translation>Each group of rows with a known scale becomes the next version of its table.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A page, a resolution, an agreement</source>
        <translation>A page, a resolution, an agreement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: for every institution of the country</source>
        <translation>Empty: for every institution of the country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valid from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../app/ui/students_page.py" line="+104"/>
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
        <source>Search students</source>
        <translation>Search students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by album number or name</source>
        <translation>Search by album number or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme filter</source>
        <translation>Programme filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cohorts</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort filter</source>
        <translation>Cohort filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All admission kinds</source>
        <translation>All admission kinds</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Import students…</source>
        <translation>&amp;Import students…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open decision…</source>
        <translation>&amp;Open decision…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a recognition decision for the selected students</source>
        <translation>Open a recognition decision for the selected students</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Opened %n decision(s).</source>
        <translation>
            <numerusform>Opened %n decision.</numerusform>
            <numerusform>Opened %n decisions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+92"/>
        <source>Import students</source>
        <translation>Import students</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Admission kind filter</source>
        <translation>Admission kind filter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a student to see their decisions; %1 opens their decision</source>
        <translation>Double-click a student to see their decisions; %1 opens their decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No students yet — import them with File ▸ Import students… (%1)</source>
        <translation>No students yet — import them with File ▸ Import students… (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import students from a CSV or Excel export</source>
        <translation>Import students from a CSV or Excel export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open decision</source>
        <translation>Open decision</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Student exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Student exports (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../app/ui/table_dialog.py" line="+36"/>
        <source>Conversion tables in %1</source>
        <translation>Conversion tables in %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Store as new version…</source>
        <translation>&amp;Store as new version…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store every group with a known scale as the next version of its table</source>
        <translation>Store every group with a known scale as the next version of its table</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 group(s) of rows: %2 usable, %3 with errors (kept for the record, not used for suggestions), %4 without a known scale (not stored).</source>
        <translation>%1 group(s) of rows: %2 usable, %3 with errors (kept for the record, not used for suggestions), %4 without a known scale (not stored).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only checked: storing tables is the administrator&apos;s.</source>
        <translation>Only checked: storing tables is the administrator&apos;s.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checked against the scale %1.</source>
        <translation>Checked against the scale %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No known grading scale matches this group: it will not be stored. Add the scale first, or name it in the file.</source>
        <translation>No known grading scale matches this group: it will not be stored. Add the scale first, or name it in the file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the validator found</source>
        <translation>What the validator found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Storing…</source>
        <translation>Storing…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored %1 table(s): %2 usable, %3 with errors (kept, not used for suggestions).</source>
        <translation>Stored %1 table(s): %2 usable, %3 with errors (kept, not used for suggestions).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../app/ui/trust_page.py" line="+24"/>
        <source>Signatures of returned EMREX results are checked only against these certificates. Expired certificates still verify documents received while they were valid.</source>
        <translation>Signatures of returned EMREX results are checked only against these certificates. Expired certificates still verify documents received while they were valid.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add from registry or certificate…</source>
        <translation>&amp;Add from registry or certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;trusting…</source>
        <translation>Stop &amp;trusting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust a&amp;gain…</source>
        <translation>Trust a&amp;gain…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to the trust store</source>
        <translation>Add to the trust store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries and certificates (*.json *.xml *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Registries and certificates (*.json *.xml *.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trust store: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Trust store: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop trusting %1</source>
        <translation>Stop trusting %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust %1 again</source>
        <translation>Trust %1 again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (recorded in the audit log):</source>
        <translation>Reason (recorded in the audit log):</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/ui/users_page.py" line="-124"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Accounts of the people who use this database. Only an active account with a password can sign in to a shared database; a switched-off account keeps its records.</source>
        <translation>Accounts of the people who use this database. Only an active account with a password can sign in to a shared database; a switched-off account keeps its records.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;password…</source>
        <translation>Set &amp;password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch off…</source>
        <translation>S&amp;witch off…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch o&amp;n</source>
        <translation>Switch o&amp;n</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The password of %1 is set.</source>
        <translation>The password of %1 is set.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch off the account %1? It can no longer sign in; what it did stays on record.</source>
        <translation>Switch off the account %1? It can no longer sign in; what it did stays on record.</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <location filename="../../app/services/trust.py" line="-117"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires soon</source>
        <translation>expires soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not trusted (switched off)</source>
        <translation>not trusted (switched off)</translation>
    </message>
</context>
</TS>
