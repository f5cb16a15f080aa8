-- The audit trail (issue 5): one row per create, update or delete of roadmap content, users and roles,
-- written in the same transaction as the change. The application only ever inserts and reads these rows.
-- Old and new values are JSON objects (field -> value) kept as text: VARCHAR(1000000) is valid on both
-- H2 and PostgreSQL, where CLOB is not.

-- Its own sequence, taken one value per row by the writer (no block allocation through JPA).
CREATE SEQUENCE audit_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_record (
    id          BIGINT           NOT NULL,
    recorded_at TIMESTAMP        NOT NULL,
    actor       VARCHAR(100)     NOT NULL,
    action      VARCHAR(10)      NOT NULL,
    entity_type VARCHAR(50)      NOT NULL,
    entity_id   BIGINT           NOT NULL,
    roadmap_id  BIGINT,
    node_id     BIGINT,
    old_values  VARCHAR(1000000),
    new_values  VARCHAR(1000000),
    CONSTRAINT pk_audit_record PRIMARY KEY (id),
    CONSTRAINT ck_audit_record_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE'))
);
-- No foreign keys: the history of a deleted node or roadmap outlives it.
CREATE INDEX ix_audit_record_roadmap ON audit_record (roadmap_id, id);
CREATE INDEX ix_audit_record_node ON audit_record (node_id, id);
CREATE INDEX ix_audit_record_entity ON audit_record (entity_type, entity_id);
