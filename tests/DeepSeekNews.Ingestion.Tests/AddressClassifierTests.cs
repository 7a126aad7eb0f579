using System.Net;
using DeepSeekNews.Ingestion.Fetching;
using DeepSeekNews.Ingestion.Security;
using Microsoft.Extensions.Options;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressCategory.Loopback)]
    [InlineData("127.255.0.9", AddressCategory.Loopback)]
    [InlineData("::1", AddressCategory.Loopback)]
    [InlineData("10.0.0.1", AddressCategory.Private)]
    [InlineData("10.255.255.255", AddressCategory.Private)]
    [InlineData("172.16.0.1", AddressCategory.Private)]
    [InlineData("172.31.255.254", AddressCategory.Private)]
    [InlineData("192.168.1.1", AddressCategory.Private)]
    [InlineData("169.254.169.254", AddressCategory.LinkLocal)]
    [InlineData("169.254.0.1", AddressCategory.LinkLocal)]
    [InlineData("fe80::1", AddressCategory.LinkLocal)]
    [InlineData("febf::1", AddressCategory.LinkLocal)]
    [InlineData("100.64.0.1", AddressCategory.CarrierGradeNat)]
    [InlineData("100.127.255.255", AddressCategory.CarrierGradeNat)]
    [InlineData("fc00::1", AddressCategory.UniqueLocal)]
    [InlineData("fd12:3456:789a::1", AddressCategory.UniqueLocal)]
    [InlineData("0.0.0.0", AddressCategory.Unspecified)]
    [InlineData("::", AddressCategory.Unspecified)]
    [InlineData("224.0.0.1", AddressCategory.Multicast)]
    [InlineData("239.255.255.250", AddressCategory.Multicast)]
    [InlineData("ff02::1", AddressCategory.Multicast)]
    [InlineData("255.255.255.255", AddressCategory.Broadcast)]
    [InlineData("0.1.2.3", AddressCategory.Reserved)]
    [InlineData("240.0.0.1", AddressCategory.Reserved)]
    public void RefusedRangesAreRecognised(string address, AddressCategory expected)
    {
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressCategory.Loopback)]
    [InlineData("::ffff:169.254.169.254", AddressCategory.LinkLocal)]
    [InlineData("::ffff:10.1.2.3", AddressCategory.Private)]
    [InlineData("::ffff:192.168.0.10", AddressCategory.Private)]
    [InlineData("::ffff:100.64.1.1", AddressCategory.CarrierGradeNat)]
    [InlineData("::ffff:0.0.0.0", AddressCategory.Unspecified)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressCategory.LinkLocal)]
    [InlineData("2002:7f00:0001::1", AddressCategory.Loopback)]
    public void AddressesCarryingRefusedIpv4AreRefusedToo(string address, AddressCategory expected)
    {
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    public void PublicAddressesPass(string address)
    {
        Assert.Equal(AddressCategory.Public, AddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("ftp://news.example/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://news.example/")]
    [InlineData("http://user:secret@news.example/")]
    public void OnlyPlainHttpAndHttpsUrlsAreFetched(string url)
    {
        var guard = Guard(allowPrivate: false);

        var failure = Assert.Throws<FetchException>(() => guard.CheckUrl(new Uri(url)));

        Assert.Equal(FetchFailure.InvalidUrl, failure.Failure);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://api.localhost/")]
    [InlineData("https://10.20.30.40/")]
    public void LiteralRefusedAddressesAndLocalNamesAreRefusedBeforeAnyRequest(string url)
    {
        var failure = Assert.Throws<FetchException>(() => Guard(allowPrivate: false).CheckUrl(new Uri(url)));

        Assert.Equal(FetchFailure.RefusedAddress, failure.Failure);
    }

    [Fact]
    public void AllowPrivateNetworksLetsLoopbackThrough()
    {
        Guard(allowPrivate: true).CheckUrl(new Uri("http://127.0.0.1:5000/"));
        Guard(allowPrivate: true).CheckAddress(IPAddress.Parse("10.0.0.1"), null);
    }

    [Fact]
    public void AllowedAddressesOpenOnlyTheirOwnRange()
    {
        var guard = new SsrfGuard(new Monitor(new IngestionOptions { AllowedAddresses = ["10.1.2.0/24", "192.168.5.5"] }));

        guard.CheckAddress(IPAddress.Parse("10.1.2.77"), null);
        guard.CheckAddress(IPAddress.Parse("192.168.5.5"), null);
        Assert.Throws<FetchException>(() => guard.CheckAddress(IPAddress.Parse("10.1.3.1"), null));
        Assert.Throws<FetchException>(() => guard.CheckAddress(IPAddress.Parse("169.254.169.254"), null));
    }

    private static SsrfGuard Guard(bool allowPrivate) => new(new Monitor(new IngestionOptions { AllowPrivateNetworks = allowPrivate }));

    private sealed class Monitor(IngestionOptions value) : IOptionsMonitor<IngestionOptions>
    {
        public IngestionOptions CurrentValue => value;

        public IngestionOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<IngestionOptions, string?> listener) => null;
    }
}
