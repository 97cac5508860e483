"""notebooks/cross_plan.ipynb runs end to end on freshly built tables, and with tables missing."""
from __future__ import annotations

import re

import nbformat
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "cross_plan.ipynb"


def run_notebook(tables, monkeypatch) -> list[str]:
    """Execute the notebook against ``tables``; the plain-text outputs of its code cells."""
    monkeypatch.setenv("KEHOACH_TABLES", str(tables))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return ["".join(o.get("data", {}).get("text/plain", "") + o.get("text", "") for o in cell.outputs)
            for cell in nb.cells if cell.cell_type == "code"]


def test_notebook_answers_from_the_seed_tables(seed_tables, monkeypatch):
    outputs = run_notebook(seed_tables, monkeypatch)
    assert outputs[0].split()[-2:] == ["5", "4"]  # documents, provinces (seed 002 read after OCR repair)
    assert "Ủy ban nhân dân cấp huyện" in outputs[-1]  # "UBND các huyện, thành phố" and the like, grouped
    assert "Sở Thông tin và Truyền thông" in outputs[-1]


def test_notebook_runs_without_tables(tmp_path, monkeypatch):
    outputs = run_notebook(tmp_path, monkeypatch)
    assert all("missing table" in out for out in outputs)


# an absolute path opening a string, a word or a line of the notebook's JSON: "/…/…", " /…/…", "\\n/…/…"
ABSOLUTE_PATH = re.compile(r"""(?:["'\s(]|\\n)/[A-Za-z_][\w.-]*/""")


def test_committed_outputs_hold_no_machine_paths():
    """No path of the machine that ran the notebook (its home, temporary or working folders) is committed."""
    assert ABSOLUTE_PATH.findall(NOTEBOOK.read_text(encoding="utf-8")) == []
