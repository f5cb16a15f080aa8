-- Sign-in protection, sponsors' programmes and personal API tokens (issue 5).

ALTER TABLE user_account ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP;

-- The programmes a SPONSOR user funds: what they may read.
CREATE TABLE user_account_programme (
    user_account_id BIGINT NOT NULL,
    programme_id    BIGINT NOT NULL,
    CONSTRAINT pk_user_account_programme PRIMARY KEY (user_account_id, programme_id),
    CONSTRAINT fk_user_account_programme_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_user_account_programme_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_user_account_programme_programme ON user_account_programme (programme_id);

-- Personal API tokens: only a SHA-256 hash of the secret is kept; the secret is shown once.
CREATE TABLE api_token (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    user_account_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    expires_at      TIMESTAMP,
    last_used_at    TIMESTAMP,
    revoked_at      TIMESTAMP,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_api_token_user ON api_token (user_account_id);
