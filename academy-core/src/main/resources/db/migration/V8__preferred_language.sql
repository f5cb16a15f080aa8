-- The language a person chose in the UI, so it follows them to their next sign-in and device (issue 4).
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(2);
