using System.Globalization;
using LuckyFive.Domain.Draws;

namespace LuckyFive.Cli;

/// <summary>A history as the short results CSV (contest, date, five numbers): what the importers read back unchanged.</summary>
internal static class DemoCsv
{
    public static void Write(DrawHistory history, TextWriter output)
    {
        output.WriteLine("contest,date,n1,n2,n3,n4,n5");
        foreach (var draw in history.Draws)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{draw.Contest},{draw.Date:yyyy-MM-dd},{string.Join(",", draw.Numbers.ToArray())}"));
        }
    }
}
