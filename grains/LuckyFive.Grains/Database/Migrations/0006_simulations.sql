-- Simulations: the read model their grains write, the per-contest rows their batches write by binary COPY,
-- and the append-only ledger entries their money is posted as.

CREATE TABLE simulations (
    id                 text        PRIMARY KEY,
    state              text        NOT NULL,
    strategy           text        NOT NULL,
    preset             text        NULL,
    ledger_id          text        NOT NULL,
    draws_version      bigint      NOT NULL,
    contests_total     integer     NOT NULL,
    contests_done      integer     NOT NULL,
    created_at         timestamptz NOT NULL,
    finished_at        timestamptz NULL,
    updated_at         timestamptz NOT NULL,
    -- The grain's SimulationStatus as JSON: what the list endpoint returns without asking every grain.
    status             jsonb       NOT NULL
);

CREATE INDEX simulations_newest ON simulations (created_at DESC, id DESC);
CREATE INDEX simulations_by_state ON simulations (state, created_at DESC, id DESC);
CREATE INDEX simulations_by_strategy ON simulations (strategy, created_at DESC, id DESC);

CREATE TABLE contest_results (
    simulation_id   text     NOT NULL,
    contest         integer  NOT NULL,
    draw_date       date     NOT NULL,
    -- The drawn numbers and every ticket as 80-bit sets, 16 bytes each (low word, high word, little-endian).
    drawn           bytea    NOT NULL,
    tickets         bytea    NOT NULL,
    -- One byte per ticket.
    hits            bytea    NOT NULL,
    prize_counts    bigint[] NOT NULL,
    cost_cents      bigint   NOT NULL,
    prize_cents     bigint   NOT NULL,
    price_assumed   boolean  NOT NULL,
    prizes_known    boolean  NOT NULL,
    jackpot_unknown boolean  NOT NULL,
    PRIMARY KEY (simulation_id, contest)
);

CREATE TABLE ledger_entries (
    ledger_id           text        NOT NULL,
    sequence            bigint      NOT NULL,
    idempotency_key     text        NOT NULL,
    simulation_id       text        NOT NULL,
    contest             integer     NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('bet', 'prize')),
    amount_cents        bigint      NOT NULL CHECK (amount_cents >= 0),
    prize_counts        bigint[]    NOT NULL,
    balance_after_cents bigint      NOT NULL,
    posted_at           timestamptz NOT NULL,
    PRIMARY KEY (ledger_id, sequence),
    UNIQUE (ledger_id, idempotency_key)
);
