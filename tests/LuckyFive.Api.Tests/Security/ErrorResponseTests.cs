using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Security;

/// <summary>Failures answer ProblemDetails that say what went wrong and nothing of the exception: no message, no stack, no SQL.</summary>
[Collection(SecuredApiTests.Name)]
public sealed class ErrorResponseTests(SecuredApiFixture fixture)
{
    private HttpClient Http => fixture.Api.Http;

    [Fact]
    public async Task UnexpectedException_Answers500ProblemWithATraceIdAndNothingOfTheException()
    {
        using var response = await Http.GetAsync(new Uri("/test/throw", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var problem = await AuthenticationTests.ProblemAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("An unexpected error occurred.", problem.RootElement.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("trace_id").GetString()));
        Assert.DoesNotContain("password", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task DatabaseError_Answers500WithoutTheSqlOrTheServerMessage()
    {
        using var response = await Http.GetAsync(new Uri("/test/sql-error", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("no_such_table", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret_column", body, StringComparison.Ordinal);
        Assert.DoesNotContain("42P01", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": 5, \"role\": \"reader\"}", "name")]
    [InlineData("{\"name\": \"ok\", \"role\": [\"admin\"]}", "role")]
    [InlineData("{\"name\": \"unterminated", "name")]
    [InlineData("not json at all", "body")]
    public async Task BodyThatDoesNotFitTheEndpoint_Answers400NamingTheField(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await fixture.Admin.PostAsync(new Uri("/api/v1/keys", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = await AuthenticationTests.ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, problem.RootElement.GetProperty("errors").GetProperty(field).ValueKind);
        Assert.DoesNotContain("CreateKeyRequest", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoBody_WhereJsonIsRequired_Answers400Problem()
    {
        using var content = new StringContent("", Encoding.UTF8, "application/json");
        using var response = await fixture.Admin.PostAsync(new Uri("/api/v1/keys", UriKind.Relative), content);
        using var problem = await AuthenticationTests.ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request needs a JSON body.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task JsonBodyOverOneMiB_WithOrWithoutLength_Answers413Problem(bool sendLength)
    {
        var json = $"{{\"text\": \"{new string('x', 1024 * 1024)}\"}}";
        using var response = await PostAsync("/test/json", Encoding.UTF8.GetBytes(json), sendLength);
        using var problem = await AuthenticationTests.ProblemAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("This endpoint takes bodies of at most 1048576 bytes.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task JsonBodyUnderOneMiB_IsRead()
    {
        var json = $"{{\"text\": \"{new string('x', 1000 * 1000)}\"}}";
        using var response = await PostAsync("/test/json", Encoding.UTF8.GetBytes(json), sendLength: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1000000", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ImportEndpoint_TakesFiveMiBAndRefusesOverFiftyMiB()
    {
        using var accepted = await PostAsync("/test/import", new byte[5 * 1024 * 1024], sendLength: true);
        using var refused = await PostAsync("/test/import", new byte[(50 * 1024 * 1024) + 1], sendLength: true);
        using var problem = await AuthenticationTests.ProblemAsync(refused);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal((5 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("This endpoint takes bodies of at most 52428800 bytes.", problem.RootElement.GetProperty("detail").GetString());
    }

    // "Expect: 100-continue" lets the server refuse a body by its declared length before the client sends it.
    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body, bool sendLength)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.ExpectContinue = true;
        request.Content = sendLength ? new ByteArrayContent(body) : new StreamContent(new MemoryStream(body));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (!sendLength)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        return await Http.SendAsync(request);
    }
}
