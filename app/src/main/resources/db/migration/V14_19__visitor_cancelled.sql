-- A visitor invited to a booking that is cancelled is told, and no longer expected: CANCELLED.
ALTER TABLE visitor DROP CONSTRAINT visitor_state_check,
  ADD CONSTRAINT visitor_state_check CHECK (state IN ('EXPECTED', 'ARRIVED', 'APPROVED', 'DECLINED',
    'CHECKED_IN', 'CHECKED_OUT', 'NO_SHOW', 'CANCELLED'));
