# psycopg picks its libpq wrapper at import time by name; ship the binary one (it carries its own libpq).
hiddenimports = ["psycopg_binary", "psycopg_binary.pq", "psycopg_binary._psycopg", "psycopg_binary.version"]
