-- Schema of the academy domain. Portable across H2 2.2 and PostgreSQL 15: standard types only, ids from
-- one sequence whose increment equals the JPA allocationSize (50). Every FK column has an index unless it
-- leads a primary key or unique constraint.

-- EclipseLink takes each value of the sequence as the LAST id of a block of 50 (value 50 -> ids 1..50,
-- value 100 -> ids 51..100). Starting at 1 would make the first block -48..1, which EclipseLink refuses
-- ("sequence setup incorrectly"); starting at 50 gives positive ids from 1.
CREATE SEQUENCE academy_seq START WITH 50 INCREMENT BY 50;

-- programme ---------------------------------------------------------------------------------------------
CREATE TABLE programme (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    CONSTRAINT pk_programme PRIMARY KEY (id)
);

CREATE TABLE programme_language (
    programme_id  BIGINT     NOT NULL,
    language_code VARCHAR(2) NOT NULL,
    CONSTRAINT pk_programme_language PRIMARY KEY (programme_id, language_code),
    CONSTRAINT fk_programme_language_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE programme_result_level (
    programme_id BIGINT      NOT NULL,
    result_level VARCHAR(20) NOT NULL,
    CONSTRAINT pk_programme_result_level PRIMARY KEY (programme_id, result_level),
    CONSTRAINT fk_programme_result_level_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE programme_pillar (
    programme_id BIGINT      NOT NULL,
    pillar       VARCHAR(30) NOT NULL,
    CONSTRAINT pk_programme_pillar PRIMARY KEY (programme_id, pillar),
    CONSTRAINT fk_programme_pillar_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE sponsor (
    id      BIGINT       NOT NULL,
    version BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    website VARCHAR(500),
    CONSTRAINT pk_sponsor PRIMARY KEY (id)
);

CREATE TABLE cohort (
    id                 BIGINT       NOT NULL,
    version            BIGINT       NOT NULL,
    programme_id       BIGINT       NOT NULL,
    name               VARCHAR(200) NOT NULL,
    venue_name         VARCHAR(200) NOT NULL,
    venue_city         VARCHAR(100) NOT NULL,
    venue_country_code VARCHAR(2)   NOT NULL,
    venue_time_zone    VARCHAR(60)  NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_cohort PRIMARY KEY (id),
    CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_cohort_dates CHECK (end_date >= start_date)
);
CREATE INDEX ix_cohort_programme ON cohort (programme_id);

CREATE TABLE cohort_sponsor (
    cohort_id  BIGINT NOT NULL,
    sponsor_id BIGINT NOT NULL,
    CONSTRAINT pk_cohort_sponsor PRIMARY KEY (cohort_id, sponsor_id),
    CONSTRAINT fk_cohort_sponsor_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_sponsor_sponsor FOREIGN KEY (sponsor_id) REFERENCES sponsor (id)
);
CREATE INDEX ix_cohort_sponsor_sponsor ON cohort_sponsor (sponsor_id);

CREATE TABLE cohort_trainer (
    cohort_id BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_cohort_trainer PRIMARY KEY (cohort_id, username),
    CONSTRAINT fk_cohort_trainer_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
CREATE INDEX ix_cohort_trainer_username ON cohort_trainer (username);

-- country -----------------------------------------------------------------------------------------------
CREATE TABLE country (
    iso2      VARCHAR(2)   NOT NULL,
    version   BIGINT       NOT NULL,
    iso3      VARCHAR(3)   NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    name_es   VARCHAR(100),
    name_pt   VARCHAR(100),
    name_fr   VARCHAR(100),
    subregion VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_country PRIMARY KEY (iso2),
    CONSTRAINT uq_country_iso3 UNIQUE (iso3)
);

CREATE TABLE nap_event (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    country_iso2    VARCHAR(2)    NOT NULL,
    event_type      VARCHAR(20)   NOT NULL,
    nap_generation  INTEGER       NOT NULL,
    event_date      DATE,
    event_year      INTEGER,
    plan_start_year INTEGER,
    plan_end_year   INTEGER,
    note            VARCHAR(1000),
    source          VARCHAR(1000),
    CONSTRAINT pk_nap_event PRIMARY KEY (id),
    CONSTRAINT fk_nap_event_country FOREIGN KEY (country_iso2) REFERENCES country (iso2),
    CONSTRAINT ck_nap_event_generation CHECK (nap_generation >= 1)
);
CREATE INDEX ix_nap_event_country ON nap_event (country_iso2);

-- delegation --------------------------------------------------------------------------------------------
CREATE TABLE delegation (
    id           BIGINT     NOT NULL,
    version      BIGINT     NOT NULL,
    cohort_id    BIGINT     NOT NULL,
    country_iso2 VARCHAR(2) NOT NULL,
    CONSTRAINT pk_delegation PRIMARY KEY (id),
    CONSTRAINT uq_delegation_cohort_country UNIQUE (cohort_id, country_iso2),
    CONSTRAINT fk_delegation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_delegation_country FOREIGN KEY (country_iso2) REFERENCES country (iso2)
);
CREATE INDEX ix_delegation_country ON delegation (country_iso2);

CREATE TABLE participant (
    id                   BIGINT       NOT NULL,
    version              BIGINT       NOT NULL,
    delegation_id        BIGINT       NOT NULL,
    given_name           VARCHAR(100) NOT NULL,
    family_name          VARCHAR(100) NOT NULL,
    email                VARCHAR(254),
    institution_name     VARCHAR(300) NOT NULL,
    institution_type     VARCHAR(30)  NOT NULL,
    job_title            VARCHAR(200),
    sex                  VARCHAR(20)  NOT NULL,
    participant_role     VARCHAR(20)  NOT NULL,
    consent_to_be_listed BOOLEAN      NOT NULL,
    preferred_language   VARCHAR(2),
    CONSTRAINT pk_participant PRIMARY KEY (id),
    CONSTRAINT uq_participant_email UNIQUE (delegation_id, email),
    CONSTRAINT fk_participant_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id)
);

-- curriculum --------------------------------------------------------------------------------------------
CREATE TABLE curriculum_module (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    programme_id     BIGINT        NOT NULL,
    code             VARCHAR(60)   NOT NULL,
    title_en         VARCHAR(4000) NOT NULL,
    title_es         VARCHAR(4000),
    title_pt         VARCHAR(4000),
    title_fr         VARCHAR(4000),
    description_en   VARCHAR(4000),
    description_es   VARCHAR(4000),
    description_pt   VARCHAR(4000),
    description_fr   VARCHAR(4000),
    objectives_en    VARCHAR(4000),
    objectives_es    VARCHAR(4000),
    objectives_pt    VARCHAR(4000),
    objectives_fr    VARCHAR(4000),
    duration_minutes INTEGER       NOT NULL,
    display_order    INTEGER       NOT NULL,
    CONSTRAINT pk_curriculum_module PRIMARY KEY (id),
    CONSTRAINT uq_curriculum_module_code UNIQUE (programme_id, code),
    CONSTRAINT fk_curriculum_module_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_curriculum_module_duration CHECK (duration_minutes >= 1)
);

CREATE TABLE training_session (
    id        BIGINT       NOT NULL,
    version   BIGINT       NOT NULL,
    cohort_id BIGINT       NOT NULL,
    module_id BIGINT       NOT NULL,
    starts_at TIMESTAMP    NOT NULL,
    ends_at   TIMESTAMP    NOT NULL,
    room      VARCHAR(100),
    CONSTRAINT pk_training_session PRIMARY KEY (id),
    CONSTRAINT fk_training_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_training_session_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id),
    CONSTRAINT ck_training_session_times CHECK (ends_at > starts_at)
);
CREATE INDEX ix_training_session_cohort ON training_session (cohort_id);
CREATE INDEX ix_training_session_module ON training_session (module_id);

CREATE TABLE training_session_trainer (
    session_id BIGINT       NOT NULL,
    username   VARCHAR(100) NOT NULL,
    CONSTRAINT pk_training_session_trainer PRIMARY KEY (session_id, username),
    CONSTRAINT fk_training_session_trainer_session FOREIGN KEY (session_id) REFERENCES training_session (id)
);

CREATE TABLE attendance (
    id                BIGINT      NOT NULL,
    version           BIGINT      NOT NULL,
    session_id        BIGINT      NOT NULL,
    participant_id    BIGINT      NOT NULL,
    attendance_status VARCHAR(20) NOT NULL,
    CONSTRAINT pk_attendance PRIMARY KEY (id),
    CONSTRAINT uq_attendance_session_participant UNIQUE (session_id, participant_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_attendance_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_attendance_participant ON attendance (participant_id);

CREATE TABLE session_feedback (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    session_id       BIGINT        NOT NULL,
    participant_id   BIGINT,
    rating           INTEGER       NOT NULL,
    feedback_comment VARCHAR(2000),
    pre_assessment   INTEGER,
    post_assessment  INTEGER,
    CONSTRAINT pk_session_feedback PRIMARY KEY (id),
    CONSTRAINT uq_session_feedback_participant UNIQUE (session_id, participant_id),
    CONSTRAINT fk_session_feedback_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_session_feedback_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT ck_session_feedback_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT ck_session_feedback_pre CHECK (pre_assessment BETWEEN 1 AND 5),
    CONSTRAINT ck_session_feedback_post CHECK (post_assessment BETWEEN 1 AND 5)
);
CREATE INDEX ix_session_feedback_participant ON session_feedback (participant_id);

-- roadmap -----------------------------------------------------------------------------------------------
CREATE TABLE roadmap (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    delegation_id BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_roadmap PRIMARY KEY (id),
    CONSTRAINT uq_roadmap_delegation UNIQUE (delegation_id),
    CONSTRAINT fk_roadmap_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id)
);

-- A goal has root_of_roadmap_id and root_order; any other node has parent_id and child_order.
CREATE TABLE result_node (
    id                      BIGINT        NOT NULL,
    version                 BIGINT        NOT NULL,
    roadmap_id              BIGINT        NOT NULL,
    root_of_roadmap_id      BIGINT,
    root_order              INTEGER,
    parent_id               BIGINT,
    child_order             INTEGER,
    result_level            VARCHAR(20)   NOT NULL,
    title                   VARCHAR(300)  NOT NULL,
    description             VARCHAR(4000),
    pillar                  VARCHAR(30)   NOT NULL,
    responsible_institution VARCHAR(300),
    start_date              DATE          NOT NULL,
    end_date                DATE          NOT NULL,
    progress_status         VARCHAR(20)   NOT NULL,
    module_id               BIGINT,
    CONSTRAINT pk_result_node PRIMARY KEY (id),
    CONSTRAINT fk_result_node_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id),
    CONSTRAINT fk_result_node_root_of_roadmap FOREIGN KEY (root_of_roadmap_id) REFERENCES roadmap (id),
    CONSTRAINT fk_result_node_parent FOREIGN KEY (parent_id) REFERENCES result_node (id),
    CONSTRAINT fk_result_node_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id),
    CONSTRAINT ck_result_node_dates CHECK (end_date >= start_date)
);
CREATE INDEX ix_result_node_roadmap ON result_node (roadmap_id);
CREATE INDEX ix_result_node_root_of_roadmap ON result_node (root_of_roadmap_id);
CREATE INDEX ix_result_node_parent ON result_node (parent_id);
CREATE INDEX ix_result_node_module ON result_node (module_id);

CREATE TABLE budget_line (
    result_node_id BIGINT        NOT NULL,
    line_order     INTEGER       NOT NULL,
    amount         NUMERIC(19,4) NOT NULL,
    currency_code  VARCHAR(3)    NOT NULL,
    funding_source VARCHAR(200),
    gender_marker  VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_budget_line PRIMARY KEY (result_node_id, line_order),
    CONSTRAINT fk_budget_line_result_node FOREIGN KEY (result_node_id) REFERENCES result_node (id),
    CONSTRAINT ck_budget_line_amount CHECK (amount >= 0)
);

CREATE TABLE indicator (
    id                    BIGINT        NOT NULL,
    version               BIGINT        NOT NULL,
    result_node_id        BIGINT        NOT NULL,
    display_order         INTEGER,
    title                 VARCHAR(300)  NOT NULL,
    indicator_unit        VARCHAR(20)   NOT NULL,
    is_ascending          BOOLEAN       NOT NULL,
    baseline_value        NUMERIC(19,4),
    baseline_date         DATE,
    means_of_verification VARCHAR(1000),
    disaggregated_by_sex  BOOLEAN       NOT NULL,
    reference_framework   VARCHAR(20),
    reference_code        VARCHAR(50),
    CONSTRAINT pk_indicator PRIMARY KEY (id),
    CONSTRAINT fk_indicator_result_node FOREIGN KEY (result_node_id) REFERENCES result_node (id)
);
CREATE INDEX ix_indicator_result_node ON indicator (result_node_id);

CREATE TABLE indicator_period (
    id           BIGINT NOT NULL,
    version      BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    start_date   DATE   NOT NULL,
    end_date     DATE   NOT NULL,
    CONSTRAINT pk_indicator_period PRIMARY KEY (id),
    CONSTRAINT fk_indicator_period_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT ck_indicator_period_dates CHECK (end_date >= start_date)
);
CREATE INDEX ix_indicator_period_indicator ON indicator_period (indicator_id);

-- accompaniment -----------------------------------------------------------------------------------------
CREATE TABLE progress_report (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    delegation_id  BIGINT        NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    achievements   VARCHAR(4000),
    obstacles      VARCHAR(4000),
    next_steps     VARCHAR(4000),
    status         VARCHAR(20)   NOT NULL,
    submitted_at   TIMESTAMP,
    reviewer_name  VARCHAR(200),
    reviewed_at    TIMESTAMP,
    review_comment VARCHAR(4000),
    CONSTRAINT pk_progress_report PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id),
    CONSTRAINT ck_progress_report_period CHECK (period_end >= period_start)
);
CREATE INDEX ix_progress_report_delegation ON progress_report (delegation_id);

