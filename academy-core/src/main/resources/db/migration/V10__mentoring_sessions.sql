-- A request's mentoring session (issue 6): its start in the wall-clock time of the cohort's venue, as training
-- sessions are stored, how it is held and an optional meeting link; and when the request was closed.
ALTER TABLE assistance_request ADD COLUMN mentoring_starts_at TIMESTAMP;
ALTER TABLE assistance_request ADD COLUMN mentoring_mode VARCHAR(10);
ALTER TABLE assistance_request ADD COLUMN mentoring_link VARCHAR(500);
ALTER TABLE assistance_request ADD COLUMN closed_at TIMESTAMP;
-- the trainers' queue filters by status and sorts by the time requests were raised
CREATE INDEX ix_assistance_request_status_raised ON assistance_request (status, raised_at);
