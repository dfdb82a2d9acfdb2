using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Starts a server span for each incoming grain call, parented by the trace context its caller put in the
/// <see cref="RequestContext"/> and carrying the caller's baggage; the grain's code runs with it as
/// <see cref="Activity.Current"/>.
/// </summary>
internal sealed class ActivityPropagationIncomingFilter : IIncomingGrainCallFilter
{
    private static readonly DistributedContextPropagator.PropagatorGetterCallback s_getter = static (_, key, out value, out values) =>
    {
        value = RequestContext.Get(key) as string;
        values = null;
    };

    // No ConfigureAwait(false): an incoming filter runs inside the activation's turn and must resume there.
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var propagator = DistributedContextPropagator.Current;
        propagator.ExtractTraceIdAndState(null, s_getter, out var traceParent, out var traceState);
        var parent = ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var remote) ? remote : default;
        using var activity = GrainCallActivities.Source.StartActivity(GrainCallActivities.DisplayName(context), ActivityKind.Server, parent);
        if (activity is null)
        {
            await context.Invoke();
            return;
        }

        if (propagator.ExtractBaggage(null, s_getter) is { } baggage)
        {
            foreach (var (key, value) in baggage)
            {
                activity.AddBaggage(key, value);
            }
        }

        GrainCallActivities.Tag(activity, context);
        try
        {
            await context.Invoke();
        }
        catch (Exception exception)
        {
            GrainCallActivities.Fail(activity, exception);
            throw;
        }
    }
}
