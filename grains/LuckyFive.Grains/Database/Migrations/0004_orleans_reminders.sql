-- Durable reminders for Orleans' ADO.NET reminder service (Microsoft.Orleans.Reminders.AdoNet) and the seven
-- queries it looks up in OrleansQuery.
--
-- Each silo owns a range of the consistent-hash ring and loads the reminders whose GrainHash falls in it, so
-- (ServiceId, GrainHash) is indexed. Orleans passes hashes as signed integers (the uint hash reinterpreted), and
-- ranges are half-open, (BeginHash, EndHash]; a range whose begin is not below its end wraps around the ring.
-- Version is the reminder's ETag: 0 when first written, +1 on every re-registration.

CREATE TABLE OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(512) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName),
    -- Milliseconds.
    CONSTRAINT CK_OrleansRemindersTable_Period CHECK (Period >= 0),
    CONSTRAINT CK_OrleansRemindersTable_Version CHECK (Version >= 0)
);

CREATE INDEX IX_OrleansRemindersTable_Ring ON OrleansRemindersTable (ServiceId, GrainHash);

COMMENT ON TABLE OrleansRemindersTable IS
    'Durable Orleans reminders: first tick at StartTime, then every Period milliseconds; GrainHash places the row on '
    'the silos'' hash ring; Version is the ETag.';

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Registers a reminder or re-registers it with a new schedule. Answers the row's new Version.
('UpsertReminderRowKey', $sql$
INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = EXCLUDED.StartTime,
    Period = EXCLUDED.Period,
    GrainHash = EXCLUDED.GrainHash,
    Version = r.Version + 1
RETURNING r.Version
$sql$),

-- Every reminder of one grain.
('ReadReminderRowsKey', $sql$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
$sql$),

-- One reminder of one grain; no row if it is not registered.
('ReadReminderRowKey', $sql$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
  AND ReminderName = @ReminderName
$sql$),

-- The reminders in a ring range that does not wrap: BeginHash < GrainHash <= EndHash.
('ReadRangeRows1Key', $sql$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash
  AND GrainHash <= @EndHash
$sql$),

-- The reminders in a ring range that wraps past the largest hash: GrainHash > BeginHash or GrainHash <= EndHash.
-- Orleans picks this query only when BeginHash >= EndHash, so the two halves never overlap; they are written as two
-- index ranges rather than one OR so that both can use the ring index.
('ReadRangeRows2Key', $sql$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash
UNION ALL
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash <= @EndHash
$sql$),

-- Unregisters a reminder if it still has the given Version. Answers 1 if a row was removed, else 0.
('DeleteReminderRowKey', $sql$
WITH removed AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId
      AND ReminderName = @ReminderName
      AND Version = @Version
    RETURNING 1
)
SELECT count(*)::integer FROM removed
$sql$),

-- Removes every reminder of the service (used by Orleans' test hooks).
('DeleteReminderRowsKey', $sql$
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
$sql$);
