using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// Starts a client span for each outgoing grain call and writes the W3C trace context and baggage of the current
/// span into the call's <see cref="RequestContext"/>, so the callee's span joins the caller's trace on any silo.
/// </summary>
internal sealed class ActivityPropagationOutgoingFilter : IOutgoingGrainCallFilter
{
    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        using var activity = GrainCallActivities.Source.StartActivity(GrainCallActivities.DisplayName(context), ActivityKind.Client);

        // Without a listener there is no span of our own, but the ambient one (an HTTP request, say) still flows.
        if ((activity ?? Activity.Current) is { } current)
        {
            DistributedContextPropagator.Current.Inject(current, null, static (_, key, value) => RequestContext.Set(key, value));
        }

        if (activity is null)
        {
            await context.Invoke().ConfigureAwait(false);
            return;
        }

        GrainCallActivities.Tag(activity, context);
        try
        {
            await context.Invoke().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            GrainCallActivities.Fail(activity, exception);
            throw;
        }
    }
}
