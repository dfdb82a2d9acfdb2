namespace LuckyFive.Deploy.Tests;

/// <summary>The check must be able to fail: each test breaks one thing in a copy of a real file.</summary>
[Trait("Category", "Deploy")]
public sealed class RejectedFilesTests
{
    private static readonly string Root = TestSupport.RepositoryFiles.Root;

    private static async Task AssertRejected(string expected, params string[] arguments)
    {
        var result = await DeployCheck.RunAsync(arguments);

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Output}");
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    private static void CopyEnvironmentFileBeside(string unit) => File.Copy(
        TestSupport.RepositoryFiles.Path("deploy", "systemd", "luckyfive.env"),
        Path.Combine(Path.GetDirectoryName(unit)!, "luckyfive.env"));

    [Fact]
    public async Task Kubernetes_FieldOfTheWrongType_IsRejected()
    {
        var file = DeployCheck.BrokenCopy("deploy/kubernetes/40-silo.yaml", "replicas: 2", "replicas: two");

        await AssertRejected("Deployment luckyfive-silo: data/spec/replicas must be integer", "kubernetes", file);
    }

    [Fact]
    public async Task Kubernetes_MisspelledField_IsRejected()
    {
        var file = DeployCheck.BrokenCopy(
            "deploy/kubernetes/50-api.yaml", "terminationGracePeriodSeconds: 30", "terminationGracePeriod: 30");

        await AssertRejected("'\"terminationGracePeriod\"' does not exist in type 'IPodSpec'", "kubernetes", file);
    }

    [Fact]
    public async Task Kubernetes_UnknownKind_IsRejected()
    {
        var file = DeployCheck.BrokenCopy(
            "deploy/kubernetes/40-silo.yaml", "kind: PodDisruptionBudget", "kind: PodDisruptionBudgets");

        await AssertRejected("no Kubernetes schema for apiVersion 'policy/v1' kind 'PodDisruptionBudgets'", "kubernetes", file);
    }

    [Fact]
    public async Task Kubernetes_GracePeriodBelowTheShutdownBudget_IsRejected()
    {
        var file = DeployCheck.BrokenCopy(
            "deploy/kubernetes/40-silo.yaml", "terminationGracePeriodSeconds: 60", "terminationGracePeriodSeconds: 40");

        await AssertRejected(
            "terminationGracePeriodSeconds (40) must exceed the silo's shutdown budget (45 s)", "kubernetes", file);
    }

    [Fact]
    public async Task Kubernetes_SiloWithoutItsPodIp_IsRejected()
    {
        var file = DeployCheck.BrokenCopy("deploy/kubernetes/40-silo.yaml", "- name: POD_IP", "- name: POD_ADDRESS");

        await AssertRejected("must take POD_IP from the downward API's status.podIP", "kubernetes", file);
    }

    [Fact]
    public async Task Kubernetes_RoleThatCannotWatchPods_IsRejected()
    {
        var rbac = DeployCheck.BrokenCopy("deploy/kubernetes/10-rbac.yaml", "\"list\", \"watch\", ", "\"list\", ");
        var silo = Path.Combine(Path.GetDirectoryName(rbac)!, "40-silo.yaml");
        File.Copy(TestSupport.RepositoryFiles.Path("deploy", "kubernetes", "40-silo.yaml"), silo);

        await AssertRejected("service account luckyfive-silo may not watch pods", "kubernetes", rbac, silo);
    }

    [Fact]
    public async Task Compose_UnknownDependencyCondition_IsRejected()
    {
        var file = DeployCheck.BrokenCopy(
            "deploy/docker/compose.yaml", "condition: service_completed_successfully", "condition: service_done");

        await AssertRejected(
            "Compose schema: /services/silo-0/depends_on/migrate/condition must be equal to one of the allowed values", "compose", file);
    }

    [Fact]
    public async Task Compose_SiloStopGraceBelowTheBudget_IsRejected()
    {
        var file = DeployCheck.BrokenCopy("deploy/docker/compose.yaml", "stop_grace_period: 60s", "stop_grace_period: 30s");

        await AssertRejected(
            "service silo-0: stop_grace_period (30 s) must exceed LuckyFive__ShutdownBudgetSeconds (45 s)", "compose", file);
    }

    [Fact]
    public async Task Compose_SiloAdvertisingAnotherAddress_IsRejected()
    {
        var file = DeployCheck.BrokenCopy(
            "deploy/docker/compose.yaml", "LuckyFive__AdvertisedAddress: 172.28.0.11", "LuckyFive__AdvertisedAddress: 172.28.0.10");

        await AssertRejected(
            "service silo-1: LuckyFive__AdvertisedAddress 172.28.0.10 is not the service's ipv4_address", "compose", file);
    }

    [Fact]
    public async Task Dockerfile_UnknownInstruction_IsRejected()
    {
        var file = DeployCheck.BrokenCopy("deploy/docker/api.Dockerfile", "EXPOSE 8080", "EXPOSES 8080");

        await AssertRejected("Unknown instruction: EXPOSES", "dockerfile", Root, file);
    }

    [Fact]
    public async Task Dockerfile_CopyOfAMissingPath_IsRejected()
    {
        var file = DeployCheck.BrokenCopy(
            "deploy/docker/silo.Dockerfile",
            "COPY silo/LuckyFive.Silo/ silo/LuckyFive.Silo/",
            "COPY silo/LuckyFive.Silos/ silo/LuckyFive.Silo/");

        await AssertRejected(
            "COPY source silo/LuckyFive.Silos/ does not exist in the build context", "dockerfile", Root, file);
    }

    [Fact]
    public async Task Dockerfile_ReferencedProjectNotCopiedBeforeRestore_IsRejected()
    {
        var file = DeployCheck.BrokenCopy(
            "deploy/docker/api.Dockerfile",
            "COPY domain/LuckyFive.Domain/LuckyFive.Domain.csproj domain/LuckyFive.Domain/\n",
            "");

        await AssertRejected(
            "needs domain/LuckyFive.Domain/LuckyFive.Domain.csproj copied first", "dockerfile", Root, file);
    }

    [Fact]
    public async Task Systemd_UnparsableSetting_IsRejected()
    {
        var unit = DeployCheck.BrokenCopy("deploy/systemd/luckyfive-api.service", "TimeoutStopSec=30", "TimeoutStopSec=thirty");
        CopyEnvironmentFileBeside(unit);

        await AssertRejected("Failed to parse time value, ignoring: thirty", "systemd", Path.GetDirectoryName(unit)!);
    }

    [Fact]
    public async Task Systemd_SiloStopTimeoutBelowTheBudget_IsRejected()
    {
        var unit = DeployCheck.BrokenCopy("deploy/systemd/luckyfive-silo@.service", "TimeoutStopSec=60", "TimeoutStopSec=40");
        CopyEnvironmentFileBeside(unit);

        await AssertRejected("TimeoutStopSec (40) must exceed the shutdown budget (45 s)", "systemd", Path.GetDirectoryName(unit)!);
    }
}
