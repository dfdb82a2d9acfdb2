using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LuckyFive.Runtime;

/// <summary>How values crossing grain calls and grain state are serialized (System.Text.Json).</summary>
public sealed class SerializationOptions
{
    /// <summary>
    /// Resolvers consulted before reflection, typically source-generated <c>JsonSerializerContext</c>s for the
    /// application's message and state types.
    /// </summary>
    public IList<IJsonTypeInfoResolver> TypeInfoResolvers { get; } = [];

    /// <summary>Further adjustments to the serializer options.</summary>
    public Action<JsonSerializerOptions>? Configure { get; set; }
}
