-- Membership: one version row per cluster (every status change is a compare-and-swap on it) and one row per
-- silo incarnation. IAmAlive is written in database time (now()), never in a silo's clock.
CREATE TABLE luckyfive_membership_version (
    cluster_id  text        PRIMARY KEY,
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE luckyfive_membership (
    cluster_id      text        NOT NULL REFERENCES luckyfive_membership_version (cluster_id) ON DELETE CASCADE,
    address         text        NOT NULL,
    port            integer     NOT NULL CHECK (port BETWEEN 1 AND 65535),
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          smallint    NOT NULL,
    proxy_port      integer     CHECK (proxy_port IS NULL OR proxy_port BETWEEN 1 AND 65535),
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL DEFAULT now(),
    -- Suspicion votes as structured data: [{"silo": "10.0.0.2:11111@42", "at": "2026-11-22T01:02:03Z"}, ...]
    suspicions      jsonb       NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(suspicions) = 'array'),
    PRIMARY KEY (cluster_id, address, port, generation)
);

CREATE INDEX luckyfive_membership_status ON luckyfive_membership (cluster_id, status);
