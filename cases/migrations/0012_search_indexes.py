"""Search served by indexes on PostgreSQL (docs/adr/0008-search.md).

Cases: a stored tsvector column, ``search_vector`` (subject weight A, description weight B,
configuration 'english'), kept current by a trigger and indexed with GIN. The model does not
declare the column, so Django never reads or writes it; cases.selectors reaches it with
``StoredSearchVector``. It replaces the expression index of 0002, which the ranking could
not use without computing every matching case's vector again.

Customers: pg_trgm GIN indexes on the expressions Django's ``icontains`` compiles to on
PostgreSQL (``UPPER(col::text) LIKE UPPER(%s)``), so a partial name, email, organisation or
phone is found without reading every customer.

SQLite searches with LIKE and gets none of this.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

CASE_CREATE = """
ALTER TABLE cases_case ADD COLUMN IF NOT EXISTS search_vector tsvector;
CREATE OR REPLACE FUNCTION cases_case_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english'::regconfig, COALESCE(NEW.subject, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, COALESCE(NEW.description, '')), 'B');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS cases_case_search_vector_insert ON cases_case;
CREATE TRIGGER cases_case_search_vector_insert
    BEFORE INSERT ON cases_case
    FOR EACH ROW EXECUTE FUNCTION cases_case_search_vector();
DROP TRIGGER IF EXISTS cases_case_search_vector_update ON cases_case;
CREATE TRIGGER cases_case_search_vector_update
    BEFORE UPDATE OF subject, description ON cases_case
    FOR EACH ROW
    WHEN (OLD.subject IS DISTINCT FROM NEW.subject
          OR OLD.description IS DISTINCT FROM NEW.description)
    EXECUTE FUNCTION cases_case_search_vector();
-- Also under session_replication_role = replica, which bulk loads use to skip the foreign-key
-- triggers (bench/generate.py): a row must never miss its vector.
ALTER TABLE cases_case ENABLE ALWAYS TRIGGER cases_case_search_vector_insert;
ALTER TABLE cases_case ENABLE ALWAYS TRIGGER cases_case_search_vector_update;
UPDATE cases_case SET search_vector =
    setweight(to_tsvector('english'::regconfig, COALESCE(subject, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE(description, '')), 'B')
WHERE search_vector IS NULL;
ALTER TABLE cases_case ALTER COLUMN search_vector SET NOT NULL;
CREATE INDEX IF NOT EXISTS case_search_vector ON cases_case USING GIN (search_vector);
DROP INDEX IF EXISTS case_search_gin;
"""

CASE_DROP = """
CREATE INDEX IF NOT EXISTS case_search_gin ON cases_case USING GIN ((
    setweight(to_tsvector('english'::regconfig, COALESCE(subject, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE(description, '')), 'B')
));
DROP INDEX IF EXISTS case_search_vector;
DROP TRIGGER IF EXISTS cases_case_search_vector_update ON cases_case;
DROP TRIGGER IF EXISTS cases_case_search_vector_insert ON cases_case;
DROP FUNCTION IF EXISTS cases_case_search_vector();
ALTER TABLE cases_case DROP COLUMN IF EXISTS search_vector;
"""

CUSTOMER_COLUMNS = ("name", "email", "organisation", "phone")

CUSTOMER_CREATE = "\n".join(
    f"CREATE INDEX IF NOT EXISTS customer_{column}_trgm ON cases_customer "
    f"USING GIN ((UPPER({column}::text)) gin_trgm_ops);"
    for column in CUSTOMER_COLUMNS
)
CUSTOMER_DROP = "\n".join(
    f"DROP INDEX IF EXISTS customer_{column}_trgm;" for column in CUSTOMER_COLUMNS
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CASE_CREATE, params=None)
        schema_editor.execute(CUSTOMER_CREATE, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CUSTOMER_DROP, params=None)
        schema_editor.execute(CASE_DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("cases", "0011_report_rollup_indexes")]

    operations = [
        # Only on PostgreSQL (the operation does nothing elsewhere). Creating an extension needs
        # a superuser or, for a trusted one like pg_trgm, CREATE on the database: see the ADR.
        TrigramExtension(),
        migrations.RunPython(create, drop, elidable=False),
    ]