CREATE TABLE progress_report_evidence (
    progress_report_id BIGINT        NOT NULL,
    link_order         INTEGER       NOT NULL,
    evidence_link      VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_progress_report_evidence PRIMARY KEY (progress_report_id, link_order),
    CONSTRAINT fk_progress_report_evidence_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (id)
);

CREATE TABLE status_change (
    id                 BIGINT      NOT NULL,
    version            BIGINT      NOT NULL,
    progress_report_id BIGINT      NOT NULL,
    result_node_id     BIGINT      NOT NULL,
    from_status        VARCHAR(20) NOT NULL,
    to_status          VARCHAR(20) NOT NULL,
    CONSTRAINT pk_status_change PRIMARY KEY (id),
    CONSTRAINT fk_status_change_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_status_change_result_node FOREIGN KEY (result_node_id) REFERENCES result_node (id)
);
CREATE INDEX ix_status_change_report ON status_change (progress_report_id);
CREATE INDEX ix_status_change_result_node ON status_change (result_node_id);

-- A measurement belongs to a period; progress_report_id marks the actuals a progress report brought.
CREATE TABLE measurement (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    period_id           BIGINT        NOT NULL,
    measurement_kind    VARCHAR(10)   NOT NULL,
    measured_value      NUMERIC(19,4),
    sex                 VARCHAR(20),
    as_of_date          DATE          NOT NULL,
    measurement_comment VARCHAR(2000),
    evidence_link       VARCHAR(1000),
    progress_report_id  BIGINT,
    CONSTRAINT pk_measurement PRIMARY KEY (id),
    CONSTRAINT fk_measurement_period FOREIGN KEY (period_id) REFERENCES indicator_period (id),
    CONSTRAINT fk_measurement_progress_report FOREIGN KEY (progress_report_id) REFERENCES progress_report (id)
);
CREATE INDEX ix_measurement_period ON measurement (period_id);
CREATE INDEX ix_measurement_progress_report ON measurement (progress_report_id);

