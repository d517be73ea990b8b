"""Benchmarks and their data generators; each writes its figures to bench/results/ as JSON."""
