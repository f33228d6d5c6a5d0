"""Vendor-specific full-text structures around ``search_searchentry``.

Called from the migrations (and from any later migration that rebuilds the table: on
SQLite Django rebuilds a table to alter it, which drops its triggers, so such a migration
must call ``uninstall`` before and ``install`` after).

SQLite: an FTS5 table over (title, text) with external content (the rows stay in
``search_searchentry``; FTS5 keeps only the index), ``porter unicode61`` tokenizer,
synced by the three triggers the SQLite manual gives for external-content tables.

PostgreSQL: a stored generated ``tsvector`` column, title weighted A and text B, with the
``english`` configuration, and a GIN index on it.
"""

from __future__ import annotations

TABLE = "search_searchentry"
FTS_TABLE = "search_fts"
VECTOR_COLUMN = "search_vector"

SQLITE_INSTALL = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        title, text, content='search_searchentry', content_rowid='id',
        tokenize='porter unicode61'
    )""",
    """CREATE TRIGGER IF NOT EXISTS search_fts_after_insert
    AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_fts_after_delete
    AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_fts_after_update
    AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO search_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_UNINSTALL = [
    "DROP TRIGGER IF EXISTS search_fts_after_insert",
    "DROP TRIGGER IF EXISTS search_fts_after_delete",
    "DROP TRIGGER IF EXISTS search_fts_after_update",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

POSTGRES_INSTALL = [
    f"""ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {VECTOR_COLUMN} tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(text, '')), 'B')
        ) STORED""",
    f"CREATE INDEX IF NOT EXISTS search_entry_vector_gin ON {TABLE} USING gin ({VECTOR_COLUMN})",
]
POSTGRES_UNINSTALL = [
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {VECTOR_COLUMN}",
]


def _run(schema_editor, statements: list[str]) -> None:
    for sql in statements:
        schema_editor.execute(sql, params=None)


def install(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_INSTALL)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_INSTALL)


def uninstall(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_UNINSTALL)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_UNINSTALL)
