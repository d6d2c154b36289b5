import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cellkit.data import synthetic_counts  # noqa: E402
from cellkit.ingest import ingest  # noqa: E402


def test_round_trip():
    counts = synthetic_counts(20)
    with tempfile.TemporaryDirectory() as d:
        assert ingest(counts, d) == counts
