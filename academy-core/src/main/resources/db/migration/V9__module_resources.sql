-- The resource library of each curriculum module (issue 6, practical tools): templates, guides, worked
-- examples and links, each in one or more of the platform's languages. A resource is an external address
-- or an uploaded file; the file's bytes have a table of their own so listing resources never reads them.
-- Resources are retired (retired_at set), never deleted, so trainers can restore them.
CREATE TABLE module_resource (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    module_id      BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    title_en       VARCHAR(4000) NOT NULL,
    title_es       VARCHAR(4000),
    title_pt       VARCHAR(4000),
    title_fr       VARCHAR(4000),
    description_en VARCHAR(4000),
    description_es VARCHAR(4000),
    description_pt VARCHAR(4000),
    description_fr VARCHAR(4000),
    url            VARCHAR(2000),
    file_name      VARCHAR(200),
    file_type      VARCHAR(10),
    size_bytes     BIGINT,
    added_by       VARCHAR(60)   NOT NULL,
    added_at       TIMESTAMP     NOT NULL,
    retired_by     VARCHAR(60),
    retired_at     TIMESTAMP,
    CONSTRAINT pk_module_resource PRIMARY KEY (id),
    CONSTRAINT fk_module_resource_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id) ON DELETE CASCADE,
    CONSTRAINT ck_module_resource_kind CHECK (kind IN ('TEMPLATE', 'GUIDE', 'WORKED_EXAMPLE', 'LINK')),
    -- either an address or a file, never both
    CONSTRAINT ck_module_resource_content CHECK ((url IS NULL) <> (file_type IS NULL))
);
CREATE INDEX ix_module_resource_module ON module_resource (module_id);

CREATE TABLE module_resource_language (
    resource_id   BIGINT     NOT NULL,
    language_code VARCHAR(2) NOT NULL,
    CONSTRAINT pk_module_resource_language PRIMARY KEY (resource_id, language_code),
    CONSTRAINT fk_module_resource_language_resource FOREIGN KEY (resource_id) REFERENCES module_resource (id) ON DELETE CASCADE,
    CONSTRAINT ck_module_resource_language CHECK (language_code IN ('en', 'es', 'pt', 'fr'))
);

CREATE TABLE module_resource_file (
    id          BIGINT NOT NULL,
    version     BIGINT NOT NULL,
    resource_id BIGINT NOT NULL,
    content     BYTEA  NOT NULL,
    CONSTRAINT pk_module_resource_file PRIMARY KEY (id),
    CONSTRAINT uq_module_resource_file_resource UNIQUE (resource_id),
    CONSTRAINT fk_module_resource_file_resource FOREIGN KEY (resource_id) REFERENCES module_resource (id) ON DELETE CASCADE
);
