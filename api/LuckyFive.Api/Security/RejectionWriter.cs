using System.Buffers;
using System.IO.Pipelines;

namespace LuckyFive.Api.Security;

/// <summary>
/// A connection's output that passes everything through until Kestrel has rejected a request on it; from then on it
/// drops what Kestrel writes and, at the next flush or completion, writes <see cref="KestrelRejection.Response"/> once.
/// </summary>
internal sealed class RejectionWriter(PipeWriter inner, KestrelRejection rejection) : PipeWriter
{
    private byte[]? _scratch;
    private bool _dropped;
    private bool _answered;

    private bool Rejected => rejection.StatusCode is not null;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    public override void Advance(int bytes)
    {
        if (_scratch is null)
        {
            inner.Advance(bytes);
            return;
        }

        _scratch = null;
        _dropped |= bytes > 0;
    }

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (!Rejected)
        {
            return inner.GetMemory(sizeHint);
        }

        _scratch = new byte[Math.Max(sizeHint, 4096)];
        return _scratch;
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        if (!Rejected)
        {
            return inner.WriteAsync(source, cancellationToken);
        }

        _dropped |= !source.IsEmpty;
        return FlushAsync(cancellationToken);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Answer();
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        Answer();
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        Answer();
        await inner.CompleteAsync(exception);
    }

    private void Answer()
    {
        if (_dropped && !_answered)
        {
            _answered = true;
            inner.Write(rejection.Response());
        }
    }
}
