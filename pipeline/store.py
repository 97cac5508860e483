"""Parquet store: one directory per table, one file per document and table.

A document's rows in every table are written together, each file atomically
(temporary file, then rename), under the document's content hash. Re-running on
the same input therefore replaces its files instead of adding rows; a file whose
content has changed since an earlier run replaces the rows stored from it; and a
document that now fails loses the rows an earlier run stored for it.
The Arrow schema of each table is derived from its record dataclass.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
import types
import typing
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import records

_WIDTHS = {"int8": pa.int8(), "int16": pa.int16(), "int32": pa.int32(), "int64": pa.int64()}
_PLAIN = {str: pa.string(), bool: pa.bool_(), float: pa.float64(), int: pa.int64(), date: pa.date32()}

DOCUMENTS = "documents"
ERRORS = "errors"
INPUTS = ".inputs"  # what each input path holds now: its content hash


def _path_key(source_path: str) -> str:
    """File key of an input's error row."""
    return "path-" + hashlib.sha256(source_path.encode()).hexdigest()[:16]


def _arrow_type(hint) -> pa.DataType:
    """Map a record field annotation to an Arrow type."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        base, width = typing.get_args(hint)[:2]
        return _WIDTHS[width]
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner)
    if origin is list:
        (inner,) = typing.get_args(hint)
        return pa.list_(_arrow_type(inner))
    return _PLAIN[hint]


def schema_of(record_type: type) -> pa.Schema:
    """The Arrow schema of a record dataclass, columns in field order."""
    hints = typing.get_type_hints(record_type, include_extras=True)
    return pa.schema([pa.field(f.name, _arrow_type(hints[f.name]))
                      for f in dataclasses.fields(record_type)])


def to_table(rows: Sequence, record_type: type) -> pa.Table:
    """Records of one type as an Arrow table (an empty table keeps the schema)."""
    schema = schema_of(record_type)
    columns = {name: [getattr(r, name) for r in rows] for name in schema.names}
    return pa.table(columns, schema=schema)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly the columns of ``schema``: new columns null, dropped ones gone."""
    columns = [table.column(f.name).cast(f.type) if f.name in table.column_names
               else pa.nulls(table.num_rows, f.type) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".parquet")
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


class Store:
    """Writes and clears per-document Parquet files under ``root/<table>/``."""

    def __init__(self, root: Path | str, tables: dict[str, type]):
        self.root = Path(root)
        self.tables = dict(tables)
        self.tables[ERRORS] = records.Error
        self._doc_of_path: dict[str, str] | None = None  # path key → doc_id of what is stored from the path

    def ensure_tables(self) -> None:
        """Give every table a directory with an empty file, so all tables are readable,
        and bring files an earlier version wrote up to the current schema."""
        for name, record_type in self.tables.items():
            schema = schema_of(record_type)
            empty = self.root / name / "empty.parquet"
            if not empty.exists():
                _write_atomic(to_table([], record_type), empty)
            for path in (self.root / name).glob("*.parquet"):
                if not pq.read_schema(path).equals(schema, check_metadata=False):
                    _write_atomic(_conform(pq.read_table(path), schema), path)

    def write_document(self, doc_id: str, source_path: str, rows: dict[str, Iterable]) -> None:
        """Store one document's rows in every table; tables absent from ``rows`` get none.

        The documents row is written last: its file marks the document as complete.
        """
        self._remove(ERRORS, _path_key(source_path))
        self._forget_path(source_path, keep=doc_id)
        for name in sorted(self.tables, key=lambda n: n == DOCUMENTS):
            if name == ERRORS:
                continue
            table_rows = list(rows.get(name, ()))
            if table_rows:
                _write_atomic(to_table(table_rows, self.tables[name]), self._file(name, doc_id))
            else:
                self._remove(name, doc_id)

    def write_error(self, error: records.Error) -> None:
        """Store an error row and drop anything an earlier run stored for the input.

        The row is filed under the input's path: two bad files with the same bytes
        (two empty files) are two inputs, each with its row.
        """
        if error.doc_id:
            self._remove_document(error.doc_id)
        self._forget_path(error.source_path)
        _write_atomic(to_table([error], records.Error), self._file(ERRORS, _path_key(error.source_path)))

    def stored_text(self, doc_id: str) -> tuple[str, bool] | None:
        """(text, OCR-repaired) of a document stored complete under ``doc_id``, else None."""
        path = self._file(DOCUMENTS, doc_id)
        if not path.exists():
            return None
        row = pq.read_table(path, columns=["text", "ocr_repaired"]).to_pylist()[0]
        return row["text"], row["ocr_repaired"]

    def _forget_path(self, source_path: str, keep: str | None = None) -> None:
        """Drop the rows stored from an earlier content of ``source_path`` (unless that content is ``keep``, or
        another path holds it too), and record ``keep`` as what the path now holds.

        What each path holds is kept beside the tables, one small file per path under ``.inputs/``: the
        documents table names only the last of several paths with the same bytes."""
        inputs = self.root / INPUTS
        if self._doc_of_path is None:
            self._doc_of_path = {p.name: p.read_text() for p in inputs.glob("*")} if inputs.is_dir() else {}
        key = _path_key(source_path)
        earlier = self._doc_of_path.pop(key, None)
        if earlier is not None and earlier != keep and earlier not in self._doc_of_path.values():
            self._remove_document(earlier)
        if keep is None:
            (inputs / key).unlink(missing_ok=True)
        else:
            self._doc_of_path[key] = keep
            inputs.mkdir(parents=True, exist_ok=True)
            (inputs / key).write_text(keep)

    def _remove_document(self, doc_id: str) -> None:
        for name in self.tables:
            if name != ERRORS:
                self._remove(name, doc_id)

    def _file(self, table: str, key: str) -> Path:
        return self.root / table / f"{key}.parquet"

    def _remove(self, table: str, key: str) -> None:
        try:
            self._file(table, key).unlink()
        except FileNotFoundError:
            pass
