-- Cluster membership for Orleans' ADO.NET clustering provider (Microsoft.Orleans.Clustering.AdoNet): one version
-- row per cluster, one row per silo incarnation, and the nine queries the provider looks up in OrleansQuery.
--
-- The version row is the membership table's only concurrency token. Every insert or update of a silo row states
-- the version it last read (@Version) and succeeds only if the version is still that value, bumping it in the
-- same statement; otherwise it changes nothing and answers 0, which Orleans reads as "lost the race, re-read".
-- Boolean answers are a single integer column: 1 (true) or 0 (false). Timestamps are timestamptz (UTC).

CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId),
    CONSTRAINT CK_OrleansMembershipVersionTable_Version CHECK (Version >= 0)
);

COMMENT ON TABLE OrleansMembershipVersionTable IS
    'One row per Orleans cluster id (DeploymentId): the membership table version, bumped by every membership change.';

CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150)  NOT NULL,
    Address      varchar(45)   NOT NULL,
    Port         integer       NOT NULL,
    Generation   integer       NOT NULL,
    SiloName     varchar(150)  NOT NULL,
    HostName     varchar(150)  NOT NULL,
    Status       integer       NOT NULL,
    ProxyPort    integer       NOT NULL DEFAULT 0,
    SuspectTimes varchar(8000) NULL,
    StartTime    timestamptz   NOT NULL,
    IAmAliveTime timestamptz   NOT NULL,

    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    -- Deleting a cluster's version row removes its silo rows with it (DeleteMembershipTableEntriesKey).
    CONSTRAINT FK_OrleansMembershipTable_Version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE,
    CONSTRAINT CK_OrleansMembershipTable_Port CHECK (Port BETWEEN 1 AND 65535),
    -- 0 = the silo runs no gateway.
    CONSTRAINT CK_OrleansMembershipTable_ProxyPort CHECK (ProxyPort BETWEEN 0 AND 65535),
    -- Orleans.Runtime.SiloStatus: 0 None, 1 Created, 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead.
    CONSTRAINT CK_OrleansMembershipTable_Status CHECK (Status BETWEEN 0 AND 6)
);

COMMENT ON TABLE OrleansMembershipTable IS
    'One row per silo incarnation (address, port, generation) of a cluster; Status 3 = Active, 6 = Dead. '
    'SuspectTimes holds the votes against the silo as "silo,time" pairs separated by "|".';

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Creates the cluster's version row unless it exists. Answers 1 if this call created it.
('InsertMembershipVersionKey', $sql$
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer FROM created
$sql$),

-- Adds a silo row and bumps the version, both or neither: the bump happens only at the expected version and only
-- while no row has the silo's key, and the row is inserted only from a bump. Answers 1 on success.
('InsertMembershipKey', $sql$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable AS v
    SET Version = v.Version + 1,
        Timestamp = now()
    WHERE (v.DeploymentId, v.Version) = (@DeploymentId, @Version)
      AND NOT EXISTS (
          SELECT 1 FROM OrleansMembershipTable AS m
          WHERE (m.DeploymentId, m.Address, m.Port, m.Generation) = (@DeploymentId, @Address, @Port, @Generation))
    RETURNING v.DeploymentId
), inserted AS (
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT b.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, coalesce(@ProxyPort, 0),
           @StartTime, @IAmAliveTime
    FROM bumped AS b
    RETURNING 1
)
SELECT count(*)::integer FROM inserted
$sql$),

-- Changes a silo's status, suspicion votes and heartbeat and bumps the version, both or neither, at the expected
-- version and only if the silo's row exists. Answers 1 on success.
('UpdateMembershipKey', $sql$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable AS v
    SET Version = v.Version + 1,
        Timestamp = now()
    WHERE (v.DeploymentId, v.Version) = (@DeploymentId, @Version)
      AND EXISTS (
          SELECT 1 FROM OrleansMembershipTable AS m
          WHERE (m.DeploymentId, m.Address, m.Port, m.Generation) = (@DeploymentId, @Address, @Port, @Generation))
    RETURNING v.DeploymentId
), changed AS (
    UPDATE OrleansMembershipTable AS m
    SET Status = @Status,
        SuspectTimes = @SuspectTimes,
        IAmAliveTime = @IAmAliveTime
    FROM bumped AS b
    WHERE m.DeploymentId = b.DeploymentId
      AND (m.Address, m.Port, m.Generation) = (@Address, @Port, @Generation)
    RETURNING 1
)
SELECT count(*)::integer FROM changed
$sql$),

-- The periodic heartbeat of one silo. Deliberately no version check and no version bump: heartbeats are not
-- membership changes. Orleans ignores the result.
('UpdateIAmAlivetimeKey', $sql$
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId
  AND (Address, Port, Generation) = (@Address, @Port, @Generation)
$sql$),

-- One silo's row with the cluster's version. The version row drives the join, so the version comes back even when
-- the silo has no row (its silo columns are then NULL, which Orleans reads as "no entry").
('MembershipReadRowKey', $sql$
SELECT v.DeploymentId,
       m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime,
       v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId
      AND (m.Address, m.Port, m.Generation) = (@Address, @Port, @Generation)
WHERE v.DeploymentId = @DeploymentId
$sql$),

-- Every silo row of the cluster, each with the cluster's version; one row of NULL silo columns if it has none.
('MembershipReadAllKey', $sql$
SELECT v.DeploymentId,
       m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime,
       v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId
$sql$),

-- Removes a whole cluster: its version row, and through the cascading foreign key its silo rows.
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM OrleansMembershipVersionTable
WHERE DeploymentId = @DeploymentId
$sql$),

-- The gateways clients may connect to: silos in the given status (Orleans passes Active) that run a gateway.
('GatewaysQueryKey', $sql$
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status = @Status
  AND ProxyPort > 0
$sql$),

-- Housekeeping: forgets rows of silos that are not Active (3) and have not sent a heartbeat since the cut-off.
-- An Active row is never removed here, however old: declaring a silo dead is the membership protocol's job.
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND IAmAliveTime < @IAmAliveTime
  AND Status <> 3
$sql$);
