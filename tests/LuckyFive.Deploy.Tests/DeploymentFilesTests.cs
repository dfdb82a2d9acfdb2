using System.Text.RegularExpressions;
using LuckyFive.Hosting;
using LuckyFive.TestSupport;

namespace LuckyFive.Deploy.Tests;

[Trait("Category", "Deploy")]
public sealed partial class DeploymentFilesTests
{
    [Fact]
    public async Task Check_RepositoryDeploymentFiles_AllValid()
    {
        var result = await DeployCheck.RunAsync();

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("deploy check: 11 passed, 0 problem(s)", result.Output, StringComparison.Ordinal);
        foreach (var file in new[]
        {
            "deploy/kubernetes/00-namespace.yaml", "deploy/kubernetes/10-rbac.yaml", "deploy/kubernetes/20-config.yaml",
            "deploy/kubernetes/30-migrate-job.yaml", "deploy/kubernetes/40-silo.yaml", "deploy/kubernetes/50-api.yaml",
            "deploy/docker/compose.yaml", "deploy/docker/silo.Dockerfile", "deploy/docker/api.Dockerfile", "deploy/systemd",
        })
        {
            Assert.Contains($"ok   {file}:", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CheckDefaultBudget_MatchesTheSilosDefault()
    {
        var script = File.ReadAllText(RepositoryFiles.Path("deploy", "check", "check.mjs"));

        var expected = $"const defaultShutdownBudget = {new LuckyFiveClusterOptions().ShutdownBudgetSeconds};";

        Assert.Contains(expected, script, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvironmentFile_EveryKey_IsDocumented()
    {
        var keys = File.ReadAllLines(RepositoryFiles.Path("deploy", "systemd", "luckyfive.env"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToArray();
        var guide = File.ReadAllText(RepositoryFiles.Path("docs", "deployment.md"));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains($"`{key}`", guide, StringComparison.Ordinal));
    }

    [Fact]
    public void SiloUnit_StopTimeout_ExceedsTheDefaultBudget()
    {
        var unit = File.ReadAllText(RepositoryFiles.Path("deploy", "systemd", "luckyfive-silo@.service"));

        var timeout = int.Parse(StopTimeout().Match(unit).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(timeout > new LuckyFiveClusterOptions().ShutdownBudgetSeconds, $"TimeoutStopSec={timeout}");
    }

    [GeneratedRegex(@"^TimeoutStopSec=(\d+)$", RegexOptions.Multiline)]
    private static partial Regex StopTimeout();
}
