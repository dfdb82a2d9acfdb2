namespace LuckyFive.Runtime.Postgres.Hosting;

/// <summary>Where the runtime's PostgreSQL tables live.</summary>
public sealed class PostgresOptions
{
    /// <summary>An Npgsql connection string, e.g. <c>Host=127.0.0.1;Port=5432;Username=luckyfive;Database=luckyfive</c>. Required.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply the embedded migrations when the silo starts (default true). Off only when a deployment migrates separately.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
