-- Saved configs: simulations people run again by name. Each holds a simulation request as POST /api/v1/simulations
-- accepts it, under a unique name, with tags, the mode it is the default of (at most one default per mode), how often
-- and when it last ran, and a version that is its ETag.

CREATE TABLE saved_configs (
    id           text        PRIMARY KEY,
    name         text        NOT NULL,
    description  text        NULL,
    -- The simulation request (docs/api.md, "Submitting"): a preset or a recipe, the contest range and the overrides
    -- (tickets, numbers, window, seed, parameters, batch_size, ledger_id), validated when saved.
    recipe       jsonb       NOT NULL,
    tags         text[]      NOT NULL DEFAULT '{}',
    -- The strategy the request runs (a preset's or the recipe's): "the default config for hybrid".
    mode         text        NOT NULL,
    is_default   boolean     NOT NULL DEFAULT false,
    times_used   integer     NOT NULL DEFAULT 0 CHECK (times_used >= 0),
    last_used_at timestamptz NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    -- Bumped by every change to the row (edit, default set or cleared, run): the ETag If-Match is compared with.
    version      integer     NOT NULL DEFAULT 1 CHECK (version >= 1),
    CONSTRAINT ck_saved_configs_name CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT ck_saved_configs_mode CHECK (char_length(mode) BETWEEN 1 AND 100)
);

-- Names are unique whatever their case, as sweep configs' are.
CREATE UNIQUE INDEX uq_saved_configs_name ON saved_configs (lower(name));

-- One default per mode; setting a default clears the previous one in the same transaction.
CREATE UNIQUE INDEX uq_saved_configs_default ON saved_configs (mode) WHERE is_default;

-- The list's filters: by tag (tags @> ARRAY[tag]) and by mode, both in name order.
CREATE INDEX saved_configs_tags ON saved_configs USING gin (tags);
CREATE INDEX saved_configs_by_mode ON saved_configs (mode, lower(name), id);
