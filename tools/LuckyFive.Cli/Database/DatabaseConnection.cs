using System.Net.Sockets;
using LuckyFive.Grains.Database;
using Npgsql;

namespace LuckyFive.Cli.Database;

/// <summary>
/// The cluster database the <c>db</c> commands work on: <c>--connection</c>, else <c>$LUCKYFIVE_CONNECTION</c>, else
/// <c>$LuckyFive__ConnectionString</c> (the variable the silos and the API read), and what a failure there means.
/// </summary>
internal sealed class DatabaseConnection
{
    public const string Variable = "LUCKYFIVE_CONNECTION";

    public const string ProcessVariable = "LuckyFive__ConnectionString";

    private readonly NpgsqlConnectionStringBuilder _settings;

    private DatabaseConnection(NpgsqlConnectionStringBuilder settings) => _settings = settings;

    /// <summary>Where the database is, for messages: <c>host:port/database</c>; never the password.</summary>
    public string Where => $"{_settings.Host}:{_settings.Port}/{_settings.Database ?? _settings.Username}";

    /// <exception cref="CliException">No connection string is given, or it cannot be read.</exception>
    public static DatabaseConnection From(string? given)
    {
        var text = new[] { given, Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable(ProcessVariable) }
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))
            ?? throw new CliException($"--connection: required; give an Npgsql connection string (Host=…;Database=…) or set {Variable} or {ProcessVariable}");
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--connection: not an Npgsql connection string (Host=…;Database=…): {OneLine(e.Message)}");
        }

        return string.IsNullOrWhiteSpace(settings.Host)
            ? throw new CliException("--connection: names no Host")
            : new DatabaseConnection(settings);
    }

    public NpgsqlDataSource OpenDataSource() => NpgsqlDataSource.Create(_settings.ConnectionString);

    /// <summary>
    /// A failure while working on the database as a CLI error: the server unreachable or silent (3), refusing the
    /// login or the database (4), or a migration or statement failing (5). Null for anything else.
    /// </summary>
    public CliException? Failure(Exception exception) => exception switch
    {
        SchemaMigrationException e => new CliException($"db migrate: {OneLine(e.Message)}", ExitCodes.Failed),
        PostgresException e when e.SqlState.StartsWith("28", StringComparison.Ordinal) || e.SqlState == PostgresErrorCodes.InvalidCatalogName
            => new CliException($"--connection: {Where} refused: {OneLine(e.MessageText)} ({e.SqlState})", ExitCodes.Refused),
        PostgresException e => new CliException($"db migrate: {Where}: {OneLine(e.MessageText)} ({e.SqlState})", ExitCodes.Failed),
        NpgsqlException { InnerException: TimeoutException } => new CliException(
            $"--connection: {Where} did not answer within {_settings.Timeout} s", ExitCodes.Unreachable),
        NpgsqlException e => new CliException(
            $"--connection: cannot reach {Where}: {OneLine((e.InnerException as SocketException ?? e.InnerException ?? e).Message)}", ExitCodes.Unreachable),
        _ => null,
    };

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
