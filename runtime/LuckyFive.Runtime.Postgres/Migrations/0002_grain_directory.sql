-- Grain directory: one row per activated grain per cluster; the first writer wins (INSERT ... ON CONFLICT DO
-- NOTHING, then read the winner). Rows of dead silos are removed by silo address.
CREATE TABLE luckyfive_grain_directory (
    cluster_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    silo_address  text        NOT NULL,
    activation_id uuid        NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cluster_id, grain_id)
);

CREATE INDEX luckyfive_grain_directory_silo ON luckyfive_grain_directory (cluster_id, silo_address);
