using System.Globalization;

namespace LuckyFive.Cli;

/// <summary>
/// How a report writes numbers: one style for counts, decimals, percentages and money throughout, chosen with
/// <c>--culture</c> (pt-BR by default). The styles are spelled out here rather than taken from ICU culture data:
/// the build runs with invariant globalization, and a report must read the same on every machine
/// (docs/decisions/0006-cli-contract.md).
/// </summary>
internal sealed class NumberStyle
{
    private readonly NumberFormatInfo _format;

    private NumberStyle(string name, string group, string decimalSeparator, int percentPositive, int percentNegative)
    {
        Name = name;
        _format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        _format.NumberGroupSeparator = _format.PercentGroupSeparator = group;
        _format.NumberDecimalSeparator = _format.PercentDecimalSeparator = decimalSeparator;
        _format.PercentPositivePattern = percentPositive;
        _format.PercentNegativePattern = percentNegative;
    }

    /// <summary>Brazilian Portuguese: 6.382 · 0,295 · -85,09 % · R$ 159.780,00.</summary>
    public static NumberStyle PortugueseBrazil { get; } = new("pt-BR", ".", ",", percentPositive: 0, percentNegative: 0);

    /// <summary>US English: 6,382 · 0.295 · -85.09% · R$ 159,780.00.</summary>
    public static NumberStyle EnglishUnitedStates { get; } = new("en-US", ",", ".", percentPositive: 1, percentNegative: 1);

    public static IReadOnlyList<NumberStyle> All { get; } = [PortugueseBrazil, EnglishUnitedStates];

    public string Name { get; }

    public static NumberStyle? Find(string name) =>
        All.FirstOrDefault(style => string.Equals(style.Name, name.Trim().Replace('_', '-'), StringComparison.OrdinalIgnoreCase));

    public string Count(long value) => value.ToString("N0", _format);

    public string Fixed(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _format);

    public string Significant(double value) => value.ToString("G3", _format);

    public string Percent(double ratio) => ratio.ToString("P2", _format);

    /// <summary>Centavos of real as money: "R$ 1.234,56", "-R$ 0,50".</summary>
    public string Money(long cents)
    {
        var sign = cents < 0 ? "-" : "";
        return $"{sign}R$ {(Math.Abs((decimal)cents) / 100).ToString("N2", _format)}";
    }
}
