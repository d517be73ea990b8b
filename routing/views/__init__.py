"""The routing app's pages, one module per area; each module lists its own URL patterns."""
