-- Sweeps: the read model their grains write, one row per child simulation (written once, when the sweep is
-- accepted), and the saved sweep specs people start sweeps from.

CREATE TABLE sweeps (
    id          text        PRIMARY KEY,
    state       text        NOT NULL,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    finished_at timestamptz NULL,
    updated_at  timestamptz NOT NULL,
    -- The grain's SweepStatus as JSON: what the list endpoint returns without asking every grain.
    status      jsonb       NOT NULL
);

CREATE INDEX sweeps_newest ON sweeps (created_at DESC, id DESC);
CREATE INDEX sweeps_by_state ON sweeps (state, created_at DESC, id DESC);

-- A child's state and summary live in its simulations row (joined on simulation_id); this row says which variation
-- of the sweep it runs.
CREATE TABLE sweep_children (
    sweep_id      text           NOT NULL,
    index         integer        NOT NULL CHECK (index >= 0),
    combination   integer        NOT NULL CHECK (combination >= 0),
    replicate     integer        NOT NULL CHECK (replicate >= 0),
    seed          numeric(20, 0) NOT NULL CHECK (seed >= 0),
    simulation_id text           NOT NULL UNIQUE,
    -- The swept parameters' values, by name.
    parameters    jsonb          NOT NULL,
    PRIMARY KEY (sweep_id, index)
);

CREATE TABLE sweep_configs (
    id           text        PRIMARY KEY,
    name         text        NOT NULL,
    description  text        NULL,
    -- The sweep spec JSON (docs/recipes.md), validated when saved.
    spec         jsonb       NOT NULL,
    times_used   integer     NOT NULL DEFAULT 0 CHECK (times_used >= 0),
    last_used_at timestamptz NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT ck_sweep_configs_name CHECK (char_length(name) BETWEEN 1 AND 200)
);

-- Names are unique whatever their case: "Alpha grid" and "alpha grid" would confuse a person choosing between them.
CREATE UNIQUE INDEX uq_sweep_configs_name ON sweep_configs (lower(name));
