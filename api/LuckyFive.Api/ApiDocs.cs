using LuckyFive.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace LuckyFive.Api;

/// <summary>The API's description, open to anyone: the OpenAPI document and Scalar's interactive reference over it.</summary>
internal static class ApiDocs
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/v1.json";

    public const string ReferencePath = "/scalar";

    /// <summary>The document's title and version, and the API key's schemes and requirements.</summary>
    public static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LuckyFive API";
            document.Info.Version = ApiVersion.Current;
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer<ApiKeyOpenApi>();
        options.AddOperationTransformer<ApiKeyOpenApi>();
        options.AddOperationTransformer<RequestExamples>();
    }

    public static void MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("LuckyFive API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes([ApiKeyOpenApi.HeaderScheme]))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
