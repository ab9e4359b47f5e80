"""Storage: sqlmodel tables, opening the database, migrations, backup.

Only tumorboard.services uses this package; tables never leave the service layer.
"""
