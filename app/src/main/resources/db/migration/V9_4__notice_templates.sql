-- A notice is shown in the language its reader has at the time they read it (the language switch
-- may differ from the profile it was written for): the template and its parameters are kept, the
-- rendered title and body stay as the fallback (and for notices written before this version).
ALTER TABLE notification ADD COLUMN template varchar(100);
ALTER TABLE notification ADD COLUMN params   text;
