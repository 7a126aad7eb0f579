using System.Net;
using System.Net.Sockets;
using DeepSeekNews.Ingestion.Fetching;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Ingestion.Security;

/// <summary>
/// Keeps outgoing requests away from the service's own network. The URL check refuses other
/// schemes and literal refused addresses before a request is made; <see cref="ConnectAsync"/> is the
/// SocketsHttpHandler.ConnectCallback, which resolves the host itself, checks every address and
/// connects to the checked one, so a DNS answer cannot change between the check and the connection.
/// </summary>
public sealed class SsrfGuard
{
    private readonly IOptionsMonitor<IngestionOptions> _options;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    public SsrfGuard(IOptionsMonitor<IngestionOptions> options)
        : this(options, Dns.GetHostAddressesAsync)
    {
    }

    /// <summary>With a resolver of the caller's choosing (tests give names addresses without a DNS server).</summary>
    public SsrfGuard(IOptionsMonitor<IngestionOptions> options, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        _options = options;
        _resolve = resolve;
    }

    private bool AllowPrivate => _options.CurrentValue.AllowPrivateNetworks;

    /// <summary>Throws <see cref="FetchException"/> unless the URL may be requested.</summary>
    public void CheckUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new FetchException(FetchFailure.InvalidUrl, url, $"Only http and https URLs are fetched, not '{url}'.");
        if (string.IsNullOrEmpty(url.Host))
            throw new FetchException(FetchFailure.InvalidUrl, url, "The URL has no host.");
        if (!string.IsNullOrEmpty(url.UserInfo))
            throw new FetchException(FetchFailure.InvalidUrl, url, "URLs with credentials are not fetched.");
        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal))
            CheckAddress(literal, url);
        else if (!AllowPrivate && IsLocalName(url.IdnHost))
            throw new FetchException(FetchFailure.RefusedAddress, url, $"The host '{url.Host}' names this machine.");
    }

    /// <summary>Throws <see cref="FetchException"/> if the address is refused by the current options.</summary>
    public void CheckAddress(IPAddress address, Uri? url)
    {
        if (AllowPrivate)
            return;
        var category = AddressClassifier.Classify(address);
        if (category != AddressCategory.Public && !IsExplicitlyAllowed(address))
            throw new FetchException(FetchFailure.RefusedAddress, url,
                $"The address {address} is refused ({category}); only public addresses are fetched.");
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var url = context.InitialRequestMessage.RequestUri;
        IPAddress[] addresses;
        if (IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal))
            addresses = [literal];
        else
        {
            if (!AllowPrivate && IsLocalName(endPoint.Host))
                throw new FetchException(FetchFailure.RefusedAddress, url, $"The host '{endPoint.Host}' names this machine.");
            try
            {
                addresses = await _resolve(endPoint.Host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                throw new FetchException(FetchFailure.Unreachable, url, $"The host '{endPoint.Host}' could not be resolved.", e);
            }
        }
        if (addresses.Length == 0)
            throw new FetchException(FetchFailure.Unreachable, url, $"The host '{endPoint.Host}' has no address.");

        // Every address must pass, not just the first: a host that also resolves to an internal
        // address is refused outright instead of being tried until the internal one answers.
        foreach (var address in addresses)
            CheckAddress(address, url);

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new FetchException(FetchFailure.Unreachable, url, $"No address of '{endPoint.Host}' accepted a connection.", last);
    }

    private bool IsExplicitlyAllowed(IPAddress address)
    {
        var allowed = _options.CurrentValue.AllowedAddresses;
        if (allowed.Count == 0)
            return false;
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        foreach (var entry in allowed)
        {
            if (IPAddress.TryParse(entry, out var single) && single.Equals(plain))
                return true;
            if (IPNetwork.TryParse(entry, out var network) && network.Contains(plain))
                return true;
        }
        return false;
    }

    private static bool IsLocalName(string host)
    {
        var h = host.TrimEnd('.');
        return h.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || h.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }
}
