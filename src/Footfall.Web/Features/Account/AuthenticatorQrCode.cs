using QRCoder;

namespace Footfall.Web.Features.Account;

/// <summary>The enrolment QR code as a PNG data: URI (QRCoder, error correction level Q).</summary>
public static class AuthenticatorQrCode
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
