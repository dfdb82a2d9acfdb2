namespace LuckyFive.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(int periodMilliseconds, int workMilliseconds);

    Task<int> GetTicks();

    Task<bool> SawOverlap();

    Task Deactivate();
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    private int _ticks;
    private int _inFlight;
    private bool _overlap;

    public Task Start(int periodMilliseconds, int workMilliseconds)
    {
        var period = TimeSpan.FromMilliseconds(periodMilliseconds);
        RegisterGrainTimer(ct => Tick(workMilliseconds, ct), new GrainTimerCreationOptions(period, period));
        return Task.CompletedTask;
    }

    public Task<int> GetTicks() => Task.FromResult(_ticks);

    public Task<bool> SawOverlap() => Task.FromResult(_overlap);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task Tick(int workMilliseconds, CancellationToken cancellationToken)
    {
        _overlap |= ++_inFlight > 1;
        GrainEvents.Record(this.GetPrimaryKeyString(), "tick");
        await Task.Delay(workMilliseconds, CancellationToken.None);
        _ticks++;
        _inFlight--;
    }
}
