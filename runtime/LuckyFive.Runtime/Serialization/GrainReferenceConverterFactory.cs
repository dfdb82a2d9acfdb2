using System.Text.Json;
using System.Text.Json.Serialization;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Serializes grain references as their grain id and re-creates them, bound to the local runtime, on read.</summary>
internal sealed class GrainReferenceConverterFactory(GrainSerializer owner) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsInterface && typeof(IAddressable).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), owner)!;

    private sealed class Converter<T>(GrainSerializer owner) : JsonConverter<T>
        where T : class
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            var id = GrainId.Parse(reader.GetString()!);
            var factory = owner.ReferenceFactory ?? throw new InvalidOperationException("Grain references cannot be read outside a runtime.");
            return (T)factory(typeToConvert, id);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (value is not IAddressable addressable)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStringValue(addressable.GetGrainId().ToString());
        }
    }
}
