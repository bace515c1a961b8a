"""Printed reports and exports: the decision report for the dean, list reports, the export for data entry."""
