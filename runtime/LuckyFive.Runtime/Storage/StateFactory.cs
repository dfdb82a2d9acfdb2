namespace LuckyFive.Runtime;

/// <summary>Creates the empty state used when no record exists.</summary>
public static class StateFactory
{
    /// <summary>A new <typeparamref name="T"/> when it has a parameterless constructor, otherwise its default.</summary>
    public static T Create<T>() => Cache<T>.Create();

    private static class Cache<T>
    {
        // Decided once per type: reflection stays off the activation path.
        public static readonly Func<T> Create = typeof(T).IsValueType || typeof(T).GetConstructor(Type.EmptyTypes) is null
            ? static () => default!
            : static () => Activator.CreateInstance<T>();
    }
}
