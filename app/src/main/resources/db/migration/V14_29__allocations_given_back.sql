-- ---------------------------------------------------------------------------------------------
-- What a correction leaves paid on an invoice beyond what it still owes goes back to the payments
-- that paid it: a credit note on a paid invoice, a corrective invoice replacing one. Allocations
-- stay append-only, so giving money back is one more allocation of the same payment, negative,
-- and the payment's credit (its amount less its allocations) grows by it. Zero stays refused.
ALTER TABLE payment_allocation DROP CONSTRAINT payment_allocation_amount_check;
ALTER TABLE payment_allocation ADD CONSTRAINT payment_allocation_amount_check CHECK (amount <> 0);
