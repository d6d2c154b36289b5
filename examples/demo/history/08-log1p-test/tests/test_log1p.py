import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cellkit.normalize import log1p  # noqa: E402


def test_log1p_of_one_count():
    assert log1p([[(0, 1.0)]]) == [[(0, math.log(2))]]
