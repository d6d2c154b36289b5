"""cellkit: a toy single-cell toolkit, the code under test of strata's demo."""
__version__ = "1.1"
