using LuckyFive.Api.Endpoints;
using LuckyFive.Api.Ui.Charts;
using LuckyFive.Api.Ui.Pages;
using LuckyFive.GrainInterfaces.Comparisons;
using LuckyFive.GrainInterfaces.Simulations;
using LuckyFive.GrainInterfaces.Sweeps;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Ui;

/// <summary>What each page reads from the cluster before it is rendered.</summary>
internal static class UiPages
{
    private const int Recent = 30;
    private const int BestShown = 10;

    public static async Task<RazorComponentResult> OverviewAsync(HttpContext context, IAntiforgery antiforgery, IClusterClient cluster)
    {
        var simulations = await cluster.GetGrain<ISimulationQueryGrain>(0).ListAsync(new SimulationQuery { Limit = Recent });
        var sweeps = await cluster.GetGrain<ISweepQueryGrain>(0).ListAsync(new SweepQuery { Limit = Recent });
        // The rows with bars are exactly what /ui/progress reports, so the page's script can tell what is new.
        var (activeSimulations, activeSweeps) = await ActiveAsync(cluster);
        return new RazorComponentResult<OverviewScreen>(new
        {
            Viewer = UiEndpoints.Viewer(context, antiforgery),
            Active = activeSimulations,
            ActiveSweeps = activeSweeps,
            Finished = simulations.Items.Select(SimulationView.From).Where(v => v.Summary is not null).ToArray(),
            Sweeps = sweeps.Items.Select(SweepView.From).ToArray(),
        });
    }

    public static async Task<RazorComponentResult> SimulationAsync(
        string id, HttpContext context, IAntiforgery antiforgery, IClusterClient cluster, FinalSimulationViews views)
    {
        var viewer = UiEndpoints.Viewer(context, antiforgery);
        if (await views.GetAsync(id) is not { } simulation)
        {
            return Message(viewer, "No such simulation", $"No simulation has id '{id}'.", StatusCodes.Status404NotFound);
        }

        EquityCurve? equity = null;
        HitComparison? hits = null;
        if (simulation.Summary is { } summary)
        {
            var results = await ResultsAsync(cluster, id);
            equity = results.Count > 0 ? EquityCurve.From(results) : null;
            hits = HitComparison.From(summary, results);
        }

        return new RazorComponentResult<SimulationScreen>(new { Viewer = viewer, Simulation = simulation, Equity = equity, Hits = hits });
    }

    public static async Task<RazorComponentResult> SweepAsync(
        string id, HttpContext context, IAntiforgery antiforgery, IClusterClient cluster, string? metric, string? x)
    {
        var viewer = UiEndpoints.Viewer(context, antiforgery);
        if (await SweepResults.SweepAsync(cluster, id) is not var (status, children, ranking))
        {
            return Message(viewer, "No such sweep", $"No sweep has id '{id}'.", StatusCodes.Status404NotFound);
        }

        var chosen = SimulationMetrics.TryGet(metric, out var named) ? named : SimulationMetrics.All.First(m => m.Name == "roi");
        var parameter = status.Parameters.Contains(x ?? "", StringComparer.Ordinal) ? x! : (status.Parameters.Count > 0 ? status.Parameters[0] : null);
        var scored = SweepResults.BestFirst(children, ranking, chosen);
        var points = parameter is null
            ? []
            : scored.Where(c => c.Child.Parameters.ContainsKey(parameter))
                .Select(c => new ScatterPoint(
                    c.Child.Parameters[parameter],
                    c.Value!.Value,
                    $"#{c.Child.Index}: {parameter}={UiFormat.Number(c.Child.Parameters[parameter])}, {chosen.Name}={UiFormat.Number(c.Value)}",
                    $"/ui/simulations/{Uri.EscapeDataString(c.Child.SimulationId)}"))
                .ToArray();
        var best = scored
            .Take(BestShown)
            .Select(c => SweepChildView.From(c.Child, ranking))
            .ToArray();
        return new RazorComponentResult<SweepScreen>(new
        {
            Viewer = viewer,
            Sweep = SweepView.From(status),
            Metric = chosen,
            Parameter = parameter,
            Points = points,
            Best = best,
            Sample = ranking.Sample,
        });
    }

