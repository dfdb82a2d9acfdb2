using Npgsql;

namespace LuckyFive.Hosting;

/// <summary>The process's one connection pool to the cluster database, for migrations, readiness and LuckyFive's own tables.</summary>
public sealed class LuckyFiveDatabase(LuckyFiveClusterOptions options) : IAsyncDisposable
{
    private static readonly TimeSpan s_probeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The pool.</summary>
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(options.ConnectionString);

    /// <summary>Null when the database answers a trivial query within 2 s, else why not.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(s_probeTimeout);
            await using var command = DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return null;
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or InvalidOperationException or TimeoutException)
        {
            return $"The database does not answer: {exception.Message}";
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
