-- Certificates of participation (issue 7). A programme sets the share of a cohort's sessions a participant
-- must attend (0.75: three sessions in four); a certificate is issued once per participant and cohort and
-- keeps the attendance it was issued for. Its code is random and public: anyone holding it may verify it.
ALTER TABLE programme ADD COLUMN certificate_threshold NUMERIC(5, 4) DEFAULT 0.75 NOT NULL;

CREATE TABLE certificate (
    id                BIGINT      NOT NULL,
    version           BIGINT      NOT NULL,
    participant_id    BIGINT      NOT NULL,
    cohort_id         BIGINT      NOT NULL,
    code              VARCHAR(14) NOT NULL,
    issued_at         TIMESTAMP   NOT NULL,
    sessions_attended INTEGER     NOT NULL,
    sessions_held     INTEGER     NOT NULL,
    CONSTRAINT pk_certificate PRIMARY KEY (id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_participant_cohort UNIQUE (participant_id, cohort_id),
    -- a participant withdrawn from the delegation takes the certificate along
    CONSTRAINT fk_certificate_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE,
    CONSTRAINT fk_certificate_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
);
CREATE INDEX ix_certificate_cohort ON certificate (cohort_id);
