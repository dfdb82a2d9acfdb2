using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Runtime;

/// <summary>The runtime's log messages (event ids 1000–1999).</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(1000, LogLevel.Information, "Silo {Silo} started hosting {GrainClassCount} grain classes")]
    public static partial void SiloStarted(ILogger logger, SiloAddress silo, int grainClassCount);

    [LoggerMessage(1001, LogLevel.Information, "Silo {Silo} stopped gracefully")]
    public static partial void SiloStopped(ILogger logger, SiloAddress silo);

    [LoggerMessage(1002, LogLevel.Warning, "Silo {Silo} was killed: no grain code ran and nothing was written")]
    public static partial void SiloKilled(ILogger logger, SiloAddress silo);

    [LoggerMessage(1003, LogLevel.Error, "Silo {Silo} read its own membership row as Dead and stops")]
    public static partial void ToldDead(ILogger logger, SiloAddress silo);

    [LoggerMessage(1004, LogLevel.Information, "Silo {Silo} is now {Status}")]
    public static partial void SiloStatusChanged(ILogger logger, SiloAddress silo, SiloStatus status);

    [LoggerMessage(1010, LogLevel.Warning, "Activation of {GrainId} failed")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(1011, LogLevel.Warning, "Deactivation of {GrainId} failed or timed out")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(1012, LogLevel.Warning, "Removing {GrainId} from the grain directory failed")]
    public static partial void DirectoryUnregisterFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(1013, LogLevel.Warning, "{Count} activations did not deactivate before the shutdown deadline")]
    public static partial void ShutdownDeactivationTimedOut(ILogger logger, int count);

    [LoggerMessage(1020, LogLevel.Warning, "A timer tick of {GrainId} failed")]
    public static partial void TimerTickFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(1021, LogLevel.Warning, "Reminder {ReminderName} of {GrainId} failed to tick")]
    public static partial void ReminderTickFailed(ILogger logger, Exception exception, GrainId grainId, string reminderName);

    [LoggerMessage(1022, LogLevel.Warning, "Loading reminders failed")]
    public static partial void ReminderLoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(1030, LogLevel.Warning, "Response did not arrive in {Timeout} for {InterfaceName}.{MethodName} on {GrainId}")]
    public static partial void ResponseTimeout(ILogger logger, string interfaceName, string methodName, GrainId grainId, TimeSpan timeout);

    [LoggerMessage(1040, LogLevel.Warning, "Reading the membership table failed")]
    public static partial void MembershipRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(1041, LogLevel.Information, "Probe of {Silo} missed ({Missed} in a row)")]
    public static partial void ProbeMissed(ILogger logger, SiloAddress silo, int missed);

    [LoggerMessage(1042, LogLevel.Warning, "Declared silo {Silo} dead with {Votes} votes")]
    public static partial void SiloDeclaredDead(ILogger logger, SiloAddress silo, int votes);

    [LoggerMessage(1043, LogLevel.Information, "Silo {Silo} shutdown phase '{Phase}' took {ElapsedMs:F1} ms")]
    public static partial void ShutdownPhase(ILogger logger, SiloAddress silo, string phase, double elapsedMs);

    [LoggerMessage(1046, LogLevel.Warning, "Silo {Silo} could not publish its load figures; it tries again at the next period")]
    public static partial void StatisticsPublishFailed(ILogger logger, Exception exception, SiloAddress silo);

    [LoggerMessage(1045, LogLevel.Warning, "Silo {Silo} could not write '{Phase}' to the membership table while shutting down; it stops anyway and peers will declare it dead")]
    public static partial void ShutdownAnnounceFailed(ILogger logger, Exception exception, SiloAddress silo, string phase);

    [LoggerMessage(1044, LogLevel.Warning, "Silo {Silo} could not reach active silo {Peer} while joining; probes will decide whether it is alive")]
    public static partial void JoinPeerUnreachable(ILogger logger, SiloAddress silo, SiloAddress peer);
}
