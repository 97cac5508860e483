"""The Parquet store: schemas from records, all tables present, idempotent re-runs."""
from __future__ import annotations

import shutil

import pandas as pd
import pyarrow as pa

from pipeline import records, runner
from pipeline.store import Store, schema_of

from conftest import RAW


def test_schema_follows_record_annotations():
    schema = schema_of(records.Document)
    assert schema.field("repair_changed_tokens").type == pa.int32()
    assert schema.field("period_start").type == pa.int16()
    assert schema.field("issue_date").type == pa.date32()
    assert schema.field("recipients").type == pa.list_(pa.string())
    assert schema_of(records.Section).field("level").type == pa.int8()


def test_every_table_exists_even_when_empty(tmp_path):
    Store(tmp_path, runner.table_types()).ensure_tables()
    for name in list(runner.table_types()) + ["errors"]:
        df = pd.read_parquet(tmp_path / name)
        assert len(df) == 0 and "doc_id" in df.columns


def test_rerun_gives_same_rows_and_no_duplicates(tmp_path):
    runner.run([RAW], tmp_path)
    first = {t: pd.read_parquet(tmp_path / t) for t in runner.table_types()}
    runner.run([RAW], tmp_path)
    for table, before in first.items():
        after = pd.read_parquet(tmp_path / table)
        key = ["doc_id"] + [c for c in ("start", "end", "section_id") if c in after.columns]
        pd.testing.assert_frame_equal(before.sort_values(key).reset_index(drop=True),
                                      after.sort_values(key).reset_index(drop=True))
    docs = pd.read_parquet(tmp_path / "documents")
    assert docs["doc_id"].is_unique


def test_failed_rerun_removes_earlier_rows(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    good = src / "plan.txt"
    shutil.copy(RAW / "004_c8fbb64b08e8f959.txt", good)
    out = tmp_path / "out"
    runner.run([src], out)
    assert len(pd.read_parquet(out / "sections")) > 0
    doc_id = pd.read_parquet(out / "documents")["doc_id"][0]
    # the same bytes now fail: store an error row for that doc_id, nothing else
    Store(out, runner.table_types()).write_error(records.Error(str(good), "ingest", "test", "boom", doc_id))
    assert len(pd.read_parquet(out / "documents")) == 0
    assert len(pd.read_parquet(out / "sections")) == 0
    assert list(pd.read_parquet(out / "errors")["doc_id"]) == [doc_id]
    runner.run([src], out)  # and succeeds again: the error row goes away
    assert len(pd.read_parquet(out / "errors")) == 0
    assert len(pd.read_parquet(out / "documents")) == 1


def test_parallel_run_stores_the_same_rows(tmp_path):
    runner.run([RAW], tmp_path / "one")
    runner.run([RAW], tmp_path / "two", jobs=2)
    for table in runner.table_types():
        one = pd.read_parquet(tmp_path / "one" / table)
        two = pd.read_parquet(tmp_path / "two" / table)
        key = ["doc_id"] + [c for c in ("start", "end", "section_id") if c in one.columns]
        pd.testing.assert_frame_equal(one.sort_values(key).reset_index(drop=True),
                                      two.sort_values(key).reset_index(drop=True))


def test_files_of_an_older_schema_are_brought_up_to_date(tmp_path):
    import pyarrow.parquet as pq

    runner.run([RAW / "000_199e2adfb414d109.txt"], tmp_path)
    path = next(p for p in (tmp_path / "documents").glob("*.parquet") if p.name != "empty.parquet")
    old = pq.read_table(path).drop_columns(["province_2025"]).append_column("obsolete", pa.array([1]))
    pq.write_table(old, path)
    pq.write_table(pa.table({"doc_id": pa.array([], pa.string())}), tmp_path / "documents" / "empty.parquet")
    Store(tmp_path, runner.table_types()).ensure_tables()
    for p in (tmp_path / "documents").glob("*.parquet"):
        assert pq.read_schema(p).equals(schema_of(records.Document), check_metadata=False)
    docs = pd.read_parquet(tmp_path / "documents")
    assert len(docs) == 1 and docs["province_2025"].isna().all() and docs["province"][0] == "Thái Nguyên"


def test_an_edited_file_replaces_its_earlier_rows(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    plan, copy = src / "plan.txt", src / "copy.txt"
    shutil.copy(RAW / "004_c8fbb64b08e8f959.txt", plan)
    shutil.copy(RAW / "004_c8fbb64b08e8f959.txt", copy)  # the same bytes under a second name
    runner.run([src], out)
    (before,) = pd.read_parquet(out / "documents")["doc_id"]
    plan.write_text(plan.read_text(encoding="utf-8") + "\nPhụ lục bổ sung.\n", encoding="utf-8")
    runner.run([src], out)
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 2 and before in set(docs.doc_id)  # the copy still holds the old content
    copy.write_bytes(b"")  # the copy now fails: its rows go, an error row stands in their place
    runner.run([copy], out)
    docs = pd.read_parquet(out / "documents")
    assert list(docs.source_path) == [str(plan)] and before not in set(docs.doc_id)
    assert set(pd.read_parquet(out / "sections").doc_id) == set(docs.doc_id)
    assert list(pd.read_parquet(out / "errors").source_path) == [str(copy)]


def test_content_another_file_still_holds_is_kept_when_one_copy_is_edited(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    first, second = src / "a.txt", src / "b.txt"
    shutil.copy(RAW / "004_c8fbb64b08e8f959.txt", first)
    shutil.copy(RAW / "004_c8fbb64b08e8f959.txt", second)  # the documents row names b.txt, written last
    runner.run([src], out)
    (shared,) = pd.read_parquet(out / "documents")["doc_id"]
    second.write_text(second.read_text(encoding="utf-8") + "\nPhụ lục bổ sung.\n", encoding="utf-8")
    runner.run([second], out)  # only the edited copy is run again
    assert shared in set(pd.read_parquet(out / "documents").doc_id)  # a.txt still holds it
    assert shared in set(pd.read_parquet(out / "sections").doc_id)
