-- Membership: one version row per cluster (every status change is a compare-and-swap on it) and one row per
-- silo incarnation (endpoint + generation). IAmAlive is written in database time (now()), never a silo's clock.
CREATE TABLE luckyfive_membership_version (
    cluster_id  text        PRIMARY KEY,
    version     integer     NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE luckyfive_membership (
    cluster_id      text        NOT NULL REFERENCES luckyfive_membership_version (cluster_id) ON DELETE CASCADE,
    endpoint        text        NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          smallint    NOT NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL DEFAULT now(),
    -- Suspicion votes as structured data: [{"voter": "10.0.0.2:11111@42", "at": "2026-11-22T01:02:03Z"}, ...]
    suspicions      jsonb       NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(suspicions) = 'array'),
    -- The grain types the silo hosts: [{"grain_type": ..., "class_name": ..., "interfaces": [...], "placement": ...}]
    grain_types     jsonb       NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(grain_types) = 'array'),
    row_version     bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (cluster_id, endpoint, generation)
);

CREATE INDEX luckyfive_membership_status ON luckyfive_membership (cluster_id, status);
