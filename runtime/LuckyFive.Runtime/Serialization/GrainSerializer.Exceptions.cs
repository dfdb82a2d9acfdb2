using System.Reflection;
using System.Text.Json;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Exceptions and request context across the wire.</summary>
public sealed partial class GrainSerializer
{
    internal static byte[] SerializeException(Exception exception)
    {
        var info = new ExceptionInfo(
            exception.GetType().AssemblyQualifiedName ?? exception.GetType().FullName!,
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            (exception as InconsistentStateException)?.StoredEtag,
            (exception as InconsistentStateException)?.CurrentEtag);
        return JsonSerializer.SerializeToUtf8Bytes(info, ExceptionInfoContext.Default.ExceptionInfo);
    }

    /// <summary>Re-creates an exception of the original type with its message when the type is known here.</summary>
    internal static Exception DeserializeException(byte[] body)
    {
        var info = JsonSerializer.Deserialize(body, ExceptionInfoContext.Default.ExceptionInfo)!;
        if (info.TypeName == typeof(InconsistentStateException).AssemblyQualifiedName)
        {
            return new InconsistentStateException(info.Message, info.StoredEtag, info.CurrentEtag);
        }

        var type = Type.GetType(info.TypeName, throwOnError: false);
        if (type is not null && typeof(Exception).IsAssignableFrom(type)
            && type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, [typeof(string)]) is { } constructor)
        {
            try
            {
                return (Exception)constructor.Invoke([info.Message]);
            }
            catch (TargetInvocationException)
            {
                // Fall through to the stand-in below.
            }
        }

        return new RemoteGrainException(info.FullName, info.Message, info.StackTrace);
    }

    internal byte[]? SerializeContext(IReadOnlyDictionary<string, object>? context)
    {
        if (context is null || context.Count == 0)
        {
            return null;
        }

        var entries = context.ToDictionary(
            pair => pair.Key,
            pair => new ContextEntry(pair.Value.GetType().AssemblyQualifiedName!, JsonSerializer.SerializeToElement(pair.Value, pair.Value.GetType(), Options)),
            StringComparer.Ordinal);
        return JsonSerializer.SerializeToUtf8Bytes(entries, Options);
    }

    internal IReadOnlyDictionary<string, object>? DeserializeContext(byte[]? body)
    {
        if (body is null)
        {
            return null;
        }

        var entries = JsonSerializer.Deserialize<Dictionary<string, ContextEntry>>(body, Options)!;
        var result = new Dictionary<string, object>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, entry) in entries)
        {
            var type = Type.GetType(entry.Type, throwOnError: false);
            result[key] = type is null ? entry.Value : entry.Value.Deserialize(type, Options)!;
        }

        return result;
    }

    internal sealed record ContextEntry(string Type, JsonElement Value);
}
