-- Reminders (issue 6): a user's e-mail address for the daily digest, the digests sent (so a restart never
-- sends the same day's digest twice), and an index for the query of milestones by end date and status.
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);

CREATE TABLE reminder_digest (
    id                BIGINT    NOT NULL,
    version           BIGINT    NOT NULL,
    user_account_id   BIGINT    NOT NULL,
    sent_on           DATE      NOT NULL,
    sent_at           TIMESTAMP NOT NULL,
    overdue_check_ins INTEGER   NOT NULL,
    due_milestones    INTEGER   NOT NULL,
    CONSTRAINT pk_reminder_digest PRIMARY KEY (id),
    CONSTRAINT uq_reminder_digest_user_day UNIQUE (user_account_id, sent_on),
    -- a deleted account takes its digest log along
    CONSTRAINT fk_reminder_digest_user FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE INDEX ix_result_node_end_date ON result_node (end_date, progress_status);
