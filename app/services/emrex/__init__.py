"""EMREX live: fetching results from a contact point (EMP) through the student's browser, and a demonstration EMP.

`receiver` is the one-shot loopback receiver of the EMP's return, `fetch` the session around it (who, which EMP,
when it ends, the audit log), `demo_emp` a small contact point for trying the whole flow without a university.
"""
