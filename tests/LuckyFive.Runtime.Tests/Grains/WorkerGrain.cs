namespace LuckyFive.Runtime.Tests.Grains;

public interface IWorkerGrain : IGrainWithIntegerKey
{
    Task<Guid> Work(int delayMilliseconds);
}

[StatelessWorker(2)]
public sealed class WorkerGrain : Grain, IWorkerGrain
{
    public async Task<Guid> Work(int delayMilliseconds)
    {
        await Task.Delay(delayMilliseconds);
        return GrainContext.Address.ActivationId;
    }
}

public interface IWorkerCallerGrain : IGrainWithIntegerKey
{
    Task<Guid[]> FanOut(long workerKey, int calls, int delayMilliseconds);

    Task<string> GetSilo();
}

public sealed class WorkerCallerGrain : Grain, IWorkerCallerGrain
{
    public Task<Guid[]> FanOut(long workerKey, int calls, int delayMilliseconds) =>
        Task.WhenAll(Enumerable.Range(0, calls).Select(_ => GrainFactory.GetGrain<IWorkerGrain>(workerKey).Work(delayMilliseconds)));

    public Task<string> GetSilo() => Task.FromResult(GrainContext.Address.SiloAddress.ToString());
}
