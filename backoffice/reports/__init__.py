"""Manager reports: rollup tables kept by a beat task, and the figures read from them."""
