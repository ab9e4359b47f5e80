"""Printed documents (reportlab): pure rendering from the models in data.py
to PDF bytes. The services gather the data; see tumorboard/services/reports.py."""
