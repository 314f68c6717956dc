namespace Footfall.Web.Features.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum EmailTls
{
    /// <summary>Plain SMTP, then STARTTLS, refusing a server that does not offer it (the default; port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a relay on the same machine or a test server on loopback.</summary>
    None,
}
