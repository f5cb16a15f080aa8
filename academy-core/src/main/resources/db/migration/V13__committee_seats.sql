-- Network governance (issue 8): the seats of a programme's executive committee. A seat names a role, the country
-- holding it (people are never named), the subregion a vice-president represents, its term and the gathering
-- (a cohort of the same programme) that elected it. Ids come from academy_seq like every other entity's.
CREATE TABLE committee_seat (
    id                   BIGINT      NOT NULL,
    version              BIGINT      NOT NULL,
    programme_id         BIGINT      NOT NULL,
    role                 VARCHAR(20) NOT NULL,
    subregion            VARCHAR(20),
    country_iso2         VARCHAR(2)  NOT NULL,
    term_start           DATE        NOT NULL,
    term_end             DATE        NOT NULL,
    elected_at_cohort_id BIGINT      NOT NULL,
    CONSTRAINT pk_committee_seat PRIMARY KEY (id),
    CONSTRAINT ck_committee_seat_term CHECK (term_end >= term_start),
    CONSTRAINT ck_committee_seat_subregion CHECK ((role = 'VICE_PRESIDENT') = (subregion IS NOT NULL)),
    CONSTRAINT fk_committee_seat_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_committee_seat_country FOREIGN KEY (country_iso2) REFERENCES country (iso2),
    -- only a cohort without delegations can be deleted (a planning mistake): the seats recorded at it go along
    CONSTRAINT fk_committee_seat_cohort FOREIGN KEY (elected_at_cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
);

CREATE INDEX ix_committee_seat_programme ON committee_seat (programme_id, role);
CREATE INDEX ix_committee_seat_cohort ON committee_seat (elected_at_cohort_id);
