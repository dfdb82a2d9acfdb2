-- The official Quina results, versioned. Every import that inserts or changes a contest writes one row to
-- draw_versions and never alters what an older version holds: a simulation pinned to version v replays exactly the
-- draws it started on, after any number of later imports.
--
-- A draw row is valid from the version that wrote it until the version that replaced it (valid_to, exclusive;
-- NULL while it is current). Version v is therefore every row with valid_from <= v and (valid_to IS NULL or
-- valid_to > v). Rows are never deleted: a contest absent from a later file stays as it was.
--
-- Money is integer cents in the currency the contest was published in (cruzeiros reais before 1994-07-01),
-- exactly as the domain's Draw holds it; see docs/money.md.

CREATE TABLE draw_versions
(
    version            bigint      NOT NULL,
    imported_at        timestamptz NOT NULL DEFAULT now(),
    source_file_name   text        NOT NULL,
    source_format      text        NOT NULL,
    -- The import's report against the version before it.
    inserted           integer     NOT NULL,
    updated            integer     NOT NULL,
    unchanged          integer     NOT NULL,
    rejected           integer     NOT NULL,
    empty_rows_skipped integer     NOT NULL,
    -- Contests in this version: a check on the valid_from / valid_to bookkeeping.
    draw_count         integer     NOT NULL,

    CONSTRAINT pk_draw_versions PRIMARY KEY (version),
    CONSTRAINT ck_draw_versions_version CHECK (version >= 1),
    CONSTRAINT ck_draw_versions_format CHECK (source_format IN ('xlsx', 'csv')),
    CONSTRAINT ck_draw_versions_counts CHECK (inserted >= 0 AND updated >= 0 AND unchanged >= 0 AND rejected >= 0
        AND empty_rows_skipped >= 0 AND inserted + updated >= 1 AND draw_count >= 1)
);

CREATE TABLE draws
(
    contest                    integer  NOT NULL,
    valid_from                 bigint   NOT NULL REFERENCES draw_versions (version),
    valid_to                   bigint   NULL REFERENCES draw_versions (version),
    draw_date                  date     NOT NULL,
    -- The five numbers in ascending order.
    n1                         smallint NOT NULL,
    n2                         smallint NOT NULL,
    n3                         smallint NOT NULL,
    n4                         smallint NOT NULL,
    n5                         smallint NOT NULL,
    quina_winners              integer  NOT NULL,
    quina_prize_cents          bigint   NOT NULL,
    quadra_winners             integer  NOT NULL,
    quadra_prize_cents         bigint   NOT NULL,
    terno_winners              integer  NOT NULL,
    terno_prize_cents          bigint   NOT NULL,
    duque_winners              integer  NOT NULL,
    duque_prize_cents          bigint   NOT NULL,
    -- False when the source file had no prize columns: the zeros above are then unknown, not published zeros.
    prizes_known               boolean  NOT NULL,
    accumulated_cents          bigint   NOT NULL,
    total_sales_cents          bigint   NOT NULL,
    prize_estimate_cents       bigint   NOT NULL,
    sao_joao_accumulated_cents bigint   NOT NULL,
    winner_locations           text     NOT NULL,
    notes                      text     NOT NULL,

    CONSTRAINT pk_draws PRIMARY KEY (contest, valid_from),
    CONSTRAINT ck_draws_contest CHECK (contest >= 1),
    CONSTRAINT ck_draws_validity CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT ck_draws_numbers CHECK (n1 >= 1 AND n1 < n2 AND n2 < n3 AND n3 < n4 AND n4 < n5 AND n5 <= 80),
    CONSTRAINT ck_draws_winners CHECK (quina_winners >= 0 AND quadra_winners >= 0 AND terno_winners >= 0 AND duque_winners >= 0),
    CONSTRAINT ck_draws_money CHECK (quina_prize_cents >= 0 AND quadra_prize_cents >= 0 AND terno_prize_cents >= 0
        AND duque_prize_cents >= 0 AND accumulated_cents >= 0 AND total_sales_cents >= 0 AND prize_estimate_cents >= 0
        AND sao_joao_accumulated_cents >= 0)
);

-- At most one current row per contest; an import closes the current row of each contest it changes.
CREATE UNIQUE INDEX ux_draws_current ON draws (contest) WHERE valid_to IS NULL;
