-- Grain state for Orleans' ADO.NET grain storage provider (Microsoft.Orleans.Persistence.AdoNet), registered in
-- LuckyFive as storage "Default", and the four queries the provider looks up in OrleansQuery.
--
-- A row is identified by service id, state name, grain key (two 64-bit halves of a Guid or integer key, or a
-- string key / key extension) and the two hashes Orleans computes over them. Note GrainTypeString: the provider
-- passes the *state name* there, not the grain class, so two grain classes with the same state name and key share
-- one row (dotnet/orleans #9737, #8746). LuckyFive keeps state names unique across grain classes for that reason.
--
-- Version is the ETag. A write names the version it read (@GrainStateVersion, NULL when it has never seen a row)
-- and answers the new version; answering nothing or the same version makes Orleans throw InconsistentStateException.
-- The unique key makes two first writes of the same state race safely: exactly one inserts, the other answers nothing.

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
    Version                integer      NOT NULL,

    -- Hashes first: they spread the keys and are what every query filters on before comparing strings.
    CONSTRAINT UQ_OrleansStorage_Grain UNIQUE NULLS NOT DISTINCT
        (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString),
    CONSTRAINT CK_OrleansStorage_Version CHECK (Version >= 1)
);

COMMENT ON TABLE OrleansStorage IS
    'Grain state of the Orleans ADO.NET storage provider. GrainTypeString holds the state name, not the grain class; '
    'Version is the ETag; PayloadBinary is NULL after a clear that keeps the row.';

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- The state, its ETag and when it was written; no row when the state has never been written (or was deleted).
('ReadFromStorageKey', $sql$
SELECT PayloadBinary, ModifiedOn, Version
FROM OrleansStorage
WHERE (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString)
      = (@GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString)
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
$sql$),

-- With a version: replaces the state if the row still has that version. Without one: creates the row at version 1
-- if there is none. Answers the new version as NewGrainStateVersion, or no row when the condition failed.
('WriteToStorageKey', $sql$
WITH updated AS (
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary,
        ModifiedOn = now(),
        Version = Version + 1
    WHERE @GrainStateVersion IS NOT NULL
      AND (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString)
          = (@GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString)
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version
), inserted AS (
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId,
         PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId,
           @PayloadBinary, now(), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT ON CONSTRAINT UQ_OrleansStorage_Grain DO NOTHING
    RETURNING Version
)
SELECT Version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT Version FROM inserted
$sql$),

-- Clear that keeps the row (the provider's default, DeleteStateOnClear = false): drops the payload and bumps the
-- version if the row still has the expected one. Answers the new version, or no row.
('ClearStorageKey', $sql$
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOn = now(),
    Version = Version + 1
WHERE (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString)
      = (@GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString)
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion
$sql$),

-- Clear with DeleteStateOnClear = true: removes the row if it still has the expected version. Answers a version
-- different from the one given (the deleted version + 1) so that Orleans sees success, or no row.
('DeleteStorageKey', $sql$
DELETE FROM OrleansStorage
WHERE (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString)
      = (@GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString)
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion
$sql$);
