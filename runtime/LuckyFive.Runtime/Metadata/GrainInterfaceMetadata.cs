using System.Collections.Concurrent;
using System.Reflection;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>The methods of one grain interface, numbered the same way in every process.</summary>
internal sealed class GrainInterfaceMetadata
{
    private static readonly ConcurrentDictionary<Type, GrainInterfaceMetadata> s_cache = new();
    private static readonly ConcurrentDictionary<string, GrainInterfaceMetadata> s_byWireName = new(StringComparer.Ordinal);
    private readonly Dictionary<MethodInfo, GrainMethodMetadata> _byMethod;

    private GrainInterfaceMetadata(Type interfaceType)
    {
        InterfaceType = interfaceType;
        Name = interfaceType.FullName ?? interfaceType.Name;
        WireName = interfaceType.AssemblyQualifiedName ?? Name;

        // Method ids are positions in a list sorted by signature, so both ends of a call agree without a table.
        var methods = new[] { interfaceType }
            .Concat(interfaceType.GetInterfaces())
            .SelectMany(i => i.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => !m.IsStatic)
            .Distinct()
            .OrderBy(Signature, StringComparer.Ordinal)
            .ToArray();
        Methods = new GrainMethodMetadata[methods.Length];
        // Reflection hands out cached MethodInfo instances, so reference equality finds them without the slower
        // structural MethodInfo comparison.
        _byMethod = new Dictionary<MethodInfo, GrainMethodMetadata>(methods.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < methods.Length; i++)
        {
            if (methods[i].IsGenericMethodDefinition)
            {
                throw new InvalidOperationException($"Grain method {GrainMethodMetadata.Describe(methods[i])} is generic; generic grain methods are not supported.");
            }

            Methods[i] = new GrainMethodMetadata(this, methods[i], i);
            _byMethod[methods[i]] = Methods[i];
        }
    }

    public Type InterfaceType { get; }

    public string Name { get; }

    /// <summary>The name carried in messages: assembly-qualified so a receiving silo can load the type.</summary>
    public string WireName { get; }

    public GrainMethodMetadata[] Methods { get; }

    public static bool IsGrainInterface(Type type) =>
        type.IsInterface && typeof(IAddressable).IsAssignableFrom(type) && !IsMarker(type);

    public static GrainInterfaceMetadata Get(Type interfaceType)
    {
        if (s_cache.TryGetValue(interfaceType, out var cached))
        {
            return cached;
        }

        if (!IsGrainInterface(interfaceType))
        {
            throw new ArgumentException($"{interfaceType.FullName} is not a grain interface (it must be an interface deriving from IGrain).", nameof(interfaceType));
        }

        return s_cache.GetOrAdd(interfaceType, static t => new GrainInterfaceMetadata(t));
    }

    /// <summary>Resolves the interface named in a message.</summary>
    public static GrainInterfaceMetadata FromWireName(string wireName) =>
        s_byWireName.GetOrAdd(wireName, static name => Get(Type.GetType(name, throwOnError: false)
            ?? throw new GrainTypeNotFoundException($"Grain interface '{name}' is not known to this process.")));

    public GrainMethodMetadata GetMethod(MethodInfo method) =>
        _byMethod.TryGetValue(method, out var metadata)
            ? metadata
            : Methods.FirstOrDefault(m => m.Method.Equals(method))
              ?? throw new InvalidOperationException($"{method.Name} is not a method of grain interface {Name}.");

    public GrainMethodMetadata GetMethod(int id) =>
        (uint)id < (uint)Methods.Length ? Methods[id] : throw new InvalidOperationException($"Grain interface {Name} has no method #{id}.");

    private static bool IsMarker(Type type) =>
        type == typeof(IAddressable) || type == typeof(IGrain) || type == typeof(IGrainWithGuidKey) || type == typeof(IGrainWithIntegerKey)
        || type == typeof(IGrainWithStringKey) || type == typeof(IGrainWithGuidCompoundKey) || type == typeof(IGrainWithIntegerCompoundKey)
        || type == typeof(IGrainReference);

    private static string Signature(MethodInfo method) =>
        $"{method.DeclaringType?.FullName}.{method.Name}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName))})";
}
