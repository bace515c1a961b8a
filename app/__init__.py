"""Uznania: the deanery's desk for recognising courses completed elsewhere."""

__version__ = "0.1.0"
APP_NAME = "Uznania"
APP_ID = "uznania"
