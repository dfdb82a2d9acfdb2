using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Runtime;

/// <summary>
/// The calling side shared by silos and clients: creates grain references, turns calls into messages, tracks
/// pending responses and fails them on timeout or cancellation.
/// </summary>
internal abstract partial class RuntimeClient : IGrainFactory, IDisposable
{
    private static long s_nextCallChainId = Random.Shared.NextInt64(1, long.MaxValue / 2);
    private readonly IOutgoingGrainCallFilter[] _filters;
    private readonly Timer _sweeper;
    private readonly long _timeoutMilliseconds;
    private readonly ConcurrentDictionary<(Type, string), string> _resolvedGrainTypes = new();
    private long _nextMessageId;

    protected RuntimeClient(GrainSerializer serializer, MessagingOptions options, IEnumerable<IOutgoingGrainCallFilter> filters, ILogger logger)
    {
        Serializer = serializer;
        MessagingOptions = options;
        Logger = logger;
        _filters = filters.ToArray();
        serializer.ReferenceFactory = CreateReference;
        _timeoutMilliseconds = (long)options.ResponseTimeout.TotalMilliseconds;

        // Timeouts are found by one sweeper instead of a timer per call: cheaper, and precise to a tenth of the timeout.
        var sweep = TimeSpan.FromMilliseconds(Math.Clamp(options.ResponseTimeout.TotalMilliseconds / 10, 10, 1000));
        _sweeper = new Timer(static state => ((RuntimeClient)state!).SweepTimeouts(), this, sweep, sweep);
    }

    public GrainSerializer Serializer { get; }

    public MessagingOptions MessagingOptions { get; }

    /// <summary>Where responses to this runtime's calls are sent.</summary>
    public abstract SiloAddress Address { get; }

    protected ConcurrentDictionary<long, ResponseCallback> Callbacks { get; } = new();

    protected ILogger Logger { get; }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey =>
        Reference<TGrainInterface>(GrainId.Create(Resolve(typeof(TGrainInterface), grainClassNamePrefix), primaryKey));

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey =>
        Reference<TGrainInterface>(GrainId.Create(Resolve(typeof(TGrainInterface), grainClassNamePrefix), primaryKey));

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey =>
        Reference<TGrainInterface>(GrainId.Create(Resolve(typeof(TGrainInterface), grainClassNamePrefix), primaryKey));

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey =>
        Reference<TGrainInterface>(GrainId.Create(Resolve(typeof(TGrainInterface), grainClassNamePrefix), primaryKey, keyExtension));

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey =>
        Reference<TGrainInterface>(GrainId.Create(Resolve(typeof(TGrainInterface), grainClassNamePrefix), primaryKey, keyExtension));

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IAddressable => Reference<TGrainInterface>(grainId);

    public object CreateReference(Type interfaceType, GrainId grainId) =>
        GrainReference.Create(this, GrainInterfaceMetadata.Get(interfaceType), grainId);

    public void Dispose()
    {
        _sweeper.Dispose();
        GC.SuppressFinalize(this);
    }

    internal Task<T> InvokeAsync<T>(GrainReference target, GrainMethodMetadata method, object?[] arguments) =>
        _filters.Length == 0 ? SendAsync<T>(target.GrainId, method, arguments) : InvokeWithFiltersAsync<T>(target, method, arguments);

    /// <summary>Maps a grain interface to the grain type implementing it; throws <see cref="GrainTypeNotFoundException"/>.</summary>
    protected abstract string ResolveGrainType(Type interfaceType, string? grainClassNamePrefix);

    /// <summary>Sends a request or one-way message produced by this runtime.</summary>
    protected abstract void SendRequest(Message message);

    /// <summary>Tells the silo handling a request that its caller cancelled it.</summary>
    protected abstract void SendCancellation(ResponseCallback callback);

    /// <summary>Completes a pending call with a response that arrived over a transport.</summary>
    protected void ReceiveResponse(Message response)
    {
        if (!Callbacks.TryGetValue(response.Id, out var callback))
        {
            return; // Timed out or cancelled already: late responses are dropped.
        }

        try
        {
            if (response.Status == ResponseStatus.Success)
            {
                var result = callback.Method.ResultType == typeof(void) || response.Body is null
                    ? null
                    : Serializer.Deserialize(response.Body, callback.Method.ResultType);
                callback.Complete(result);
            }
            else
            {
                callback.Fail(GrainSerializer.DeserializeException(response.Body!));
            }
        }
        catch (GrainSerializationException exception)
        {
            callback.Fail(exception);
        }
    }

