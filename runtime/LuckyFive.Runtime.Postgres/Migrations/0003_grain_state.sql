-- Grain state keyed by grain type as well as state name, so two grain types with a state of the same name never
-- share a row. The integer version is the ETag: every write is "UPDATE ... WHERE version = expected".
CREATE TABLE luckyfive_grain_state (
    service_id  text        NOT NULL,
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    state_name  text        NOT NULL,
    version     bigint      NOT NULL CHECK (version > 0),
    payload     jsonb       NOT NULL,
    modified_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_type, grain_key, state_name)
);
