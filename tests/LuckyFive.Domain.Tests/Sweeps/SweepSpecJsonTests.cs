using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Sweeps;

namespace LuckyFive.Domain.Tests.Sweeps;

public sealed class SweepSpecJsonTests
{
    private static FieldError SingleError(string json)
    {
        var result = SweepSpecJson.Parse(json);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Parse_ValidSpec_ReadsDefaults()
    {
        var spec = SweepSpecJson.Parse(SweepJson.With("""{"name":"alpha","type":"range","min":0,"max":1,"step":0.1}""")).GetValueOrThrow();

        Assert.Equal("sweep", spec.Name);
        Assert.Equal(42UL, spec.Seed);
        Assert.Equal(1, spec.Replicates);
        Assert.Equal(SweepSpec.DefaultMaxVariations, spec.MaxVariations);
        Assert.Equal(11, spec.VariationBound);
        Assert.Equal(["alpha"], spec.SweptParameters);
    }

    [Fact]
    public void Parse_OverCap_FailsStatingCountAndCap()
    {
        var error = SingleError(SweepJson.With(
            """{"name":"alpha","type":"range","min":0,"max":1,"step":0.01},{"name":"beta","type":"range","min":0,"max":1,"step":0.01}""",
            ""","replicates":2"""));

        Assert.Equal("$", error.Field);
        Assert.Contains("20,402 variations", error.Reason, StringComparison.Ordinal);
        Assert.Contains("10,201 grid combinations", error.Reason, StringComparison.Ordinal);
        Assert.Contains("cap of 10,000", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AstronomicalRange_FailsOnCapWithoutMaterialising()
    {
        var error = SingleError(SweepJson.With("""{"name":"alpha","type":"range","min":0,"max":1,"step":1e-15}"""));

        Assert.Contains("cap of 10,000", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RaisedCap_AcceptsLargerSweep()
    {
        var spec = SweepSpecJson.Parse(SweepJson.With(
            """{"name":"alpha","type":"range","min":0,"max":1,"step":0.01},{"name":"beta","type":"range","min":0,"max":1,"step":0.01}""",
            ""","max_variations":20000""")).GetValueOrThrow();

        Assert.Equal(10_201, spec.VariationBound);
    }

    [Fact]
    public void Parse_RangeBeyondParameterRange_NamesGeneratorAndRange()
    {
        var error = SingleError(SweepJson.With("""{"name":"alpha","type":"range","min":0.5,"max":1.5,"step":0.5}"""));

        Assert.Equal("parameters[0]", error.Field);
        Assert.Equal("produces 1.5, but 'alpha' must be a number in 0..1", error.Reason);
    }

    [Fact]
    public void Parse_FractionalStepForIntegerParameter_IsRejected()
    {
        var error = SingleError(SweepJson.With("""{"name":"sim_prev_max","type":"range","min":100,"max":200,"step":0.5}"""));

        Assert.Equal("parameters[0].step", error.Field);
        Assert.Contains("integer parameter", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExponentialProducingFractionsForIntegerParameter_IsRejected()
    {
        var error = SingleError(SweepJson.With("""{"name":"sim_prev_max","type":"exponential","base":10,"start":-1,"end":2}"""));

        Assert.Equal("parameters[0]", error.Field);
        Assert.Equal("produces 0.1, but 'sim_prev_max' is an integer parameter; every generated value must be an integer in 1..10000",
            error.Reason);
    }

    [Fact]
    public void Parse_DiscreteValueOutOfRange_PointsAtTheValue()
    {
        var error = SingleError(SweepJson.With("""{"name":"sim_preds","type":"discrete","values":[5,10,500]}"""));

        Assert.Equal("parameters[0].values[2]", error.Field);
        Assert.Equal("must be an integer in 1..100, got 500", error.Reason);
    }

    [Theory]
    [InlineData("""{"name":"nope","type":"discrete","values":[1]}""", "parameters[0].name")]
    [InlineData("""{"name":"alpha","type":"grid","values":[1]}""", "parameters[0].type")]
    [InlineData("""{"name":"alpha","type":"discrete","values":[]}""", "parameters[0].values")]
    [InlineData("""{"name":"alpha","type":"discrete","values":[0.1],"step":1}""", "parameters[0].step")]
    [InlineData("""{"name":"alpha","type":"range","min":0,"max":1,"step":0}""", "parameters[0].step")]
    [InlineData("""{"name":"alpha","type":"range","min":1,"max":0,"step":0.1}""", "parameters[0].max")]
    [InlineData("""{"name":"alpha","type":"exponential","base":0,"start":0,"end":1}""", "parameters[0].base")]
    [InlineData("""{"name":"alpha","type":"exponential","base":2,"start":0.5,"end":1}""", "parameters[0].start")]
    [InlineData("""{"name":"alpha","type":"range","min":0,"step":0.1}""", "parameters[0].max")]
    public void Parse_BadGenerator_NamesTheField(string generator, string field)
    {
        Assert.Equal(field, SingleError(SweepJson.With(generator)).Field);
    }

    [Fact]
    public void Parse_RandomGeneratorWithoutSamples_RequiresSamples()
    {
        var error = SingleError(SweepJson.With("""{"name":"alpha","type":"random_uniform","min":0,"max":1}"""));

        Assert.Equal("samples", error.Field);
    }

    [Fact]
    public void Parse_SamplesWithoutRandomGenerator_IsRejected()
    {
        var error = SingleError(SweepJson.With("""{"name":"alpha","type":"discrete","values":[0.1]}""", ""","samples":5"""));

        Assert.Equal("samples", error.Field);
    }

    [Theory]
    [InlineData("""{"name":"lambda","type":"log_uniform","min":0,"max":1}""", "parameters[0].min")]
    [InlineData("""{"name":"alpha","type":"random_uniform","min":0,"max":2}""", "parameters[0].max")]
    [InlineData("""{"name":"alpha","type":"random_uniform","min":0.9,"max":0.1}""", "parameters[0].max")]
    public void Parse_BadRandomBounds_NamesTheField(string generator, string field)
    {
        Assert.Equal(field, SingleError(SweepJson.With(generator, ""","samples":3""")).Field);
    }

    [Fact]
    public void Parse_SameParameterTwice_IsRejected()
    {
        var error = SingleError(SweepJson.With(
            """{"name":"alpha","type":"discrete","values":[0.1]},{"name":"alpha","type":"discrete","values":[0.2]}"""));

        Assert.Equal("parameters[1].name", error.Field);
        Assert.Contains("already swept by parameters[0]", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"ratio","parameters":["alpha"],"value":1}""", "constraints[0].parameters")]
    [InlineData("""{"type":"sum","parameters":["alpha","ghost"],"value":1}""", "constraints[0].parameters[1]")]
    [InlineData("""{"type":"max","parameters":["alpha"],"value":1,"tolerance":0.1}""", "constraints[0].tolerance")]
    [InlineData("""{"type":"between","parameters":["alpha"],"value":1}""", "constraints[0].type")]
    [InlineData("""{"type":"sum","parameters":["alpha"],"value":1,"tolerance":-1}""", "constraints[0].tolerance")]
    [InlineData("""{"type":"min","parameters":["alpha"]}""", "constraints[0].value")]
    public void Parse_BadConstraint_NamesTheField(string constraint, string field)
    {
        var error = SingleError(SweepJson.With("""{"name":"alpha","type":"discrete","values":[0.1]}""", $$""","constraints":[{{constraint}}]"""));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Parse_InvalidBaseRecipe_PrefixesItsErrors()
    {
        var json = """{"version":1,"name":"s","base_recipe":{"version":1,"name":"b","strategy":"hybrid","seed":1,"parameters":{"alpha":3}}"""
                   + ""","parameters":[{"name":"beta","type":"discrete","values":[0.1]}]}""";

        Assert.Equal("base_recipe.parameters.alpha", SingleError(json).Field);
    }

    [Fact]
    public void Parse_UnknownTopLevelFieldAndVersion_AreRejected()
    {
        var result = SweepSpecJson.Parse(SweepJson.With("""{"name":"alpha","type":"discrete","values":[0.1]}""", ""","cap":5""")
            .Replace("\"version\":1,\"name\":\"sweep\"", "\"version\":2,\"name\":\"sweep\"", StringComparison.Ordinal));

        Assert.Equal(["cap", "version"], result.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void Parse_MalformedJson_ReportsPosition()
    {
        var error = SingleError("""{"version":1,""");

        Assert.Equal("$", error.Field);
        Assert.StartsWith("malformed JSON at line 1", error.Reason, StringComparison.Ordinal);
    }
}
