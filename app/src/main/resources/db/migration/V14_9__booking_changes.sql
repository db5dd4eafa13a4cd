-- ---------------------------------------------------------------------------------------------
-- Issue 14: a booking is changed (its space, times, people, title) by staff, or by the member who
-- made it before it starts. Each change raises its iCalendar SEQUENCE, so the client's calendar
-- replaces the event it holds; a cancellation then comes with the next one.
ALTER TABLE booking ADD COLUMN sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0);
