using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;
using LuckyFive.Domain.Random;

namespace LuckyFive.Domain.Benchmarks;

/// <summary>Inputs shared by the benchmarks: the official history (from ../shared beside the repository) and synthetic draws.</summary>
internal static class BenchmarkData
{
    public static DrawHistory OfficialHistory()
    {
        var path = Environment.GetEnvironmentVariable("LUCKYFIVE_DRAWS") ?? FindWorkbook();
        using var stream = File.OpenRead(path);
        return DrawImporter.Import(DrawHistory.Empty, stream).History;
    }

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

    private static string FindWorkbook()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", "quina", "Quina.xlsx");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Quina.xlsx not found above the benchmark binaries; set LUCKYFIVE_DRAWS.");
    }
}
