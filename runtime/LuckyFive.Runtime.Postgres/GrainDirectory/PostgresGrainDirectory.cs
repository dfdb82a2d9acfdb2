using LuckyFive.Runtime.Abstractions;
using Npgsql;

namespace LuckyFive.Runtime.Postgres.GrainDirectory;

/// <summary>
/// The cluster's grain directory in PostgreSQL (<c>luckyfive_grain_directory</c>). Registration is "first writer
/// wins": an insert that finds a row already there returns that row, so two silos racing to activate the same
/// grain agree on one activation — unless the membership table says the registered silo is dead, in which case
/// the new registration replaces it in the same statement (no window in which a dead silo keeps a grain).
/// </summary>
public sealed class PostgresGrainDirectory(NpgsqlDataSource dataSource, string clusterId) : IGrainDirectory
{
    private static readonly string Insert = $"""
        INSERT INTO luckyfive_grain_directory AS d (cluster_id, grain_id, silo_address, activation_id)
        VALUES ($1, $2, $3, $4)
        ON CONFLICT (cluster_id, grain_id) DO UPDATE
            SET silo_address = excluded.silo_address, activation_id = excluded.activation_id, registered_at = now()
            WHERE EXISTS (
                SELECT 1 FROM luckyfive_membership m
                WHERE m.cluster_id = d.cluster_id AND m.endpoint || '@' || m.generation = d.silo_address
                  AND m.status = {(int)SiloStatus.Dead})
        """;

    private const string Select = """
        SELECT silo_address, activation_id FROM luckyfive_grain_directory WHERE cluster_id = $1 AND grain_id = $2
        """;

    private const string DeleteActivation = """
        DELETE FROM luckyfive_grain_directory WHERE cluster_id = $1 AND grain_id = $2 AND silo_address = $3 AND activation_id = $4
        """;

    private const string DeleteSilos = """
        DELETE FROM luckyfive_grain_directory WHERE cluster_id = $1 AND silo_address = ANY($2)
        """;

    /// <inheritdoc />
    public async Task<GrainAddress> Register(GrainAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        while (true)
        {
            await using (var insert = dataSource.CreateCommand(Insert))
            {
                AddAddress(insert, address);
                if (await insert.ExecuteNonQueryAsync() == 1)
                {
                    return address;
                }
            }

            // Someone else's row: return it. It can vanish in between (its silo unregistered it); then try again.
            if (await Lookup(address.GrainId) is { } winner)
            {
                return winner;
            }
        }
    }

    /// <inheritdoc />
    public async Task Unregister(GrainAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var command = dataSource.CreateCommand(DeleteActivation);
        AddAddress(command, address);
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async Task<GrainAddress?> Lookup(GrainId grainId)
    {
        await using var command = dataSource.CreateCommand(Select);
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.ToString() });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new GrainAddress(grainId, SiloAddress.Parse(reader.GetString(0)), reader.GetGuid(1))
            : null;
    }

    /// <inheritdoc />
    public async Task UnregisterSilos(IReadOnlyCollection<SiloAddress> siloAddresses)
    {
        ArgumentNullException.ThrowIfNull(siloAddresses);
        if (siloAddresses.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(DeleteSilos);
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        command.Parameters.Add(new NpgsqlParameter { Value = siloAddresses.Select(s => s.ToString()).ToArray() });
        await command.ExecuteNonQueryAsync();
    }

    private void AddAddress(NpgsqlCommand command, GrainAddress address)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        command.Parameters.Add(new NpgsqlParameter { Value = address.GrainId.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = address.SiloAddress.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = address.ActivationId });
    }
}
