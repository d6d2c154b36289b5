"""cellkit: a toy single-cell toolkit, the code under test of strata's demo."""
