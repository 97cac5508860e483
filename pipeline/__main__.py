"""``python -m pipeline`` is the kehoach command."""
from pipeline.cli import app

app(prog_name="kehoach")
