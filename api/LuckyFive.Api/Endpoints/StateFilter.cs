namespace LuckyFive.Api.Endpoints;

/// <summary>The <c>state</c> query parameter of the lists: one of a state enum's snake_case names.</summary>
internal static class StateFilter
{
    /// <summary>The state named, null when none is; an unknown name is recorded as an error listing the known ones.</summary>
    public static TState? Parse<TState>(string? state, Func<TState, string> name, Dictionary<string, string[]> errors)
        where TState : struct, Enum
    {
        if (state is null)
        {
            return null;
        }

        var known = Enum.GetValues<TState>();
        foreach (var candidate in known)
        {
            if (name(candidate) == state)
            {
                return candidate;
            }
        }

        errors["state"] = [$"unknown state '{state}'; one of {string.Join(", ", known.Select(name))}"];
        return null;
    }
}
