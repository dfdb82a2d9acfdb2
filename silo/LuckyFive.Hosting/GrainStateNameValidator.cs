using LuckyFive.Grains.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;

namespace LuckyFive.Hosting;

/// <summary>A silo whose grain classes share a state name in one storage refuses to start (see <see cref="GrainStateNames"/>).</summary>
internal sealed class GrainStateNameValidator(IOptions<GrainTypeOptions> grainTypes) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        var conflicts = GrainStateNames.Conflicts(grainTypes.Value.Classes);
        if (conflicts.Count > 0)
        {
            throw new OrleansConfigurationException(string.Join(" ", conflicts));
        }
    }
}
