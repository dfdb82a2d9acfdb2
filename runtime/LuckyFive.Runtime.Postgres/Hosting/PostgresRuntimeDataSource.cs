using Microsoft.Extensions.Options;
using Npgsql;

namespace LuckyFive.Runtime.Postgres.Hosting;

/// <summary>The one connection pool the PostgreSQL providers of a silo share.</summary>
public sealed class PostgresRuntimeDataSource(IOptions<PostgresOptions> options) : IAsyncDisposable
{
    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(options.Value.ConnectionString));

    /// <summary>The pool, created on first use.</summary>
    public NpgsqlDataSource DataSource => _dataSource.Value;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_dataSource.IsValueCreated)
        {
            await _dataSource.Value.DisposeAsync();
        }
    }
}
