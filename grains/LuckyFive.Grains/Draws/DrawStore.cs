using System.Diagnostics;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LuckyFive.Grains.Draws;

/// <summary>
/// The versioned draws in PostgreSQL (migration 0005): reads any version, and imports a file as a new version when
/// it inserts or changes at least one contest. Imports are serialised by a transaction-scoped advisory lock, so
/// concurrent imports on any silo each merge against the version the previous one committed.
/// </summary>
internal sealed partial class DrawStore(GrainDatabase database, ILogger<DrawStore> logger)
{
    /// <summary>The advisory lock every draw import holds for its transaction ("LFDRAWS!" folded to 64 bits).</summary>
    public const long ImportLockKey = 0x4C46_4452_4157_5321;

    /// <summary>The longest source file name a version records.</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>The newest version; 0 when nothing was ever imported.</summary>
    public async Task<long> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        return await CurrentVersionAsync(connection, cancellationToken);
    }

    /// <summary>The history as it was at <paramref name="version"/>, or null when there is no such version.</summary>
    public async Task<DrawHistory?> LoadAsync(long version, CancellationToken cancellationToken)
    {
        if (version == 0)
        {
            return DrawHistory.Empty;
        }

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM draw_versions WHERE version = @version", connection);
        exists.Parameters.AddWithValue("version", version);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            return null;
        }

        return await ReadHistoryAsync(connection, version, cancellationToken);
    }

    /// <summary>
    /// Reads a workbook or CSV (<paramref name="format"/> null = detected from the content) and merges it into the
    /// current version with <see cref="DrawImporter.Merge"/>. Only when a contest is inserted or updated does it
    /// write a new version, in one transaction; otherwise nothing is written and the current version is returned.
    /// </summary>
    /// <exception cref="InvalidDataException">The file cannot be read as a whole; the message is meant for the user.</exception>
    public async Task<DrawStoreImport> ImportAsync(Stream content, DrawFileFormat? format, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var watch = Stopwatch.StartNew();
        var parsed = DrawImporter.Read(content, format);
        EnsureStorable(parsed);
        var parseTime = watch.Elapsed;

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", ImportLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await CurrentVersionAsync(connection, cancellationToken);
        var existing = current == 0 ? DrawHistory.Empty : await ReadHistoryAsync(connection, current, cancellationToken);
        var merged = DrawImporter.Merge(existing, parsed);
        if (merged.Report.Inserted + merged.Report.Updated == 0)
        {
            return new DrawStoreImport(merged.Report, current, CreatedVersion: false, merged.History, parsed.Format);
        }

        var version = current + 1;
        var changed = parsed.Draws.Where(d => !existing.TryGet(d.Contest, out var old) || old != d).ToArray();
        await InsertVersionAsync(connection, version, fileName, parsed.Format, merged, cancellationToken);
        await CloseReplacedAsync(connection, version, changed.Where(d => existing.Contains(d.Contest)).Select(d => d.Contest).ToArray(), cancellationToken);
        await using (var copy = await connection.BeginBinaryImportAsync(DrawRows.Copy, cancellationToken))
        {
            foreach (var draw in changed)
            {
                await DrawRows.WriteAsync(copy, draw, version, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogImported(fileName, version, merged.Report, parseTime.TotalMilliseconds, (watch.Elapsed - parseTime).TotalMilliseconds);
        return new DrawStoreImport(merged.Report, version, CreatedVersion: true, merged.History, parsed.Format);
    }

    private static async Task<long> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM draw_versions", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<DrawHistory> ReadHistoryAsync(NpgsqlConnection connection, long version, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(DrawRows.SelectVersion, connection);
        command.Parameters.AddWithValue("version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var draws = new List<Draw>();
        while (await reader.ReadAsync(cancellationToken))
        {
            draws.Add(DrawRows.Read(reader));
        }

        return new DrawHistory(draws);
    }

    private static async Task InsertVersionAsync(
        NpgsqlConnection connection, long version, string fileName, DrawFileFormat format, DrawImportResult merged, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO draw_versions (version, source_file_name, source_format, inserted, updated, unchanged, rejected, empty_rows_skipped, draw_count)
            VALUES (@version, @file, @format, @inserted, @updated, @unchanged, @rejected, @empty, @count)
            """,
            connection);
        var report = merged.Report;
        command.Parameters.AddWithValue("version", version);
        command.Parameters.AddWithValue("file", RecordableFileName(fileName));
        command.Parameters.AddWithValue("format", format == DrawFileFormat.Xlsx ? "xlsx" : "csv");
        command.Parameters.AddWithValue("inserted", report.Inserted);
        command.Parameters.AddWithValue("updated", report.Updated);
        command.Parameters.AddWithValue("unchanged", report.Unchanged);
        command.Parameters.AddWithValue("rejected", report.Rejected);
        command.Parameters.AddWithValue("empty", report.EmptyRowsSkipped);
        command.Parameters.AddWithValue("count", merged.History.Count);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CloseReplacedAsync(NpgsqlConnection connection, long version, int[] contests, CancellationToken cancellationToken)
    {
        if (contests.Length == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("UPDATE draws SET valid_to = @version WHERE valid_to IS NULL AND contest = ANY(@contests)", connection);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.AddWithValue("contests", contests);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The name as sent, without control characters (U+0000 cannot be stored) and at most 255 characters.</summary>
    internal static string RecordableFileName(string fileName)
    {
        var printable = new string([.. fileName.Where(c => !char.IsControl(c))]);
        return printable.Length <= MaxFileNameLength ? printable : printable[..MaxFileNameLength];
    }

    /// <summary>PostgreSQL text cannot hold U+0000; a file whose text does is refused whole rather than altered.</summary>
    private static void EnsureStorable(DrawParseResult parsed)
    {
        foreach (var draw in parsed.Draws)
        {
            if (draw.WinnerLocations.Contains('\0', StringComparison.Ordinal) || draw.Notes.Contains('\0', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The text of contest {draw.Contest} holds a NUL character (U+0000), which cannot be stored.");
            }
        }
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information,
        Message = "Imported {FileName} as draw version {Version}: {Report}; read in {ReadMs:F0} ms, written in {WriteMs:F0} ms")]
    private partial void LogImported(string fileName, long version, DrawImportReport report, double readMs, double writeMs);
}

/// <summary>What <see cref="DrawStore.ImportAsync"/> did.</summary>
/// <param name="Report">The merge against the version that was current when the import took the lock.</param>
/// <param name="Version">The version written, or the current one when nothing changed.</param>
/// <param name="CreatedVersion">Whether a new version was written.</param>
/// <param name="History">The history of <paramref name="Version"/>.</param>
/// <param name="Format">The format the file was read as.</param>
internal sealed record DrawStoreImport(DrawImportReport Report, long Version, bool CreatedVersion, DrawHistory History, DrawFileFormat Format);
