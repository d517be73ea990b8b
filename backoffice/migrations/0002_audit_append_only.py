"""On PostgreSQL a trigger refuses UPDATE and DELETE on the audit log.

TRUNCATE stays possible for the table's owner, so test databases can be flushed;
production should run the application under a role that does not own the table.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION backoffice_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused on %', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS backoffice_auditevent_append_only ON backoffice_auditevent;
CREATE TRIGGER backoffice_auditevent_append_only
    BEFORE UPDATE OR DELETE ON backoffice_auditevent
    FOR EACH ROW EXECUTE FUNCTION backoffice_audit_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS backoffice_auditevent_append_only ON backoffice_auditevent;
DROP FUNCTION IF EXISTS backoffice_audit_append_only();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("backoffice", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
