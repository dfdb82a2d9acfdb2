namespace LuckyFive.Domain.Strategies;

/// <summary>A tunable parameter: its name in recipes (snake_case), allowed range, default and meaning.</summary>
public sealed record ParameterSpec(string Name, double Min, double Max, double Default, bool IsInteger, string Description)
{
    public bool Allows(double value) =>
        double.IsFinite(value) && value >= Min && value <= Max && (!IsInteger || Math.Floor(value) == value);

    public string RangeText => IsInteger ? $"an integer in {Min}..{Max}" : $"a number in {Min}..{Max}";
}
