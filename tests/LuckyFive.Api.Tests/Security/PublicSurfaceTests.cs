using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Api.Tests.Security;

/// <summary>
/// What the API exposes: every endpoint says who may call it, the OpenAPI document describes every endpoint not
/// deliberately left out, with the API key's schemes, and the interactive reference is served. These cover endpoints
/// added later too.
/// </summary>
[Collection(SecuredApiTests.Name)]
public sealed partial class PublicSurfaceTests(SecuredApiFixture fixture)
{
    private IEnumerable<RouteEndpoint> Endpoints =>
        fixture.Api.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    [Fact]
    public void EveryEndpoint_EitherNeedsAPolicyOrIsMarkedAnonymous()
    {
        var undeclared = Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToArray();

        Assert.NotEmpty(Endpoints);
        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpointNotExcludedFromDescription()
    {
        using var document = JsonDocument.Parse(await fixture.Api.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");

        var described = Endpoints
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: DocumentPath(e), Method: m.ToLowerInvariant())))
            .ToArray();
        var missing = described.Where(d => !paths.TryGetProperty(d.Path, out var item) || !item.TryGetProperty(d.Method, out _)).ToArray();

        Assert.Contains(described, d => d is { Path: "/api/v1/keys", Method: "post" });
        Assert.Empty(missing);
    }

    [Fact]
    public async Task OpenApiDocument_DeclaresTheKeySchemesAndEachProtectedOperationsRoleAndAnswers()
    {
        using var document = JsonDocument.Parse(await fixture.Api.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        var create = document.RootElement.GetProperty("paths").GetProperty("/api/v1/keys").GetProperty("post");

        Assert.Equal("LuckyFive API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("apiKey", schemes.GetProperty("ApiKey").GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("header", schemes.GetProperty("ApiKey").GetProperty("in").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Contains(create.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("ApiKey", out _));
        Assert.Contains("role 'admin'", create.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(create.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("403", out _));
    }

    [Fact]
    public async Task Scalar_NoKey_ServesTheReferenceWithItsScriptsFromThisOrigin()
    {
        using var page = await fixture.Api.Http.GetAsync(new Uri("/scalar/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var script = await fixture.Api.Http.GetAsync(new Uri("/scalar/scalar.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    // The document names a route parameter without its constraint: /api/v1/keys/{id:guid} is /api/v1/keys/{id}.
    private static string DocumentPath(RouteEndpoint endpoint) =>
        "/" + ParameterConstraint().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\??\}")]
    private static partial Regex ParameterConstraint();
}
