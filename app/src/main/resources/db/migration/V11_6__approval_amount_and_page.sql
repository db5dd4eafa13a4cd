-- What an approver weighs and where the decision leads: the document's amount in its currency
-- (shown in the inbox beside the requested discount) and the page of the document, which the
-- requester's notice links to. Generic documents name their own page, so approvals need not know
-- each module's addresses.
ALTER TABLE approval_request
  ADD COLUMN amount        numeric(14, 2) CHECK (amount >= 0),
  ADD COLUMN currency      char(3),
  ADD COLUMN document_page varchar(200) CHECK (document_page ~ '^/[A-Za-z0-9_./?=&-]*$'),
  ADD CHECK ((amount IS NULL) = (currency IS NULL));
