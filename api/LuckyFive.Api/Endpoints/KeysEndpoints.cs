using LuckyFive.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>API keys: create (the key is shown once), list (never the key or its hash) and revoke. Admin only.</summary>
internal static class KeysEndpoints
{
    public const int MaxNameLength = 100;

    public static RouteGroupBuilder MapKeysEndpoints(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/keys").WithTags("Keys").RequireAuthorization(ApiPolicies.Admin);
        keys.MapPost("/", CreateAsync).WithName("CreateKey").WithSummary("Creates a key; the answer is the only time the key is shown.")
            .WithRequestExample(new { Name = "nightly runs", Role = "runner" });
        keys.MapGet("/", ListAsync).WithName("ListKeys").WithSummary("Every key, revoked ones included, without the keys themselves.");
        keys.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeKey")
            .WithSummary("Revokes a key; other API processes stop accepting it within LuckyFive:Api:KeyCacheSeconds.");
        return keys;
    }

    internal static async Task<Results<Created<CreatedKey>, ValidationProblem>> CreateAsync(
        CreateKeyRequest request, ApiKeyStore store, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var secret = ApiKeySecret.New();
        var key = await store.CreateAsync(request.Name!, request.Role!, ApiKeySecret.Hash(secret), cancellationToken);
        return TypedResults.Created($"/api/v1/keys/{key.Id}", new CreatedKey(key.Id, key.Name, key.Role, key.CreatedAt, secret));
    }

    internal static async Task<Ok<KeyView[]>> ListAsync(ApiKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(KeyView.From).ToArray());

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, ApiKeyStore store, ApiKeyCache cache, CancellationToken cancellationToken)
    {
        if (!await store.RevokeAsync(id, cancellationToken))
        {
            return TypedResults.Problem($"No API key has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "No such key.");
        }

        cache.Remove(id);
        return TypedResults.NoContent();
    }

    private static Dictionary<string, string[]> Validate(CreateKeyRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["A name is required: say whose key it is or what it is for."];
        }
        else if (request.Name.Length > MaxNameLength)
        {
            errors["name"] = [$"A name is at most {MaxNameLength} characters (got {request.Name.Length})."];
        }
        else if (request.Name.Any(char.IsControl))
        {
            errors["name"] = ["A name cannot contain control characters."];
        }

        if (!ApiRoles.IsKnown(request.Role))
        {
            var got = request.Role is { Length: > 0 and <= 32 } role ? $" (got '{role}')" : "";
            errors["role"] = [$"The role must be one of: {string.Join(", ", ApiRoles.All)}{got}."];
        }

        return errors;
    }

    internal sealed record CreateKeyRequest(string? Name, string? Role);

    /// <summary>A new key: <see cref="Key"/> is never shown again.</summary>
    internal sealed record CreatedKey(Guid Id, string Name, string Role, DateTimeOffset CreatedAt, string Key);

    internal sealed record KeyView(Guid Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, bool Active)
    {
        public static KeyView From(ApiKey key) => new(key.Id, key.Name, key.Role, key.CreatedAt, key.LastUsedAt, key.RevokedAt, key.RevokedAt is null);
    }
}