    private string Resolve(Type interfaceType, string? grainClassNamePrefix)
    {
        // Only successes are cached: an interface nobody hosts yet may be hosted by a silo that joins later.
        var key = (interfaceType, grainClassNamePrefix ?? string.Empty);
        if (_resolvedGrainTypes.TryGetValue(key, out var grainType))
        {
            return grainType;
        }

        grainType = ResolveGrainType(interfaceType, grainClassNamePrefix);
        _resolvedGrainTypes[key] = grainType;
        return grainType;
    }

    private TGrainInterface Reference<TGrainInterface>(GrainId grainId) => (TGrainInterface)CreateReference(typeof(TGrainInterface), grainId);

    private Task<T> SendAsync<T>(GrainId target, GrainMethodMetadata method, object?[] arguments)
    {
        var cancellationToken = method.CancellationTokenIndex >= 0 && arguments[method.CancellationTokenIndex] is CancellationToken token ? token : default;
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var scope = CallContext.Current;
        var message = new Message
        {
            Id = Interlocked.Increment(ref _nextMessageId),
            Kind = method.IsOneWay ? MessageKind.OneWay : MessageKind.Request,
            Sender = Address,
            TargetGrain = target,
            SendingGrain = scope?.Activation?.GrainId,
            InterfaceName = method.Interface.WireName,
            MethodId = method.Id,
            Method = method,
            Arguments = arguments,
            RequestContextData = RequestContext.Export(),
            CallChainId = RequestContext.CallChainReentrancy == false ? 0 : scope?.CallChainId ?? CreateCallChainId(),
            CancellationToken = cancellationToken,
            IsCancellable = cancellationToken.CanBeCanceled,
        };

        if (method.IsOneWay)
        {
            SendRequest(message);
            return Task.FromResult(default(T)!);
        }

        var callback = new ResponseCallback<T>(Callbacks, message.Id, target, method, Environment.TickCount64 + _timeoutMilliseconds);
        message.Callback = callback;
        Callbacks[message.Id] = callback;
        if (cancellationToken.CanBeCanceled)
        {
            callback.CancellationRegistration = cancellationToken.UnsafeRegister(
                static (state, token) => ((RuntimeClient)((object[])state!)[0]).OnCallerCancelled((ResponseCallback)((object[])state!)[1], token),
                new object[] { this, callback });
        }

        try
        {
            SendRequest(message);
        }
        catch (Exception exception) when (exception is LuckyFiveException or ArgumentException or InvalidOperationException)
        {
            callback.Fail(exception);
        }

        return callback.Task;
    }

    private async Task<T> InvokeWithFiltersAsync<T>(GrainReference target, GrainMethodMetadata method, object?[] arguments)
    {
        var context = new OutgoingCallContext(target, method, arguments, _filters, async ctx =>
            ctx.Result = await SendAsync<T>(target.GrainId, method, ctx.ArgumentArray).ConfigureAwait(false));
        await context.Invoke().ConfigureAwait(false);
        return context.Result is T typed ? typed : default!;
    }

    private void OnCallerCancelled(ResponseCallback callback, CancellationToken token)
    {
        if (callback.IsCompleted)
        {
            return;
        }

        if (callback.TargetSilo is not null)
        {
            try
            {
                SendCancellation(callback);
            }
            catch (SiloUnavailableException)
            {
                // The callee is gone: nothing left to cancel.
            }
        }

        callback.Fail(new OperationCanceledException(token));
    }

    private void SweepTimeouts()
    {
        var now = Environment.TickCount64;
        foreach (var (_, callback) in Callbacks)
        {
            if (now > callback.Deadline)
            {
                RuntimeLog.ResponseTimeout(Logger, callback.Method.Interface.Name, callback.Method.Name, callback.Target, MessagingOptions.ResponseTimeout);
                callback.Fail(new TimeoutException(
                    $"Response did not arrive on time in {MessagingOptions.ResponseTimeout} for {callback.Method.Interface.Name}.{callback.Method.Name} on {callback.Target}."));
                OnTimeout(callback);
            }
        }
    }

    /// <summary>Lets subclasses count timeouts.</summary>
    protected virtual void OnTimeout(ResponseCallback callback)
    {
    }

    internal static long CreateCallChainId() => Interlocked.Increment(ref s_nextCallChainId);
}
