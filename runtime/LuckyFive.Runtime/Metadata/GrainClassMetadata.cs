using System.Reflection;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime;

/// <summary>Everything the silo needs to know about one grain class, computed once at start-up.</summary>
internal sealed class GrainClassMetadata
{
    private readonly Dictionary<GrainInterfaceMetadata, GrainMethodInvoker[]> _invokers = [];
    private readonly ConstructorInvoker _constructor;
    private readonly ParameterInfo[] _parameters;
    private readonly PersistentStateAttribute?[] _stateAttributes;
    private readonly Func<string, GrainId, IGrainStorage, object>?[] _stateFactories;
    private int _activationCount;

    public GrainClassMetadata(Type classType)
    {
        if (classType.IsAbstract || !classType.IsClass || !typeof(IGrainBase).IsAssignableFrom(classType))
        {
            throw new ArgumentException($"{classType.FullName} is not a concrete grain class (derive from Grain or implement IGrainBase).", nameof(classType));
        }

        ClassType = classType;
        GrainType = GetGrainTypeName(classType);
        Interfaces = classType.GetInterfaces().Where(GrainInterfaceMetadata.IsGrainInterface).Select(GrainInterfaceMetadata.Get).ToArray();
        foreach (var grainInterface in Interfaces)
        {
            _invokers[grainInterface] = grainInterface.Methods.Select(m => new GrainMethodInvoker(classType, m)).ToArray();
        }

        IsReentrant = classType.IsDefined(typeof(ReentrantAttribute), inherit: true);
        StatelessWorker = classType.GetCustomAttribute<StatelessWorkerAttribute>(inherit: true);
        KeepAlive = classType.IsDefined(typeof(KeepAliveAttribute), inherit: true);
        CollectionAge = classType.GetCustomAttribute<CollectionAgeLimitAttribute>(inherit: true)?.AgeLimit;
        Placement = classType.GetCustomAttribute<PlacementAttribute>(inherit: true)?.PlacementStrategy;
        IsCallFilter = typeof(IIncomingGrainCallFilter).IsAssignableFrom(classType);
        var constructor = classType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new ArgumentException($"Grain class {classType.FullName} has no public constructor.", nameof(classType));
        _constructor = ConstructorInvoker.Create(constructor);
        _parameters = constructor.GetParameters();
        StateParameters = _parameters
            .Select(p => (Parameter: p, Attribute: p.GetCustomAttribute<PersistentStateAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Parameter, p.Attribute!))
            .ToArray();
        foreach (var (parameter, _) in StateParameters)
        {
            if (!parameter.ParameterType.IsGenericType || parameter.ParameterType.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new ArgumentException($"Parameter '{parameter.Name}' of {classType.FullName} has [PersistentState] but is not an IPersistentState<T>.", nameof(classType));
            }
        }

        // Attribute lookups and generic instantiation happen once here, not on every activation.
        _stateAttributes = _parameters.Select(p => p.GetCustomAttribute<PersistentStateAttribute>()).ToArray();
        _stateFactories = _parameters.Select((p, i) => _stateAttributes[i] is null ? null : StateFactoryFor(p.ParameterType.GetGenericArguments()[0])).ToArray();
    }

    public Type ClassType { get; }

    public string GrainType { get; }

    public GrainInterfaceMetadata[] Interfaces { get; }

    public bool IsReentrant { get; }

    public StatelessWorkerAttribute? StatelessWorker { get; }

    public bool KeepAlive { get; }

    public TimeSpan? CollectionAge { get; }

    /// <summary>The strategy from the class's placement attribute, or null for the cluster default.</summary>
    public PlacementStrategy? Placement { get; }

    public bool IsCallFilter { get; }

    /// <summary>Live activations of this class on its silo (the metadata is per silo), for metrics.</summary>
    public int ActivationCount => Volatile.Read(ref _activationCount);

    public IReadOnlyList<(ParameterInfo Parameter, PersistentStateAttribute Attribute)> StateParameters { get; }

    public static string GetGrainTypeName(Type classType)
    {
        if (classType.GetCustomAttribute<GrainTypeAttribute>(inherit: false) is { } attribute)
        {
            return attribute.GrainType;
        }

        var name = classType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

#pragma warning disable CA1308 // Grain type names are lower-case identifiers by convention, not for comparison.
        return name.ToLowerInvariant();
#pragma warning restore CA1308
    }

    private static Func<string, GrainId, IGrainStorage, object> StateFactoryFor(Type stateType) =>
        (Func<string, GrainId, IGrainStorage, object>)typeof(GrainClassMetadata)
            .GetMethod(nameof(StateFactory), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(stateType)
            .Invoke(null, null)!;

    private static Func<string, GrainId, IGrainStorage, object> StateFactory<TState>() =>
        static (stateName, grainId, storage) => new PersistentState<TState>(stateName, grainId, storage);

    public GrainMethodInvoker GetInvoker(GrainMethodMetadata method) =>
        _invokers.TryGetValue(method.Interface, out var invokers)
            ? invokers[method.Id]
            : throw new InvalidOperationException($"Grain class {ClassType.FullName} does not implement {method.Interface.Name}.");

    public GrainTypeDescriptor ToDescriptor(PlacementStrategy defaultStrategy) =>
        new(GrainType, ClassType.FullName ?? ClassType.Name, Interfaces.Select(i => i.Name).ToArray(), (Placement ?? defaultStrategy).Name);

    // A counter per class instead of a dictionary keyed by type name: activation stays lock-free.
    public void ActivationCreated() => Interlocked.Increment(ref _activationCount);

    public void ActivationRemoved() => Interlocked.Decrement(ref _activationCount);

    /// <summary>Constructs the grain: services from DI, <see cref="IPersistentState{TState}"/> parameters bound to the activation.</summary>
    public object CreateInstance(ActivationData activation, IServiceProvider services)
    {
        var arguments = new object?[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            var parameter = _parameters[i];
            if (_stateAttributes[i] is { } state)
            {
                arguments[i] = activation.CreatePersistentState(_stateFactories[i]!, state);
            }
            else if (parameter.ParameterType == typeof(IGrainContext))
            {
                arguments[i] = activation;
            }
            else
            {
                arguments[i] = services.GetService(parameter.ParameterType)
                    ?? (parameter.HasDefaultValue ? parameter.DefaultValue : ActivatorUtilities.GetServiceOrCreateInstance(services, parameter.ParameterType));
            }
        }

        RuntimeContext.Constructing = activation;
        try
        {
            // A ConstructorInvoker is compiled on first use and, unlike ConstructorInfo.Invoke, throws the
            // constructor's own exception rather than a TargetInvocationException.
            return _constructor.Invoke(arguments);
        }
        finally
        {
            RuntimeContext.Constructing = null;
        }
    }
}
