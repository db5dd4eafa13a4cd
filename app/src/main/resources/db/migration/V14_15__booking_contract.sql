-- ---------------------------------------------------------------------------------------------
-- Issue 14, 001 §9: "rattacher la réservation à un contrat existant ou la facturer de manière
-- ponctuelle". A booking may name a contract of its payer at its centre; its consumption then
-- belongs to that contract and is billed with it by the monthly run.
ALTER TABLE booking ADD COLUMN contract_id bigint,
  ADD FOREIGN KEY (tenant_id, contract_id) REFERENCES contract (tenant_id, id);
