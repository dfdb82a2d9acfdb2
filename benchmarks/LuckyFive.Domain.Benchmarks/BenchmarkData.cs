using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Benchmarks;

/// <summary>Inputs shared by the benchmarks: the official history (from ../shared beside the repository) and synthetic draws.</summary>
internal static class BenchmarkData
{
    public static DrawHistory OfficialHistory()
    {
        using var stream = File.OpenRead(WorkbookPath);
        return DrawImporter.Import(DrawHistory.Empty, stream).History;
    }

    /// <summary>The official workbook: <c>$LUCKYFIVE_DRAWS</c>, else ../shared/data/quina/Quina.xlsx above the binaries.</summary>
    public static string WorkbookPath => Environment.GetEnvironmentVariable("LUCKYFIVE_DRAWS") ?? FindSharedFile("Quina.xlsx");

    /// <summary>A file of ../shared/data/quina found above the benchmark binaries.</summary>
    public static string SharedQuinaFile(string name) => FindSharedFile(name);

    /// <summary>Uniform draws shaped like the original's benchmark input (200 draws of five numbers).</summary>
    public static NumberSet[] UniformDraws(int count, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var draws = new NumberSet[count];
        for (var i = 0; i < count; i++)
        {
            var set = NumberSet.Empty;
            while (set.Count < Quina.NumbersDrawn)
            {
                set = set.With(random.NextInt(Quina.MaxNumber) + 1);
            }

            draws[i] = set;
        }

        return draws;
    }

    private static string FindSharedFile(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", "quina", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found in shared/data/quina above the benchmark binaries; set LUCKYFIVE_DRAWS for the workbook.");
    }
}
