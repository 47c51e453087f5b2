/// Migration `pg-v2-row-security`: row-level security as a second wall behind the server's own
/// checks. A unit's request runs as the role `seatplan_unit_reach` (`SET LOCAL ROLE`) with its
/// unit named in `seatplan.reach_unit`; the policies then show and change only the rows of that
/// unit and the units below it (a recursive query over `parent_unit_id`). The store's own role
/// owns the tables and is not subject to the policies: staff and the tool see everything.
///
/// The role is shared by every database of the cluster; creating it needs CREATEROLE (a DBA
/// can create it beforehand: `CREATE ROLE seatplan_unit_reach NOLOGIN`).
enum PostgresSchemaV2RowSecurity {
    /// The role a unit's requests run as.
    static let role = "seatplan_unit_reach"

    static let sql = """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'seatplan_unit_reach') THEN
                BEGIN
                    CREATE ROLE seatplan_unit_reach NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END;
            END IF;
            IF NOT pg_has_role(current_user, 'seatplan_unit_reach', 'MEMBER') THEN
                BEGIN
                    EXECUTE 'GRANT seatplan_unit_reach TO ' || quote_ident(current_user);
                EXCEPTION WHEN OTHERS THEN
                    IF NOT pg_has_role(current_user, 'seatplan_unit_reach', 'MEMBER') THEN RAISE; END IF;
                END;
            END IF;
        END $$;

        CREATE FUNCTION seatplan_reach() RETURNS SETOF bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            WITH RECURSIVE reach(id) AS (
                SELECT id FROM units WHERE name = current_setting('seatplan.reach_unit', true)
                UNION
                SELECT u.id FROM units u JOIN reach r ON u.parent_unit_id = r.id
            )
            SELECT id FROM reach
        $$;

        GRANT SELECT ON meetings, units, roster_submissions, submission_rows, plan_versions, plan_assignments,
            plan_unseated, documents, outbox, meeting_setups, plan_requests, group_plans, accounts, sessions,
            notices, notice_attachments, notice_recipients TO seatplan_unit_reach;
        GRANT INSERT, UPDATE ON roster_submissions, outbox, notice_recipients TO seatplan_unit_reach;
        GRANT INSERT ON submission_rows, audit_log TO seatplan_unit_reach;
        GRANT UPDATE (contact_person, office_phone, mobile, updated_at) ON units TO seatplan_unit_reach;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO seatplan_unit_reach;
        GRANT EXECUTE ON FUNCTION seatplan_reach() TO seatplan_unit_reach;

        ALTER TABLE units ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON units TO seatplan_unit_reach USING (id IN (SELECT seatplan_reach()));
        ALTER TABLE roster_submissions ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON roster_submissions TO seatplan_unit_reach
            USING (unit_id IN (SELECT seatplan_reach()));
        ALTER TABLE submission_rows ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON submission_rows TO seatplan_unit_reach
            USING (submission_id IN (SELECT id FROM roster_submissions));
        ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON outbox TO seatplan_unit_reach USING (unit_id IN (SELECT seatplan_reach()));
        ALTER TABLE notice_recipients ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON notice_recipients TO seatplan_unit_reach
            USING (unit_id IN (SELECT seatplan_reach()));
        ALTER TABLE notices ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON notices TO seatplan_unit_reach
            USING (id IN (SELECT notice_id FROM notice_recipients));
        ALTER TABLE notice_attachments ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON notice_attachments TO seatplan_unit_reach
            USING (notice_id IN (SELECT id FROM notices));
        ALTER TABLE plan_assignments ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON plan_assignments TO seatplan_unit_reach
            USING (unit IN (SELECT name FROM units));
        ALTER TABLE plan_unseated ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON plan_unseated TO seatplan_unit_reach USING (false);
        ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON documents TO seatplan_unit_reach USING (false);
        ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON accounts TO seatplan_unit_reach USING (unit_name IN (SELECT name FROM units));
        ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_reach ON sessions TO seatplan_unit_reach
            USING (account_id IN (SELECT id FROM accounts));
        ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
        CREATE POLICY unit_append ON audit_log FOR INSERT TO seatplan_unit_reach WITH CHECK (true);
        """
}
