using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Decides which values a call inside one silo may pass by reference instead of copying.</summary>
internal static class TypeCopyPolicy
{
    private static readonly ConcurrentDictionary<Type, bool> s_cache = new();

    public static bool IsImmutable(Type type) => s_cache.GetOrAdd(type, static t => Compute(t));

    private static bool Compute(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsImmutable(underlying);
        }

        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(DateOnly)
            || type == typeof(TimeOnly) || type == typeof(Uri) || type == typeof(CancellationToken) || type == typeof(void)
            || type == typeof(GrainId) || type == typeof(SiloAddress) || type == typeof(TickStatus)
            || (type.IsInterface && typeof(IAddressable).IsAssignableFrom(type))
            || type.IsDefined(typeof(ImmutableAttribute), inherit: false);
    }
}
