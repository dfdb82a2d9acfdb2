using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>
/// Serializes what crosses grain calls (arguments, results, exceptions, request context) and grain state,
/// with System.Text.Json. One instance per silo or client, because grain references read back are bound to it.
/// </summary>
public sealed partial class GrainSerializer
{
    /// <summary>Creates a serializer with the given options.</summary>
    public GrainSerializer(IOptions<SerializationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine([.. settings.TypeInfoResolvers, new DefaultJsonTypeInfoResolver()]),
        };
        Options.Converters.Add(new GrainReferenceConverterFactory(this));
        settings.Configure?.Invoke(Options);
        Options.MakeReadOnly();
    }

    /// <summary>The serializer options in use.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>Creates grain references when reading them (set by the runtime that owns this serializer).</summary>
    internal Func<Type, GrainId, object>? ReferenceFactory { get; set; }

    /// <summary>Serializes a value of the given declared type.</summary>
    public byte[] Serialize(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, type, Options);
        }
        catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw new GrainSerializationException($"A value of type '{Describe(value?.GetType() ?? type)}' could not be serialized: {exception.Message}", exception);
        }
    }

    /// <summary>Deserializes a value of the given declared type.</summary>
    public object? Deserialize(ReadOnlySpan<byte> data, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        try
        {
            return JsonSerializer.Deserialize(data, type, Options);
        }
        catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw new GrainSerializationException($"A value of type '{Describe(type)}' could not be deserialized: {exception.Message}", exception);
        }
    }

    internal byte[] SerializeArguments(GrainMethodMetadata method, object?[] arguments)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < method.ParameterTypes.Length; i++)
            {
                if (i == method.CancellationTokenIndex)
                {
                    writer.WriteNullValue();
                    continue;
                }

                try
                {
                    JsonSerializer.Serialize(writer, arguments[i], method.ParameterTypes[i], Options);
                }
                catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
                {
                    var type = arguments[i]?.GetType() ?? method.ParameterTypes[i];
                    throw new GrainSerializationException(
                        $"Argument {i} of {method.Interface.Name}.{method.Name}, of type '{Describe(type)}', could not be serialized: {exception.Message}", exception);
                }
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    internal object?[] DeserializeArguments(GrainMethodMetadata method, byte[] body)
    {
        var arguments = new object?[method.ParameterTypes.Length];
        var reader = new Utf8JsonReader(body);
        reader.Read();
        for (var i = 0; i < arguments.Length; i++)
        {
            reader.Read();
            if (i == method.CancellationTokenIndex)
            {
                continue;
            }

            try
            {
                arguments[i] = JsonSerializer.Deserialize(ref reader, method.ParameterTypes[i], Options);
            }
            catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
            {
                throw new GrainSerializationException(
                    $"Argument {i} of {method.Interface.Name}.{method.Name}, of type '{Describe(method.ParameterTypes[i])}', could not be deserialized: {exception.Message}",
                    exception);
            }
        }

        return arguments;
    }

    /// <summary>Copies arguments for a call inside one silo; immutable values are passed by reference.</summary>
    internal object?[] CopyArguments(GrainMethodMetadata method, object?[] arguments)
    {
        if (method.AllArgumentsImmutable)
        {
            return arguments;
        }

        object?[]? copy = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is { } value && !TypeCopyPolicy.IsImmutable(method.ParameterTypes[i]) && !TypeCopyPolicy.IsImmutable(value.GetType()))
            {
                copy ??= (object?[])arguments.Clone();
                var type = method.ParameterTypes[i];
                try
                {
                    copy[i] = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(value, type, Options), type, Options);
                }
                catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
                {
                    throw new GrainSerializationException(
                        $"Argument {i} of {method.Interface.Name}.{method.Name}, of type '{Describe(value.GetType())}', could not be serialized: {exception.Message}", exception);
                }
            }
        }

        return copy ?? arguments;
    }

    /// <summary>Copies a result for a call inside one silo; immutable values are passed by reference.</summary>
    internal object? CopyResult(Type type, object? value)
    {
        if (value is null || TypeCopyPolicy.IsImmutable(type) || TypeCopyPolicy.IsImmutable(value.GetType()))
        {
            return value;
        }

        return Deserialize(Serialize(value, type), type);
    }

    internal static string Describe(Type type) => type.FullName ?? type.Name;
}
