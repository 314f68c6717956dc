using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// Forwarded headers from the reverse proxies named in <c>ForwardedHeaders:KnownProxies</c> (addresses)
/// and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), comma-separated: behind them the client's
/// address (X-Forwarded-For) and scheme (X-Forwarded-Proto) count, so HTTPS-only cookies work behind a
/// TLS proxy and throttling and the audit trail see the real client. Loopback is trusted by default;
/// headers from anyone else are ignored.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddFootfallProxies(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = List(configuration, "ForwardedHeaders:KnownProxies");
        var networks = List(configuration, "ForwardedHeaders:KnownNetworks");
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                    ? range
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a CIDR range such as 10.0.0.0/8."));
            }
        });
        return services;
    }

    private static string[] List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (section.Value is { Length: > 0 } single)
        {
            values.AddRange(single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return [.. values.Where(v => v.Length > 0)];
    }
}
