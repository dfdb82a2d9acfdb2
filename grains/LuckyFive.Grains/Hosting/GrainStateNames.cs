using System.Reflection;

namespace LuckyFive.Grains.Hosting;

/// <summary>
/// Orleans' ADO.NET storage keys each row by state name and grain id, not by grain type: two grain classes that
/// declare the same state name in the same storage read and overwrite each other's row for equal keys
/// (dotnet/orleans #9737, #8746). Every persistent state in a LuckyFive silo therefore has a name of its own.
/// </summary>
public static class GrainStateNames
{
    /// <summary>One <c>[PersistentState]</c> declaration of a grain class.</summary>
    public sealed record Declaration(Type GrainClass, string StorageName, string StateName);

    /// <summary>Every persistent state the given grain classes declare on their constructor parameters.</summary>
    public static IEnumerable<Declaration> Declarations(IEnumerable<Type> grainClasses)
    {
        ArgumentNullException.ThrowIfNull(grainClasses);
        foreach (var grainClass in grainClasses)
        {
            foreach (var parameter in grainClass.GetConstructors().SelectMany(c => c.GetParameters()))
            {
                if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } state)
                {
                    yield return new Declaration(grainClass, state.StorageName ?? "Default", state.StateName);
                }
            }
        }
    }

    /// <summary>One sentence per state name that more than one grain class declares in the same storage.</summary>
    public static IReadOnlyList<string> Conflicts(IEnumerable<Type> grainClasses) =>
        Declarations(grainClasses)
            .DistinctBy(d => (d.GrainClass, d.StorageName, d.StateName))
            .GroupBy(d => (d.StorageName, d.StateName))
            .Where(g => g.Count() > 1)
            .Select(g => $"State name '{g.Key.StateName}' in storage '{g.Key.StorageName}' is declared by "
                + string.Join(" and ", g.Select(d => d.GrainClass.FullName).Order(StringComparer.Ordinal))
                + "; give each grain class's state a name of its own.")
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The grain classes defined in <paramref name="assembly"/>.</summary>
    public static IEnumerable<Type> GrainClassesIn(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t));
    }
}
