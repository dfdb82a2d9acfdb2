using Microsoft.AspNetCore.Http.Metadata;

namespace LuckyFive.Api.Security;

/// <summary>
/// How large a request body may be: <see cref="JsonBytes"/> everywhere (Kestrel's limit), <see cref="ImportBytes"/>
/// on endpoints marked with <see cref="WithImportBodyLimit{TBuilder}"/>. Endpoint routing applies the marker before
/// the body is read; a larger body answers 413 ProblemDetails.
/// </summary>
public static class BodyLimits
{
    /// <summary>1 MiB: the most any JSON request needs.</summary>
    public const long JsonBytes = 1024 * 1024;

    /// <summary>50 MiB: a whole draw history as a workbook or CSV.</summary>
    public const long ImportBytes = 50 * 1024 * 1024;

    /// <summary>Lets this endpoint (or group) take bodies up to <see cref="ImportBytes"/>, for file imports.</summary>
    public static TBuilder WithImportBodyLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new BodyLimit(ImportBytes));
    }

    internal sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
