using System.Net;
using System.Net.Sockets;

namespace DeepSeekNews.Ingestion.Security;

/// <summary>Why an address may or may not be fetched from.</summary>
public enum AddressCategory
{
    Public,
    Unspecified,
    Loopback,
    Private,
    LinkLocal,
    CarrierGradeNat,
    UniqueLocal,
    Multicast,
    Broadcast,
    Reserved,
}

/// <summary>
/// Sorts an IP address into the ranges the SSRF guard refuses. Addresses that carry an IPv4
/// address inside IPv6 (mapped, compatible, NAT64, 6to4) are judged by the address they carry,
/// so ::ffff:169.254.169.254 is as refused as 169.254.169.254.
/// </summary>
public static class AddressClassifier
{
    public static bool IsPublic(IPAddress address) => Classify(address) == AddressCategory.Public;

    public static AddressCategory Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return ClassifyV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return AddressCategory.Reserved;

        var b = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6)
            return ClassifyV4(b[12..16]);
        if (b.AsSpan(0, 15).IndexOfAnyExcept((byte)0) < 0)
            return b[15] switch { 0 => AddressCategory.Unspecified, 1 => AddressCategory.Loopback, _ => AddressCategory.Reserved };
        // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks).
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
            return ClassifyV4(b[12..16]);
        // NAT64 well-known prefix 64:ff9b::/96 reaches the embedded IPv4 address.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return ClassifyV4(b[12..16]);
        // 6to4 2002::/16 carries the IPv4 address in bits 16..47.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            var embedded = ClassifyV4(b[2..6]);
            if (embedded != AddressCategory.Public)
                return embedded;
        }
        if (b[0] == 0xff)
            return AddressCategory.Multicast;
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
            return AddressCategory.LinkLocal; // fe80::/10
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
            return AddressCategory.Private; // fec0::/10, the deprecated site-local range
        if ((b[0] & 0xfe) == 0xfc)
            return AddressCategory.UniqueLocal; // fc00::/7
        if (b[0] == 0x01 && b.AsSpan(1, 7).IndexOfAnyExcept((byte)0) < 0)
            return AddressCategory.Reserved; // 100::/64 discard-only
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
            return AddressCategory.Reserved; // 2001:db8::/32 documentation
        return AddressCategory.Public;
    }

    private static AddressCategory ClassifyV4(ReadOnlySpan<byte> b)
    {
        if (b[0] == 255 && b[1] == 255 && b[2] == 255 && b[3] == 255)
            return AddressCategory.Broadcast;
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
            return AddressCategory.Unspecified;
        return b[0] switch
        {
            0 => AddressCategory.Reserved,                                   // 0/8 "this network"
            10 => AddressCategory.Private,                                   // 10/8
            100 when (b[1] & 0xc0) == 64 => AddressCategory.CarrierGradeNat, // 100.64/10
            127 => AddressCategory.Loopback,                                 // 127/8
            169 when b[1] == 254 => AddressCategory.LinkLocal,               // 169.254/16, cloud metadata
            172 when (b[1] & 0xf0) == 16 => AddressCategory.Private,         // 172.16/12
            192 when b[1] == 168 => AddressCategory.Private,                 // 192.168/16
            192 when b[1] == 0 && b[2] == 0 => AddressCategory.Reserved,     // 192.0.0/24 protocol assignments
            198 when (b[1] & 0xfe) == 18 => AddressCategory.Reserved,        // 198.18/15 benchmarking
            >= 224 and <= 239 => AddressCategory.Multicast,                  // 224/4
            >= 240 => AddressCategory.Reserved,                              // 240/4
            _ => AddressCategory.Public,
        };
    }
}
