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
    <name>BatchOutcome</name>
    <message>
        <location filename="../../app/ui/batch_page.py" line="+18"/>
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
        <location line="+41"/>
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
        <location filename="../../app/__main__.py" line="+58"/>
        <location filename="../../app/cli.py" line="+236"/>
        <location filename="../../app/cli_emrex.py" line="+128"/>
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
        <location filename="../../app/cli_grid.py" line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli_grid.py" line="+1"/>
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
        <location filename="../../app/cli.py" line="+46"/>
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
        <location filename="../../app/cli_emrex.py" line="-34"/>
        <source>Trust store: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Trust store: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported document {document} into decision {decision}. Courses: {courses}, ECTS: {ects}.</source>
        <translation>Imported document {document} into decision {decision}. Courses: {courses}, ECTS: {ects}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../app/ui/results_panel.py" line="+39"/>
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
        <location line="+1"/>
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
        <location filename="../../app/ui/course_models.py" line="+42"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="+50"/>
        <location line="+25"/>
        <location filename="../../app/ui/course_models.py" line="+1"/>
        <location line="+67"/>
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
        <location filename="../../app/ui/grid_page.py" line="+3"/>
        <location filename="../../app/ui/la_panel.py" line="+1"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../../app/ui/course_models.py" line="-65"/>
        <location line="+67"/>
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
        <location filename="../../app/ui/grid_page.py" line="+2"/>
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
        <source>Foreign</source>
        <translation>Foreign</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <source>Certificate subject</source>
        <translation>Certificate subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="+84"/>
        <source>Foreign courses</source>
        <translation>Foreign courses</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+11"/>
        <source>Recognition lines</source>
        <translation>Recognition lines</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../app/ui/decision_page.py" line="+55"/>
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
        <location line="+10"/>
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
        <location line="+12"/>
        <source>State history</source>
        <translation>State history</translation>
    </message>
    <message>
        <location line="+38"/>
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
    <name>ElmoImportDialog</name>
    <message>
        <location filename="../../app/ui/elmo_dialog.py" line="+58"/>
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
        <location line="+26"/>
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
        <location filename="../../app/services/comparison.py" line="+136"/>
        <location filename="../../app/services/decisions.py" line="+160"/>
        <location line="+68"/>
        <location filename="../../app/services/intake.py" line="+160"/>
        <location filename="../../app/services/la.py" line="+253"/>
        <location line="+65"/>
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
        <location filename="../../app/services/demo.py" line="+68"/>
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
        <location filename="../../app/services/grid.py" line="+457"/>
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
        <location line="+50"/>
        <location filename="../../app/services/student_import.py" line="+119"/>
        <source>The file {name} has no column for: {columns}. Columns found: {found}.</source>
        <translation>The file {name} has no column for: {columns}. Columns found: {found}.</translation>
    </message>
    <message>
        <location line="+89"/>
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
        <location line="+3"/>
        <location line="+34"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>The spreadsheet cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/files.py" line="+16"/>
        <source>The file {name} is too large ({size} bytes).</source>
        <translation>The file {name} is too large ({size} bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be opened: {detail}</source>
        <translation>The file {name} cannot be opened: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/intake.py" line="-61"/>
        <source>The document is not signed; only results signed by a trusted contact point count.</source>
        <translation>The document is not signed; only results signed by a trusted contact point count.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The results cannot be imported:</source>
        <translation>The results cannot be imported:</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <source>This document was already imported (document {document}, decision {decision}).</source>
        <translation>This document was already imported (document {document}, decision {decision}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>Decision {number} does not await results (it is {state}).</source>
        <translation>Decision {number} does not await results (it is {state}).</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The document holds no courses.</source>
        <translation>The document holds no courses.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The learner only nearly matches the student; accepting needs a written reason.</source>
        <translation>The learner only nearly matches the student; accepting needs a written reason.</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location filename="../../app/services/users.py" line="+37"/>
        <source>There is no account for {login} in this database; ask its administrator for one.</source>
        <translation>There is no account for {login} in this database; ask its administrator for one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {login} is switched off.</source>
        <translation>The account {login} is switched off.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch.py" line="+87"/>
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
        <location filename="../../app/services/elmo/ewp.py" line="+65"/>
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
        <location filename="../../app/services/elmo/transport.py" line="+40"/>
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
        <location line="+11"/>
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
        <location line="+13"/>
        <source>The contact point returned the unknown code {code} instead of results. Its message: {reply}</source>
        <translation>The contact point returned the unknown code {code} instead of results. Its message: {reply}</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../app/services/trust.py" line="+140"/>
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
        <location line="+137"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+28"/>
        <source>recognition of courses</source>
        <translation>recognition of courses</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+14"/>
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
        <location line="+75"/>
        <source>The language changes when Uznania is started again.</source>
        <translation>The language changes when Uznania is started again.</translation>
    </message>
</context>
<context>
    <name>ManualAgreementDialog</name>
    <message>
        <location filename="../../app/ui/la_panel.py" line="-146"/>
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
    <name>Origin</name>
    <message>
        <location filename="../../app/ui/comparison_panel.py" line="-191"/>
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
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/ui/results_panel.py" line="-23"/>
        <source>EMREX results (*.xml *.txt *.b64 *.gz *.form *.elmo);;All files (*)</source>
        <translation>EMREX results (*.xml *.txt *.b64 *.gz *.form *.elmo);;All files (*)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Load EMREX results…</source>
        <translation>&amp;Load EMREX results…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a returned ELMO file (you can also drop files on this page)</source>
        <translation>Load a returned ELMO file (you can also drop files on this page)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-&amp;verify signature</source>
        <translation>Re-&amp;verify signature</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
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
        <location line="+3"/>
        <source>Load EMREX results</source>
        <translation>Load EMREX results</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature of %1 checked again: %2</source>
        <translation>Signature of %1 checked again: %2</translation>
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
    <name>Signature</name>
    <message>
        <location filename="../../app/ui/results_panel.py" line="-110"/>
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
