using LuckyFive.Hosting;
using Npgsql;

namespace LuckyFive.Api.Security;

/// <summary>The <c>api_keys</c> table (migration 0007), through the process's pool. Every statement is parameterised.</summary>
internal sealed class ApiKeyStore(LuckyFiveDatabase database)
{
    /// <summary>Taken for the bootstrap transaction, so API processes starting together create one admin key, not several.</summary>
    private const long BootstrapLockKey = 0x4C46_4150_494B_4559; // "LFAPIKEY"

    private const string Columns = "id, name, role, created_at, last_used_at, revoked_at";

    public async Task<ApiKey> CreateAsync(string name, string role, byte[] keyHash, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            $"INSERT INTO api_keys (id, name, role, key_hash) VALUES ($1, $2, $3, $4) RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = role });
        command.Parameters.Add(new NpgsqlParameter { Value = keyHash });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Read(reader);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM api_keys ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    /// <summary>Revokes the key (a key revoked before stays revoked at its first time); false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The active key with this hash, if any, noting that it was used.</summary>
    public async Task<VerifiedApiKey?> VerifyAsync(byte[] keyHash, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "UPDATE api_keys SET last_used_at = now() WHERE key_hash = $1 AND revoked_at IS NULL RETURNING id, name, role");
        command.Parameters.Add(new NpgsqlParameter { Value = keyHash });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new VerifiedApiKey(reader.GetGuid(0), reader.GetString(1), reader.GetString(2))
            : null;
    }

    /// <summary>
    /// Adds an admin key with this hash unless an active admin key exists. Concurrent callers queue on a transaction
    /// advisory lock, so only the first adds one.
    /// </summary>
    public async Task<BootstrapOutcome> AddFirstAdminAsync(string name, byte[] keyHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({BootstrapLockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL)", connection, transaction))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                return BootstrapOutcome.AdminExists;
            }
        }

        // A configured key that was revoked keeps its row: it is not brought back.
        await using var insert = new NpgsqlCommand(
            "INSERT INTO api_keys (id, name, role, key_hash) VALUES ($1, $2, 'admin', $3) ON CONFLICT (key_hash) DO NOTHING",
            connection,
            transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        insert.Parameters.Add(new NpgsqlParameter { Value = name });
        insert.Parameters.Add(new NpgsqlParameter { Value = keyHash });
        var added = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return added ? BootstrapOutcome.Added : BootstrapOutcome.KeyRevoked;
    }

    private static ApiKey Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<DateTimeOffset>(3),
        reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5));
}

internal enum BootstrapOutcome
{
    Added,
    AdminExists,
    KeyRevoked,
}
