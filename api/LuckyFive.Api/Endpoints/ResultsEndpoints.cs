using LuckyFive.Api.Security;
using LuckyFive.GrainInterfaces.Draws;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// The official results the cluster holds: import a workbook or CSV (admin), and read contests, pages of them and
/// number statistics (reader). Reads answer from the serving silo's in-memory history and say which draw version
/// they read.
/// </summary>
internal static class ResultsEndpoints
{
    /// <summary>The multipart form field an import's file is sent in.</summary>
    public const string FileField = "file";

    public static RouteGroupBuilder MapResultsEndpoints(this IEndpointRouteBuilder app)
    {
        var results = app.MapGroup("/api/v1/results").WithTags("Results").RequireAuthorization(ApiPolicies.Reader);
        results.MapPost("/import", ImportAsync).WithName("ImportResults").RequireAuthorization(ApiPolicies.Admin).WithImportBodyLimit()
            .WithSummary("Imports a results workbook (.xlsx) or CSV sent as the multipart field 'file'; answers the import report.");
        results.MapGet("/", ListAsync).WithName("ListResults")
            .WithSummary("Contests newest first, filtered by contest and date, one page at a time (follow next_cursor).");
        results.MapGet("/stats", StatsAsync).WithName("ResultsStats")
            .WithSummary("Per-number frequencies and current gaps, and the 20 most frequent pairs, over a window of contests.");
        results.MapGet("/{contest}", GetAsync).WithName("GetResult")
            .WithSummary("One contest: numbers, date, each tier's winners and prize, jackpot and sales.");
        return results;
    }

    internal static async Task<Results<Ok<DrawImportSummary>, ValidationProblem>> ImportAsync(
        HttpRequest request, IClusterClient cluster, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return FileProblem($"Send the file as multipart/form-data in a field named '{FileField}'.");
        }

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(cancellationToken)).Files.GetFile(FileField);
        }
        catch (InvalidDataException e)
        {
            return FileProblem($"The multipart form cannot be read: {e.Message}");
        }

        if (file is null)
        {
            return FileProblem($"The form has no file in a field named '{FileField}'.");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var outcome = await cluster.GetDrawImportGrain().ImportAsync(content, file.FileName);
        return outcome.Summary is { } summary ? TypedResults.Ok(summary) : FileProblem(outcome.FileProblem!);
    }

    internal static async Task<Results<Ok<ResultsPage>, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters query, IClusterClient cluster)
    {
        var read = new ResultsParameters();
        var fromContest = read.Contest("from_contest", query.FromContest);
        var toContest = read.Contest("to_contest", query.ToContest);
        var fromDate = read.Date("from_date", query.FromDate);
        var toDate = read.Date("to_date", query.ToDate);
        var limit = read.WholeNumber("limit", query.Limit, 1, Cursor.MaxLimit, "a page size") ?? Cursor.DefaultLimit;
        read.Ordered("from_contest", fromContest, "to_contest", toContest);
        read.Ordered("from_date", fromDate, "to_date", toDate);
        var cursor = ResultsCursor.Decode(query.Cursor, read.Errors);

        if (read.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(read.Errors);
        }

        var page = await cluster.GetDrawQueryGrain().GetPageAsync(
            new DrawPageQuery(cursor?.Version, fromContest, toContest, fromDate, toDate, cursor?.BeforeContest, limit));
        if (page is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = [ResultsParameters.BadCursor] });
        }

        var next = page.NextBeforeContest is { } before ? new ResultsCursor(page.Version, before).Encode() : null;
        return TypedResults.Ok(new ResultsPage(page.Version, page.Draws, next));
    }

    internal static async Task<Results<Ok<ResultResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(string contest, IClusterClient cluster)
    {
        var read = new ResultsParameters();
        if (read.Contest("contest", contest) is not { } number)
        {
            return TypedResults.ValidationProblem(read.Errors);
        }

        var lookup = await cluster.GetDrawQueryGrain().GetDrawAsync(number);
        return lookup.Draw is { } draw
            ? TypedResults.Ok(new ResultResponse(lookup.Version, draw))
            : TypedResults.Problem(
                $"Contest {number} is not in the draws (version {lookup.Version}).", statusCode: StatusCodes.Status404NotFound, title: "No such contest.");
    }

    internal static async Task<Results<Ok<DrawStats>, ValidationProblem>> StatsAsync([AsParameters] StatsParameters query, IClusterClient cluster)
    {
        var read = new ResultsParameters();
        var window = read.WholeNumber("window", query.Window, 1, ResultsParameters.MaxContest, "how many contests to count back");
        var fromContest = read.Contest("from_contest", query.FromContest);
        var toContest = read.Contest("to_contest", query.ToContest);
        read.Ordered("from_contest", fromContest, "to_contest", toContest);
        if (query.Window is not null && query.FromContest is not null)
        {
            read.Errors["window"] = ["Give window (with to_contest, or up to the latest contest) or from_contest and to_contest, not both window and from_contest."];
        }

        if (read.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(read.Errors);
        }

        return TypedResults.Ok(await cluster.GetDrawQueryGrain().GetStatsAsync(new DrawStatsQuery(window, fromContest, toContest)));
    }

    private static ValidationProblem FileProblem(string problem) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [FileField] = [problem] },
            detail: problem,
            title: "The file cannot be imported.");

    internal sealed record ListParameters(
        [FromQuery(Name = "from_contest")] string? FromContest,
        [FromQuery(Name = "to_contest")] string? ToContest,
        [FromQuery(Name = "from_date")] string? FromDate,
        [FromQuery(Name = "to_date")] string? ToDate,
        [FromQuery(Name = "limit")] string? Limit,
        [FromQuery(Name = "cursor")] string? Cursor);

    internal sealed record StatsParameters(
        [FromQuery(Name = "window")] string? Window,
        [FromQuery(Name = "from_contest")] string? FromContest,
        [FromQuery(Name = "to_contest")] string? ToContest);

    /// <summary>One page of results; <see cref="NextCursor"/> is null on the last page.</summary>
    internal sealed record ResultsPage(long Version, IReadOnlyList<DrawView> Results, string? NextCursor);

    /// <summary>One contest, with the draw version it was read from.</summary>
    internal sealed record ResultResponse(long Version, DrawView Result);
}
