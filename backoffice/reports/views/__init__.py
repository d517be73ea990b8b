"""Manager report pages, one module per page, each with its own ``urlpatterns``."""
