"""PostgreSQL full-text index over a case's subject (weight A) and description (weight B).

The expression matches what cases.selectors builds with SearchVector(config="english"),
so the planner can use the index. SQLite searches with LIKE and needs none.
"""

from django.db import migrations

CREATE = """
CREATE INDEX IF NOT EXISTS case_search_gin ON cases_case USING GIN ((
    setweight(to_tsvector('english'::regconfig, COALESCE(subject, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE(description, '')), 'B')
));
"""
DROP = "DROP INDEX IF EXISTS case_search_gin;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
