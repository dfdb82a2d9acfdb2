using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// Every JSON request body in the OpenAPI document has an example, and each example, sent as it is, is accepted. A path
/// with an id (<c>PUT /things/{id}</c>) is sent to the resource an earlier example created (<c>POST /things</c>).
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

                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), target)
                {
                    Content = new StringContent(example.GetRawText(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
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
}
