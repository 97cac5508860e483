"""Read-only SQL over the Parquet tables with DuckDB: one view per table directory."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import duckdb
import pandas as pd


class QueryError(Exception):
    """The SQL could not be run (syntax, unknown column, not a read-only statement)."""


def _table_dirs(root: str | Path) -> list[Path]:
    """The table directories under ``root``: those holding Parquet files."""
    root = Path(root)
    dirs = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    return [d for d in dirs if any(d.glob("*.parquet"))]


def connect(root: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with a view for every table under ``root``."""
    con = duckdb.connect(":memory:")
    for table_dir in _table_dirs(root):
        pattern = str(table_dir / "*.parquet").replace("'", "''")
        con.execute(f'CREATE VIEW "{table_dir.name}" AS '
                    f"SELECT * FROM read_parquet('{pattern}', union_by_name = true)")
    return con


def no_tables(root: str | Path) -> str:
    """What to tell a user whose tables folder holds no tables."""
    return f"no tables under {root}: run `kehoach run FOLDER --out {root}` first, or pass --out the tables' folder"


def has_tables(root: str | Path) -> bool:
    """Whether ``root`` holds at least one table directory with Parquet files."""
    return bool(_table_dirs(root))


def row_counts(root: str | Path) -> dict[str, int]:
    """The number of rows of every table stored under ``root``."""
    con = connect(root)
    try:
        names = [n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def sql(query: str, root: str | Path) -> pd.DataFrame:
    """Result of one read-only query (SELECT, WITH, DESCRIBE, SHOW …) as a DataFrame."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as e:
        raise QueryError(str(e)) from None
    allowed = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
    if len(statements) != 1 or statements[0].type not in allowed:
        raise QueryError("only one read-only statement (SELECT, WITH …, DESCRIBE, SHOW) is allowed")
    con = connect(root)
    try:
        return con.execute(query).df()
    except duckdb.Error as e:
        raise QueryError(str(e) if has_tables(root) else no_tables(root)) from None
    finally:
        con.close()


def export_csv(root: str | Path, folder: str | Path) -> dict[str, int]:
    """Every table under ``root`` as ``folder/<table>.csv``, UTF-8 with a byte-order mark so that Excel
    shows Vietnamese; the documents' full ``text`` is left out (longer than a spreadsheet cell holds).
    Returns the rows written per table."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    con = connect(root)
    written = {}
    try:
        for (name,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall():
            df = con.execute(f'SELECT * FROM "{name}"').df()
            df = df.drop(columns=["text"]) if name == "documents" and "text" in df else df
            df.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8-sig")
            written[name] = len(df)
    finally:
        con.close()
    return written


def find_document(ref: str, root: str | Path) -> tuple[dict, list[dict]] | None:
    """(documents row, sections rows) of the document whose doc_id starts with, or path ends with, ``ref``."""
    con = connect(root)
    try:
        rows = con.execute("SELECT * FROM documents WHERE doc_id LIKE ? || '%' OR source_path = ? "
                           "OR source_path LIKE '%' || ? ORDER BY doc_id LIMIT 2", [ref, ref, ref]).df()
        if len(rows) != 1:
            return None
        meta = rows.iloc[0].to_dict()
        sections = con.execute("SELECT * FROM sections WHERE doc_id = ? ORDER BY start, level",
                               [meta["doc_id"]]).df().to_dict("records")
        return meta, sections
    except duckdb.Error:
        return None
    finally:
        con.close()


def rows_of(doc_id: str, root: str | Path, tables: Iterable[str]) -> dict[str, list[dict]]:
    """The rows of one document in each of ``tables`` stored under ``root``, in text order."""
    con = connect(root)
    try:
        stored = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return {table: con.execute(f'SELECT * FROM "{table}" WHERE doc_id = ? ORDER BY start', [doc_id])
                .df().to_dict("records") for table in tables if table in stored}
    finally:
        con.close()
