using System.Net.Http.Headers;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// Every JSON request body in the OpenAPI document has an example, and each example, sent as it is, is accepted. A path
/// with an id (<c>PUT /things/{id}</c>) is sent to the resource an earlier example created (<c>POST /things</c>); an
/// example naming <c>simulation_ids</c> (a comparison) is sent with the ids of two simulations this test ran to
/// completion, since only existing, completed simulations are accepted there.
/// </summary>
public sealed class OpenApiExamplesTests(DocumentedApiFixture api) : IClassFixture<DocumentedApiFixture>
{
    [Fact]
    public async Task EveryJsonRequestBody_HasAnExampleTheEndpointAccepts()
    {
        using var client = new HttpClient { BaseAddress = api.Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", DocumentedApiFixture.AdminKey);
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var problems = new List<string>();
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedBodies = 0;
        string[]? completed = null;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("requestBody", out var body)
                    || !body.GetProperty("content").TryGetProperty("application/json", out var json))
                {
                    continue;
                }

                checkedBodies++;
                if (!json.TryGetProperty("example", out var example))
                {
                    problems.Add($"{operation.Name.ToUpperInvariant()} {path.Name}: no example");
                    continue;
                }

                var target = path.Name;
                if (target.IndexOf("/{", StringComparison.Ordinal) is var id and > 0)
                {
                    if (!created.TryGetValue(target[..id], out var location))
                    {
                        problems.Add($"{operation.Name.ToUpperInvariant()} {path.Name}: no earlier example created a resource to send it to");
                        continue;
                    }

                    target = location + target[target.IndexOf('}', id)..][1..];
                }

                var sent = example.GetRawText();
                if (example.ValueKind == JsonValueKind.Object && example.TryGetProperty("simulation_ids", out _))
                {
                    completed ??= await CompletedSimulationsAsync(client);
                    var withIds = JsonNode.Parse(sent)!.AsObject();
                    withIds["simulation_ids"] = new JsonArray([.. completed.Select(id => JsonValue.Create(id))]);
                    sent = withIds.ToJsonString();
                }

                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), target)
                {
                    Content = new StringContent(sent, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
                };
                using var response = await client.SendAsync(request);
                if (response.Headers.Location is { } resource)
                {
                    created[path.Name.TrimEnd('/')] = resource.OriginalString;
                }

                if (!response.IsSuccessStatusCode)
                {
                    problems.Add($"{operation.Name.ToUpperInvariant()} {path.Name}: its example answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(checkedBodies >= 3, $"only {checkedBodies} JSON request bodies in the document");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static async Task<string[]> CompletedSimulationsAsync(HttpClient client)
    {
        var ids = new List<string>();
        foreach (var seed in new[] { 1, 2 })
        {
            using var submitted = await client.PostAsJsonAsync(
                "/api/v1/simulations", new { recipe = new { strategy = "random", seed }, from_contest = 6591, to_contest = 6600, tickets = 2 });
            submitted.EnsureSuccessStatusCode();
            ids.Add((await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var deadline = DateTime.UtcNow.AddMinutes(2);
        foreach (var id in ids)
        {
            while ((await client.GetFromJsonAsync<JsonElement>($"/api/v1/simulations/{id}")).GetProperty("state").GetString() != "completed")
            {
                Assert.True(DateTime.UtcNow < deadline, $"simulation {id} did not complete within two minutes");
                await Task.Delay(100);
            }
        }

        return [.. ids];
    }
}
