namespace LuckyFive.Runtime;

/// <summary>Creates the empty state used when no record exists.</summary>
public static class StateFactory
{
    /// <summary>A new <typeparamref name="T"/> when it has a parameterless constructor, otherwise its default.</summary>
    public static T Create<T>() =>
        typeof(T).IsValueType || typeof(T).GetConstructor(Type.EmptyTypes) is null ? default! : Activator.CreateInstance<T>();
}
