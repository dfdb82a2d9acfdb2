using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// The activity sources of grain calls, for <see cref="ActivityListener"/>s and OpenTelemetry
/// (<c>AddSource(GrainCallActivities.ApplicationSourceName)</c>). Enabled by <c>AddActivityPropagation()</c> on the
/// silo and client builders.
/// </summary>
public static class GrainCallActivities
{
    /// <summary>The source of one client span per outgoing and one server span per incoming grain call.</summary>
    public const string ApplicationSourceName = "LuckyFive.Application";

    internal static readonly ActivitySource Source = new(ApplicationSourceName);

    internal static string DisplayName(IGrainCallContext context) => $"{context.InterfaceName}/{context.MethodName}";

    internal static void Tag(Activity activity, IGrainCallContext context)
    {
        activity.SetTag("rpc.system", "luckyfive");
        activity.SetTag("rpc.service", context.InterfaceName);
        activity.SetTag("rpc.method", context.MethodName);
        activity.SetTag("luckyfive.grain.id", context.TargetId.ToString());
        if (context.SourceId is { } source)
        {
            activity.SetTag("luckyfive.source.id", source.ToString());
        }
    }

    /// <summary>Marks the span failed with the exception's type and message (OpenTelemetry's conventions).</summary>
    internal static void Fail(Activity activity, Exception exception)
    {
        activity.SetTag("error.type", exception.GetType().FullName);
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.AddException(exception);
    }
}
