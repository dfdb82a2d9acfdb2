using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LuckyFive.Api.Security;

/// <summary>
/// Describes the API key in the OpenAPI document: the two ways to send it as security schemes, and on each operation
/// that needs a key, the requirement, the role it needs and its 401 and 403 answers.
/// </summary>
internal sealed class ApiKeyOpenApi : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string HeaderScheme = "ApiKey";

    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.ApiKeyHeader,
            Description = "An API key (lf_…) in the X-Api-Key header.",
        };
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The same API key as 'Authorization: Bearer <key>'.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || metadata.OfType<IAuthorizeData>().LastOrDefault() is not { } authorize)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        foreach (var scheme in new[] { HeaderScheme, BearerScheme })
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
        }

        var role = authorize.Policy ?? ApiPolicies.Reader;
        operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Needs a key of role '{role}' or stronger." : $"{operation.Description}\n\nNeeds a key of role '{role}' or stronger.";
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No key, or a key that is unknown or revoked." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The key's role is below '{role}'." });
        return Task.CompletedTask;
    }
}
