-- A day pass may be billed with the month's consumptions (MONTHLY): what a member buys in the
-- client space, and a choice for staff too.
ALTER TABLE day_pass DROP CONSTRAINT day_pass_payment_check,
  ADD CONSTRAINT day_pass_payment_check CHECK (payment IN ('INVOICE', 'PAYMENT_LINK', 'CREDITS', 'MONTHLY'));
