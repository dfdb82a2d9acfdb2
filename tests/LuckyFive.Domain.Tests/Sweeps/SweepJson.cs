namespace LuckyFive.Domain.Tests.Sweeps;

/// <summary>Builds sweep documents around a fixed hybrid base recipe so each test shows only what it varies.</summary>
internal static class SweepJson
{
    public const string BaseRecipe =
        """{"version":1,"name":"base","strategy":"hybrid","seed":42,"parameters":{"sim_prev_max":100,"sim_preds":5}}""";

    public static string With(string parameters, string extra = "") =>
        $$"""{"version":1,"name":"sweep","base_recipe":{{BaseRecipe}},"parameters":[{{parameters}}]{{extra}}}""";
}
