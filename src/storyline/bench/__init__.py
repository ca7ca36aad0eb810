"""Benchmarks: readers for public corpora, scorers, and runners that print standard metrics."""