CREATE TABLE assistance_request (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    delegation_id BIGINT        NOT NULL,
    module_id     BIGINT,
    raised_by     VARCHAR(100)  NOT NULL,
    request_text  VARCHAR(4000) NOT NULL,
    urgency       VARCHAR(10)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    raised_at     TIMESTAMP     NOT NULL,
    answer        VARCHAR(4000),
    answered_by   VARCHAR(100),
    answered_at   TIMESTAMP,
    CONSTRAINT pk_assistance_request PRIMARY KEY (id),
    CONSTRAINT fk_assistance_request_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id),
    CONSTRAINT fk_assistance_request_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id)
);
CREATE INDEX ix_assistance_request_delegation ON assistance_request (delegation_id);
CREATE INDEX ix_assistance_request_module ON assistance_request (module_id);

CREATE TABLE mentoring_note (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    delegation_id    BIGINT        NOT NULL,
    request_id       BIGINT,
    trainer_username VARCHAR(100)  NOT NULL,
    note_date        DATE          NOT NULL,
    note_text        VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_mentoring_note PRIMARY KEY (id),
    CONSTRAINT fk_mentoring_note_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id),
    CONSTRAINT fk_mentoring_note_request FOREIGN KEY (request_id) REFERENCES assistance_request (id)
);
CREATE INDEX ix_mentoring_note_delegation ON mentoring_note (delegation_id);
CREATE INDEX ix_mentoring_note_request ON mentoring_note (request_id);

-- user --------------------------------------------------------------------------------------------------
CREATE TABLE user_account (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    delegation_id BIGINT,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id)
);
CREATE INDEX ix_user_account_delegation ON user_account (delegation_id);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role_name       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_account_id, role_name),
    CONSTRAINT fk_user_account_role_user_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