    public static async Task<RazorComponentResult> LeaderboardAsync(
        HttpContext context, IAntiforgery antiforgery, IClusterClient cluster, string? metric, string? group)
    {
        var chosen = SimulationMetrics.TryGet(metric, out var named) ? named : SimulationMetrics.All.First(m => m.Name == "roi");
        var grouping = group == "recipe" ? LeaderboardGroup.Recipe : LeaderboardGroup.Simulation;
        var page = await cluster.GetGrain<IComparisonQueryGrain>(0).LeaderboardAsync(new LeaderboardQuery
        {
            Metric = chosen.Name,
            Group = grouping,
            Limit = Cursor.DefaultLimit,
        });
        return new RazorComponentResult<LeaderboardScreen>(new
        {
            Viewer = UiEndpoints.Viewer(context, antiforgery),
            Metric = chosen,
            Group = grouping == LeaderboardGroup.Recipe ? "recipe" : "simulation",
            Board = page,
        });
    }

    /// <summary>The progress of every pending or running simulation and sweep, which the overview's bars poll.</summary>
    public static async Task<UiProgress> ProgressAsync(IClusterClient cluster)
    {
        var (simulations, sweeps) = await ActiveAsync(cluster);
        return new UiProgress(
            [.. simulations.Select(v => new UiProgressItem(v.Id, v.State, v.Progress.Percent))],
            [.. sweeps.Select(v => new UiProgressItem(v.Id, v.State, v.Progress.Percent))]);
    }

    public static RazorComponentResult Message(UiViewer? viewer, string title, string message, int status) =>
        new RazorComponentResult<MessageScreen>(new { Viewer = viewer, Title = title, Message = message }) { StatusCode = status };

    // Running first, then pending, up to a page of each; a simulation's figures from its grain, which has the batch
    // just paid (the list is the stored row).
    private static async Task<(SimulationView[] Simulations, SweepView[] Sweeps)> ActiveAsync(IClusterClient cluster)
    {
        var simulations = cluster.GetGrain<ISimulationQueryGrain>(0);
        var active = (await simulations.ListAsync(new SimulationQuery { State = SimulationState.Running, Limit = Cursor.DefaultLimit })).Items
            .Concat((await simulations.ListAsync(new SimulationQuery { State = SimulationState.Pending, Limit = Cursor.DefaultLimit })).Items);
        var live = await Task.WhenAll(active.Select(s => cluster.GetGrain<ISimulationGrain>(s.Id).GetStatusAsync()));
        var sweeps = cluster.GetGrain<ISweepQueryGrain>(0);
        var running = (await sweeps.ListAsync(new SweepQuery { State = SweepState.Running, Limit = Cursor.DefaultLimit })).Items
            .Concat((await sweeps.ListAsync(new SweepQuery { State = SweepState.Pending, Limit = Cursor.DefaultLimit })).Items);
        return ([.. live.OfType<SimulationStatus>().Select(SimulationView.From)], [.. running.Select(SweepView.From)]);
    }

    private static async Task<List<ContestResult>> ResultsAsync(IClusterClient cluster, string id)
    {
        var query = cluster.GetGrain<ISimulationQueryGrain>(0);
        var results = new List<ContestResult>();
        var after = 0;
        while (await query.GetResultsAsync(id, after, Cursor.MaxLimit) is { } page)
        {
            results.AddRange(page.Items);
            if (!page.HasMore || page.Items.Count == 0)
            {
                break;
            }

            after = page.Items[^1].Contest;
        }

        return results;
    }
}

/// <summary>Progress of the work still going, by id, for the pages' live bars.</summary>
internal sealed record UiProgress(IReadOnlyList<UiProgressItem> Simulations, IReadOnlyList<UiProgressItem> Sweeps);

internal sealed record UiProgressItem(string Id, string State, double Percent);
