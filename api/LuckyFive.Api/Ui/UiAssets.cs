using System.Collections.Frozen;
using System.Security.Cryptography;

namespace LuckyFive.Api.Ui;

/// <summary>
/// The pages' stylesheet and script, written for LuckyFive and embedded in the assembly: no third-party code, nothing
/// to deploy beside the binary. Served with a strong ETag, so a browser revalidates them with a 304.
/// </summary>
internal static class UiAssets
{
    public const string StylesheetPath = "/ui/assets/site.css";

    public const string ScriptPath = "/ui/assets/live.js";

    public const string IconPath = "/ui/assets/favicon.svg";

    private static readonly FrozenDictionary<string, Asset> s_assets = new Dictionary<string, Asset>(StringComparer.Ordinal)
    {
        ["site.css"] = Load("site.css", "text/css; charset=utf-8"),
        ["live.js"] = Load("live.js", "text/javascript; charset=utf-8"),
        ["favicon.svg"] = Load("favicon.svg", "image/svg+xml"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void MapUiAssets(this IEndpointRouteBuilder ui) =>
        ui.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!s_assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: asset.ETag);
        }).AllowAnonymous();

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(UiAssets).Assembly.GetManifestResourceStream($"LuckyFive.Api.Ui.Assets.{name}")
            ?? throw new InvalidOperationException($"The page asset '{name}' is not embedded in the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var content = memory.ToArray();
        var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
        return new Asset(content, contentType, tag);
    }

    private sealed record Asset(byte[] Content, string ContentType, Microsoft.Net.Http.Headers.EntityTagHeaderValue ETag);
}
