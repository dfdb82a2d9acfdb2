-- Comparisons: each one computed once from finished simulations and stored as it was answered; and the index
-- leaderboards read completed simulations through.

CREATE TABLE comparisons (
    id             text        PRIMARY KEY,
    name           text        NOT NULL,
    created_at     timestamptz NOT NULL,
    simulation_ids text[]      NOT NULL,
    metrics        text[]      NOT NULL,
    -- The Comparison as JSON: rankings, statistics, winners and tests per metric, never recomputed.
    comparison     jsonb       NOT NULL
);

CREATE INDEX comparisons_newest ON comparisons (created_at DESC, id DESC);

-- Leaderboards rank completed simulations only, filtered by creation time (and strategy).
CREATE INDEX simulations_completed ON simulations (created_at DESC, id DESC) WHERE state = 'completed';
