namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Ambient key-value data that flows with grain calls: entries set before a call are copied into it and flow
/// downstream, never back with the response. Use it for correlation ids and similar metadata; values must be
/// serializable with System.Text.Json to cross silos.
/// </summary>
public static class RequestContext
{
    private static readonly AsyncLocal<ContextData?> s_current = new();

    /// <summary>The keys currently set.</summary>
    public static IEnumerable<string> Keys => s_current.Value?.Values?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The entries currently set.</summary>
    public static IReadOnlyDictionary<string, object> Entries =>
        s_current.Value?.Values ?? (IReadOnlyDictionary<string, object>)new Dictionary<string, object>();

    /// <summary>Sets an entry.</summary>
    public static void Set(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var current = s_current.Value;

        // Copy on write: a child flow must never change what its parent (or a concurrent sibling) sees.
        var values = current?.Values is { } existing ? new Dictionary<string, object>(existing, StringComparer.Ordinal) : new(StringComparer.Ordinal);
        values[key] = value;
        s_current.Value = new ContextData(values, current?.CallChainReentrancy);
    }

    /// <summary>Gets an entry, or null.</summary>
    public static object? Get(string key) =>
        s_current.Value?.Values is { } values && values.TryGetValue(key, out var value) ? value : null;

    /// <summary>Removes an entry; returns whether it was present.</summary>
    public static bool Remove(string key)
    {
        var current = s_current.Value;
        if (current?.Values is not { } existing || !existing.ContainsKey(key))
        {
            return false;
        }

        var values = new Dictionary<string, object>(existing, StringComparer.Ordinal);
        values.Remove(key);
        s_current.Value = new ContextData(values.Count == 0 ? null : values, current.CallChainReentrancy);
        return true;
    }

    /// <summary>Removes every entry.</summary>
    public static void Clear() => s_current.Value = null;

    /// <summary>
    /// Within the returned scope, calls made from here let the call chain re-enter non-reentrant grains it
    /// passes through (A→B→A completes). This is already the default; the scope undoes an enclosing
    /// <see cref="SuppressCallChainReentrancy"/>.
    /// </summary>
    public static IDisposable AllowCallChainReentrancy() => SetReentrancy(true);

    /// <summary>
    /// Within the returned scope, calls made from here start a new call chain that may not re-enter the grains
    /// of the current one; a cycle back into a non-reentrant grain then waits until the response timeout.
    /// </summary>
    public static IDisposable SuppressCallChainReentrancy() => SetReentrancy(false);

    /// <summary>The entries to copy into an outgoing call, or null.</summary>
    internal static IReadOnlyDictionary<string, object>? Export() => s_current.Value?.Values;

    /// <summary>Whether outgoing calls keep the current call chain; null means the default (yes).</summary>
    internal static bool? CallChainReentrancy => s_current.Value?.CallChainReentrancy;

    /// <summary>Installs the entries carried by an incoming call.</summary>
    internal static void Import(IReadOnlyDictionary<string, object>? values) =>
        s_current.Value = values is null ? null : new ContextData(values, null);

    private static ReentrancyScope SetReentrancy(bool allow)
    {
        var previous = s_current.Value;
        s_current.Value = new ContextData(previous?.Values, allow);
        return new ReentrancyScope(previous);
    }

    private sealed record ContextData(IReadOnlyDictionary<string, object>? Values, bool? CallChainReentrancy);

    private sealed class ReentrancyScope(ContextData? previous) : IDisposable
    {
        public void Dispose()
        {
            var current = s_current.Value;
            s_current.Value = current is null && previous is null ? null : new ContextData(current?.Values, previous?.CallChainReentrancy);
        }
    }
}
