-- The API's keys. A key is shown once, when it is created; only its SHA-256 is kept, so a copy of this table does
-- not let anyone call the API. A revoked key keeps its row (revoked_at set) so listings show who had access.
--
-- last_used_at is written when an API process verifies the key against this table, not on every request: a
-- process caches a verified key for a few seconds (LuckyFive:Api:KeyCacheSeconds), so the column is as fresh as
-- that cache. Roles are ordered admin > runner > reader; the API, not the database, applies the order.

CREATE TABLE api_keys
(
    id           uuid        NOT NULL,
    name         text        NOT NULL,
    role         text        NOT NULL,
    key_hash     bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz NULL,
    revoked_at   timestamptz NULL,

    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT uq_api_keys_key_hash UNIQUE (key_hash),
    CONSTRAINT ck_api_keys_name CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT ck_api_keys_role CHECK (role IN ('reader', 'runner', 'admin')),
    CONSTRAINT ck_api_keys_key_hash CHECK (octet_length(key_hash) = 32)
);

COMMENT ON TABLE api_keys IS
    'API keys: SHA-256 of the key (never the key), a name, a role (reader, runner, admin), when it was created, last verified and revoked.';
