-- Reminders: due-time rows owned by hash range. grain_hash is the grain id's 32-bit ring hash (stored unsigned in
-- a bigint) so a silo reads the reminders of its range with an index scan. Versions (the ETags) come from one
-- sequence, so a reminder removed and registered again never reuses an ETag a stale caller might still hold.
CREATE SEQUENCE luckyfive_reminder_versions;

CREATE TABLE luckyfive_reminders (
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    grain_hash    bigint      NOT NULL CHECK (grain_hash BETWEEN 0 AND 4294967295),
    start_at      timestamptz NOT NULL,
    period_ms     bigint      NOT NULL CHECK (period_ms > 0),
    version       bigint      NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX luckyfive_reminders_ring ON luckyfive_reminders (service_id, grain_hash);
