using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// Sends every request of api/LuckyFive.Api.http, in order, to a live API holding the official draws, with the
/// file's <c>@api</c>, <c>@key</c> and <c>@admin_key</c> set as a reader would set them: each answers the status its
/// <c># expect</c> comment documents, and every endpoint the API maps has a request in the file.
/// </summary>
public sealed class HttpFileTests(DocumentedApiFixture api) : IClassFixture<DocumentedApiFixture>
{
    private static readonly string FilePath = RepositoryFiles.Path("api", "LuckyFive.Api.http");

    [Fact]
    public async Task EveryRequest_AnswersTheStatusItDocuments()
    {
        var file = HttpFile.Read(FilePath);
        file.Set("api", api.Address.ToString().TrimEnd('/'));
        file.Set("key", api.RunnerKey);
        file.Set("admin_key", DocumentedApiFixture.AdminKey);
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };

        var problems = new List<string>();
        foreach (var request in file.Requests)
        {
            if (request.Expect is not { } expected)
            {
                problems.Add($"line {request.Line}: '{request.Title}' documents no '# expect <status>'");
                continue;
            }

            using var response = await file.SendAsync(client, request);
            if ((int)response.StatusCode != expected)
            {
                problems.Add($"line {request.Line}: '{request.Title}' answered {(int)response.StatusCode}, documented {expected}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void File_HasARequestForEveryMappedEndpoint()
    {
        var requested = HttpFile.Read(FilePath).Requests
            .Select(r => (r.Method, Path: Normalize(new Uri(r.Url.Replace("{{api}}", "http://x", StringComparison.Ordinal)).AbsolutePath)))
            .ToHashSet();

        var missing = api.DescribedEndpoints
            .Where(e => !requested.Any(r => r.Method == e.Method && Matches(e.Route, r.Path)))
            .Select(e => $"{e.Method} {e.Route}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "No request for: " + string.Join(", ", missing));
    }

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    // A route's {parameters} match any one segment of the request's path.
    private static bool Matches(string route, string path)
    {
        var routeParts = Normalize(route).Split('/');
        var pathParts = path.Split('/');
        return routeParts.Length == pathParts.Length
            && routeParts.Zip(pathParts).All(p => p.First.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.Ordinal));
    }
}
