"""Qt item models over the services (lazy, sorted and filtered in the database)."""
