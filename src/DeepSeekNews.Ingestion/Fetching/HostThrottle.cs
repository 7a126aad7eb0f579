using Microsoft.Extensions.Options;

namespace DeepSeekNews.Ingestion.Fetching;

/// <summary>
/// At most <see cref="IngestionOptions.MaxConcurrentRequestsPerHost"/> requests to one host at a time,
/// held until the body has been read, not just until the headers came.
/// </summary>
public sealed class HostThrottle(IOptionsMonitor<IngestionOptions> options)
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> AcquireAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = url.IdnHost;
        Slot slot;
        lock (_slots)
        {
            if (!_slots.TryGetValue(host, out slot!))
                _slots[host] = slot = new Slot(new SemaphoreSlim(options.CurrentValue.MaxConcurrentRequestsPerHost));
            slot.Users++;
        }
        try
        {
            await slot.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(host, slot);
            throw;
        }
        return new Lease(this, host, slot);
    }

    /// <summary>Requests in flight to the host now (for tests and diagnostics).</summary>
    public int InFlight(string host)
    {
        lock (_slots)
            return _slots.TryGetValue(host, out var slot) ? options.CurrentValue.MaxConcurrentRequestsPerHost - slot.Semaphore.CurrentCount : 0;
    }

    private void Leave(string host, Slot slot)
    {
        // Forget hosts nobody is waiting for, so one-off URLs do not pile up semaphores.
        lock (_slots)
            if (--slot.Users == 0)
                _slots.Remove(host);
    }

    private sealed class Slot(SemaphoreSlim semaphore)
    {
        public SemaphoreSlim Semaphore { get; } = semaphore;
        public int Users { get; set; }
    }

    private sealed class Lease(HostThrottle owner, string host, Slot slot) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            slot.Semaphore.Release();
            owner.Leave(host, slot);
        }
    }
}
