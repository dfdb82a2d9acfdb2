using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Checks at start-up that every type crossing a grain call or stored as grain state can make the round trip
/// through System.Text.Json, so a bad type fails the silo with its name instead of failing on first call.
/// </summary>
internal sealed class SerializabilityValidator(GrainSerializer serializer)
{
    private readonly HashSet<Type> _checked = [];

    public void ValidateInterface(GrainInterfaceMetadata metadata)
    {
        foreach (var method in metadata.Methods)
        {
            for (var i = 0; i < method.ParameterTypes.Length; i++)
            {
                if (i != method.CancellationTokenIndex)
                {
                    Validate(method.ParameterTypes[i], $"parameter {i} of {metadata.Name}.{method.Name}");
                }
            }

            if (method.ResultType != typeof(void))
            {
                Validate(method.ResultType, $"the result of {metadata.Name}.{method.Name}");
            }
        }
    }

    public void Validate(Type type, string usage)
    {
        var problem = FindProblem(type, depth: 0);
        if (problem is not null)
        {
            throw new GrainSerializationException($"Type '{GrainSerializer.Describe(type)}', used as {usage}, cannot be serialized: {problem}");
        }
    }

    private string? FindProblem(Type type, int depth)
    {
        if (depth > 32 || TypeCopyPolicy.IsImmutable(type) || !_checked.Add(type))
        {
            return null;
        }

        if (type == typeof(object))
        {
            return "System.Object cannot be read back as its original type; use a concrete type.";
        }

        if (typeof(Delegate).IsAssignableFrom(type) || type.IsPointer || type.IsByRef || typeof(MemberInfo).IsAssignableFrom(type))
        {
            return $"'{GrainSerializer.Describe(type)}' is not data.";
        }

        JsonTypeInfo info;
        try
        {
            info = serializer.Options.GetTypeInfo(type);
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return exception.Message;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                return info.ElementType is { } element ? Nested(element, depth) : null;
            case JsonTypeInfoKind.Dictionary:
                return (info.KeyType is { } key ? Nested(key, depth) : null) ?? (info.ElementType is { } value ? Nested(value, depth) : null);
            case JsonTypeInfoKind.Object:
                if ((type.IsInterface || type.IsAbstract) && info.PolymorphismOptions is null)
                {
                    return $"'{GrainSerializer.Describe(type)}' is abstract and has no polymorphism configured.";
                }

                if (info.CreateObject is null && info.ConstructorAttributeProvider is null && !type.IsValueType)
                {
                    return $"'{GrainSerializer.Describe(type)}' has no constructor System.Text.Json can use.";
                }

                foreach (var property in info.Properties)
                {
                    if (Nested(property.PropertyType, depth) is { } problem)
                    {
                        return $"property '{property.Name}': {problem}";
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private string? Nested(Type type, int depth) => FindProblem(type, depth + 1);
}
