using LuckyFive.GrainInterfaces.Simulations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// Checking and submitting a <see cref="SimulationRequest"/>, for every endpoint that starts a simulation: the grain's
/// problems are reported under the request's own field names, so every such endpoint names bad fields alike.
/// </summary>
internal static class SimulationSubmission
{
    /// <summary>Submits the request as a new simulation: <c>202</c> with its <c>Location</c>, or <c>400</c> naming each bad field.</summary>
    public static async Task<Results<Accepted<SimulationView>, ValidationProblem>> SubmitAsync(SimulationRequest request, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var spec = request.ToSpec(errors);
        if (spec is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = Guid.CreateVersion7().ToString("N");
        var result = await cluster.GetGrain<ISimulationGrain>(id).SubmitAsync(spec);
        if (result.Outcome != SubmitOutcome.Accepted)
        {
            Report(request, result.Errors, errors);
            return TypedResults.ValidationProblem(errors);
        }

        var view = SimulationView.From(result.Status!);
        return TypedResults.Accepted(view.Links.Self, view);
    }

    /// <summary>
    /// The spec the request would run, checked as a submission is against the current draws (its ledger aside) but not
    /// submitted; null with every problem recorded in <paramref name="errors"/> under the request's field names.
    /// </summary>
    public static async Task<SimulationSpec?> CheckAsync(SimulationRequest request, IClusterClient cluster, Dictionary<string, string[]> errors)
    {
        // The request's own problems apart from any the caller found, which must not stop the request being checked.
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var spec = request.ToSpec(problems);
        if (spec is not null)
        {
            Report(request, await cluster.GetGrain<ISimulationQueryGrain>(0).ValidateAsync(spec), problems);
        }

        foreach (var (field, reasons) in problems)
        {
            errors[field] = reasons;
        }

        return problems.Count > 0 ? null : spec;
    }

    private static void Report(SimulationRequest request, IEnumerable<SpecError> problems, Dictionary<string, string[]> errors)
    {
        foreach (var group in problems.GroupBy(e => request.FieldOf(e.Field), StringComparer.Ordinal))
        {
            errors[group.Key] = [.. group.Select(e => e.Reason)];
        }
    }
}
