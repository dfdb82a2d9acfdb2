using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Runtime;

/// <summary>
/// One silo's part in membership: joins through the table, heartbeats, re-reads the table, probes peers, votes
/// unresponsive peers dead (compare-and-swap on the table version) and tells peers to re-read after a change.
/// </summary>
internal sealed class MembershipAgent(SiloRuntime silo, IMembershipTable table, ClusterMembershipOptions options, ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _pendingPings = new();
    private readonly ConcurrentDictionary<SiloAddress, int> _missedProbes = new();
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly List<Timer> _timers = [];
    private MembershipEntry _self = null!;
    private long _nextPingId;
    private volatile ClusterMembershipSnapshot _current = ClusterMembershipSnapshot.Empty;

    public event Action<ClusterMembershipSnapshot, ClusterMembershipSnapshot>? Changed;

    public ClusterMembershipSnapshot Current => _current;

    public async Task JoinAsync(string siloName, IReadOnlyList<GrainTypeDescriptor> grainTypes)
    {
        await table.InitializeMembershipTable(tryInitTableVersion: true).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        _self = new MembershipEntry
        {
            SiloAddress = silo.Address,
            SiloName = siloName,
            Status = SiloStatus.Joining,
            StartTime = now,
            IAmAliveTime = now,
            GrainTypes = grainTypes,
        };
        await WriteOwnStatusAsync(SiloStatus.Joining).ConfigureAwait(false);
        await DeclareStaleSilosDeadAsync().ConfigureAwait(false);
        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow - options.DefunctSiloExpiration).ConfigureAwait(false);
        await VerifyConnectivityAsync().ConfigureAwait(false);
        await WriteOwnStatusAsync(SiloStatus.Active).ConfigureAwait(false);
        await RefreshAsync().ConfigureAwait(false);
        Gossip();
        _timers.Add(new Timer(_ => _ = HeartbeatAsync(), null, options.IAmAliveTablePublishTimeout, options.IAmAliveTablePublishTimeout));
        _timers.Add(new Timer(_ => _ = RefreshAsync(), null, options.TableRefreshTimeout, options.TableRefreshTimeout));
        _timers.Add(new Timer(_ => ProbePeers(), null, options.ProbeTimeout, options.ProbeTimeout));
    }

    public async Task WriteOwnStatusAsync(SiloStatus status)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var data = await table.ReadAll().ConfigureAwait(false);
            var row = data.Members.FirstOrDefault(m => m.Entry.SiloAddress == silo.Address);
            var entry = (row.Entry ?? _self) with { Status = status, IAmAliveTime = DateTime.UtcNow };
            var written = row.Entry is null
                ? await table.InsertRow(entry, data.Version.Next()).ConfigureAwait(false)
                : await table.UpdateRow(entry, row.ETag, data.Version.Next()).ConfigureAwait(false);
            if (written)
            {
                _self = entry;
                RuntimeLog.SiloStatusChanged(logger, silo.Address, status);
                return;
            }

            // Another silo changed the table first: re-read and try again.
            await Task.Delay(Random.Shared.Next(1, 20)).ConfigureAwait(false);
        }

        throw new LuckyFiveException($"Silo {silo.Address} could not write its status {status} to the membership table.");
    }

    /// <summary>
    /// Rows of silos that stopped writing IAmAlive long ago (a crashed cluster's leftovers) are marked dead, so their
    /// grains and directory entries do not hold up the silos that start now.
    /// </summary>
    private async Task DeclareStaleSilosDeadAsync()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var data = await table.ReadAll().ConfigureAwait(false);
            var stale = data.Members.FirstOrDefault(m => m.Entry.SiloAddress != silo.Address && m.Entry.Status != SiloStatus.Dead && IsStale(m.Entry));
            if (stale.Entry is null)
            {
                // Directory entries of dead silos point nowhere; a joining silo may be the first to learn of them.
                var dead = data.Members.Where(m => m.Entry.Status == SiloStatus.Dead).Select(m => m.Entry.SiloAddress).ToArray();
                if (dead.Length > 0)
                {
                    await silo.Directory.UnregisterSilos(dead).ConfigureAwait(false);
                }

                return;
            }

            if (await table.UpdateRow(stale.Entry with { Status = SiloStatus.Dead }, stale.ETag, data.Version.Next()).ConfigureAwait(false))
            {
                RuntimeLog.SiloDeclaredDead(logger, stale.Entry.SiloAddress, 0);
            }
        }
    }

    /// <summary>
    /// Pings every live active silo before this one becomes active, so a silo that cannot reach the cluster says
    /// so at start. Peers that do not answer are logged and left to the usual probes and votes.
    /// </summary>
    private async Task VerifyConnectivityAsync()
    {
        var data = await table.ReadAll().ConfigureAwait(false);
        var peers = data.Members.Select(m => m.Entry)
            .Where(e => e.SiloAddress != silo.Address && e.Status == SiloStatus.Active && !IsStale(e))
            .Select(e => e.SiloAddress)
            .ToArray();
        var answered = await Task.WhenAll(peers.Select(PingAsync)).ConfigureAwait(false);
        for (var i = 0; i < peers.Length; i++)
        {
            if (!answered[i])
            {
                RuntimeLog.JoinPeerUnreachable(logger, silo.Address, peers[i]);
            }
        }
    }

    private async Task<bool> PingAsync(SiloAddress peer)
    {
        var id = Interlocked.Increment(ref _nextPingId);
        var pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingPings[id] = pending;
        try
        {
            silo.Transport.Send(peer, new Message { Id = id, Kind = MessageKind.Ping, Sender = silo.Address });
            await pending.Task.WaitAsync(options.ProbeTimeout).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is SiloUnavailableException or TimeoutException)
        {
            _pendingPings.TryRemove(id, out _);
            return false;
        }
    }

    private bool IsStale(MembershipEntry entry) => DateTime.UtcNow - entry.IAmAliveTime > options.StaleIAmAliveAge;

    public async Task LeaveAsync()
    {
        StopTimers();
        await WriteOwnStatusAsync(SiloStatus.Dead).ConfigureAwait(false);
        Gossip();
    }

    public async Task RefreshAsync()
    {
        await _refreshLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var data = await table.ReadAll().ConfigureAwait(false);
            var next = new ClusterMembershipSnapshot(data.Members.Select(m => m.Entry), data.Version.Version);
            var previous = _current;
            if (next.Version <= previous.Version)
            {
                return;
            }

            _current = next;
            Changed?.Invoke(previous, next);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            RuntimeLog.MembershipRefreshFailed(logger, exception);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void OnPong(Message message)
    {
        if (_pendingPings.TryRemove(message.Id, out var pending))
        {
            pending.TrySetResult();
        }
    }

    public void StopTimers()
    {
        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        _timers.Clear();
    }

    public void Dispose()
    {
        StopTimers();
        _refreshLock.Dispose();
    }

    private async Task HeartbeatAsync()
    {
        try
        {
            _self = _self with { IAmAliveTime = DateTime.UtcNow };
            await table.UpdateIAmAlive(_self).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            RuntimeLog.MembershipRefreshFailed(logger, exception);
        }
    }

    private void ProbePeers()
    {
        var peers = _current.ActiveSilos.Where(s => s != silo.Address).Take(options.NumProbedSilos).ToArray();
        foreach (var peer in peers)
        {
            _ = ProbeAsync(peer);
        }
    }

    private async Task ProbeAsync(SiloAddress peer)
    {
        if (await PingAsync(peer).ConfigureAwait(false))
        {
            _missedProbes[peer] = 0;
            return;
        }

        var missed = _missedProbes.AddOrUpdate(peer, 1, (_, count) => count + 1);
        RuntimeLog.ProbeMissed(logger, peer, missed);
        if (missed >= options.NumMissedProbesLimit)
        {
            await VoteDeadAsync(peer).ConfigureAwait(false);
        }
    }

    private async Task VoteDeadAsync(SiloAddress suspect)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var data = await table.ReadAll().ConfigureAwait(false);
            var row = data.Members.FirstOrDefault(m => m.Entry.SiloAddress == suspect);
            if (row.Entry is null || row.Entry.Status == SiloStatus.Dead)
            {
                await RefreshAsync().ConfigureAwait(false);
                return;
            }

            var now = DateTime.UtcNow;
            var votes = row.Entry.SuspectTimes
                .Where(v => v.Voter != silo.Address && now - v.Time < options.DeathVoteExpirationTimeout)
                .Append(new SuspectVote(silo.Address, now))
                .ToArray();
            // Only silos still writing IAmAlive can vote, and a silo that stopped writing it needs no second opinion.
            var active = data.Members.Count(m => m.Entry.Status == SiloStatus.Active && !IsStale(m.Entry));
            var needed = IsStale(row.Entry) ? 1 : Math.Max(1, Math.Min(options.NumVotesForDeathDeclaration, (active + 1) / 2));
            var declareDead = votes.Length >= needed;
            var updated = row.Entry with { SuspectTimes = votes, Status = declareDead ? SiloStatus.Dead : row.Entry.Status };
            if (await table.UpdateRow(updated, row.ETag, data.Version.Next()).ConfigureAwait(false))
            {
                if (declareDead)
                {
                    RuntimeLog.SiloDeclaredDead(logger, suspect, votes.Length);
                }

                _missedProbes.TryRemove(suspect, out _);
                await RefreshAsync().ConfigureAwait(false);
                Gossip();
                return;
            }
        }
    }

    private void Gossip()
    {
        if (!options.UseLivenessGossip)
        {
            return;
        }

        foreach (var peer in _current.ActiveSilos.Where(s => s != silo.Address))
        {
            try
            {
                silo.Transport.Send(peer, new Message { Kind = MessageKind.MembershipChanged, Sender = silo.Address });
            }
            catch (SiloUnavailableException)
            {
                // Unreachable peers learn from their next table refresh.
            }
        }
    }
}
