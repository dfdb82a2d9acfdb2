using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Sweeps;

/// <summary>
/// One swept parameter. Grid kinds carry their validated <see cref="Values"/>; random kinds carry bounds and draw
/// a value per sample from a uniform u in [0, 1).
/// </summary>
internal sealed record SweptParameter(ParameterSpec Spec, GeneratorKind Kind, IReadOnlyList<double> Values, double Min, double Max)
{
    public string Name => Spec.Name;

    public bool IsRandom => Kind is GeneratorKind.RandomUniform or GeneratorKind.LogUniform;

    public double Draw(double u)
    {
        var value = Kind == GeneratorKind.LogUniform
            ? Math.Exp(Math.Log(Min) + u * (Math.Log(Max) - Math.Log(Min)))
            : Min + u * (Max - Min);

        // exp/log can land a hair outside [Min, Max]; integer parameters take the nearest whole number.
        value = Math.Clamp(value, Min, Max);
        return Spec.IsInteger ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
    }
}
