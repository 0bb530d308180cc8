"""Storage: SQLAlchemy models, the two stores (an SQLite file, a PostgreSQL server), migrations,
search, backups, restore and copy.

Where a showcase lives is a location (location.py): a file path, or a `postgresql://` URL that
--db and SHOWCASE_DB take too. `opening.open_showcase(location)` opens either; db.py is the file,
server_engine.py / server_db.py the server (loaded only for a server: SQLAlchemy and psycopg stay
out of a file's start-up). `opening.backup_showcase(database, …)` backs up either as a file.
A server's product table is kept in name order after each bulk write (product_order.py).

Writing a domain reader that runs on both stores
-------------------------------------------------
The ORM (`with database.session() as s`, `select(...)`) needs nothing special. Plain SQL, which
the read models use to stay fast and to start without SQLAlchemy, goes like this:

1. Take a `db.Reader` (a `Database.read()` connection or a session) and get the connection with
   `db.sqlite_connection(reader)`: on a file that is the sqlite3 connection itself, on a server a
   `reader.PgConnection`. Annotate it `reader.SqlConnection`, never `sqlite3.Connection`.
2. Write the SQL once, with `?` or `:name` parameters, and call `connection.execute(sql, params)`
   as with sqlite3. PgConnection turns the parameters into psycopg's, doubles `%`, reads LIKE
   as ILIKE (SQLite's LIKE ignores case), and returns rows as sqlite3 does: tuples, JSON and
   timestamps as their text, dates as `YYYY-MM-DD`. Flags may be compared with 0 and 1
   (`archived = 0`): the PostgreSQL schema has `boolean = integer`, which keeps the indexes.
   Booleans come back as True/False there (they equal 1/0); SUM of a flag does not work there:
   write `SUM(CASE WHEN flag THEN 1 ELSE 0 END)`.
3. Stay inside what both engines read alike: no output-column alias inside an expression in
   ORDER BY or HAVING (sort in an outer SELECT, or repeat the expression); no `DISTINCT … ORDER
   BY expression` (use GROUP BY); no parameter that is only ever NULL (`:since IS NULL` cannot
   be typed by PostgreSQL: add the condition only when there is a value); `CAST(json AS TEXT)`
   before a LIKE on a JSON column; `LIKE` never on a NOCASE column (the server's case-blind
   collation refuses it: compare with `=`, which is case-blind there, or use
   `portable.starts_with` in the ORM).
4. Where the engines truly differ, branch on `reader.dialect(connection)` (`"sqlite"` or
   `"postgresql"`), keeping each branch small:
   - search: `search.search_query(dialect, text)` and `search.match_clause(dialect)`
     (`search.matching_ids(dialect)` for the matching ids alone);
   - a list of ids as one parameter: `reader.json_ids(connection)` in `IN (…)`;
   - PRAGMA, INDEXED BY, FTS5, `rowid`, `INSERT OR …`: SQLite only (ON CONFLICT works on both).
   In the ORM: `session.get_bind().dialect.name`, and `portable.py` for expressions each
   store writes its own way.
5. Test it on both stores: the `db` fixture (tests/conftest.py) runs every test on a file and
   on the test server. To read the store directly in a test, use tests/helpers/plain.py's
   `plain_connection(db)`, not `sqlite3.connect(db.path)` (a server's `path` is only where this
   PC keeps its backups). A test about the file itself (its bytes, WAL, backups) takes
   `sqlite_db`.
"""
