-- ---------------------------------------------------------------------------------------------
-- Issue 14: who may book a space from the client space (every member, the companies' managers and
-- administrators only, or staff only) and whether a member's booking waits for staff to confirm
-- it. NULL falls back to the centre's, then to Atrium's default (every member, no approval).
ALTER TABLE booking_rule
  ADD COLUMN who_books varchar(16) CHECK (who_books IN ('EVERY_MEMBER', 'MANAGERS', 'STAFF_ONLY')),
  ADD COLUMN approval_required boolean;
