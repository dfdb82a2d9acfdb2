using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace LuckyFive.Cli;

/// <summary>
/// Options holding a whole number, parsed here so that a wrong value is reported in words
/// ("must be a whole number, got '2.5'") instead of with a .NET type name.
/// </summary>
internal static class WholeNumberOption
{
    public static Option<T?> Create<T>(string name, string description)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T> => new(name)
        {
            Description = description,
            CustomParser = Parse<T>,
        };

    private static T? Parse<T>(ArgumentResult result)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var range = $"{T.MinValue.ToString(null, CultureInfo.InvariantCulture)}..{T.MaxValue.ToString(null, CultureInfo.InvariantCulture)}";
        var shape = text.Length > 0 && text.TrimStart('-', '+').All(char.IsAsciiDigit) && text.Any(char.IsAsciiDigit)
            ? $"must be a whole number in {range}"
            : "must be a whole number";
        result.AddError($"{shape}, got '{text}'");
        return null;
    }
}
