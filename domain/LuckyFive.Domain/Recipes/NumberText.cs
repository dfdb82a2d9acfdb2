using System.Globalization;

namespace LuckyFive.Domain.Recipes;

/// <summary>Culture-independent number formatting for error messages and names.</summary>
internal static class NumberText
{
    public static string Of(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);
}
