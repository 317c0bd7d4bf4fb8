-- One login role per command service, owning its own schema and nothing else: no superuser, no CREATE on the
-- database or on schema public, no access to another service's schema. The postgres image runs this once, as the
-- superuser, on an empty data directory (compose mounts this folder at /docker-entrypoint-initdb.d).
--
-- Each role's password is read from the file <secrets>/<role>_db_password, which compose mounts from
-- deploy/secrets/ (deploy/make-secrets.sh writes them). <secrets> is /run/secrets unless the session sets
-- plan.secrets_dir (a test does). Run again by hand (psql -f, as the superuser) it sets each password to the one in
-- its file and hands a schema that a superuser-run service filled to its role, tables and sequences included.

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- PUBLIC may connect to every database by default; each service role is granted its own database below.
DO $$
BEGIN
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
END $$;

DO $$
DECLARE
  service text;
  secrets text := coalesce(nullif(current_setting('plan.secrets_dir', true), ''), '/run/secrets');
  password text;
  relation record;
BEGIN
  FOREACH service IN ARRAY ARRAY['industrial_projects', 'technical_retrofit', 'park_metrics', 'industry_statistics',
                                 'energy_audits', 'plan_targets'] LOOP
    password := rtrim(pg_read_file(secrets || '/' || service || '_db_password'), E'\r\n');
    IF length(password) < 16 THEN
      RAISE EXCEPTION 'the password in %/%_db_password is shorter than 16 characters', secrets, service;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = service) THEN
      EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', service, password);
    ELSE
      EXECUTE format('CREATE ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
                     service, password);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), service);
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', service, service);
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', service, service);
    -- Sequences that belong to a table's column follow the table and cannot be given away on their own.
    FOR relation IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = service AND c.relkind IN ('r', 'p', 'v', 'S') AND c.relowner <> service::regrole
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
      EXECUTE format('ALTER %s %I.%I OWNER TO %I', CASE relation.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                     service, relation.relname, service);
    END LOOP;
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', service);
    EXECUTE format('ALTER ROLE %I SET search_path = %I', service, service);
  END LOOP;
END $$;
