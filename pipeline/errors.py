"""The exception every stage raises for an input it cannot process."""
from __future__ import annotations


class StageError(Exception):
    """An input a stage cannot process; becomes one row of the errors table.

    ``error_type`` is a short machine-readable kind ("empty", "encrypted_pdf"…),
    ``message`` the sentence shown to the analyst.
    """

    stage = "pipeline"

    def __init__(self, error_type: str, message: str, doc_id: str | None = None,
                 stage: str | None = None):
        super().__init__(message)
        if stage:
            self.stage = stage
        self.error_type = error_type
        self.message = message
        self.doc_id = doc_id


class IngestError(StageError):
    stage = "ingest"
