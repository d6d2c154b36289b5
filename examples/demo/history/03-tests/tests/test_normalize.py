import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cellkit.normalize import log1p, normalize_total  # noqa: E402


def test_each_cell_sums_to_the_target():
    counts = [[(0, 1), (3, 3)], [(1, 5)]]
    for row in normalize_total(counts, target=100):
        assert math.isclose(sum(v for _, v in row), 100)


def test_log1p_keeps_zeros_implicit():
    assert log1p([[(2, 0.0)]]) == [[(2, 0.0)]]
