-- atrium_tenants_with_due_mail() runs as the schema owner (SECURITY DEFINER), and row-level security
-- is forced on outbox_mail for the owner too: with no tenant bound, the function saw no row and no
-- mail was ever delivered. The owner may read the outbox for that scan. It owns the table and could
-- lift the policies anyway; the application role gains nothing and still sees only its tenant.
CREATE POLICY owner_reads_for_due_scan ON outbox_mail FOR SELECT TO CURRENT_USER USING (true);
