using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace LuckyFive.Api;

/// <summary>An endpoint's example request body, shown in the OpenAPI document as the API's JSON writes it.</summary>
internal sealed record RequestExample(object Body);

/// <summary>Puts each endpoint's <see cref="RequestExample"/> on its JSON request body in the OpenAPI document.</summary>
internal sealed class RequestExamples(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().LastOrDefault() is { } example
            && operation.RequestBody?.Content is { } content
            && content.TryGetValue("application/json", out var media))
        {
            media.Example = JsonSerializer.SerializeToNode(example.Body, example.Body.GetType(), json.Value.SerializerOptions);
        }

        return Task.CompletedTask;
    }
}

internal static class RequestExampleExtensions
{
    /// <summary>Documents <paramref name="body"/> as the endpoint's example request (an anonymous object is fine).</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object body) =>
        builder.WithMetadata(new RequestExample(body));
}
