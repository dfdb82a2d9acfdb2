using System.Globalization;

namespace LuckyFive.GrainInterfaces.Comparisons;

/// <summary>
/// Where a leaderboard entry stands, as text: ranked or not, its value and its id (a simulation id or a recipe's
/// key). Pages continue after a key, so entries added meanwhile neither repeat nor push others off a page.
/// </summary>
public static class LeaderboardKey
{
    /// <summary>The key of an entry.</summary>
    public static string Format(bool ranked, double? value, string id) =>
        $"{(ranked ? '0' : '1')}|{value?.ToString("R", CultureInfo.InvariantCulture)}|{id}";

    /// <summary>Reads a key written by <see cref="Format"/>; false for anything else.</summary>
    public static bool TryParse(string? key, out bool ranked, out double? value, out string id)
    {
        ranked = false;
        value = null;
        id = "";
        var parts = key?.Split('|', 3);
        if (parts is not { Length: 3 } || parts[0] is not ("0" or "1") || parts[2].Length == 0)
        {
            return false;
        }

        if (parts[1].Length > 0)
        {
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
            {
                return false;
            }

            value = parsed;
        }

        ranked = parts[0] == "0";
        id = parts[2];
        return true;
    }
}
