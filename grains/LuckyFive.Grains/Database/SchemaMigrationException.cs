namespace LuckyFive.Grains.Database;

/// <summary>The database schema cannot be brought up to date safely (for example, an applied script was edited).</summary>
public sealed class SchemaMigrationException : Exception
{
    /// <summary>Creates the exception with a message that names the migration and the problem.</summary>
    public SchemaMigrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SchemaMigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public SchemaMigrationException()
    {
    }
}
