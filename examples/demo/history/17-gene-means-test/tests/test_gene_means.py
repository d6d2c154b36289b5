import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cellkit.normalize import gene_means  # noqa: E402


def test_no_cells_means_zero():
    assert gene_means([], 3) == [0.0, 0.0, 0.0]
