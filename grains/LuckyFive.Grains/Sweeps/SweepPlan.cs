using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Sweeps;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using LuckyFive.Grains.Simulations;

namespace LuckyFive.Grains.Sweeps;

/// <summary>A checked sweep request: its spec, its variations and each child's simulation spec — or every problem found.</summary>
internal sealed record SweepPlan(
    SweepSpec? Spec,
    IReadOnlyList<SweepVariation> Variations,
    IReadOnlyList<SimulationSpec>? ChildSpecs,
    int? InSampleToContest,
    IReadOnlyList<SpecError> Errors)
{
    public static SweepPlan Make(SweepRequest request, DrawHistory history)
    {
        var errors = SweepRequest.CheckSettings(request.Concurrency, request.Holdout).ToList();
        var parsed = SweepSpecJson.Parse(request.SpecJson);
        errors.AddRange(parsed.Errors.Select(e => new SpecError(e.Field == "$" ? "spec" : $"spec.{e.Field}", e.Reason)));
        if (parsed.Value is not { } spec)
        {
            return Failed(errors);
        }

        // Checked on the bound before constraints, as the spec's own cap is, so the answer does not need the expansion.
        var variations = spec.VariationBound > SweepRequest.MaxChildren ? [] : SweepGenerator.Generate(spec);
        if (spec.VariationBound > SweepRequest.MaxChildren)
        {
            errors.Add(new("spec.max_variations",
                $"the sweep may make up to {spec.VariationBound} children before constraints; one sweep runs at most {SweepRequest.MaxChildren}"));
        }
        else if (variations.Count == 0)
        {
            errors.Add(new("spec.constraints", "no parameter combination satisfies the constraints"));
        }

        var children = variations.Select(v => new SimulationSpec
        {
            Strategy = v.Recipe.Strategy,
            Seed = v.Recipe.Seed,
            Parameters = new Dictionary<string, double>(v.Recipe.Parameters, StringComparer.Ordinal),
            FromContest = request.FromContest,
            ToContest = request.ToContest,
            BatchSize = request.BatchSize,
        }).ToArray();
        var first = children.Length > 0 ? children[0] : new SimulationSpec
        {
            Strategy = spec.BaseRecipe.Strategy,
            Seed = spec.Seed,
            Parameters = spec.BaseRecipe.Parameters,
            FromContest = request.FromContest,
            ToContest = request.ToContest,
            BatchSize = request.BatchSize,
        };

        // Every child shares the range and batch size, and the spec checked their parameters: one child speaks for all.
        var (_, childErrors) = SpecValidator.Validate(first, history);
        errors.AddRange(childErrors.Select(e => e with { Field = e.Field switch { "from" => "from_contest", "to" => "to_contest", var f => f } }));
        var inSampleTo = childErrors.Count == 0 ? InSampleEnd(request, history, errors) : null;
        return errors.Count > 0
            ? Failed(errors)
            : new SweepPlan(spec, variations, [.. children.Select(c => c with { InSampleToContest = inSampleTo })], inSampleTo, []);
    }

    // The last contest ranked in-sample: the range's contests minus the held-out share at its end (at least one each side).
    private static int? InSampleEnd(SweepRequest request, DrawHistory history, List<SpecError> errors)
    {
        if (request.Holdout <= 0 || !double.IsFinite(request.Holdout))
        {
            return null;
        }

        var contests = history.Draws.Select(d => d.Contest).Where(c => c >= request.FromContest && c <= request.ToContest).ToArray();
        var heldOut = (int)Math.Round(contests.Length * request.Holdout, MidpointRounding.AwayFromZero);
        if (heldOut < 1 || heldOut >= contests.Length)
        {
            errors.Add(new("holdout", $"holding out {request.Holdout} of {contests.Length} contests leaves no contest on one side; widen the range or change the share"));
            return null;
        }

        return contests[contests.Length - heldOut - 1];
    }

    private static SweepPlan Failed(List<SpecError> errors) => new(null, [], null, null, errors);
}
